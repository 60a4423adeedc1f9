# SPDX-License-Identifier: BSD-2-Clause
"""German: coapscope-cli's help, messages and output, and the desktop application's options.

Option names, value names in capitals (FILE, N, SECONDS) and JSON keys stay as they are: they
are what the user types.
"""

USAGE = (
    "Usage: coapscope-cli [--lang CODE] COMMAND [OPTIONS]\n"
    "\n"
    "Explore and debug CoAP sessions from the command line.\n"
    "\n"
    "Commands:\n"
    "  get|post|put|delete|fetch|patch|ipatch URI   Send a request, print the payload\n"
    "  observe URI [--count N]       Print notifications as they arrive\n"
    "  discover URI [--filter Q]     List the resources of /.well-known/core\n"
    "  ping URI                      Check that an endpoint answers (Empty CON)\n"
    "  serve [--listen URI]...       Run the embedded demo server\n"
    "  bench URI [--requests N] [--concurrency C]   Load generator\n"
    "  decode HEX [--tcp] [--json]   Decode a CoAP message given as hex bytes\n"
    "  trace FILE [--json]           Print a pcap or pcapng capture's CoAP, decoded\n"
    "\n"
    "Options:\n"
    "  -h, --help       Show this help; COMMAND --help shows a command's options\n"
    "  -v, --version    Show the versions of CoapScope, Qt and OpenSSL\n"
    "  --lang CODE      Show the text in this language (%1) instead of the system's\n"
    "\n"
    "Exit status: 0 success, 1 malformed input or an error response, 2 usage error,\n"
    "3 network failure or timeout, 4 security failure.\n"
)

USAGE_DE = (
    "Aufruf: coapscope-cli [--lang CODE] BEFEHL [OPTIONEN]\n"
    "\n"
    "CoAP-Sitzungen auf der Kommandozeile erkunden und debuggen.\n"
    "\n"
    "Befehle:\n"
    "  get|post|put|delete|fetch|patch|ipatch URI   Anfrage senden, Nutzdaten ausgeben\n"
    "  observe URI [--count N]       Benachrichtigungen ausgeben, sobald sie eintreffen\n"
    "  discover URI [--filter Q]     Die Ressourcen von /.well-known/core auflisten\n"
    "  ping URI                      Prüfen, ob ein Endpunkt antwortet (Empty CON)\n"
    "  serve [--listen URI]...       Den eingebauten Demo-Server betreiben\n"
    "  bench URI [--requests N] [--concurrency C]   Lastgenerator\n"
    "  decode HEX [--tcp] [--json]   Eine als Hex-Bytes gegebene CoAP-Nachricht decodieren\n"
    "  trace FILE [--json]           CoAP aus einem pcap- oder pcapng-Mitschnitt decodieren\n"
    "\n"
    "Optionen:\n"
    "  -h, --help       Diese Hilfe zeigen; BEFEHL --help zeigt die Optionen eines Befehls\n"
    "  -v, --version    Die Versionen von CoapScope, Qt und OpenSSL zeigen\n"
    "  --lang CODE      Text in dieser Sprache (%1) statt in der des Systems zeigen\n"
    "\n"
    "Exit-Status: 0 Erfolg, 1 fehlerhafte Eingabe oder Fehlerantwort, 2 Aufruffehler,\n"
    "3 Netzwerkfehler oder Zeitüberschreitung, 4 Sicherheitsfehler.\n"
)

CONTEXTS = {
    "main": {
        USAGE: USAGE_DE,
        'Unknown command "%1".\n\n': 'Unbekannter Befehl "%1".\n\n',
        "Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS.":
        "CoAP-Sitzungen über UDP, DTLS, TCP und TLS erkunden und debuggen.",
        "Show the versions of CoapScope, Qt and OpenSSL.":
        "Die Versionen von CoapScope, Qt und OpenSSL zeigen.",
        "Start with these message bytes (hex) in the decoder.":
        "Mit diesen Nachrichtenbytes (Hex) im Decoder starten.",
        "Start the embedded demo server on UDP, DTLS, TCP and TLS and open client sessions to it.":
        "Den eingebauten Demo-Server auf UDP, DTLS, TCP und TLS starten und Client-Sitzungen zu "
        "ihm öffnen.",
        "Show the text in this language (%1) instead of the system's.":
        "Text in dieser Sprache (%1) statt in der des Systems zeigen.",
    },
    "BenchCommand": {
        "Load a server with GET requests and report throughput and latency.":
        "Einen Server mit GET-Anfragen belasten und Durchsatz und Latenz melden.",
        "The resource to GET.": "Die Ressource für GET.",
        "How many requests in all (default 10000).":
        "Wie viele Anfragen insgesamt (Vorgabe 10000).",
        "How many sessions, each with one request in flight (default 4).":
        "Wie viele Sitzungen, jede mit einer laufenden Anfrage (Vorgabe 4).",
        "Send Non-confirmable requests.": "Nicht bestätigbare Anfragen (NON) senden.",
        "--requests takes a positive number, --concurrency one from 1 to 1000":
        "--requests nimmt eine positive Zahl, --concurrency eine von 1 bis 1000",
        "cannot resolve %1: %2\n": "%1 kann nicht aufgelöst werden: %2\n",
        "%1 requests in %2 s with %3 sessions: %4 requests/s\n":
        "%1 Anfragen in %2 s mit %3 Sitzungen: %4 Anfragen/s\n",
        "latency ms: p50 %1, p90 %2, p99 %3, max %4\n":
        "Latenz ms: p50 %1, p90 %2, p99 %3, max %4\n",
        "first error: %1\n": "erster Fehler: %1\n",
        "errors %1, retransmissions %2\n": "Fehler %1, Sendewiederholungen %2\n",
    },
    "BusyPollOption": {
        "While traffic comes less than MICROSECONDS apart, poll the sockets that long for more before sleeping (default %1; 0 never polls).":
        "Solange der Verkehr weniger als MICROSECONDS auseinander kommt, die Sockets so lange nach weiterem abfragen, bevor geschlafen wird (Vorgabe %1; 0 fragt nie ab).",
        "--busy-poll takes microseconds from 0 to %1":
        "--busy-poll nimmt Mikrosekunden von 0 bis %1",
    },
    "ClientRun": {
        "--ack-timeout takes a positive number of seconds and --max-retransmit a count from 0 to "
        "20":
        "--ack-timeout nimmt eine positive Zahl von Sekunden und --max-retransmit eine Anzahl von "
        "0 bis 20",
        "give exactly one URI, such as coap://127.0.0.1/test":
        "geben Sie genau eine URI an, etwa coap://127.0.0.1/test",
        "invalid URI: %1": "ungültige URI: %1",
        "cannot resolve %1: %2\n": "%1 kann nicht aufgelöst werden: %2\n",
        "cannot open a session to %1: %2\n": "Sitzung zu %1 kann nicht geöffnet werden: %2\n",
        "Give up after SECONDS (default: MAX_TRANSMIT_WAIT, 93 s).":
        "Nach SECONDS aufgeben (Vorgabe: MAX_TRANSMIT_WAIT, 93 s).",
        "Print one line per datagram on standard error.":
        "Eine Zeile pro Datagramm auf die Standardfehlerausgabe schreiben.",
        "Print the outcome as JSON (see the README).":
        "Das Ergebnis als JSON ausgeben (siehe README).",
        "ACK_TIMEOUT in seconds (default 2).": "ACK_TIMEOUT in Sekunden (Vorgabe 2).",
        "MAX_RETRANSMIT (default 4).": "MAX_RETRANSMIT (Vorgabe 4).",
    },
    "DecodeCommand": {
        "malformed: %1\n": "fehlerhaft: %1\n",
        "Frame %1\n": "Frame %1\n",
        "Decode a CoAP message given as hex bytes.":
        "Eine als Hex-Bytes gegebene CoAP-Nachricht decodieren.",
        "Read RFC 8323 stream frames (TCP, TLS) instead of a datagram.":
        "Stream-Frames nach RFC 8323 (TCP, TLS) statt eines Datagramms lesen.",
        "Print JSON (the form documented in the README).":
        "JSON ausgeben (in der im README beschriebenen Form).",
        'The bytes in hex; spaces and colons are allowed. "-" reads standard input.':
        'Die Bytes in Hex; Leerzeichen und Doppelpunkte sind erlaubt. "-" liest die '
        "Standardeingabe.",
        'decode: give the message bytes in hex, or "-" to read them from standard input\n':
        'decode: geben Sie die Nachrichtenbytes in Hex an oder "-", um sie von der '
        "Standardeingabe zu lesen\n",
        "decode: cannot read standard input\n":
        "decode: die Standardeingabe kann nicht gelesen werden\n",
        "decode: %1\n": "decode: %1\n",
        "With --tcp, refuse frames larger than a peer's Max-Message-Size of N bytes (default: no "
        "limit).":
        "Mit --tcp Frames ablehnen, die größer als eine Max-Message-Size der Gegenstelle von N "
        "Bytes sind (Vorgabe: keine Grenze).",
        "decode: --max-message-size takes a positive number of bytes, with --tcp\n":
        "decode: --max-message-size nimmt eine positive Anzahl Bytes, zusammen mit --tcp\n",
    },
    "DiscoverCommand": {
        "List a server's resources from /.well-known/core (RFC 6690).":
        "Die Ressourcen eines Servers aus /.well-known/core auflisten (RFC 6690).",
        "The server; a path other than / names another discovery resource.":
        "Der Server; ein anderer Pfad als / benennt eine andere Discovery-Ressource.",
        "Only links matching QUERY, e.g. rt=temperature or href=/sensors*.":
        "Nur Links, die zu QUERY passen, z. B. rt=temperature oder href=/sensors*.",
        "--filter takes NAME=VALUE, e.g. rt=temperature":
        "--filter nimmt NAME=VALUE, z. B. rt=temperature",
        "the answer is not link format (character %1)\n":
        "die Antwort ist kein Link-Format (Zeichen %1)\n",
    },
    "RequestCommand": {
        '--option takes NUMBER=VALUE or NAME=VALUE, not "%1"':
        '--option nimmt NUMBER=VALUE oder NAME=VALUE, nicht "%1"',
        'unknown option "%1"': 'unbekannte Option "%1"',
        "option %1: %2": "Option %1: %2",
        'option %1 takes a number, not "%2"': 'Option %1 nimmt eine Zahl, nicht "%2"',
        '%1: unknown Content-Format "%2" (give a number or a media type such as application/json)':
        '%1: unbekanntes Content-Format "%2" (geben Sie eine Zahl oder einen Medientyp wie '
        "application/json an)",
        "The resource.": "Die Ressource.",
        "Send TEXT as the payload.": "TEXT als Nutzdaten senden.",
        "Send the contents of FILE.": "Den Inhalt von FILE senden.",
        "Content-Format of the payload, by number or media type.":
        "Content-Format der Nutzdaten, als Nummer oder Medientyp.",
        "Ask for this Content-Format.": "Dieses Content-Format anfordern.",
        "Send a Non-confirmable request.": "Eine nicht bestätigbare Anfrage (NON) senden.",
        "Block size for block-wise transfers: 16, 32, ..., 1024 (default: the largest that fits "
        "the MTU).":
        "Blockgröße für blockweise Übertragungen: 16, 32, ..., 1024 (Vorgabe: die größte, die in "
        "die MTU passt).",
        "Add an option, NUMBER=VALUE or NAME=VALUE (0x... for bytes); repeatable.":
        "Eine Option hinzufügen, NUMBER=VALUE oder NAME=VALUE (0x... für Bytes); wiederholbar.",
        "give --payload or --payload-file, not both":
        "geben Sie --payload oder --payload-file an, nicht beide",
        "cannot read %1: %2": "%1 kann nicht gelesen werden: %2",
        "--block-size takes 16, 32, 64, 128, 256, 512 or 1024":
        "--block-size nimmt 16, 32, 64, 128, 256, 512 oder 1024",
        "--timeout takes a positive number of seconds":
        "--timeout nimmt eine positive Zahl von Sekunden",
        "Send a %1 request and print the response payload.":
        "Eine %1-Anfrage senden und die Nutzdaten der Antwort ausgeben.",
        "Observe a resource (RFC 7641): print each notification's payload on a line of its own.":
        "Eine Ressource beobachten (RFC 7641): die Nutzdaten jeder Benachrichtigung in einer "
        "eigenen Zeile ausgeben.",
        "Stop after N notifications (the first response counts).":
        "Nach N Benachrichtigungen aufhören (die erste Antwort zählt mit).",
        "Stop after SECONDS.": "Nach SECONDS aufhören.",
        "--count and --duration take positive numbers":
        "--count und --duration nehmen positive Zahlen",
        "(a stale notification, %1, arrived out of order)\n":
        "(eine veraltete Benachrichtigung, %1, kam außer der Reihe an)\n",
        "%1: the resource did not accept the observation\n":
        "%1: die Ressource hat die Beobachtung nicht angenommen\n",
        "The endpoint.": "Der Endpunkt.",
        "%1 in %2 ms\n": "%1 in %2 ms\n",
        "Send a CoAP ping: an Empty CON, which a live endpoint answers with RST; over TCP a 7.02 "
        "Ping, answered by a Pong.":
        "Einen CoAP-Ping senden: ein Empty CON, das ein lebender Endpunkt mit RST beantwortet; "
        "über TCP ein 7.02 Ping, beantwortet mit einem Pong.",
    },
    "SecurityOptions": {
        "The pre-shared key identity to present (coaps, coaps+tcp).":
        "Die vorzulegende Pre-Shared-Key-Identität (coaps, coaps+tcp).",
        "The pre-shared key for any identity, as text (with --psk-identity: for that identity "
        "only).":
        "Der Pre-Shared Key für jede Identität, als Text (mit --psk-identity: nur für diese "
        "Identität).",
        "The pre-shared key, as text.": "Der Pre-Shared Key, als Text.",
        "The pre-shared key, as hex.": "Der Pre-Shared Key, als Hex.",
        "The PSK identity hint to send to clients.":
        "Der PSK-Identitätshinweis, der an Clients gesendet wird.",
        "The server's certificate (PEM or DER).": "Das Zertifikat des Servers (PEM oder DER).",
        "A client certificate (PEM or DER).": "Ein Client-Zertifikat (PEM oder DER).",
        "The private key of --cert (PEM or DER).":
        "Der private Schlüssel zu --cert (PEM oder DER).",
        "Trusted CAs (a PEM file or a hashed directory); clients must then present a certificate "
        "they issued.":
        "Vertrauenswürdige CAs (eine PEM-Datei oder ein gehashtes Verzeichnis); Clients müssen "
        "dann ein von ihnen ausgestelltes Zertifikat vorlegen.",
        "Trusted CAs (a PEM file or a hashed directory).":
        "Vertrauenswürdige CAs (eine PEM-Datei oder ein gehashtes Verzeichnis).",
        "Accept any peer certificate (shown, not checked).":
        "Jedes Zertifikat der Gegenstelle annehmen (angezeigt, nicht geprüft).",
        "Accept self-signed peer certificates.":
        "Selbstsignierte Zertifikate der Gegenstelle annehmen.",
        "Accept expired or not yet valid peer certificates.":
        "Abgelaufene oder noch nicht gültige Zertifikate der Gegenstelle annehmen.",
        "The server name to send (SNI) and check the certificate against; default: the URI's host.":
        "Der zu sendende Servername (SNI), gegen den auch das Zertifikat geprüft wird; Vorgabe: "
        "der Host der URI.",
        "Append the session keys to FILE in the NSS key log format, for Wireshark (DTLS).":
        "Die Sitzungsschlüssel im NSS-Key-Log-Format an FILE anhängen, für Wireshark (DTLS).",
        "give --psk-key or --psk-key-hex, not both":
        "geben Sie --psk-key oder --psk-key-hex an, nicht beide",
        "--psk-key-hex: %1": "--psk-key-hex: %1",
        "--psk-hint needs --psk-key": "--psk-hint braucht --psk-key",
        "checking the server's certificate needs --ca (or --no-verify)":
        "die Prüfung des Server-Zertifikats braucht --ca (oder --no-verify)",
        "security options need a coaps:// or coaps+tcp:// URI, not %1":
        "Sicherheitsoptionen brauchen eine coaps://- oder coaps+tcp://-URI, nicht %1",
    },
    "ServeCommand": {
        "Run the embedded demo server (the ETSI CoAP plugtest resources).":
        "Den eingebauten Demo-Server betreiben (die Ressourcen des ETSI-CoAP-Plugtests).",
        "Listen on URI (repeatable; default coap://127.0.0.1:5683). The host must be an IP "
        "address.":
        "Auf URI lauschen (wiederholbar; Vorgabe coap://127.0.0.1:5683). Der Host muss eine "
        "IP-Adresse sein.",
        "Print one line per datagram on standard error.":
        "Eine Zeile pro Datagramm auf die Standardfehlerausgabe schreiben.",
        "Fault injection: lose this share (0 to 1) of the datagrams the server sends.":
        "Fehlerinjektion: diesen Anteil (0 bis 1) der vom Server gesendeten Datagramme verlieren.",
        "Fault injection: send this share (0 to 1) twice.":
        "Fehlerinjektion: diesen Anteil (0 bis 1) doppelt senden.",
        "Fault injection: hold every datagram MS milliseconds.":
        "Fehlerinjektion: jedes Datagramm MS Millisekunden zurückhalten.",
        "Seed for the fault injection (default 7252), so a run can be repeated exactly.":
        "Startwert der Fehlerinjektion (Vorgabe 7252), damit ein Lauf genau wiederholbar ist.",
        'serve: unexpected argument "%1"; use --listen URI\n':
        'serve: unerwartetes Argument "%1"; verwenden Sie --listen URI\n',
        "serve: rates go from 0 to 1, the delay and seed are whole non-negative numbers\n":
        "serve: Raten reichen von 0 bis 1, Verzögerung und Startwert sind ganze, nicht negative "
        "Zahlen\n",
        "serve: invalid URI %1: %2\n": "serve: ungültige URI %1: %2\n",
        'serve: listen on an IP address, not "%1"\n':
        'serve: lauschen Sie auf einer IP-Adresse, nicht "%1"\n',
        "serve: cannot listen on %1: %2\n": "serve: Lauschen auf %1 nicht möglich: %2\n",
        "Stopped.\n": "Gestoppt.\n",
        "serve: %1\n": "serve: %1\n",
        "serve: %1 needs --psk-key, or --cert and --key\n":
        "serve: %1 braucht --psk-key oder --cert und --key\n",
        "Serving %1 (%2)\n": "Bedient %1 (%2)\n",
    },
    "TraceCommand": {
        "malformed: %1": "fehlerhaft: %1",
        "Print the CoAP datagrams of a pcap or pcapng capture, decoded.":
        "Die CoAP-Datagramme eines pcap- oder pcapng-Mitschnitts decodiert ausgeben.",
        "The capture to read.": "Der zu lesende Mitschnitt.",
        "One JSON object per datagram, as --trace-out FILE.json writes them.":
        "Ein JSON-Objekt pro Datagramm, wie --trace-out FILE.json sie schreibt.",
        "Also take UDP and TCP port N for CoAP (5683 always is); repeatable.":
        "Auch UDP- und TCP-Port N als CoAP nehmen (5683 immer); wiederholbar.",
        "trace takes one capture file": "trace nimmt eine Mitschnittdatei",
        '--port takes a port number, not "%1"': '--port nimmt eine Portnummer, nicht "%1"',
        "cannot read %1: %2\n": "%1 kann nicht gelesen werden: %2\n",
    },
    "TraceOutputText": {
        "Write every datagram sent and received to FILE: pcapng for Wireshark and tshark, or, "
        "when FILE ends in .json or .csv, JSON (one object per datagram) or CSV.":
        "Jedes gesendete und empfangene Datagramm nach FILE schreiben: pcapng für Wireshark und "
        "tshark oder, wenn FILE auf .json oder .csv endet, JSON (ein Objekt pro Datagramm) oder "
        "CSV.",
        'How the trace shows DTLS (coaps://): "decrypted" (the default), the CoAP inside; or '
        '"records", the encrypted records with the session keys embedded, which Wireshark '
        "decrypts (ChaCha20 suites are then offered last: Wireshark cannot decrypt them in DTLS).":
        'Wie der Mitschnitt DTLS (coaps://) zeigt: "decrypted" (die Vorgabe), das CoAP darin; '
        'oder "records", die verschlüsselten Records mit eingebetteten Sitzungsschlüsseln, die '
        "Wireshark entschlüsselt (ChaCha20-Suiten werden dann zuletzt angeboten: Wireshark kann "
        "sie in DTLS nicht entschlüsseln).",
        "--trace-out takes a file name": "--trace-out nimmt einen Dateinamen",
        '--trace-dtls takes "decrypted" or "records", not "%1"':
        '--trace-dtls nimmt "decrypted" oder "records", nicht "%1"',
        "--trace-dtls goes with --trace-out": "--trace-dtls gehört zu --trace-out",
        "--trace-dtls records is for coaps:// (DTLS); TLS traces are always decrypted":
        "--trace-dtls records ist für coaps:// (DTLS); TLS-Mitschnitte sind immer entschlüsselt",
        "--trace-dtls records needs a pcapng trace; JSON and CSV hold the CoAP messages":
        "--trace-dtls records braucht einen pcapng-Mitschnitt; JSON und CSV enthalten die "
        "CoAP-Nachrichten",
    },
    "VerboseTrace": {
        " [retransmission %1]": " [Sendewiederholung %1]",
        " [duplicate]": " [Duplikat]",
        " [answer to a duplicate]": " [Antwort auf ein Duplikat]",
        " [reset]": " [Reset]",
        " [matches no exchange]": " [passt zu keinem Austausch]",
        "malformed: %1": "fehlerhaft: %1",
    },
}
