# SPDX-License-Identifier: BSD-2-Clause
"""French: words shared by the desktop application and coapscope-cli (ui/text and the
profile and certificate file checks). Most are fragments that follow a colon, so they start in
lower case, as in English.

Session states fill a narrow table column, so "Idle" is "Repos": "Inactive" was cut short.
"""

CONTEXTS = {
    "CborDiagnosticText": {
        "no CBOR diagnostic notation given": "aucune notation de diagnostic CBOR fournie",
        "the text ends in the middle of an item": "le texte s'arrête au milieu d'un élément",
        "no CBOR item starts here (expected a number, \"text\", h'bytes', [array], {map}, true, "
        "false, null, undefined, simple(N) or a tag N(item))":
        "aucun élément CBOR ne commence ici (attendu : un nombre, \"text\", h'bytes', [array], "
        "{map}, true, false, null, undefined, simple(N) ou une étiquette N(item))",
        "not a valid number": "nombre non valide",
        "the number is out of range (integers must fit 64 bits, signed)":
        "le nombre est hors limites (les entiers doivent tenir sur 64 bits, signés)",
        'invalid escape (use \\" \\\\ \\/ \\b \\f \\n \\r \\t \\a \\v \\uXXXX or \\UXXXXXXXX)':
        'échappement non valide (utilisez \\" \\\\ \\/ \\b \\f \\n \\r \\t \\a \\v \\uXXXX ou '
        "\\UXXXXXXXX)",
        "invalid byte string: h'...' takes pairs of hexadecimal digits, b64'...' takes base64":
        "chaîne d'octets non valide : h'...' prend des paires de chiffres hexadécimaux, b64'...' "
        "prend du base64",
        "simple(N) takes N from 0 to 23 or 32 to 255": "simple(N) prend N de 0 à 23 ou de 32 à 255",
        'expected ":" after the map key': '":" attendu après la clé de la map',
        'expected "," or "]"': '"," ou "]" attendu',
        'expected "," or "}"': '"," ou "}" attendu',
        'expected ")"': '")" attendu',
        "this map key appears twice": "cette clé de map apparaît deux fois",
        "more text after a complete item (put several items in an [array])":
        "du texte après un élément complet (placez plusieurs éléments dans un [array])",
        "nested more than %1 levels deep": "imbriqué sur plus de %1 niveaux",
        "character %1: %2": "caractère %1 : %2",
        "line %1, column %2: %3": "ligne %1, colonne %2 : %3",
    },
    "CertificateFileText": {
        "The data": "Les données",
        "Cannot read %1: %2.": "Impossible de lire %1 : %2.",
        "%1 holds no certificate in PEM or DER form (%2).":
        "%1 ne contient aucun certificat au format PEM ou DER (%2).",
        "%1 holds no private key in PEM or DER form, or the key is encrypted (%2).":
        "%1 ne contient aucune clé privée au format PEM ou DER, ou la clé est chiffrée (%2).",
        "The private key in %1 does not belong to the certificate.":
        "La clé privée de %1 n'appartient pas au certificat.",
        "%1 does not exist.": "%1 n'existe pas.",
        "%1 is a directory, not a file.": "%1 est un dossier, pas un fichier.",
        "%1 is not a regular file.": "%1 n'est pas un fichier ordinaire.",
        "%1 cannot be read: permission denied.": "%1 ne peut pas être lu : permission refusée.",
        "%1 is too large to be a certificate, key or CRL file.":
        "%1 est trop volumineux pour être un fichier de certificat, de clé ou de CRL.",
        "The certificate expired on %1: peers that check it will refuse it.":
        "Le certificat a expiré le %1 : les pairs qui le vérifient le refuseront.",
        "The certificate is not valid before %1: peers that check it will refuse it until then.":
        "Le certificat n'est pas valide avant le %1 : les pairs qui le vérifient le refuseront "
        "jusque-là.",
        "The certificate is self-signed: peers accept it only if they trust it directly or allow "
        "self-signed certificates.":
        "Le certificat est auto-signé : les pairs ne l'acceptent que s'ils lui font directement "
        "confiance ou autorisent les certificats auto-signés.",
    },
    "DecodeErrorText": {
        "the message is %n byte(s) long; a CoAP header needs %1": (
            "le message fait %n octet ; un en-tête CoAP en demande %1",
            "le message fait %n octets ; un en-tête CoAP en demande %1",
        ),
        "version %1 is not CoAP version 1": "la version %1 n'est pas la version 1 de CoAP",
        "token length %1 is reserved (0 to 8 allowed)":
        "la longueur de jeton %1 est réservée (de 0 à 8 autorisé)",
        "the token (%n byte(s)) runs past the end of the message": (
            "le jeton (%n octet) dépasse la fin du message",
            "le jeton (%n octets) dépasse la fin du message",
        ),
        " (%n byte(s) left)": (
            " (%n octet restant)",
            " (%n octets restants)",
        ),
        "option delta nibble 15 is reserved for the payload marker 0xFF":
        "le quartet de delta d'option 15 est réservé au marqueur de charge utile 0xFF",
        "option length nibble 15 is reserved": "le quartet de longueur d'option 15 est réservé",
        "the extended option delta needs %n byte(s)": (
            "le delta d'option étendu demande %n octet",
            "le delta d'option étendu demande %n octets",
        ),
        " but the message ends (%n byte(s) left)": (
            " mais le message se termine (%n octet restant)",
            " mais le message se termine (%n octets restants)",
        ),
        "the extended option length needs %n byte(s)": (
            "la longueur d'option étendue demande %n octet",
            "la longueur d'option étendue demande %n octets",
        ),
        "the option value (%n byte(s)) runs past the end of the message": (
            "la valeur d'option (%n octet) dépasse la fin du message",
            "la valeur d'option (%n octets) dépasse la fin du message",
        ),
        "option number %1 is beyond the largest, 65535":
        "le numéro d'option %1 dépasse le plus grand, 65535",
        "a payload marker must be followed by a payload":
        "un marqueur de charge utile doit être suivi d'une charge utile",
        "an Empty message (0.00) must end after the message ID, but %n byte(s) follow": (
            "un message Empty (0.00) doit se terminer après l'ID de message, mais %n octet suit",
            "un message Empty (0.00) doit se terminer après l'ID de message, mais %n octets "
            "suivent",
        ),
        "code %1.%2 uses a reserved class": "le code %1.%2 utilise une classe réservée",
        "the frame is %1 bytes, more than the Max-Message-Size of %2":
        "la trame fait %1 octets, plus que la Max-Message-Size de %2",
        "the frame needs %1 bytes but only %2 are present":
        "la trame demande %1 octets mais seuls %2 sont présents",
        "%n byte(s) follow the end of the frame": (
            "%n octet suit la fin de la trame",
            "%n octets suivent la fin de la trame",
        ),
        "malformed message": "message mal formé",
        "byte %1: %2": "octet %1 : %2",
    },
    "HexInput": {
        "no hexadecimal bytes given": "aucun octet hexadécimal fourni",
        "character %1 is not a hexadecimal digit":
        "le caractère %1 n'est pas un chiffre hexadécimal",
        "the digit at character %1 has no partner: each byte takes two digits":
        "le chiffre au caractère %1 n'a pas de partenaire : chaque octet prend deux chiffres",
    },
    "MessageText": {
        "NUM %1, M %2, size %3%4": "NUM %1, M %2, taille %3%4",
        " (BERT)": " (BERT)",
        "Option %1": "Option %1",
        "(empty)": "(vide)",
        "0x%1 (not UTF-8)": "0x%1 (pas de l'UTF-8)",
        " [length %1 outside %2-%3]": " [longueur %1 hors de %2-%3]",
        "%1 %2  message ID %3": "%1 %2  ID de message %3",
        "  no token": "  pas de jeton",
        "  token 0x%1": "  jeton 0x%1",
        "Payload, %n byte(s):": (
            "Charge utile, %n octet :",
            "Charge utile, %n octets :",
        ),
        ", %n byte(s)": (
            ", %n octet",
            ", %n octets",
        ),
    },
    "NetworkErrorText": {
        "the address is already in use": "l'adresse est déjà utilisée",
        "the address does not belong to this machine": "l'adresse n'appartient pas à cette machine",
        "permission denied (ports below 1024 need privileges)":
        "permission refusée (les ports inférieurs à 1024 exigent des privilèges)",
        "the network is unreachable": "le réseau est injoignable",
        "the datagram is too large for the network": "le datagramme est trop grand pour le réseau",
        "the socket is not open": "le socket n'est pas ouvert",
        "socket error": "erreur de socket",
        "no usable address": "aucune adresse utilisable",
        "cannot open the session": "impossible d'ouvrir la session",
        "no acknowledgement from the server after all retransmissions":
        "aucun acquittement du serveur après toutes les retransmissions",
        "no response from the server in time": "pas de réponse du serveur à temps",
        "the server rejected the request with a Reset":
        "le serveur a rejeté la requête par un Reset",
        "the session was released": "la session a été relâchée",
        "cancelled": "annulée",
        "the block-wise transfer broke off: blocks were missing, out of order, or of a "
        "representation that changed meanwhile":
        "le transfert par blocs s'est interrompu : des blocs manquaient, arrivaient dans le "
        "désordre ou appartenaient à une représentation modifiée entre-temps",
        "request failed": "échec de la requête",
        "nothing is listening on that port (connection refused or port unreachable)":
        "rien n'écoute sur ce port (connexion refusée ou port injoignable)",
        "the peer closed the connection": "le pair a fermé la connexion",
        "the host cannot be reached": "l'hôte est injoignable",
        "the connection timed out": "la connexion a expiré",
        "the security settings cannot work":
        "les paramètres de sécurité ne peuvent pas fonctionner",
        "cancelled (%1)": "annulée (%1)",
        "the request is %1 bytes, more than the session's limit of %2":
        "la requête fait %1 octets, plus que la limite de %2 de la session",
        "the connection was released (7.04 Release)": "la connexion a été terminée (7.04 Release)",
        "the peer aborted the connection (7.05 Abort)":
        "le pair a interrompu la connexion (7.05 Abort)",
        "the peer aborted the connection (7.05 Abort): %1":
        "le pair a interrompu la connexion (7.05 Abort) : %1",
        "the handshake failed": "la négociation a échoué",
        "the peer broke the CoAP-over-TCP protocol, so the connection was aborted: %1":
        "le pair a enfreint le protocole CoAP sur TCP, la connexion a donc été interrompue : %1",
    },
    "OptionInput": {
        "%1: not hex bytes: %2": "%1 : pas des octets hexadécimaux : %2",
        '%1 takes a number, a media type or a short name such as json, not "%2"':
        '%1 prend un nombre, un type de média ou un nom court comme json, pas "%2"',
        '%1 takes a number from 0 to %2, not "%3"': '%1 prend un nombre de 0 à %2, pas "%3"',
        "an option needs a name or number": "une option a besoin d'un nom ou d'un numéro",
        "option numbers go from 1 to 65535, not %1":
        "les numéros d'option vont de 1 à 65535, pas %1",
        'no option is called "%1"; give its number to send an unregistered one':
        "aucune option ne s'appelle \"%1\" ; indiquez son numéro pour en envoyer une non "
        "enregistrée",
        "%1 takes no value; leave it empty": "%1 ne prend pas de valeur ; laissez-la vide",
        "%1 takes %2 to %3 bytes; this value has %4":
        "%1 prend de %2 à %3 octets ; cette valeur en a %4",
        "hex bytes": "octets hexadécimaux",
        "nothing": "rien",
        "a number or media type": "un nombre ou un type de média",
        "a number, or 0x and hex bytes": "un nombre, ou 0x et des octets hexadécimaux",
        "text, or 0x and hex bytes": "du texte, ou 0x et des octets hexadécimaux",
    },
    "ParameterText": {
        "ACK_TIMEOUT must be more than 0.": "ACK_TIMEOUT doit être supérieur à 0.",
        "ACK_RANDOM_FACTOR must be at least 1.": "ACK_RANDOM_FACTOR doit valoir au moins 1.",
        "MAX_RETRANSMIT must be between 0 and 20.":
        "MAX_RETRANSMIT doit être compris entre 0 et 20.",
        "NSTART must be at least 1.": "NSTART doit valoir au moins 1.",
        "DEFAULT_LEISURE cannot be negative.": "DEFAULT_LEISURE ne peut pas être négatif.",
        "PROBING_RATE must be more than 0.": "PROBING_RATE doit être supérieur à 0.",
        "MAX_LATENCY cannot be negative.": "MAX_LATENCY ne peut pas être négatif.",
    },
    "PayloadText": {
        'a link must start with "<"': 'un lien doit commencer par "<"',
        'no ">" closes the link target': 'aucun ">" ne ferme la cible du lien',
        "a quoted value runs to the end": "une valeur entre guillemets court jusqu'à la fin",
        'expected ";" or ","': '";" ou "," attendu',
        "a parameter has no name": "un paramètre n'a pas de nom",
        "Not valid link format: byte %1: %2": "Format de liens non valide : octet %1 : %2",
        "Not valid JSON: near byte %1: %2": "JSON non valide : vers l'octet %1 : %2",
        "Not valid JSON: the payload holds no value":
        "JSON non valide : la charge utile ne contient aucune valeur",
        "Not valid JSON: more than one value (separate values belong in an array)":
        "JSON non valide : plus d'une valeur (des valeurs distinctes vont dans un tableau)",
        "Not valid CBOR: the item at byte %1: %2": "CBOR non valide : l'élément à l'octet %1 : %2",
        "Not valid CBOR: %n byte(s) after the item": (
            "CBOR non valide : %n octet après l'élément",
            "CBOR non valide : %n octets après l'élément",
        ),
        "Not valid CBOR: the payload is empty": "CBOR non valide : la charge utile est vide",
        "Not well-formed XML: line %1, column %2: %3": "XML mal formé : ligne %1, colonne %2 : %3",
        "Not valid UTF-8 text": "Texte UTF-8 non valide",
        "no Content-Format": "pas de Content-Format",
        "Content-Format %1 (unregistered)": "Content-Format %1 (non enregistré)",
    },
    "ProfileErrorText": {
        "Cannot read %1: %2": "Impossible de lire %1 : %2",
        "Cannot write %1: %2. The file was not changed.":
        "Impossible d'écrire %1 : %2. Le fichier n'a pas été modifié.",
        "%1 is not valid JSON: %2 at line %3, column %4 (byte %5).":
        "%1 n'est pas du JSON valide : %2 à la ligne %3, colonne %4 (octet %5).",
        "%1 is not a CoapScope profile file.": "%1 n'est pas un fichier de profils CoapScope.",
        "%1 was written by a newer CoapScope (format version %2).":
        "%1 a été écrit par un CoapScope plus récent (version de format %2).",
        "%1: %2 is invalid: %3": "%1 : %2 n'est pas valide : %3",
        'A profile named "%1" already exists.': "Un profil nommé « %1 » existe déjà.",
        "A profile needs a name.": "Un profil a besoin d'un nom.",
        'There is no profile named "%1".': "Il n'y a pas de profil nommé « %1 ».",
        "Changes are not saved: %1 could not be loaded and is kept as it is. Fix it, or move it "
        "aside to start afresh.":
        "Les modifications ne sont pas enregistrées : %1 n'a pas pu être chargé et reste tel "
        "quel. Réparez-le, ou mettez-le de côté pour repartir de zéro.",
    },
    "ProfileFileText": {
        'expected "none", "keychain" or "file"': '"none", "keychain" ou "file" attendu',
        "expected 0 (automatic) or a power of two from 16 to 1024":
        "0 (automatique) ou une puissance de deux de 16 à 1024 attendu",
        "expected text": "texte attendu",
        "expected true or false": "true ou false attendu",
        "expected a whole number from %1 to %2": "nombre entier de %1 à %2 attendu",
        "expected a number": "nombre attendu",
        'expected text or {"hex": "..."}': 'texte ou {"hex": "..."} attendu',
        'expected {"file": "..."} or {"base64": "..."}':
        '{"file": "..."} ou {"base64": "..."} attendu',
        "expected a list of texts": "liste de textes attendue",
        "expected an object": "objet attendu",
        "must be at least 1": "doit valoir au moins 1",
        "must be above 0": "doit être supérieur à 0",
        "a profile needs a name": "un profil a besoin d'un nom",
        "not a coap, coaps, coap+tcp or coaps+tcp URI":
        "pas une URI coap, coaps, coap+tcp ou coaps+tcp",
        '"%1" appears twice': "« %1 » apparaît deux fois",
    },
    "ProfileStore": {
        "cannot create the directory %1": "impossible de créer le dossier %1",
    },
    "SecretText": {
        "Not hexadecimal: %1.": "Pas hexadécimal : %1.",
    },
    "SecurityErrorText": {
        "the security settings cannot work: %1":
        "les paramètres de sécurité ne peuvent pas fonctionner : %1",
        "wrong pre-shared key: both ends know the identity, but their keys differ":
        "mauvaise clé pré-partagée : les deux côtés connaissent l'identité, mais leurs clés "
        "diffèrent",
        "the server knows no key for this PSK identity":
        "le serveur ne connaît aucune clé pour cette identité PSK",
        "the peer's certificate is not issued by a trusted authority (give its CA with --ca)":
        "le certificat du pair n'est pas émis par une autorité de confiance (indiquez son AC avec "
        "--ca)",
        "the peer's certificate has expired or is not yet valid":
        "le certificat du pair a expiré ou n'est pas encore valide",
        "the peer's certificate is self-signed, and self-signed certificates are not allowed "
        "(--allow-self-signed)":
        "le certificat du pair est auto-signé, et les certificats auto-signés ne sont pas "
        "autorisés (--allow-self-signed)",
        "the peer's certificate is for another name": "le certificat du pair est pour un autre nom",
        "the peer's certificate has been revoked": "le certificat du pair a été révoqué",
        "revocation could not be checked: no usable CRL":
        "la révocation n'a pas pu être vérifiée : aucune CRL utilisable",
        "the peer's certificate was rejected": "le certificat du pair a été rejeté",
        "the peer sent no certificate, but one is required":
        "le pair n'a envoyé aucun certificat, mais un certificat est exigé",
        "the two ends have no cipher suite in common":
        "les deux côtés n'ont aucune suite de chiffrement en commun",
        "no answer to the handshake from the peer": "pas de réponse du pair à la négociation",
        "the peer ended the handshake with the alert %1":
        "le pair a mis fin à la négociation avec l'alerte %1",
        "the handshake failed": "la négociation a échoué",
        "no pre-shared key or certificate is set":
        "aucune clé pré-partagée ni aucun certificat n'est défini",
        "the PSK identity is empty": "l'identité PSK est vide",
        "the PSK identity is longer than 255 bytes": "l'identité PSK dépasse 255 octets",
        "the PSK identity contains a NUL byte": "l'identité PSK contient un octet NUL",
        "the pre-shared key is empty": "la clé pré-partagée est vide",
        "the pre-shared key is longer than 512 bytes": "la clé pré-partagée dépasse 512 octets",
        "a certificate is missing": "un certificat manque",
        "the private key is missing": "la clé privée manque",
        "both a file and data are given": "un fichier et des données sont fournis à la fois",
        "verifying the peer needs a CA file or directory":
        "la vérification du pair nécessite un fichier ou un dossier d'AC",
        "the chain verify depth is out of range":
        "la profondeur de vérification de la chaîne est hors limites",
        "the handshake timeout is out of range": "le délai de négociation est hors limites",
        "the link MTU is out of range": "la MTU du lien est hors limites",
    },
    "SessionText": {
        "Client": "Client",
        "Server": "Serveur",
        "Connecting": "Connexion",
        "Handshaking": "Négociation",
        "Exchanging capabilities": "Échange des capacités",
        "Established": "Établie",
        "Idle": "Repos",
        "Disconnected": "Déconnectée",
        "Closed": "Fermée",
        "The TCP connection is being opened.": "La connexion TCP est en cours d'ouverture.",
        "DTLS or TLS is negotiating security.": "DTLS ou TLS négocie la sécurité.",
        "The connection is up; waiting for the peer's Capabilities and Settings Message (CSM).":
        "La connexion est établie ; en attente du Capabilities and Settings Message (CSM) du pair.",
        "Messages can be exchanged.": "Les messages peuvent être échangés.",
        "A released server session in the free pool; it is revived if the peer returns and freed "
        "after the idle timeout.":
        "Une session serveur relâchée dans la réserve de sessions libres ; elle reprend vie si le "
        "pair revient et est libérée après le délai d'inactivité.",
        "The connection ended; a client session reconnects on its next request.":
        "La connexion est terminée ; une session cliente se reconnecte à sa prochaine requête.",
        "The session has been freed.": "La session a été libérée.",
        "%1 ms": "%1 ms",
        "%1 s": "%1 s",
        "(empty)": "(vide)",
    },
    "TraceExportText": {
        "cannot create the trace %1: %2": "impossible de créer la trace %1 : %2",
        "cannot write the trace %1: %2": "impossible d'écrire la trace %1 : %2",
        "cannot put the trace in place as %1: %2":
        "impossible de mettre la trace en place sous %1 : %2",
    },
    "UriErrorText": {
        "the URI is empty": "l'URI est vide",
        "a URI starts with coap://, coaps://, coap+tcp:// or coaps+tcp://":
        "une URI commence par coap://, coaps://, coap+tcp:// ou coaps+tcp://",
        "the scheme must be coap, coaps, coap+tcp or coaps+tcp":
        "le schéma doit être coap, coaps, coap+tcp ou coaps+tcp",
        '"//" and a host must follow the scheme':
        "le schéma doit être suivi de \"//\" et d'un hôte",
        'CoAP URIs carry no user name ("user@host")':
        "les URI CoAP ne portent pas de nom d'utilisateur (\"user@host\")",
        "the host is missing": "l'hôte manque",
        "the bracketed host is not a valid IPv6 address":
        "l'hôte entre crochets n'est pas une adresse IPv6 valide",
        "the port must be a number from 0 to 65535": "le port doit être un nombre de 0 à 65535",
        'CoAP URIs cannot have a fragment ("#...")':
        'les URI CoAP ne peuvent pas avoir de fragment ("#...")',
        '"%" must be followed by two hexadecimal digits':
        '"%" doit être suivi de deux chiffres hexadécimaux',
        "this character must be percent-encoded": "ce caractère doit être encodé en pourcent",
        'Uri-Path option %1 is "." or "..", which RFC 7252 forbids':
        "l'option Uri-Path %1 est \".\" ou \"..\", ce que la RFC 7252 interdit",
        "character %1: %2": "caractère %1 : %2",
    },
    "VersionText": {
        "%1 %2\nQt %3 (built with %4)\n%5\n": "%1 %2\nQt %3 (compilé avec %4)\n%5\n",
    },
    "Translations": {
        "--lang takes a language code: %1": "--lang prend un code de langue : %1",
        'CoapScope has no translation for "%1"; --lang takes one of %2':
        "CoapScope n'a pas de traduction pour \"%1\" ; --lang prend l'un de %2",
    },
    "ProfileSecretsText": {
        "pre-shared key": "la clé pré-partagée",
        "private key": "la clé privée",
    },
    "SecretStoreText": {
        "the keychain could not be reached (%1)": "le trousseau est injoignable (%1)",
        "no keychain service is running (%1)": "aucun service de trousseau ne fonctionne (%1)",
        "the keychain is not supported on this system (%1)":
        "le trousseau n'est pas pris en charge sur ce système (%1)",
        "the keychain refused access (%1)": "le trousseau a refusé l'accès (%1)",
        "there is no keychain support in this build":
        "cette version n'est pas compilée avec la prise en charge du trousseau",
    },
}
