<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>BenchCommand</name>
        <message>
            <source>Load a server with GET requests and report throughput and latency.</source>
            <translation>Einen Server mit GET-Anfragen belasten und Durchsatz und Latenz melden.</translation>
        </message>
        <message>
            <source>The resource to GET.</source>
            <translation>Die Ressource für GET.</translation>
        </message>
        <message>
            <source>How many requests in all (default 10000).</source>
            <translation>Wie viele Anfragen insgesamt (Vorgabe 10000).</translation>
        </message>
        <message>
            <source>How many sessions, each with one request in flight (default 4).</source>
            <translation>Wie viele Sitzungen, jede mit einer laufenden Anfrage (Vorgabe 4).</translation>
        </message>
        <message>
            <source>Send Non-confirmable requests.</source>
            <translation>Nicht bestätigbare Anfragen (NON) senden.</translation>
        </message>
        <message>
            <source>--requests takes a positive number, --concurrency one from 1 to 1000</source>
            <translation>--requests nimmt eine positive Zahl, --concurrency eine von 1 bis 1000</translation>
        </message>
        <message>
            <source>cannot resolve %1: %2
</source>
            <translation>%1 kann nicht aufgelöst werden: %2
</translation>
        </message>
        <message>
            <source>%1 requests in %2 s with %3 sessions: %4 requests/s
</source>
            <translation>%1 Anfragen in %2 s mit %3 Sitzungen: %4 Anfragen/s
</translation>
        </message>
        <message>
            <source>latency ms: p50 %1, p90 %2, p99 %3, max %4
</source>
            <translation>Latenz ms: p50 %1, p90 %2, p99 %3, max %4
</translation>
        </message>
        <message>
            <source>errors %1, retransmissions %2
</source>
            <translation>Fehler %1, Sendewiederholungen %2
</translation>
        </message>
        <message>
            <source>first error: %1
</source>
            <translation>erster Fehler: %1
</translation>
        </message>
    </context>
    <context>
        <name>BusyPollOption</name>
        <message>
            <source>While traffic comes less than MICROSECONDS apart, poll the sockets that long for more before sleeping (default %1; 0 never polls).</source>
            <translation>Solange der Verkehr weniger als MICROSECONDS auseinander kommt, die Sockets so lange nach weiterem abfragen, bevor geschlafen wird (Vorgabe %1; 0 fragt nie ab).</translation>
        </message>
        <message>
            <source>--busy-poll takes microseconds from 0 to %1</source>
            <translation>--busy-poll nimmt Mikrosekunden von 0 bis %1</translation>
        </message>
    </context>
    <context>
        <name>CaptureReadText</name>
        <message>
            <source>this is not a pcap or pcapng file</source>
            <translation>das ist keine pcap- oder pcapng-Datei</translation>
        </message>
        <message>
            <source>the file is cut short</source>
            <translation>die Datei ist abgeschnitten</translation>
        </message>
        <message>
            <source>the file is damaged</source>
            <translation>die Datei ist beschädigt</translation>
        </message>
        <message>
            <source>the file uses a form CoapScope does not read</source>
            <translation>die Datei nutzt ein Format, das CoapScope nicht liest</translation>
        </message>
        <message>
            <source>%1 at byte %2</source>
            <translation>%1 bei Byte %2</translation>
        </message>
        <message>
            <source>%1 at byte %2 (%3)</source>
            <translation>%1 bei Byte %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>CborDiagnosticText</name>
        <message>
            <source>no CBOR diagnostic notation given</source>
            <translation>keine CBOR-Diagnosenotation angegeben</translation>
        </message>
        <message>
            <source>the text ends in the middle of an item</source>
            <translation>der Text endet mitten in einem Element</translation>
        </message>
        <message>
            <source>no CBOR item starts here (expected a number, "text", h'bytes', [array], {map}, true, false, null, undefined, simple(N) or a tag N(item))</source>
            <translation>hier beginnt kein CBOR-Element (erwartet: eine Zahl, "text", h'bytes', [array], {map}, true, false, null, undefined, simple(N) oder ein Tag N(item))</translation>
        </message>
        <message>
            <source>not a valid number</source>
            <translation>keine gültige Zahl</translation>
        </message>
        <message>
            <source>the number is out of range (integers must fit 64 bits, signed)</source>
            <translation>die Zahl liegt außerhalb des Bereichs (ganze Zahlen müssen in 64 Bit mit Vorzeichen passen)</translation>
        </message>
        <message>
            <source>invalid escape (use \" \\ \/ \b \f \n \r \t \a \v \uXXXX or \UXXXXXXXX)</source>
            <translation>ungültige Escape-Sequenz (verwenden Sie \" \\ \/ \b \f \n \r \t \a \v \uXXXX oder \UXXXXXXXX)</translation>
        </message>
        <message>
            <source>invalid byte string: h'...' takes pairs of hexadecimal digits, b64'...' takes base64</source>
            <translation>ungültige Bytefolge: h'...' nimmt Paare von Hexadezimalziffern, b64'...' nimmt Base64</translation>
        </message>
        <message>
            <source>simple(N) takes N from 0 to 23 or 32 to 255</source>
            <translation>simple(N) nimmt N von 0 bis 23 oder 32 bis 255</translation>
        </message>
        <message>
            <source>expected ":" after the map key</source>
            <translation>":" nach dem Map-Schlüssel erwartet</translation>
        </message>
        <message>
            <source>expected "," or "]"</source>
            <translation>"," oder "]" erwartet</translation>
        </message>
        <message>
            <source>expected "," or "}"</source>
            <translation>"," oder "}" erwartet</translation>
        </message>
        <message>
            <source>expected ")"</source>
            <translation>")" erwartet</translation>
        </message>
        <message>
            <source>this map key appears twice</source>
            <translation>dieser Map-Schlüssel kommt doppelt vor</translation>
        </message>
        <message>
            <source>more text after a complete item (put several items in an [array])</source>
            <translation>weiterer Text nach einem vollständigen Element (mehrere Elemente gehören in ein [array])</translation>
        </message>
        <message>
            <source>nested more than %1 levels deep</source>
            <translation>mehr als %1 Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <source>character %1: %2</source>
            <translation>Zeichen %1: %2</translation>
        </message>
        <message>
            <source>line %1, column %2: %3</source>
            <translation>Zeile %1, Spalte %2: %3</translation>
        </message>
    </context>
    <context>
        <name>CertificateFileText</name>
        <message>
            <source>The data</source>
            <translation>Die Daten</translation>
        </message>
        <message>
            <source>Cannot read %1: %2.</source>
            <translation>%1 kann nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>%1 holds no certificate in PEM or DER form (%2).</source>
            <translation>%1 enthält kein Zertifikat im PEM- oder DER-Format (%2).</translation>
        </message>
        <message>
            <source>%1 holds no private key in PEM or DER form, or the key is encrypted (%2).</source>
            <translation>%1 enthält keinen privaten Schlüssel im PEM- oder DER-Format, oder der Schlüssel ist verschlüsselt (%2).</translation>
        </message>
        <message>
            <source>The private key in %1 does not belong to the certificate.</source>
            <translation>Der private Schlüssel in %1 gehört nicht zum Zertifikat.</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 existiert nicht.</translation>
        </message>
        <message>
            <source>%1 is a directory, not a file.</source>
            <translation>%1 ist ein Verzeichnis, keine Datei.</translation>
        </message>
        <message>
            <source>%1 is not a regular file.</source>
            <translation>%1 ist keine reguläre Datei.</translation>
        </message>
        <message>
            <source>%1 cannot be read: permission denied.</source>
            <translation>%1 kann nicht gelesen werden: Zugriff verweigert.</translation>
        </message>
        <message>
            <source>%1 is too large to be a certificate, key or CRL file.</source>
            <translation>%1 ist zu groß für eine Zertifikats-, Schlüssel- oder CRL-Datei.</translation>
        </message>
        <message>
            <source>The certificate expired on %1: peers that check it will refuse it.</source>
            <translation>Das Zertifikat ist am %1 abgelaufen: Gegenstellen, die es prüfen, lehnen es ab.</translation>
        </message>
        <message>
            <source>The certificate is not valid before %1: peers that check it will refuse it until then.</source>
            <translation>Das Zertifikat ist erst ab %1 gültig: Gegenstellen, die es prüfen, lehnen es bis dahin ab.</translation>
        </message>
        <message>
            <source>The certificate is self-signed: peers accept it only if they trust it directly or allow self-signed certificates.</source>
            <translation>Das Zertifikat ist selbstsigniert: Gegenstellen nehmen es nur an, wenn sie ihm direkt vertrauen oder selbstsignierte Zertifikate erlauben.</translation>
        </message>
    </context>
    <context>
        <name>ClientRun</name>
        <message>
            <source>--ack-timeout takes a positive number of seconds and --max-retransmit a count from 0 to 20</source>
            <translation>--ack-timeout nimmt eine positive Zahl von Sekunden und --max-retransmit eine Anzahl von 0 bis 20</translation>
        </message>
        <message>
            <source>give exactly one URI, such as coap://127.0.0.1/test</source>
            <translation>geben Sie genau eine URI an, etwa coap://127.0.0.1/test</translation>
        </message>
        <message>
            <source>invalid URI: %1</source>
            <translation>ungültige URI: %1</translation>
        </message>
        <message>
            <source>cannot resolve %1: %2
</source>
            <translation>%1 kann nicht aufgelöst werden: %2
</translation>
        </message>
        <message>
            <source>cannot open a session to %1: %2
</source>
            <translation>Sitzung zu %1 kann nicht geöffnet werden: %2
</translation>
        </message>
        <message>
            <source>Give up after SECONDS (default: MAX_TRANSMIT_WAIT, 93 s).</source>
            <translation>Nach SECONDS aufgeben (Vorgabe: MAX_TRANSMIT_WAIT, 93 s).</translation>
        </message>
        <message>
            <source>Print one line per datagram on standard error.</source>
            <translation>Eine Zeile pro Datagramm auf die Standardfehlerausgabe schreiben.</translation>
        </message>
        <message>
            <source>Print the outcome as JSON (see the README).</source>
            <translation>Das Ergebnis als JSON ausgeben (siehe README).</translation>
        </message>
        <message>
            <source>ACK_TIMEOUT in seconds (default 2).</source>
            <translation>ACK_TIMEOUT in Sekunden (Vorgabe 2).</translation>
        </message>
        <message>
            <source>MAX_RETRANSMIT (default 4).</source>
            <translation>MAX_RETRANSMIT (Vorgabe 4).</translation>
        </message>
    </context>
    <context>
        <name>DecodeCommand</name>
        <message>
            <source>malformed: %1
</source>
            <translation>fehlerhaft: %1
</translation>
        </message>
        <message>
            <source>Frame %1
</source>
            <translation>Frame %1
</translation>
        </message>
        <message>
            <source>Decode a CoAP message given as hex bytes.</source>
            <translation>Eine als Hex-Bytes gegebene CoAP-Nachricht decodieren.</translation>
        </message>
        <message>
            <source>Read RFC 8323 stream frames (TCP, TLS) instead of a datagram.</source>
            <translation>Stream-Frames nach RFC 8323 (TCP, TLS) statt eines Datagramms lesen.</translation>
        </message>
        <message>
            <source>Print JSON (the form documented in the README).</source>
            <translation>JSON ausgeben (in der im README beschriebenen Form).</translation>
        </message>
        <message>
            <source>With --tcp, refuse frames larger than a peer's Max-Message-Size of N bytes (default: no limit).</source>
            <translation>Mit --tcp Frames ablehnen, die größer als eine Max-Message-Size der Gegenstelle von N Bytes sind (Vorgabe: keine Grenze).</translation>
        </message>
        <message>
            <source>The bytes in hex; spaces and colons are allowed. "-" reads standard input.</source>
            <translation>Die Bytes in Hex; Leerzeichen und Doppelpunkte sind erlaubt. "-" liest die Standardeingabe.</translation>
        </message>
        <message>
            <source>decode: give the message bytes in hex, or "-" to read them from standard input
</source>
            <translation>decode: geben Sie die Nachrichtenbytes in Hex an oder "-", um sie von der Standardeingabe zu lesen
</translation>
        </message>
        <message>
            <source>decode: cannot read standard input
</source>
            <translation>decode: die Standardeingabe kann nicht gelesen werden
</translation>
        </message>
        <message>
            <source>decode: %1
</source>
            <translation>decode: %1
</translation>
        </message>
        <message>
            <source>decode: --max-message-size takes a positive number of bytes, with --tcp
</source>
            <translation>decode: --max-message-size nimmt eine positive Anzahl Bytes, zusammen mit --tcp
</translation>
        </message>
    </context>
    <context>
        <name>DecodeErrorText</name>
        <message numerus="yes">
            <source>the message is %n byte(s) long; a CoAP header needs %1</source>
            <translation>
                <numerusform>die Nachricht ist %n Byte lang; ein CoAP-Header braucht %1</numerusform>
                <numerusform>die Nachricht ist %n Bytes lang; ein CoAP-Header braucht %1</numerusform>
            </translation>
        </message>
        <message>
            <source>version %1 is not CoAP version 1</source>
            <translation>Version %1 ist nicht CoAP-Version 1</translation>
        </message>
        <message>
            <source>token length %1 is reserved (0 to 8 allowed)</source>
            <translation>Token-Länge %1 ist reserviert (0 bis 8 erlaubt)</translation>
        </message>
        <message numerus="yes">
            <source>the token (%n byte(s)) runs past the end of the message</source>
            <translation>
                <numerusform>das Token (%n Byte) reicht über das Ende der Nachricht hinaus</numerusform>
                <numerusform>das Token (%n Bytes) reicht über das Ende der Nachricht hinaus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n byte(s) left)</source>
            <translation>
                <numerusform> (%n Byte übrig)</numerusform>
                <numerusform> (%n Bytes übrig)</numerusform>
            </translation>
        </message>
        <message>
            <source>option delta nibble 15 is reserved for the payload marker 0xFF</source>
            <translation>das Options-Delta-Nibble 15 ist für den Payload-Marker 0xFF reserviert</translation>
        </message>
        <message>
            <source>option length nibble 15 is reserved</source>
            <translation>das Optionslängen-Nibble 15 ist reserviert</translation>
        </message>
        <message numerus="yes">
            <source>the extended option delta needs %n byte(s)</source>
            <translation>
                <numerusform>das erweiterte Options-Delta braucht %n Byte</numerusform>
                <numerusform>das erweiterte Options-Delta braucht %n Bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> but the message ends (%n byte(s) left)</source>
            <translation>
                <numerusform>, aber die Nachricht endet (%n Byte übrig)</numerusform>
                <numerusform>, aber die Nachricht endet (%n Bytes übrig)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the extended option length needs %n byte(s)</source>
            <translation>
                <numerusform>die erweiterte Optionslänge braucht %n Byte</numerusform>
                <numerusform>die erweiterte Optionslänge braucht %n Bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the option value (%n byte(s)) runs past the end of the message</source>
            <translation>
                <numerusform>der Optionswert (%n Byte) reicht über das Ende der Nachricht hinaus</numerusform>
                <numerusform>der Optionswert (%n Bytes) reicht über das Ende der Nachricht hinaus</numerusform>
            </translation>
        </message>
        <message>
            <source>option number %1 is beyond the largest, 65535</source>
            <translation>Optionsnummer %1 liegt über der größten, 65535</translation>
        </message>
        <message>
            <source>a payload marker must be followed by a payload</source>
            <translation>auf einen Payload-Marker müssen Nutzdaten folgen</translation>
        </message>
        <message numerus="yes">
            <source>an Empty message (0.00) must end after the message ID, but %n byte(s) follow</source>
            <translation>
                <numerusform>eine Empty-Nachricht (0.00) muss nach der Nachrichten-ID enden, aber es folgt %n Byte</numerusform>
                <numerusform>eine Empty-Nachricht (0.00) muss nach der Nachrichten-ID enden, aber es folgen %n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>code %1.%2 uses a reserved class</source>
            <translation>Code %1.%2 verwendet eine reservierte Klasse</translation>
        </message>
        <message>
            <source>the frame is %1 bytes, more than the Max-Message-Size of %2</source>
            <translation>der Frame hat %1 Bytes, mehr als die Max-Message-Size von %2</translation>
        </message>
        <message>
            <source>the frame needs %1 bytes but only %2 are present</source>
            <translation>der Frame braucht %1 Bytes, aber nur %2 sind vorhanden</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s) follow the end of the frame</source>
            <translation>
                <numerusform>%n Byte folgt nach dem Ende des Frames</numerusform>
                <numerusform>%n Bytes folgen nach dem Ende des Frames</numerusform>
            </translation>
        </message>
        <message>
            <source>malformed message</source>
            <translation>fehlerhafte Nachricht</translation>
        </message>
        <message>
            <source>byte %1: %2</source>
            <translation>Byte %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DemoText</name>
        <message>
            <source>GET /.well-known/core over %1: %2</source>
            <translation>GET /.well-known/core über %1: %2</translation>
        </message>
        <message>
            <source>GET /.well-known/core over %1 failed: %2</source>
            <translation>GET /.well-known/core über %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Cannot open the demo session: %1</source>
            <translation>Demo-Sitzung kann nicht geöffnet werden: %1</translation>
        </message>
    </context>
    <context>
        <name>DiscoverCommand</name>
        <message>
            <source>List a server's resources from /.well-known/core (RFC 6690).</source>
            <translation>Die Ressourcen eines Servers aus /.well-known/core auflisten (RFC 6690).</translation>
        </message>
        <message>
            <source>The server; a path other than / names another discovery resource.</source>
            <translation>Der Server; ein anderer Pfad als / benennt eine andere Discovery-Ressource.</translation>
        </message>
        <message>
            <source>Only links matching QUERY, e.g. rt=temperature or href=/sensors*.</source>
            <translation>Nur Links, die zu QUERY passen, z. B. rt=temperature oder href=/sensors*.</translation>
        </message>
        <message>
            <source>--filter takes NAME=VALUE, e.g. rt=temperature</source>
            <translation>--filter nimmt NAME=VALUE, z. B. rt=temperature</translation>
        </message>
        <message>
            <source>the answer is not link format (character %1)
</source>
            <translation>die Antwort ist kein Link-Format (Zeichen %1)
</translation>
        </message>
    </context>
    <context>
        <name>DtlsRecordText</name>
        <message>
            <source>Handshake %1</source>
            <translation>Handshake %1</translation>
        </message>
        <message>
            <source>Alert: fatal %1</source>
            <translation>Alert: fatal %1</translation>
        </message>
        <message>
            <source>Alert: warning %1</source>
            <translation>Alert: Warnung %1</translation>
        </message>
        <message>
            <source>encrypted %1</source>
            <translation>verschlüsselt: %1</translation>
        </message>
    </context>
    <context>
        <name>HexInput</name>
        <message>
            <source>no hexadecimal bytes given</source>
            <translation>keine hexadezimalen Bytes angegeben</translation>
        </message>
        <message>
            <source>character %1 is not a hexadecimal digit</source>
            <translation>Zeichen %1 ist keine Hexadezimalziffer</translation>
        </message>
        <message>
            <source>the digit at character %1 has no partner: each byte takes two digits</source>
            <translation>der Ziffer bei Zeichen %1 fehlt der Partner: Jedes Byte braucht zwei Ziffern</translation>
        </message>
    </context>
    <context>
        <name>LadderPainter</name>
        <message>
            <source>⋮ %1 s</source>
            <translation>⋮ %1 s</translation>
        </message>
        <message>
            <source>timeout %1 s</source>
            <translation>Timeout %1 s</translation>
        </message>
        <message numerus="yes">
            <source>, %n block(s)</source>
            <translation>
                <numerusform>, %n Block</numerusform>
                <numerusform>, %n Blöcke</numerusform>
            </translation>
        </message>
        <message>
            <source>#%1 %2 %3%4</source>
            <translation>#%1 %2 %3%4</translation>
        </message>
        <message>
            <source>#%1</source>
            <translation>#%1</translation>
        </message>
        <message>
            <source>This side</source>
            <translation>Diese Seite</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>Peer</translation>
        </message>
        <message>
            <source>time (s)</source>
            <translation>Zeit (s)</translation>
        </message>
    </context>
    <context>
        <name>MessageText</name>
        <message>
            <source>NUM %1, M %2, size %3%4</source>
            <translation>NUM %1, M %2, Größe %3%4</translation>
        </message>
        <message>
            <source> (BERT)</source>
            <translation> (BERT)</translation>
        </message>
        <message>
            <source>Option %1</source>
            <translation>Option %1</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>0x%1 (not UTF-8)</source>
            <translation>0x%1 (kein UTF-8)</translation>
        </message>
        <message>
            <source> [length %1 outside %2-%3]</source>
            <translation> [Länge %1 außerhalb %2–%3]</translation>
        </message>
        <message numerus="yes">
            <source>, %n byte(s)</source>
            <translation>
                <numerusform>, %n Byte</numerusform>
                <numerusform>, %n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2  message ID %3</source>
            <translation>%1 %2  Nachrichten-ID %3</translation>
        </message>
        <message>
            <source>  no token</source>
            <translation>  kein Token</translation>
        </message>
        <message>
            <source>  token 0x%1</source>
            <translation>  Token 0x%1</translation>
        </message>
        <message numerus="yes">
            <source>Payload, %n byte(s):</source>
            <translation>
                <numerusform>Nutzdaten, %n Byte:</numerusform>
                <numerusform>Nutzdaten, %n Bytes:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkErrorText</name>
        <message>
            <source>the address is already in use</source>
            <translation>die Adresse wird bereits verwendet</translation>
        </message>
        <message>
            <source>the address does not belong to this machine</source>
            <translation>die Adresse gehört nicht zu diesem Rechner</translation>
        </message>
        <message>
            <source>permission denied (ports below 1024 need privileges)</source>
            <translation>Zugriff verweigert (Ports unter 1024 brauchen Privilegien)</translation>
        </message>
        <message>
            <source>the network is unreachable</source>
            <translation>das Netz ist nicht erreichbar</translation>
        </message>
        <message>
            <source>nothing is listening on that port (connection refused or port unreachable)</source>
            <translation>auf diesem Port lauscht nichts (Verbindung abgelehnt oder Port nicht erreichbar)</translation>
        </message>
        <message>
            <source>the datagram is too large for the network</source>
            <translation>das Datagramm ist zu groß für das Netz</translation>
        </message>
        <message>
            <source>the peer closed the connection</source>
            <translation>die Gegenstelle hat die Verbindung geschlossen</translation>
        </message>
        <message>
            <source>the host cannot be reached</source>
            <translation>der Host ist nicht erreichbar</translation>
        </message>
        <message>
            <source>the connection timed out</source>
            <translation>Zeitüberschreitung der Verbindung</translation>
        </message>
        <message>
            <source>the socket is not open</source>
            <translation>der Socket ist nicht offen</translation>
        </message>
        <message>
            <source>socket error</source>
            <translation>Socket-Fehler</translation>
        </message>
        <message>
            <source>no usable address</source>
            <translation>keine verwendbare Adresse</translation>
        </message>
        <message>
            <source>the security settings cannot work</source>
            <translation>die Sicherheitseinstellungen können nicht funktionieren</translation>
        </message>
        <message>
            <source>cannot open the session</source>
            <translation>die Sitzung kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>no acknowledgement from the server after all retransmissions</source>
            <translation>keine Bestätigung vom Server nach allen Sendewiederholungen</translation>
        </message>
        <message>
            <source>no response from the server in time</source>
            <translation>keine rechtzeitige Antwort vom Server</translation>
        </message>
        <message>
            <source>the server rejected the request with a Reset</source>
            <translation>der Server hat die Anfrage mit einem Reset abgewiesen</translation>
        </message>
        <message>
            <source>the session was released</source>
            <translation>die Sitzung wurde freigegeben</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>cancelled (%1)</source>
            <translation>abgebrochen (%1)</translation>
        </message>
        <message>
            <source>the request is %1 bytes, more than the session's limit of %2</source>
            <translation>die Anfrage hat %1 Bytes, mehr als das Limit der Sitzung von %2</translation>
        </message>
        <message>
            <source>the block-wise transfer broke off: blocks were missing, out of order, or of a representation that changed meanwhile</source>
            <translation>die blockweise Übertragung brach ab: Blöcke fehlten, kamen in falscher Reihenfolge oder gehörten zu einer inzwischen geänderten Repräsentation</translation>
        </message>
        <message>
            <source>the connection was released (7.04 Release)</source>
            <translation>die Verbindung wurde beendet (7.04 Release)</translation>
        </message>
        <message>
            <source>the peer aborted the connection (7.05 Abort)</source>
            <translation>die Gegenstelle hat die Verbindung abgebrochen (7.05 Abort)</translation>
        </message>
        <message>
            <source>the peer aborted the connection (7.05 Abort): %1</source>
            <translation>die Gegenstelle hat die Verbindung abgebrochen (7.05 Abort): %1</translation>
        </message>
        <message>
            <source>the handshake failed</source>
            <translation>der Handshake ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>the peer broke the CoAP-over-TCP protocol, so the connection was aborted: %1</source>
            <translation>die Gegenstelle hat das CoAP-over-TCP-Protokoll verletzt, daher wurde die Verbindung abgebrochen: %1</translation>
        </message>
        <message>
            <source>request failed</source>
            <translation>Anfrage fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>OptionInput</name>
        <message>
            <source>%1: not hex bytes: %2</source>
            <translation>%1: keine Hex-Bytes: %2</translation>
        </message>
        <message>
            <source>%1 takes a number, a media type or a short name such as json, not "%2"</source>
            <translation>%1 nimmt eine Zahl, einen Medientyp oder einen Kurznamen wie json, nicht "%2"</translation>
        </message>
        <message>
            <source>%1 takes a number from 0 to %2, not "%3"</source>
            <translation>%1 nimmt eine Zahl von 0 bis %2, nicht "%3"</translation>
        </message>
        <message>
            <source>an option needs a name or number</source>
            <translation>eine Option braucht einen Namen oder eine Nummer</translation>
        </message>
        <message>
            <source>option numbers go from 1 to 65535, not %1</source>
            <translation>Optionsnummern reichen von 1 bis 65535, nicht %1</translation>
        </message>
        <message>
            <source>no option is called "%1"; give its number to send an unregistered one</source>
            <translation>keine Option heißt "%1"; geben Sie die Nummer an, um eine nicht registrierte zu senden</translation>
        </message>
        <message>
            <source>%1 takes no value; leave it empty</source>
            <translation>%1 nimmt keinen Wert; lassen Sie ihn leer</translation>
        </message>
        <message>
            <source>%1 takes %2 to %3 bytes; this value has %4</source>
            <translation>%1 nimmt %2 bis %3 Bytes; dieser Wert hat %4</translation>
        </message>
        <message>
            <source>hex bytes</source>
            <translation>Hex-Bytes</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>a number or media type</source>
            <translation>eine Zahl oder ein Medientyp</translation>
        </message>
        <message>
            <source>a number, or 0x and hex bytes</source>
            <translation>eine Zahl oder 0x und Hex-Bytes</translation>
        </message>
        <message>
            <source>text, or 0x and hex bytes</source>
            <translation>Text oder 0x und Hex-Bytes</translation>
        </message>
    </context>
    <context>
        <name>ParameterText</name>
        <message>
            <source>ACK_TIMEOUT must be more than 0.</source>
            <translation>ACK_TIMEOUT muss größer als 0 sein.</translation>
        </message>
        <message>
            <source>ACK_RANDOM_FACTOR must be at least 1.</source>
            <translation>ACK_RANDOM_FACTOR muss mindestens 1 sein.</translation>
        </message>
        <message>
            <source>MAX_RETRANSMIT must be between 0 and 20.</source>
            <translation>MAX_RETRANSMIT muss zwischen 0 und 20 liegen.</translation>
        </message>
        <message>
            <source>NSTART must be at least 1.</source>
            <translation>NSTART muss mindestens 1 sein.</translation>
        </message>
        <message>
            <source>DEFAULT_LEISURE cannot be negative.</source>
            <translation>DEFAULT_LEISURE darf nicht negativ sein.</translation>
        </message>
        <message>
            <source>PROBING_RATE must be more than 0.</source>
            <translation>PROBING_RATE muss größer als 0 sein.</translation>
        </message>
        <message>
            <source>MAX_LATENCY cannot be negative.</source>
            <translation>MAX_LATENCY darf nicht negativ sein.</translation>
        </message>
    </context>
    <context>
        <name>PayloadText</name>
        <message>
            <source>a link must start with "&lt;"</source>
            <translation>ein Link muss mit "&lt;" beginnen</translation>
        </message>
        <message>
            <source>no "&gt;" closes the link target</source>
            <translation>kein "&gt;" schließt das Linkziel ab</translation>
        </message>
        <message>
            <source>a quoted value runs to the end</source>
            <translation>ein Wert in Anführungszeichen läuft bis zum Ende</translation>
        </message>
        <message>
            <source>expected ";" or ","</source>
            <translation>";" oder "," erwartet</translation>
        </message>
        <message>
            <source>a parameter has no name</source>
            <translation>ein Parameter hat keinen Namen</translation>
        </message>
        <message>
            <source>Not valid link format: byte %1: %2</source>
            <translation>Kein gültiges Link-Format: Byte %1: %2</translation>
        </message>
        <message>
            <source>Not valid JSON: near byte %1: %2</source>
            <translation>Kein gültiges JSON: bei Byte %1: %2</translation>
        </message>
        <message>
            <source>Not valid JSON: the payload holds no value</source>
            <translation>Kein gültiges JSON: Die Nutzdaten enthalten keinen Wert</translation>
        </message>
        <message>
            <source>Not valid JSON: more than one value (separate values belong in an array)</source>
            <translation>Kein gültiges JSON: mehr als ein Wert (einzelne Werte gehören in ein Array)</translation>
        </message>
        <message>
            <source>Not valid CBOR: the item at byte %1: %2</source>
            <translation>Kein gültiges CBOR: das Element bei Byte %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Not valid CBOR: %n byte(s) after the item</source>
            <translation>
                <numerusform>Kein gültiges CBOR: %n Byte nach dem Element</numerusform>
                <numerusform>Kein gültiges CBOR: %n Bytes nach dem Element</numerusform>
            </translation>
        </message>
        <message>
            <source>Not valid CBOR: the payload is empty</source>
            <translation>Kein gültiges CBOR: Die Nutzdaten sind leer</translation>
        </message>
        <message>
            <source>Not well-formed XML: line %1, column %2: %3</source>
            <translation>Kein wohlgeformtes XML: Zeile %1, Spalte %2: %3</translation>
        </message>
        <message>
            <source>Not valid UTF-8 text</source>
            <translation>Kein gültiger UTF-8-Text</translation>
        </message>
        <message>
            <source>no Content-Format</source>
            <translation>kein Content-Format</translation>
        </message>
        <message>
            <source>Content-Format %1 (unregistered)</source>
            <translation>Content-Format %1 (nicht registriert)</translation>
        </message>
    </context>
    <context>
        <name>PortListInput</name>
        <message>
            <source>“%1” is not a port: ports are whole numbers from 1 to 65535, separated by commas</source>
            <translation>„%1“ ist kein Port: Ports sind ganze Zahlen von 1 bis 65535, durch Kommas getrennt</translation>
        </message>
    </context>
    <context>
        <name>ProfileErrorText</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2. The file was not changed.</source>
            <translation>%1 kann nicht geschrieben werden: %2. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2 at line %3, column %4 (byte %5).</source>
            <translation>%1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4 (Byte %5).</translation>
        </message>
        <message>
            <source>%1 is not a CoapScope profile file.</source>
            <translation>%1 ist keine CoapScope-Profildatei.</translation>
        </message>
        <message>
            <source>%1 was written by a newer CoapScope (format version %2).</source>
            <translation>%1 wurde von einem neueren CoapScope geschrieben (Formatversion %2).</translation>
        </message>
        <message>
            <source>%1: %2 is invalid: %3</source>
            <translation>%1: %2 ist ungültig: %3</translation>
        </message>
        <message>
            <source>A profile named "%1" already exists.</source>
            <translation>Ein Profil namens „%1“ existiert bereits.</translation>
        </message>
        <message>
            <source>A profile needs a name.</source>
            <translation>Ein Profil braucht einen Namen.</translation>
        </message>
        <message>
            <source>There is no profile named "%1".</source>
            <translation>Es gibt kein Profil namens „%1“.</translation>
        </message>
        <message>
            <source>Changes are not saved: %1 could not be loaded and is kept as it is. Fix it, or move it aside to start afresh.</source>
            <translation>Änderungen werden nicht gespeichert: %1 konnte nicht geladen werden und bleibt, wie es ist. Reparieren Sie die Datei oder legen Sie sie beiseite, um neu zu beginnen.</translation>
        </message>
    </context>
    <context>
        <name>ProfileFileText</name>
        <message>
            <source>expected text</source>
            <translation>Text erwartet</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>true oder false erwartet</translation>
        </message>
        <message>
            <source>expected a whole number from %1 to %2</source>
            <translation>ganze Zahl von %1 bis %2 erwartet</translation>
        </message>
        <message>
            <source>expected a number</source>
            <translation>Zahl erwartet</translation>
        </message>
        <message>
            <source>expected text or {"hex": "..."}</source>
            <translation>Text oder {"hex": "..."} erwartet</translation>
        </message>
        <message>
            <source>expected {"file": "..."} or {"base64": "..."}</source>
            <translation>{"file": "..."} oder {"base64": "..."} erwartet</translation>
        </message>
        <message>
            <source>expected a list of texts</source>
            <translation>Liste von Texten erwartet</translation>
        </message>
        <message>
            <source>expected an object</source>
            <translation>Objekt erwartet</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>muss mindestens 1 sein</translation>
        </message>
        <message>
            <source>must be above 0</source>
            <translation>muss größer als 0 sein</translation>
        </message>
        <message>
            <source>a profile needs a name</source>
            <translation>ein Profil braucht einen Namen</translation>
        </message>
        <message>
            <source>not a coap, coaps, coap+tcp or coaps+tcp URI</source>
            <translation>keine coap-, coaps-, coap+tcp- oder coaps+tcp-URI</translation>
        </message>
        <message>
            <source>"%1" appears twice</source>
            <translation>„%1“ kommt doppelt vor</translation>
        </message>
        <message>
            <source>expected "none", "keychain" or "file"</source>
            <translation>"none", "keychain" oder "file" erwartet</translation>
        </message>
        <message>
            <source>expected 0 (automatic) or a power of two from 16 to 1024</source>
            <translation>0 (automatisch) oder eine Zweierpotenz von 16 bis 1024 erwartet</translation>
        </message>
    </context>
    <context>
        <name>ProfileSecretsText</name>
        <message>
            <source>pre-shared key</source>
            <translation>der Pre-Shared Key</translation>
        </message>
        <message>
            <source>private key</source>
            <translation>der private Schlüssel</translation>
        </message>
    </context>
    <context>
        <name>ProfileStore</name>
        <message>
            <source>cannot create the directory %1</source>
            <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
        </message>
    </context>
    <context>
        <name>RequestCommand</name>
        <message>
            <source>--option takes NUMBER=VALUE or NAME=VALUE, not "%1"</source>
            <translation>--option nimmt NUMBER=VALUE oder NAME=VALUE, nicht "%1"</translation>
        </message>
        <message>
            <source>unknown option "%1"</source>
            <translation>unbekannte Option "%1"</translation>
        </message>
        <message>
            <source>option %1: %2</source>
            <translation>Option %1: %2</translation>
        </message>
        <message>
            <source>option %1 takes a number, not "%2"</source>
            <translation>Option %1 nimmt eine Zahl, nicht "%2"</translation>
        </message>
        <message>
            <source>%1: unknown Content-Format "%2" (give a number or a media type such as application/json)</source>
            <translation>%1: unbekanntes Content-Format "%2" (geben Sie eine Zahl oder einen Medientyp wie application/json an)</translation>
        </message>
        <message>
            <source>The resource.</source>
            <translation>Die Ressource.</translation>
        </message>
        <message>
            <source>Send TEXT as the payload.</source>
            <translation>TEXT als Nutzdaten senden.</translation>
        </message>
        <message>
            <source>Send the contents of FILE.</source>
            <translation>Den Inhalt von FILE senden.</translation>
        </message>
        <message>
            <source>Content-Format of the payload, by number or media type.</source>
            <translation>Content-Format der Nutzdaten, als Nummer oder Medientyp.</translation>
        </message>
        <message>
            <source>Ask for this Content-Format.</source>
            <translation>Dieses Content-Format anfordern.</translation>
        </message>
        <message>
            <source>Send a Non-confirmable request.</source>
            <translation>Eine nicht bestätigbare Anfrage (NON) senden.</translation>
        </message>
        <message>
            <source>Block size for block-wise transfers: 16, 32, ..., 1024 (default: the largest that fits the MTU).</source>
            <translation>Blockgröße für blockweise Übertragungen: 16, 32, ..., 1024 (Vorgabe: die größte, die in die MTU passt).</translation>
        </message>
        <message>
            <source>Add an option, NUMBER=VALUE or NAME=VALUE (0x... for bytes); repeatable.</source>
            <translation>Eine Option hinzufügen, NUMBER=VALUE oder NAME=VALUE (0x... für Bytes); wiederholbar.</translation>
        </message>
        <message>
            <source>give --payload or --payload-file, not both</source>
            <translation>geben Sie --payload oder --payload-file an, nicht beide</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>--block-size takes 16, 32, 64, 128, 256, 512 or 1024</source>
            <translation>--block-size nimmt 16, 32, 64, 128, 256, 512 oder 1024</translation>
        </message>
        <message>
            <source>--timeout takes a positive number of seconds</source>
            <translation>--timeout nimmt eine positive Zahl von Sekunden</translation>
        </message>
        <message>
            <source>Send a %1 request and print the response payload.</source>
            <translation>Eine %1-Anfrage senden und die Nutzdaten der Antwort ausgeben.</translation>
        </message>
        <message>
            <source>Observe a resource (RFC 7641): print each notification's payload on a line of its own.</source>
            <translation>Eine Ressource beobachten (RFC 7641): die Nutzdaten jeder Benachrichtigung in einer eigenen Zeile ausgeben.</translation>
        </message>
        <message>
            <source>Stop after N notifications (the first response counts).</source>
            <translation>Nach N Benachrichtigungen aufhören (die erste Antwort zählt mit).</translation>
        </message>
        <message>
            <source>Stop after SECONDS.</source>
            <translation>Nach SECONDS aufhören.</translation>
        </message>
        <message>
            <source>--count and --duration take positive numbers</source>
            <translation>--count und --duration nehmen positive Zahlen</translation>
        </message>
        <message>
            <source>(a stale notification, %1, arrived out of order)
</source>
            <translation>(eine veraltete Benachrichtigung, %1, kam außer der Reihe an)
</translation>
        </message>
        <message>
            <source>%1: the resource did not accept the observation
</source>
            <translation>%1: die Ressource hat die Beobachtung nicht angenommen
</translation>
        </message>
        <message>
            <source>Send a CoAP ping: an Empty CON, which a live endpoint answers with RST; over TCP a 7.02 Ping, answered by a Pong.</source>
            <translation>Einen CoAP-Ping senden: ein Empty CON, das ein lebender Endpunkt mit RST beantwortet; über TCP ein 7.02 Ping, beantwortet mit einem Pong.</translation>
        </message>
        <message>
            <source>The endpoint.</source>
            <translation>Der Endpunkt.</translation>
        </message>
        <message>
            <source>%1 in %2 ms
</source>
            <translation>%1 in %2 ms
</translation>
        </message>
    </context>
    <context>
        <name>SecretStoreText</name>
        <message>
            <source>no keychain service is running (%1)</source>
            <translation>kein Schlüsselbunddienst läuft (%1)</translation>
        </message>
        <message>
            <source>the keychain is not supported on this system (%1)</source>
            <translation>der Schlüsselbund wird auf diesem System nicht unterstützt (%1)</translation>
        </message>
        <message>
            <source>the keychain refused access (%1)</source>
            <translation>der Schlüsselbund hat den Zugriff verweigert (%1)</translation>
        </message>
        <message>
            <source>there is no keychain support in this build</source>
            <translation>dieser Build unterstützt keinen Schlüsselbund</translation>
        </message>
        <message>
            <source>the keychain could not be reached (%1)</source>
            <translation>der Schlüsselbund ist nicht erreichbar (%1)</translation>
        </message>
    </context>
    <context>
        <name>SecretText</name>
        <message>
            <source>Not hexadecimal: %1.</source>
            <translation>Nicht hexadezimal: %1.</translation>
        </message>
    </context>
    <context>
        <name>SecurityErrorText</name>
        <message>
            <source>the security settings cannot work: %1</source>
            <translation>die Sicherheitseinstellungen können nicht funktionieren: %1</translation>
        </message>
        <message>
            <source>wrong pre-shared key: both ends know the identity, but their keys differ</source>
            <translation>falscher Pre-Shared Key: Beide Seiten kennen die Identität, aber ihre Schlüssel unterscheiden sich</translation>
        </message>
        <message>
            <source>the server knows no key for this PSK identity</source>
            <translation>der Server kennt keinen Schlüssel für diese PSK-Identität</translation>
        </message>
        <message>
            <source>the peer's certificate is not issued by a trusted authority (give its CA with --ca)</source>
            <translation>das Zertifikat der Gegenstelle stammt nicht von einer vertrauenswürdigen Stelle (geben Sie ihre CA mit --ca an)</translation>
        </message>
        <message>
            <source>the peer's certificate has expired or is not yet valid</source>
            <translation>das Zertifikat der Gegenstelle ist abgelaufen oder noch nicht gültig</translation>
        </message>
        <message>
            <source>the peer's certificate is self-signed, and self-signed certificates are not allowed (--allow-self-signed)</source>
            <translation>das Zertifikat der Gegenstelle ist selbstsigniert, und selbstsignierte Zertifikate sind nicht erlaubt (--allow-self-signed)</translation>
        </message>
        <message>
            <source>the peer's certificate is for another name</source>
            <translation>das Zertifikat der Gegenstelle gilt für einen anderen Namen</translation>
        </message>
        <message>
            <source>the peer's certificate has been revoked</source>
            <translation>das Zertifikat der Gegenstelle wurde gesperrt</translation>
        </message>
        <message>
            <source>revocation could not be checked: no usable CRL</source>
            <translation>der Sperrstatus konnte nicht geprüft werden: keine verwendbare CRL</translation>
        </message>
        <message>
            <source>the peer's certificate was rejected</source>
            <translation>das Zertifikat der Gegenstelle wurde abgelehnt</translation>
        </message>
        <message>
            <source>the peer sent no certificate, but one is required</source>
            <translation>die Gegenstelle hat kein Zertifikat gesendet, aber eines ist erforderlich</translation>
        </message>
        <message>
            <source>the two ends have no cipher suite in common</source>
            <translation>die beiden Seiten haben keine gemeinsame Cipher-Suite</translation>
        </message>
        <message>
            <source>no answer to the handshake from the peer</source>
            <translation>keine Antwort der Gegenstelle auf den Handshake</translation>
        </message>
        <message>
            <source>the peer ended the handshake with the alert %1</source>
            <translation>die Gegenstelle hat den Handshake mit dem Alert %1 beendet</translation>
        </message>
        <message>
            <source>the handshake failed</source>
            <translation>der Handshake ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>no pre-shared key or certificate is set</source>
            <translation>weder Pre-Shared Key noch Zertifikat ist gesetzt</translation>
        </message>
        <message>
            <source>the PSK identity is empty</source>
            <translation>die PSK-Identität ist leer</translation>
        </message>
        <message>
            <source>the PSK identity is longer than 255 bytes</source>
            <translation>die PSK-Identität ist länger als 255 Bytes</translation>
        </message>
        <message>
            <source>the PSK identity contains a NUL byte</source>
            <translation>die PSK-Identität enthält ein NUL-Byte</translation>
        </message>
        <message>
            <source>the pre-shared key is empty</source>
            <translation>der Pre-Shared Key ist leer</translation>
        </message>
        <message>
            <source>the pre-shared key is longer than 512 bytes</source>
            <translation>der Pre-Shared Key ist länger als 512 Bytes</translation>
        </message>
        <message>
            <source>a certificate is missing</source>
            <translation>ein Zertifikat fehlt</translation>
        </message>
        <message>
            <source>the private key is missing</source>
            <translation>der private Schlüssel fehlt</translation>
        </message>
        <message>
            <source>both a file and data are given</source>
            <translation>sowohl eine Datei als auch Daten sind angegeben</translation>
        </message>
        <message>
            <source>verifying the peer needs a CA file or directory</source>
            <translation>die Prüfung der Gegenstelle braucht eine CA-Datei oder ein CA-Verzeichnis</translation>
        </message>
        <message>
            <source>the chain verify depth is out of range</source>
            <translation>die Prüftiefe der Kette liegt außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>the handshake timeout is out of range</source>
            <translation>das Handshake-Zeitlimit liegt außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>the link MTU is out of range</source>
            <translation>die Link-MTU liegt außerhalb des Bereichs</translation>
        </message>
    </context>
    <context>
        <name>SecurityOptions</name>
        <message>
            <source>The pre-shared key identity to present (coaps, coaps+tcp).</source>
            <translation>Die vorzulegende Pre-Shared-Key-Identität (coaps, coaps+tcp).</translation>
        </message>
        <message>
            <source>The pre-shared key for any identity, as text (with --psk-identity: for that identity only).</source>
            <translation>Der Pre-Shared Key für jede Identität, als Text (mit --psk-identity: nur für diese Identität).</translation>
        </message>
        <message>
            <source>The pre-shared key, as text.</source>
            <translation>Der Pre-Shared Key, als Text.</translation>
        </message>
        <message>
            <source>The pre-shared key, as hex.</source>
            <translation>Der Pre-Shared Key, als Hex.</translation>
        </message>
        <message>
            <source>The PSK identity hint to send to clients.</source>
            <translation>Der PSK-Identitätshinweis, der an Clients gesendet wird.</translation>
        </message>
        <message>
            <source>The server's certificate (PEM or DER).</source>
            <translation>Das Zertifikat des Servers (PEM oder DER).</translation>
        </message>
        <message>
            <source>A client certificate (PEM or DER).</source>
            <translation>Ein Client-Zertifikat (PEM oder DER).</translation>
        </message>
        <message>
            <source>The private key of --cert (PEM or DER).</source>
            <translation>Der private Schlüssel zu --cert (PEM oder DER).</translation>
        </message>
        <message>
            <source>Trusted CAs (a PEM file or a hashed directory); clients must then present a certificate they issued.</source>
            <translation>Vertrauenswürdige CAs (eine PEM-Datei oder ein gehashtes Verzeichnis); Clients müssen dann ein von ihnen ausgestelltes Zertifikat vorlegen.</translation>
        </message>
        <message>
            <source>Trusted CAs (a PEM file or a hashed directory).</source>
            <translation>Vertrauenswürdige CAs (eine PEM-Datei oder ein gehashtes Verzeichnis).</translation>
        </message>
        <message>
            <source>Accept any peer certificate (shown, not checked).</source>
            <translation>Jedes Zertifikat der Gegenstelle annehmen (angezeigt, nicht geprüft).</translation>
        </message>
        <message>
            <source>Accept self-signed peer certificates.</source>
            <translation>Selbstsignierte Zertifikate der Gegenstelle annehmen.</translation>
        </message>
        <message>
            <source>Accept expired or not yet valid peer certificates.</source>
            <translation>Abgelaufene oder noch nicht gültige Zertifikate der Gegenstelle annehmen.</translation>
        </message>
        <message>
            <source>The server name to send (SNI) and check the certificate against; default: the URI's host.</source>
            <translation>Der zu sendende Servername (SNI), gegen den auch das Zertifikat geprüft wird; Vorgabe: der Host der URI.</translation>
        </message>
        <message>
            <source>Append the session keys to FILE in the NSS key log format, for Wireshark (DTLS).</source>
            <translation>Die Sitzungsschlüssel im NSS-Key-Log-Format an FILE anhängen, für Wireshark (DTLS).</translation>
        </message>
        <message>
            <source>give --psk-key or --psk-key-hex, not both</source>
            <translation>geben Sie --psk-key oder --psk-key-hex an, nicht beide</translation>
        </message>
        <message>
            <source>--psk-key-hex: %1</source>
            <translation>--psk-key-hex: %1</translation>
        </message>
        <message>
            <source>--psk-hint needs --psk-key</source>
            <translation>--psk-hint braucht --psk-key</translation>
        </message>
        <message>
            <source>checking the server's certificate needs --ca (or --no-verify)</source>
            <translation>die Prüfung des Server-Zertifikats braucht --ca (oder --no-verify)</translation>
        </message>
        <message>
            <source>security options need a coaps:// or coaps+tcp:// URI, not %1</source>
            <translation>Sicherheitsoptionen brauchen eine coaps://- oder coaps+tcp://-URI, nicht %1</translation>
        </message>
    </context>
    <context>
        <name>ServeCommand</name>
        <message>
            <source>Run the embedded demo server (the ETSI CoAP plugtest resources).</source>
            <translation>Den eingebauten Demo-Server betreiben (die Ressourcen des ETSI-CoAP-Plugtests).</translation>
        </message>
        <message>
            <source>Listen on URI (repeatable; default coap://127.0.0.1:5683). The host must be an IP address.</source>
            <translation>Auf URI lauschen (wiederholbar; Vorgabe coap://127.0.0.1:5683). Der Host muss eine IP-Adresse sein.</translation>
        </message>
        <message>
            <source>Print one line per datagram on standard error.</source>
            <translation>Eine Zeile pro Datagramm auf die Standardfehlerausgabe schreiben.</translation>
        </message>
        <message>
            <source>Fault injection: lose this share (0 to 1) of the datagrams the server sends.</source>
            <translation>Fehlerinjektion: diesen Anteil (0 bis 1) der vom Server gesendeten Datagramme verlieren.</translation>
        </message>
        <message>
            <source>Fault injection: send this share (0 to 1) twice.</source>
            <translation>Fehlerinjektion: diesen Anteil (0 bis 1) doppelt senden.</translation>
        </message>
        <message>
            <source>Fault injection: hold every datagram MS milliseconds.</source>
            <translation>Fehlerinjektion: jedes Datagramm MS Millisekunden zurückhalten.</translation>
        </message>
        <message>
            <source>Seed for the fault injection (default 7252), so a run can be repeated exactly.</source>
            <translation>Startwert der Fehlerinjektion (Vorgabe 7252), damit ein Lauf genau wiederholbar ist.</translation>
        </message>
        <message>
            <source>serve: unexpected argument "%1"; use --listen URI
</source>
            <translation>serve: unerwartetes Argument "%1"; verwenden Sie --listen URI
</translation>
        </message>
        <message>
            <source>serve: %1
</source>
            <translation>serve: %1
</translation>
        </message>
        <message>
            <source>serve: %1 needs --psk-key, or --cert and --key
</source>
            <translation>serve: %1 braucht --psk-key oder --cert und --key
</translation>
        </message>
        <message>
            <source>serve: rates go from 0 to 1, the delay and seed are whole non-negative numbers
</source>
            <translation>serve: Raten reichen von 0 bis 1, Verzögerung und Startwert sind ganze, nicht negative Zahlen
</translation>
        </message>
        <message>
            <source>serve: invalid URI %1: %2
</source>
            <translation>serve: ungültige URI %1: %2
</translation>
        </message>
        <message>
            <source>serve: listen on an IP address, not "%1"
</source>
            <translation>serve: lauschen Sie auf einer IP-Adresse, nicht "%1"
</translation>
        </message>
        <message>
            <source>serve: cannot listen on %1: %2
</source>
            <translation>serve: Lauschen auf %1 nicht möglich: %2
</translation>
        </message>
        <message>
            <source>Serving %1 (%2)
</source>
            <translation>Bedient %1 (%2)
</translation>
        </message>
        <message>
            <source>Stopped.
</source>
            <translation>Gestoppt.
</translation>
        </message>
    </context>
    <context>
        <name>SessionText</name>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Verbindet</translation>
        </message>
        <message>
            <source>Handshaking</source>
            <translation>Handshake</translation>
        </message>
        <message>
            <source>Exchanging capabilities</source>
            <translation>Tauscht Fähigkeiten aus</translation>
        </message>
        <message>
            <source>Established</source>
            <translation>Aufgebaut</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>Ruhend</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>Getrennt</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Geschlossen</translation>
        </message>
        <message>
            <source>The TCP connection is being opened.</source>
            <translation>Die TCP-Verbindung wird geöffnet.</translation>
        </message>
        <message>
            <source>DTLS or TLS is negotiating security.</source>
            <translation>DTLS oder TLS handelt die Sicherheit aus.</translation>
        </message>
        <message>
            <source>The connection is up; waiting for the peer's Capabilities and Settings Message (CSM).</source>
            <translation>Die Verbindung steht; warte auf die Capabilities and Settings Message (CSM) der Gegenstelle.</translation>
        </message>
        <message>
            <source>Messages can be exchanged.</source>
            <translation>Nachrichten können ausgetauscht werden.</translation>
        </message>
        <message>
            <source>A released server session in the free pool; it is revived if the peer returns and freed after the idle timeout.</source>
            <translation>Eine freigegebene Server-Sitzung im Pool freier Sitzungen; sie lebt wieder auf, wenn die Gegenstelle zurückkehrt, und wird nach dem Ruhe-Timeout gelöscht.</translation>
        </message>
        <message>
            <source>The connection ended; a client session reconnects on its next request.</source>
            <translation>Die Verbindung ist beendet; eine Client-Sitzung verbindet sich bei ihrer nächsten Anfrage neu.</translation>
        </message>
        <message>
            <source>The session has been freed.</source>
            <translation>Die Sitzung wurde gelöscht.</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
    </context>
    <context>
        <name>TraceCommand</name>
        <message>
            <source>malformed: %1</source>
            <translation>fehlerhaft: %1</translation>
        </message>
        <message>
            <source>Print the CoAP datagrams of a pcap or pcapng capture, decoded.</source>
            <translation>Die CoAP-Datagramme eines pcap- oder pcapng-Mitschnitts decodiert ausgeben.</translation>
        </message>
        <message>
            <source>The capture to read.</source>
            <translation>Der zu lesende Mitschnitt.</translation>
        </message>
        <message>
            <source>One JSON object per datagram, as --trace-out FILE.json writes them.</source>
            <translation>Ein JSON-Objekt pro Datagramm, wie --trace-out FILE.json sie schreibt.</translation>
        </message>
        <message>
            <source>Also take UDP and TCP port N for CoAP (5683 always is); repeatable.</source>
            <translation>Auch UDP- und TCP-Port N als CoAP nehmen (5683 immer); wiederholbar.</translation>
        </message>
        <message>
            <source>trace takes one capture file</source>
            <translation>trace nimmt eine Mitschnittdatei</translation>
        </message>
        <message>
            <source>--port takes a port number, not "%1"</source>
            <translation>--port nimmt eine Portnummer, nicht "%1"</translation>
        </message>
        <message>
            <source>cannot read %1: %2
</source>
            <translation>%1 kann nicht gelesen werden: %2
</translation>
        </message>
    </context>
    <context>
        <name>TraceExportText</name>
        <message>
            <source>cannot create the trace %1: %2</source>
            <translation>der Mitschnitt %1 kann nicht angelegt werden: %2</translation>
        </message>
        <message>
            <source>cannot write the trace %1: %2</source>
            <translation>der Mitschnitt %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>cannot put the trace in place as %1: %2</source>
            <translation>der Mitschnitt kann nicht als %1 abgelegt werden: %2</translation>
        </message>
    </context>
    <context>
        <name>TraceFilter</name>
        <message>
            <source>"%1" needs a value after the colon</source>
            <translation>„%1“ braucht einen Wert nach dem Doppelpunkt</translation>
        </message>
        <message>
            <source>session: "%1" is not a session number</source>
            <translation>session: „%1“ ist keine Sitzungsnummer</translation>
        </message>
        <message>
            <source>dir: use sent or received, not "%1"</source>
            <translation>dir: sent oder received angeben, nicht „%1“</translation>
        </message>
        <message>
            <source>type: use CON, NON, ACK or RST, not "%1"</source>
            <translation>type: CON, NON, ACK oder RST angeben, nicht „%1“</translation>
        </message>
        <message>
            <source>code: "%1" is not a code (2.05, GET, 4.xx)</source>
            <translation>code: „%1“ ist kein Code (2.05, GET, 4.xx)</translation>
        </message>
        <message>
            <source>token: "%1" is not hexadecimal</source>
            <translation>token: „%1“ ist nicht hexadezimal</translation>
        </message>
        <message>
            <source>token: "%1" has an odd number of hex digits</source>
            <translation>token: „%1“ hat eine ungerade Anzahl Hex-Ziffern</translation>
        </message>
        <message>
            <source>token: "%1" is longer than 8 bytes</source>
            <translation>token: „%1“ ist länger als 8 Bytes</translation>
        </message>
        <message>
            <source>mid: "%1" is not a message ID (0-65535 or 0x0-0xffff)</source>
            <translation>mid: „%1“ ist keine Nachrichten-ID (0-65535 oder 0x0-0xffff)</translation>
        </message>
        <message>
            <source>event: "%1" is not an event (retransmission, duplicate, malformed, reset-sent, ...)</source>
            <translation>event: „%1“ ist kein Ereignis (retransmission, duplicate, malformed, reset-sent, ...)</translation>
        </message>
        <message>
            <source>proto: use UDP, DTLS, TCP or TLS, not "%1"</source>
            <translation>proto: UDP, DTLS, TCP oder TLS angeben, nicht „%1“</translation>
        </message>
        <message>
            <source>unknown filter key "%1" (use session, dir, type, code, token, mid, path, event, proto)</source>
            <translation>unbekannter Filterschlüssel „%1“ (möglich sind session, dir, type, code, token, mid, path, event, proto)</translation>
        </message>
    </context>
    <context>
        <name>TraceOutputText</name>
        <message>
            <source>Write every datagram sent and received to FILE: pcapng for Wireshark and tshark, or, when FILE ends in .json or .csv, JSON (one object per datagram) or CSV.</source>
            <translation>Jedes gesendete und empfangene Datagramm nach FILE schreiben: pcapng für Wireshark und tshark oder, wenn FILE auf .json oder .csv endet, JSON (ein Objekt pro Datagramm) oder CSV.</translation>
        </message>
        <message>
            <source>How the trace shows DTLS (coaps://): "decrypted" (the default), the CoAP inside; or "records", the encrypted records with the session keys embedded, which Wireshark decrypts (ChaCha20 suites are then offered last: Wireshark cannot decrypt them in DTLS).</source>
            <translation>Wie der Mitschnitt DTLS (coaps://) zeigt: "decrypted" (die Vorgabe), das CoAP darin; oder "records", die verschlüsselten Records mit eingebetteten Sitzungsschlüsseln, die Wireshark entschlüsselt (ChaCha20-Suiten werden dann zuletzt angeboten: Wireshark kann sie in DTLS nicht entschlüsseln).</translation>
        </message>
        <message>
            <source>--trace-out takes a file name</source>
            <translation>--trace-out nimmt einen Dateinamen</translation>
        </message>
        <message>
            <source>--trace-dtls takes "decrypted" or "records", not "%1"</source>
            <translation>--trace-dtls nimmt "decrypted" oder "records", nicht "%1"</translation>
        </message>
        <message>
            <source>--trace-dtls goes with --trace-out</source>
            <translation>--trace-dtls gehört zu --trace-out</translation>
        </message>
        <message>
            <source>--trace-dtls records needs a pcapng trace; JSON and CSV hold the CoAP messages</source>
            <translation>--trace-dtls records braucht einen pcapng-Mitschnitt; JSON und CSV enthalten die CoAP-Nachrichten</translation>
        </message>
        <message>
            <source>--trace-dtls records is for coaps:// (DTLS); TLS traces are always decrypted</source>
            <translation>--trace-dtls records ist für coaps:// (DTLS); TLS-Mitschnitte sind immer entschlüsselt</translation>
        </message>
    </context>
    <context>
        <name>Translations</name>
        <message>
            <source>--lang takes a language code: %1</source>
            <translation>--lang nimmt einen Sprachcode: %1</translation>
        </message>
        <message>
            <source>CoapScope has no translation for "%1"; --lang takes one of %2</source>
            <translation>CoapScope hat keine Übersetzung für "%1"; --lang nimmt einen von %2</translation>
        </message>
    </context>
    <context>
        <name>UriErrorText</name>
        <message>
            <source>the URI is empty</source>
            <translation>die URI ist leer</translation>
        </message>
        <message>
            <source>a URI starts with coap://, coaps://, coap+tcp:// or coaps+tcp://</source>
            <translation>eine URI beginnt mit coap://, coaps://, coap+tcp:// oder coaps+tcp://</translation>
        </message>
        <message>
            <source>the scheme must be coap, coaps, coap+tcp or coaps+tcp</source>
            <translation>das Schema muss coap, coaps, coap+tcp oder coaps+tcp sein</translation>
        </message>
        <message>
            <source>"//" and a host must follow the scheme</source>
            <translation>auf das Schema müssen "//" und ein Host folgen</translation>
        </message>
        <message>
            <source>CoAP URIs carry no user name ("user@host")</source>
            <translation>CoAP-URIs enthalten keinen Benutzernamen ("user@host")</translation>
        </message>
        <message>
            <source>the host is missing</source>
            <translation>der Host fehlt</translation>
        </message>
        <message>
            <source>the bracketed host is not a valid IPv6 address</source>
            <translation>der Host in eckigen Klammern ist keine gültige IPv6-Adresse</translation>
        </message>
        <message>
            <source>the port must be a number from 0 to 65535</source>
            <translation>der Port muss eine Zahl von 0 bis 65535 sein</translation>
        </message>
        <message>
            <source>CoAP URIs cannot have a fragment ("#...")</source>
            <translation>CoAP-URIs können kein Fragment ("#...") haben</translation>
        </message>
        <message>
            <source>"%" must be followed by two hexadecimal digits</source>
            <translation>auf "%" müssen zwei Hexadezimalziffern folgen</translation>
        </message>
        <message>
            <source>this character must be percent-encoded</source>
            <translation>dieses Zeichen muss prozentkodiert werden</translation>
        </message>
        <message>
            <source>Uri-Path option %1 is "." or "..", which RFC 7252 forbids</source>
            <translation>Uri-Path-Option %1 ist "." oder "..", was RFC 7252 verbietet</translation>
        </message>
        <message>
            <source>character %1: %2</source>
            <translation>Zeichen %1: %2</translation>
        </message>
    </context>
    <context>
        <name>VerboseTrace</name>
        <message>
            <source> [retransmission %1]</source>
            <translation> [Sendewiederholung %1]</translation>
        </message>
        <message>
            <source> [duplicate]</source>
            <translation> [Duplikat]</translation>
        </message>
        <message>
            <source> [answer to a duplicate]</source>
            <translation> [Antwort auf ein Duplikat]</translation>
        </message>
        <message>
            <source> [reset]</source>
            <translation> [Reset]</translation>
        </message>
        <message>
            <source> [matches no exchange]</source>
            <translation> [passt zu keinem Austausch]</translation>
        </message>
        <message>
            <source>malformed: %1</source>
            <translation>fehlerhaft: %1</translation>
        </message>
    </context>
    <context>
        <name>VersionText</name>
        <message>
            <source>%1 %2
Qt %3 (built with %4)
%5
</source>
            <translation>%1 %2
Qt %3 (gebaut mit %4)
%5
</translation>
        </message>
    </context>
    <context>
        <name>coapscope::Appearance</name>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;System</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
    </context>
    <context>
        <name>coapscope::CertificateSummary</name>
        <message>
            <source>Subject:</source>
            <translation>Inhaber:</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>Aussteller:</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Gültig:</translation>
        </message>
        <message>
            <source>SHA-256:</source>
            <translation>SHA-256:</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>Namen:</translation>
        </message>
        <message>
            <source>Chain:</source>
            <translation>Kette:</translation>
        </message>
        <message>
            <source>No certificate chosen.</source>
            <translation>Kein Zertifikat gewählt.</translation>
        </message>
        <message>
            <source>No certificate in the file.</source>
            <translation>Kein Zertifikat in der Datei.</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>this certificate only</source>
            <translation>nur dieses Zertifikat</translation>
        </message>
        <message numerus="yes">
            <source>%n more certificate(s) after this one</source>
            <translation>
                <numerusform>%n weiteres Zertifikat nach diesem</numerusform>
                <numerusform>%n weitere Zertifikate nach diesem</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>coapscope::ContentFormatBox</name>
        <message>
            <source>none</source>
            <translation>keins</translation>
        </message>
        <message>
            <source>"%1" is not a Content-Format: give a number from 0 to 65535, a media type or a short name such as json or cbor</source>
            <translation>„%1“ ist kein Content-Format: Geben Sie eine Zahl von 0 bis 65535, einen Medientyp oder einen Kurznamen wie json oder cbor an</translation>
        </message>
    </context>
    <context>
        <name>coapscope::DecoderPanel</name>
        <message>
            <source>Paste message bytes as hex, e.g. 40 01 04 d2 b4 74 65 6d 70</source>
            <translation>Nachrichtenbytes als Hex einfügen, z. B. 40 01 04 d2 b4 74 65 6d 70</translation>
        </message>
        <message>
            <source>Message bytes in hexadecimal</source>
            <translation>Nachrichtenbytes hexadezimal</translation>
        </message>
        <message>
            <source>Datagram (UDP, DTLS)</source>
            <translation>Datagramm (UDP, DTLS)</translation>
        </message>
        <message>
            <source>Stream frames (TCP, TLS)</source>
            <translation>Stream-Frames (TCP, TLS)</translation>
        </message>
        <message>
            <source>Framing</source>
            <translation>Rahmung</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Decoded message</source>
            <translation>Decodierte Nachricht</translation>
        </message>
        <message>
            <source>Decoder status</source>
            <translation>Zustand des Decoders</translation>
        </message>
        <message>
            <source>&amp;Bytes:</source>
            <translation>&amp;Bytes:</translation>
        </message>
        <message>
            <source>&amp;Framing:</source>
            <translation>&amp;Rahmung:</translation>
        </message>
        <message>
            <source>Nothing to decode yet.</source>
            <translation>Noch nichts zu decodieren.</translation>
        </message>
        <message>
            <source>Not hex: %1</source>
            <translation>Kein Hex: %1</translation>
        </message>
        <message>
            <source>Malformed: %1</source>
            <translation>Fehlerhaft: %1</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message numerus="yes">
            <source>Decoded %n byte(s).</source>
            <translation>
                <numerusform>%n Byte decodiert.</numerusform>
                <numerusform>%n Bytes decodiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Frame %1</source>
            <translation>Frame %1</translation>
        </message>
        <message numerus="yes">
            <source>Byte %1: the last frame is incomplete (%n byte(s) present).</source>
            <translation>
                <numerusform>Byte %1: Der letzte Frame ist unvollständig (%n Byte vorhanden).</numerusform>
                <numerusform>Byte %1: Der letzte Frame ist unvollständig (%n Bytes vorhanden).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Decoded %n frame(s).</source>
            <translation>
                <numerusform>%n Frame decodiert.</numerusform>
                <numerusform>%n Frames decodiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Message ID</source>
            <translation>Nachrichten-ID</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keins)</translation>
        </message>
        <message numerus="yes">
            <source>Payload (%n byte(s))</source>
            <translation>
                <numerusform>Nutzdaten (%n Byte)</numerusform>
                <numerusform>Nutzdaten (%n Bytes)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>coapscope::DelayQueueModel</name>
        <message>
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Waiting for</source>
            <translation>Wartet auf</translation>
        </message>
    </context>
    <context>
        <name>coapscope::FaultInjectionDialog</name>
        <message>
            <source>Fault Injection</source>
            <translation>Fehlerinjektion</translation>
        </message>
        <message>
            <source>Outgoing datagrams of %1 are lost, sent twice or held back, to watch retransmission and deduplication at work.</source>
            <translation>Ausgehende Datagramme von %1 gehen verloren, werden doppelt gesendet oder zurückgehalten, um Sendewiederholung und Duplikaterkennung bei der Arbeit zu sehen.</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>Drop rate</source>
            <translation>Verlustrate</translation>
        </message>
        <message>
            <source>Duplicate rate</source>
            <translation>Duplikatrate</translation>
        </message>
        <message>
            <source>Delay</source>
            <translation>Verzögerung</translation>
        </message>
        <message>
            <source>&amp;Drop:</source>
            <translation>&amp;Verwerfen:</translation>
        </message>
        <message>
            <source>D&amp;uplicate:</source>
            <translation>&amp;Duplizieren:</translation>
        </message>
        <message>
            <source>De&amp;lay:</source>
            <translation>V&amp;erzögern:</translation>
        </message>
    </context>
    <context>
        <name>coapscope::FilePicker</name>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>No file</source>
            <translation>Keine Datei</translation>
        </message>
        <message>
            <source>No directory</source>
            <translation>Kein Verzeichnis</translation>
        </message>
        <message>
            <source>Choose %1</source>
            <translation>%1 wählen</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ImportPortsDialog</name>
        <message>
            <source>Import Trace</source>
            <translation>Mitschnitt importieren</translation>
        </message>
        <message>
            <source>CoAP is decoded on UDP port 5683, TCP ports 5683 and 5684, and wherever CoapScope's own captures say it is. Name other ports if %1 uses them.</source>
            <translation>CoAP wird auf UDP-Port 5683, den TCP-Ports 5683 und 5684 und überall dort decodiert, wo CoapScopes eigene Mitschnitte es ausweisen. Nennen Sie weitere Ports, falls %1 sie nutzt.</translation>
        </message>
        <message>
            <source>for example 15683, 25683</source>
            <translation>zum Beispiel 15683, 25683</translation>
        </message>
        <message>
            <source>Extra CoAP ports</source>
            <translation>Zusätzliche CoAP-Ports</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Also decode UDP/TCP &amp;ports:</source>
            <translation>Auch UDP/TCP-&amp;Ports decodieren:</translation>
        </message>
    </context>
    <context>
        <name>coapscope::KeyStorageEditor</name>
        <message>
            <source>Keep Keys in the Profile &amp;File</source>
            <translation>Schlüssel in der Profil&amp;datei ablegen</translation>
        </message>
        <message>
            <source>&amp;Ask for Keys When Connecting</source>
            <translation>Schlüssel beim Verbinden &amp;abfragen</translation>
        </message>
        <message>
            <source>In the system keychain</source>
            <translation>Im Schlüsselbund des Systems</translation>
        </message>
        <message>
            <source>In the profile file, in plain text</source>
            <translation>In der Profildatei, im Klartext</translation>
        </message>
        <message>
            <source>Not stored: asked for when connecting</source>
            <translation>Nicht gespeichert: beim Verbinden abgefragt</translation>
        </message>
        <message>
            <source>Where keys are kept</source>
            <translation>Ablageort der Schlüssel</translation>
        </message>
        <message>
            <source>Where the pre-shared key and a private key held in memory are kept between runs</source>
            <translation>Wo der Pre-Shared Key und ein im Speicher gehaltener privater Schlüssel zwischen Programmläufen aufbewahrt werden</translation>
        </message>
        <message>
            <source>Keep keys in the profile file</source>
            <translation>Schlüssel in der Profildatei ablegen</translation>
        </message>
        <message>
            <source>Ask for keys when connecting</source>
            <translation>Schlüssel beim Verbinden abfragen</translation>
        </message>
        <message>
            <source>The keys are kept in plain text in the profile file</source>
            <translation>Die Schlüssel stehen im Klartext in der Profildatei</translation>
        </message>
        <message>
            <source>The keys are not kept: Connect asks for them</source>
            <translation>Die Schlüssel werden nicht aufbewahrt: Verbinden fragt sie ab</translation>
        </message>
        <message>
            <source>&amp;Keys:</source>
            <translation>Sch&amp;lüssel:</translation>
        </message>
        <message>
            <source>In the system keychain (not available)</source>
            <translation>Im Schlüsselbund des Systems (nicht verfügbar)</translation>
        </message>
        <message>
            <source>Keys are kept in plain text in the profile file, readable by anyone who can read the file.</source>
            <translation>Schlüssel stehen im Klartext in der Profildatei, lesbar für jeden, der die Datei lesen kann.</translation>
        </message>
        <message>
            <source>No keychain is available: %1. Until there is one, the keys are asked for when connecting. Choose where this profile's keys go instead:</source>
            <translation>Kein Schlüsselbund verfügbar: %1. Bis es einen gibt, werden die Schlüssel beim Verbinden abgefragt. Wählen Sie, wo die Schlüssel dieses Profils stattdessen hinkommen:</translation>
        </message>
    </context>
    <context>
        <name>coapscope::LadderLayout</name>
        <message>
            <source>malformed</source>
            <translation>fehlerhaft</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>ping</source>
            <translation>Ping</translation>
        </message>
        <message>
            <source>MID 0x%1</source>
            <translation>MID 0x%1</translation>
        </message>
        <message>
            <source>token %1</source>
            <translation>Token %1</translation>
        </message>
        <message>
            <source>Obs register</source>
            <translation>Obs anmelden</translation>
        </message>
        <message>
            <source>Obs deregister</source>
            <translation>Obs abmelden</translation>
        </message>
        <message>
            <source>Obs %1</source>
            <translation>Obs %1</translation>
        </message>
        <message>
            <source>block %1/%2</source>
            <translation>Block %1/%2</translation>
        </message>
        <message>
            <source>block %1</source>
            <translation>Block %1</translation>
        </message>
        <message>
            <source>separate response</source>
            <translation>separate Antwort</translation>
        </message>
        <message>
            <source>retransmission %1</source>
            <translation>Sendewiederholung %1</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>Duplikat</translation>
        </message>
        <message>
            <source>%1 (+%2 s)</source>
            <translation>%1 (+%2 s)</translation>
        </message>
        <message>
            <source>Sent to %1</source>
            <translation>Gesendet an %1</translation>
        </message>
        <message>
            <source>Received from %1</source>
            <translation>Empfangen von %1</translation>
        </message>
        <message>
            <source>Malformed: %1</source>
            <translation>Fehlerhaft: %1</translation>
        </message>
        <message>
            <source>Engine: %1</source>
            <translation>Engine: %1</translation>
        </message>
        <message>
            <source>Answered by %1 after %2 ms</source>
            <translation>Beantwortet mit %1 nach %2 ms</translation>
        </message>
        <message>
            <source>First response after %1 ms</source>
            <translation>Erste Antwort nach %1 ms</translation>
        </message>
        <message>
            <source>%1 ms after the first transmission</source>
            <translation>%1 ms nach dem ersten Senden</translation>
        </message>
        <message>
            <source>Block-wise transfer #%1</source>
            <translation>Blockweise Übertragung #%1</translation>
        </message>
    </context>
    <context>
        <name>coapscope::LadderPanel</name>
        <message>
            <source>Session shown in the ladder diagram</source>
            <translation>Im Ablaufdiagramm gezeigte Sitzung</translation>
        </message>
        <message>
            <source>No sessions yet</source>
            <translation>Noch keine Sitzungen</translation>
        </message>
        <message>
            <source>Se&amp;ssion:</source>
            <translation>Si&amp;tzung:</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Vergrößern</translation>
        </message>
        <message>
            <source>Zoom in (+, or Ctrl+wheel about the mouse)</source>
            <translation>Vergrößern (+ oder Strg+Mausrad um den Mauszeiger)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation>Verkleinern (-)</translation>
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation>&amp;Einpassen</translation>
        </message>
        <message>
            <source>Fit the whole session into the view</source>
            <translation>Die ganze Sitzung in die Ansicht einpassen</translation>
        </message>
        <message>
            <source>Ctrl+0</source>
            <translation>Ctrl+0</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
        <message>
            <source>Session %1 · %2 %3 ⇄ %4</source>
            <translation>Sitzung %1 · %2 %3 ⇄ %4</translation>
        </message>
        <message>
            <source>request</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <source>response</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>ACK, ping, signaling</source>
            <translation>ACK, Ping, Signalisierung</translation>
        </message>
        <message>
            <source>RST, malformed</source>
            <translation>RST, fehlerhaft</translation>
        </message>
        <message>
            <source>retransmission and its timeout</source>
            <translation>Sendewiederholung und ihr Timeout</translation>
        </message>
        <message>
            <source>CON and its ACK</source>
            <translation>CON und sein ACK</translation>
        </message>
        <message>
            <source>request and separate response</source>
            <translation>Anfrage und separate Antwort</translation>
        </message>
        <message>
            <source>block-wise transfer</source>
            <translation>blockweise Übertragung</translation>
        </message>
    </context>
    <context>
        <name>coapscope::LadderView</name>
        <message>
            <source>Ladder diagram</source>
            <translation>Ablaufdiagramm</translation>
        </message>
        <message>
            <source>The datagrams of one session as arrows between this side and the peer, time flowing down. Up and Down select the previous or next datagram.</source>
            <translation>Die Datagramme einer Sitzung als Pfeile zwischen dieser Seite und dem Peer, die Zeit läuft nach unten. Auf und Ab wählen das vorige oder nächste Datagramm.</translation>
        </message>
        <message>
            <source>Choose a session to see its datagrams as a ladder diagram.</source>
            <translation>Wählen Sie eine Sitzung, um ihre Datagramme als Ablaufdiagramm zu sehen.</translation>
        </message>
        <message>
            <source>No datagrams in this session yet.</source>
            <translation>Noch keine Datagramme in dieser Sitzung.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::LinkFormatTableModel</name>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>The link target (URI reference)</source>
            <translation>Das Linkziel (URI-Referenz)</translation>
        </message>
        <message>
            <source>Resource type</source>
            <translation>Ressourcentyp</translation>
        </message>
        <message>
            <source>Interface description</source>
            <translation>Schnittstellenbeschreibung</translation>
        </message>
        <message>
            <source>Content-Format</source>
            <translation>Content-Format</translation>
        </message>
        <message>
            <source>Size estimate in bytes</source>
            <translation>Geschätzte Größe in Bytes</translation>
        </message>
        <message>
            <source>Observable</source>
            <translation>Beobachtbar</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Relation type</source>
            <translation>Relationstyp</translation>
        </message>
        <message>
            <source>Context URI</source>
            <translation>Kontext-URI</translation>
        </message>
    </context>
    <context>
        <name>coapscope::LocalServerPanel</name>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>Sto&amp;ppen</translation>
        </message>
        <message>
            <source>Endpoints</source>
            <translation>Endpunkte</translation>
        </message>
        <message>
            <source>Listen on %1</source>
            <translation>Auf %1 lauschen</translation>
        </message>
        <message>
            <source>any free port</source>
            <translation>freier Port</translation>
        </message>
        <message>
            <source>%1 port</source>
            <translation>%1-Port</translation>
        </message>
        <message>
            <source>Listening address</source>
            <translation>Lauschadresse</translation>
        </message>
        <message>
            <source>Server security</source>
            <translation>Server-Sicherheit</translation>
        </message>
        <message>
            <source>Edit the server's security</source>
            <translation>Sicherheit des Servers bearbeiten</translation>
        </message>
        <message>
            <source>Start the demo server</source>
            <translation>Demo-Server starten</translation>
        </message>
        <message>
            <source>Stop the demo server</source>
            <translation>Demo-Server stoppen</translation>
        </message>
        <message>
            <source>Demo server status</source>
            <translation>Zustand des Demo-Servers</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>pre-shared keys</source>
            <translation>Pre-Shared Keys</translation>
        </message>
        <message>
            <source>pre-shared keys, hint "%1"</source>
            <translation>Pre-Shared Keys, Hinweis „%1“</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>Zertifikat</translation>
        </message>
        <message>
            <source>DTLS and TLS: no security set yet</source>
            <translation>DTLS und TLS: noch keine Sicherheit eingestellt</translation>
        </message>
        <message>
            <source>DTLS and TLS use %1.</source>
            <translation>DTLS und TLS nutzen %1.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> und </translation>
        </message>
        <message>
            <source>"%1" is not an IP address; use one such as 127.0.0.1 or ::1.</source>
            <translation>„%1“ ist keine IP-Adresse; nehmen Sie eine wie 127.0.0.1 oder ::1.</translation>
        </message>
        <message>
            <source>Choose at least one endpoint to listen on.</source>
            <translation>Wählen Sie mindestens einen Endpunkt zum Lauschen.</translation>
        </message>
        <message>
            <source>Demo server stopped</source>
            <translation>Demo-Server gestoppt</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Gestoppt</translation>
        </message>
        <message>
            <source>Serving %1</source>
            <translation>Bedient %1</translation>
        </message>
        <message>
            <source>Server Securit&amp;y…</source>
            <translation>Server-Sicherh&amp;eit…</translation>
        </message>
    </context>
    <context>
        <name>coapscope::LogModel</name>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
    </context>
    <context>
        <name>coapscope::LogPanel</name>
        <message>
            <source>All messages</source>
            <translation>Alle Meldungen</translation>
        </message>
        <message>
            <source>Warnings and errors</source>
            <translation>Warnungen und Fehler</translation>
        </message>
        <message>
            <source>Errors only</source>
            <translation>Nur Fehler</translation>
        </message>
        <message>
            <source>Log level</source>
            <translation>Protokollstufe</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;Leeren</translation>
        </message>
        <message>
            <source>Clear the log</source>
            <translation>Protokoll leeren</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>A&amp;nzeigen:</translation>
        </message>
    </context>
    <context>
        <name>coapscope::MainWindow</name>
        <message>
            <source>CoapScope</source>
            <translation>CoapScope</translation>
        </message>
        <message>
            <source>Workspace tabs</source>
            <translation>Reiter des Arbeitsbereichs</translation>
        </message>
        <message>
            <source>&amp;Request</source>
            <translation>Anf&amp;rage</translation>
        </message>
        <message>
            <source>Reso&amp;urces</source>
            <translation>Ress&amp;ourcen</translation>
        </message>
        <message>
            <source>Observ&amp;ations</source>
            <translation>&amp;Beobachtungen</translation>
        </message>
        <message>
            <source>&amp;Decoder</source>
            <translation>De&amp;coder</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>Session Details</source>
            <translation>Sitzungsdetails</translation>
        </message>
        <message>
            <source>Local Server</source>
            <translation>Lokaler Server</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Session count</source>
            <translation>Anzahl der Sitzungen</translation>
        </message>
        <message>
            <source>Cannot send to %1: %2</source>
            <translation>Senden an %1 nicht möglich: %2</translation>
        </message>
        <message>
            <source>%1: %2 in %3 ms</source>
            <translation>%1: %2 in %3 ms</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Demo server</source>
            <translation>Demo-Server</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New Session…</source>
            <translation>&amp;Neue Sitzung…</translation>
        </message>
        <message>
            <source>Open a client session (coap_new_client_session)</source>
            <translation>Eine Client-Sitzung öffnen (coap_new_client_session)</translation>
        </message>
        <message>
            <source>&amp;Capture Traffic</source>
            <translation>Verkehr &amp;mitschneiden</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>Keep every datagram of every session, to export as a trace</source>
            <translation>Jedes Datagramm jeder Sitzung aufbewahren, um es als Mitschnitt zu exportieren</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sitzung</translation>
        </message>
        <message>
            <source>Ctrl++</source>
            <translation>Ctrl++</translation>
        </message>
        <message>
            <source>Ctrl+-</source>
            <translation>Ctrl+-</translation>
        </message>
        <message>
            <source>Se&amp;curity</source>
            <translation>S&amp;icherheit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About CoapScope</source>
            <translation>&amp;Über CoapScope</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Werkzeugleiste</translation>
        </message>
        <message>
            <source>New Session</source>
            <translation>Neue Sitzung</translation>
        </message>
        <message>
            <source>Server URI (coap://, coaps://, coap+tcp:// or coaps+tcp://):</source>
            <translation>Server-URI (coap://, coaps://, coap+tcp:// oder coaps+tcp://):</translation>
        </message>
        <message>
            <source>That is not a CoAP URI: %1</source>
            <translation>Das ist keine CoAP-URI: %1</translation>
        </message>
        <message>
            <source>Cannot open a session: %1</source>
            <translation>Sitzung kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>Some saved settings were unusable; RFC 7252's defaults apply instead.</source>
            <translation>Einige gespeicherte Einstellungen waren unbrauchbar; stattdessen gelten die Vorgaben aus RFC 7252.</translation>
        </message>
        <message>
            <source>Settings saved; they apply to sessions opened from now on.</source>
            <translation>Einstellungen gespeichert; sie gelten für Sitzungen, die ab jetzt geöffnet werden.</translation>
        </message>
        <message>
            <source>Capturing the traffic of every session.</source>
            <translation>Der Verkehr aller Sitzungen wird mitgeschnitten.</translation>
        </message>
        <message numerus="yes">
            <source>Capture stopped: %n datagram(s) kept.</source>
            <translation>
                <numerusform>Mitschnitt beendet: %n Datagramm aufbewahrt.</numerusform>
                <numerusform>Mitschnitt beendet: %n Datagramme aufbewahrt.</numerusform>
            </translation>
        </message>
        <message>
            <source>demo server stopped</source>
            <translation>Demo-Server gestoppt</translation>
        </message>
        <message>
            <source>demo server at %1</source>
            <translation>Demo-Server unter %1</translation>
        </message>
        <message>
            <source>demo server running</source>
            <translation>Demo-Server läuft</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) · %1</source>
            <translation>
                <numerusform>%n Sitzung · %1</numerusform>
                <numerusform>%n Sitzungen · %1</numerusform>
            </translation>
        </message>
        <message>
            <source>About CoapScope</source>
            <translation>Über CoapScope</translation>
        </message>
        <message>
            <source>&lt;h3&gt;CoapScope %1&lt;/h3&gt;&lt;p&gt;Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Licensed under the BSD 2-Clause license.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;CoapScope %1&lt;/h3&gt;&lt;p&gt;CoAP-Sitzungen über UDP, DTLS, TCP und TLS erkunden und debuggen.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Lizenziert unter der BSD-2-Clause-Lizenz.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Timeli&amp;ne</source>
            <translation>&amp;Zeitleiste</translation>
        </message>
        <message>
            <source>Trac&amp;e</source>
            <translation>&amp;Mitschnitt</translation>
        </message>
        <message>
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
    </context>
    <context>
        <name>coapscope::MessageOptionsModel</name>
        <message>
            <source>No value bytes</source>
            <translation>Keine Wertbytes</translation>
        </message>
        <message>
            <source>Raw value: %1</source>
            <translation>Rohwert: %1</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Option</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
    </context>
    <context>
        <name>coapscope::MessageSizeEditor</name>
        <message>
            <source>MTU</source>
            <translation>MTU</translation>
        </message>
        <message>
            <source>The largest datagram of the session in bytes (%1 to %2), IP and UDP headers excluded; empty for the default</source>
            <translation>Das größte Datagramm der Sitzung in Bytes (%1 bis %2), ohne IP- und UDP-Header; leer für die Vorgabe</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 Bytes</translation>
        </message>
        <message>
            <source>Block size</source>
            <translation>Blockgröße</translation>
        </message>
        <message>
            <source>The block size the request composer starts with for block-wise transfers (RFC 7959)</source>
            <translation>Die Blockgröße, mit der der Anfrage-Editor blockweise Übertragungen beginnt (RFC 7959)</translation>
        </message>
        <message>
            <source>&amp;MTU:</source>
            <translation>&amp;MTU:</translation>
        </message>
        <message>
            <source>&amp;Block size:</source>
            <translation>Block&amp;größe:</translation>
        </message>
        <message>
            <source>The MTU must be a whole number from %1 to %2 bytes.</source>
            <translation>Die MTU muss eine ganze Zahl von %1 bis %2 Bytes sein.</translation>
        </message>
        <message>
            <source>Default (File ▸ Settings)</source>
            <translation>Vorgabe (Datei ▸ Einstellungen)</translation>
        </message>
    </context>
    <context>
        <name>coapscope::NotificationModel</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>stale: older than one already shown</source>
            <translation>veraltet: älter als eine bereits gezeigte</translation>
        </message>
        <message>
            <source>Sequence</source>
            <translation>Sequenz</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Eingetroffen</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Payload</source>
            <translation>Nutzdaten</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ObservePanel</name>
        <message>
            <source>&amp;Stop Observing</source>
            <translation>Beobachtung &amp;beenden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Send a GET with Observe ticked to watch a resource here.</source>
            <translation>Senden Sie ein GET mit angehaktem Observe, um eine Ressource hier zu beobachten.</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Beobachtungen</translation>
        </message>
        <message>
            <source>Stop observing: deregister with the server</source>
            <translation>Beobachtung beenden: beim Server abmelden</translation>
        </message>
        <message>
            <source>Cancel the observation at once</source>
            <translation>Beobachtung sofort abbrechen</translation>
        </message>
        <message>
            <source>Remove the observation from the list</source>
            <translation>Beobachtung aus der Liste entfernen</translation>
        </message>
        <message>
            <source>waiting for the first notification</source>
            <translation>wartet auf die erste Benachrichtigung</translation>
        </message>
        <message>
            <source>Notifications of %1</source>
            <translation>Benachrichtigungen von %1</translation>
        </message>
        <message>
            <source>observing</source>
            <translation>beobachtet</translation>
        </message>
        <message>
            <source>ended: %1</source>
            <translation>beendet: %1</translation>
        </message>
        <message>
            <source>ended with %1</source>
            <translation>beendet mit %1</translation>
        </message>
        <message numerus="yes">
            <source>%1
%n notification(s), %2</source>
            <translation>
                <numerusform>%1
%n Benachrichtigung, %2</numerusform>
                <numerusform>%1
%n Benachrichtigungen, %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>coapscope::OptionsDelegate</name>
        <message>
            <source>name or number</source>
            <translation>Name oder Nummer</translation>
        </message>
        <message>
            <source>Option name or number</source>
            <translation>Name oder Nummer der Option</translation>
        </message>
        <message>
            <source>Option value</source>
            <translation>Wert der Option</translation>
        </message>
    </context>
    <context>
        <name>coapscope::OptionsEditor</name>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Request options</source>
            <translation>Optionen der Anfrage</translation>
        </message>
        <message>
            <source>One option per row: a name or number, and its value. Values starting with 0x are raw bytes.</source>
            <translation>Eine Option pro Zeile: Name oder Nummer und ihr Wert. Werte, die mit 0x beginnen, sind rohe Bytes.</translation>
        </message>
        <message>
            <source>Add option</source>
            <translation>Option hinzufügen</translation>
        </message>
        <message>
            <source>Remove selected options</source>
            <translation>Ausgewählte Optionen entfernen</translation>
        </message>
        <message>
            <source>Problem with the options</source>
            <translation>Problem mit den Optionen</translation>
        </message>
        <message>
            <source>Remove option</source>
            <translation>Option entfernen</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>Add opt&amp;ion</source>
            <translation>Option hin&amp;zufügen</translation>
        </message>
    </context>
    <context>
        <name>coapscope::OptionsTableModel</name>
        <message>
            <source>%1 is option %2</source>
            <translation>%1 ist Option %2</translation>
        </message>
        <message>
            <source>Option %1 is not registered</source>
            <translation>Option %1 ist nicht registriert</translation>
        </message>
        <message>
            <source>OK: %1</source>
            <translation>OK: %1</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Option</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
    </context>
    <context>
        <name>coapscope::PayloadEditor</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>Durch&amp;suchen…</translation>
        </message>
        <message>
            <source>Text (UTF-8)</source>
            <translation>Text (UTF-8)</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>Hex bytes</source>
            <translation>Hex-Bytes</translation>
        </message>
        <message>
            <source>CBOR diagnostic notation</source>
            <translation>CBOR-Diagnosenotation</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Payload kind</source>
            <translation>Art der Nutzdaten</translation>
        </message>
        <message>
            <source>Payload</source>
            <translation>Nutzdaten</translation>
        </message>
        <message>
            <source>Payload file</source>
            <translation>Nutzdatendatei</translation>
        </message>
        <message>
            <source>Path of the file to send</source>
            <translation>Pfad der zu sendenden Datei</translation>
        </message>
        <message>
            <source>Choose the payload file</source>
            <translation>Nutzdatendatei wählen</translation>
        </message>
        <message>
            <source>Problem with the payload</source>
            <translation>Problem mit den Nutzdaten</translation>
        </message>
        <message>
            <source>Payload size</source>
            <translation>Größe der Nutzdaten</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Ar&amp;t:</translation>
        </message>
        <message>
            <source>Text to send, as UTF-8</source>
            <translation>Zu sendender Text, als UTF-8</translation>
        </message>
        <message>
            <source>{"temperature": 21.5, "unit": "Cel"}</source>
            <translation>{"temperature": 21.5, "unit": "Cel"}</translation>
        </message>
        <message>
            <source>Bytes in hex, e.g. 01 02 ff or 0x0102ff</source>
            <translation>Bytes in Hex, z. B. 01 02 ff oder 0x0102ff</translation>
        </message>
        <message>
            <source>CBOR in diagnostic notation, e.g. {1: "text", 2: h'01ff', 3: [1.5, true, null]}</source>
            <translation>CBOR in Diagnosenotation, z. B. {1: "text", 2: h'01ff', 3: [1.5, true, null]}</translation>
        </message>
        <message>
            <source>Payload File</source>
            <translation>Nutzdatendatei</translation>
        </message>
        <message>
            <source>The file %1 does not exist.</source>
            <translation>Die Datei %1 existiert nicht.</translation>
        </message>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 ist keine Datei.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>Die Datei %1 kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MiB.</source>
            <translation>Die Datei ist größer als %1 MiB.</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Not hex: %1</source>
            <translation>Kein Hex: %1</translation>
        </message>
        <message>
            <source>Not CBOR diagnostic notation: %1</source>
            <translation>Keine CBOR-Diagnosenotation: %1</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>coapscope::PayloadView</name>
        <message>
            <source>Payload summary</source>
            <translation>Zusammenfassung der Nutzdaten</translation>
        </message>
        <message>
            <source>Problem with the payload</source>
            <translation>Problem mit den Nutzdaten</translation>
        </message>
        <message>
            <source>Payload views</source>
            <translation>Ansichten der Nutzdaten</translation>
        </message>
        <message>
            <source>Payload as text</source>
            <translation>Nutzdaten als Text</translation>
        </message>
        <message>
            <source>Payload in hexadecimal</source>
            <translation>Nutzdaten hexadezimal</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Payload image</source>
            <translation>Nutzdaten als Bild</translation>
        </message>
        <message>
            <source>Rendered</source>
            <translation>Dargestellt</translation>
        </message>
        <message>
            <source>Hex</source>
            <translation>Hex</translation>
        </message>
        <message>
            <source>No payload.</source>
            <translation>Keine Nutzdaten.</translation>
        </message>
        <message>
            <source>No payload (%1).</source>
            <translation>Keine Nutzdaten (%1).</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>CBOR</source>
            <translation>CBOR</translation>
        </message>
        <message>
            <source>XML</source>
            <translation>XML</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>The payload cannot be read as %1.</source>
            <translation>Die Nutzdaten lassen sich nicht als %1 lesen.</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n byte(s)</source>
            <translation>
                <numerusform>%1, %n Byte</numerusform>
                <numerusform>%1, %n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>, %1</source>
            <translation>, %1</translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 Pixel</translation>
        </message>
        <message numerus="yes">
            <source>… %n more byte(s) not shown</source>
            <translation>
                <numerusform>… %n weiteres Byte nicht angezeigt</numerusform>
                <numerusform>… %n weitere Bytes nicht angezeigt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>coapscope::PkiDialog</name>
        <message>
            <source>Certificates of the Server</source>
            <translation>Zertifikate des Servers</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Zertifikate</translation>
        </message>
        <message>
            <source>Server c&amp;ertificate</source>
            <translation>&amp;Server-Zertifikat</translation>
        </message>
        <message>
            <source>Clie&amp;nt certificate</source>
            <translation>&amp;Client-Zertifikat</translation>
        </message>
        <message>
            <source>&amp;Trust</source>
            <translation>&amp;Vertrauen</translation>
        </message>
        <message>
            <source>&amp;Verification</source>
            <translation>&amp;Prüfung</translation>
        </message>
        <message>
            <source>Certificate settings</source>
            <translation>Zertifikatseinstellungen</translation>
        </message>
    </context>
    <context>
        <name>coapscope::PkiOwnPage</name>
        <message>
            <source>Certificate</source>
            <translation>Zertifikat</translation>
        </message>
        <message>
            <source>Private key</source>
            <translation>Privater Schlüssel</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer *.der)</source>
            <translation>Zertifikate (*.pem *.crt *.cer *.der)</translation>
        </message>
        <message>
            <source>Private keys (*.pem *.key *.der)</source>
            <translation>Private Schlüssel (*.pem *.key *.der)</translation>
        </message>
        <message>
            <source>The server presents this certificate to every client. PEM or DER; a PEM file may hold the chain after the certificate.</source>
            <translation>Der Server legt dieses Zertifikat jedem Client vor. PEM oder DER; eine PEM-Datei darf nach dem Zertifikat die Kette enthalten.</translation>
        </message>
        <message>
            <source>Optional: a certificate to present when the server asks for one. PEM or DER; a PEM file may hold the chain after the certificate.</source>
            <translation>Optional: ein Zertifikat, das vorgelegt wird, wenn der Server eines verlangt. PEM oder DER; eine PEM-Datei darf nach dem Zertifikat die Kette enthalten.</translation>
        </message>
        <message>
            <source>&amp;Certificate:</source>
            <translation>Zert&amp;ifikat:</translation>
        </message>
        <message>
            <source>Private &amp;key:</source>
            <translation>Privater &amp;Schlüssel:</translation>
        </message>
        <message>
            <source>The certificate</source>
            <translation>Das Zertifikat</translation>
        </message>
        <message>
            <source>Given by the program, not as a file</source>
            <translation>Vom Programm vorgegeben, nicht als Datei</translation>
        </message>
        <message>
            <source>No file</source>
            <translation>Keine Datei</translation>
        </message>
        <message>
            <source>No certificate chosen.</source>
            <translation>Kein Zertifikat gewählt.</translation>
        </message>
        <message>
            <source>A server needs a certificate: choose its file.</source>
            <translation>Ein Server braucht ein Zertifikat: Wählen Sie dessen Datei.</translation>
        </message>
        <message>
            <source>Choose the certificate this private key belongs to.</source>
            <translation>Wählen Sie das Zertifikat, zu dem dieser private Schlüssel gehört.</translation>
        </message>
        <message>
            <source>No certificate to show.</source>
            <translation>Kein Zertifikat anzuzeigen.</translation>
        </message>
        <message>
            <source>Choose the private key that belongs to the certificate.</source>
            <translation>Wählen Sie den privaten Schlüssel, der zum Zertifikat gehört.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::PkiTrustPage</name>
        <message>
            <source>CA file</source>
            <translation>CA-Datei</translation>
        </message>
        <message>
            <source>CA directory</source>
            <translation>CA-Verzeichnis</translation>
        </message>
        <message>
            <source>Check &amp;revocation</source>
            <translation>Sperrstatus p&amp;rüfen</translation>
        </message>
        <message>
            <source>Refuse peer certificates that a CRL lists as revoked.</source>
            <translation>Zertifikate der Gegenstelle ablehnen, die eine CRL als gesperrt führt.</translation>
        </message>
        <message>
            <source>Allow a missing &amp;CRL</source>
            <translation>Fehlende &amp;CRL erlauben</translation>
        </message>
        <message>
            <source>Accept a certificate whose CA has no CRL here.</source>
            <translation>Ein Zertifikat annehmen, für dessen CA hier keine CRL vorliegt.</translation>
        </message>
        <message>
            <source>Allow an e&amp;xpired CRL</source>
            <translation>A&amp;bgelaufene CRL erlauben</translation>
        </message>
        <message>
            <source>Use a CRL past its next-update time instead of failing.</source>
            <translation>Eine CRL nach ihrem Next-Update-Zeitpunkt verwenden, statt abzubrechen.</translation>
        </message>
        <message>
            <source>CRL file</source>
            <translation>CRL-Datei</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt)</source>
            <translation>Zertifikate (*.pem *.crt)</translation>
        </message>
        <message>
            <source>Certificate revocation lists (*.pem *.crl)</source>
            <translation>Zertifikatsperrlisten (*.pem *.crl)</translation>
        </message>
        <message>
            <source>Trusted certificate authorities</source>
            <translation>Vertrauenswürdige Zertifizierungsstellen</translation>
        </message>
        <message>
            <source>The peer's certificate must be issued by one of these. A PEM file may hold several; a directory is one made by openssl rehash.</source>
            <translation>Das Zertifikat der Gegenstelle muss von einer dieser Stellen ausgestellt sein. Eine PEM-Datei darf mehrere enthalten; ein Verzeichnis ist eines, das openssl rehash angelegt hat.</translation>
        </message>
        <message>
            <source>CA &amp;file:</source>
            <translation>CA-&amp;Datei:</translation>
        </message>
        <message>
            <source>CA &amp;directory:</source>
            <translation>CA-Ver&amp;zeichnis:</translation>
        </message>
        <message>
            <source>Revocation</source>
            <translation>Sperrung</translation>
        </message>
        <message>
            <source>CRL f&amp;ile:</source>
            <translation>CRL-Da&amp;tei:</translation>
        </message>
        <message>
            <source>Trusts %1</source>
            <translation>Vertraut %1</translation>
        </message>
        <message>
            <source>Verifying the peer needs a CA file or directory. Give one, turn verification off, or allow self-signed certificates.</source>
            <translation>Die Prüfung der Gegenstelle braucht eine CA-Datei oder ein CA-Verzeichnis. Geben Sie eines an, schalten Sie die Prüfung ab oder erlauben Sie selbstsignierte Zertifikate.</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 existiert nicht.</translation>
        </message>
        <message>
            <source>%1 is not a directory.</source>
            <translation>%1 ist kein Verzeichnis.</translation>
        </message>
        <message>
            <source>Checking revocation needs a CRL file (or a CA directory holding CRLs), or allowing a missing CRL.</source>
            <translation>Die Sperrprüfung braucht eine CRL-Datei (oder ein CA-Verzeichnis mit CRLs) oder die Erlaubnis, dass die CRL fehlen darf.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::PkiVerificationPage</name>
        <message>
            <source>Verify the &amp;peer's certificate</source>
            <translation>Zertifikat der &amp;Gegenstelle prüfen</translation>
        </message>
        <message>
            <source>Check that it leads to a trusted CA and is in date; off: accept any.</source>
            <translation>Prüfen, dass es zu einer vertrauenswürdigen CA führt und zeitlich gültig ist; aus: jedes annehmen.</translation>
        </message>
        <message>
            <source>Re&amp;quire a client certificate</source>
            <translation>Client-Zertifikat ver&amp;langen</translation>
        </message>
        <message>
            <source>Refuse clients that present no certificate.</source>
            <translation>Clients ablehnen, die kein Zertifikat vorlegen.</translation>
        </message>
        <message>
            <source>Allow &amp;self-signed certificates</source>
            <translation>&amp;Selbstsignierte Zertifikate erlauben</translation>
        </message>
        <message>
            <source>Accept a certificate that is its own issuer, without a CA.</source>
            <translation>Ein Zertifikat annehmen, das sein eigener Aussteller ist, ohne CA.</translation>
        </message>
        <message>
            <source>Allow &amp;expired certificates</source>
            <translation>&amp;Abgelaufene Zertifikate erlauben</translation>
        </message>
        <message>
            <source>Accept certificates that have expired or are not valid yet.</source>
            <translation>Zertifikate annehmen, die abgelaufen oder noch nicht gültig sind.</translation>
        </message>
        <message>
            <source>&amp;Limit the chain length</source>
            <translation>&amp;Kettenlänge begrenzen</translation>
        </message>
        <message>
            <source>Refuse chains with more intermediate CAs than allowed below.</source>
            <translation>Ketten mit mehr Zwischen-CAs als unten erlaubt ablehnen.</translation>
        </message>
        <message>
            <source>Intermediate CAs allowed</source>
            <translation>Erlaubte Zwischen-CAs</translation>
        </message>
        <message>
            <source>How many CAs may stand between the peer's certificate and the trusted CA</source>
            <translation>Wie viele CAs zwischen dem Zertifikat der Gegenstelle und der vertrauenswürdigen CA stehen dürfen</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Prüfungen</translation>
        </message>
        <message>
            <source>Intermediate &amp;CAs allowed:</source>
            <translation>Erlaubte Zwischen-&amp;CAs:</translation>
        </message>
        <message>
            <source>Expected server name</source>
            <translation>Erwarteter Servername</translation>
        </message>
        <message>
            <source>Any name</source>
            <translation>Beliebiger Name</translation>
        </message>
        <message>
            <source>Server name indication</source>
            <translation>Server Name Indication</translation>
        </message>
        <message>
            <source>None sent</source>
            <translation>Keine gesendet</translation>
        </message>
        <message>
            <source>Server name</source>
            <translation>Servername</translation>
        </message>
        <message>
            <source>The expected name must be among the certificate's names (host name or IP address). SNI is sent in the handshake so the server can pick its certificate (host names only).</source>
            <translation>Der erwartete Name muss unter den Namen des Zertifikats sein (Hostname oder IP-Adresse). SNI wird im Handshake gesendet, damit der Server sein Zertifikat wählen kann (nur Hostnamen).</translation>
        </message>
        <message>
            <source>E&amp;xpected name:</source>
            <translation>Erwarteter &amp;Name:</translation>
        </message>
        <message>
            <source>S&amp;NI:</source>
            <translation>SN&amp;I:</translation>
        </message>
        <message>
            <source>"%1" is neither a host name nor an IP address.</source>
            <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse.</translation>
        </message>
        <message>
            <source>SNI carries host names only, not addresses like %1.</source>
            <translation>SNI trägt nur Hostnamen, keine Adressen wie %1.</translation>
        </message>
        <message>
            <source>"%1" is not a host name.</source>
            <translation>„%1“ ist kein Hostname.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ProfileEditor</name>
        <message>
            <source>&amp;Pre-shared key</source>
            <translation>Pre-Shared &amp;Key</translation>
        </message>
        <message>
            <source>Edit &amp;key…</source>
            <translation>&amp;Schlüssel bearbeiten…</translation>
        </message>
        <message>
            <source>C&amp;ertificates</source>
            <translation>&amp;Zertifikate</translation>
        </message>
        <message>
            <source>Edit certi&amp;ficates…</source>
            <translation>Zertifikate &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>URI</source>
            <translation>URI</translation>
        </message>
        <message>
            <source>Present a pre-shared key to the server</source>
            <translation>Dem Server einen Pre-Shared Key vorlegen</translation>
        </message>
        <message>
            <source>Use certificates for the handshake</source>
            <translation>Zertifikate für den Handshake verwenden</translation>
        </message>
        <message>
            <source>U&amp;RI:</source>
            <translation>U&amp;RI:</translation>
        </message>
        <message>
            <source>Security (coaps:// and coaps+tcp://)</source>
            <translation>Sicherheit (coaps:// und coaps+tcp://)</translation>
        </message>
        <message>
            <source>%1 needs a pre-shared key or certificates.</source>
            <translation>%1 braucht einen Pre-Shared Key oder Zertifikate.</translation>
        </message>
        <message>
            <source>The pre-shared key has no identity yet: use Edit key.</source>
            <translation>Der Pre-Shared Key hat noch keine Identität: Nutzen Sie „Schlüssel bearbeiten“.</translation>
        </message>
        <message>
            <source>Not set yet.</source>
            <translation>Noch nicht gesetzt.</translation>
        </message>
        <message>
            <source>Identity "%1"; the key is asked for when connecting.</source>
            <translation>Identität „%1“; der Schlüssel wird beim Verbinden abgefragt.</translation>
        </message>
        <message numerus="yes">
            <source>Identity "%1" with a key of %n byte(s).</source>
            <translation>
                <numerusform>Identität „%1“ mit einem Schlüssel von %n Byte.</numerusform>
                <numerusform>Identität „%1“ mit einem Schlüssel von %n Bytes.</numerusform>
            </translation>
        </message>
        <message>
            <source>no client certificate</source>
            <translation>kein Client-Zertifikat</translation>
        </message>
        <message>
            <source>client certificate %1</source>
            <translation>Client-Zertifikat %1</translation>
        </message>
        <message>
            <source>the server's certificate is not verified</source>
            <translation>das Zertifikat des Servers wird nicht geprüft</translation>
        </message>
        <message>
            <source>trusting %1</source>
            <translation>vertraut %1</translation>
        </message>
        <message>
            <source>Identity "%1"; the key is read from the system keychain when connecting, or asked for if it is not there.</source>
            <translation>Identität „%1“; der Schlüssel wird beim Verbinden aus dem Schlüsselbund des Systems gelesen oder abgefragt, wenn er dort fehlt.</translation>
        </message>
        <message>
            <source>Message sizes and transmission parameters</source>
            <translation>Nachrichtengrößen und Übertragungsparameter</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ProfileLauncher</name>
        <message>
            <source>Connection &amp;Profiles…</source>
            <translation>&amp;Verbindungsprofile…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation>Ctrl+Shift+P</translation>
        </message>
        <message>
            <source>Saved URIs with their security and transmission parameters</source>
            <translation>Gespeicherte URIs mit ihren Sicherheits- und Übertragungsparametern</translation>
        </message>
        <message>
            <source>Connection profiles: %1</source>
            <translation>Verbindungsprofile: %1</translation>
        </message>
        <message>
            <source>Pre-Shared Key for %1</source>
            <translation>Pre-Shared Key für %1</translation>
        </message>
        <message>
            <source>Certificates for %1</source>
            <translation>Zertifikate für %1</translation>
        </message>
        <message>
            <source>Profile "%1": %2</source>
            <translation>Profil „%1“: %2</translation>
        </message>
        <message>
            <source>the MTU must be from %1 to %2 bytes, not %3</source>
            <translation>die MTU muss zwischen %1 und %2 Bytes liegen, nicht %3</translation>
        </message>
        <message>
            <source>the block size must be automatic or a power of two from 16 to 1024 bytes, not %1</source>
            <translation>die Blockgröße muss automatisch oder eine Zweierpotenz von 16 bis 1024 Bytes sein, nicht %1</translation>
        </message>
        <message>
            <source>cannot open a session: %1</source>
            <translation>Sitzung kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>Profile "%1": session %2 opened, MTU %3</source>
            <translation>Profil „%1“: Sitzung %2 geöffnet, MTU %3</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ProfileSecrets</name>
        <message>
            <source>Cannot keep the %1 of "%2" in the keychain</source>
            <translation>Im Schlüsselbund kann %1 von „%2“ nicht abgelegt werden</translation>
        </message>
        <message>
            <source>Cannot remove the %1 of "%2" from the keychain</source>
            <translation>Aus dem Schlüsselbund kann %1 von „%2“ nicht entfernt werden</translation>
        </message>
        <message>
            <source>Cannot move the %1 of "%2" to "%3" in the keychain</source>
            <translation>Im Schlüsselbund kann %1 von „%2“ nicht nach „%3“ verschoben werden</translation>
        </message>
        <message>
            <source>Cannot read the %1 of "%2" from the keychain: %3</source>
            <translation>Aus dem Schlüsselbund kann %1 von „%2“ nicht gelesen werden: %3</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ProfilesDialog</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Duplizieren</translation>
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation>&amp;Umbenennen</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xportieren</translation>
        </message>
        <message>
            <source>Move the file aside</source>
            <translation>Datei beiseitelegen</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <source>Connection Profiles</source>
            <translation>Verbindungsprofile</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Selected profile</source>
            <translation>Ausgewähltes Profil</translation>
        </message>
        <message>
            <source>Rename the file that could not be loaded to .broken and start afresh</source>
            <translation>Die Datei, die nicht geladen werden konnte, in .broken umbenennen und neu beginnen</translation>
        </message>
        <message>
            <source>Import Profiles</source>
            <translation>Profile importieren</translation>
        </message>
        <message>
            <source>CoapScope profiles (*.json)</source>
            <translation>CoapScope-Profile (*.json)</translation>
        </message>
        <message>
            <source>The file that could not be loaded is now %1.</source>
            <translation>Die Datei, die nicht geladen werden konnte, heißt jetzt %1.</translation>
        </message>
        <message>
            <source>Export the Selected Profile…</source>
            <translation>Ausgewähltes Profil exportieren…</translation>
        </message>
        <message>
            <source>Export Profile</source>
            <translation>Profil exportieren</translation>
        </message>
        <message>
            <source>Export All Profiles…</source>
            <translation>Alle Profile exportieren…</translation>
        </message>
        <message>
            <source>Export Profiles</source>
            <translation>Profile exportieren</translation>
        </message>
        <message>
            <source>Profi&amp;les:</source>
            <translation>&amp;Profile:</translation>
        </message>
        <message>
            <source>%1 The file is kept as it is, and changes are not saved until it is fixed or moved aside.</source>
            <translation>%1 Die Datei bleibt, wie sie ist, und Änderungen werden nicht gespeichert, bis sie repariert oder beiseitegelegt ist.</translation>
        </message>
        <message>
            <source>Select a profile first.</source>
            <translation>Wählen Sie zuerst ein Profil.</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Neues Profil</translation>
        </message>
        <message>
            <source>Delete Profile</source>
            <translation>Profil löschen</translation>
        </message>
        <message>
            <source>Delete the profile "%1"? This cannot be undone.</source>
            <translation>Das Profil „%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n profile(s) from %1.</source>
            <translation>
                <numerusform>%n Profil aus %1 importiert.</numerusform>
                <numerusform>%n Profile aus %1 importiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" is now "%2": that name was taken.</source>
            <translation>„%1“ heißt jetzt „%2“: Der Name war vergeben.</translation>
        </message>
        <message>
            <source>Include Keys (in Plain Text)</source>
            <translation>Schlüssel einschließen (im Klartext)</translation>
        </message>
        <message>
            <source>Exported files carry the pre-shared keys and private keys, readable by anyone who can read the file</source>
            <translation>Exportierte Dateien enthalten die Pre-Shared Keys und privaten Schlüssel, lesbar für jeden, der die Datei lesen kann</translation>
        </message>
        <message>
            <source>Export profiles</source>
            <translation>Profile exportieren</translation>
        </message>
        <message>
            <source>Export Keys</source>
            <translation>Schlüssel exportieren</translation>
        </message>
        <message>
            <source>The keys will be written to %1 in plain text: anyone who can read the file can use them. Export with the keys?</source>
            <translation>Die Schlüssel werden im Klartext nach %1 geschrieben: Jeder, der die Datei lesen kann, kann sie verwenden. Mit den Schlüsseln exportieren?</translation>
        </message>
        <message>
            <source>Reading the keys from the keychain…</source>
            <translation>Schlüssel werden aus dem Schlüsselbund gelesen…</translation>
        </message>
        <message>
            <source>Exported to %1 with the keys in plain text.</source>
            <translation>Nach %1 exportiert, mit den Schlüsseln im Klartext.</translation>
        </message>
        <message>
            <source>Exported to %1 without keys.</source>
            <translation>Nach %1 exportiert, ohne Schlüssel.</translation>
        </message>
        <message>
            <source>Import Keys</source>
            <translation>Schlüssel importieren</translation>
        </message>
        <message numerus="yes">
            <source>%n of the profiles in %1 carry keys. Where should they go?</source>
            <translation>
                <numerusform>%n der Profile in %1 enthält Schlüssel. Wohin sollen sie?</numerusform>
                <numerusform>%n der Profile in %1 enthalten Schlüssel. Wohin sollen sie?</numerusform>
            </translation>
        </message>
        <message>
            <source>Into the &amp;Keychain</source>
            <translation>In den &amp;Schlüsselbund</translation>
        </message>
        <message>
            <source>Into the &amp;Profile File</source>
            <translation>In die Pro&amp;fildatei</translation>
        </message>
        <message>
            <source>&amp;Leave Them Out</source>
            <translation>&amp;Weglassen</translation>
        </message>
        <message>
            <source>In the profile file they are kept in plain text. Left out, they are asked for when connecting.</source>
            <translation>In der Profildatei stehen sie im Klartext. Weggelassen, werden sie beim Verbinden abgefragt.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::PskDialog</name>
        <message>
            <source>Pre-Shared Key</source>
            <translation>Pre-Shared Key</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identität</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Hint the server sent</source>
            <translation>Vom Server gesendeter Hinweis</translation>
        </message>
        <message>
            <source>None received yet</source>
            <translation>Noch keiner empfangen</translation>
        </message>
        <message>
            <source>The identity and key the server knows this client by.</source>
            <translation>Identität und Schlüssel, unter denen der Server diesen Client kennt.</translation>
        </message>
        <message>
            <source>&amp;Identity:</source>
            <translation>&amp;Identität:</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Schlüssel:</translation>
        </message>
        <message>
            <source>Server's &amp;hint:</source>
            <translation>&amp;Hinweis des Servers:</translation>
        </message>
        <message>
            <source>The PSK identity hint the server sent in its last handshake, if any: it may say which identity to use.</source>
            <translation>Der PSK-Identitätshinweis, den der Server in seinem letzten Handshake gesendet hat, falls vorhanden: Er kann sagen, welche Identität zu verwenden ist.</translation>
        </message>
        <message>
            <source>Pre-Shared Keys of the Server</source>
            <translation>Pre-Shared Keys des Servers</translation>
        </message>
        <message>
            <source>Identity hint</source>
            <translation>Identitätshinweis</translation>
        </message>
        <message>
            <source>No hint</source>
            <translation>Kein Hinweis</translation>
        </message>
        <message>
            <source>Default key</source>
            <translation>Standardschlüssel</translation>
        </message>
        <message>
            <source>Identity &amp;hint:</source>
            <translation>Identitäts&amp;hinweis:</translation>
        </message>
        <message>
            <source>Sent to clients during the handshake, to help them pick an identity.</source>
            <translation>Wird Clients im Handshake gesendet, damit sie eine Identität wählen können.</translation>
        </message>
        <message>
            <source>&amp;Default key:</source>
            <translation>S&amp;tandardschlüssel:</translation>
        </message>
        <message>
            <source>Accepted from any identity not listed below. Leave it empty to refuse identities that are not listed.</source>
            <translation>Wird von jeder unten nicht aufgeführten Identität angenommen. Leer lassen, um nicht aufgeführte Identitäten abzulehnen.</translation>
        </message>
        <message>
            <source>Keys by identity:</source>
            <translation>Schlüssel je Identität:</translation>
        </message>
        <message>
            <source>%1 (hexadecimal)</source>
            <translation>%1 (hexadezimal)</translation>
        </message>
        <message>
            <source>Enter the identity the server knows this client by.</source>
            <translation>Geben Sie die Identität ein, unter der der Server diesen Client kennt.</translation>
        </message>
        <message>
            <source>The identity is %1 bytes long; at most %2 fit.</source>
            <translation>Die Identität ist %1 Bytes lang; höchstens %2 passen.</translation>
        </message>
        <message>
            <source>Enter the key.</source>
            <translation>Geben Sie den Schlüssel ein.</translation>
        </message>
        <message>
            <source>The key is %1 bytes long; at most %2 fit.</source>
            <translation>Der Schlüssel ist %1 Bytes lang; höchstens %2 passen.</translation>
        </message>
        <message>
            <source>Give a default key, a key for an identity, or both.</source>
            <translation>Geben Sie einen Standardschlüssel, einen Schlüssel für eine Identität oder beides an.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::PskKeyTable</name>
        <message>
            <source>&amp;Add identity</source>
            <translation>Identität hin&amp;zufügen</translation>
        </message>
        <message>
            <source>&amp;Remove identity</source>
            <translation>Identität &amp;entfernen</translation>
        </message>
        <message>
            <source>Key for this identity</source>
            <translation>Schlüssel für diese Identität</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identität</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Keys by identity</source>
            <translation>Schlüssel je Identität</translation>
        </message>
        <message>
            <source>&amp;Identity:</source>
            <translation>&amp;Identität:</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Schlüssel:</translation>
        </message>
        <message>
            <source>Row %1 has no identity.</source>
            <translation>Zeile %1 hat keine Identität.</translation>
        </message>
        <message>
            <source>The identity "%1" is listed twice.</source>
            <translation>Die Identität „%1“ ist doppelt aufgeführt.</translation>
        </message>
        <message>
            <source>The key for "%1" is empty.</source>
            <translation>Der Schlüssel für „%1“ ist leer.</translation>
        </message>
        <message>
            <source>The key for "%1": %2</source>
            <translation>Der Schlüssel für „%1“: %2</translation>
        </message>
        <message>
            <source>The identity "%1" is longer than 255 bytes.</source>
            <translation>Die Identität „%1“ ist länger als 255 Bytes.</translation>
        </message>
        <message>
            <source>The key for "%1" is longer than 512 bytes.</source>
            <translation>Der Schlüssel für „%1“ ist länger als 512 Bytes.</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>not hexadecimal</source>
            <translation>nicht hexadezimal</translation>
        </message>
    </context>
    <context>
        <name>coapscope::RequestComposer</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>&amp;Observe</source>
            <translation>B&amp;eobachten</translation>
        </message>
        <message>
            <source>CON (confirmable)</source>
            <translation>CON (bestätigbar)</translation>
        </message>
        <message>
            <source>NON (non-confirmable)</source>
            <translation>NON (nicht bestätigbar)</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 Bytes</translation>
        </message>
        <message>
            <source>Send the request (Ctrl+Return)</source>
            <translation>Anfrage senden (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Cancel the running request or observation (Esc)</source>
            <translation>Laufende Anfrage oder Beobachtung abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Block size for block-wise transfers (RFC 7959); automatic takes the largest that fits the path</source>
            <translation>Blockgröße für blockweise Übertragungen (RFC 7959); automatisch nimmt die größte, die auf den Pfad passt</translation>
        </message>
        <message>
            <source>Register for notifications (RFC 7641)</source>
            <translation>Für Benachrichtigungen anmelden (RFC 7641)</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>URI</source>
            <translation>URI</translation>
        </message>
        <message>
            <source>Send request</source>
            <translation>Anfrage senden</translation>
        </message>
        <message>
            <source>Cancel request</source>
            <translation>Anfrage abbrechen</translation>
        </message>
        <message>
            <source>Message type</source>
            <translation>Nachrichtentyp</translation>
        </message>
        <message>
            <source>Content-Format</source>
            <translation>Content-Format</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>Block size</source>
            <translation>Blockgröße</translation>
        </message>
        <message>
            <source>Observe</source>
            <translation>Observe</translation>
        </message>
        <message>
            <source>Problem with the request</source>
            <translation>Problem mit der Anfrage</translation>
        </message>
        <message>
            <source>Payload and options</source>
            <translation>Nutzdaten und Optionen</translation>
        </message>
        <message>
            <source>Payload editor</source>
            <translation>Nutzdaten-Editor</translation>
        </message>
        <message>
            <source>Options editor</source>
            <translation>Optionen-Editor</translation>
        </message>
        <message>
            <source>Transfer progress</source>
            <translation>Übertragungsfortschritt</translation>
        </message>
        <message>
            <source>Payload</source>
            <translation>Nutzdaten</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>T&amp;yp:</translation>
        </message>
        <message>
            <source>Acce&amp;pt:</source>
            <translation>Acce&amp;pt:</translation>
        </message>
        <message>
            <source>Block si&amp;ze:</source>
            <translation>Block&amp;größe:</translation>
        </message>
        <message>
            <source>%1 bytes so far</source>
            <translation>bisher %1 Bytes</translation>
        </message>
        <message>
            <source>%1 of %2 bytes</source>
            <translation>%1 von %2 Bytes</translation>
        </message>
        <message>
            <source>URI: %1</source>
            <translation>URI: %1</translation>
        </message>
        <message>
            <source>Content-Format: %1</source>
            <translation>Content-Format: %1</translation>
        </message>
        <message>
            <source>Accept: %1</source>
            <translation>Accept: %1</translation>
        </message>
        <message>
            <source>Options: %1</source>
            <translation>Optionen: %1</translation>
        </message>
        <message>
            <source>Payload: %1</source>
            <translation>Nutzdaten: %1</translation>
        </message>
        <message>
            <source>Options (%1)</source>
            <translation>Optionen (%1)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Content-For&amp;mat:</source>
            <translation>Content-&amp;Format:</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ResourceBrowser</name>
        <message>
            <source>D&amp;iscover</source>
            <translation>&amp;Ermitteln</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Server, e.g. coap://127.0.0.1</source>
            <translation>Server, z. B. coap://127.0.0.1</translation>
        </message>
        <message>
            <source>Server to discover</source>
            <translation>Zu erkundender Server</translation>
        </message>
        <message>
            <source>Discover the server's resources</source>
            <translation>Die Ressourcen des Servers ermitteln</translation>
        </message>
        <message>
            <source>Cancel discovery</source>
            <translation>Ermittlung abbrechen</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressourcen</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Type (rt)</source>
            <translation>Typ (rt)</translation>
        </message>
        <message>
            <source>Interface (if)</source>
            <translation>Schnittstelle (if)</translation>
        </message>
        <message>
            <source>Content-Format (ct)</source>
            <translation>Content-Format (ct)</translation>
        </message>
        <message>
            <source>Observable</source>
            <translation>Beobachtbar</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Weitere</translation>
        </message>
        <message>
            <source>Double-click a resource to compose a request to it.</source>
            <translation>Doppelklicken Sie auf eine Ressource, um eine Anfrage an sie zu verfassen.</translation>
        </message>
        <message>
            <source>Discovery status</source>
            <translation>Zustand der Ermittlung</translation>
        </message>
        <message>
            <source>Not a CoAP URI: %1</source>
            <translation>Keine CoAP-URI: %1</translation>
        </message>
        <message>
            <source>Discovering…</source>
            <translation>Ermittle…</translation>
        </message>
        <message>
            <source>Discovery failed: %1</source>
            <translation>Ermittlung fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>The server answered %1.</source>
            <translation>Der Server antwortete %1.</translation>
        </message>
        <message>
            <source>The server's answer is not valid link format (RFC 6690): byte %1</source>
            <translation>Die Antwort des Servers ist kein gültiges Link-Format (RFC 6690): Byte %1</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message numerus="yes">
            <source>%n resource(s) at %1</source>
            <translation>
                <numerusform>%n Ressource unter %1</numerusform>
                <numerusform>%n Ressourcen unter %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>coapscope::ResponseViewer</name>
        <message>
            <source>Response code</source>
            <translation>Antwortcode</translation>
        </message>
        <message>
            <source>Response details</source>
            <translation>Details der Antwort</translation>
        </message>
        <message>
            <source>Notifications received</source>
            <translation>Empfangene Benachrichtigungen</translation>
        </message>
        <message>
            <source>Response options</source>
            <translation>Optionen der Antwort</translation>
        </message>
        <message>
            <source>No response yet.</source>
            <translation>Noch keine Antwort.</translation>
        </message>
        <message>
            <source>Waiting for the response…</source>
            <translation>Warte auf die Antwort…</translation>
        </message>
        <message>
            <source>message ID %1</source>
            <translation>Nachrichten-ID %1</translation>
        </message>
        <message>
            <source>no token</source>
            <translation>kein Token</translation>
        </message>
        <message>
            <source>token 0x%1</source>
            <translation>Token 0x%1</translation>
        </message>
        <message>
            <source>round trip %1 ms</source>
            <translation>Umlaufzeit %1 ms</translation>
        </message>
        <message>
            <source>no retransmissions</source>
            <translation>keine Sendewiederholungen</translation>
        </message>
        <message numerus="yes">
            <source>%n retransmission(s)</source>
            <translation>
                <numerusform>%n Sendewiederholung</numerusform>
                <numerusform>%n Sendewiederholungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n notification(s)</source>
            <translation>
                <numerusform>%n Benachrichtigung</numerusform>
                <numerusform>%n Benachrichtigungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n stale</source>
            <translation>
                <numerusform>, %n veraltet</numerusform>
                <numerusform>, %n veraltet</numerusform>
            </translation>
        </message>
        <message>
            <source>, observation ended</source>
            <translation>, Beobachtung beendet</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>The request was abandoned before it finished.</source>
            <translation>Die Anfrage wurde vor ihrem Abschluss aufgegeben.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::SecretEdit</name>
        <message>
            <source>He&amp;x</source>
            <translation>He&amp;x</translation>
        </message>
        <message>
            <source>%1 in hexadecimal</source>
            <translation>%1 hexadezimal</translation>
        </message>
        <message>
            <source>Read the text as hexadecimal digits, two per byte</source>
            <translation>Den Text als Hexadezimalziffern lesen, zwei je Byte</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>%1 anzeigen</translation>
        </message>
        <message>
            <source>Show or hide the characters</source>
            <translation>Zeichen anzeigen oder verbergen</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Verbergen</translation>
        </message>
    </context>
    <context>
        <name>coapscope::SecurityMenu</name>
        <message>
            <source>Client &amp;Pre-Shared Key…</source>
            <translation>&amp;Pre-Shared Key des Clients…</translation>
        </message>
        <message>
            <source>Client &amp;Certificates…</source>
            <translation>&amp;Zertifikate des Clients…</translation>
        </message>
        <message>
            <source>C&amp;lear Client Security</source>
            <translation>Client-Sicherheit zu&amp;rücksetzen</translation>
        </message>
        <message>
            <source>&amp;Server Pre-Shared Keys…</source>
            <translation>Pre-Shared Keys des &amp;Servers…</translation>
        </message>
        <message>
            <source>Server C&amp;ertificate…</source>
            <translation>Zertifikat des S&amp;ervers…</translation>
        </message>
        <message>
            <source>The identity and key new DTLS and TLS client sessions present</source>
            <translation>Identität und Schlüssel, die neue DTLS- und TLS-Client-Sitzungen vorweisen</translation>
        </message>
        <message>
            <source>The certificate, key and trust new DTLS and TLS client sessions use</source>
            <translation>Zertifikat, Schlüssel und Vertrauen, die neue DTLS- und TLS-Client-Sitzungen nutzen</translation>
        </message>
        <message>
            <source>Client pre-shared key set for identity "%1"; new DTLS and TLS sessions use it.</source>
            <translation>Pre-Shared Key des Clients für die Identität „%1“ gesetzt; neue DTLS- und TLS-Sitzungen nutzen ihn.</translation>
        </message>
        <message>
            <source>Client certificates set; new DTLS and TLS sessions use them.</source>
            <translation>Zertifikate des Clients gesetzt; neue DTLS- und TLS-Sitzungen nutzen sie.</translation>
        </message>
        <message>
            <source>Client security cleared.</source>
            <translation>Sicherheit des Clients zurückgesetzt.</translation>
        </message>
        <message>
            <source>Server pre-shared keys set; restart the demo server to use them.</source>
            <translation>Pre-Shared Keys des Servers gesetzt; starten Sie den Demo-Server neu, um sie zu nutzen.</translation>
        </message>
        <message>
            <source>Server pre-shared keys set.</source>
            <translation>Pre-Shared Keys des Servers gesetzt.</translation>
        </message>
        <message>
            <source>Server certificate set; restart the demo server to use it.</source>
            <translation>Zertifikat des Servers gesetzt; starten Sie den Demo-Server neu, um es zu nutzen.</translation>
        </message>
        <message>
            <source>Server certificate set.</source>
            <translation>Zertifikat des Servers gesetzt.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::SendQueueModel</name>
        <message>
            <source>MID</source>
            <translation>MID</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Retransmissions</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>Next retransmission in</source>
            <translation>Nächste Wiederholung in</translation>
        </message>
    </context>
    <context>
        <name>coapscope::SessionActivityLog</name>
        <message>
            <source>Session %1 freed</source>
            <translation>Sitzung %1 gelöscht</translation>
        </message>
        <message>
            <source>%1 session %2 opened: %3</source>
            <translation>%1-Sitzung %2 geöffnet: %3</translation>
        </message>
        <message>
            <source>Session %1: %2 established with %3 (%4)</source>
            <translation>Sitzung %1: %2 mit %3 aufgebaut (%4)</translation>
        </message>
        <message>
            <source>Session %1 established</source>
            <translation>Sitzung %1 aufgebaut</translation>
        </message>
        <message>
            <source>Session %1: %2 handshake failed: %3</source>
            <translation>Sitzung %1: %2-Handshake fehlgeschlagen: %3</translation>
        </message>
        <message>
            <source>Session %1: %2</source>
            <translation>Sitzung %1: %2</translation>
        </message>
        <message>
            <source>Session %1 disconnected</source>
            <translation>Sitzung %1 getrennt</translation>
        </message>
        <message>
            <source>Session %1 released to 0; waiting in the free pool</source>
            <translation>Sitzung %1 auf 0 freigegeben; wartet im Pool freier Sitzungen</translation>
        </message>
    </context>
    <context>
        <name>coapscope::SessionDetailsPanel</name>
        <message>
            <source>Select a session to see its details.</source>
            <translation>Wählen Sie eine Sitzung, um ihre Details zu sehen.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Reference count</source>
            <translation>Referenzzähler</translation>
        </message>
        <message>
            <source>MTU</source>
            <translation>MTU</translation>
        </message>
        <message>
            <source>Max PDU size</source>
            <translation>Max. PDU-Größe</translation>
        </message>
        <message>
            <source>Peer capabilities</source>
            <translation>Peer-Fähigkeiten</translation>
        </message>
        <message>
            <source>Token length</source>
            <translation>Token-Länge</translation>
        </message>
        <message>
            <source>Pending requests</source>
            <translation>Offene Anfragen</translation>
        </message>
        <message>
            <source>Messages sent / received</source>
            <translation>Nachrichten aus / ein</translation>
        </message>
        <message>
            <source>Bytes sent / received</source>
            <translation>Bytes aus / ein</translation>
        </message>
        <message>
            <source>Retransmissions</source>
            <translation>Sendewiederholungen</translation>
        </message>
        <message>
            <source>Duplicates received</source>
            <translation>Empfangene Duplikate</translation>
        </message>
        <message>
            <source>Malformed received</source>
            <translation>Fehlerhafte empfangen</translation>
        </message>
        <message>
            <source>Fault injection</source>
            <translation>Fehlerinjektion</translation>
        </message>
        <message>
            <source>Round-trip time</source>
            <translation>Umlaufzeit</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Letzte Aktivität</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Letzter Fehler</translation>
        </message>
        <message>
            <source>Properties</source>
            <translation>Eigenschaften</translation>
        </message>
        <message>
            <source>Send queue</source>
            <translation>Sendewarteschlange</translation>
        </message>
        <message>
            <source>Receive queue</source>
            <translation>Empfangswarteschlange</translation>
        </message>
        <message>
            <source>Receive queue (held back)</source>
            <translation>Empfangswarteschlange (zurückgehalten)</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Sicherheit</translation>
        </message>
        <message>
            <source>Max-Message-Size %1, block-wise %2</source>
            <translation>Max-Message-Size %1, blockweise %2</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>not yet received</source>
            <translation>noch nicht empfangen</translation>
        </message>
        <message>
            <source>— (datagrams)</source>
            <translation>— (Datagramme)</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>drop %1%, duplicate %2%, delay %3 ms; %4 dropped, %5 duplicated</source>
            <translation>verwerfen %1 %, duplizieren %2 %, verzögern %3 ms; %4 verworfen, %5 dupliziert</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>%1 ago</source>
            <translation>vor %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>Not negotiated yet</source>
            <translation>Noch nicht ausgehandelt</translation>
        </message>
        <message>
            <source>Not secured</source>
            <translation>Nicht gesichert</translation>
        </message>
        <message>
            <source>Protocol version</source>
            <translation>Protokollversion</translation>
        </message>
        <message>
            <source>Cipher suite</source>
            <translation>Cipher-Suite</translation>
        </message>
        <message>
            <source>PSK identity</source>
            <translation>PSK-Identität</translation>
        </message>
        <message>
            <source>PSK identity hint</source>
            <translation>PSK-Identitätshinweis</translation>
        </message>
        <message>
            <source>Server name (SNI)</source>
            <translation>Servername (SNI)</translation>
        </message>
        <message>
            <source>Record overhead</source>
            <translation>Record-Overhead</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Peer certificates</source>
            <translation>Peer-Zertifikate</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n Zertifikat</numerusform>
                <numerusform>%n Zertifikate</numerusform>
            </translation>
        </message>
        <message>
            <source>verified</source>
            <translation>geprüft</translation>
        </message>
        <message>
            <source>not verified: %1 (error %2)</source>
            <translation>nicht geprüft: %1 (Fehler %2)</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Aussteller</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gültig ab</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Gültig bis</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint</source>
            <translation>SHA-256-Fingerabdruck</translation>
        </message>
        <message>
            <source>Subject alternative names</source>
            <translation>Alternative Namen (SAN)</translation>
        </message>
        <message>
            <source>%1:</source>
            <comment>label of a session property</comment>
            <translation>%1:</translation>
        </message>
    </context>
    <context>
        <name>coapscope::SessionTableModel</name>
        <message>
            <source>The session's reference count: a client session is freed at 0, a server session goes to the free pool.</source>
            <translation>Der Referenzzähler der Sitzung: Eine Client-Sitzung wird bei 0 gelöscht, eine Server-Sitzung kommt in den Pool freier Sitzungen.</translation>
        </message>
        <message>
            <source>The largest datagram, excluding IP and UDP headers.</source>
            <translation>Das größte Datagramm, ohne IP- und UDP-Header.</translation>
        </message>
        <message>
            <source>Room for token, options and payload in one message.</source>
            <translation>Platz für Token, Optionen und Nutzdaten in einer Nachricht.</translation>
        </message>
        <message>
            <source>Confirmable messages waiting for their acknowledgement.</source>
            <translation>Bestätigbare Nachrichten, die auf ihre Bestätigung warten.</translation>
        </message>
        <message>
            <source>Requests held back until NSTART allows them or the peer's capabilities arrive (libcoap's delay queue).</source>
            <translation>Anfragen, die zurückgehalten werden, bis NSTART sie zulässt oder die Fähigkeiten der Gegenstelle eintreffen (die Delay-Queue von libcoap).</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Kontext</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>Refs</source>
            <translation>Refs</translation>
        </message>
        <message>
            <source>MTU</source>
            <translation>MTU</translation>
        </message>
        <message>
            <source>Max PDU</source>
            <translation>Max. PDU</translation>
        </message>
        <message>
            <source>Send queue</source>
            <translation>Unbestätigt</translation>
        </message>
        <message>
            <source>Receive queue</source>
            <translation>Zurückgehalten</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
    </context>
    <context>
        <name>coapscope::SessionsPanel</name>
        <message>
            <source>Filter sessions (any column)</source>
            <translation>Sitzungen filtern (beliebige Spalte)</translation>
        </message>
        <message>
            <source>Session filter</source>
            <translation>Sitzungsfilter</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>&amp;Reference</source>
            <translation>&amp;Referenzieren</translation>
        </message>
        <message>
            <source>Increment the reference count (coap_session_reference)</source>
            <translation>Referenzzähler erhöhen (coap_session_reference)</translation>
        </message>
        <message>
            <source>R&amp;elease</source>
            <translation>Frei&amp;geben</translation>
        </message>
        <message>
            <source>Decrement the reference count (coap_session_release); a client session at 0 is freed, a server session goes to the free pool</source>
            <translation>Referenzzähler verringern (coap_session_release); eine Client-Sitzung wird bei 0 gelöscht, eine Server-Sitzung kommt in den Pool freier Sitzungen</translation>
        </message>
        <message>
            <source>Set &amp;MTU…</source>
            <translation>&amp;MTU setzen…</translation>
        </message>
        <message>
            <source>&amp;Close Connection</source>
            <translation>Verbindung &amp;schließen</translation>
        </message>
        <message>
            <source>Send a Release signal and close the TCP or TLS connection (RFC 8323)</source>
            <translation>Ein Release-Signal senden und die TCP- oder TLS-Verbindung schließen (RFC 8323)</translation>
        </message>
        <message>
            <source>Fault &amp;Injection…</source>
            <translation>&amp;Fehlerinjektion…</translation>
        </message>
        <message>
            <source>Lose, duplicate or delay this session's outgoing datagrams</source>
            <translation>Ausgehende Datagramme dieser Sitzung verwerfen, duplizieren oder verzögern</translation>
        </message>
        <message>
            <source>Copy &amp;Description</source>
            <translation>&amp;Beschreibung kopieren</translation>
        </message>
        <message>
            <source>Session %1 referenced: count %2</source>
            <translation>Sitzung %1 referenziert: Zähler %2</translation>
        </message>
        <message>
            <source>Session %1 released: count %2</source>
            <translation>Sitzung %1 freigegeben: Zähler %2</translation>
        </message>
        <message>
            <source>Set MTU</source>
            <translation>MTU setzen</translation>
        </message>
        <message>
            <source>MTU of session %1 in bytes (%2 to %3), excluding IP and UDP headers:</source>
            <translation>MTU der Sitzung %1 in Bytes (%2 bis %3), ohne IP- und UDP-Header:</translation>
        </message>
        <message>
            <source>Session %1: MTU set to %2, max PDU size %3</source>
            <translation>Sitzung %1: MTU auf %2 gesetzt, maximale PDU-Größe %3</translation>
        </message>
        <message>
            <source>Session %1: connection released</source>
            <translation>Sitzung %1: Verbindung mit Release beendet</translation>
        </message>
        <message>
            <source>Session %1: fault injection drop %2%, duplicate %3%, delay %4 ms</source>
            <translation>Sitzung %1: Fehlerinjektion – verwerfen %2 %, duplizieren %3 %, verzögern %4 ms</translation>
        </message>
    </context>
    <context>
        <name>coapscope::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Transmission parameters (RFC 7252 §4.8)</source>
            <translation>Übertragungsparameter (RFC 7252 §4.8)</translation>
        </message>
        <message>
            <source>%1 bytes (libcoap's default)</source>
            <translation>%1 Bytes (Vorgabe von libcoap)</translation>
        </message>
        <message>
            <source>New sessions and requests</source>
            <translation>Neue Sitzungen und Anfragen</translation>
        </message>
        <message>
            <source> µs</source>
            <translation> µs</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Busy polling limit</source>
            <translation>Grenze für aktives Abfragen</translation>
        </message>
        <message>
            <source>Busy polling</source>
            <translation>Aktives Abfragen</translation>
        </message>
        <message>
            <source>&amp;Poll sockets up to:</source>
            <translation>Sockets &amp;abfragen bis zu:</translation>
        </message>
        <message>
            <source>While traffic comes closer together than this, sockets are polled instead of letting the application sleep: faster with servers on this host, at the cost of processor time. Applies to sessions and servers started from now on.</source>
            <translation>Solange der Verkehr dichter als dies kommt, werden die Sockets abgefragt, statt die Anwendung schlafen zu lassen: schneller mit Servern auf diesem Rechner, auf Kosten von Prozessorzeit. Gilt für Sitzungen und Server, die ab jetzt gestartet werden.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::TraceDecodeTree</name>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <source>%1 %2 %3</source>
            <translation>%1 %2 %3</translation>
        </message>
        <message>
            <source>sent to</source>
            <translation>gesendet an</translation>
        </message>
        <message>
            <source>received from</source>
            <translation>empfangen von</translation>
        </message>
        <message numerus="yes">
            <source>session %1, %n byte(s)</source>
            <translation>
                <numerusform>Sitzung %1, %n Byte</numerusform>
                <numerusform>Sitzung %1, %n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Token length</source>
            <translation>Token-Länge</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Länge</translation>
        </message>
        <message>
            <source>%1 (extended length follows)</source>
            <translation>%1 (erweiterte Länge folgt)</translation>
        </message>
        <message>
            <source>Extended length</source>
            <translation>Erweiterte Länge</translation>
        </message>
        <message numerus="yes">
            <source>options and payload: %n byte(s)</source>
            <translation>
                <numerusform>Optionen und Nutzdaten: %n Byte</numerusform>
                <numerusform>Optionen und Nutzdaten: %n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Message ID</source>
            <translation>Nachrichten-ID</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>Delta, length</source>
            <translation>Delta, Länge</translation>
        </message>
        <message>
            <source>delta %1, length %2</source>
            <translation>Delta %1, Länge %2</translation>
        </message>
        <message>
            <source>Extended delta</source>
            <translation>Erweitertes Delta</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>Payload marker</source>
            <translation>Payload-Marker</translation>
        </message>
        <message>
            <source>Payload</source>
            <translation>Nutzdaten</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s), %1</source>
            <translation>
                <numerusform>%n Byte, %1</numerusform>
                <numerusform>%n Bytes, %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… %n more line(s)</source>
            <translation>
                <numerusform>… %n weitere Zeile</numerusform>
                <numerusform>… %n weitere Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>Malformed</source>
            <translation>Fehlerhaft</translation>
        </message>
        <message>
            <source>the bytes end inside a field</source>
            <translation>die Bytes enden mitten in einem Feld</translation>
        </message>
        <message>
            <source>version is not 1</source>
            <translation>die Version ist nicht 1</translation>
        </message>
        <message>
            <source>token length over 8 (reserved)</source>
            <translation>Token-Länge über 8 (reserviert)</translation>
        </message>
        <message>
            <source>option delta or length 15 (reserved) without a payload marker</source>
            <translation>Options-Delta oder -Länge 15 (reserviert) ohne Payload-Marker</translation>
        </message>
        <message>
            <source>payload marker with no payload after it</source>
            <translation>Payload-Marker ohne folgende Nutzdaten</translation>
        </message>
        <message>
            <source>bytes beyond the frame's length</source>
            <translation>Bytes jenseits der Länge des Frames</translation>
        </message>
        <message numerus="yes">
            <source>; %n byte(s) not decoded</source>
            <translation>
                <numerusform>; %n Byte nicht decodiert</numerusform>
                <numerusform>; %n Bytes nicht decodiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Content type</source>
            <translation>Inhaltstyp</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>Epoche</translation>
        </message>
        <message>
            <source>Sequence number</source>
            <translation>Sequenznummer</translation>
        </message>
        <message>
            <source>Handshake type</source>
            <translation>Handshake-Typ</translation>
        </message>
        <message>
            <source>Alert level</source>
            <translation>Alert-Stufe</translation>
        </message>
        <message>
            <source>fatal (2)</source>
            <translation>fatal (2)</translation>
        </message>
        <message>
            <source>warning (%1)</source>
            <translation>Warnung (%1)</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Alert</translation>
        </message>
        <message>
            <source>Encrypted fragment</source>
            <translation>Verschlüsseltes Fragment</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a whole record</source>
            <translation>Kein vollständiger Record</translation>
        </message>
    </context>
    <context>
        <name>coapscope::TraceFileActions</name>
        <message>
            <source>&amp;Import Trace…</source>
            <translation>Mitschnitt &amp;importieren…</translation>
        </message>
        <message>
            <source>E&amp;xport Trace…</source>
            <translation>Mitschnitt e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>Read a pcap or pcapng capture into the trace view</source>
            <translation>Einen pcap- oder pcapng-Mitschnitt in die Mitschnittansicht einlesen</translation>
        </message>
        <message>
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <source>Write the captured traffic as pcapng, JSON or CSV</source>
            <translation>Den mitgeschnittenen Verkehr als pcapng, JSON oder CSV schreiben</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Import Trace</source>
            <translation>Mitschnitt importieren</translation>
        </message>
        <message>
            <source>Captures (*.pcapng *.pcap *.cap);;All files (*)</source>
            <translation>Mitschnitte (*.pcapng *.pcap *.cap);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wird gelesen…</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>Cannot import %1: %2</source>
            <translation>%1 kann nicht importiert werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>Import of %1 cancelled at byte %2 of %3; the %n datagram(s) read before are kept.</source>
            <translation>
                <numerusform>Import von %1 bei Byte %2 von %3 abgebrochen; das %n zuvor gelesene Datagramm bleibt erhalten.</numerusform>
                <numerusform>Import von %1 bei Byte %2 von %3 abgebrochen; die %n zuvor gelesenen Datagramme bleiben erhalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n datagram(s) from %1</source>
            <translation>
                <numerusform>%n Datagramm aus %1 importiert</numerusform>
                <numerusform>%n Datagramme aus %1 importiert</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is damaged: %2. What came before was imported.</source>
            <translation>%1 ist beschädigt: %2. Was davor lag, wurde importiert.</translation>
        </message>
        <message numerus="yes">
            <source>No CoAP found in %1's %n frame(s). If it uses other ports, import it again and name them.</source>
            <translation>
                <numerusform>Kein CoAP in %1 gefunden (%n Frame). Falls der Mitschnitt andere Ports nutzt, importieren Sie ihn erneut und nennen Sie diese.</numerusform>
                <numerusform>Kein CoAP in %1 gefunden (%n Frames). Falls der Mitschnitt andere Ports nutzt, importieren Sie ihn erneut und nennen Sie diese.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Trace</source>
            <translation>Mitschnitt exportieren</translation>
        </message>
        <message>
            <source>Nothing has been captured yet. Turn on File ▸ Capture Traffic, then talk to a server.</source>
            <translation>Noch nichts mitgeschnitten. Schalten Sie Datei ▸ Verkehr mitschneiden ein und sprechen Sie dann mit einem Server.</translation>
        </message>
        <message>
            <source>pcapng for Wireshark (*.pcapng);;JSON, one object per datagram (*.json);;CSV (*.csv)</source>
            <translation>pcapng für Wireshark (*.pcapng);;JSON, ein Objekt pro Datagramm (*.json);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>%1 wird geschrieben…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln datagram(s)</source>
            <translation>
                <numerusform>%1 von %Ln Datagramm</numerusform>
                <numerusform>%1 von %Ln Datagrammen</numerusform>
            </translation>
        </message>
        <message>
            <source>Export cancelled; %1 was left as it was.</source>
            <translation>Export abgebrochen; %1 blieb unverändert.</translation>
        </message>
        <message numerus="yes">
            <source>Trace of %n datagram(s) written to %1</source>
            <translation>
                <numerusform>Mitschnitt mit %n Datagramm nach %1 geschrieben</numerusform>
                <numerusform>Mitschnitt mit %n Datagrammen nach %1 geschrieben</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>coapscope::TraceModel</name>
        <message>
            <source>received</source>
            <translation>empfangen</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>gesendet</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>MID</source>
            <translation>MID</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>DTLS alert</source>
            <translation>DTLS-Alert</translation>
        </message>
        <message>
            <source>DTLS handshake</source>
            <translation>DTLS-Handshake</translation>
        </message>
    </context>
    <context>
        <name>coapscope::TracePanel</name>
        <message>
            <source>&amp;Follow new traffic</source>
            <translation>Neuem Verkehr &amp;folgen</translation>
        </message>
        <message>
            <source>Trace filter</source>
            <translation>Mitschnittfilter</translation>
        </message>
        <message>
            <source>Follow new traffic</source>
            <translation>Neuem Verkehr folgen</translation>
        </message>
        <message>
            <source>Datagrams shown</source>
            <translation>Angezeigte Datagramme</translation>
        </message>
        <message>
            <source>Trace</source>
            <translation>Mitschnitt</translation>
        </message>
        <message>
            <source>Selected datagram, decoded</source>
            <translation>Ausgewähltes Datagramm, decodiert</translation>
        </message>
        <message>
            <source>Selected datagram in hexadecimal</source>
            <translation>Ausgewähltes Datagramm hexadezimal</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Filter: session:3 dir:sent type:CON code:4.xx token:4f2a mid:0x1a2b path:/obs event:retransmission, and any words</source>
            <translation>Filter: session:3 dir:sent type:CON code:4.xx token:4f2a mid:0x1a2b path:/obs event:retransmission und beliebige Wörter</translation>
        </message>
        <message>
            <source>Keys: session, dir (sent, received), type (CON, NON, ACK, RST), code (2.05, GET, 4.xx), token (hex prefix), mid (decimal or 0x hex), path (/a/b and below), event (retransmission, duplicate, malformed, reset-sent, ...), proto. Other words search the decoded text of the rows the keys let through. Esc stops a search.</source>
            <translation>Schlüssel: session, dir (sent, received), type (CON, NON, ACK, RST), code (2.05, GET, 4.xx), token (Hex-Präfix), mid (dezimal oder 0x-Hex), path (/a/b und darunter), event (retransmission, duplicate, malformed, reset-sent, ...), proto. Andere Wörter werden im decodierten Text der Zeilen gesucht, die die Schlüssel durchlassen. Esc bricht eine Suche ab.</translation>
        </message>
        <message>
            <source>Filter progress</source>
            <translation>Fortschritt des Filters</translation>
        </message>
        <message>
            <source>Stop filtering</source>
            <translation>Filtern anhalten</translation>
        </message>
        <message>
            <source>Stop the search and show every datagram (Esc)</source>
            <translation>Suche anhalten und alle Datagramme zeigen (Esc)</translation>
        </message>
        <message>
            <source>filtering… %1%</source>
            <translation>wird gefiltert… %1 %</translation>
        </message>
        <message numerus="yes">
            <source>filter stopped, all %n shown</source>
            <translation>
                <numerusform>Filter angehalten, %n Datagramm gezeigt</numerusform>
                <numerusform>Filter angehalten, alle %n gezeigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n datagram(s)</source>
            <translation>
                <numerusform>%n Datagramm</numerusform>
                <numerusform>%n Datagramme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>oldest %n datagram(s) dropped</source>
            <translation>
                <numerusform>%n ältestes Datagramm verworfen</numerusform>
                <numerusform>%n älteste Datagramme verworfen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>coapscope::TransmissionEditor</name>
        <message>
            <source>ACK_TIMEOUT:</source>
            <translation>ACK_TIMEOUT:</translation>
        </message>
        <message>
            <source>How long to wait for the first acknowledgement</source>
            <translation>Wie lange auf die erste Bestätigung gewartet wird</translation>
        </message>
        <message>
            <source>ACK_RANDOM_FACTOR</source>
            <translation>ACK_RANDOM_FACTOR</translation>
        </message>
        <message>
            <source>The first wait is stretched by a random factor up to this</source>
            <translation>Die erste Wartezeit wird um einen Zufallsfaktor bis zu diesem Wert gestreckt</translation>
        </message>
        <message>
            <source>ACK_RANDOM_FACTOR:</source>
            <translation>ACK_RANDOM_FACTOR:</translation>
        </message>
        <message>
            <source>MAX_RETRANSMIT</source>
            <translation>MAX_RETRANSMIT</translation>
        </message>
        <message>
            <source>How often a confirmable message is sent again before giving up</source>
            <translation>Wie oft eine bestätigbare Nachricht erneut gesendet wird, bevor aufgegeben wird</translation>
        </message>
        <message>
            <source>MAX_RETRANSMIT:</source>
            <translation>MAX_RETRANSMIT:</translation>
        </message>
        <message>
            <source>NSTART</source>
            <translation>NSTART</translation>
        </message>
        <message>
            <source>How many exchanges may be outstanding with one peer</source>
            <translation>Wie viele Austausche mit einer Gegenstelle gleichzeitig offen sein dürfen</translation>
        </message>
        <message>
            <source>NSTART:</source>
            <translation>NSTART:</translation>
        </message>
        <message>
            <source>DEFAULT_LEISURE:</source>
            <translation>DEFAULT_LEISURE:</translation>
        </message>
        <message>
            <source>How long a server may wait before answering a multicast request</source>
            <translation>Wie lange ein Server warten darf, bevor er auf eine Multicast-Anfrage antwortet</translation>
        </message>
        <message>
            <source> B/s</source>
            <translation> B/s</translation>
        </message>
        <message>
            <source>PROBING_RATE</source>
            <translation>PROBING_RATE</translation>
        </message>
        <message>
            <source>The average data rate towards a peer that does not answer</source>
            <translation>Die mittlere Datenrate zu einer Gegenstelle, die nicht antwortet</translation>
        </message>
        <message>
            <source>PROBING_RATE:</source>
            <translation>PROBING_RATE:</translation>
        </message>
        <message>
            <source>MAX_LATENCY:</source>
            <translation>MAX_LATENCY:</translation>
        </message>
        <message>
            <source>The longest a datagram is expected to take to arrive</source>
            <translation>Die längste erwartete Laufzeit eines Datagramms</translation>
        </message>
        <message>
            <source>Restore RFC 7252 defaul&amp;ts</source>
            <translation>Vorgaben aus RFC 7252 &amp;wiederherstellen</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>A confirmable request is given up after %1 s (MAX_TRANSMIT_WAIT); message IDs are remembered for %2 s (EXCHANGE_LIFETIME).</source>
            <translation>Eine bestätigbare Anfrage wird nach %1 s aufgegeben (MAX_TRANSMIT_WAIT); Nachrichten-IDs werden %2 s lang gemerkt (EXCHANGE_LIFETIME).</translation>
        </message>
    </context>
    <context>
        <name>coapscope::UriComboBox</name>
        <message>
            <source>coap://host/path, e.g. coap://127.0.0.1/.well-known/core</source>
            <translation>coap://host/pfad, z. B. coap://127.0.0.1/.well-known/core</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ValuePlot</name>
        <message>
            <source>Plot of the notified values</source>
            <translation>Verlauf der gemeldeten Werte</translation>
        </message>
        <message>
            <source>The numeric payloads of the notifications over time.</source>
            <translation>Die numerischen Nutzdaten der Benachrichtigungen über die Zeit.</translation>
        </message>
        <message>
            <source>Numeric notifications are plotted here.</source>
            <translation>Numerische Benachrichtigungen werden hier gezeichnet.</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
    </context>
    <context>
        <name>coapscope::Workspace</name>
        <message>
            <source>Cannot listen for %1 on %2: %3</source>
            <translation>Lauschen für %1 auf %2 nicht möglich: %3</translation>
        </message>
        <message>
            <source>Cannot resolve %1: %2</source>
            <translation>%1 kann nicht aufgelöst werden: %2</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Usage: coapscope-cli [--lang CODE] COMMAND [OPTIONS]

Explore and debug CoAP sessions from the command line.

Commands:
  get|post|put|delete|fetch|patch|ipatch URI   Send a request, print the payload
  observe URI [--count N]       Print notifications as they arrive
  discover URI [--filter Q]     List the resources of /.well-known/core
  ping URI                      Check that an endpoint answers (Empty CON)
  serve [--listen URI]...       Run the embedded demo server
  bench URI [--requests N] [--concurrency C]   Load generator
  decode HEX [--tcp] [--json]   Decode a CoAP message given as hex bytes
  trace FILE [--json]           Print a pcap or pcapng capture's CoAP, decoded

Options:
  -h, --help       Show this help; COMMAND --help shows a command's options
  -v, --version    Show the versions of CoapScope, Qt and OpenSSL
  --lang CODE      Show the text in this language (%1) instead of the system's

Exit status: 0 success, 1 malformed input or an error response, 2 usage error,
3 network failure or timeout, 4 security failure.
</source>
            <translation>Aufruf: coapscope-cli [--lang CODE] BEFEHL [OPTIONEN]

CoAP-Sitzungen auf der Kommandozeile erkunden und debuggen.

Befehle:
  get|post|put|delete|fetch|patch|ipatch URI   Anfrage senden, Nutzdaten ausgeben
  observe URI [--count N]       Benachrichtigungen ausgeben, sobald sie eintreffen
  discover URI [--filter Q]     Die Ressourcen von /.well-known/core auflisten
  ping URI                      Prüfen, ob ein Endpunkt antwortet (Empty CON)
  serve [--listen URI]...       Den eingebauten Demo-Server betreiben
  bench URI [--requests N] [--concurrency C]   Lastgenerator
  decode HEX [--tcp] [--json]   Eine als Hex-Bytes gegebene CoAP-Nachricht decodieren
  trace FILE [--json]           CoAP aus einem pcap- oder pcapng-Mitschnitt decodieren

Optionen:
  -h, --help       Diese Hilfe zeigen; BEFEHL --help zeigt die Optionen eines Befehls
  -v, --version    Die Versionen von CoapScope, Qt und OpenSSL zeigen
  --lang CODE      Text in dieser Sprache (%1) statt in der des Systems zeigen

Exit-Status: 0 Erfolg, 1 fehlerhafte Eingabe oder Fehlerantwort, 2 Aufruffehler,
3 Netzwerkfehler oder Zeitüberschreitung, 4 Sicherheitsfehler.
</translation>
        </message>
        <message>
            <source>Unknown command "%1".

</source>
            <translation>Unbekannter Befehl "%1".

</translation>
        </message>
        <message>
            <source>Show the versions of CoapScope, Qt and OpenSSL.</source>
            <translation>Die Versionen von CoapScope, Qt und OpenSSL zeigen.</translation>
        </message>
        <message>
            <source>Start with these message bytes (hex) in the decoder.</source>
            <translation>Mit diesen Nachrichtenbytes (Hex) im Decoder starten.</translation>
        </message>
        <message>
            <source>Start the embedded demo server on UDP, DTLS, TCP and TLS and open client sessions to it.</source>
            <translation>Den eingebauten Demo-Server auf UDP, DTLS, TCP und TLS starten und Client-Sitzungen zu ihm öffnen.</translation>
        </message>
        <message>
            <source>Show the text in this language (%1) instead of the system's.</source>
            <translation>Text in dieser Sprache (%1) statt in der des Systems zeigen.</translation>
        </message>
        <message>
            <source>Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS.</source>
            <translation>CoAP-Sitzungen über UDP, DTLS, TCP und TLS erkunden und debuggen.</translation>
        </message>
    </context>
</TS>
