# SPDX-License-Identifier: BSD-2-Clause
"""German: the trace view, its decode tree and filter, the timeline (ladder diagram) and the
import and export of traces.

A trace is a "Mitschnitt", as the main window's tab and File menu call it; the ladder diagram is
an "Ablaufdiagramm" ("Leiterdiagramm" means ladder logic to German engineers). The filter's keys
and values (session:, dir:sent, event:retransmission ...) are typed as they are, so the
messages about them keep them in English. The timeline's buttons take Alt+letters the menus and
tabs leave free: Sitzung t, Vergrößern v, Verkleinern k, Einpassen e.
"""

CONTEXTS = {
    "coapscope::TracePanel": {
        "&Follow new traffic": "Neuem Verkehr &folgen",
        "Trace filter": "Mitschnittfilter",
        "Follow new traffic": "Neuem Verkehr folgen",
        "Datagrams shown": "Angezeigte Datagramme",
        "Trace": "Mitschnitt",
        "Selected datagram, decoded": "Ausgewähltes Datagramm, decodiert",
        "Selected datagram in hexadecimal": "Ausgewähltes Datagramm hexadezimal",
        "%1 of %2": "%1 von %2",
        "Cancel": "Abbrechen",
        "Filter: session:3 dir:sent type:CON code:4.xx token:4f2a mid:0x1a2b path:/obs "
        "event:retransmission, and any words":
        "Filter: session:3 dir:sent type:CON code:4.xx token:4f2a mid:0x1a2b path:/obs "
        "event:retransmission und beliebige Wörter",
        "Keys: session, dir (sent, received), type (CON, NON, ACK, RST), code (2.05, GET, 4.xx), "
        "token (hex prefix), mid (decimal or 0x hex), path (/a/b and below), event "
        "(retransmission, duplicate, malformed, reset-sent, ...), proto. Other words search the "
        "decoded text of the rows the keys let through. Esc stops a search.":
        "Schlüssel: session, dir (sent, received), type (CON, NON, ACK, RST), code (2.05, GET, "
        "4.xx), token (Hex-Präfix), mid (dezimal oder 0x-Hex), path (/a/b und darunter), event "
        "(retransmission, duplicate, malformed, reset-sent, ...), proto. Andere Wörter werden im "
        "decodierten Text der Zeilen gesucht, die die Schlüssel durchlassen. Esc bricht eine "
        "Suche ab.",
        "Filter progress": "Fortschritt des Filters",
        "Stop filtering": "Filtern anhalten",
        "Stop the search and show every datagram (Esc)":
        "Suche anhalten und alle Datagramme zeigen (Esc)",
        "filtering… %1%": "wird gefiltert… %1 %",
        "filter stopped, all %n shown": (
            "Filter angehalten, %n Datagramm gezeigt",
            "Filter angehalten, alle %n gezeigt",
        ),
        "%n datagram(s)": (
            "%n Datagramm",
            "%n Datagramme",
        ),
        "oldest %n datagram(s) dropped": (
            "%n ältestes Datagramm verworfen",
            "%n älteste Datagramme verworfen",
        ),
    },
    "TraceFilter": {
        '"%1" needs a value after the colon': "„%1“ braucht einen Wert nach dem Doppelpunkt",
        'session: "%1" is not a session number': "session: „%1“ ist keine Sitzungsnummer",
        'dir: use sent or received, not "%1"': "dir: sent oder received angeben, nicht „%1“",
        'type: use CON, NON, ACK or RST, not "%1"':
        "type: CON, NON, ACK oder RST angeben, nicht „%1“",
        'code: "%1" is not a code (2.05, GET, 4.xx)': "code: „%1“ ist kein Code (2.05, GET, 4.xx)",
        'token: "%1" is not hexadecimal': "token: „%1“ ist nicht hexadezimal",
        'token: "%1" has an odd number of hex digits':
        "token: „%1“ hat eine ungerade Anzahl Hex-Ziffern",
        'token: "%1" is longer than 8 bytes': "token: „%1“ ist länger als 8 Bytes",
        'mid: "%1" is not a message ID (0-65535 or 0x0-0xffff)':
        "mid: „%1“ ist keine Nachrichten-ID (0-65535 oder 0x0-0xffff)",
        'event: "%1" is not an event (retransmission, duplicate, malformed, reset-sent, ...)':
        "event: „%1“ ist kein Ereignis (retransmission, duplicate, malformed, reset-sent, ...)",
        'proto: use UDP, DTLS, TCP or TLS, not "%1"':
        "proto: UDP, DTLS, TCP oder TLS angeben, nicht „%1“",
        'unknown filter key "%1" (use session, dir, type, code, token, mid, path, event, proto)':
        "unbekannter Filterschlüssel „%1“ (möglich sind session, dir, type, code, token, mid, "
        "path, event, proto)",
    },
    "coapscope::TraceDecodeTree": {
        "Record": "Record",
        "Content type": "Inhaltstyp",
        "Epoch": "Epoche",
        "Sequence number": "Sequenznummer",
        "Handshake type": "Handshake-Typ",
        "Alert level": "Alert-Stufe",
        "fatal (2)": "fatal (2)",
        "warning (%1)": "Warnung (%1)",
        "Alert": "Alert",
        "Encrypted fragment": "Verschlüsseltes Fragment",
        "%n byte(s)": ("%n Byte", "%n Bytes"),
        "Not a whole record": "Kein vollständiger Record",
        "Field": "Feld",
        "Value": "Wert",
        "Bytes": "Bytes",
        "%1 %2 %3": "%1 %2 %3",
        "sent to": "gesendet an",
        "received from": "empfangen von",
        "session %1, %n byte(s)": (
            "Sitzung %1, %n Byte",
            "Sitzung %1, %n Bytes",
        ),
        "Header": "Header",
        "Version": "Version",
        "Type": "Typ",
        "Token length": "Token-Länge",
        "Length": "Länge",
        "%1 (extended length follows)": "%1 (erweiterte Länge folgt)",
        "Extended length": "Erweiterte Länge",
        "options and payload: %n byte(s)": (
            "Optionen und Nutzdaten: %n Byte",
            "Optionen und Nutzdaten: %n Bytes",
        ),
        "Code": "Code",
        "Message ID": "Nachrichten-ID",
        "Token": "Token",
        "Delta, length": "Delta, Länge",
        "delta %1, length %2": "Delta %1, Länge %2",
        "Extended delta": "Erweitertes Delta",
        "(empty)": "(leer)",
        "Payload marker": "Payload-Marker",
        "Payload": "Nutzdaten",
        "%n byte(s), %1": (
            "%n Byte, %1",
            "%n Bytes, %1",
        ),
        "… %n more line(s)": (
            "… %n weitere Zeile",
            "… %n weitere Zeilen",
        ),
        "Malformed": "Fehlerhaft",
        "the bytes end inside a field": "die Bytes enden mitten in einem Feld",
        "version is not 1": "die Version ist nicht 1",
        "token length over 8 (reserved)": "Token-Länge über 8 (reserviert)",
        "option delta or length 15 (reserved) without a payload marker":
        "Options-Delta oder -Länge 15 (reserviert) ohne Payload-Marker",
        "payload marker with no payload after it": "Payload-Marker ohne folgende Nutzdaten",
        "bytes beyond the frame's length": "Bytes jenseits der Länge des Frames",
        "; %n byte(s) not decoded": (
            "; %n Byte nicht decodiert",
            "; %n Bytes nicht decodiert",
        ),
    },
    "coapscope::TraceFileActions": {
        "&Import Trace…": "Mitschnitt &importieren…",
        "E&xport Trace…": "Mitschnitt e&xportieren…",
        "Ctrl+I": "Ctrl+I",
        "Read a pcap or pcapng capture into the trace view":
        "Einen pcap- oder pcapng-Mitschnitt in die Mitschnittansicht einlesen",
        "Ctrl+Shift+E": "Ctrl+Shift+E",
        "Write the captured traffic as pcapng, JSON or CSV":
        "Den mitgeschnittenen Verkehr als pcapng, JSON oder CSV schreiben",
        "Cancel": "Abbrechen",
        "Import Trace": "Mitschnitt importieren",
        "Captures (*.pcapng *.pcap *.cap);;All files (*)":
        "Mitschnitte (*.pcapng *.pcap *.cap);;Alle Dateien (*)",
        "Reading %1…": "%1 wird gelesen…",
        "%1 of %2": "%1 von %2",
        "Cannot import %1: %2": "%1 kann nicht importiert werden: %2",
        "Import of %1 cancelled at byte %2 of %3; the %n datagram(s) read before are kept.": (
            "Import von %1 bei Byte %2 von %3 abgebrochen; das %n zuvor gelesene Datagramm bleibt "
            "erhalten.",
            "Import von %1 bei Byte %2 von %3 abgebrochen; die %n zuvor gelesenen Datagramme "
            "bleiben erhalten.",
        ),
        "Imported %n datagram(s) from %1": (
            "%n Datagramm aus %1 importiert",
            "%n Datagramme aus %1 importiert",
        ),
        "%1 is damaged: %2. What came before was imported.":
        "%1 ist beschädigt: %2. Was davor lag, wurde importiert.",
        "No CoAP found in %1's %n frame(s). If it uses other ports, import it again and name "
        "them.": (
            "Kein CoAP in %1 gefunden (%n Frame). Falls der Mitschnitt andere Ports nutzt, "
            "importieren Sie ihn erneut und nennen Sie diese.",
            "Kein CoAP in %1 gefunden (%n Frames). Falls der Mitschnitt andere Ports nutzt, "
            "importieren Sie ihn erneut und nennen Sie diese.",
        ),
        "Export Trace": "Mitschnitt exportieren",
        "Nothing has been captured yet. Turn on File ▸ Capture Traffic, then talk to a server.":
        "Noch nichts mitgeschnitten. Schalten Sie Datei ▸ Verkehr mitschneiden ein und sprechen "
        "Sie dann mit einem Server.",
        "pcapng for Wireshark (*.pcapng);;JSON, one object per datagram (*.json);;CSV (*.csv)":
        "pcapng für Wireshark (*.pcapng);;JSON, ein Objekt pro Datagramm (*.json);;CSV (*.csv)",
        "Writing %1…": "%1 wird geschrieben…",
        "%1 of %Ln datagram(s)": (
            "%1 von %Ln Datagramm",
            "%1 von %Ln Datagrammen",
        ),
        "Export cancelled; %1 was left as it was.": "Export abgebrochen; %1 blieb unverändert.",
        "Trace of %n datagram(s) written to %1": (
            "Mitschnitt mit %n Datagramm nach %1 geschrieben",
            "Mitschnitt mit %n Datagrammen nach %1 geschrieben",
        ),
    },
    "coapscope::ImportPortsDialog": {
        "Import Trace": "Mitschnitt importieren",
        "CoAP is decoded on UDP port 5683, TCP ports 5683 and 5684, and wherever CoapScope's own "
        "captures say it is. Name other ports if %1 uses them.":
        "CoAP wird auf UDP-Port 5683, den TCP-Ports 5683 und 5684 und überall dort decodiert, wo "
        "CoapScopes eigene Mitschnitte es ausweisen. Nennen Sie weitere Ports, falls %1 sie "
        "nutzt.",
        "for example 15683, 25683": "zum Beispiel 15683, 25683",
        "Extra CoAP ports": "Zusätzliche CoAP-Ports",
        "&Import": "&Importieren",
        "Also decode UDP/TCP &ports:": "Auch UDP/TCP-&Ports decodieren:",
    },
    "PortListInput": {
        "“%1” is not a port: ports are whole numbers from 1 to 65535, separated by commas":
        "„%1“ ist kein Port: Ports sind ganze Zahlen von 1 bis 65535, durch Kommas getrennt",
    },
    "CaptureReadText": {
        "this is not a pcap or pcapng file": "das ist keine pcap- oder pcapng-Datei",
        "the file is cut short": "die Datei ist abgeschnitten",
        "the file is damaged": "die Datei ist beschädigt",
        "the file uses a form CoapScope does not read":
        "die Datei nutzt ein Format, das CoapScope nicht liest",
        "%1 at byte %2": "%1 bei Byte %2",
        "%1 at byte %2 (%3)": "%1 bei Byte %2 (%3)",
    },
    "coapscope::LadderPanel": {
        "Session shown in the ladder diagram": "Im Ablaufdiagramm gezeigte Sitzung",
        "No sessions yet": "Noch keine Sitzungen",
        "Se&ssion:": "Si&tzung:",
        "Zoom &In": "&Vergrößern",
        "Zoom in (+, or Ctrl+wheel about the mouse)":
        "Vergrößern (+ oder Strg+Mausrad um den Mauszeiger)",
        "Zoom &Out": "Ver&kleinern",
        "Zoom out (-)": "Verkleinern (-)",
        "&Fit": "&Einpassen",
        "Fit the whole session into the view": "Die ganze Sitzung in die Ansicht einpassen",
        "Ctrl+0": "Ctrl+0",
        "Legend": "Legende",
        "Session %1 · %2 %3 ⇄ %4": "Sitzung %1 · %2 %3 ⇄ %4",
        "request": "Anfrage",
        "response": "Antwort",
        "ACK, ping, signaling": "ACK, Ping, Signalisierung",
        "RST, malformed": "RST, fehlerhaft",
        "retransmission and its timeout": "Sendewiederholung und ihr Timeout",
        "CON and its ACK": "CON und sein ACK",
        "request and separate response": "Anfrage und separate Antwort",
        "block-wise transfer": "blockweise Übertragung",
    },
    "coapscope::LadderView": {
        "Ladder diagram": "Ablaufdiagramm",
        "The datagrams of one session as arrows between this side and the peer, time flowing "
        "down. Up and Down select the previous or next datagram.":
        "Die Datagramme einer Sitzung als Pfeile zwischen dieser Seite und dem Peer, die Zeit "
        "läuft nach unten. Auf und Ab wählen das vorige oder nächste Datagramm.",
        "Choose a session to see its datagrams as a ladder diagram.":
        "Wählen Sie eine Sitzung, um ihre Datagramme als Ablaufdiagramm zu sehen.",
        "No datagrams in this session yet.": "Noch keine Datagramme in dieser Sitzung.",
    },
    "LadderPainter": {
        "⋮ %1 s": "⋮ %1 s",
        "timeout %1 s": "Timeout %1 s",
        ", %n block(s)": (
            ", %n Block",
            ", %n Blöcke",
        ),
        "#%1 %2 %3%4": "#%1 %2 %3%4",
        "#%1": "#%1",
        "This side": "Diese Seite",
        "Peer": "Peer",
        "time (s)": "Zeit (s)",
    },
    "coapscope::LadderLayout": {
        "malformed": "fehlerhaft",
        "%n byte(s)": (
            "%n Byte",
            "%n Bytes",
        ),
        "ping": "Ping",
        "MID 0x%1": "MID 0x%1",
        "token %1": "Token %1",
        "Obs register": "Obs anmelden",
        "Obs deregister": "Obs abmelden",
        "Obs %1": "Obs %1",
        "block %1/%2": "Block %1/%2",
        "block %1": "Block %1",
        "separate response": "separate Antwort",
        "retransmission %1": "Sendewiederholung %1",
        "duplicate": "Duplikat",
        "%1 (+%2 s)": "%1 (+%2 s)",
        "Sent to %1": "Gesendet an %1",
        "Received from %1": "Empfangen von %1",
        "Malformed: %1": "Fehlerhaft: %1",
        "Engine: %1": "Engine: %1",
        "Answered by %1 after %2 ms": "Beantwortet mit %1 nach %2 ms",
        "First response after %1 ms": "Erste Antwort nach %1 ms",
        "%1 ms after the first transmission": "%1 ms nach dem ersten Senden",
        "Block-wise transfer #%1": "Blockweise Übertragung #%1",
    },
    "coapscope::TraceModel": {
        "DTLS alert": "DTLS-Alert",
        "DTLS handshake": "DTLS-Handshake",
    },
    "DtlsRecordText": {
        "Handshake %1": "Handshake %1",
        "Alert: fatal %1": "Alert: fatal %1",
        "Alert: warning %1": "Alert: Warnung %1",
        "encrypted %1": "verschlüsselt: %1",
    },
}
