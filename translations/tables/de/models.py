# SPDX-License-Identifier: BSD-2-Clause
"""German: table headers and log lines of the models behind the views (ui/models).

The session table's queue columns say what waits there ("Unbestätigt", "Zurückgehalten"):
"Sendewarteschlange" and "Empfangswarteschlange" squeezed the description column out of sight.
"""

CONTEXTS = {
    "coapscope::DelayQueueModel": {
        "Token": "Token",
        "Code": "Code",
        "Waiting for": "Wartet auf",
    },
    "coapscope::LogModel": {
        "Info": "Info",
        "Warning": "Warnung",
        "Error": "Fehler",
        "Time": "Zeit",
        "Level": "Stufe",
        "Session": "Sitzung",
        "Message": "Meldung",
    },
    "coapscope::NotificationModel": {
        "—": "—",
        "stale: older than one already shown": "veraltet: älter als eine bereits gezeigte",
        "Sequence": "Sequenz",
        "Arrived": "Eingetroffen",
        "Code": "Code",
        "Payload": "Nutzdaten",
        "Note": "Hinweis",
    },
    "coapscope::SendQueueModel": {
        "MID": "MID",
        "Token": "Token",
        "Code": "Code",
        "Retransmissions": "Wiederholungen",
        "Next retransmission in": "Nächste Wiederholung in",
    },
    "coapscope::SessionActivityLog": {
        "Session %1 freed": "Sitzung %1 gelöscht",
        "%1 session %2 opened: %3": "%1-Sitzung %2 geöffnet: %3",
        "Session %1: %2 established with %3 (%4)": "Sitzung %1: %2 mit %3 aufgebaut (%4)",
        "Session %1 established": "Sitzung %1 aufgebaut",
        "Session %1: %2 handshake failed: %3": "Sitzung %1: %2-Handshake fehlgeschlagen: %3",
        "Session %1: %2": "Sitzung %1: %2",
        "Session %1 disconnected": "Sitzung %1 getrennt",
        "Session %1 released to 0; waiting in the free pool":
        "Sitzung %1 auf 0 freigegeben; wartet im Pool freier Sitzungen",
    },
    "coapscope::SessionTableModel": {
        "The session's reference count: a client session is freed at 0, a server session goes to "
        "the free pool.":
        "Der Referenzzähler der Sitzung: Eine Client-Sitzung wird bei 0 gelöscht, eine "
        "Server-Sitzung kommt in den Pool freier Sitzungen.",
        "The largest datagram, excluding IP and UDP headers.":
        "Das größte Datagramm, ohne IP- und UDP-Header.",
        "Room for token, options and payload in one message.":
        "Platz für Token, Optionen und Nutzdaten in einer Nachricht.",
        "Confirmable messages waiting for their acknowledgement.":
        "Bestätigbare Nachrichten, die auf ihre Bestätigung warten.",
        "Requests held back until NSTART allows them or the peer's capabilities arrive (libcoap's "
        "delay queue).":
        "Anfragen, die zurückgehalten werden, bis NSTART sie zulässt oder die Fähigkeiten der "
        "Gegenstelle eintreffen (die Delay-Queue von libcoap).",
        "ID": "ID",
        "Context": "Kontext",
        "Role": "Rolle",
        "Protocol": "Protokoll",
        "State": "Zustand",
        "Local": "Lokal",
        "Remote": "Entfernt",
        "Refs": "Refs",
        "MTU": "MTU",
        "Max PDU": "Max. PDU",
        "Send queue": "Unbestätigt",
        "Receive queue": "Zurückgehalten",
        "Description": "Beschreibung",
    },
    "coapscope::TraceModel": {
        "received": "empfangen",
        "sent": "gesendet",
        "Time": "Zeit",
        "Session": "Sitzung",
        "Direction": "Richtung",
        "Protocol": "Protokoll",
        "Type": "Typ",
        "Code": "Code",
        "MID": "MID",
        "Token": "Token",
        "Options": "Optionen",
        "Size": "Größe",
        "Event": "Ereignis",
    },
    "coapscope::Workspace": {
        "Cannot listen for %1 on %2: %3": "Lauschen für %1 auf %2 nicht möglich: %3",
        "Cannot resolve %1: %2": "%1 kann nicht aufgelöst werden: %2",
    },
    "coapscope::ProfileSecrets": {
        'Cannot keep the %1 of "%2" in the keychain':
        "Im Schlüsselbund kann %1 von „%2“ nicht abgelegt werden",
        'Cannot remove the %1 of "%2" from the keychain':
        "Aus dem Schlüsselbund kann %1 von „%2“ nicht entfernt werden",
        'Cannot move the %1 of "%2" to "%3" in the keychain':
        "Im Schlüsselbund kann %1 von „%2“ nicht nach „%3“ verschoben werden",
        'Cannot read the %1 of "%2" from the keychain: %3':
        "Aus dem Schlüsselbund kann %1 von „%2“ nicht gelesen werden: %3",
        "%1: %2.": "%1: %2.",
    },
}
