# SPDX-License-Identifier: BSD-2-Clause
"""German: the pre-shared key, certificate and connection profile dialogs (ui/dialogs)."""

CONTEXTS = {
    "coapscope::CertificateSummary": {
        "Subject:": "Inhaber:",
        "Issuer:": "Aussteller:",
        "Valid:": "Gültig:",
        "SHA-256:": "SHA-256:",
        "Names:": "Namen:",
        "Chain:": "Kette:",
        "No certificate chosen.": "Kein Zertifikat gewählt.",
        "No certificate in the file.": "Kein Zertifikat in der Datei.",
        "%1 to %2": "%1 bis %2",
        "none": "keine",
        "this certificate only": "nur dieses Zertifikat",
        "%n more certificate(s) after this one": (
            "%n weiteres Zertifikat nach diesem",
            "%n weitere Zertifikate nach diesem",
        ),
    },
    "coapscope::FilePicker": {
        "Browse…": "Durchsuchen…",
        "No file": "Keine Datei",
        "No directory": "Kein Verzeichnis",
        "Choose %1": "%1 wählen",
        "All files (*)": "Alle Dateien (*)",
    },
    "coapscope::PkiDialog": {
        "Certificates of the Server": "Zertifikate des Servers",
        "Certificates": "Zertifikate",
        "Server c&ertificate": "&Server-Zertifikat",
        "Clie&nt certificate": "&Client-Zertifikat",
        "&Trust": "&Vertrauen",
        "&Verification": "&Prüfung",
        "Certificate settings": "Zertifikatseinstellungen",
    },
    "coapscope::PkiOwnPage": {
        "Certificate": "Zertifikat",
        "Private key": "Privater Schlüssel",
        "Certificates (*.pem *.crt *.cer *.der)": "Zertifikate (*.pem *.crt *.cer *.der)",
        "Private keys (*.pem *.key *.der)": "Private Schlüssel (*.pem *.key *.der)",
        "The server presents this certificate to every client. PEM or DER; a PEM file may hold "
        "the chain after the certificate.":
        "Der Server legt dieses Zertifikat jedem Client vor. PEM oder DER; eine PEM-Datei darf "
        "nach dem Zertifikat die Kette enthalten.",
        "Optional: a certificate to present when the server asks for one. PEM or DER; a PEM file "
        "may hold the chain after the certificate.":
        "Optional: ein Zertifikat, das vorgelegt wird, wenn der Server eines verlangt. PEM oder "
        "DER; eine PEM-Datei darf nach dem Zertifikat die Kette enthalten.",
        "&Certificate:": "Zert&ifikat:",
        "Private &key:": "Privater &Schlüssel:",
        "The certificate": "Das Zertifikat",
        "Given by the program, not as a file": "Vom Programm vorgegeben, nicht als Datei",
        "No file": "Keine Datei",
        "No certificate chosen.": "Kein Zertifikat gewählt.",
        "A server needs a certificate: choose its file.":
        "Ein Server braucht ein Zertifikat: Wählen Sie dessen Datei.",
        "Choose the certificate this private key belongs to.":
        "Wählen Sie das Zertifikat, zu dem dieser private Schlüssel gehört.",
        "No certificate to show.": "Kein Zertifikat anzuzeigen.",
        "Choose the private key that belongs to the certificate.":
        "Wählen Sie den privaten Schlüssel, der zum Zertifikat gehört.",
    },
    "coapscope::PkiTrustPage": {
        "CA file": "CA-Datei",
        "CA directory": "CA-Verzeichnis",
        "Check &revocation": "Sperrstatus p&rüfen",
        "Refuse peer certificates that a CRL lists as revoked.":
        "Zertifikate der Gegenstelle ablehnen, die eine CRL als gesperrt führt.",
        "Allow a missing &CRL": "Fehlende &CRL erlauben",
        "Accept a certificate whose CA has no CRL here.":
        "Ein Zertifikat annehmen, für dessen CA hier keine CRL vorliegt.",
        "Allow an e&xpired CRL": "A&bgelaufene CRL erlauben",
        "Use a CRL past its next-update time instead of failing.":
        "Eine CRL nach ihrem Next-Update-Zeitpunkt verwenden, statt abzubrechen.",
        "CRL file": "CRL-Datei",
        "Certificates (*.pem *.crt)": "Zertifikate (*.pem *.crt)",
        "Certificate revocation lists (*.pem *.crl)": "Zertifikatsperrlisten (*.pem *.crl)",
        "Trusted certificate authorities": "Vertrauenswürdige Zertifizierungsstellen",
        "The peer's certificate must be issued by one of these. A PEM file may hold several; a "
        "directory is one made by openssl rehash.":
        "Das Zertifikat der Gegenstelle muss von einer dieser Stellen ausgestellt sein. Eine "
        "PEM-Datei darf mehrere enthalten; ein Verzeichnis ist eines, das openssl rehash angelegt "
        "hat.",
        "CA &file:": "CA-&Datei:",
        "CA &directory:": "CA-Ver&zeichnis:",
        "Revocation": "Sperrung",
        "CRL f&ile:": "CRL-Da&tei:",
        "Trusts %1": "Vertraut %1",
        "Verifying the peer needs a CA file or directory. Give one, turn verification off, or "
        "allow self-signed certificates.":
        "Die Prüfung der Gegenstelle braucht eine CA-Datei oder ein CA-Verzeichnis. Geben Sie "
        "eines an, schalten Sie die Prüfung ab oder erlauben Sie selbstsignierte Zertifikate.",
        "%1 does not exist.": "%1 existiert nicht.",
        "%1 is not a directory.": "%1 ist kein Verzeichnis.",
        "Checking revocation needs a CRL file (or a CA directory holding CRLs), or allowing a "
        "missing CRL.":
        "Die Sperrprüfung braucht eine CRL-Datei (oder ein CA-Verzeichnis mit CRLs) oder die "
        "Erlaubnis, dass die CRL fehlen darf.",
    },
    "coapscope::PkiVerificationPage": {
        "Verify the &peer's certificate": "Zertifikat der &Gegenstelle prüfen",
        "Check that it leads to a trusted CA and is in date; off: accept any.":
        "Prüfen, dass es zu einer vertrauenswürdigen CA führt und zeitlich gültig ist; aus: jedes "
        "annehmen.",
        "Re&quire a client certificate": "Client-Zertifikat ver&langen",
        "Refuse clients that present no certificate.":
        "Clients ablehnen, die kein Zertifikat vorlegen.",
        "Allow &self-signed certificates": "&Selbstsignierte Zertifikate erlauben",
        "Accept a certificate that is its own issuer, without a CA.":
        "Ein Zertifikat annehmen, das sein eigener Aussteller ist, ohne CA.",
        "Allow &expired certificates": "&Abgelaufene Zertifikate erlauben",
        "Accept certificates that have expired or are not valid yet.":
        "Zertifikate annehmen, die abgelaufen oder noch nicht gültig sind.",
        "&Limit the chain length": "&Kettenlänge begrenzen",
        "Refuse chains with more intermediate CAs than allowed below.":
        "Ketten mit mehr Zwischen-CAs als unten erlaubt ablehnen.",
        "Intermediate CAs allowed": "Erlaubte Zwischen-CAs",
        "How many CAs may stand between the peer's certificate and the trusted CA":
        "Wie viele CAs zwischen dem Zertifikat der Gegenstelle und der vertrauenswürdigen CA "
        "stehen dürfen",
        "Checks": "Prüfungen",
        "Intermediate &CAs allowed:": "Erlaubte Zwischen-&CAs:",
        "Expected server name": "Erwarteter Servername",
        "Any name": "Beliebiger Name",
        "Server name indication": "Server Name Indication",
        "None sent": "Keine gesendet",
        "Server name": "Servername",
        "The expected name must be among the certificate's names (host name or IP address). SNI "
        "is sent in the handshake so the server can pick its certificate (host names only).":
        "Der erwartete Name muss unter den Namen des Zertifikats sein (Hostname oder IP-Adresse). "
        "SNI wird im Handshake gesendet, damit der Server sein Zertifikat wählen kann (nur "
        "Hostnamen).",
        "E&xpected name:": "Erwarteter &Name:",
        "S&NI:": "SN&I:",
        '"%1" is neither a host name nor an IP address.':
        "„%1“ ist weder ein Hostname noch eine IP-Adresse.",
        "SNI carries host names only, not addresses like %1.":
        "SNI trägt nur Hostnamen, keine Adressen wie %1.",
        '"%1" is not a host name.': "„%1“ ist kein Hostname.",
    },
    "coapscope::ProfileEditor": {
        "Message sizes and transmission parameters": "Nachrichtengrößen und Übertragungsparameter",
        'Identity "%1"; the key is read from the system keychain when connecting, or asked for if '
        "it is not there.":
        "Identität „%1“; der Schlüssel wird beim Verbinden aus dem Schlüsselbund des Systems "
        "gelesen oder abgefragt, wenn er dort fehlt.",
        "&Pre-shared key": "Pre-Shared &Key",
        "Edit &key…": "&Schlüssel bearbeiten…",
        "C&ertificates": "&Zertifikate",
        "Edit certi&ficates…": "Zertifikate &bearbeiten…",
        "URI": "URI",
        "Present a pre-shared key to the server": "Dem Server einen Pre-Shared Key vorlegen",
        "Use certificates for the handshake": "Zertifikate für den Handshake verwenden",
        "U&RI:": "U&RI:",
        "Security (coaps:// and coaps+tcp://)": "Sicherheit (coaps:// und coaps+tcp://)",
        "%1 needs a pre-shared key or certificates.":
        "%1 braucht einen Pre-Shared Key oder Zertifikate.",
        "The pre-shared key has no identity yet: use Edit key.":
        "Der Pre-Shared Key hat noch keine Identität: Nutzen Sie „Schlüssel bearbeiten“.",
        "Not set yet.": "Noch nicht gesetzt.",
        'Identity "%1"; the key is asked for when connecting.':
        "Identität „%1“; der Schlüssel wird beim Verbinden abgefragt.",
        'Identity "%1" with a key of %n byte(s).': (
            "Identität „%1“ mit einem Schlüssel von %n Byte.",
            "Identität „%1“ mit einem Schlüssel von %n Bytes.",
        ),
        "no client certificate": "kein Client-Zertifikat",
        "client certificate %1": "Client-Zertifikat %1",
        "the server's certificate is not verified": "das Zertifikat des Servers wird nicht geprüft",
        "trusting %1": "vertraut %1",
    },
    "coapscope::TransmissionEditor": {
        "ACK_TIMEOUT:": "ACK_TIMEOUT:",
        "How long to wait for the first acknowledgement":
        "Wie lange auf die erste Bestätigung gewartet wird",
        "ACK_RANDOM_FACTOR": "ACK_RANDOM_FACTOR",
        "The first wait is stretched by a random factor up to this":
        "Die erste Wartezeit wird um einen Zufallsfaktor bis zu diesem Wert gestreckt",
        "ACK_RANDOM_FACTOR:": "ACK_RANDOM_FACTOR:",
        "MAX_RETRANSMIT": "MAX_RETRANSMIT",
        "How often a confirmable message is sent again before giving up":
        "Wie oft eine bestätigbare Nachricht erneut gesendet wird, bevor aufgegeben wird",
        "MAX_RETRANSMIT:": "MAX_RETRANSMIT:",
        "NSTART": "NSTART",
        "How many exchanges may be outstanding with one peer":
        "Wie viele Austausche mit einer Gegenstelle gleichzeitig offen sein dürfen",
        "NSTART:": "NSTART:",
        "DEFAULT_LEISURE:": "DEFAULT_LEISURE:",
        "How long a server may wait before answering a multicast request":
        "Wie lange ein Server warten darf, bevor er auf eine Multicast-Anfrage antwortet",
        " B/s": " B/s",
        "PROBING_RATE": "PROBING_RATE",
        "The average data rate towards a peer that does not answer":
        "Die mittlere Datenrate zu einer Gegenstelle, die nicht antwortet",
        "PROBING_RATE:": "PROBING_RATE:",
        "MAX_LATENCY:": "MAX_LATENCY:",
        "The longest a datagram is expected to take to arrive":
        "Die längste erwartete Laufzeit eines Datagramms",
        "Restore RFC 7252 defaul&ts": "Vorgaben aus RFC 7252 &wiederherstellen",
        " s": " s",
        "A confirmable request is given up after %1 s (MAX_TRANSMIT_WAIT); message IDs are "
        "remembered for %2 s (EXCHANGE_LIFETIME).":
        "Eine bestätigbare Anfrage wird nach %1 s aufgegeben (MAX_TRANSMIT_WAIT); Nachrichten-IDs "
        "werden %2 s lang gemerkt (EXCHANGE_LIFETIME).",
    },
    "coapscope::ProfilesDialog": {
        "Include Keys (in Plain Text)": "Schlüssel einschließen (im Klartext)",
        "Exported files carry the pre-shared keys and private keys, readable by anyone who can "
        "read the file":
        "Exportierte Dateien enthalten die Pre-Shared Keys und privaten Schlüssel, lesbar für "
        "jeden, der die Datei lesen kann",
        "Export profiles": "Profile exportieren",
        "Export Keys": "Schlüssel exportieren",
        "The keys will be written to %1 in plain text: anyone who can read the file can use them. "
        "Export with the keys?":
        "Die Schlüssel werden im Klartext nach %1 geschrieben: Jeder, der die Datei lesen kann, "
        "kann sie verwenden. Mit den Schlüsseln exportieren?",
        "Reading the keys from the keychain…": "Schlüssel werden aus dem Schlüsselbund gelesen…",
        "Exported to %1 with the keys in plain text.":
        "Nach %1 exportiert, mit den Schlüsseln im Klartext.",
        "Exported to %1 without keys.": "Nach %1 exportiert, ohne Schlüssel.",
        "Import Keys": "Schlüssel importieren",
        "%n of the profiles in %1 carry keys. Where should they go?": (
            "%n der Profile in %1 enthält Schlüssel. Wohin sollen sie?",
            "%n der Profile in %1 enthalten Schlüssel. Wohin sollen sie?",
        ),
        "Into the &Keychain": "In den &Schlüsselbund",
        "Into the &Profile File": "In die Pro&fildatei",
        "&Leave Them Out": "&Weglassen",
        "In the profile file they are kept in plain text. Left out, they are asked for when "
        "connecting.":
        "In der Profildatei stehen sie im Klartext. Weggelassen, werden sie beim Verbinden "
        "abgefragt.",
        "&New": "&Neu",
        "D&uplicate": "&Duplizieren",
        "Rena&me": "&Umbenennen",
        "&Delete…": "&Löschen…",
        "&Import…": "&Importieren…",
        "E&xport": "E&xportieren",
        "Move the file aside": "Datei beiseitelegen",
        "&Connect": "&Verbinden",
        "Connection Profiles": "Verbindungsprofile",
        "Profiles": "Profile",
        "Selected profile": "Ausgewähltes Profil",
        "Rename the file that could not be loaded to .broken and start afresh":
        "Die Datei, die nicht geladen werden konnte, in .broken umbenennen und neu beginnen",
        "Import Profiles": "Profile importieren",
        "CoapScope profiles (*.json)": "CoapScope-Profile (*.json)",
        "The file that could not be loaded is now %1.":
        "Die Datei, die nicht geladen werden konnte, heißt jetzt %1.",
        "Export the Selected Profile…": "Ausgewähltes Profil exportieren…",
        "Export Profile": "Profil exportieren",
        "Export All Profiles…": "Alle Profile exportieren…",
        "Export Profiles": "Profile exportieren",
        "Profi&les:": "&Profile:",
        "%1 The file is kept as it is, and changes are not saved until it is fixed or moved aside.":
        "%1 Die Datei bleibt, wie sie ist, und Änderungen werden nicht gespeichert, bis sie "
        "repariert oder beiseitegelegt ist.",
        "Select a profile first.": "Wählen Sie zuerst ein Profil.",
        "New profile": "Neues Profil",
        "Delete Profile": "Profil löschen",
        'Delete the profile "%1"? This cannot be undone.':
        "Das Profil „%1“ löschen? Das lässt sich nicht rückgängig machen.",
        "Imported %n profile(s) from %1.": (
            "%n Profil aus %1 importiert.",
            "%n Profile aus %1 importiert.",
        ),
        '"%1" is now "%2": that name was taken.': "„%1“ heißt jetzt „%2“: Der Name war vergeben.",
    },
    "coapscope::PskDialog": {
        "Pre-Shared Key": "Pre-Shared Key",
        "Identity": "Identität",
        "Key": "Schlüssel",
        "Hint the server sent": "Vom Server gesendeter Hinweis",
        "None received yet": "Noch keiner empfangen",
        "The identity and key the server knows this client by.":
        "Identität und Schlüssel, unter denen der Server diesen Client kennt.",
        "&Identity:": "&Identität:",
        "&Key:": "&Schlüssel:",
        "Server's &hint:": "&Hinweis des Servers:",
        "The PSK identity hint the server sent in its last handshake, if any: it may say which "
        "identity to use.":
        "Der PSK-Identitätshinweis, den der Server in seinem letzten Handshake gesendet hat, "
        "falls vorhanden: Er kann sagen, welche Identität zu verwenden ist.",
        "Pre-Shared Keys of the Server": "Pre-Shared Keys des Servers",
        "Identity hint": "Identitätshinweis",
        "No hint": "Kein Hinweis",
        "Default key": "Standardschlüssel",
        "Identity &hint:": "Identitäts&hinweis:",
        "Sent to clients during the handshake, to help them pick an identity.":
        "Wird Clients im Handshake gesendet, damit sie eine Identität wählen können.",
        "&Default key:": "S&tandardschlüssel:",
        "Accepted from any identity not listed below. Leave it empty to refuse identities that "
        "are not listed.":
        "Wird von jeder unten nicht aufgeführten Identität angenommen. Leer lassen, um nicht "
        "aufgeführte Identitäten abzulehnen.",
        "Keys by identity:": "Schlüssel je Identität:",
        "%1 (hexadecimal)": "%1 (hexadezimal)",
        "Enter the identity the server knows this client by.":
        "Geben Sie die Identität ein, unter der der Server diesen Client kennt.",
        "The identity is %1 bytes long; at most %2 fit.":
        "Die Identität ist %1 Bytes lang; höchstens %2 passen.",
        "Enter the key.": "Geben Sie den Schlüssel ein.",
        "The key is %1 bytes long; at most %2 fit.":
        "Der Schlüssel ist %1 Bytes lang; höchstens %2 passen.",
        "Give a default key, a key for an identity, or both.":
        "Geben Sie einen Standardschlüssel, einen Schlüssel für eine Identität oder beides an.",
    },
    "coapscope::PskKeyTable": {
        "&Add identity": "Identität hin&zufügen",
        "&Remove identity": "Identität &entfernen",
        "Key for this identity": "Schlüssel für diese Identität",
        "Identity": "Identität",
        "Key": "Schlüssel",
        "Keys by identity": "Schlüssel je Identität",
        "&Identity:": "&Identität:",
        "&Key:": "&Schlüssel:",
        "Row %1 has no identity.": "Zeile %1 hat keine Identität.",
        'The identity "%1" is listed twice.': "Die Identität „%1“ ist doppelt aufgeführt.",
        'The key for "%1" is empty.': "Der Schlüssel für „%1“ ist leer.",
        'The key for "%1": %2': "Der Schlüssel für „%1“: %2",
        'The identity "%1" is longer than 255 bytes.':
        "Die Identität „%1“ ist länger als 255 Bytes.",
        'The key for "%1" is longer than 512 bytes.':
        "Der Schlüssel für „%1“ ist länger als 512 Bytes.",
        "missing": "fehlt",
        "%n byte(s)": (
            "%n Byte",
            "%n Bytes",
        ),
        "not hexadecimal": "nicht hexadezimal",
    },
    "coapscope::SecretEdit": {
        "He&x": "He&x",
        "%1 in hexadecimal": "%1 hexadezimal",
        "Read the text as hexadecimal digits, two per byte":
        "Den Text als Hexadezimalziffern lesen, zwei je Byte",
        "Show": "Anzeigen",
        "Show %1": "%1 anzeigen",
        "Show or hide the characters": "Zeichen anzeigen oder verbergen",
        "Hide": "Verbergen",
    },
    "coapscope::KeyStorageEditor": {
        "Keys are kept in plain text in the profile file, readable by anyone who can read the "
        "file.":
        "Schlüssel stehen im Klartext in der Profildatei, lesbar für jeden, der die Datei lesen "
        "kann.",
        "Keep Keys in the Profile &File": "Schlüssel in der Profil&datei ablegen",
        "&Ask for Keys When Connecting": "Schlüssel beim Verbinden &abfragen",
        "In the system keychain": "Im Schlüsselbund des Systems",
        "In the profile file, in plain text": "In der Profildatei, im Klartext",
        "Not stored: asked for when connecting": "Nicht gespeichert: beim Verbinden abgefragt",
        "Where keys are kept": "Ablageort der Schlüssel",
        "Where the pre-shared key and a private key held in memory are kept between runs":
        "Wo der Pre-Shared Key und ein im Speicher gehaltener privater Schlüssel zwischen "
        "Programmläufen aufbewahrt werden",
        "Keep keys in the profile file": "Schlüssel in der Profildatei ablegen",
        "Ask for keys when connecting": "Schlüssel beim Verbinden abfragen",
        "The keys are kept in plain text in the profile file":
        "Die Schlüssel stehen im Klartext in der Profildatei",
        "The keys are not kept: Connect asks for them":
        "Die Schlüssel werden nicht aufbewahrt: Verbinden fragt sie ab",
        "&Keys:": "Sch&lüssel:",
        "In the system keychain (not available)": "Im Schlüsselbund des Systems (nicht verfügbar)",
        "No keychain is available: %1. Until there is one, the keys are asked for when "
        "connecting. Choose where this profile's keys go instead:":
        "Kein Schlüsselbund verfügbar: %1. Bis es einen gibt, werden die Schlüssel beim Verbinden "
        "abgefragt. Wählen Sie, wo die Schlüssel dieses Profils stattdessen hinkommen:",
    },
    "coapscope::MessageSizeEditor": {
        "Default (File ▸ Settings)": "Vorgabe (Datei ▸ Einstellungen)",
        "MTU": "MTU",
        "The largest datagram of the session in bytes (%1 to %2), IP and UDP headers excluded; "
        "empty for the default":
        "Das größte Datagramm der Sitzung in Bytes (%1 bis %2), ohne IP- und UDP-Header; leer für "
        "die Vorgabe",
        "Automatic": "Automatisch",
        "%1 bytes": "%1 Bytes",
        "Block size": "Blockgröße",
        "The block size the request composer starts with for block-wise transfers (RFC 7959)":
        "Die Blockgröße, mit der der Anfrage-Editor blockweise Übertragungen beginnt (RFC 7959)",
        "&MTU:": "&MTU:",
        "&Block size:": "Block&größe:",
        "The MTU must be a whole number from %1 to %2 bytes.":
        "Die MTU muss eine ganze Zahl von %1 bis %2 Bytes sein.",
    },
}
