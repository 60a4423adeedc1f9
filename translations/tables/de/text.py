# SPDX-License-Identifier: BSD-2-Clause
"""German: words shared by the desktop application and coapscope-cli (ui/text and the
profile and certificate file checks). Most are fragments that follow a colon, so they start in
lower case, as in English, unless German capitalises the word anyway.
"""

CONTEXTS = {
    "CborDiagnosticText": {
        "no CBOR diagnostic notation given": "keine CBOR-Diagnosenotation angegeben",
        "the text ends in the middle of an item": "der Text endet mitten in einem Element",
        "no CBOR item starts here (expected a number, \"text\", h'bytes', [array], {map}, true, "
        "false, null, undefined, simple(N) or a tag N(item))":
        "hier beginnt kein CBOR-Element (erwartet: eine Zahl, \"text\", h'bytes', [array], {map}, "
        "true, false, null, undefined, simple(N) oder ein Tag N(item))",
        "not a valid number": "keine gültige Zahl",
        "the number is out of range (integers must fit 64 bits, signed)":
        "die Zahl liegt außerhalb des Bereichs (ganze Zahlen müssen in 64 Bit mit Vorzeichen "
        "passen)",
        'invalid escape (use \\" \\\\ \\/ \\b \\f \\n \\r \\t \\a \\v \\uXXXX or \\UXXXXXXXX)':
        'ungültige Escape-Sequenz (verwenden Sie \\" \\\\ \\/ \\b \\f \\n \\r \\t \\a \\v \\uXXXX '
        "oder \\UXXXXXXXX)",
        "invalid byte string: h'...' takes pairs of hexadecimal digits, b64'...' takes base64":
        "ungültige Bytefolge: h'...' nimmt Paare von Hexadezimalziffern, b64'...' nimmt Base64",
        "simple(N) takes N from 0 to 23 or 32 to 255":
        "simple(N) nimmt N von 0 bis 23 oder 32 bis 255",
        'expected ":" after the map key': '":" nach dem Map-Schlüssel erwartet',
        'expected "," or "]"': '"," oder "]" erwartet',
        'expected "," or "}"': '"," oder "}" erwartet',
        'expected ")"': '")" erwartet',
        "this map key appears twice": "dieser Map-Schlüssel kommt doppelt vor",
        "more text after a complete item (put several items in an [array])":
        "weiterer Text nach einem vollständigen Element (mehrere Elemente gehören in ein [array])",
        "nested more than %1 levels deep": "mehr als %1 Ebenen tief verschachtelt",
        "character %1: %2": "Zeichen %1: %2",
        "line %1, column %2: %3": "Zeile %1, Spalte %2: %3",
    },
    "CertificateFileText": {
        "The data": "Die Daten",
        "Cannot read %1: %2.": "%1 kann nicht gelesen werden: %2.",
        "%1 holds no certificate in PEM or DER form (%2).":
        "%1 enthält kein Zertifikat im PEM- oder DER-Format (%2).",
        "%1 holds no private key in PEM or DER form, or the key is encrypted (%2).":
        "%1 enthält keinen privaten Schlüssel im PEM- oder DER-Format, oder der Schlüssel ist "
        "verschlüsselt (%2).",
        "The private key in %1 does not belong to the certificate.":
        "Der private Schlüssel in %1 gehört nicht zum Zertifikat.",
        "%1 does not exist.": "%1 existiert nicht.",
        "%1 is a directory, not a file.": "%1 ist ein Verzeichnis, keine Datei.",
        "%1 is not a regular file.": "%1 ist keine reguläre Datei.",
        "%1 cannot be read: permission denied.":
        "%1 kann nicht gelesen werden: Zugriff verweigert.",
        "%1 is too large to be a certificate, key or CRL file.":
        "%1 ist zu groß für eine Zertifikats-, Schlüssel- oder CRL-Datei.",
        "The certificate expired on %1: peers that check it will refuse it.":
        "Das Zertifikat ist am %1 abgelaufen: Gegenstellen, die es prüfen, lehnen es ab.",
        "The certificate is not valid before %1: peers that check it will refuse it until then.":
        "Das Zertifikat ist erst ab %1 gültig: Gegenstellen, die es prüfen, lehnen es bis dahin "
        "ab.",
        "The certificate is self-signed: peers accept it only if they trust it directly or allow "
        "self-signed certificates.":
        "Das Zertifikat ist selbstsigniert: Gegenstellen nehmen es nur an, wenn sie ihm direkt "
        "vertrauen oder selbstsignierte Zertifikate erlauben.",
    },
    "DecodeErrorText": {
        "the message is %n byte(s) long; a CoAP header needs %1": (
            "die Nachricht ist %n Byte lang; ein CoAP-Header braucht %1",
            "die Nachricht ist %n Bytes lang; ein CoAP-Header braucht %1",
        ),
        "version %1 is not CoAP version 1": "Version %1 ist nicht CoAP-Version 1",
        "token length %1 is reserved (0 to 8 allowed)":
        "Token-Länge %1 ist reserviert (0 bis 8 erlaubt)",
        "the token (%n byte(s)) runs past the end of the message": (
            "das Token (%n Byte) reicht über das Ende der Nachricht hinaus",
            "das Token (%n Bytes) reicht über das Ende der Nachricht hinaus",
        ),
        " (%n byte(s) left)": (
            " (%n Byte übrig)",
            " (%n Bytes übrig)",
        ),
        "option delta nibble 15 is reserved for the payload marker 0xFF":
        "das Options-Delta-Nibble 15 ist für den Payload-Marker 0xFF reserviert",
        "option length nibble 15 is reserved": "das Optionslängen-Nibble 15 ist reserviert",
        "the extended option delta needs %n byte(s)": (
            "das erweiterte Options-Delta braucht %n Byte",
            "das erweiterte Options-Delta braucht %n Bytes",
        ),
        " but the message ends (%n byte(s) left)": (
            ", aber die Nachricht endet (%n Byte übrig)",
            ", aber die Nachricht endet (%n Bytes übrig)",
        ),
        "the extended option length needs %n byte(s)": (
            "die erweiterte Optionslänge braucht %n Byte",
            "die erweiterte Optionslänge braucht %n Bytes",
        ),
        "the option value (%n byte(s)) runs past the end of the message": (
            "der Optionswert (%n Byte) reicht über das Ende der Nachricht hinaus",
            "der Optionswert (%n Bytes) reicht über das Ende der Nachricht hinaus",
        ),
        "option number %1 is beyond the largest, 65535":
        "Optionsnummer %1 liegt über der größten, 65535",
        "a payload marker must be followed by a payload":
        "auf einen Payload-Marker müssen Nutzdaten folgen",
        "an Empty message (0.00) must end after the message ID, but %n byte(s) follow": (
            "eine Empty-Nachricht (0.00) muss nach der Nachrichten-ID enden, aber es folgt %n Byte",
            "eine Empty-Nachricht (0.00) muss nach der Nachrichten-ID enden, aber es folgen %n "
            "Bytes",
        ),
        "code %1.%2 uses a reserved class": "Code %1.%2 verwendet eine reservierte Klasse",
        "the frame is %1 bytes, more than the Max-Message-Size of %2":
        "der Frame hat %1 Bytes, mehr als die Max-Message-Size von %2",
        "the frame needs %1 bytes but only %2 are present":
        "der Frame braucht %1 Bytes, aber nur %2 sind vorhanden",
        "%n byte(s) follow the end of the frame": (
            "%n Byte folgt nach dem Ende des Frames",
            "%n Bytes folgen nach dem Ende des Frames",
        ),
        "malformed message": "fehlerhafte Nachricht",
        "byte %1: %2": "Byte %1: %2",
    },
    "HexInput": {
        "no hexadecimal bytes given": "keine hexadezimalen Bytes angegeben",
        "character %1 is not a hexadecimal digit": "Zeichen %1 ist keine Hexadezimalziffer",
        "the digit at character %1 has no partner: each byte takes two digits":
        "der Ziffer bei Zeichen %1 fehlt der Partner: Jedes Byte braucht zwei Ziffern",
    },
    "MessageText": {
        "NUM %1, M %2, size %3%4": "NUM %1, M %2, Größe %3%4",
        " (BERT)": " (BERT)",
        "Option %1": "Option %1",
        "(empty)": "(leer)",
        "0x%1 (not UTF-8)": "0x%1 (kein UTF-8)",
        " [length %1 outside %2-%3]": " [Länge %1 außerhalb %2–%3]",
        "%1 %2  message ID %3": "%1 %2  Nachrichten-ID %3",
        "  no token": "  kein Token",
        "  token 0x%1": "  Token 0x%1",
        "Payload, %n byte(s):": (
            "Nutzdaten, %n Byte:",
            "Nutzdaten, %n Bytes:",
        ),
        ", %n byte(s)": (
            ", %n Byte",
            ", %n Bytes",
        ),
    },
    "NetworkErrorText": {
        "the address is already in use": "die Adresse wird bereits verwendet",
        "the address does not belong to this machine": "die Adresse gehört nicht zu diesem Rechner",
        "permission denied (ports below 1024 need privileges)":
        "Zugriff verweigert (Ports unter 1024 brauchen Privilegien)",
        "the network is unreachable": "das Netz ist nicht erreichbar",
        "the datagram is too large for the network": "das Datagramm ist zu groß für das Netz",
        "the socket is not open": "der Socket ist nicht offen",
        "socket error": "Socket-Fehler",
        "no usable address": "keine verwendbare Adresse",
        "cannot open the session": "die Sitzung kann nicht geöffnet werden",
        "no acknowledgement from the server after all retransmissions":
        "keine Bestätigung vom Server nach allen Sendewiederholungen",
        "no response from the server in time": "keine rechtzeitige Antwort vom Server",
        "the server rejected the request with a Reset":
        "der Server hat die Anfrage mit einem Reset abgewiesen",
        "the session was released": "die Sitzung wurde freigegeben",
        "cancelled": "abgebrochen",
        "the block-wise transfer broke off: blocks were missing, out of order, or of a "
        "representation that changed meanwhile":
        "die blockweise Übertragung brach ab: Blöcke fehlten, kamen in falscher Reihenfolge oder "
        "gehörten zu einer inzwischen geänderten Repräsentation",
        "request failed": "Anfrage fehlgeschlagen",
        "nothing is listening on that port (connection refused or port unreachable)":
        "auf diesem Port lauscht nichts (Verbindung abgelehnt oder Port nicht erreichbar)",
        "the peer closed the connection": "die Gegenstelle hat die Verbindung geschlossen",
        "the host cannot be reached": "der Host ist nicht erreichbar",
        "the connection timed out": "Zeitüberschreitung der Verbindung",
        "the security settings cannot work":
        "die Sicherheitseinstellungen können nicht funktionieren",
        "cancelled (%1)": "abgebrochen (%1)",
        "the request is %1 bytes, more than the session's limit of %2":
        "die Anfrage hat %1 Bytes, mehr als das Limit der Sitzung von %2",
        "the connection was released (7.04 Release)": "die Verbindung wurde beendet (7.04 Release)",
        "the peer aborted the connection (7.05 Abort)":
        "die Gegenstelle hat die Verbindung abgebrochen (7.05 Abort)",
        "the peer aborted the connection (7.05 Abort): %1":
        "die Gegenstelle hat die Verbindung abgebrochen (7.05 Abort): %1",
        "the handshake failed": "der Handshake ist fehlgeschlagen",
        "the peer broke the CoAP-over-TCP protocol, so the connection was aborted: %1":
        "die Gegenstelle hat das CoAP-over-TCP-Protokoll verletzt, daher wurde die Verbindung "
        "abgebrochen: %1",
    },
    "OptionInput": {
        "%1: not hex bytes: %2": "%1: keine Hex-Bytes: %2",
        '%1 takes a number, a media type or a short name such as json, not "%2"':
        '%1 nimmt eine Zahl, einen Medientyp oder einen Kurznamen wie json, nicht "%2"',
        '%1 takes a number from 0 to %2, not "%3"': '%1 nimmt eine Zahl von 0 bis %2, nicht "%3"',
        "an option needs a name or number": "eine Option braucht einen Namen oder eine Nummer",
        "option numbers go from 1 to 65535, not %1":
        "Optionsnummern reichen von 1 bis 65535, nicht %1",
        'no option is called "%1"; give its number to send an unregistered one':
        'keine Option heißt "%1"; geben Sie die Nummer an, um eine nicht registrierte zu senden',
        "%1 takes no value; leave it empty": "%1 nimmt keinen Wert; lassen Sie ihn leer",
        "%1 takes %2 to %3 bytes; this value has %4":
        "%1 nimmt %2 bis %3 Bytes; dieser Wert hat %4",
        "hex bytes": "Hex-Bytes",
        "nothing": "nichts",
        "a number or media type": "eine Zahl oder ein Medientyp",
        "a number, or 0x and hex bytes": "eine Zahl oder 0x und Hex-Bytes",
        "text, or 0x and hex bytes": "Text oder 0x und Hex-Bytes",
    },
    "ParameterText": {
        "ACK_TIMEOUT must be more than 0.": "ACK_TIMEOUT muss größer als 0 sein.",
        "ACK_RANDOM_FACTOR must be at least 1.": "ACK_RANDOM_FACTOR muss mindestens 1 sein.",
        "MAX_RETRANSMIT must be between 0 and 20.": "MAX_RETRANSMIT muss zwischen 0 und 20 liegen.",
        "NSTART must be at least 1.": "NSTART muss mindestens 1 sein.",
        "DEFAULT_LEISURE cannot be negative.": "DEFAULT_LEISURE darf nicht negativ sein.",
        "PROBING_RATE must be more than 0.": "PROBING_RATE muss größer als 0 sein.",
        "MAX_LATENCY cannot be negative.": "MAX_LATENCY darf nicht negativ sein.",
    },
    "PayloadText": {
        'a link must start with "<"': 'ein Link muss mit "<" beginnen',
        'no ">" closes the link target': 'kein ">" schließt das Linkziel ab',
        "a quoted value runs to the end": "ein Wert in Anführungszeichen läuft bis zum Ende",
        'expected ";" or ","': '";" oder "," erwartet',
        "a parameter has no name": "ein Parameter hat keinen Namen",
        "Not valid link format: byte %1: %2": "Kein gültiges Link-Format: Byte %1: %2",
        "Not valid JSON: near byte %1: %2": "Kein gültiges JSON: bei Byte %1: %2",
        "Not valid JSON: the payload holds no value":
        "Kein gültiges JSON: Die Nutzdaten enthalten keinen Wert",
        "Not valid JSON: more than one value (separate values belong in an array)":
        "Kein gültiges JSON: mehr als ein Wert (einzelne Werte gehören in ein Array)",
        "Not valid CBOR: the item at byte %1: %2":
        "Kein gültiges CBOR: das Element bei Byte %1: %2",
        "Not valid CBOR: %n byte(s) after the item": (
            "Kein gültiges CBOR: %n Byte nach dem Element",
            "Kein gültiges CBOR: %n Bytes nach dem Element",
        ),
        "Not valid CBOR: the payload is empty": "Kein gültiges CBOR: Die Nutzdaten sind leer",
        "Not well-formed XML: line %1, column %2: %3":
        "Kein wohlgeformtes XML: Zeile %1, Spalte %2: %3",
        "Not valid UTF-8 text": "Kein gültiger UTF-8-Text",
        "no Content-Format": "kein Content-Format",
        "Content-Format %1 (unregistered)": "Content-Format %1 (nicht registriert)",
    },
    "ProfileErrorText": {
        "Cannot read %1: %2": "%1 kann nicht gelesen werden: %2",
        "Cannot write %1: %2. The file was not changed.":
        "%1 kann nicht geschrieben werden: %2. Die Datei wurde nicht verändert.",
        "%1 is not valid JSON: %2 at line %3, column %4 (byte %5).":
        "%1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4 (Byte %5).",
        "%1 is not a CoapScope profile file.": "%1 ist keine CoapScope-Profildatei.",
        "%1 was written by a newer CoapScope (format version %2).":
        "%1 wurde von einem neueren CoapScope geschrieben (Formatversion %2).",
        "%1: %2 is invalid: %3": "%1: %2 ist ungültig: %3",
        'A profile named "%1" already exists.': "Ein Profil namens „%1“ existiert bereits.",
        "A profile needs a name.": "Ein Profil braucht einen Namen.",
        'There is no profile named "%1".': "Es gibt kein Profil namens „%1“.",
        "Changes are not saved: %1 could not be loaded and is kept as it is. Fix it, or move it "
        "aside to start afresh.":
        "Änderungen werden nicht gespeichert: %1 konnte nicht geladen werden und bleibt, wie es "
        "ist. Reparieren Sie die Datei oder legen Sie sie beiseite, um neu zu beginnen.",
    },
    "ProfileFileText": {
        'expected "none", "keychain" or "file"': '"none", "keychain" oder "file" erwartet',
        "expected 0 (automatic) or a power of two from 16 to 1024":
        "0 (automatisch) oder eine Zweierpotenz von 16 bis 1024 erwartet",
        "expected text": "Text erwartet",
        "expected true or false": "true oder false erwartet",
        "expected a whole number from %1 to %2": "ganze Zahl von %1 bis %2 erwartet",
        "expected a number": "Zahl erwartet",
        'expected text or {"hex": "..."}': 'Text oder {"hex": "..."} erwartet',
        'expected {"file": "..."} or {"base64": "..."}':
        '{"file": "..."} oder {"base64": "..."} erwartet',
        "expected a list of texts": "Liste von Texten erwartet",
        "expected an object": "Objekt erwartet",
        "must be at least 1": "muss mindestens 1 sein",
        "must be above 0": "muss größer als 0 sein",
        "a profile needs a name": "ein Profil braucht einen Namen",
        "not a coap, coaps, coap+tcp or coaps+tcp URI":
        "keine coap-, coaps-, coap+tcp- oder coaps+tcp-URI",
        '"%1" appears twice': "„%1“ kommt doppelt vor",
    },
    "ProfileStore": {
        "cannot create the directory %1": "das Verzeichnis %1 kann nicht angelegt werden",
    },
    "SecretText": {
        "Not hexadecimal: %1.": "Nicht hexadezimal: %1.",
    },
    "SecurityErrorText": {
        "the security settings cannot work: %1":
        "die Sicherheitseinstellungen können nicht funktionieren: %1",
        "wrong pre-shared key: both ends know the identity, but their keys differ":
        "falscher Pre-Shared Key: Beide Seiten kennen die Identität, aber ihre Schlüssel "
        "unterscheiden sich",
        "the server knows no key for this PSK identity":
        "der Server kennt keinen Schlüssel für diese PSK-Identität",
        "the peer's certificate is not issued by a trusted authority (give its CA with --ca)":
        "das Zertifikat der Gegenstelle stammt nicht von einer vertrauenswürdigen Stelle (geben "
        "Sie ihre CA mit --ca an)",
        "the peer's certificate has expired or is not yet valid":
        "das Zertifikat der Gegenstelle ist abgelaufen oder noch nicht gültig",
        "the peer's certificate is self-signed, and self-signed certificates are not allowed "
        "(--allow-self-signed)":
        "das Zertifikat der Gegenstelle ist selbstsigniert, und selbstsignierte Zertifikate sind "
        "nicht erlaubt (--allow-self-signed)",
        "the peer's certificate is for another name":
        "das Zertifikat der Gegenstelle gilt für einen anderen Namen",
        "the peer's certificate has been revoked": "das Zertifikat der Gegenstelle wurde gesperrt",
        "revocation could not be checked: no usable CRL":
        "der Sperrstatus konnte nicht geprüft werden: keine verwendbare CRL",
        "the peer's certificate was rejected": "das Zertifikat der Gegenstelle wurde abgelehnt",
        "the peer sent no certificate, but one is required":
        "die Gegenstelle hat kein Zertifikat gesendet, aber eines ist erforderlich",
        "the two ends have no cipher suite in common":
        "die beiden Seiten haben keine gemeinsame Cipher-Suite",
        "no answer to the handshake from the peer":
        "keine Antwort der Gegenstelle auf den Handshake",
        "the peer ended the handshake with the alert %1":
        "die Gegenstelle hat den Handshake mit dem Alert %1 beendet",
        "the handshake failed": "der Handshake ist fehlgeschlagen",
        "no pre-shared key or certificate is set":
        "weder Pre-Shared Key noch Zertifikat ist gesetzt",
        "the PSK identity is empty": "die PSK-Identität ist leer",
        "the PSK identity is longer than 255 bytes": "die PSK-Identität ist länger als 255 Bytes",
        "the PSK identity contains a NUL byte": "die PSK-Identität enthält ein NUL-Byte",
        "the pre-shared key is empty": "der Pre-Shared Key ist leer",
        "the pre-shared key is longer than 512 bytes":
        "der Pre-Shared Key ist länger als 512 Bytes",
        "a certificate is missing": "ein Zertifikat fehlt",
        "the private key is missing": "der private Schlüssel fehlt",
        "both a file and data are given": "sowohl eine Datei als auch Daten sind angegeben",
        "verifying the peer needs a CA file or directory":
        "die Prüfung der Gegenstelle braucht eine CA-Datei oder ein CA-Verzeichnis",
        "the chain verify depth is out of range":
        "die Prüftiefe der Kette liegt außerhalb des Bereichs",
        "the handshake timeout is out of range":
        "das Handshake-Zeitlimit liegt außerhalb des Bereichs",
        "the link MTU is out of range": "die Link-MTU liegt außerhalb des Bereichs",
    },
    "SessionText": {
        "Client": "Client",
        "Server": "Server",
        "Connecting": "Verbindet",
        "Handshaking": "Handshake",
        "Exchanging capabilities": "Tauscht Fähigkeiten aus",
        "Established": "Aufgebaut",
        "Idle": "Ruhend",
        "Disconnected": "Getrennt",
        "Closed": "Geschlossen",
        "The TCP connection is being opened.": "Die TCP-Verbindung wird geöffnet.",
        "DTLS or TLS is negotiating security.": "DTLS oder TLS handelt die Sicherheit aus.",
        "The connection is up; waiting for the peer's Capabilities and Settings Message (CSM).":
        "Die Verbindung steht; warte auf die Capabilities and Settings Message (CSM) der "
        "Gegenstelle.",
        "Messages can be exchanged.": "Nachrichten können ausgetauscht werden.",
        "A released server session in the free pool; it is revived if the peer returns and freed "
        "after the idle timeout.":
        "Eine freigegebene Server-Sitzung im Pool freier Sitzungen; sie lebt wieder auf, wenn die "
        "Gegenstelle zurückkehrt, und wird nach dem Ruhe-Timeout gelöscht.",
        "The connection ended; a client session reconnects on its next request.":
        "Die Verbindung ist beendet; eine Client-Sitzung verbindet sich bei ihrer nächsten "
        "Anfrage neu.",
        "The session has been freed.": "Die Sitzung wurde gelöscht.",
        "%1 ms": "%1 ms",
        "%1 s": "%1 s",
        "(empty)": "(leer)",
    },
    "TraceExportText": {
        "cannot create the trace %1: %2": "der Mitschnitt %1 kann nicht angelegt werden: %2",
        "cannot write the trace %1: %2": "der Mitschnitt %1 kann nicht geschrieben werden: %2",
        "cannot put the trace in place as %1: %2":
        "der Mitschnitt kann nicht als %1 abgelegt werden: %2",
    },
    "UriErrorText": {
        "the URI is empty": "die URI ist leer",
        "a URI starts with coap://, coaps://, coap+tcp:// or coaps+tcp://":
        "eine URI beginnt mit coap://, coaps://, coap+tcp:// oder coaps+tcp://",
        "the scheme must be coap, coaps, coap+tcp or coaps+tcp":
        "das Schema muss coap, coaps, coap+tcp oder coaps+tcp sein",
        '"//" and a host must follow the scheme': 'auf das Schema müssen "//" und ein Host folgen',
        'CoAP URIs carry no user name ("user@host")':
        'CoAP-URIs enthalten keinen Benutzernamen ("user@host")',
        "the host is missing": "der Host fehlt",
        "the bracketed host is not a valid IPv6 address":
        "der Host in eckigen Klammern ist keine gültige IPv6-Adresse",
        "the port must be a number from 0 to 65535": "der Port muss eine Zahl von 0 bis 65535 sein",
        'CoAP URIs cannot have a fragment ("#...")':
        'CoAP-URIs können kein Fragment ("#...") haben',
        '"%" must be followed by two hexadecimal digits':
        'auf "%" müssen zwei Hexadezimalziffern folgen',
        "this character must be percent-encoded": "dieses Zeichen muss prozentkodiert werden",
        'Uri-Path option %1 is "." or "..", which RFC 7252 forbids':
        'Uri-Path-Option %1 ist "." oder "..", was RFC 7252 verbietet',
        "character %1: %2": "Zeichen %1: %2",
    },
    "VersionText": {
        "%1 %2\nQt %3 (built with %4)\n%5\n": "%1 %2\nQt %3 (gebaut mit %4)\n%5\n",
    },
    "Translations": {
        "--lang takes a language code: %1": "--lang nimmt einen Sprachcode: %1",
        'CoapScope has no translation for "%1"; --lang takes one of %2':
        'CoapScope hat keine Übersetzung für "%1"; --lang nimmt einen von %2',
    },
    "ProfileSecretsText": {
        "pre-shared key": "der Pre-Shared Key",
        "private key": "der private Schlüssel",
    },
    "SecretStoreText": {
        "the keychain could not be reached (%1)": "der Schlüsselbund ist nicht erreichbar (%1)",
        "no keychain service is running (%1)": "kein Schlüsselbunddienst läuft (%1)",
        "the keychain is not supported on this system (%1)":
        "der Schlüsselbund wird auf diesem System nicht unterstützt (%1)",
        "the keychain refused access (%1)": "der Schlüsselbund hat den Zugriff verweigert (%1)",
        "there is no keychain support in this build":
        "dieser Build unterstützt keinen Schlüsselbund",
    },
}
