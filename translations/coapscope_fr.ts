<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>BenchCommand</name>
        <message>
            <source>Load a server with GET requests and report throughput and latency.</source>
            <translation>Charger un serveur de requêtes GET et indiquer le débit et la latence.</translation>
        </message>
        <message>
            <source>The resource to GET.</source>
            <translation>La ressource à lire par GET.</translation>
        </message>
        <message>
            <source>How many requests in all (default 10000).</source>
            <translation>Nombre total de requêtes (10000 par défaut).</translation>
        </message>
        <message>
            <source>How many sessions, each with one request in flight (default 4).</source>
            <translation>Nombre de sessions, chacune avec une requête en cours (4 par défaut).</translation>
        </message>
        <message>
            <source>Send Non-confirmable requests.</source>
            <translation>Envoyer des requêtes non confirmables (NON).</translation>
        </message>
        <message>
            <source>--requests takes a positive number, --concurrency one from 1 to 1000</source>
            <translation>--requests prend un nombre positif, --concurrency un nombre de 1 à 1000</translation>
        </message>
        <message>
            <source>cannot resolve %1: %2
</source>
            <translation>impossible de résoudre %1 : %2
</translation>
        </message>
        <message>
            <source>%1 requests in %2 s with %3 sessions: %4 requests/s
</source>
            <translation>%1 requêtes en %2 s avec %3 sessions : %4 requêtes/s
</translation>
        </message>
        <message>
            <source>latency ms: p50 %1, p90 %2, p99 %3, max %4
</source>
            <translation>latence ms : p50 %1, p90 %2, p99 %3, max %4
</translation>
        </message>
        <message>
            <source>errors %1, retransmissions %2
</source>
            <translation>erreurs %1, retransmissions %2
</translation>
        </message>
        <message>
            <source>first error: %1
</source>
            <translation>première erreur : %1
</translation>
        </message>
    </context>
    <context>
        <name>BusyPollOption</name>
        <message>
            <source>While traffic comes less than MICROSECONDS apart, poll the sockets that long for more before sleeping (default %1; 0 never polls).</source>
            <translation>Tant que le trafic arrive à moins de MICROSECONDS d'intervalle, interroger les sockets pendant ce temps avant de s'endormir (%1 par défaut ; 0 n’interroge jamais).</translation>
        </message>
        <message>
            <source>--busy-poll takes microseconds from 0 to %1</source>
            <translation>--busy-poll prend des microsecondes de 0 à %1</translation>
        </message>
    </context>
    <context>
        <name>CaptureReadText</name>
        <message>
            <source>this is not a pcap or pcapng file</source>
            <translation>ce n'est pas un fichier pcap ou pcapng</translation>
        </message>
        <message>
            <source>the file is cut short</source>
            <translation>le fichier est tronqué</translation>
        </message>
        <message>
            <source>the file is damaged</source>
            <translation>le fichier est endommagé</translation>
        </message>
        <message>
            <source>the file uses a form CoapScope does not read</source>
            <translation>le fichier utilise un format que CoapScope ne lit pas</translation>
        </message>
        <message>
            <source>%1 at byte %2</source>
            <translation>%1 à l'octet %2</translation>
        </message>
        <message>
            <source>%1 at byte %2 (%3)</source>
            <translation>%1 à l'octet %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>CborDiagnosticText</name>
        <message>
            <source>no CBOR diagnostic notation given</source>
            <translation>aucune notation de diagnostic CBOR fournie</translation>
        </message>
        <message>
            <source>the text ends in the middle of an item</source>
            <translation>le texte s'arrête au milieu d'un élément</translation>
        </message>
        <message>
            <source>no CBOR item starts here (expected a number, "text", h'bytes', [array], {map}, true, false, null, undefined, simple(N) or a tag N(item))</source>
            <translation>aucun élément CBOR ne commence ici (attendu : un nombre, "text", h'bytes', [array], {map}, true, false, null, undefined, simple(N) ou une étiquette N(item))</translation>
        </message>
        <message>
            <source>not a valid number</source>
            <translation>nombre non valide</translation>
        </message>
        <message>
            <source>the number is out of range (integers must fit 64 bits, signed)</source>
            <translation>le nombre est hors limites (les entiers doivent tenir sur 64 bits, signés)</translation>
        </message>
        <message>
            <source>invalid escape (use \" \\ \/ \b \f \n \r \t \a \v \uXXXX or \UXXXXXXXX)</source>
            <translation>échappement non valide (utilisez \" \\ \/ \b \f \n \r \t \a \v \uXXXX ou \UXXXXXXXX)</translation>
        </message>
        <message>
            <source>invalid byte string: h'...' takes pairs of hexadecimal digits, b64'...' takes base64</source>
            <translation>chaîne d'octets non valide : h'...' prend des paires de chiffres hexadécimaux, b64'...' prend du base64</translation>
        </message>
        <message>
            <source>simple(N) takes N from 0 to 23 or 32 to 255</source>
            <translation>simple(N) prend N de 0 à 23 ou de 32 à 255</translation>
        </message>
        <message>
            <source>expected ":" after the map key</source>
            <translation>":" attendu après la clé de la map</translation>
        </message>
        <message>
            <source>expected "," or "]"</source>
            <translation>"," ou "]" attendu</translation>
        </message>
        <message>
            <source>expected "," or "}"</source>
            <translation>"," ou "}" attendu</translation>
        </message>
        <message>
            <source>expected ")"</source>
            <translation>")" attendu</translation>
        </message>
        <message>
            <source>this map key appears twice</source>
            <translation>cette clé de map apparaît deux fois</translation>
        </message>
        <message>
            <source>more text after a complete item (put several items in an [array])</source>
            <translation>du texte après un élément complet (placez plusieurs éléments dans un [array])</translation>
        </message>
        <message>
            <source>nested more than %1 levels deep</source>
            <translation>imbriqué sur plus de %1 niveaux</translation>
        </message>
        <message>
            <source>character %1: %2</source>
            <translation>caractère %1 : %2</translation>
        </message>
        <message>
            <source>line %1, column %2: %3</source>
            <translation>ligne %1, colonne %2 : %3</translation>
        </message>
    </context>
    <context>
        <name>CertificateFileText</name>
        <message>
            <source>The data</source>
            <translation>Les données</translation>
        </message>
        <message>
            <source>Cannot read %1: %2.</source>
            <translation>Impossible de lire %1 : %2.</translation>
        </message>
        <message>
            <source>%1 holds no certificate in PEM or DER form (%2).</source>
            <translation>%1 ne contient aucun certificat au format PEM ou DER (%2).</translation>
        </message>
        <message>
            <source>%1 holds no private key in PEM or DER form, or the key is encrypted (%2).</source>
            <translation>%1 ne contient aucune clé privée au format PEM ou DER, ou la clé est chiffrée (%2).</translation>
        </message>
        <message>
            <source>The private key in %1 does not belong to the certificate.</source>
            <translation>La clé privée de %1 n'appartient pas au certificat.</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 n'existe pas.</translation>
        </message>
        <message>
            <source>%1 is a directory, not a file.</source>
            <translation>%1 est un dossier, pas un fichier.</translation>
        </message>
        <message>
            <source>%1 is not a regular file.</source>
            <translation>%1 n'est pas un fichier ordinaire.</translation>
        </message>
        <message>
            <source>%1 cannot be read: permission denied.</source>
            <translation>%1 ne peut pas être lu : permission refusée.</translation>
        </message>
        <message>
            <source>%1 is too large to be a certificate, key or CRL file.</source>
            <translation>%1 est trop volumineux pour être un fichier de certificat, de clé ou de CRL.</translation>
        </message>
        <message>
            <source>The certificate expired on %1: peers that check it will refuse it.</source>
            <translation>Le certificat a expiré le %1 : les pairs qui le vérifient le refuseront.</translation>
        </message>
        <message>
            <source>The certificate is not valid before %1: peers that check it will refuse it until then.</source>
            <translation>Le certificat n'est pas valide avant le %1 : les pairs qui le vérifient le refuseront jusque-là.</translation>
        </message>
        <message>
            <source>The certificate is self-signed: peers accept it only if they trust it directly or allow self-signed certificates.</source>
            <translation>Le certificat est auto-signé : les pairs ne l'acceptent que s'ils lui font directement confiance ou autorisent les certificats auto-signés.</translation>
        </message>
    </context>
    <context>
        <name>ClientRun</name>
        <message>
            <source>--ack-timeout takes a positive number of seconds and --max-retransmit a count from 0 to 20</source>
            <translation>--ack-timeout prend un nombre positif de secondes et --max-retransmit un nombre de 0 à 20</translation>
        </message>
        <message>
            <source>give exactly one URI, such as coap://127.0.0.1/test</source>
            <translation>indiquez exactement une URI, comme coap://127.0.0.1/test</translation>
        </message>
        <message>
            <source>invalid URI: %1</source>
            <translation>URI non valide : %1</translation>
        </message>
        <message>
            <source>cannot resolve %1: %2
</source>
            <translation>impossible de résoudre %1 : %2
</translation>
        </message>
        <message>
            <source>cannot open a session to %1: %2
</source>
            <translation>impossible d'ouvrir une session vers %1 : %2
</translation>
        </message>
        <message>
            <source>Give up after SECONDS (default: MAX_TRANSMIT_WAIT, 93 s).</source>
            <translation>Abandonner après SECONDS (par défaut : MAX_TRANSMIT_WAIT, 93 s).</translation>
        </message>
        <message>
            <source>Print one line per datagram on standard error.</source>
            <translation>Écrire une ligne par datagramme sur la sortie d'erreur.</translation>
        </message>
        <message>
            <source>Print the outcome as JSON (see the README).</source>
            <translation>Afficher le résultat en JSON (voir le README).</translation>
        </message>
        <message>
            <source>ACK_TIMEOUT in seconds (default 2).</source>
            <translation>ACK_TIMEOUT en secondes (2 par défaut).</translation>
        </message>
        <message>
            <source>MAX_RETRANSMIT (default 4).</source>
            <translation>MAX_RETRANSMIT (4 par défaut).</translation>
        </message>
    </context>
    <context>
        <name>DecodeCommand</name>
        <message>
            <source>malformed: %1
</source>
            <translation>mal formé : %1
</translation>
        </message>
        <message>
            <source>Frame %1
</source>
            <translation>Trame %1
</translation>
        </message>
        <message>
            <source>Decode a CoAP message given as hex bytes.</source>
            <translation>Décoder un message CoAP donné en octets hexadécimaux.</translation>
        </message>
        <message>
            <source>Read RFC 8323 stream frames (TCP, TLS) instead of a datagram.</source>
            <translation>Lire des trames de flux RFC 8323 (TCP, TLS) au lieu d'un datagramme.</translation>
        </message>
        <message>
            <source>Print JSON (the form documented in the README).</source>
            <translation>Afficher du JSON (sous la forme décrite dans le README).</translation>
        </message>
        <message>
            <source>With --tcp, refuse frames larger than a peer's Max-Message-Size of N bytes (default: no limit).</source>
            <translation>Avec --tcp, refuser les trames plus grandes qu'une Max-Message-Size du pair de N octets (par défaut : aucune limite).</translation>
        </message>
        <message>
            <source>The bytes in hex; spaces and colons are allowed. "-" reads standard input.</source>
            <translation>Les octets en hexadécimal ; espaces et deux-points sont permis. "-" lit l'entrée standard.</translation>
        </message>
        <message>
            <source>decode: give the message bytes in hex, or "-" to read them from standard input
</source>
            <translation>decode : indiquez les octets du message en hexadécimal, ou "-" pour les lire sur l'entrée standard
</translation>
        </message>
        <message>
            <source>decode: cannot read standard input
</source>
            <translation>decode : impossible de lire l'entrée standard
</translation>
        </message>
        <message>
            <source>decode: %1
</source>
            <translation>decode : %1
</translation>
        </message>
        <message>
            <source>decode: --max-message-size takes a positive number of bytes, with --tcp
</source>
            <translation>decode : --max-message-size prend un nombre positif d'octets, avec --tcp
</translation>
        </message>
    </context>
    <context>
        <name>DecodeErrorText</name>
        <message numerus="yes">
            <source>the message is %n byte(s) long; a CoAP header needs %1</source>
            <translation>
                <numerusform>le message fait %n octet ; un en-tête CoAP en demande %1</numerusform>
                <numerusform>le message fait %n octets ; un en-tête CoAP en demande %1</numerusform>
            </translation>
        </message>
        <message>
            <source>version %1 is not CoAP version 1</source>
            <translation>la version %1 n'est pas la version 1 de CoAP</translation>
        </message>
        <message>
            <source>token length %1 is reserved (0 to 8 allowed)</source>
            <translation>la longueur de jeton %1 est réservée (de 0 à 8 autorisé)</translation>
        </message>
        <message numerus="yes">
            <source>the token (%n byte(s)) runs past the end of the message</source>
            <translation>
                <numerusform>le jeton (%n octet) dépasse la fin du message</numerusform>
                <numerusform>le jeton (%n octets) dépasse la fin du message</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n byte(s) left)</source>
            <translation>
                <numerusform> (%n octet restant)</numerusform>
                <numerusform> (%n octets restants)</numerusform>
            </translation>
        </message>
        <message>
            <source>option delta nibble 15 is reserved for the payload marker 0xFF</source>
            <translation>le quartet de delta d'option 15 est réservé au marqueur de charge utile 0xFF</translation>
        </message>
        <message>
            <source>option length nibble 15 is reserved</source>
            <translation>le quartet de longueur d'option 15 est réservé</translation>
        </message>
        <message numerus="yes">
            <source>the extended option delta needs %n byte(s)</source>
            <translation>
                <numerusform>le delta d'option étendu demande %n octet</numerusform>
                <numerusform>le delta d'option étendu demande %n octets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> but the message ends (%n byte(s) left)</source>
            <translation>
                <numerusform> mais le message se termine (%n octet restant)</numerusform>
                <numerusform> mais le message se termine (%n octets restants)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the extended option length needs %n byte(s)</source>
            <translation>
                <numerusform>la longueur d'option étendue demande %n octet</numerusform>
                <numerusform>la longueur d'option étendue demande %n octets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the option value (%n byte(s)) runs past the end of the message</source>
            <translation>
                <numerusform>la valeur d'option (%n octet) dépasse la fin du message</numerusform>
                <numerusform>la valeur d'option (%n octets) dépasse la fin du message</numerusform>
            </translation>
        </message>
        <message>
            <source>option number %1 is beyond the largest, 65535</source>
            <translation>le numéro d'option %1 dépasse le plus grand, 65535</translation>
        </message>
        <message>
            <source>a payload marker must be followed by a payload</source>
            <translation>un marqueur de charge utile doit être suivi d'une charge utile</translation>
        </message>
        <message numerus="yes">
            <source>an Empty message (0.00) must end after the message ID, but %n byte(s) follow</source>
            <translation>
                <numerusform>un message Empty (0.00) doit se terminer après l'ID de message, mais %n octet suit</numerusform>
                <numerusform>un message Empty (0.00) doit se terminer après l'ID de message, mais %n octets suivent</numerusform>
            </translation>
        </message>
        <message>
            <source>code %1.%2 uses a reserved class</source>
            <translation>le code %1.%2 utilise une classe réservée</translation>
        </message>
        <message>
            <source>the frame is %1 bytes, more than the Max-Message-Size of %2</source>
            <translation>la trame fait %1 octets, plus que la Max-Message-Size de %2</translation>
        </message>
        <message>
            <source>the frame needs %1 bytes but only %2 are present</source>
            <translation>la trame demande %1 octets mais seuls %2 sont présents</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s) follow the end of the frame</source>
            <translation>
                <numerusform>%n octet suit la fin de la trame</numerusform>
                <numerusform>%n octets suivent la fin de la trame</numerusform>
            </translation>
        </message>
        <message>
            <source>malformed message</source>
            <translation>message mal formé</translation>
        </message>
        <message>
            <source>byte %1: %2</source>
            <translation>octet %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>DemoText</name>
        <message>
            <source>GET /.well-known/core over %1: %2</source>
            <translation>GET /.well-known/core sur %1 : %2</translation>
        </message>
        <message>
            <source>GET /.well-known/core over %1 failed: %2</source>
            <translation>Échec de GET /.well-known/core sur %1 : %2</translation>
        </message>
        <message>
            <source>Cannot open the demo session: %1</source>
            <translation>Impossible d'ouvrir la session de démo : %1</translation>
        </message>
    </context>
    <context>
        <name>DiscoverCommand</name>
        <message>
            <source>List a server's resources from /.well-known/core (RFC 6690).</source>
            <translation>Lister les ressources d'un serveur depuis /.well-known/core (RFC 6690).</translation>
        </message>
        <message>
            <source>The server; a path other than / names another discovery resource.</source>
            <translation>Le serveur ; un chemin autre que / désigne une autre ressource de découverte.</translation>
        </message>
        <message>
            <source>Only links matching QUERY, e.g. rt=temperature or href=/sensors*.</source>
            <translation>Seulement les liens correspondant à QUERY, p. ex. rt=temperature ou href=/sensors*.</translation>
        </message>
        <message>
            <source>--filter takes NAME=VALUE, e.g. rt=temperature</source>
            <translation>--filter prend NAME=VALUE, p. ex. rt=temperature</translation>
        </message>
        <message>
            <source>the answer is not link format (character %1)
</source>
            <translation>la réponse n'est pas au format de liens (caractère %1)
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
            <translation>Alerte : fatale %1</translation>
        </message>
        <message>
            <source>Alert: warning %1</source>
            <translation>Alerte : avertissement %1</translation>
        </message>
        <message>
            <source>encrypted %1</source>
            <translation>%1 chiffré</translation>
        </message>
    </context>
    <context>
        <name>HexInput</name>
        <message>
            <source>no hexadecimal bytes given</source>
            <translation>aucun octet hexadécimal fourni</translation>
        </message>
        <message>
            <source>character %1 is not a hexadecimal digit</source>
            <translation>le caractère %1 n'est pas un chiffre hexadécimal</translation>
        </message>
        <message>
            <source>the digit at character %1 has no partner: each byte takes two digits</source>
            <translation>le chiffre au caractère %1 n'a pas de partenaire : chaque octet prend deux chiffres</translation>
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
            <translation>attente %1 s</translation>
        </message>
        <message numerus="yes">
            <source>, %n block(s)</source>
            <translation>
                <numerusform>, %n bloc</numerusform>
                <numerusform>, %n blocs</numerusform>
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
            <translation>Ce côté</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>Pair</translation>
        </message>
        <message>
            <source>time (s)</source>
            <translation>temps (s)</translation>
        </message>
    </context>
    <context>
        <name>MessageText</name>
        <message>
            <source>NUM %1, M %2, size %3%4</source>
            <translation>NUM %1, M %2, taille %3%4</translation>
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
            <translation>(vide)</translation>
        </message>
        <message>
            <source>0x%1 (not UTF-8)</source>
            <translation>0x%1 (pas de l'UTF-8)</translation>
        </message>
        <message>
            <source> [length %1 outside %2-%3]</source>
            <translation> [longueur %1 hors de %2-%3]</translation>
        </message>
        <message numerus="yes">
            <source>, %n byte(s)</source>
            <translation>
                <numerusform>, %n octet</numerusform>
                <numerusform>, %n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2  message ID %3</source>
            <translation>%1 %2  ID de message %3</translation>
        </message>
        <message>
            <source>  no token</source>
            <translation>  pas de jeton</translation>
        </message>
        <message>
            <source>  token 0x%1</source>
            <translation>  jeton 0x%1</translation>
        </message>
        <message numerus="yes">
            <source>Payload, %n byte(s):</source>
            <translation>
                <numerusform>Charge utile, %n octet :</numerusform>
                <numerusform>Charge utile, %n octets :</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkErrorText</name>
        <message>
            <source>the address is already in use</source>
            <translation>l'adresse est déjà utilisée</translation>
        </message>
        <message>
            <source>the address does not belong to this machine</source>
            <translation>l'adresse n'appartient pas à cette machine</translation>
        </message>
        <message>
            <source>permission denied (ports below 1024 need privileges)</source>
            <translation>permission refusée (les ports inférieurs à 1024 exigent des privilèges)</translation>
        </message>
        <message>
            <source>the network is unreachable</source>
            <translation>le réseau est injoignable</translation>
        </message>
        <message>
            <source>nothing is listening on that port (connection refused or port unreachable)</source>
            <translation>rien n'écoute sur ce port (connexion refusée ou port injoignable)</translation>
        </message>
        <message>
            <source>the datagram is too large for the network</source>
            <translation>le datagramme est trop grand pour le réseau</translation>
        </message>
        <message>
            <source>the peer closed the connection</source>
            <translation>le pair a fermé la connexion</translation>
        </message>
        <message>
            <source>the host cannot be reached</source>
            <translation>l'hôte est injoignable</translation>
        </message>
        <message>
            <source>the connection timed out</source>
            <translation>la connexion a expiré</translation>
        </message>
        <message>
            <source>the socket is not open</source>
            <translation>le socket n'est pas ouvert</translation>
        </message>
        <message>
            <source>socket error</source>
            <translation>erreur de socket</translation>
        </message>
        <message>
            <source>no usable address</source>
            <translation>aucune adresse utilisable</translation>
        </message>
        <message>
            <source>the security settings cannot work</source>
            <translation>les paramètres de sécurité ne peuvent pas fonctionner</translation>
        </message>
        <message>
            <source>cannot open the session</source>
            <translation>impossible d'ouvrir la session</translation>
        </message>
        <message>
            <source>no acknowledgement from the server after all retransmissions</source>
            <translation>aucun acquittement du serveur après toutes les retransmissions</translation>
        </message>
        <message>
            <source>no response from the server in time</source>
            <translation>pas de réponse du serveur à temps</translation>
        </message>
        <message>
            <source>the server rejected the request with a Reset</source>
            <translation>le serveur a rejeté la requête par un Reset</translation>
        </message>
        <message>
            <source>the session was released</source>
            <translation>la session a été relâchée</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>cancelled (%1)</source>
            <translation>annulée (%1)</translation>
        </message>
        <message>
            <source>the request is %1 bytes, more than the session's limit of %2</source>
            <translation>la requête fait %1 octets, plus que la limite de %2 de la session</translation>
        </message>
        <message>
            <source>the block-wise transfer broke off: blocks were missing, out of order, or of a representation that changed meanwhile</source>
            <translation>le transfert par blocs s'est interrompu : des blocs manquaient, arrivaient dans le désordre ou appartenaient à une représentation modifiée entre-temps</translation>
        </message>
        <message>
            <source>the connection was released (7.04 Release)</source>
            <translation>la connexion a été terminée (7.04 Release)</translation>
        </message>
        <message>
            <source>the peer aborted the connection (7.05 Abort)</source>
            <translation>le pair a interrompu la connexion (7.05 Abort)</translation>
        </message>
        <message>
            <source>the peer aborted the connection (7.05 Abort): %1</source>
            <translation>le pair a interrompu la connexion (7.05 Abort) : %1</translation>
        </message>
        <message>
            <source>the handshake failed</source>
            <translation>la négociation a échoué</translation>
        </message>
        <message>
            <source>the peer broke the CoAP-over-TCP protocol, so the connection was aborted: %1</source>
            <translation>le pair a enfreint le protocole CoAP sur TCP, la connexion a donc été interrompue : %1</translation>
        </message>
        <message>
            <source>request failed</source>
            <translation>échec de la requête</translation>
        </message>
    </context>
    <context>
        <name>OptionInput</name>
        <message>
            <source>%1: not hex bytes: %2</source>
            <translation>%1 : pas des octets hexadécimaux : %2</translation>
        </message>
        <message>
            <source>%1 takes a number, a media type or a short name such as json, not "%2"</source>
            <translation>%1 prend un nombre, un type de média ou un nom court comme json, pas "%2"</translation>
        </message>
        <message>
            <source>%1 takes a number from 0 to %2, not "%3"</source>
            <translation>%1 prend un nombre de 0 à %2, pas "%3"</translation>
        </message>
        <message>
            <source>an option needs a name or number</source>
            <translation>une option a besoin d'un nom ou d'un numéro</translation>
        </message>
        <message>
            <source>option numbers go from 1 to 65535, not %1</source>
            <translation>les numéros d'option vont de 1 à 65535, pas %1</translation>
        </message>
        <message>
            <source>no option is called "%1"; give its number to send an unregistered one</source>
            <translation>aucune option ne s'appelle "%1" ; indiquez son numéro pour en envoyer une non enregistrée</translation>
        </message>
        <message>
            <source>%1 takes no value; leave it empty</source>
            <translation>%1 ne prend pas de valeur ; laissez-la vide</translation>
        </message>
        <message>
            <source>%1 takes %2 to %3 bytes; this value has %4</source>
            <translation>%1 prend de %2 à %3 octets ; cette valeur en a %4</translation>
        </message>
        <message>
            <source>hex bytes</source>
            <translation>octets hexadécimaux</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <source>a number or media type</source>
            <translation>un nombre ou un type de média</translation>
        </message>
        <message>
            <source>a number, or 0x and hex bytes</source>
            <translation>un nombre, ou 0x et des octets hexadécimaux</translation>
        </message>
        <message>
            <source>text, or 0x and hex bytes</source>
            <translation>du texte, ou 0x et des octets hexadécimaux</translation>
        </message>
    </context>
    <context>
        <name>ParameterText</name>
        <message>
            <source>ACK_TIMEOUT must be more than 0.</source>
            <translation>ACK_TIMEOUT doit être supérieur à 0.</translation>
        </message>
        <message>
            <source>ACK_RANDOM_FACTOR must be at least 1.</source>
            <translation>ACK_RANDOM_FACTOR doit valoir au moins 1.</translation>
        </message>
        <message>
            <source>MAX_RETRANSMIT must be between 0 and 20.</source>
            <translation>MAX_RETRANSMIT doit être compris entre 0 et 20.</translation>
        </message>
        <message>
            <source>NSTART must be at least 1.</source>
            <translation>NSTART doit valoir au moins 1.</translation>
        </message>
        <message>
            <source>DEFAULT_LEISURE cannot be negative.</source>
            <translation>DEFAULT_LEISURE ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>PROBING_RATE must be more than 0.</source>
            <translation>PROBING_RATE doit être supérieur à 0.</translation>
        </message>
        <message>
            <source>MAX_LATENCY cannot be negative.</source>
            <translation>MAX_LATENCY ne peut pas être négatif.</translation>
        </message>
    </context>
    <context>
        <name>PayloadText</name>
        <message>
            <source>a link must start with "&lt;"</source>
            <translation>un lien doit commencer par "&lt;"</translation>
        </message>
        <message>
            <source>no "&gt;" closes the link target</source>
            <translation>aucun "&gt;" ne ferme la cible du lien</translation>
        </message>
        <message>
            <source>a quoted value runs to the end</source>
            <translation>une valeur entre guillemets court jusqu'à la fin</translation>
        </message>
        <message>
            <source>expected ";" or ","</source>
            <translation>";" ou "," attendu</translation>
        </message>
        <message>
            <source>a parameter has no name</source>
            <translation>un paramètre n'a pas de nom</translation>
        </message>
        <message>
            <source>Not valid link format: byte %1: %2</source>
            <translation>Format de liens non valide : octet %1 : %2</translation>
        </message>
        <message>
            <source>Not valid JSON: near byte %1: %2</source>
            <translation>JSON non valide : vers l'octet %1 : %2</translation>
        </message>
        <message>
            <source>Not valid JSON: the payload holds no value</source>
            <translation>JSON non valide : la charge utile ne contient aucune valeur</translation>
        </message>
        <message>
            <source>Not valid JSON: more than one value (separate values belong in an array)</source>
            <translation>JSON non valide : plus d'une valeur (des valeurs distinctes vont dans un tableau)</translation>
        </message>
        <message>
            <source>Not valid CBOR: the item at byte %1: %2</source>
            <translation>CBOR non valide : l'élément à l'octet %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>Not valid CBOR: %n byte(s) after the item</source>
            <translation>
                <numerusform>CBOR non valide : %n octet après l'élément</numerusform>
                <numerusform>CBOR non valide : %n octets après l'élément</numerusform>
            </translation>
        </message>
        <message>
            <source>Not valid CBOR: the payload is empty</source>
            <translation>CBOR non valide : la charge utile est vide</translation>
        </message>
        <message>
            <source>Not well-formed XML: line %1, column %2: %3</source>
            <translation>XML mal formé : ligne %1, colonne %2 : %3</translation>
        </message>
        <message>
            <source>Not valid UTF-8 text</source>
            <translation>Texte UTF-8 non valide</translation>
        </message>
        <message>
            <source>no Content-Format</source>
            <translation>pas de Content-Format</translation>
        </message>
        <message>
            <source>Content-Format %1 (unregistered)</source>
            <translation>Content-Format %1 (non enregistré)</translation>
        </message>
    </context>
    <context>
        <name>PortListInput</name>
        <message>
            <source>“%1” is not a port: ports are whole numbers from 1 to 65535, separated by commas</source>
            <translation>« %1 » n'est pas un port : les ports sont des nombres entiers de 1 à 65535, séparés par des virgules</translation>
        </message>
    </context>
    <context>
        <name>ProfileErrorText</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2. The file was not changed.</source>
            <translation>Impossible d'écrire %1 : %2. Le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2 at line %3, column %4 (byte %5).</source>
            <translation>%1 n'est pas du JSON valide : %2 à la ligne %3, colonne %4 (octet %5).</translation>
        </message>
        <message>
            <source>%1 is not a CoapScope profile file.</source>
            <translation>%1 n'est pas un fichier de profils CoapScope.</translation>
        </message>
        <message>
            <source>%1 was written by a newer CoapScope (format version %2).</source>
            <translation>%1 a été écrit par un CoapScope plus récent (version de format %2).</translation>
        </message>
        <message>
            <source>%1: %2 is invalid: %3</source>
            <translation>%1 : %2 n'est pas valide : %3</translation>
        </message>
        <message>
            <source>A profile named "%1" already exists.</source>
            <translation>Un profil nommé « %1 » existe déjà.</translation>
        </message>
        <message>
            <source>A profile needs a name.</source>
            <translation>Un profil a besoin d'un nom.</translation>
        </message>
        <message>
            <source>There is no profile named "%1".</source>
            <translation>Il n'y a pas de profil nommé « %1 ».</translation>
        </message>
        <message>
            <source>Changes are not saved: %1 could not be loaded and is kept as it is. Fix it, or move it aside to start afresh.</source>
            <translation>Les modifications ne sont pas enregistrées : %1 n'a pas pu être chargé et reste tel quel. Réparez-le, ou mettez-le de côté pour repartir de zéro.</translation>
        </message>
    </context>
    <context>
        <name>ProfileFileText</name>
        <message>
            <source>expected text</source>
            <translation>texte attendu</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>true ou false attendu</translation>
        </message>
        <message>
            <source>expected a whole number from %1 to %2</source>
            <translation>nombre entier de %1 à %2 attendu</translation>
        </message>
        <message>
            <source>expected a number</source>
            <translation>nombre attendu</translation>
        </message>
        <message>
            <source>expected text or {"hex": "..."}</source>
            <translation>texte ou {"hex": "..."} attendu</translation>
        </message>
        <message>
            <source>expected {"file": "..."} or {"base64": "..."}</source>
            <translation>{"file": "..."} ou {"base64": "..."} attendu</translation>
        </message>
        <message>
            <source>expected a list of texts</source>
            <translation>liste de textes attendue</translation>
        </message>
        <message>
            <source>expected an object</source>
            <translation>objet attendu</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>doit valoir au moins 1</translation>
        </message>
        <message>
            <source>must be above 0</source>
            <translation>doit être supérieur à 0</translation>
        </message>
        <message>
            <source>a profile needs a name</source>
            <translation>un profil a besoin d'un nom</translation>
        </message>
        <message>
            <source>not a coap, coaps, coap+tcp or coaps+tcp URI</source>
            <translation>pas une URI coap, coaps, coap+tcp ou coaps+tcp</translation>
        </message>
        <message>
            <source>"%1" appears twice</source>
            <translation>« %1 » apparaît deux fois</translation>
        </message>
        <message>
            <source>expected "none", "keychain" or "file"</source>
            <translation>"none", "keychain" ou "file" attendu</translation>
        </message>
        <message>
            <source>expected 0 (automatic) or a power of two from 16 to 1024</source>
            <translation>0 (automatique) ou une puissance de deux de 16 à 1024 attendu</translation>
        </message>
    </context>
    <context>
        <name>ProfileSecretsText</name>
        <message>
            <source>pre-shared key</source>
            <translation>la clé pré-partagée</translation>
        </message>
        <message>
            <source>private key</source>
            <translation>la clé privée</translation>
        </message>
    </context>
    <context>
        <name>ProfileStore</name>
        <message>
            <source>cannot create the directory %1</source>
            <translation>impossible de créer le dossier %1</translation>
        </message>
    </context>
    <context>
        <name>RequestCommand</name>
        <message>
            <source>--option takes NUMBER=VALUE or NAME=VALUE, not "%1"</source>
            <translation>--option prend NUMBER=VALUE ou NAME=VALUE, pas "%1"</translation>
        </message>
        <message>
            <source>unknown option "%1"</source>
            <translation>option inconnue "%1"</translation>
        </message>
        <message>
            <source>option %1: %2</source>
            <translation>option %1 : %2</translation>
        </message>
        <message>
            <source>option %1 takes a number, not "%2"</source>
            <translation>l'option %1 prend un nombre, pas "%2"</translation>
        </message>
        <message>
            <source>%1: unknown Content-Format "%2" (give a number or a media type such as application/json)</source>
            <translation>%1 : Content-Format inconnu "%2" (indiquez un nombre ou un type de média comme application/json)</translation>
        </message>
        <message>
            <source>The resource.</source>
            <translation>La ressource.</translation>
        </message>
        <message>
            <source>Send TEXT as the payload.</source>
            <translation>Envoyer TEXT comme charge utile.</translation>
        </message>
        <message>
            <source>Send the contents of FILE.</source>
            <translation>Envoyer le contenu de FILE.</translation>
        </message>
        <message>
            <source>Content-Format of the payload, by number or media type.</source>
            <translation>Content-Format de la charge utile, par numéro ou type de média.</translation>
        </message>
        <message>
            <source>Ask for this Content-Format.</source>
            <translation>Demander ce Content-Format.</translation>
        </message>
        <message>
            <source>Send a Non-confirmable request.</source>
            <translation>Envoyer une requête non confirmable (NON).</translation>
        </message>
        <message>
            <source>Block size for block-wise transfers: 16, 32, ..., 1024 (default: the largest that fits the MTU).</source>
            <translation>Taille de bloc des transferts par blocs : 16, 32, ..., 1024 (par défaut : la plus grande qui tient dans la MTU).</translation>
        </message>
        <message>
            <source>Add an option, NUMBER=VALUE or NAME=VALUE (0x... for bytes); repeatable.</source>
            <translation>Ajouter une option, NUMBER=VALUE ou NAME=VALUE (0x... pour des octets) ; répétable.</translation>
        </message>
        <message>
            <source>give --payload or --payload-file, not both</source>
            <translation>indiquez --payload ou --payload-file, pas les deux</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>--block-size takes 16, 32, 64, 128, 256, 512 or 1024</source>
            <translation>--block-size prend 16, 32, 64, 128, 256, 512 ou 1024</translation>
        </message>
        <message>
            <source>--timeout takes a positive number of seconds</source>
            <translation>--timeout prend un nombre positif de secondes</translation>
        </message>
        <message>
            <source>Send a %1 request and print the response payload.</source>
            <translation>Envoyer une requête %1 et afficher la charge utile de la réponse.</translation>
        </message>
        <message>
            <source>Observe a resource (RFC 7641): print each notification's payload on a line of its own.</source>
            <translation>Observer une ressource (RFC 7641) : afficher la charge utile de chaque notification sur sa propre ligne.</translation>
        </message>
        <message>
            <source>Stop after N notifications (the first response counts).</source>
            <translation>S'arrêter après N notifications (la première réponse compte).</translation>
        </message>
        <message>
            <source>Stop after SECONDS.</source>
            <translation>S'arrêter après SECONDS.</translation>
        </message>
        <message>
            <source>--count and --duration take positive numbers</source>
            <translation>--count et --duration prennent des nombres positifs</translation>
        </message>
        <message>
            <source>(a stale notification, %1, arrived out of order)
</source>
            <translation>(une notification périmée, %1, est arrivée dans le désordre)
</translation>
        </message>
        <message>
            <source>%1: the resource did not accept the observation
</source>
            <translation>%1 : la ressource n'a pas accepté l'observation
</translation>
        </message>
        <message>
            <source>Send a CoAP ping: an Empty CON, which a live endpoint answers with RST; over TCP a 7.02 Ping, answered by a Pong.</source>
            <translation>Envoyer un ping CoAP : un Empty CON, auquel un point d'accès actif répond par RST ; sur TCP un 7.02 Ping, auquel répond un Pong.</translation>
        </message>
        <message>
            <source>The endpoint.</source>
            <translation>Le point d'accès.</translation>
        </message>
        <message>
            <source>%1 in %2 ms
</source>
            <translation>%1 en %2 ms
</translation>
        </message>
    </context>
    <context>
        <name>SecretStoreText</name>
        <message>
            <source>no keychain service is running (%1)</source>
            <translation>aucun service de trousseau ne fonctionne (%1)</translation>
        </message>
        <message>
            <source>the keychain is not supported on this system (%1)</source>
            <translation>le trousseau n'est pas pris en charge sur ce système (%1)</translation>
        </message>
        <message>
            <source>the keychain refused access (%1)</source>
            <translation>le trousseau a refusé l'accès (%1)</translation>
        </message>
        <message>
            <source>there is no keychain support in this build</source>
            <translation>cette version n'est pas compilée avec la prise en charge du trousseau</translation>
        </message>
        <message>
            <source>the keychain could not be reached (%1)</source>
            <translation>le trousseau est injoignable (%1)</translation>
        </message>
    </context>
    <context>
        <name>SecretText</name>
        <message>
            <source>Not hexadecimal: %1.</source>
            <translation>Pas hexadécimal : %1.</translation>
        </message>
    </context>
    <context>
        <name>SecurityErrorText</name>
        <message>
            <source>the security settings cannot work: %1</source>
            <translation>les paramètres de sécurité ne peuvent pas fonctionner : %1</translation>
        </message>
        <message>
            <source>wrong pre-shared key: both ends know the identity, but their keys differ</source>
            <translation>mauvaise clé pré-partagée : les deux côtés connaissent l'identité, mais leurs clés diffèrent</translation>
        </message>
        <message>
            <source>the server knows no key for this PSK identity</source>
            <translation>le serveur ne connaît aucune clé pour cette identité PSK</translation>
        </message>
        <message>
            <source>the peer's certificate is not issued by a trusted authority (give its CA with --ca)</source>
            <translation>le certificat du pair n'est pas émis par une autorité de confiance (indiquez son AC avec --ca)</translation>
        </message>
        <message>
            <source>the peer's certificate has expired or is not yet valid</source>
            <translation>le certificat du pair a expiré ou n'est pas encore valide</translation>
        </message>
        <message>
            <source>the peer's certificate is self-signed, and self-signed certificates are not allowed (--allow-self-signed)</source>
            <translation>le certificat du pair est auto-signé, et les certificats auto-signés ne sont pas autorisés (--allow-self-signed)</translation>
        </message>
        <message>
            <source>the peer's certificate is for another name</source>
            <translation>le certificat du pair est pour un autre nom</translation>
        </message>
        <message>
            <source>the peer's certificate has been revoked</source>
            <translation>le certificat du pair a été révoqué</translation>
        </message>
        <message>
            <source>revocation could not be checked: no usable CRL</source>
            <translation>la révocation n'a pas pu être vérifiée : aucune CRL utilisable</translation>
        </message>
        <message>
            <source>the peer's certificate was rejected</source>
            <translation>le certificat du pair a été rejeté</translation>
        </message>
        <message>
            <source>the peer sent no certificate, but one is required</source>
            <translation>le pair n'a envoyé aucun certificat, mais un certificat est exigé</translation>
        </message>
        <message>
            <source>the two ends have no cipher suite in common</source>
            <translation>les deux côtés n'ont aucune suite de chiffrement en commun</translation>
        </message>
        <message>
            <source>no answer to the handshake from the peer</source>
            <translation>pas de réponse du pair à la négociation</translation>
        </message>
        <message>
            <source>the peer ended the handshake with the alert %1</source>
            <translation>le pair a mis fin à la négociation avec l'alerte %1</translation>
        </message>
        <message>
            <source>the handshake failed</source>
            <translation>la négociation a échoué</translation>
        </message>
        <message>
            <source>no pre-shared key or certificate is set</source>
            <translation>aucune clé pré-partagée ni aucun certificat n'est défini</translation>
        </message>
        <message>
            <source>the PSK identity is empty</source>
            <translation>l'identité PSK est vide</translation>
        </message>
        <message>
            <source>the PSK identity is longer than 255 bytes</source>
            <translation>l'identité PSK dépasse 255 octets</translation>
        </message>
        <message>
            <source>the PSK identity contains a NUL byte</source>
            <translation>l'identité PSK contient un octet NUL</translation>
        </message>
        <message>
            <source>the pre-shared key is empty</source>
            <translation>la clé pré-partagée est vide</translation>
        </message>
        <message>
            <source>the pre-shared key is longer than 512 bytes</source>
            <translation>la clé pré-partagée dépasse 512 octets</translation>
        </message>
        <message>
            <source>a certificate is missing</source>
            <translation>un certificat manque</translation>
        </message>
        <message>
            <source>the private key is missing</source>
            <translation>la clé privée manque</translation>
        </message>
        <message>
            <source>both a file and data are given</source>
            <translation>un fichier et des données sont fournis à la fois</translation>
        </message>
        <message>
            <source>verifying the peer needs a CA file or directory</source>
            <translation>la vérification du pair nécessite un fichier ou un dossier d'AC</translation>
        </message>
        <message>
            <source>the chain verify depth is out of range</source>
            <translation>la profondeur de vérification de la chaîne est hors limites</translation>
        </message>
        <message>
            <source>the handshake timeout is out of range</source>
            <translation>le délai de négociation est hors limites</translation>
        </message>
        <message>
            <source>the link MTU is out of range</source>
            <translation>la MTU du lien est hors limites</translation>
        </message>
    </context>
    <context>
        <name>SecurityOptions</name>
        <message>
            <source>The pre-shared key identity to present (coaps, coaps+tcp).</source>
            <translation>L'identité de clé pré-partagée à présenter (coaps, coaps+tcp).</translation>
        </message>
        <message>
            <source>The pre-shared key for any identity, as text (with --psk-identity: for that identity only).</source>
            <translation>La clé pré-partagée pour toute identité, en texte (avec --psk-identity : pour cette identité seulement).</translation>
        </message>
        <message>
            <source>The pre-shared key, as text.</source>
            <translation>La clé pré-partagée, en texte.</translation>
        </message>
        <message>
            <source>The pre-shared key, as hex.</source>
            <translation>La clé pré-partagée, en hexadécimal.</translation>
        </message>
        <message>
            <source>The PSK identity hint to send to clients.</source>
            <translation>L'indice d'identité PSK à envoyer aux clients.</translation>
        </message>
        <message>
            <source>The server's certificate (PEM or DER).</source>
            <translation>Le certificat du serveur (PEM ou DER).</translation>
        </message>
        <message>
            <source>A client certificate (PEM or DER).</source>
            <translation>Un certificat client (PEM ou DER).</translation>
        </message>
        <message>
            <source>The private key of --cert (PEM or DER).</source>
            <translation>La clé privée de --cert (PEM ou DER).</translation>
        </message>
        <message>
            <source>Trusted CAs (a PEM file or a hashed directory); clients must then present a certificate they issued.</source>
            <translation>AC de confiance (un fichier PEM ou un dossier haché) ; les clients doivent alors présenter un certificat qu'elles ont émis.</translation>
        </message>
        <message>
            <source>Trusted CAs (a PEM file or a hashed directory).</source>
            <translation>AC de confiance (un fichier PEM ou un dossier haché).</translation>
        </message>
        <message>
            <source>Accept any peer certificate (shown, not checked).</source>
            <translation>Accepter tout certificat du pair (affiché, non vérifié).</translation>
        </message>
        <message>
            <source>Accept self-signed peer certificates.</source>
            <translation>Accepter les certificats auto-signés du pair.</translation>
        </message>
        <message>
            <source>Accept expired or not yet valid peer certificates.</source>
            <translation>Accepter les certificats du pair expirés ou pas encore valides.</translation>
        </message>
        <message>
            <source>The server name to send (SNI) and check the certificate against; default: the URI's host.</source>
            <translation>Le nom de serveur à envoyer (SNI) et à vérifier dans le certificat ; par défaut : l'hôte de l'URI.</translation>
        </message>
        <message>
            <source>Append the session keys to FILE in the NSS key log format, for Wireshark (DTLS).</source>
            <translation>Ajouter les clés de session à FILE au format NSS key log, pour Wireshark (DTLS).</translation>
        </message>
        <message>
            <source>give --psk-key or --psk-key-hex, not both</source>
            <translation>indiquez --psk-key ou --psk-key-hex, pas les deux</translation>
        </message>
        <message>
            <source>--psk-key-hex: %1</source>
            <translation>--psk-key-hex : %1</translation>
        </message>
        <message>
            <source>--psk-hint needs --psk-key</source>
            <translation>--psk-hint nécessite --psk-key</translation>
        </message>
        <message>
            <source>checking the server's certificate needs --ca (or --no-verify)</source>
            <translation>vérifier le certificat du serveur nécessite --ca (ou --no-verify)</translation>
        </message>
        <message>
            <source>security options need a coaps:// or coaps+tcp:// URI, not %1</source>
            <translation>les options de sécurité nécessitent une URI coaps:// ou coaps+tcp://, pas %1</translation>
        </message>
    </context>
    <context>
        <name>ServeCommand</name>
        <message>
            <source>Run the embedded demo server (the ETSI CoAP plugtest resources).</source>
            <translation>Lancer le serveur de démo intégré (les ressources du plugtest CoAP de l'ETSI).</translation>
        </message>
        <message>
            <source>Listen on URI (repeatable; default coap://127.0.0.1:5683). The host must be an IP address.</source>
            <translation>Écouter sur URI (répétable ; par défaut coap://127.0.0.1:5683). L'hôte doit être une adresse IP.</translation>
        </message>
        <message>
            <source>Print one line per datagram on standard error.</source>
            <translation>Écrire une ligne par datagramme sur la sortie d'erreur.</translation>
        </message>
        <message>
            <source>Fault injection: lose this share (0 to 1) of the datagrams the server sends.</source>
            <translation>Injection de fautes : perdre cette part (de 0 à 1) des datagrammes envoyés par le serveur.</translation>
        </message>
        <message>
            <source>Fault injection: send this share (0 to 1) twice.</source>
            <translation>Injection de fautes : envoyer deux fois cette part (de 0 à 1).</translation>
        </message>
        <message>
            <source>Fault injection: hold every datagram MS milliseconds.</source>
            <translation>Injection de fautes : retenir chaque datagramme MS millisecondes.</translation>
        </message>
        <message>
            <source>Seed for the fault injection (default 7252), so a run can be repeated exactly.</source>
            <translation>Graine de l'injection de fautes (7252 par défaut), pour répéter une exécution à l'identique.</translation>
        </message>
        <message>
            <source>serve: unexpected argument "%1"; use --listen URI
</source>
            <translation>serve : argument inattendu "%1" ; utilisez --listen URI
</translation>
        </message>
        <message>
            <source>serve: %1
</source>
            <translation>serve : %1
</translation>
        </message>
        <message>
            <source>serve: %1 needs --psk-key, or --cert and --key
</source>
            <translation>serve : %1 nécessite --psk-key, ou --cert et --key
</translation>
        </message>
        <message>
            <source>serve: rates go from 0 to 1, the delay and seed are whole non-negative numbers
</source>
            <translation>serve : les taux vont de 0 à 1, le délai et la graine sont des entiers positifs ou nuls
</translation>
        </message>
        <message>
            <source>serve: invalid URI %1: %2
</source>
            <translation>serve : URI non valide %1 : %2
</translation>
        </message>
        <message>
            <source>serve: listen on an IP address, not "%1"
</source>
            <translation>serve : écoutez sur une adresse IP, pas sur "%1"
</translation>
        </message>
        <message>
            <source>serve: cannot listen on %1: %2
</source>
            <translation>serve : impossible d'écouter sur %1 : %2
</translation>
        </message>
        <message>
            <source>Serving %1 (%2)
</source>
            <translation>Sert %1 (%2)
</translation>
        </message>
        <message>
            <source>Stopped.
</source>
            <translation>Arrêté.
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
            <translation>Serveur</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Handshaking</source>
            <translation>Négociation</translation>
        </message>
        <message>
            <source>Exchanging capabilities</source>
            <translation>Échange des capacités</translation>
        </message>
        <message>
            <source>Established</source>
            <translation>Établie</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>Repos</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>Déconnectée</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fermée</translation>
        </message>
        <message>
            <source>The TCP connection is being opened.</source>
            <translation>La connexion TCP est en cours d'ouverture.</translation>
        </message>
        <message>
            <source>DTLS or TLS is negotiating security.</source>
            <translation>DTLS ou TLS négocie la sécurité.</translation>
        </message>
        <message>
            <source>The connection is up; waiting for the peer's Capabilities and Settings Message (CSM).</source>
            <translation>La connexion est établie ; en attente du Capabilities and Settings Message (CSM) du pair.</translation>
        </message>
        <message>
            <source>Messages can be exchanged.</source>
            <translation>Les messages peuvent être échangés.</translation>
        </message>
        <message>
            <source>A released server session in the free pool; it is revived if the peer returns and freed after the idle timeout.</source>
            <translation>Une session serveur relâchée dans la réserve de sessions libres ; elle reprend vie si le pair revient et est libérée après le délai d'inactivité.</translation>
        </message>
        <message>
            <source>The connection ended; a client session reconnects on its next request.</source>
            <translation>La connexion est terminée ; une session cliente se reconnecte à sa prochaine requête.</translation>
        </message>
        <message>
            <source>The session has been freed.</source>
            <translation>La session a été libérée.</translation>
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
            <translation>(vide)</translation>
        </message>
    </context>
    <context>
        <name>TraceCommand</name>
        <message>
            <source>malformed: %1</source>
            <translation>mal formé : %1</translation>
        </message>
        <message>
            <source>Print the CoAP datagrams of a pcap or pcapng capture, decoded.</source>
            <translation>Afficher, décodés, les datagrammes CoAP d'une capture pcap ou pcapng.</translation>
        </message>
        <message>
            <source>The capture to read.</source>
            <translation>La capture à lire.</translation>
        </message>
        <message>
            <source>One JSON object per datagram, as --trace-out FILE.json writes them.</source>
            <translation>Un objet JSON par datagramme, comme les écrit --trace-out FILE.json.</translation>
        </message>
        <message>
            <source>Also take UDP and TCP port N for CoAP (5683 always is); repeatable.</source>
            <translation>Traiter aussi les ports UDP et TCP N comme CoAP (5683 l'est toujours) ; répétable.</translation>
        </message>
        <message>
            <source>trace takes one capture file</source>
            <translation>trace prend un fichier de capture</translation>
        </message>
        <message>
            <source>--port takes a port number, not "%1"</source>
            <translation>--port prend un numéro de port, pas "%1"</translation>
        </message>
        <message>
            <source>cannot read %1: %2
</source>
            <translation>impossible de lire %1 : %2
</translation>
        </message>
    </context>
    <context>
        <name>TraceExportText</name>
        <message>
            <source>cannot create the trace %1: %2</source>
            <translation>impossible de créer la trace %1 : %2</translation>
        </message>
        <message>
            <source>cannot write the trace %1: %2</source>
            <translation>impossible d'écrire la trace %1 : %2</translation>
        </message>
        <message>
            <source>cannot put the trace in place as %1: %2</source>
            <translation>impossible de mettre la trace en place sous %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>TraceFilter</name>
        <message>
            <source>"%1" needs a value after the colon</source>
            <translation>« %1 » attend une valeur après le deux-points</translation>
        </message>
        <message>
            <source>session: "%1" is not a session number</source>
            <translation>session : « %1 » n'est pas un numéro de session</translation>
        </message>
        <message>
            <source>dir: use sent or received, not "%1"</source>
            <translation>dir : utilisez sent ou received, pas « %1 »</translation>
        </message>
        <message>
            <source>type: use CON, NON, ACK or RST, not "%1"</source>
            <translation>type : utilisez CON, NON, ACK ou RST, pas « %1 »</translation>
        </message>
        <message>
            <source>code: "%1" is not a code (2.05, GET, 4.xx)</source>
            <translation>code : « %1 » n'est pas un code (2.05, GET, 4.xx)</translation>
        </message>
        <message>
            <source>token: "%1" is not hexadecimal</source>
            <translation>token : « %1 » n'est pas en hexadécimal</translation>
        </message>
        <message>
            <source>token: "%1" has an odd number of hex digits</source>
            <translation>token : « %1 » a un nombre impair de chiffres hexadécimaux</translation>
        </message>
        <message>
            <source>token: "%1" is longer than 8 bytes</source>
            <translation>token : « %1 » dépasse 8 octets</translation>
        </message>
        <message>
            <source>mid: "%1" is not a message ID (0-65535 or 0x0-0xffff)</source>
            <translation>mid : « %1 » n'est pas un ID de message (0-65535 ou 0x0-0xffff)</translation>
        </message>
        <message>
            <source>event: "%1" is not an event (retransmission, duplicate, malformed, reset-sent, ...)</source>
            <translation>event : « %1 » n'est pas un événement (retransmission, duplicate, malformed, reset-sent, ...)</translation>
        </message>
        <message>
            <source>proto: use UDP, DTLS, TCP or TLS, not "%1"</source>
            <translation>proto : utilisez UDP, DTLS, TCP ou TLS, pas « %1 »</translation>
        </message>
        <message>
            <source>unknown filter key "%1" (use session, dir, type, code, token, mid, path, event, proto)</source>
            <translation>clé de filtre inconnue « %1 » (utilisez session, dir, type, code, token, mid, path, event, proto)</translation>
        </message>
    </context>
    <context>
        <name>TraceOutputText</name>
        <message>
            <source>Write every datagram sent and received to FILE: pcapng for Wireshark and tshark, or, when FILE ends in .json or .csv, JSON (one object per datagram) or CSV.</source>
            <translation>Écrire chaque datagramme envoyé et reçu dans FILE : pcapng pour Wireshark et tshark ou, si FILE se termine par .json ou .csv, JSON (un objet par datagramme) ou CSV.</translation>
        </message>
        <message>
            <source>How the trace shows DTLS (coaps://): "decrypted" (the default), the CoAP inside; or "records", the encrypted records with the session keys embedded, which Wireshark decrypts (ChaCha20 suites are then offered last: Wireshark cannot decrypt them in DTLS).</source>
            <translation>Comment la trace montre DTLS (coaps://) : "decrypted" (par défaut), le CoAP transporté ; ou "records", les enregistrements chiffrés avec les clés de session incluses, que Wireshark déchiffre (les suites ChaCha20 sont alors proposées en dernier : Wireshark ne sait pas les déchiffrer en DTLS).</translation>
        </message>
        <message>
            <source>--trace-out takes a file name</source>
            <translation>--trace-out prend un nom de fichier</translation>
        </message>
        <message>
            <source>--trace-dtls takes "decrypted" or "records", not "%1"</source>
            <translation>--trace-dtls prend "decrypted" ou "records", pas "%1"</translation>
        </message>
        <message>
            <source>--trace-dtls goes with --trace-out</source>
            <translation>--trace-dtls va avec --trace-out</translation>
        </message>
        <message>
            <source>--trace-dtls records needs a pcapng trace; JSON and CSV hold the CoAP messages</source>
            <translation>--trace-dtls records nécessite une trace pcapng ; JSON et CSV contiennent les messages CoAP</translation>
        </message>
        <message>
            <source>--trace-dtls records is for coaps:// (DTLS); TLS traces are always decrypted</source>
            <translation>--trace-dtls records est pour coaps:// (DTLS) ; les traces TLS sont toujours déchiffrées</translation>
        </message>
    </context>
    <context>
        <name>Translations</name>
        <message>
            <source>--lang takes a language code: %1</source>
            <translation>--lang prend un code de langue : %1</translation>
        </message>
        <message>
            <source>CoapScope has no translation for "%1"; --lang takes one of %2</source>
            <translation>CoapScope n'a pas de traduction pour "%1" ; --lang prend l'un de %2</translation>
        </message>
    </context>
    <context>
        <name>UriErrorText</name>
        <message>
            <source>the URI is empty</source>
            <translation>l'URI est vide</translation>
        </message>
        <message>
            <source>a URI starts with coap://, coaps://, coap+tcp:// or coaps+tcp://</source>
            <translation>une URI commence par coap://, coaps://, coap+tcp:// ou coaps+tcp://</translation>
        </message>
        <message>
            <source>the scheme must be coap, coaps, coap+tcp or coaps+tcp</source>
            <translation>le schéma doit être coap, coaps, coap+tcp ou coaps+tcp</translation>
        </message>
        <message>
            <source>"//" and a host must follow the scheme</source>
            <translation>le schéma doit être suivi de "//" et d'un hôte</translation>
        </message>
        <message>
            <source>CoAP URIs carry no user name ("user@host")</source>
            <translation>les URI CoAP ne portent pas de nom d'utilisateur ("user@host")</translation>
        </message>
        <message>
            <source>the host is missing</source>
            <translation>l'hôte manque</translation>
        </message>
        <message>
            <source>the bracketed host is not a valid IPv6 address</source>
            <translation>l'hôte entre crochets n'est pas une adresse IPv6 valide</translation>
        </message>
        <message>
            <source>the port must be a number from 0 to 65535</source>
            <translation>le port doit être un nombre de 0 à 65535</translation>
        </message>
        <message>
            <source>CoAP URIs cannot have a fragment ("#...")</source>
            <translation>les URI CoAP ne peuvent pas avoir de fragment ("#...")</translation>
        </message>
        <message>
            <source>"%" must be followed by two hexadecimal digits</source>
            <translation>"%" doit être suivi de deux chiffres hexadécimaux</translation>
        </message>
        <message>
            <source>this character must be percent-encoded</source>
            <translation>ce caractère doit être encodé en pourcent</translation>
        </message>
        <message>
            <source>Uri-Path option %1 is "." or "..", which RFC 7252 forbids</source>
            <translation>l'option Uri-Path %1 est "." ou "..", ce que la RFC 7252 interdit</translation>
        </message>
        <message>
            <source>character %1: %2</source>
            <translation>caractère %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>VerboseTrace</name>
        <message>
            <source> [retransmission %1]</source>
            <translation> [retransmission %1]</translation>
        </message>
        <message>
            <source> [duplicate]</source>
            <translation> [doublon]</translation>
        </message>
        <message>
            <source> [answer to a duplicate]</source>
            <translation> [réponse à un doublon]</translation>
        </message>
        <message>
            <source> [reset]</source>
            <translation> [reset]</translation>
        </message>
        <message>
            <source> [matches no exchange]</source>
            <translation> [ne correspond à aucun échange]</translation>
        </message>
        <message>
            <source>malformed: %1</source>
            <translation>mal formé : %1</translation>
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
Qt %3 (compilé avec %4)
%5
</translation>
        </message>
    </context>
    <context>
        <name>coapscope::Appearance</name>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>S&amp;ystème</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Clair</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Sombre</translation>
        </message>
    </context>
    <context>
        <name>coapscope::CertificateSummary</name>
        <message>
            <source>Subject:</source>
            <translation>Sujet :</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>Émetteur :</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Validité :</translation>
        </message>
        <message>
            <source>SHA-256:</source>
            <translation>SHA-256 :</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>Noms :</translation>
        </message>
        <message>
            <source>Chain:</source>
            <translation>Chaîne :</translation>
        </message>
        <message>
            <source>No certificate chosen.</source>
            <translation>Aucun certificat choisi.</translation>
        </message>
        <message>
            <source>No certificate in the file.</source>
            <translation>Aucun certificat dans le fichier.</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>du %1 au %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>this certificate only</source>
            <translation>ce certificat seulement</translation>
        </message>
        <message numerus="yes">
            <source>%n more certificate(s) after this one</source>
            <translation>
                <numerusform>%n autre certificat après celui-ci</numerusform>
                <numerusform>%n autres certificats après celui-ci</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>coapscope::ContentFormatBox</name>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>"%1" is not a Content-Format: give a number from 0 to 65535, a media type or a short name such as json or cbor</source>
            <translation>« %1 » n'est pas un Content-Format : indiquez un nombre de 0 à 65535, un type de média ou un nom court comme json ou cbor</translation>
        </message>
    </context>
    <context>
        <name>coapscope::DecoderPanel</name>
        <message>
            <source>Paste message bytes as hex, e.g. 40 01 04 d2 b4 74 65 6d 70</source>
            <translation>Collez les octets du message en hexadécimal, p. ex. 40 01 04 d2 b4 74 65 6d 70</translation>
        </message>
        <message>
            <source>Message bytes in hexadecimal</source>
            <translation>Octets du message en hexadécimal</translation>
        </message>
        <message>
            <source>Datagram (UDP, DTLS)</source>
            <translation>Datagramme (UDP, DTLS)</translation>
        </message>
        <message>
            <source>Stream frames (TCP, TLS)</source>
            <translation>Trames de flux (TCP, TLS)</translation>
        </message>
        <message>
            <source>Framing</source>
            <translation>Tramage</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Decoded message</source>
            <translation>Message décodé</translation>
        </message>
        <message>
            <source>Decoder status</source>
            <translation>État du décodeur</translation>
        </message>
        <message>
            <source>&amp;Bytes:</source>
            <translation>&amp;Octets :</translation>
        </message>
        <message>
            <source>&amp;Framing:</source>
            <translation>&amp;Tramage :</translation>
        </message>
        <message>
            <source>Nothing to decode yet.</source>
            <translation>Rien à décoder pour l'instant.</translation>
        </message>
        <message>
            <source>Not hex: %1</source>
            <translation>Pas de l'hexadécimal : %1</translation>
        </message>
        <message>
            <source>Malformed: %1</source>
            <translation>Mal formé : %1</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message numerus="yes">
            <source>Decoded %n byte(s).</source>
            <translation>
                <numerusform>%n octet décodé.</numerusform>
                <numerusform>%n octets décodés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Frame %1</source>
            <translation>Trame %1</translation>
        </message>
        <message numerus="yes">
            <source>Byte %1: the last frame is incomplete (%n byte(s) present).</source>
            <translation>
                <numerusform>Octet %1 : la dernière trame est incomplète (%n octet présent).</numerusform>
                <numerusform>Octet %1 : la dernière trame est incomplète (%n octets présents).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Decoded %n frame(s).</source>
            <translation>
                <numerusform>%n trame décodée.</numerusform>
                <numerusform>%n trames décodées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Message ID</source>
            <translation>ID de message</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Jeton</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message numerus="yes">
            <source>Payload (%n byte(s))</source>
            <translation>
                <numerusform>Charge utile (%n octet)</numerusform>
                <numerusform>Charge utile (%n octets)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>coapscope::DelayQueueModel</name>
        <message>
            <source>Token</source>
            <translation>Jeton</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Waiting for</source>
            <translation>En attente de</translation>
        </message>
    </context>
    <context>
        <name>coapscope::FaultInjectionDialog</name>
        <message>
            <source>Fault Injection</source>
            <translation>Injection de fautes</translation>
        </message>
        <message>
            <source>Outgoing datagrams of %1 are lost, sent twice or held back, to watch retransmission and deduplication at work.</source>
            <translation>Les datagrammes sortants de %1 sont perdus, envoyés deux fois ou retenus, pour voir la retransmission et la déduplication à l'œuvre.</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>Drop rate</source>
            <translation>Taux de perte</translation>
        </message>
        <message>
            <source>Duplicate rate</source>
            <translation>Taux de duplication</translation>
        </message>
        <message>
            <source>Delay</source>
            <translation>Délai</translation>
        </message>
        <message>
            <source>&amp;Drop:</source>
            <translation>&amp;Perte :</translation>
        </message>
        <message>
            <source>D&amp;uplicate:</source>
            <translation>D&amp;uplication :</translation>
        </message>
        <message>
            <source>De&amp;lay:</source>
            <translation>Dé&amp;lai :</translation>
        </message>
    </context>
    <context>
        <name>coapscope::FilePicker</name>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>No file</source>
            <translation>Aucun fichier</translation>
        </message>
        <message>
            <source>No directory</source>
            <translation>Aucun dossier</translation>
        </message>
        <message>
            <source>Choose %1</source>
            <translation>Choisir : %1</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ImportPortsDialog</name>
        <message>
            <source>Import Trace</source>
            <translation>Importer une trace</translation>
        </message>
        <message>
            <source>CoAP is decoded on UDP port 5683, TCP ports 5683 and 5684, and wherever CoapScope's own captures say it is. Name other ports if %1 uses them.</source>
            <translation>CoAP est décodé sur le port UDP 5683, sur les ports TCP 5683 et 5684, et partout où les captures de CoapScope lui-même l'indiquent. Indiquez d'autres ports si %1 en utilise.</translation>
        </message>
        <message>
            <source>for example 15683, 25683</source>
            <translation>par exemple 15683, 25683</translation>
        </message>
        <message>
            <source>Extra CoAP ports</source>
            <translation>Ports CoAP supplémentaires</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Also decode UDP/TCP &amp;ports:</source>
            <translation>Décoder aussi les &amp;ports UDP/TCP :</translation>
        </message>
    </context>
    <context>
        <name>coapscope::KeyStorageEditor</name>
        <message>
            <source>Keep Keys in the Profile &amp;File</source>
            <translation>Garder les clés dans le &amp;fichier de profils</translation>
        </message>
        <message>
            <source>&amp;Ask for Keys When Connecting</source>
            <translation>&amp;Demander les clés à la connexion</translation>
        </message>
        <message>
            <source>In the system keychain</source>
            <translation>Dans le trousseau du système</translation>
        </message>
        <message>
            <source>In the profile file, in plain text</source>
            <translation>Dans le fichier de profils, en clair</translation>
        </message>
        <message>
            <source>Not stored: asked for when connecting</source>
            <translation>Non conservées : demandées à la connexion</translation>
        </message>
        <message>
            <source>Where keys are kept</source>
            <translation>Emplacement des clés</translation>
        </message>
        <message>
            <source>Where the pre-shared key and a private key held in memory are kept between runs</source>
            <translation>Où la clé pré-partagée et une clé privée gardée en mémoire sont conservées entre deux exécutions</translation>
        </message>
        <message>
            <source>Keep keys in the profile file</source>
            <translation>Garder les clés dans le fichier de profils</translation>
        </message>
        <message>
            <source>Ask for keys when connecting</source>
            <translation>Demander les clés à la connexion</translation>
        </message>
        <message>
            <source>The keys are kept in plain text in the profile file</source>
            <translation>Les clés sont conservées en clair dans le fichier de profils</translation>
        </message>
        <message>
            <source>The keys are not kept: Connect asks for them</source>
            <translation>Les clés ne sont pas conservées : Se connecter les demande</translation>
        </message>
        <message>
            <source>&amp;Keys:</source>
            <translation>&amp;Clés :</translation>
        </message>
        <message>
            <source>In the system keychain (not available)</source>
            <translation>Dans le trousseau du système (indisponible)</translation>
        </message>
        <message>
            <source>Keys are kept in plain text in the profile file, readable by anyone who can read the file.</source>
            <translation>Les clés sont conservées en clair dans le fichier de profils, lisibles par quiconque peut lire le fichier.</translation>
        </message>
        <message>
            <source>No keychain is available: %1. Until there is one, the keys are asked for when connecting. Choose where this profile's keys go instead:</source>
            <translation>Aucun trousseau n'est disponible : %1. En attendant, les clés sont demandées à la connexion. Choisissez plutôt où placer les clés de ce profil :</translation>
        </message>
    </context>
    <context>
        <name>coapscope::LadderLayout</name>
        <message>
            <source>malformed</source>
            <translation>mal formé</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n octet</numerusform>
                <numerusform>%n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>ping</source>
            <translation>ping</translation>
        </message>
        <message>
            <source>MID 0x%1</source>
            <translation>MID 0x%1</translation>
        </message>
        <message>
            <source>token %1</source>
            <translation>jeton %1</translation>
        </message>
        <message>
            <source>Obs register</source>
            <translation>Obs inscription</translation>
        </message>
        <message>
            <source>Obs deregister</source>
            <translation>Obs désinscription</translation>
        </message>
        <message>
            <source>Obs %1</source>
            <translation>Obs %1</translation>
        </message>
        <message>
            <source>block %1/%2</source>
            <translation>bloc %1/%2</translation>
        </message>
        <message>
            <source>block %1</source>
            <translation>bloc %1</translation>
        </message>
        <message>
            <source>separate response</source>
            <translation>réponse séparée</translation>
        </message>
        <message>
            <source>retransmission %1</source>
            <translation>retransmission %1</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>doublon</translation>
        </message>
        <message>
            <source>%1 (+%2 s)</source>
            <translation>%1 (+%2 s)</translation>
        </message>
        <message>
            <source>Sent to %1</source>
            <translation>Envoyé à %1</translation>
        </message>
        <message>
            <source>Received from %1</source>
            <translation>Reçu de %1</translation>
        </message>
        <message>
            <source>Malformed: %1</source>
            <translation>Mal formé : %1</translation>
        </message>
        <message>
            <source>Engine: %1</source>
            <translation>Moteur : %1</translation>
        </message>
        <message>
            <source>Answered by %1 after %2 ms</source>
            <translation>%1 en réponse après %2 ms</translation>
        </message>
        <message>
            <source>First response after %1 ms</source>
            <translation>Première réponse après %1 ms</translation>
        </message>
        <message>
            <source>%1 ms after the first transmission</source>
            <translation>%1 ms après la première transmission</translation>
        </message>
        <message>
            <source>Block-wise transfer #%1</source>
            <translation>Transfert par blocs #%1</translation>
        </message>
    </context>
    <context>
        <name>coapscope::LadderPanel</name>
        <message>
            <source>Session shown in the ladder diagram</source>
            <translation>Session affichée dans le diagramme en échelle</translation>
        </message>
        <message>
            <source>No sessions yet</source>
            <translation>Pas encore de session</translation>
        </message>
        <message>
            <source>Se&amp;ssion:</source>
            <translation>Sess&amp;ion :</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom a&amp;vant</translation>
        </message>
        <message>
            <source>Zoom in (+, or Ctrl+wheel about the mouse)</source>
            <translation>Zoom avant (+, ou Ctrl+molette autour de la souris)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoo&amp;m arrière</translation>
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation>Zoom arrière (-)</translation>
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation>A&amp;juster</translation>
        </message>
        <message>
            <source>Fit the whole session into the view</source>
            <translation>Ajuster toute la session à la vue</translation>
        </message>
        <message>
            <source>Ctrl+0</source>
            <translation>Ctrl+0</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Légende</translation>
        </message>
        <message>
            <source>Session %1 · %2 %3 ⇄ %4</source>
            <translation>Session %1 · %2 %3 ⇄ %4</translation>
        </message>
        <message>
            <source>request</source>
            <translation>requête</translation>
        </message>
        <message>
            <source>response</source>
            <translation>réponse</translation>
        </message>
        <message>
            <source>ACK, ping, signaling</source>
            <translation>ACK, ping, signalisation</translation>
        </message>
        <message>
            <source>RST, malformed</source>
            <translation>RST, mal formé</translation>
        </message>
        <message>
            <source>retransmission and its timeout</source>
            <translation>retransmission et son délai d'attente</translation>
        </message>
        <message>
            <source>CON and its ACK</source>
            <translation>CON et son ACK</translation>
        </message>
        <message>
            <source>request and separate response</source>
            <translation>requête et réponse séparée</translation>
        </message>
        <message>
            <source>block-wise transfer</source>
            <translation>transfert par blocs</translation>
        </message>
    </context>
    <context>
        <name>coapscope::LadderView</name>
        <message>
            <source>Ladder diagram</source>
            <translation>Diagramme en échelle</translation>
        </message>
        <message>
            <source>The datagrams of one session as arrows between this side and the peer, time flowing down. Up and Down select the previous or next datagram.</source>
            <translation>Les datagrammes d'une session sous forme de flèches entre ce côté et le pair, le temps s'écoulant vers le bas. Haut et Bas sélectionnent le datagramme précédent ou suivant.</translation>
        </message>
        <message>
            <source>Choose a session to see its datagrams as a ladder diagram.</source>
            <translation>Choisissez une session pour voir ses datagrammes en diagramme en échelle.</translation>
        </message>
        <message>
            <source>No datagrams in this session yet.</source>
            <translation>Pas encore de datagramme dans cette session.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::LinkFormatTableModel</name>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>The link target (URI reference)</source>
            <translation>La cible du lien (référence d'URI)</translation>
        </message>
        <message>
            <source>Resource type</source>
            <translation>Type de ressource</translation>
        </message>
        <message>
            <source>Interface description</source>
            <translation>Description d'interface</translation>
        </message>
        <message>
            <source>Content-Format</source>
            <translation>Content-Format</translation>
        </message>
        <message>
            <source>Size estimate in bytes</source>
            <translation>Taille estimée en octets</translation>
        </message>
        <message>
            <source>Observable</source>
            <translation>Observable</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Relation type</source>
            <translation>Type de relation</translation>
        </message>
        <message>
            <source>Context URI</source>
            <translation>URI de contexte</translation>
        </message>
    </context>
    <context>
        <name>coapscope::LocalServerPanel</name>
        <message>
            <source>&amp;Start</source>
            <translation>Dé&amp;marrer</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>Arrê&amp;ter</translation>
        </message>
        <message>
            <source>Endpoints</source>
            <translation>Points d'accès</translation>
        </message>
        <message>
            <source>Listen on %1</source>
            <translation>Écouter sur %1</translation>
        </message>
        <message>
            <source>any free port</source>
            <translation>tout port libre</translation>
        </message>
        <message>
            <source>%1 port</source>
            <translation>Port %1</translation>
        </message>
        <message>
            <source>Listening address</source>
            <translation>Adresse d'écoute</translation>
        </message>
        <message>
            <source>Server security</source>
            <translation>Sécurité du serveur</translation>
        </message>
        <message>
            <source>Edit the server's security</source>
            <translation>Modifier la sécurité du serveur</translation>
        </message>
        <message>
            <source>Start the demo server</source>
            <translation>Démarrer le serveur de démo</translation>
        </message>
        <message>
            <source>Stop the demo server</source>
            <translation>Arrêter le serveur de démo</translation>
        </message>
        <message>
            <source>Demo server status</source>
            <translation>État du serveur de démo</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>Adr&amp;esse :</translation>
        </message>
        <message>
            <source>pre-shared keys</source>
            <translation>clés pré-partagées</translation>
        </message>
        <message>
            <source>pre-shared keys, hint "%1"</source>
            <translation>clés pré-partagées, indice « %1 »</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>certificat</translation>
        </message>
        <message>
            <source>DTLS and TLS: no security set yet</source>
            <translation>DTLS et TLS : aucune sécurité définie pour l'instant</translation>
        </message>
        <message>
            <source>DTLS and TLS use %1.</source>
            <translation>DTLS et TLS utilisent %1.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <source>"%1" is not an IP address; use one such as 127.0.0.1 or ::1.</source>
            <translation>« %1 » n'est pas une adresse IP ; utilisez-en une comme 127.0.0.1 ou ::1.</translation>
        </message>
        <message>
            <source>Choose at least one endpoint to listen on.</source>
            <translation>Choisissez au moins un point d'accès sur lequel écouter.</translation>
        </message>
        <message>
            <source>Demo server stopped</source>
            <translation>Serveur de démo arrêté</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Arrêté</translation>
        </message>
        <message>
            <source>Serving %1</source>
            <translation>Sert %1</translation>
        </message>
        <message>
            <source>Server Securit&amp;y…</source>
            <translation>Sé&amp;curité du serveur…</translation>
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
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>coapscope::LogPanel</name>
        <message>
            <source>All messages</source>
            <translation>Tous les messages</translation>
        </message>
        <message>
            <source>Warnings and errors</source>
            <translation>Avertissements et erreurs</translation>
        </message>
        <message>
            <source>Errors only</source>
            <translation>Erreurs seulement</translation>
        </message>
        <message>
            <source>Log level</source>
            <translation>Niveau du journal</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;Vider</translation>
        </message>
        <message>
            <source>Clear the log</source>
            <translation>Vider le journal</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>Affic&amp;her :</translation>
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
            <translation>Onglets de l'espace de travail</translation>
        </message>
        <message>
            <source>&amp;Request</source>
            <translation>&amp;Requête</translation>
        </message>
        <message>
            <source>Reso&amp;urces</source>
            <translation>Re&amp;ssources</translation>
        </message>
        <message>
            <source>Observ&amp;ations</source>
            <translation>O&amp;bservations</translation>
        </message>
        <message>
            <source>&amp;Decoder</source>
            <translation>&amp;Décodeur</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Session Details</source>
            <translation>Détails de la session</translation>
        </message>
        <message>
            <source>Local Server</source>
            <translation>Serveur local</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Session count</source>
            <translation>Nombre de sessions</translation>
        </message>
        <message>
            <source>Cannot send to %1: %2</source>
            <translation>Impossible d'envoyer à %1 : %2</translation>
        </message>
        <message>
            <source>%1: %2 in %3 ms</source>
            <translation>%1 : %2 en %3 ms</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>Échec de %1 : %2</translation>
        </message>
        <message>
            <source>Demo server</source>
            <translation>Serveur de démo</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New Session…</source>
            <translation>&amp;Nouvelle session…</translation>
        </message>
        <message>
            <source>Open a client session (coap_new_client_session)</source>
            <translation>Ouvrir une session cliente (coap_new_client_session)</translation>
        </message>
        <message>
            <source>&amp;Capture Traffic</source>
            <translation>&amp;Capturer le trafic</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>Keep every datagram of every session, to export as a trace</source>
            <translation>Conserver chaque datagramme de chaque session, pour l'exporter comme trace</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Session</translation>
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
            <translation>Séc&amp;urité</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>&amp;About CoapScope</source>
            <translation>À &amp;propos de CoapScope</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Barre d'outils</translation>
        </message>
        <message>
            <source>New Session</source>
            <translation>Nouvelle session</translation>
        </message>
        <message>
            <source>Server URI (coap://, coaps://, coap+tcp:// or coaps+tcp://):</source>
            <translation>URI du serveur (coap://, coaps://, coap+tcp:// ou coaps+tcp://) :</translation>
        </message>
        <message>
            <source>That is not a CoAP URI: %1</source>
            <translation>Ce n'est pas une URI CoAP : %1</translation>
        </message>
        <message>
            <source>Cannot open a session: %1</source>
            <translation>Impossible d'ouvrir une session : %1</translation>
        </message>
        <message>
            <source>Some saved settings were unusable; RFC 7252's defaults apply instead.</source>
            <translation>Certains paramètres enregistrés étaient inutilisables ; les valeurs par défaut de la RFC 7252 s'appliquent à leur place.</translation>
        </message>
        <message>
            <source>Settings saved; they apply to sessions opened from now on.</source>
            <translation>Paramètres enregistrés ; ils s'appliquent aux sessions ouvertes à partir de maintenant.</translation>
        </message>
        <message>
            <source>Capturing the traffic of every session.</source>
            <translation>Capture du trafic de toutes les sessions.</translation>
        </message>
        <message numerus="yes">
            <source>Capture stopped: %n datagram(s) kept.</source>
            <translation>
                <numerusform>Capture arrêtée : %n datagramme conservé.</numerusform>
                <numerusform>Capture arrêtée : %n datagrammes conservés.</numerusform>
            </translation>
        </message>
        <message>
            <source>demo server stopped</source>
            <translation>serveur de démo arrêté</translation>
        </message>
        <message>
            <source>demo server at %1</source>
            <translation>serveur de démo sur %1</translation>
        </message>
        <message>
            <source>demo server running</source>
            <translation>serveur de démo en marche</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) · %1</source>
            <translation>
                <numerusform>%n session · %1</numerusform>
                <numerusform>%n sessions · %1</numerusform>
            </translation>
        </message>
        <message>
            <source>About CoapScope</source>
            <translation>À propos de CoapScope</translation>
        </message>
        <message>
            <source>&lt;h3&gt;CoapScope %1&lt;/h3&gt;&lt;p&gt;Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Licensed under the BSD 2-Clause license.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;CoapScope %1&lt;/h3&gt;&lt;p&gt;Explorer et déboguer des sessions CoAP sur UDP, DTLS, TCP et TLS.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Distribué sous la licence BSD à 2 clauses.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Timeli&amp;ne</source>
            <translation>&amp;Chronologie</translation>
        </message>
        <message>
            <source>Trac&amp;e</source>
            <translation>&amp;Trace</translation>
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
            <translation>Aucun octet de valeur</translation>
        </message>
        <message>
            <source>Raw value: %1</source>
            <translation>Valeur brute : %1</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Option</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
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
            <translation>Le plus grand datagramme de la session en octets (de %1 à %2), sans les en-têtes IP et UDP ; vide pour la valeur par défaut</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 octets</translation>
        </message>
        <message>
            <source>Block size</source>
            <translation>Taille de bloc</translation>
        </message>
        <message>
            <source>The block size the request composer starts with for block-wise transfers (RFC 7959)</source>
            <translation>La taille de bloc par laquelle le compositeur de requêtes commence les transferts par blocs (RFC 7959)</translation>
        </message>
        <message>
            <source>&amp;MTU:</source>
            <translation>&amp;MTU :</translation>
        </message>
        <message>
            <source>&amp;Block size:</source>
            <translation>Taille de &amp;bloc :</translation>
        </message>
        <message>
            <source>The MTU must be a whole number from %1 to %2 bytes.</source>
            <translation>La MTU doit être un nombre entier de %1 à %2 octets.</translation>
        </message>
        <message>
            <source>Default (File ▸ Settings)</source>
            <translation>Par défaut (Fichier ▸ Paramètres)</translation>
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
            <translation>périmée : plus ancienne qu'une déjà affichée</translation>
        </message>
        <message>
            <source>Sequence</source>
            <translation>Séquence</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Payload</source>
            <translation>Charge utile</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ObservePanel</name>
        <message>
            <source>&amp;Stop Observing</source>
            <translation>Arrêter l'&amp;observation</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Send a GET with Observe ticked to watch a resource here.</source>
            <translation>Envoyez un GET avec Observe coché pour suivre une ressource ici.</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Observations</translation>
        </message>
        <message>
            <source>Stop observing: deregister with the server</source>
            <translation>Arrêter l'observation : se désinscrire auprès du serveur</translation>
        </message>
        <message>
            <source>Cancel the observation at once</source>
            <translation>Annuler l'observation immédiatement</translation>
        </message>
        <message>
            <source>Remove the observation from the list</source>
            <translation>Retirer l'observation de la liste</translation>
        </message>
        <message>
            <source>waiting for the first notification</source>
            <translation>en attente de la première notification</translation>
        </message>
        <message>
            <source>Notifications of %1</source>
            <translation>Notifications de %1</translation>
        </message>
        <message>
            <source>observing</source>
            <translation>en observation</translation>
        </message>
        <message>
            <source>ended: %1</source>
            <translation>terminée : %1</translation>
        </message>
        <message>
            <source>ended with %1</source>
            <translation>terminée par %1</translation>
        </message>
        <message numerus="yes">
            <source>%1
%n notification(s), %2</source>
            <translation>
                <numerusform>%1
%n notification, %2</numerusform>
                <numerusform>%1
%n notifications, %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>coapscope::OptionsDelegate</name>
        <message>
            <source>name or number</source>
            <translation>nom ou numéro</translation>
        </message>
        <message>
            <source>Option name or number</source>
            <translation>Nom ou numéro de l'option</translation>
        </message>
        <message>
            <source>Option value</source>
            <translation>Valeur de l'option</translation>
        </message>
    </context>
    <context>
        <name>coapscope::OptionsEditor</name>
        <message>
            <source>&amp;Remove</source>
            <translation>Supp&amp;rimer</translation>
        </message>
        <message>
            <source>Request options</source>
            <translation>Options de la requête</translation>
        </message>
        <message>
            <source>One option per row: a name or number, and its value. Values starting with 0x are raw bytes.</source>
            <translation>Une option par ligne : un nom ou un numéro, et sa valeur. Les valeurs commençant par 0x sont des octets bruts.</translation>
        </message>
        <message>
            <source>Add option</source>
            <translation>Ajouter une option</translation>
        </message>
        <message>
            <source>Remove selected options</source>
            <translation>Supprimer les options sélectionnées</translation>
        </message>
        <message>
            <source>Problem with the options</source>
            <translation>Problème dans les options</translation>
        </message>
        <message>
            <source>Remove option</source>
            <translation>Supprimer l'option</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <source>Add opt&amp;ion</source>
            <translation>A&amp;jouter une option</translation>
        </message>
    </context>
    <context>
        <name>coapscope::OptionsTableModel</name>
        <message>
            <source>%1 is option %2</source>
            <translation>%1 est l'option %2</translation>
        </message>
        <message>
            <source>Option %1 is not registered</source>
            <translation>L'option %1 n'est pas enregistrée</translation>
        </message>
        <message>
            <source>OK: %1</source>
            <translation>OK : %1</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Option</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Vérification</translation>
        </message>
    </context>
    <context>
        <name>coapscope::PayloadEditor</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Text (UTF-8)</source>
            <translation>Texte (UTF-8)</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>Hex bytes</source>
            <translation>Octets hexadécimaux</translation>
        </message>
        <message>
            <source>CBOR diagnostic notation</source>
            <translation>Notation de diagnostic CBOR</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Payload kind</source>
            <translation>Nature de la charge utile</translation>
        </message>
        <message>
            <source>Payload</source>
            <translation>Charge utile</translation>
        </message>
        <message>
            <source>Payload file</source>
            <translation>Fichier de charge utile</translation>
        </message>
        <message>
            <source>Path of the file to send</source>
            <translation>Chemin du fichier à envoyer</translation>
        </message>
        <message>
            <source>Choose the payload file</source>
            <translation>Choisir le fichier de charge utile</translation>
        </message>
        <message>
            <source>Problem with the payload</source>
            <translation>Problème dans la charge utile</translation>
        </message>
        <message>
            <source>Payload size</source>
            <translation>Taille de la charge utile</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Nature :</translation>
        </message>
        <message>
            <source>Text to send, as UTF-8</source>
            <translation>Texte à envoyer, en UTF-8</translation>
        </message>
        <message>
            <source>{"temperature": 21.5, "unit": "Cel"}</source>
            <translation>{"temperature": 21.5, "unit": "Cel"}</translation>
        </message>
        <message>
            <source>Bytes in hex, e.g. 01 02 ff or 0x0102ff</source>
            <translation>Octets en hexadécimal, p. ex. 01 02 ff ou 0x0102ff</translation>
        </message>
        <message>
            <source>CBOR in diagnostic notation, e.g. {1: "text", 2: h'01ff', 3: [1.5, true, null]}</source>
            <translation>CBOR en notation de diagnostic, p. ex. {1: "text", 2: h'01ff', 3: [1.5, true, null]}</translation>
        </message>
        <message>
            <source>Payload File</source>
            <translation>Fichier de charge utile</translation>
        </message>
        <message>
            <source>The file %1 does not exist.</source>
            <translation>Le fichier %1 n'existe pas.</translation>
        </message>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 n'est pas un fichier.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>Le fichier %1 ne peut pas être lu.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MiB.</source>
            <translation>Le fichier dépasse %1 Mio.</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n octet</numerusform>
                <numerusform>%n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>Not hex: %1</source>
            <translation>Pas de l'hexadécimal : %1</translation>
        </message>
        <message>
            <source>Not CBOR diagnostic notation: %1</source>
            <translation>Pas de la notation de diagnostic CBOR : %1</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>coapscope::PayloadView</name>
        <message>
            <source>Payload summary</source>
            <translation>Résumé de la charge utile</translation>
        </message>
        <message>
            <source>Problem with the payload</source>
            <translation>Problème dans la charge utile</translation>
        </message>
        <message>
            <source>Payload views</source>
            <translation>Vues de la charge utile</translation>
        </message>
        <message>
            <source>Payload as text</source>
            <translation>Charge utile en texte</translation>
        </message>
        <message>
            <source>Payload in hexadecimal</source>
            <translation>Charge utile en hexadécimal</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Liens</translation>
        </message>
        <message>
            <source>Payload image</source>
            <translation>Image de la charge utile</translation>
        </message>
        <message>
            <source>Rendered</source>
            <translation>Rendu</translation>
        </message>
        <message>
            <source>Hex</source>
            <translation>Hexa</translation>
        </message>
        <message>
            <source>No payload.</source>
            <translation>Pas de charge utile.</translation>
        </message>
        <message>
            <source>No payload (%1).</source>
            <translation>Pas de charge utile (%1).</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
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
            <translation>Image</translation>
        </message>
        <message>
            <source>The payload cannot be read as %1.</source>
            <translation>La charge utile ne peut pas être lue comme %1.</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n byte(s)</source>
            <translation>
                <numerusform>%1, %n octet</numerusform>
                <numerusform>%1, %n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>, %1</source>
            <translation>, %1</translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 pixels</translation>
        </message>
        <message numerus="yes">
            <source>… %n more byte(s) not shown</source>
            <translation>
                <numerusform>… %n octet de plus non affiché</numerusform>
                <numerusform>… %n octets de plus non affichés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>coapscope::PkiDialog</name>
        <message>
            <source>Certificates of the Server</source>
            <translation>Certificats du serveur</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificats</translation>
        </message>
        <message>
            <source>Server c&amp;ertificate</source>
            <translation>Certificat du &amp;serveur</translation>
        </message>
        <message>
            <source>Clie&amp;nt certificate</source>
            <translation>Certificat c&amp;lient</translation>
        </message>
        <message>
            <source>&amp;Trust</source>
            <translation>Con&amp;fiance</translation>
        </message>
        <message>
            <source>&amp;Verification</source>
            <translation>&amp;Vérification</translation>
        </message>
        <message>
            <source>Certificate settings</source>
            <translation>Paramètres des certificats</translation>
        </message>
    </context>
    <context>
        <name>coapscope::PkiOwnPage</name>
        <message>
            <source>Certificate</source>
            <translation>Certificat</translation>
        </message>
        <message>
            <source>Private key</source>
            <translation>Clé privée</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer *.der)</source>
            <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
        </message>
        <message>
            <source>Private keys (*.pem *.key *.der)</source>
            <translation>Clés privées (*.pem *.key *.der)</translation>
        </message>
        <message>
            <source>The server presents this certificate to every client. PEM or DER; a PEM file may hold the chain after the certificate.</source>
            <translation>Le serveur présente ce certificat à chaque client. PEM ou DER ; un fichier PEM peut contenir la chaîne après le certificat.</translation>
        </message>
        <message>
            <source>Optional: a certificate to present when the server asks for one. PEM or DER; a PEM file may hold the chain after the certificate.</source>
            <translation>Facultatif : un certificat à présenter quand le serveur en demande un. PEM ou DER ; un fichier PEM peut contenir la chaîne après le certificat.</translation>
        </message>
        <message>
            <source>&amp;Certificate:</source>
            <translation>Cer&amp;tificat :</translation>
        </message>
        <message>
            <source>Private &amp;key:</source>
            <translation>Clé &amp;privée :</translation>
        </message>
        <message>
            <source>The certificate</source>
            <translation>Le certificat</translation>
        </message>
        <message>
            <source>Given by the program, not as a file</source>
            <translation>Fourni par le programme, pas sous forme de fichier</translation>
        </message>
        <message>
            <source>No file</source>
            <translation>Aucun fichier</translation>
        </message>
        <message>
            <source>No certificate chosen.</source>
            <translation>Aucun certificat choisi.</translation>
        </message>
        <message>
            <source>A server needs a certificate: choose its file.</source>
            <translation>Un serveur a besoin d'un certificat : choisissez son fichier.</translation>
        </message>
        <message>
            <source>Choose the certificate this private key belongs to.</source>
            <translation>Choisissez le certificat auquel appartient cette clé privée.</translation>
        </message>
        <message>
            <source>No certificate to show.</source>
            <translation>Aucun certificat à afficher.</translation>
        </message>
        <message>
            <source>Choose the private key that belongs to the certificate.</source>
            <translation>Choisissez la clé privée qui appartient au certificat.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::PkiTrustPage</name>
        <message>
            <source>CA file</source>
            <translation>Fichier d'AC</translation>
        </message>
        <message>
            <source>CA directory</source>
            <translation>Dossier d'AC</translation>
        </message>
        <message>
            <source>Check &amp;revocation</source>
            <translation>Vérifier la &amp;révocation</translation>
        </message>
        <message>
            <source>Refuse peer certificates that a CRL lists as revoked.</source>
            <translation>Refuser les certificats du pair qu'une CRL déclare révoqués.</translation>
        </message>
        <message>
            <source>Allow a missing &amp;CRL</source>
            <translation>Autoriser une &amp;CRL manquante</translation>
        </message>
        <message>
            <source>Accept a certificate whose CA has no CRL here.</source>
            <translation>Accepter un certificat dont l'AC n'a pas de CRL ici.</translation>
        </message>
        <message>
            <source>Allow an e&amp;xpired CRL</source>
            <translation>Autoriser une CRL e&amp;xpirée</translation>
        </message>
        <message>
            <source>Use a CRL past its next-update time instead of failing.</source>
            <translation>Utiliser une CRL après sa date de prochaine mise à jour au lieu d'échouer.</translation>
        </message>
        <message>
            <source>CRL file</source>
            <translation>Fichier CRL</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt)</source>
            <translation>Certificats (*.pem *.crt)</translation>
        </message>
        <message>
            <source>Certificate revocation lists (*.pem *.crl)</source>
            <translation>Listes de révocation de certificats (*.pem *.crl)</translation>
        </message>
        <message>
            <source>Trusted certificate authorities</source>
            <translation>Autorités de certification de confiance</translation>
        </message>
        <message>
            <source>The peer's certificate must be issued by one of these. A PEM file may hold several; a directory is one made by openssl rehash.</source>
            <translation>Le certificat du pair doit être émis par l'une d'elles. Un fichier PEM peut en contenir plusieurs ; un dossier est un dossier préparé par openssl rehash.</translation>
        </message>
        <message>
            <source>CA &amp;file:</source>
            <translation>F&amp;ichier d'AC :</translation>
        </message>
        <message>
            <source>CA &amp;directory:</source>
            <translation>&amp;Dossier d'AC :</translation>
        </message>
        <message>
            <source>Revocation</source>
            <translation>Révocation</translation>
        </message>
        <message>
            <source>CRL f&amp;ile:</source>
            <translation>Fic&amp;hier CRL :</translation>
        </message>
        <message>
            <source>Trusts %1</source>
            <translation>Fait confiance à %1</translation>
        </message>
        <message>
            <source>Verifying the peer needs a CA file or directory. Give one, turn verification off, or allow self-signed certificates.</source>
            <translation>La vérification du pair nécessite un fichier ou un dossier d'AC. Indiquez-en un, désactivez la vérification ou autorisez les certificats auto-signés.</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 n'existe pas.</translation>
        </message>
        <message>
            <source>%1 is not a directory.</source>
            <translation>%1 n'est pas un dossier.</translation>
        </message>
        <message>
            <source>Checking revocation needs a CRL file (or a CA directory holding CRLs), or allowing a missing CRL.</source>
            <translation>La vérification de la révocation nécessite un fichier CRL (ou un dossier d'AC contenant des CRL), ou d'autoriser une CRL manquante.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::PkiVerificationPage</name>
        <message>
            <source>Verify the &amp;peer's certificate</source>
            <translation>Vérifier le certificat du &amp;pair</translation>
        </message>
        <message>
            <source>Check that it leads to a trusted CA and is in date; off: accept any.</source>
            <translation>Vérifier qu'il mène à une AC de confiance et qu'il est en cours de validité ; désactivé : tout accepter.</translation>
        </message>
        <message>
            <source>Re&amp;quire a client certificate</source>
            <translation>E&amp;xiger un certificat client</translation>
        </message>
        <message>
            <source>Refuse clients that present no certificate.</source>
            <translation>Refuser les clients qui ne présentent aucun certificat.</translation>
        </message>
        <message>
            <source>Allow &amp;self-signed certificates</source>
            <translation>Autoriser les certificats auto-&amp;signés</translation>
        </message>
        <message>
            <source>Accept a certificate that is its own issuer, without a CA.</source>
            <translation>Accepter un certificat qui est son propre émetteur, sans AC.</translation>
        </message>
        <message>
            <source>Allow &amp;expired certificates</source>
            <translation>Autoriser les certificats &amp;expirés</translation>
        </message>
        <message>
            <source>Accept certificates that have expired or are not valid yet.</source>
            <translation>Accepter les certificats expirés ou pas encore valides.</translation>
        </message>
        <message>
            <source>&amp;Limit the chain length</source>
            <translation>&amp;Limiter la longueur de la chaîne</translation>
        </message>
        <message>
            <source>Refuse chains with more intermediate CAs than allowed below.</source>
            <translation>Refuser les chaînes comptant plus d'AC intermédiaires qu'autorisé ci-dessous.</translation>
        </message>
        <message>
            <source>Intermediate CAs allowed</source>
            <translation>AC intermédiaires autorisées</translation>
        </message>
        <message>
            <source>How many CAs may stand between the peer's certificate and the trusted CA</source>
            <translation>Combien d'AC peuvent se trouver entre le certificat du pair et l'AC de confiance</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Vérifications</translation>
        </message>
        <message>
            <source>Intermediate &amp;CAs allowed:</source>
            <translation>&amp;AC intermédiaires autorisées :</translation>
        </message>
        <message>
            <source>Expected server name</source>
            <translation>Nom de serveur attendu</translation>
        </message>
        <message>
            <source>Any name</source>
            <translation>N'importe quel nom</translation>
        </message>
        <message>
            <source>Server name indication</source>
            <translation>Indication du nom de serveur</translation>
        </message>
        <message>
            <source>None sent</source>
            <translation>Aucune envoyée</translation>
        </message>
        <message>
            <source>Server name</source>
            <translation>Nom du serveur</translation>
        </message>
        <message>
            <source>The expected name must be among the certificate's names (host name or IP address). SNI is sent in the handshake so the server can pick its certificate (host names only).</source>
            <translation>Le nom attendu doit figurer parmi les noms du certificat (nom d'hôte ou adresse IP). SNI est envoyé pendant la négociation pour que le serveur puisse choisir son certificat (noms d'hôte seulement).</translation>
        </message>
        <message>
            <source>E&amp;xpected name:</source>
            <translation>&amp;Nom attendu :</translation>
        </message>
        <message>
            <source>S&amp;NI:</source>
            <translation>SN&amp;I :</translation>
        </message>
        <message>
            <source>"%1" is neither a host name nor an IP address.</source>
            <translation>« %1 » n'est ni un nom d'hôte ni une adresse IP.</translation>
        </message>
        <message>
            <source>SNI carries host names only, not addresses like %1.</source>
            <translation>SNI ne transporte que des noms d'hôte, pas des adresses comme %1.</translation>
        </message>
        <message>
            <source>"%1" is not a host name.</source>
            <translation>« %1 » n'est pas un nom d'hôte.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ProfileEditor</name>
        <message>
            <source>&amp;Pre-shared key</source>
            <translation>Clé &amp;pré-partagée</translation>
        </message>
        <message>
            <source>Edit &amp;key…</source>
            <translation>Modifier la c&amp;lé…</translation>
        </message>
        <message>
            <source>C&amp;ertificates</source>
            <translation>Cer&amp;tificats</translation>
        </message>
        <message>
            <source>Edit certi&amp;ficates…</source>
            <translation>Modifier les certific&amp;ats…</translation>
        </message>
        <message>
            <source>URI</source>
            <translation>URI</translation>
        </message>
        <message>
            <source>Present a pre-shared key to the server</source>
            <translation>Présenter une clé pré-partagée au serveur</translation>
        </message>
        <message>
            <source>Use certificates for the handshake</source>
            <translation>Utiliser des certificats pour la négociation</translation>
        </message>
        <message>
            <source>U&amp;RI:</source>
            <translation>&amp;URI :</translation>
        </message>
        <message>
            <source>Security (coaps:// and coaps+tcp://)</source>
            <translation>Sécurité (coaps:// et coaps+tcp://)</translation>
        </message>
        <message>
            <source>%1 needs a pre-shared key or certificates.</source>
            <translation>%1 nécessite une clé pré-partagée ou des certificats.</translation>
        </message>
        <message>
            <source>The pre-shared key has no identity yet: use Edit key.</source>
            <translation>La clé pré-partagée n'a pas encore d'identité : utilisez « Modifier la clé ».</translation>
        </message>
        <message>
            <source>Not set yet.</source>
            <translation>Pas encore définie.</translation>
        </message>
        <message>
            <source>Identity "%1"; the key is asked for when connecting.</source>
            <translation>Identité « %1 » ; la clé est demandée à la connexion.</translation>
        </message>
        <message numerus="yes">
            <source>Identity "%1" with a key of %n byte(s).</source>
            <translation>
                <numerusform>Identité « %1 » avec une clé de %n octet.</numerusform>
                <numerusform>Identité « %1 » avec une clé de %n octets.</numerusform>
            </translation>
        </message>
        <message>
            <source>no client certificate</source>
            <translation>pas de certificat client</translation>
        </message>
        <message>
            <source>client certificate %1</source>
            <translation>certificat client %1</translation>
        </message>
        <message>
            <source>the server's certificate is not verified</source>
            <translation>le certificat du serveur n'est pas vérifié</translation>
        </message>
        <message>
            <source>trusting %1</source>
            <translation>confiance en %1</translation>
        </message>
        <message>
            <source>Identity "%1"; the key is read from the system keychain when connecting, or asked for if it is not there.</source>
            <translation>Identité « %1 » ; la clé est lue dans le trousseau du système à la connexion, ou demandée si elle n'y est pas.</translation>
        </message>
        <message>
            <source>Message sizes and transmission parameters</source>
            <translation>Tailles des messages et paramètres de transmission</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ProfileLauncher</name>
        <message>
            <source>Connection &amp;Profiles…</source>
            <translation>Profils de c&amp;onnexion…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation>Ctrl+Shift+P</translation>
        </message>
        <message>
            <source>Saved URIs with their security and transmission parameters</source>
            <translation>URI enregistrées avec leurs paramètres de sécurité et de transmission</translation>
        </message>
        <message>
            <source>Connection profiles: %1</source>
            <translation>Profils de connexion : %1</translation>
        </message>
        <message>
            <source>Pre-Shared Key for %1</source>
            <translation>Clé pré-partagée pour %1</translation>
        </message>
        <message>
            <source>Certificates for %1</source>
            <translation>Certificats pour %1</translation>
        </message>
        <message>
            <source>Profile "%1": %2</source>
            <translation>Profil « %1 » : %2</translation>
        </message>
        <message>
            <source>the MTU must be from %1 to %2 bytes, not %3</source>
            <translation>la MTU doit être comprise entre %1 et %2 octets, pas %3</translation>
        </message>
        <message>
            <source>the block size must be automatic or a power of two from 16 to 1024 bytes, not %1</source>
            <translation>la taille de bloc doit être automatique ou une puissance de deux de 16 à 1024 octets, pas %1</translation>
        </message>
        <message>
            <source>cannot open a session: %1</source>
            <translation>impossible d'ouvrir une session : %1</translation>
        </message>
        <message>
            <source>Profile "%1": session %2 opened, MTU %3</source>
            <translation>Profil « %1 » : session %2 ouverte, MTU %3</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ProfileSecrets</name>
        <message>
            <source>Cannot keep the %1 of "%2" in the keychain</source>
            <translation>Impossible de conserver %1 de « %2 » dans le trousseau</translation>
        </message>
        <message>
            <source>Cannot remove the %1 of "%2" from the keychain</source>
            <translation>Impossible de retirer %1 de « %2 » du trousseau</translation>
        </message>
        <message>
            <source>Cannot move the %1 of "%2" to "%3" in the keychain</source>
            <translation>Impossible de déplacer %1 de « %2 » vers « %3 » dans le trousseau</translation>
        </message>
        <message>
            <source>Cannot read the %1 of "%2" from the keychain: %3</source>
            <translation>Impossible de lire %1 de « %2 » depuis le trousseau : %3</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1 : %2.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ProfilesDialog</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nouveau</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Dupliquer</translation>
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation>&amp;Renommer</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>Move the file aside</source>
            <translation>Mettre le fichier de côté</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>Connection Profiles</source>
            <translation>Profils de connexion</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profils</translation>
        </message>
        <message>
            <source>Selected profile</source>
            <translation>Profil sélectionné</translation>
        </message>
        <message>
            <source>Rename the file that could not be loaded to .broken and start afresh</source>
            <translation>Renommer en .broken le fichier qui n'a pas pu être chargé et repartir de zéro</translation>
        </message>
        <message>
            <source>Import Profiles</source>
            <translation>Importer des profils</translation>
        </message>
        <message>
            <source>CoapScope profiles (*.json)</source>
            <translation>Profils CoapScope (*.json)</translation>
        </message>
        <message>
            <source>The file that could not be loaded is now %1.</source>
            <translation>Le fichier qui n'a pas pu être chargé est désormais %1.</translation>
        </message>
        <message>
            <source>Export the Selected Profile…</source>
            <translation>Exporter le profil sélectionné…</translation>
        </message>
        <message>
            <source>Export Profile</source>
            <translation>Exporter le profil</translation>
        </message>
        <message>
            <source>Export All Profiles…</source>
            <translation>Exporter tous les profils…</translation>
        </message>
        <message>
            <source>Export Profiles</source>
            <translation>Exporter les profils</translation>
        </message>
        <message>
            <source>Profi&amp;les:</source>
            <translation>Pro&amp;fils :</translation>
        </message>
        <message>
            <source>%1 The file is kept as it is, and changes are not saved until it is fixed or moved aside.</source>
            <translation>%1 Le fichier est conservé tel quel, et les modifications ne sont pas enregistrées tant qu'il n'est pas réparé ou mis de côté.</translation>
        </message>
        <message>
            <source>Select a profile first.</source>
            <translation>Sélectionnez d'abord un profil.</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Nouveau profil</translation>
        </message>
        <message>
            <source>Delete Profile</source>
            <translation>Supprimer le profil</translation>
        </message>
        <message>
            <source>Delete the profile "%1"? This cannot be undone.</source>
            <translation>Supprimer le profil « %1 » ? Cette action est irréversible.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n profile(s) from %1.</source>
            <translation>
                <numerusform>%n profil importé depuis %1.</numerusform>
                <numerusform>%n profils importés depuis %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" is now "%2": that name was taken.</source>
            <translation>« %1 » s'appelle désormais « %2 » : ce nom était pris.</translation>
        </message>
        <message>
            <source>Include Keys (in Plain Text)</source>
            <translation>Inclure les clés (en clair)</translation>
        </message>
        <message>
            <source>Exported files carry the pre-shared keys and private keys, readable by anyone who can read the file</source>
            <translation>Les fichiers exportés contiennent les clés pré-partagées et les clés privées, lisibles par quiconque peut lire le fichier</translation>
        </message>
        <message>
            <source>Export profiles</source>
            <translation>Exporter les profils</translation>
        </message>
        <message>
            <source>Export Keys</source>
            <translation>Exporter les clés</translation>
        </message>
        <message>
            <source>The keys will be written to %1 in plain text: anyone who can read the file can use them. Export with the keys?</source>
            <translation>Les clés seront écrites en clair dans %1 : quiconque peut lire le fichier peut les utiliser. Exporter avec les clés ?</translation>
        </message>
        <message>
            <source>Reading the keys from the keychain…</source>
            <translation>Lecture des clés dans le trousseau…</translation>
        </message>
        <message>
            <source>Exported to %1 with the keys in plain text.</source>
            <translation>Exporté vers %1 avec les clés en clair.</translation>
        </message>
        <message>
            <source>Exported to %1 without keys.</source>
            <translation>Exporté vers %1 sans les clés.</translation>
        </message>
        <message>
            <source>Import Keys</source>
            <translation>Importer les clés</translation>
        </message>
        <message numerus="yes">
            <source>%n of the profiles in %1 carry keys. Where should they go?</source>
            <translation>
                <numerusform>%n des profils de %1 contient des clés. Où faut-il les mettre ?</numerusform>
                <numerusform>%n des profils de %1 contiennent des clés. Où faut-il les mettre ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Into the &amp;Keychain</source>
            <translation>Dans le &amp;trousseau</translation>
        </message>
        <message>
            <source>Into the &amp;Profile File</source>
            <translation>Dans le fichier de &amp;profils</translation>
        </message>
        <message>
            <source>&amp;Leave Them Out</source>
            <translation>&amp;Laisser de côté</translation>
        </message>
        <message>
            <source>In the profile file they are kept in plain text. Left out, they are asked for when connecting.</source>
            <translation>Dans le fichier de profils, elles sont conservées en clair. Laissées de côté, elles sont demandées à la connexion.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::PskDialog</name>
        <message>
            <source>Pre-Shared Key</source>
            <translation>Clé pré-partagée</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>Hint the server sent</source>
            <translation>Indice envoyé par le serveur</translation>
        </message>
        <message>
            <source>None received yet</source>
            <translation>Aucun reçu pour l'instant</translation>
        </message>
        <message>
            <source>The identity and key the server knows this client by.</source>
            <translation>L'identité et la clé sous lesquelles le serveur connaît ce client.</translation>
        </message>
        <message>
            <source>&amp;Identity:</source>
            <translation>&amp;Identité :</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Clé :</translation>
        </message>
        <message>
            <source>Server's &amp;hint:</source>
            <translation>In&amp;dice du serveur :</translation>
        </message>
        <message>
            <source>The PSK identity hint the server sent in its last handshake, if any: it may say which identity to use.</source>
            <translation>L'indice d'identité PSK envoyé par le serveur lors de sa dernière négociation, le cas échéant : il peut indiquer quelle identité utiliser.</translation>
        </message>
        <message>
            <source>Pre-Shared Keys of the Server</source>
            <translation>Clés pré-partagées du serveur</translation>
        </message>
        <message>
            <source>Identity hint</source>
            <translation>Indice d'identité</translation>
        </message>
        <message>
            <source>No hint</source>
            <translation>Aucun indice</translation>
        </message>
        <message>
            <source>Default key</source>
            <translation>Clé par défaut</translation>
        </message>
        <message>
            <source>Identity &amp;hint:</source>
            <translation>I&amp;ndice d'identité :</translation>
        </message>
        <message>
            <source>Sent to clients during the handshake, to help them pick an identity.</source>
            <translation>Envoyé aux clients pendant la négociation, pour les aider à choisir une identité.</translation>
        </message>
        <message>
            <source>&amp;Default key:</source>
            <translation>Clé par &amp;défaut :</translation>
        </message>
        <message>
            <source>Accepted from any identity not listed below. Leave it empty to refuse identities that are not listed.</source>
            <translation>Acceptée pour toute identité absente de la liste ci-dessous. Laissez-la vide pour refuser les identités non listées.</translation>
        </message>
        <message>
            <source>Keys by identity:</source>
            <translation>Clés par identité :</translation>
        </message>
        <message>
            <source>%1 (hexadecimal)</source>
            <translation>%1 (hexadécimal)</translation>
        </message>
        <message>
            <source>Enter the identity the server knows this client by.</source>
            <translation>Saisissez l'identité sous laquelle le serveur connaît ce client.</translation>
        </message>
        <message>
            <source>The identity is %1 bytes long; at most %2 fit.</source>
            <translation>L'identité fait %1 octets ; %2 au maximum sont possibles.</translation>
        </message>
        <message>
            <source>Enter the key.</source>
            <translation>Saisissez la clé.</translation>
        </message>
        <message>
            <source>The key is %1 bytes long; at most %2 fit.</source>
            <translation>La clé fait %1 octets ; %2 au maximum sont possibles.</translation>
        </message>
        <message>
            <source>Give a default key, a key for an identity, or both.</source>
            <translation>Indiquez une clé par défaut, une clé pour une identité, ou les deux.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::PskKeyTable</name>
        <message>
            <source>&amp;Add identity</source>
            <translation>&amp;Ajouter une identité</translation>
        </message>
        <message>
            <source>&amp;Remove identity</source>
            <translation>&amp;Retirer l'identité</translation>
        </message>
        <message>
            <source>Key for this identity</source>
            <translation>Clé de cette identité</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>Keys by identity</source>
            <translation>Clés par identité</translation>
        </message>
        <message>
            <source>&amp;Identity:</source>
            <translation>&amp;Identité :</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Clé :</translation>
        </message>
        <message>
            <source>Row %1 has no identity.</source>
            <translation>La ligne %1 n'a pas d'identité.</translation>
        </message>
        <message>
            <source>The identity "%1" is listed twice.</source>
            <translation>L'identité « %1 » figure deux fois.</translation>
        </message>
        <message>
            <source>The key for "%1" is empty.</source>
            <translation>La clé de « %1 » est vide.</translation>
        </message>
        <message>
            <source>The key for "%1": %2</source>
            <translation>La clé de « %1 » : %2</translation>
        </message>
        <message>
            <source>The identity "%1" is longer than 255 bytes.</source>
            <translation>L'identité « %1 » dépasse 255 octets.</translation>
        </message>
        <message>
            <source>The key for "%1" is longer than 512 bytes.</source>
            <translation>La clé de « %1 » dépasse 512 octets.</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>manquante</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n octet</numerusform>
                <numerusform>%n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>not hexadecimal</source>
            <translation>pas hexadécimale</translation>
        </message>
    </context>
    <context>
        <name>coapscope::RequestComposer</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>&amp;Observe</source>
            <translation>&amp;Observer</translation>
        </message>
        <message>
            <source>CON (confirmable)</source>
            <translation>CON (confirmable)</translation>
        </message>
        <message>
            <source>NON (non-confirmable)</source>
            <translation>NON (non confirmable)</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 octets</translation>
        </message>
        <message>
            <source>Send the request (Ctrl+Return)</source>
            <translation>Envoyer la requête (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Cancel the running request or observation (Esc)</source>
            <translation>Annuler la requête ou l'observation en cours (Échap)</translation>
        </message>
        <message>
            <source>Block size for block-wise transfers (RFC 7959); automatic takes the largest that fits the path</source>
            <translation>Taille de bloc des transferts par blocs (RFC 7959) ; automatique prend la plus grande qui passe sur le chemin</translation>
        </message>
        <message>
            <source>Register for notifications (RFC 7641)</source>
            <translation>S'inscrire aux notifications (RFC 7641)</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>URI</source>
            <translation>URI</translation>
        </message>
        <message>
            <source>Send request</source>
            <translation>Envoyer la requête</translation>
        </message>
        <message>
            <source>Cancel request</source>
            <translation>Annuler la requête</translation>
        </message>
        <message>
            <source>Message type</source>
            <translation>Type de message</translation>
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
            <translation>Taille de bloc</translation>
        </message>
        <message>
            <source>Observe</source>
            <translation>Observe</translation>
        </message>
        <message>
            <source>Problem with the request</source>
            <translation>Problème dans la requête</translation>
        </message>
        <message>
            <source>Payload and options</source>
            <translation>Charge utile et options</translation>
        </message>
        <message>
            <source>Payload editor</source>
            <translation>Éditeur de charge utile</translation>
        </message>
        <message>
            <source>Options editor</source>
            <translation>Éditeur d'options</translation>
        </message>
        <message>
            <source>Transfer progress</source>
            <translation>Progression du transfert</translation>
        </message>
        <message>
            <source>Payload</source>
            <translation>Charge utile</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>Acce&amp;pt:</source>
            <translation>Acce&amp;pt :</translation>
        </message>
        <message>
            <source>Block si&amp;ze:</source>
            <translation>Taille de &amp;bloc :</translation>
        </message>
        <message>
            <source>%1 bytes so far</source>
            <translation>%1 octets jusqu'ici</translation>
        </message>
        <message>
            <source>%1 of %2 bytes</source>
            <translation>%1 octets sur %2</translation>
        </message>
        <message>
            <source>URI: %1</source>
            <translation>URI : %1</translation>
        </message>
        <message>
            <source>Content-Format: %1</source>
            <translation>Content-Format : %1</translation>
        </message>
        <message>
            <source>Accept: %1</source>
            <translation>Accept : %1</translation>
        </message>
        <message>
            <source>Options: %1</source>
            <translation>Options : %1</translation>
        </message>
        <message>
            <source>Payload: %1</source>
            <translation>Charge utile : %1</translation>
        </message>
        <message>
            <source>Options (%1)</source>
            <translation>Options (%1)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Content-For&amp;mat:</source>
            <translation>Content-For&amp;mat :</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ResourceBrowser</name>
        <message>
            <source>D&amp;iscover</source>
            <translation>Déc&amp;ouvrir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Server, e.g. coap://127.0.0.1</source>
            <translation>Serveur, p. ex. coap://127.0.0.1</translation>
        </message>
        <message>
            <source>Server to discover</source>
            <translation>Serveur à explorer</translation>
        </message>
        <message>
            <source>Discover the server's resources</source>
            <translation>Découvrir les ressources du serveur</translation>
        </message>
        <message>
            <source>Cancel discovery</source>
            <translation>Annuler la découverte</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressources</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Type (rt)</source>
            <translation>Type (rt)</translation>
        </message>
        <message>
            <source>Interface (if)</source>
            <translation>Interface (if)</translation>
        </message>
        <message>
            <source>Content-Format (ct)</source>
            <translation>Content-Format (ct)</translation>
        </message>
        <message>
            <source>Observable</source>
            <translation>Observable</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autres</translation>
        </message>
        <message>
            <source>Double-click a resource to compose a request to it.</source>
            <translation>Double-cliquez sur une ressource pour lui composer une requête.</translation>
        </message>
        <message>
            <source>Discovery status</source>
            <translation>État de la découverte</translation>
        </message>
        <message>
            <source>Not a CoAP URI: %1</source>
            <translation>Pas une URI CoAP : %1</translation>
        </message>
        <message>
            <source>Discovering…</source>
            <translation>Découverte en cours…</translation>
        </message>
        <message>
            <source>Discovery failed: %1</source>
            <translation>Échec de la découverte : %1</translation>
        </message>
        <message>
            <source>The server answered %1.</source>
            <translation>Le serveur a répondu %1.</translation>
        </message>
        <message>
            <source>The server's answer is not valid link format (RFC 6690): byte %1</source>
            <translation>La réponse du serveur n'est pas au format de liens valide (RFC 6690) : octet %1</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message numerus="yes">
            <source>%n resource(s) at %1</source>
            <translation>
                <numerusform>%n ressource sur %1</numerusform>
                <numerusform>%n ressources sur %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>coapscope::ResponseViewer</name>
        <message>
            <source>Response code</source>
            <translation>Code de réponse</translation>
        </message>
        <message>
            <source>Response details</source>
            <translation>Détails de la réponse</translation>
        </message>
        <message>
            <source>Notifications received</source>
            <translation>Notifications reçues</translation>
        </message>
        <message>
            <source>Response options</source>
            <translation>Options de la réponse</translation>
        </message>
        <message>
            <source>No response yet.</source>
            <translation>Pas encore de réponse.</translation>
        </message>
        <message>
            <source>Waiting for the response…</source>
            <translation>En attente de la réponse…</translation>
        </message>
        <message>
            <source>message ID %1</source>
            <translation>ID de message %1</translation>
        </message>
        <message>
            <source>no token</source>
            <translation>pas de jeton</translation>
        </message>
        <message>
            <source>token 0x%1</source>
            <translation>jeton 0x%1</translation>
        </message>
        <message>
            <source>round trip %1 ms</source>
            <translation>aller-retour %1 ms</translation>
        </message>
        <message>
            <source>no retransmissions</source>
            <translation>aucune retransmission</translation>
        </message>
        <message numerus="yes">
            <source>%n retransmission(s)</source>
            <translation>
                <numerusform>%n retransmission</numerusform>
                <numerusform>%n retransmissions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n notification(s)</source>
            <translation>
                <numerusform>%n notification</numerusform>
                <numerusform>%n notifications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n stale</source>
            <translation>
                <numerusform>, %n périmée</numerusform>
                <numerusform>, %n périmées</numerusform>
            </translation>
        </message>
        <message>
            <source>, observation ended</source>
            <translation>, observation terminée</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulée.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Échec : %1</translation>
        </message>
        <message>
            <source>The request was abandoned before it finished.</source>
            <translation>La requête a été abandonnée avant d'aboutir.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::SecretEdit</name>
        <message>
            <source>He&amp;x</source>
            <translation>He&amp;xa</translation>
        </message>
        <message>
            <source>%1 in hexadecimal</source>
            <translation>%1 en hexadécimal</translation>
        </message>
        <message>
            <source>Read the text as hexadecimal digits, two per byte</source>
            <translation>Lire le texte comme des chiffres hexadécimaux, deux par octet</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>Afficher : %1</translation>
        </message>
        <message>
            <source>Show or hide the characters</source>
            <translation>Afficher ou masquer les caractères</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
    </context>
    <context>
        <name>coapscope::SecurityMenu</name>
        <message>
            <source>Client &amp;Pre-Shared Key…</source>
            <translation>Clé &amp;pré-partagée du client…</translation>
        </message>
        <message>
            <source>Client &amp;Certificates…</source>
            <translation>&amp;Certificats du client…</translation>
        </message>
        <message>
            <source>C&amp;lear Client Security</source>
            <translation>&amp;Effacer la sécurité du client</translation>
        </message>
        <message>
            <source>&amp;Server Pre-Shared Keys…</source>
            <translation>Clés pré-partagées du &amp;serveur…</translation>
        </message>
        <message>
            <source>Server C&amp;ertificate…</source>
            <translation>Cer&amp;tificat du serveur…</translation>
        </message>
        <message>
            <source>The identity and key new DTLS and TLS client sessions present</source>
            <translation>L'identité et la clé que présentent les nouvelles sessions clientes DTLS et TLS</translation>
        </message>
        <message>
            <source>The certificate, key and trust new DTLS and TLS client sessions use</source>
            <translation>Le certificat, la clé et la confiance qu'utilisent les nouvelles sessions clientes DTLS et TLS</translation>
        </message>
        <message>
            <source>Client pre-shared key set for identity "%1"; new DTLS and TLS sessions use it.</source>
            <translation>Clé pré-partagée du client définie pour l'identité « %1 » ; les nouvelles sessions DTLS et TLS l'utilisent.</translation>
        </message>
        <message>
            <source>Client certificates set; new DTLS and TLS sessions use them.</source>
            <translation>Certificats du client définis ; les nouvelles sessions DTLS et TLS les utilisent.</translation>
        </message>
        <message>
            <source>Client security cleared.</source>
            <translation>Sécurité du client effacée.</translation>
        </message>
        <message>
            <source>Server pre-shared keys set; restart the demo server to use them.</source>
            <translation>Clés pré-partagées du serveur définies ; redémarrez le serveur de démo pour les utiliser.</translation>
        </message>
        <message>
            <source>Server pre-shared keys set.</source>
            <translation>Clés pré-partagées du serveur définies.</translation>
        </message>
        <message>
            <source>Server certificate set; restart the demo server to use it.</source>
            <translation>Certificat du serveur défini ; redémarrez le serveur de démo pour l'utiliser.</translation>
        </message>
        <message>
            <source>Server certificate set.</source>
            <translation>Certificat du serveur défini.</translation>
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
            <translation>Jeton</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Retransmissions</source>
            <translation>Retransmissions</translation>
        </message>
        <message>
            <source>Next retransmission in</source>
            <translation>Prochaine retransmission dans</translation>
        </message>
    </context>
    <context>
        <name>coapscope::SessionActivityLog</name>
        <message>
            <source>Session %1 freed</source>
            <translation>Session %1 libérée</translation>
        </message>
        <message>
            <source>%1 session %2 opened: %3</source>
            <translation>Session %2 (%1) ouverte : %3</translation>
        </message>
        <message>
            <source>Session %1: %2 established with %3 (%4)</source>
            <translation>Session %1 : %2 établi avec %3 (%4)</translation>
        </message>
        <message>
            <source>Session %1 established</source>
            <translation>Session %1 établie</translation>
        </message>
        <message>
            <source>Session %1: %2 handshake failed: %3</source>
            <translation>Session %1 : échec de la négociation %2 : %3</translation>
        </message>
        <message>
            <source>Session %1: %2</source>
            <translation>Session %1 : %2</translation>
        </message>
        <message>
            <source>Session %1 disconnected</source>
            <translation>Session %1 déconnectée</translation>
        </message>
        <message>
            <source>Session %1 released to 0; waiting in the free pool</source>
            <translation>Session %1 relâchée à 0 ; en attente dans la réserve de sessions libres</translation>
        </message>
    </context>
    <context>
        <name>coapscope::SessionDetailsPanel</name>
        <message>
            <source>Select a session to see its details.</source>
            <translation>Sélectionnez une session pour en voir les détails.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protocole</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Reference count</source>
            <translation>Compteur de références</translation>
        </message>
        <message>
            <source>MTU</source>
            <translation>MTU</translation>
        </message>
        <message>
            <source>Max PDU size</source>
            <translation>Taille de PDU max.</translation>
        </message>
        <message>
            <source>Peer capabilities</source>
            <translation>Capacités du pair</translation>
        </message>
        <message>
            <source>Token length</source>
            <translation>Longueur du jeton</translation>
        </message>
        <message>
            <source>Pending requests</source>
            <translation>Requêtes en attente</translation>
        </message>
        <message>
            <source>Messages sent / received</source>
            <translation>Messages envoyés / reçus</translation>
        </message>
        <message>
            <source>Bytes sent / received</source>
            <translation>Octets envoyés / reçus</translation>
        </message>
        <message>
            <source>Retransmissions</source>
            <translation>Retransmissions</translation>
        </message>
        <message>
            <source>Duplicates received</source>
            <translation>Doublons reçus</translation>
        </message>
        <message>
            <source>Malformed received</source>
            <translation>Mal formés reçus</translation>
        </message>
        <message>
            <source>Fault injection</source>
            <translation>Injection de fautes</translation>
        </message>
        <message>
            <source>Round-trip time</source>
            <translation>Temps aller-retour</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Dernière erreur</translation>
        </message>
        <message>
            <source>Properties</source>
            <translation>Propriétés</translation>
        </message>
        <message>
            <source>Send queue</source>
            <translation>File d'envoi</translation>
        </message>
        <message>
            <source>Receive queue</source>
            <translation>File de réception</translation>
        </message>
        <message>
            <source>Receive queue (held back)</source>
            <translation>File de réception (retenue)</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <source>Max-Message-Size %1, block-wise %2</source>
            <translation>Max-Message-Size %1, par blocs %2</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>not yet received</source>
            <translation>pas encore reçues</translation>
        </message>
        <message>
            <source>— (datagrams)</source>
            <translation>— (datagrammes)</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>drop %1%, duplicate %2%, delay %3 ms; %4 dropped, %5 duplicated</source>
            <translation>perte %1 %, duplication %2 %, délai %3 ms ; %4 perdus, %5 dupliqués</translation>
        </message>
        <message>
            <source>off</source>
            <translation>désactivée</translation>
        </message>
        <message>
            <source>%1 ago</source>
            <translation>il y a %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Not negotiated yet</source>
            <translation>Pas encore négociée</translation>
        </message>
        <message>
            <source>Not secured</source>
            <translation>Non sécurisée</translation>
        </message>
        <message>
            <source>Protocol version</source>
            <translation>Version du protocole</translation>
        </message>
        <message>
            <source>Cipher suite</source>
            <translation>Suite de chiffrement</translation>
        </message>
        <message>
            <source>PSK identity</source>
            <translation>Identité PSK</translation>
        </message>
        <message>
            <source>PSK identity hint</source>
            <translation>Indice d'identité PSK</translation>
        </message>
        <message>
            <source>Server name (SNI)</source>
            <translation>Nom du serveur (SNI)</translation>
        </message>
        <message>
            <source>Record overhead</source>
            <translation>Surcoût par enregistrement</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n octet</numerusform>
                <numerusform>%n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>Peer certificates</source>
            <translation>Certificats du pair</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n certificat</numerusform>
                <numerusform>%n certificats</numerusform>
            </translation>
        </message>
        <message>
            <source>verified</source>
            <translation>vérifié</translation>
        </message>
        <message>
            <source>not verified: %1 (error %2)</source>
            <translation>non vérifié : %1 (erreur %2)</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Émetteur</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valide du</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valide jusqu'au</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint</source>
            <translation>Empreinte SHA-256</translation>
        </message>
        <message>
            <source>Subject alternative names</source>
            <translation>Noms alternatifs du sujet</translation>
        </message>
        <message>
            <source>%1:</source>
            <comment>label of a session property</comment>
            <translation>%1 :</translation>
        </message>
    </context>
    <context>
        <name>coapscope::SessionTableModel</name>
        <message>
            <source>The session's reference count: a client session is freed at 0, a server session goes to the free pool.</source>
            <translation>Le compteur de références de la session : une session cliente est libérée à 0, une session serveur rejoint la réserve de sessions libres.</translation>
        </message>
        <message>
            <source>The largest datagram, excluding IP and UDP headers.</source>
            <translation>Le plus grand datagramme, sans les en-têtes IP et UDP.</translation>
        </message>
        <message>
            <source>Room for token, options and payload in one message.</source>
            <translation>La place pour le jeton, les options et la charge utile dans un message.</translation>
        </message>
        <message>
            <source>Confirmable messages waiting for their acknowledgement.</source>
            <translation>Messages confirmables en attente de leur acquittement.</translation>
        </message>
        <message>
            <source>Requests held back until NSTART allows them or the peer's capabilities arrive (libcoap's delay queue).</source>
            <translation>Requêtes retenues jusqu'à ce que NSTART les autorise ou que les capacités du pair arrivent (la delay queue de libcoap).</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protocole</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>Distant</translation>
        </message>
        <message>
            <source>Refs</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>MTU</source>
            <translation>MTU</translation>
        </message>
        <message>
            <source>Max PDU</source>
            <translation>PDU max.</translation>
        </message>
        <message>
            <source>Send queue</source>
            <translation>File d'envoi</translation>
        </message>
        <message>
            <source>Receive queue</source>
            <translation>File de réception</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>coapscope::SessionsPanel</name>
        <message>
            <source>Filter sessions (any column)</source>
            <translation>Filtrer les sessions (toutes colonnes)</translation>
        </message>
        <message>
            <source>Session filter</source>
            <translation>Filtre des sessions</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>&amp;Reference</source>
            <translation>&amp;Référencer</translation>
        </message>
        <message>
            <source>Increment the reference count (coap_session_reference)</source>
            <translation>Incrémenter le compteur de références (coap_session_reference)</translation>
        </message>
        <message>
            <source>R&amp;elease</source>
            <translation>Re&amp;lâcher</translation>
        </message>
        <message>
            <source>Decrement the reference count (coap_session_release); a client session at 0 is freed, a server session goes to the free pool</source>
            <translation>Décrémenter le compteur de références (coap_session_release) ; une session cliente à 0 est libérée, une session serveur rejoint la réserve de sessions libres</translation>
        </message>
        <message>
            <source>Set &amp;MTU…</source>
            <translation>Définir la &amp;MTU…</translation>
        </message>
        <message>
            <source>&amp;Close Connection</source>
            <translation>&amp;Fermer la connexion</translation>
        </message>
        <message>
            <source>Send a Release signal and close the TCP or TLS connection (RFC 8323)</source>
            <translation>Envoyer un signal Release et fermer la connexion TCP ou TLS (RFC 8323)</translation>
        </message>
        <message>
            <source>Fault &amp;Injection…</source>
            <translation>&amp;Injection de fautes…</translation>
        </message>
        <message>
            <source>Lose, duplicate or delay this session's outgoing datagrams</source>
            <translation>Perdre, dupliquer ou retarder les datagrammes sortants de cette session</translation>
        </message>
        <message>
            <source>Copy &amp;Description</source>
            <translation>Copier la &amp;description</translation>
        </message>
        <message>
            <source>Session %1 referenced: count %2</source>
            <translation>Session %1 référencée : compteur %2</translation>
        </message>
        <message>
            <source>Session %1 released: count %2</source>
            <translation>Session %1 relâchée : compteur %2</translation>
        </message>
        <message>
            <source>Set MTU</source>
            <translation>Définir la MTU</translation>
        </message>
        <message>
            <source>MTU of session %1 in bytes (%2 to %3), excluding IP and UDP headers:</source>
            <translation>MTU de la session %1 en octets (de %2 à %3), sans les en-têtes IP et UDP :</translation>
        </message>
        <message>
            <source>Session %1: MTU set to %2, max PDU size %3</source>
            <translation>Session %1 : MTU fixée à %2, taille de PDU maximale %3</translation>
        </message>
        <message>
            <source>Session %1: connection released</source>
            <translation>Session %1 : connexion terminée par Release</translation>
        </message>
        <message>
            <source>Session %1: fault injection drop %2%, duplicate %3%, delay %4 ms</source>
            <translation>Session %1 : injection de fautes – perte %2 %, duplication %3 %, délai %4 ms</translation>
        </message>
    </context>
    <context>
        <name>coapscope::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Transmission parameters (RFC 7252 §4.8)</source>
            <translation>Paramètres de transmission (RFC 7252 §4.8)</translation>
        </message>
        <message>
            <source>%1 bytes (libcoap's default)</source>
            <translation>%1 octets (valeur par défaut de libcoap)</translation>
        </message>
        <message>
            <source>New sessions and requests</source>
            <translation>Nouvelles sessions et requêtes</translation>
        </message>
        <message>
            <source> µs</source>
            <translation> µs</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>Busy polling limit</source>
            <translation>Limite de l'interrogation active</translation>
        </message>
        <message>
            <source>Busy polling</source>
            <translation>Interrogation active</translation>
        </message>
        <message>
            <source>&amp;Poll sockets up to:</source>
            <translation>&amp;Interroger les sockets jusqu'à :</translation>
        </message>
        <message>
            <source>While traffic comes closer together than this, sockets are polled instead of letting the application sleep: faster with servers on this host, at the cost of processor time. Applies to sessions and servers started from now on.</source>
            <translation>Tant que le trafic arrive plus rapproché que cela, les sockets sont interrogés au lieu de laisser l'application s'endormir : plus rapide avec des serveurs sur cette machine, au prix de temps processeur. S'applique aux sessions et serveurs démarrés à partir de maintenant.</translation>
        </message>
    </context>
    <context>
        <name>coapscope::TraceDecodeTree</name>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Octets</translation>
        </message>
        <message>
            <source>%1 %2 %3</source>
            <translation>%1 %2 %3</translation>
        </message>
        <message>
            <source>sent to</source>
            <translation>envoyé à</translation>
        </message>
        <message>
            <source>received from</source>
            <translation>reçu de</translation>
        </message>
        <message numerus="yes">
            <source>session %1, %n byte(s)</source>
            <translation>
                <numerusform>session %1, %n octet</numerusform>
                <numerusform>session %1, %n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>Header</source>
            <translation>En-tête</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Token length</source>
            <translation>Longueur du jeton</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Longueur</translation>
        </message>
        <message>
            <source>%1 (extended length follows)</source>
            <translation>%1 (une longueur étendue suit)</translation>
        </message>
        <message>
            <source>Extended length</source>
            <translation>Longueur étendue</translation>
        </message>
        <message numerus="yes">
            <source>options and payload: %n byte(s)</source>
            <translation>
                <numerusform>options et charge utile : %n octet</numerusform>
                <numerusform>options et charge utile : %n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Message ID</source>
            <translation>ID de message</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Jeton</translation>
        </message>
        <message>
            <source>Delta, length</source>
            <translation>Delta, longueur</translation>
        </message>
        <message>
            <source>delta %1, length %2</source>
            <translation>delta %1, longueur %2</translation>
        </message>
        <message>
            <source>Extended delta</source>
            <translation>Delta étendu</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>Payload marker</source>
            <translation>Marqueur de charge utile</translation>
        </message>
        <message>
            <source>Payload</source>
            <translation>Charge utile</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s), %1</source>
            <translation>
                <numerusform>%n octet, %1</numerusform>
                <numerusform>%n octets, %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… %n more line(s)</source>
            <translation>
                <numerusform>… %n ligne de plus</numerusform>
                <numerusform>… %n lignes de plus</numerusform>
            </translation>
        </message>
        <message>
            <source>Malformed</source>
            <translation>Mal formé</translation>
        </message>
        <message>
            <source>the bytes end inside a field</source>
            <translation>les octets s'arrêtent au milieu d'un champ</translation>
        </message>
        <message>
            <source>version is not 1</source>
            <translation>la version n'est pas 1</translation>
        </message>
        <message>
            <source>token length over 8 (reserved)</source>
            <translation>longueur de jeton supérieure à 8 (réservée)</translation>
        </message>
        <message>
            <source>option delta or length 15 (reserved) without a payload marker</source>
            <translation>delta ou longueur d'option 15 (réservé) sans marqueur de charge utile</translation>
        </message>
        <message>
            <source>payload marker with no payload after it</source>
            <translation>marqueur de charge utile sans charge utile à sa suite</translation>
        </message>
        <message>
            <source>bytes beyond the frame's length</source>
            <translation>octets au-delà de la longueur de la trame</translation>
        </message>
        <message numerus="yes">
            <source>; %n byte(s) not decoded</source>
            <translation>
                <numerusform>, %n octet non décodé</numerusform>
                <numerusform>, %n octets non décodés</numerusform>
            </translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Content type</source>
            <translation>Type de contenu</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>Époque</translation>
        </message>
        <message>
            <source>Sequence number</source>
            <translation>Numéro de séquence</translation>
        </message>
        <message>
            <source>Handshake type</source>
            <translation>Type de handshake</translation>
        </message>
        <message>
            <source>Alert level</source>
            <translation>Niveau d'alerte</translation>
        </message>
        <message>
            <source>fatal (2)</source>
            <translation>fatale (2)</translation>
        </message>
        <message>
            <source>warning (%1)</source>
            <translation>avertissement (%1)</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Alerte</translation>
        </message>
        <message>
            <source>Encrypted fragment</source>
            <translation>Fragment chiffré</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n octet</numerusform>
                <numerusform>%n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a whole record</source>
            <translation>Enregistrement incomplet</translation>
        </message>
    </context>
    <context>
        <name>coapscope::TraceFileActions</name>
        <message>
            <source>&amp;Import Trace…</source>
            <translation>&amp;Importer une trace…</translation>
        </message>
        <message>
            <source>E&amp;xport Trace…</source>
            <translation>E&amp;xporter la trace…</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>Read a pcap or pcapng capture into the trace view</source>
            <translation>Lire une capture pcap ou pcapng dans la vue de la trace</translation>
        </message>
        <message>
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <source>Write the captured traffic as pcapng, JSON or CSV</source>
            <translation>Écrire le trafic capturé en pcapng, JSON ou CSV</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Import Trace</source>
            <translation>Importer une trace</translation>
        </message>
        <message>
            <source>Captures (*.pcapng *.pcap *.cap);;All files (*)</source>
            <translation>Captures (*.pcapng *.pcap *.cap);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Lecture de %1…</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>Cannot import %1: %2</source>
            <translation>Impossible d'importer %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>Import of %1 cancelled at byte %2 of %3; the %n datagram(s) read before are kept.</source>
            <translation>
                <numerusform>Import de %1 annulé à l'octet %2 sur %3 ; %n datagramme lu auparavant est conservé.</numerusform>
                <numerusform>Import de %1 annulé à l'octet %2 sur %3 ; les %n datagrammes lus auparavant sont conservés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n datagram(s) from %1</source>
            <translation>
                <numerusform>%n datagramme importé de %1</numerusform>
                <numerusform>%n datagrammes importés de %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is damaged: %2. What came before was imported.</source>
            <translation>%1 est endommagé : %2. Ce qui précédait a été importé.</translation>
        </message>
        <message numerus="yes">
            <source>No CoAP found in %1's %n frame(s). If it uses other ports, import it again and name them.</source>
            <translation>
                <numerusform>Aucun CoAP trouvé dans %1 (%n trame). Si la capture utilise d'autres ports, importez-la à nouveau en les indiquant.</numerusform>
                <numerusform>Aucun CoAP trouvé dans %1 (%n trames). Si la capture utilise d'autres ports, importez-la à nouveau en les indiquant.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Trace</source>
            <translation>Exporter la trace</translation>
        </message>
        <message>
            <source>Nothing has been captured yet. Turn on File ▸ Capture Traffic, then talk to a server.</source>
            <translation>Rien n'a encore été capturé. Activez Fichier ▸ Capturer le trafic, puis dialoguez avec un serveur.</translation>
        </message>
        <message>
            <source>pcapng for Wireshark (*.pcapng);;JSON, one object per datagram (*.json);;CSV (*.csv)</source>
            <translation>pcapng pour Wireshark (*.pcapng);;JSON, un objet par datagramme (*.json);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Écriture de %1…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln datagram(s)</source>
            <translation>
                <numerusform>%1 sur %Ln datagramme</numerusform>
                <numerusform>%1 sur %Ln datagrammes</numerusform>
            </translation>
        </message>
        <message>
            <source>Export cancelled; %1 was left as it was.</source>
            <translation>Export annulé ; %1 est resté tel quel.</translation>
        </message>
        <message numerus="yes">
            <source>Trace of %n datagram(s) written to %1</source>
            <translation>
                <numerusform>Trace de %n datagramme écrite dans %1</numerusform>
                <numerusform>Trace de %n datagrammes écrite dans %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>coapscope::TraceModel</name>
        <message>
            <source>received</source>
            <translation>reçu</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>envoyé</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protocole</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
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
            <translation>Jeton</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>DTLS alert</source>
            <translation>alerte DTLS</translation>
        </message>
        <message>
            <source>DTLS handshake</source>
            <translation>handshake DTLS</translation>
        </message>
    </context>
    <context>
        <name>coapscope::TracePanel</name>
        <message>
            <source>&amp;Follow new traffic</source>
            <translation>&amp;Suivre le nouveau trafic</translation>
        </message>
        <message>
            <source>Trace filter</source>
            <translation>Filtre de la trace</translation>
        </message>
        <message>
            <source>Follow new traffic</source>
            <translation>Suivre le nouveau trafic</translation>
        </message>
        <message>
            <source>Datagrams shown</source>
            <translation>Datagrammes affichés</translation>
        </message>
        <message>
            <source>Trace</source>
            <translation>Trace</translation>
        </message>
        <message>
            <source>Selected datagram, decoded</source>
            <translation>Datagramme sélectionné, décodé</translation>
        </message>
        <message>
            <source>Selected datagram in hexadecimal</source>
            <translation>Datagramme sélectionné en hexadécimal</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Filter: session:3 dir:sent type:CON code:4.xx token:4f2a mid:0x1a2b path:/obs event:retransmission, and any words</source>
            <translation>Filtre : session:3 dir:sent type:CON code:4.xx token:4f2a mid:0x1a2b path:/obs event:retransmission, et tout autre mot</translation>
        </message>
        <message>
            <source>Keys: session, dir (sent, received), type (CON, NON, ACK, RST), code (2.05, GET, 4.xx), token (hex prefix), mid (decimal or 0x hex), path (/a/b and below), event (retransmission, duplicate, malformed, reset-sent, ...), proto. Other words search the decoded text of the rows the keys let through. Esc stops a search.</source>
            <translation>Clés : session, dir (sent, received), type (CON, NON, ACK, RST), code (2.05, GET, 4.xx), token (préfixe hexadécimal), mid (décimal ou hexadécimal en 0x), path (/a/b et en dessous), event (retransmission, duplicate, malformed, reset-sent, ...), proto. Les autres mots sont cherchés dans le texte décodé des lignes que les clés laissent passer. Échap arrête une recherche.</translation>
        </message>
        <message>
            <source>Filter progress</source>
            <translation>Progression du filtre</translation>
        </message>
        <message>
            <source>Stop filtering</source>
            <translation>Arrêter le filtrage</translation>
        </message>
        <message>
            <source>Stop the search and show every datagram (Esc)</source>
            <translation>Arrêter la recherche et afficher tous les datagrammes (Échap)</translation>
        </message>
        <message>
            <source>filtering… %1%</source>
            <translation>filtrage… %1 %</translation>
        </message>
        <message numerus="yes">
            <source>filter stopped, all %n shown</source>
            <translation>
                <numerusform>filtre arrêté, %n datagramme affiché</numerusform>
                <numerusform>filtre arrêté, les %n affichés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n datagram(s)</source>
            <translation>
                <numerusform>%n datagramme</numerusform>
                <numerusform>%n datagrammes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>oldest %n datagram(s) dropped</source>
            <translation>
                <numerusform>%n datagramme le plus ancien écarté</numerusform>
                <numerusform>%n datagrammes les plus anciens écartés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>coapscope::TransmissionEditor</name>
        <message>
            <source>ACK_TIMEOUT:</source>
            <translation>ACK_TIMEOUT :</translation>
        </message>
        <message>
            <source>How long to wait for the first acknowledgement</source>
            <translation>Durée d'attente du premier acquittement</translation>
        </message>
        <message>
            <source>ACK_RANDOM_FACTOR</source>
            <translation>ACK_RANDOM_FACTOR</translation>
        </message>
        <message>
            <source>The first wait is stretched by a random factor up to this</source>
            <translation>La première attente est allongée d'un facteur aléatoire allant jusqu'à cette valeur</translation>
        </message>
        <message>
            <source>ACK_RANDOM_FACTOR:</source>
            <translation>ACK_RANDOM_FACTOR :</translation>
        </message>
        <message>
            <source>MAX_RETRANSMIT</source>
            <translation>MAX_RETRANSMIT</translation>
        </message>
        <message>
            <source>How often a confirmable message is sent again before giving up</source>
            <translation>Nombre de renvois d'un message confirmable avant l'abandon</translation>
        </message>
        <message>
            <source>MAX_RETRANSMIT:</source>
            <translation>MAX_RETRANSMIT :</translation>
        </message>
        <message>
            <source>NSTART</source>
            <translation>NSTART</translation>
        </message>
        <message>
            <source>How many exchanges may be outstanding with one peer</source>
            <translation>Nombre d'échanges pouvant être en cours avec un même pair</translation>
        </message>
        <message>
            <source>NSTART:</source>
            <translation>NSTART :</translation>
        </message>
        <message>
            <source>DEFAULT_LEISURE:</source>
            <translation>DEFAULT_LEISURE :</translation>
        </message>
        <message>
            <source>How long a server may wait before answering a multicast request</source>
            <translation>Durée pendant laquelle un serveur peut attendre avant de répondre à une requête multicast</translation>
        </message>
        <message>
            <source> B/s</source>
            <translation> o/s</translation>
        </message>
        <message>
            <source>PROBING_RATE</source>
            <translation>PROBING_RATE</translation>
        </message>
        <message>
            <source>The average data rate towards a peer that does not answer</source>
            <translation>Le débit moyen vers un pair qui ne répond pas</translation>
        </message>
        <message>
            <source>PROBING_RATE:</source>
            <translation>PROBING_RATE :</translation>
        </message>
        <message>
            <source>MAX_LATENCY:</source>
            <translation>MAX_LATENCY :</translation>
        </message>
        <message>
            <source>The longest a datagram is expected to take to arrive</source>
            <translation>Le plus long délai d'acheminement attendu pour un datagramme</translation>
        </message>
        <message>
            <source>Restore RFC 7252 defaul&amp;ts</source>
            <translation>Rétablir les &amp;valeurs par défaut de la RFC 7252</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>A confirmable request is given up after %1 s (MAX_TRANSMIT_WAIT); message IDs are remembered for %2 s (EXCHANGE_LIFETIME).</source>
            <translation>Une requête confirmable est abandonnée après %1 s (MAX_TRANSMIT_WAIT) ; les ID de message sont mémorisés pendant %2 s (EXCHANGE_LIFETIME).</translation>
        </message>
    </context>
    <context>
        <name>coapscope::UriComboBox</name>
        <message>
            <source>coap://host/path, e.g. coap://127.0.0.1/.well-known/core</source>
            <translation>coap://hôte/chemin, p. ex. coap://127.0.0.1/.well-known/core</translation>
        </message>
    </context>
    <context>
        <name>coapscope::ValuePlot</name>
        <message>
            <source>Plot of the notified values</source>
            <translation>Courbe des valeurs notifiées</translation>
        </message>
        <message>
            <source>The numeric payloads of the notifications over time.</source>
            <translation>Les charges utiles numériques des notifications au fil du temps.</translation>
        </message>
        <message>
            <source>Numeric notifications are plotted here.</source>
            <translation>Les notifications numériques sont tracées ici.</translation>
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
            <translation>Impossible d'écouter pour %1 sur %2 : %3</translation>
        </message>
        <message>
            <source>Cannot resolve %1: %2</source>
            <translation>Impossible de résoudre %1 : %2</translation>
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
            <translation>Usage : coapscope-cli [--lang CODE] COMMANDE [OPTIONS]

Explorer et déboguer des sessions CoAP en ligne de commande.

Commandes :
  get|post|put|delete|fetch|patch|ipatch URI   Envoyer une requête, afficher la réponse
  observe URI [--count N]       Afficher les notifications à leur arrivée
  discover URI [--filter Q]     Lister les ressources de /.well-known/core
  ping URI                      Vérifier qu'un point d'accès répond (Empty CON)
  serve [--listen URI]...       Lancer le serveur de démo intégré
  bench URI [--requests N] [--concurrency C]   Générateur de charge
  decode HEX [--tcp] [--json]   Décoder un message CoAP donné en octets hexadécimaux
  trace FILE [--json]           Décoder le CoAP d'une capture pcap ou pcapng

Options :
  -h, --help       Afficher cette aide ; COMMANDE --help affiche ses options
  -v, --version    Afficher les versions de CoapScope, Qt et OpenSSL
  --lang CODE      Afficher le texte dans cette langue (%1) et non celle du système

Code de sortie : 0 succès, 1 entrée mal formée ou réponse d'erreur, 2 erreur d'usage,
3 échec réseau ou délai dépassé, 4 échec de sécurité.
</translation>
        </message>
        <message>
            <source>Unknown command "%1".

</source>
            <translation>Commande inconnue "%1".

</translation>
        </message>
        <message>
            <source>Show the versions of CoapScope, Qt and OpenSSL.</source>
            <translation>Afficher les versions de CoapScope, Qt et OpenSSL.</translation>
        </message>
        <message>
            <source>Start with these message bytes (hex) in the decoder.</source>
            <translation>Démarrer avec ces octets de message (hexadécimal) dans le décodeur.</translation>
        </message>
        <message>
            <source>Start the embedded demo server on UDP, DTLS, TCP and TLS and open client sessions to it.</source>
            <translation>Démarrer le serveur de démo intégré sur UDP, DTLS, TCP et TLS et lui ouvrir des sessions clientes.</translation>
        </message>
        <message>
            <source>Show the text in this language (%1) instead of the system's.</source>
            <translation>Afficher le texte dans cette langue (%1) et non dans celle du système.</translation>
        </message>
        <message>
            <source>Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS.</source>
            <translation>Explorer et déboguer des sessions CoAP sur UDP, DTLS, TCP et TLS.</translation>
        </message>
    </context>
</TS>
