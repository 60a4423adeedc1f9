# SPDX-License-Identifier: BSD-2-Clause
"""German: the main window, its panels and the small dialogs they open.

The main window's menus and tabs share Alt+letter space: Datei D, Sitzung S, Sicherheit i,
Ansicht A, Hilfe H; Anfrage r, Ressourcen o, Beobachtungen B, Mitschnitt M, Zeitleiste Z,
Decoder c. View ▸ Theme is "Farbschema" (F), so that its entries System, Hell and Dunkel keep
their own letters.

The session details' labels share one column with the values: "Peer-Fähigkeiten" and
"Nachrichten aus / ein" keep it about as narrow as in English, so addresses do not wrap.
"""

CONTEXTS = {
    "coapscope::MainWindow": {
        "Trac&e": "&Mitschnitt",
        "CoapScope": "CoapScope",
        "&File": "&Datei",
        "&Quit": "&Beenden",
        "&Help": "&Hilfe",
        "&About CoapScope": "&Über CoapScope",
        "About &Qt": "Über &Qt",
        "About CoapScope": "Über CoapScope",
        "<h3>CoapScope %1</h3><p>Explore and debug CoAP sessions over UDP, DTLS, TCP and "
        "TLS.</p><p>Qt %2<br>%3</p><p>Licensed under the BSD 2-Clause license.</p>":
        "<h3>CoapScope %1</h3><p>CoAP-Sitzungen über UDP, DTLS, TCP und TLS erkunden und "
        "debuggen.</p><p>Qt %2<br>%3</p><p>Lizenziert unter der BSD-2-Clause-Lizenz.</p>",
        "Workspace tabs": "Reiter des Arbeitsbereichs",
        "&Request": "Anf&rage",
        "Reso&urces": "Ress&ourcen",
        "Observ&ations": "&Beobachtungen",
        "&Decoder": "De&coder",
        "Timeli&ne": "&Zeitleiste",
        "Sessions": "Sitzungen",
        "Session Details": "Sitzungsdetails",
        "Local Server": "Lokaler Server",
        "Log": "Protokoll",
        "Client": "Client",
        "Session count": "Anzahl der Sitzungen",
        "Cannot send to %1: %2": "Senden an %1 nicht möglich: %2",
        "%1: %2 in %3 ms": "%1: %2 in %3 ms",
        "%1 failed: %2": "%1 fehlgeschlagen: %2",
        "Demo server": "Demo-Server",
        "&New Session…": "&Neue Sitzung…",
        "Open a client session (coap_new_client_session)":
        "Eine Client-Sitzung öffnen (coap_new_client_session)",
        "&Settings…": "&Einstellungen…",
        "&Session": "&Sitzung",
        "Ctrl++": "Ctrl++",
        "Ctrl+-": "Ctrl+-",
        "Se&curity": "S&icherheit",
        "&View": "&Ansicht",
        "Main": "Werkzeugleiste",
        "New Session": "Neue Sitzung",
        "Server URI (coap://, coaps://, coap+tcp:// or coaps+tcp://):":
        "Server-URI (coap://, coaps://, coap+tcp:// oder coaps+tcp://):",
        "That is not a CoAP URI: %1": "Das ist keine CoAP-URI: %1",
        "Cannot open a session: %1": "Sitzung kann nicht geöffnet werden: %1",
        "Some saved settings were unusable; RFC 7252's defaults apply instead.":
        "Einige gespeicherte Einstellungen waren unbrauchbar; stattdessen gelten die Vorgaben aus "
        "RFC 7252.",
        "Settings saved; they apply to sessions opened from now on.":
        "Einstellungen gespeichert; sie gelten für Sitzungen, die ab jetzt geöffnet werden.",
        "demo server stopped": "Demo-Server gestoppt",
        "demo server at %1": "Demo-Server unter %1",
        "demo server running": "Demo-Server läuft",
        "%n session(s) · %1": (
            "%n Sitzung · %1",
            "%n Sitzungen · %1",
        ),
        "&Capture Traffic": "Verkehr &mitschneiden",
        "Ctrl+E": "Ctrl+E",
        "Ctrl+,": "Ctrl+,",
        "Keep every datagram of every session, to export as a trace":
        "Jedes Datagramm jeder Sitzung aufbewahren, um es als Mitschnitt zu exportieren",
        "Capturing the traffic of every session.":
        "Der Verkehr aller Sitzungen wird mitgeschnitten.",
        "Capture stopped: %n datagram(s) kept.": (
            "Mitschnitt beendet: %n Datagramm aufbewahrt.",
            "Mitschnitt beendet: %n Datagramme aufbewahrt.",
        ),
    },
    "coapscope::SessionsPanel": {
        "Filter sessions (any column)": "Sitzungen filtern (beliebige Spalte)",
        "Session filter": "Sitzungsfilter",
        "Sessions": "Sitzungen",
        "&Reference": "&Referenzieren",
        "Increment the reference count (coap_session_reference)":
        "Referenzzähler erhöhen (coap_session_reference)",
        "R&elease": "Frei&geben",
        "Decrement the reference count (coap_session_release); a client session at 0 is freed, a "
        "server session goes to the free pool":
        "Referenzzähler verringern (coap_session_release); eine Client-Sitzung wird bei 0 "
        "gelöscht, eine Server-Sitzung kommt in den Pool freier Sitzungen",
        "Set &MTU…": "&MTU setzen…",
        "&Close Connection": "Verbindung &schließen",
        "Send a Release signal and close the TCP or TLS connection (RFC 8323)":
        "Ein Release-Signal senden und die TCP- oder TLS-Verbindung schließen (RFC 8323)",
        "Fault &Injection…": "&Fehlerinjektion…",
        "Lose, duplicate or delay this session's outgoing datagrams":
        "Ausgehende Datagramme dieser Sitzung verwerfen, duplizieren oder verzögern",
        "Copy &Description": "&Beschreibung kopieren",
        "Session %1 referenced: count %2": "Sitzung %1 referenziert: Zähler %2",
        "Session %1 released: count %2": "Sitzung %1 freigegeben: Zähler %2",
        "Set MTU": "MTU setzen",
        "MTU of session %1 in bytes (%2 to %3), excluding IP and UDP headers:":
        "MTU der Sitzung %1 in Bytes (%2 bis %3), ohne IP- und UDP-Header:",
        "Session %1: MTU set to %2, max PDU size %3":
        "Sitzung %1: MTU auf %2 gesetzt, maximale PDU-Größe %3",
        "Session %1: connection released": "Sitzung %1: Verbindung mit Release beendet",
        "Session %1: fault injection drop %2%, duplicate %3%, delay %4 ms":
        "Sitzung %1: Fehlerinjektion – verwerfen %2 %, duplizieren %3 %, verzögern %4 ms",
    },
    "coapscope::SessionDetailsPanel": {
        "%1:": "%1:",
        "Select a session to see its details.":
        "Wählen Sie eine Sitzung, um ihre Details zu sehen.",
        "ID": "ID",
        "Role": "Rolle",
        "Protocol": "Protokoll",
        "State": "Zustand",
        "Description": "Beschreibung",
        "Reference count": "Referenzzähler",
        "MTU": "MTU",
        "Max PDU size": "Max. PDU-Größe",
        "Peer capabilities": "Peer-Fähigkeiten",
        "Token length": "Token-Länge",
        "Pending requests": "Offene Anfragen",
        "Messages sent / received": "Nachrichten aus / ein",
        "Bytes sent / received": "Bytes aus / ein",
        "Retransmissions": "Sendewiederholungen",
        "Duplicates received": "Empfangene Duplikate",
        "Malformed received": "Fehlerhafte empfangen",
        "Fault injection": "Fehlerinjektion",
        "Round-trip time": "Umlaufzeit",
        "Last activity": "Letzte Aktivität",
        "Last error": "Letzter Fehler",
        "Properties": "Eigenschaften",
        "Send queue": "Sendewarteschlange",
        "Receive queue": "Empfangswarteschlange",
        "Receive queue (held back)": "Empfangswarteschlange (zurückgehalten)",
        "Field": "Feld",
        "Value": "Wert",
        "Security": "Sicherheit",
        "Max-Message-Size %1, block-wise %2": "Max-Message-Size %1, blockweise %2",
        "yes": "ja",
        "no": "nein",
        "not yet received": "noch nicht empfangen",
        "— (datagrams)": "— (Datagramme)",
        "%1 / %2": "%1 / %2",
        "drop %1%, duplicate %2%, delay %3 ms; %4 dropped, %5 duplicated":
        "verwerfen %1 %, duplizieren %2 %, verzögern %3 ms; %4 verworfen, %5 dupliziert",
        "off": "aus",
        "%1 ago": "vor %1",
        "none": "keiner",
        "Not negotiated yet": "Noch nicht ausgehandelt",
        "Not secured": "Nicht gesichert",
        "Protocol version": "Protokollversion",
        "Cipher suite": "Cipher-Suite",
        "PSK identity": "PSK-Identität",
        "PSK identity hint": "PSK-Identitätshinweis",
        "Server name (SNI)": "Servername (SNI)",
        "Record overhead": "Record-Overhead",
        "%n byte(s)": (
            "%n Byte",
            "%n Bytes",
        ),
        "Peer certificates": "Peer-Zertifikate",
        "%n certificate(s)": (
            "%n Zertifikat",
            "%n Zertifikate",
        ),
        "verified": "geprüft",
        "not verified: %1 (error %2)": "nicht geprüft: %1 (Fehler %2)",
        "Issuer": "Aussteller",
        "Valid from": "Gültig ab",
        "Valid until": "Gültig bis",
        "SHA-256 fingerprint": "SHA-256-Fingerabdruck",
        "Subject alternative names": "Alternative Namen (SAN)",
    },
    "coapscope::LocalServerPanel": {
        "&Start": "&Starten",
        "S&top": "Sto&ppen",
        "Endpoints": "Endpunkte",
        "Listen on %1": "Auf %1 lauschen",
        "any free port": "freier Port",
        "%1 port": "%1-Port",
        "Listening address": "Lauschadresse",
        "Server security": "Server-Sicherheit",
        "Server Securit&y…": "Server-Sicherh&eit…",
        "Edit the server's security": "Sicherheit des Servers bearbeiten",
        "Start the demo server": "Demo-Server starten",
        "Stop the demo server": "Demo-Server stoppen",
        "Demo server status": "Zustand des Demo-Servers",
        "&Address:": "&Adresse:",
        "pre-shared keys": "Pre-Shared Keys",
        'pre-shared keys, hint "%1"': "Pre-Shared Keys, Hinweis „%1“",
        "certificate": "Zertifikat",
        "DTLS and TLS: no security set yet": "DTLS und TLS: noch keine Sicherheit eingestellt",
        "DTLS and TLS use %1.": "DTLS und TLS nutzen %1.",
        " and ": " und ",
        '"%1" is not an IP address; use one such as 127.0.0.1 or ::1.':
        "„%1“ ist keine IP-Adresse; nehmen Sie eine wie 127.0.0.1 oder ::1.",
        "Choose at least one endpoint to listen on.":
        "Wählen Sie mindestens einen Endpunkt zum Lauschen.",
        "Demo server stopped": "Demo-Server gestoppt",
        "Stopped": "Gestoppt",
        "Serving %1": "Bedient %1",
    },
    "coapscope::LogPanel": {
        "All messages": "Alle Meldungen",
        "Warnings and errors": "Warnungen und Fehler",
        "Errors only": "Nur Fehler",
        "Log level": "Protokollstufe",
        "C&lear": "&Leeren",
        "Clear the log": "Protokoll leeren",
        "Log": "Protokoll",
        "Sho&w:": "A&nzeigen:",
    },
    "coapscope::DecoderPanel": {
        "Paste message bytes as hex, e.g. 40 01 04 d2 b4 74 65 6d 70":
        "Nachrichtenbytes als Hex einfügen, z. B. 40 01 04 d2 b4 74 65 6d 70",
        "Message bytes in hexadecimal": "Nachrichtenbytes hexadezimal",
        "Datagram (UDP, DTLS)": "Datagramm (UDP, DTLS)",
        "Stream frames (TCP, TLS)": "Stream-Frames (TCP, TLS)",
        "Framing": "Rahmung",
        "Field": "Feld",
        "Value": "Wert",
        "Decoded message": "Decodierte Nachricht",
        "Decoder status": "Zustand des Decoders",
        "&Bytes:": "&Bytes:",
        "&Framing:": "&Rahmung:",
        "Nothing to decode yet.": "Noch nichts zu decodieren.",
        "Not hex: %1": "Kein Hex: %1",
        "Malformed: %1": "Fehlerhaft: %1",
        "Message": "Nachricht",
        "Decoded %n byte(s).": (
            "%n Byte decodiert.",
            "%n Bytes decodiert.",
        ),
        "Frame %1": "Frame %1",
        "Byte %1: the last frame is incomplete (%n byte(s) present).": (
            "Byte %1: Der letzte Frame ist unvollständig (%n Byte vorhanden).",
            "Byte %1: Der letzte Frame ist unvollständig (%n Bytes vorhanden).",
        ),
        "Decoded %n frame(s).": (
            "%n Frame decodiert.",
            "%n Frames decodiert.",
        ),
        "Type": "Typ",
        "Message ID": "Nachrichten-ID",
        "Code": "Code",
        "Token": "Token",
        "(none)": "(keins)",
        "Payload (%n byte(s))": (
            "Nutzdaten (%n Byte)",
            "Nutzdaten (%n Bytes)",
        ),
    },
    "coapscope::FaultInjectionDialog": {
        "Fault Injection": "Fehlerinjektion",
        "Outgoing datagrams of %1 are lost, sent twice or held back, to watch retransmission and "
        "deduplication at work.":
        "Ausgehende Datagramme von %1 gehen verloren, werden doppelt gesendet oder "
        "zurückgehalten, um Sendewiederholung und Duplikaterkennung bei der Arbeit zu sehen.",
        " ms": " ms",
        "Drop rate": "Verlustrate",
        "Duplicate rate": "Duplikatrate",
        "Delay": "Verzögerung",
        "&Drop:": "&Verwerfen:",
        "D&uplicate:": "&Duplizieren:",
        "De&lay:": "V&erzögern:",
    },
    "coapscope::SettingsDialog": {
        "Settings": "Einstellungen",
        "Transmission parameters (RFC 7252 §4.8)": "Übertragungsparameter (RFC 7252 §4.8)",
        "%1 bytes (libcoap's default)": "%1 Bytes (Vorgabe von libcoap)",
        "New sessions and requests": "Neue Sitzungen und Anfragen",
        " µs":
        " µs",
        "Never":
        "Nie",
        "Busy polling limit":
        "Grenze für aktives Abfragen",
        "Busy polling":
        "Aktives Abfragen",
        "&Poll sockets up to:":
        "Sockets &abfragen bis zu:",
        "While traffic comes closer together than this, sockets are polled instead of letting the application sleep: faster with servers on this host, at the cost of processor time. Applies to sessions and servers started from now on.":
        "Solange der Verkehr dichter als dies kommt, werden die Sockets abgefragt, statt die Anwendung schlafen zu lassen: schneller mit Servern auf diesem Rechner, auf Kosten von Prozessorzeit. Gilt für Sitzungen und Server, die ab jetzt gestartet werden.",
    },
    "coapscope::Appearance": {
        "&Theme": "&Farbschema",
        "&System": "&System",
        "&Light": "&Hell",
        "&Dark": "&Dunkel",
    },
    "coapscope::ObservePanel": {
        "&Stop Observing": "Beobachtung &beenden",
        "Cancel": "Abbrechen",
        "Remove": "Entfernen",
        "Send a GET with Observe ticked to watch a resource here.":
        "Senden Sie ein GET mit angehaktem Observe, um eine Ressource hier zu beobachten.",
        "Observations": "Beobachtungen",
        "Stop observing: deregister with the server": "Beobachtung beenden: beim Server abmelden",
        "Cancel the observation at once": "Beobachtung sofort abbrechen",
        "Remove the observation from the list": "Beobachtung aus der Liste entfernen",
        "waiting for the first notification": "wartet auf die erste Benachrichtigung",
        "Notifications of %1": "Benachrichtigungen von %1",
        "observing": "beobachtet",
        "ended: %1": "beendet: %1",
        "ended with %1": "beendet mit %1",
        "%1\n%n notification(s), %2": (
            "%1\n%n Benachrichtigung, %2",
            "%1\n%n Benachrichtigungen, %2",
        ),
    },
    "coapscope::ValuePlot": {
        "Plot of the notified values": "Verlauf der gemeldeten Werte",
        "The numeric payloads of the notifications over time.":
        "Die numerischen Nutzdaten der Benachrichtigungen über die Zeit.",
        "Numeric notifications are plotted here.":
        "Numerische Benachrichtigungen werden hier gezeichnet.",
        "%1 s": "%1 s",
    },
    "coapscope::SecurityMenu": {
        "Client &Pre-Shared Key…": "&Pre-Shared Key des Clients…",
        "Client &Certificates…": "&Zertifikate des Clients…",
        "C&lear Client Security": "Client-Sicherheit zu&rücksetzen",
        "&Server Pre-Shared Keys…": "Pre-Shared Keys des &Servers…",
        "Server C&ertificate…": "Zertifikat des S&ervers…",
        "The identity and key new DTLS and TLS client sessions present":
        "Identität und Schlüssel, die neue DTLS- und TLS-Client-Sitzungen vorweisen",
        "The certificate, key and trust new DTLS and TLS client sessions use":
        "Zertifikat, Schlüssel und Vertrauen, die neue DTLS- und TLS-Client-Sitzungen nutzen",
        'Client pre-shared key set for identity "%1"; new DTLS and TLS sessions use it.':
        "Pre-Shared Key des Clients für die Identität „%1“ gesetzt; neue DTLS- und TLS-Sitzungen "
        "nutzen ihn.",
        "Client certificates set; new DTLS and TLS sessions use them.":
        "Zertifikate des Clients gesetzt; neue DTLS- und TLS-Sitzungen nutzen sie.",
        "Client security cleared.": "Sicherheit des Clients zurückgesetzt.",
        "Server pre-shared keys set; restart the demo server to use them.":
        "Pre-Shared Keys des Servers gesetzt; starten Sie den Demo-Server neu, um sie zu nutzen.",
        "Server pre-shared keys set.": "Pre-Shared Keys des Servers gesetzt.",
        "Server certificate set; restart the demo server to use it.":
        "Zertifikat des Servers gesetzt; starten Sie den Demo-Server neu, um es zu nutzen.",
        "Server certificate set.": "Zertifikat des Servers gesetzt.",
    },
    "coapscope::ProfileLauncher": {
        "the MTU must be from %1 to %2 bytes, not %3":
        "die MTU muss zwischen %1 und %2 Bytes liegen, nicht %3",
        "the block size must be automatic or a power of two from 16 to 1024 bytes, not %1":
        "die Blockgröße muss automatisch oder eine Zweierpotenz von 16 bis 1024 Bytes sein, nicht "
        "%1",
        "cannot open a session: %1": "Sitzung kann nicht geöffnet werden: %1",
        'Profile "%1": session %2 opened, MTU %3': "Profil „%1“: Sitzung %2 geöffnet, MTU %3",
        "Connection &Profiles…": "&Verbindungsprofile…",
        "Ctrl+Shift+P": "Ctrl+Shift+P",
        "Saved URIs with their security and transmission parameters":
        "Gespeicherte URIs mit ihren Sicherheits- und Übertragungsparametern",
        "Connection profiles: %1": "Verbindungsprofile: %1",
        "Pre-Shared Key for %1": "Pre-Shared Key für %1",
        "Certificates for %1": "Zertifikate für %1",
        'Profile "%1": %2': "Profil „%1“: %2",
    },
    "coapscope::UriComboBox": {
        "coap://host/path, e.g. coap://127.0.0.1/.well-known/core":
        "coap://host/pfad, z. B. coap://127.0.0.1/.well-known/core",
    },
    "DemoText": {
        "GET /.well-known/core over %1: %2": "GET /.well-known/core über %1: %2",
        "GET /.well-known/core over %1 failed: %2":
        "GET /.well-known/core über %1 fehlgeschlagen: %2",
        "Cannot open the demo session: %1": "Demo-Sitzung kann nicht geöffnet werden: %1",
    },
}
