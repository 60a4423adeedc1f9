# SPDX-License-Identifier: BSD-2-Clause
"""French: the pre-shared key, certificate and connection profile dialogs (ui/dialogs).

CA is "AC" (autorité de certification) in sentences, as French tools write it; the command-line
option --ca keeps its name.
"""

CONTEXTS = {
    "coapscope::CertificateSummary": {
        "Subject:": "Sujet :",
        "Issuer:": "Émetteur :",
        "Valid:": "Validité :",
        "SHA-256:": "SHA-256 :",
        "Names:": "Noms :",
        "Chain:": "Chaîne :",
        "No certificate chosen.": "Aucun certificat choisi.",
        "No certificate in the file.": "Aucun certificat dans le fichier.",
        "%1 to %2": "du %1 au %2",
        "none": "aucun",
        "this certificate only": "ce certificat seulement",
        "%n more certificate(s) after this one": (
            "%n autre certificat après celui-ci",
            "%n autres certificats après celui-ci",
        ),
    },
    "coapscope::FilePicker": {
        "Browse…": "Parcourir…",
        "No file": "Aucun fichier",
        "No directory": "Aucun dossier",
        "Choose %1": "Choisir : %1",
        "All files (*)": "Tous les fichiers (*)",
    },
    "coapscope::PkiDialog": {
        "Certificates of the Server": "Certificats du serveur",
        "Certificates": "Certificats",
        "Server c&ertificate": "Certificat du &serveur",
        "Clie&nt certificate": "Certificat c&lient",
        "&Trust": "Con&fiance",
        "&Verification": "&Vérification",
        "Certificate settings": "Paramètres des certificats",
    },
    "coapscope::PkiOwnPage": {
        "Certificate": "Certificat",
        "Private key": "Clé privée",
        "Certificates (*.pem *.crt *.cer *.der)": "Certificats (*.pem *.crt *.cer *.der)",
        "Private keys (*.pem *.key *.der)": "Clés privées (*.pem *.key *.der)",
        "The server presents this certificate to every client. PEM or DER; a PEM file may hold "
        "the chain after the certificate.":
        "Le serveur présente ce certificat à chaque client. PEM ou DER ; un fichier PEM peut "
        "contenir la chaîne après le certificat.",
        "Optional: a certificate to present when the server asks for one. PEM or DER; a PEM file "
        "may hold the chain after the certificate.":
        "Facultatif : un certificat à présenter quand le serveur en demande un. PEM ou DER ; un "
        "fichier PEM peut contenir la chaîne après le certificat.",
        "&Certificate:": "Cer&tificat :",
        "Private &key:": "Clé &privée :",
        "The certificate": "Le certificat",
        "Given by the program, not as a file": "Fourni par le programme, pas sous forme de fichier",
        "No file": "Aucun fichier",
        "No certificate chosen.": "Aucun certificat choisi.",
        "A server needs a certificate: choose its file.":
        "Un serveur a besoin d'un certificat : choisissez son fichier.",
        "Choose the certificate this private key belongs to.":
        "Choisissez le certificat auquel appartient cette clé privée.",
        "No certificate to show.": "Aucun certificat à afficher.",
        "Choose the private key that belongs to the certificate.":
        "Choisissez la clé privée qui appartient au certificat.",
    },
    "coapscope::PkiTrustPage": {
        "CA file": "Fichier d'AC",
        "CA directory": "Dossier d'AC",
        "Check &revocation": "Vérifier la &révocation",
        "Refuse peer certificates that a CRL lists as revoked.":
        "Refuser les certificats du pair qu'une CRL déclare révoqués.",
        "Allow a missing &CRL": "Autoriser une &CRL manquante",
        "Accept a certificate whose CA has no CRL here.":
        "Accepter un certificat dont l'AC n'a pas de CRL ici.",
        "Allow an e&xpired CRL": "Autoriser une CRL e&xpirée",
        "Use a CRL past its next-update time instead of failing.":
        "Utiliser une CRL après sa date de prochaine mise à jour au lieu d'échouer.",
        "CRL file": "Fichier CRL",
        "Certificates (*.pem *.crt)": "Certificats (*.pem *.crt)",
        "Certificate revocation lists (*.pem *.crl)":
        "Listes de révocation de certificats (*.pem *.crl)",
        "Trusted certificate authorities": "Autorités de certification de confiance",
        "The peer's certificate must be issued by one of these. A PEM file may hold several; a "
        "directory is one made by openssl rehash.":
        "Le certificat du pair doit être émis par l'une d'elles. Un fichier PEM peut en contenir "
        "plusieurs ; un dossier est un dossier préparé par openssl rehash.",
        "CA &file:": "F&ichier d'AC :",
        "CA &directory:": "&Dossier d'AC :",
        "Revocation": "Révocation",
        "CRL f&ile:": "Fic&hier CRL :",
        "Trusts %1": "Fait confiance à %1",
        "Verifying the peer needs a CA file or directory. Give one, turn verification off, or "
        "allow self-signed certificates.":
        "La vérification du pair nécessite un fichier ou un dossier d'AC. Indiquez-en un, "
        "désactivez la vérification ou autorisez les certificats auto-signés.",
        "%1 does not exist.": "%1 n'existe pas.",
        "%1 is not a directory.": "%1 n'est pas un dossier.",
        "Checking revocation needs a CRL file (or a CA directory holding CRLs), or allowing a "
        "missing CRL.":
        "La vérification de la révocation nécessite un fichier CRL (ou un dossier d'AC contenant "
        "des CRL), ou d'autoriser une CRL manquante.",
    },
    "coapscope::PkiVerificationPage": {
        "Verify the &peer's certificate": "Vérifier le certificat du &pair",
        "Check that it leads to a trusted CA and is in date; off: accept any.":
        "Vérifier qu'il mène à une AC de confiance et qu'il est en cours de validité ; désactivé "
        ": tout accepter.",
        "Re&quire a client certificate": "E&xiger un certificat client",
        "Refuse clients that present no certificate.":
        "Refuser les clients qui ne présentent aucun certificat.",
        "Allow &self-signed certificates": "Autoriser les certificats auto-&signés",
        "Accept a certificate that is its own issuer, without a CA.":
        "Accepter un certificat qui est son propre émetteur, sans AC.",
        "Allow &expired certificates": "Autoriser les certificats &expirés",
        "Accept certificates that have expired or are not valid yet.":
        "Accepter les certificats expirés ou pas encore valides.",
        "&Limit the chain length": "&Limiter la longueur de la chaîne",
        "Refuse chains with more intermediate CAs than allowed below.":
        "Refuser les chaînes comptant plus d'AC intermédiaires qu'autorisé ci-dessous.",
        "Intermediate CAs allowed": "AC intermédiaires autorisées",
        "How many CAs may stand between the peer's certificate and the trusted CA":
        "Combien d'AC peuvent se trouver entre le certificat du pair et l'AC de confiance",
        "Checks": "Vérifications",
        "Intermediate &CAs allowed:": "&AC intermédiaires autorisées :",
        "Expected server name": "Nom de serveur attendu",
        "Any name": "N'importe quel nom",
        "Server name indication": "Indication du nom de serveur",
        "None sent": "Aucune envoyée",
        "Server name": "Nom du serveur",
        "The expected name must be among the certificate's names (host name or IP address). SNI "
        "is sent in the handshake so the server can pick its certificate (host names only).":
        "Le nom attendu doit figurer parmi les noms du certificat (nom d'hôte ou adresse IP). SNI "
        "est envoyé pendant la négociation pour que le serveur puisse choisir son certificat "
        "(noms d'hôte seulement).",
        "E&xpected name:": "&Nom attendu :",
        "S&NI:": "SN&I :",
        '"%1" is neither a host name nor an IP address.':
        "« %1 » n'est ni un nom d'hôte ni une adresse IP.",
        "SNI carries host names only, not addresses like %1.":
        "SNI ne transporte que des noms d'hôte, pas des adresses comme %1.",
        '"%1" is not a host name.': "« %1 » n'est pas un nom d'hôte.",
    },
    "coapscope::ProfileEditor": {
        "Message sizes and transmission parameters":
        "Tailles des messages et paramètres de transmission",
        'Identity "%1"; the key is read from the system keychain when connecting, or asked for if '
        "it is not there.":
        "Identité « %1 » ; la clé est lue dans le trousseau du système à la connexion, ou "
        "demandée si elle n'y est pas.",
        "&Pre-shared key": "Clé &pré-partagée",
        "Edit &key…": "Modifier la c&lé…",
        "C&ertificates": "Cer&tificats",
        "Edit certi&ficates…": "Modifier les certific&ats…",
        "URI": "URI",
        "Present a pre-shared key to the server": "Présenter une clé pré-partagée au serveur",
        "Use certificates for the handshake": "Utiliser des certificats pour la négociation",
        "U&RI:": "&URI :",
        "Security (coaps:// and coaps+tcp://)": "Sécurité (coaps:// et coaps+tcp://)",
        "%1 needs a pre-shared key or certificates.":
        "%1 nécessite une clé pré-partagée ou des certificats.",
        "The pre-shared key has no identity yet: use Edit key.":
        "La clé pré-partagée n'a pas encore d'identité : utilisez « Modifier la clé ».",
        "Not set yet.": "Pas encore définie.",
        'Identity "%1"; the key is asked for when connecting.':
        "Identité « %1 » ; la clé est demandée à la connexion.",
        'Identity "%1" with a key of %n byte(s).': (
            "Identité « %1 » avec une clé de %n octet.",
            "Identité « %1 » avec une clé de %n octets.",
        ),
        "no client certificate": "pas de certificat client",
        "client certificate %1": "certificat client %1",
        "the server's certificate is not verified": "le certificat du serveur n'est pas vérifié",
        "trusting %1": "confiance en %1",
    },
    "coapscope::TransmissionEditor": {
        "ACK_TIMEOUT:": "ACK_TIMEOUT :",
        "How long to wait for the first acknowledgement": "Durée d'attente du premier acquittement",
        "ACK_RANDOM_FACTOR": "ACK_RANDOM_FACTOR",
        "The first wait is stretched by a random factor up to this":
        "La première attente est allongée d'un facteur aléatoire allant jusqu'à cette valeur",
        "ACK_RANDOM_FACTOR:": "ACK_RANDOM_FACTOR :",
        "MAX_RETRANSMIT": "MAX_RETRANSMIT",
        "How often a confirmable message is sent again before giving up":
        "Nombre de renvois d'un message confirmable avant l'abandon",
        "MAX_RETRANSMIT:": "MAX_RETRANSMIT :",
        "NSTART": "NSTART",
        "How many exchanges may be outstanding with one peer":
        "Nombre d'échanges pouvant être en cours avec un même pair",
        "NSTART:": "NSTART :",
        "DEFAULT_LEISURE:": "DEFAULT_LEISURE :",
        "How long a server may wait before answering a multicast request":
        "Durée pendant laquelle un serveur peut attendre avant de répondre à une requête multicast",
        " B/s": " o/s",
        "PROBING_RATE": "PROBING_RATE",
        "The average data rate towards a peer that does not answer":
        "Le débit moyen vers un pair qui ne répond pas",
        "PROBING_RATE:": "PROBING_RATE :",
        "MAX_LATENCY:": "MAX_LATENCY :",
        "The longest a datagram is expected to take to arrive":
        "Le plus long délai d'acheminement attendu pour un datagramme",
        "Restore RFC 7252 defaul&ts": "Rétablir les &valeurs par défaut de la RFC 7252",
        " s": " s",
        "A confirmable request is given up after %1 s (MAX_TRANSMIT_WAIT); message IDs are "
        "remembered for %2 s (EXCHANGE_LIFETIME).":
        "Une requête confirmable est abandonnée après %1 s (MAX_TRANSMIT_WAIT) ; les ID de "
        "message sont mémorisés pendant %2 s (EXCHANGE_LIFETIME).",
    },
    "coapscope::ProfilesDialog": {
        "Include Keys (in Plain Text)": "Inclure les clés (en clair)",
        "Exported files carry the pre-shared keys and private keys, readable by anyone who can "
        "read the file":
        "Les fichiers exportés contiennent les clés pré-partagées et les clés privées, lisibles "
        "par quiconque peut lire le fichier",
        "Export profiles": "Exporter les profils",
        "Export Keys": "Exporter les clés",
        "The keys will be written to %1 in plain text: anyone who can read the file can use them. "
        "Export with the keys?":
        "Les clés seront écrites en clair dans %1 : quiconque peut lire le fichier peut les "
        "utiliser. Exporter avec les clés ?",
        "Reading the keys from the keychain…": "Lecture des clés dans le trousseau…",
        "Exported to %1 with the keys in plain text.": "Exporté vers %1 avec les clés en clair.",
        "Exported to %1 without keys.": "Exporté vers %1 sans les clés.",
        "Import Keys": "Importer les clés",
        "%n of the profiles in %1 carry keys. Where should they go?": (
            "%n des profils de %1 contient des clés. Où faut-il les mettre ?",
            "%n des profils de %1 contiennent des clés. Où faut-il les mettre ?",
        ),
        "Into the &Keychain": "Dans le &trousseau",
        "Into the &Profile File": "Dans le fichier de &profils",
        "&Leave Them Out": "&Laisser de côté",
        "In the profile file they are kept in plain text. Left out, they are asked for when "
        "connecting.":
        "Dans le fichier de profils, elles sont conservées en clair. Laissées de côté, elles sont "
        "demandées à la connexion.",
        "&New": "&Nouveau",
        "D&uplicate": "&Dupliquer",
        "Rena&me": "&Renommer",
        "&Delete…": "&Supprimer…",
        "&Import…": "&Importer…",
        "E&xport": "E&xporter",
        "Move the file aside": "Mettre le fichier de côté",
        "&Connect": "Se &connecter",
        "Connection Profiles": "Profils de connexion",
        "Profiles": "Profils",
        "Selected profile": "Profil sélectionné",
        "Rename the file that could not be loaded to .broken and start afresh":
        "Renommer en .broken le fichier qui n'a pas pu être chargé et repartir de zéro",
        "Import Profiles": "Importer des profils",
        "CoapScope profiles (*.json)": "Profils CoapScope (*.json)",
        "The file that could not be loaded is now %1.":
        "Le fichier qui n'a pas pu être chargé est désormais %1.",
        "Export the Selected Profile…": "Exporter le profil sélectionné…",
        "Export Profile": "Exporter le profil",
        "Export All Profiles…": "Exporter tous les profils…",
        "Export Profiles": "Exporter les profils",
        "Profi&les:": "Pro&fils :",
        "%1 The file is kept as it is, and changes are not saved until it is fixed or moved aside.":
        "%1 Le fichier est conservé tel quel, et les modifications ne sont pas enregistrées tant "
        "qu'il n'est pas réparé ou mis de côté.",
        "Select a profile first.": "Sélectionnez d'abord un profil.",
        "New profile": "Nouveau profil",
        "Delete Profile": "Supprimer le profil",
        'Delete the profile "%1"? This cannot be undone.':
        "Supprimer le profil « %1 » ? Cette action est irréversible.",
        "Imported %n profile(s) from %1.": (
            "%n profil importé depuis %1.",
            "%n profils importés depuis %1.",
        ),
        '"%1" is now "%2": that name was taken.':
        "« %1 » s'appelle désormais « %2 » : ce nom était pris.",
    },
    "coapscope::PskDialog": {
        "Pre-Shared Key": "Clé pré-partagée",
        "Identity": "Identité",
        "Key": "Clé",
        "Hint the server sent": "Indice envoyé par le serveur",
        "None received yet": "Aucun reçu pour l'instant",
        "The identity and key the server knows this client by.":
        "L'identité et la clé sous lesquelles le serveur connaît ce client.",
        "&Identity:": "&Identité :",
        "&Key:": "&Clé :",
        "Server's &hint:": "In&dice du serveur :",
        "The PSK identity hint the server sent in its last handshake, if any: it may say which "
        "identity to use.":
        "L'indice d'identité PSK envoyé par le serveur lors de sa dernière négociation, le cas "
        "échéant : il peut indiquer quelle identité utiliser.",
        "Pre-Shared Keys of the Server": "Clés pré-partagées du serveur",
        "Identity hint": "Indice d'identité",
        "No hint": "Aucun indice",
        "Default key": "Clé par défaut",
        "Identity &hint:": "I&ndice d'identité :",
        "Sent to clients during the handshake, to help them pick an identity.":
        "Envoyé aux clients pendant la négociation, pour les aider à choisir une identité.",
        "&Default key:": "Clé par &défaut :",
        "Accepted from any identity not listed below. Leave it empty to refuse identities that "
        "are not listed.":
        "Acceptée pour toute identité absente de la liste ci-dessous. Laissez-la vide pour "
        "refuser les identités non listées.",
        "Keys by identity:": "Clés par identité :",
        "%1 (hexadecimal)": "%1 (hexadécimal)",
        "Enter the identity the server knows this client by.":
        "Saisissez l'identité sous laquelle le serveur connaît ce client.",
        "The identity is %1 bytes long; at most %2 fit.":
        "L'identité fait %1 octets ; %2 au maximum sont possibles.",
        "Enter the key.": "Saisissez la clé.",
        "The key is %1 bytes long; at most %2 fit.":
        "La clé fait %1 octets ; %2 au maximum sont possibles.",
        "Give a default key, a key for an identity, or both.":
        "Indiquez une clé par défaut, une clé pour une identité, ou les deux.",
    },
    "coapscope::PskKeyTable": {
        "&Add identity": "&Ajouter une identité",
        "&Remove identity": "&Retirer l'identité",
        "Key for this identity": "Clé de cette identité",
        "Identity": "Identité",
        "Key": "Clé",
        "Keys by identity": "Clés par identité",
        "&Identity:": "&Identité :",
        "&Key:": "&Clé :",
        "Row %1 has no identity.": "La ligne %1 n'a pas d'identité.",
        'The identity "%1" is listed twice.': "L'identité « %1 » figure deux fois.",
        'The key for "%1" is empty.': "La clé de « %1 » est vide.",
        'The key for "%1": %2': "La clé de « %1 » : %2",
        'The identity "%1" is longer than 255 bytes.': "L'identité « %1 » dépasse 255 octets.",
        'The key for "%1" is longer than 512 bytes.': "La clé de « %1 » dépasse 512 octets.",
        "missing": "manquante",
        "%n byte(s)": (
            "%n octet",
            "%n octets",
        ),
        "not hexadecimal": "pas hexadécimale",
    },
    "coapscope::SecretEdit": {
        "He&x": "He&xa",
        "%1 in hexadecimal": "%1 en hexadécimal",
        "Read the text as hexadecimal digits, two per byte":
        "Lire le texte comme des chiffres hexadécimaux, deux par octet",
        "Show": "Afficher",
        "Show %1": "Afficher : %1",
        "Show or hide the characters": "Afficher ou masquer les caractères",
        "Hide": "Masquer",
    },
    "coapscope::KeyStorageEditor": {
        "Keep Keys in the Profile &File": "Garder les clés dans le &fichier de profils",
        "&Ask for Keys When Connecting": "&Demander les clés à la connexion",
        "In the system keychain": "Dans le trousseau du système",
        "In the profile file, in plain text": "Dans le fichier de profils, en clair",
        "Not stored: asked for when connecting": "Non conservées : demandées à la connexion",
        "Where keys are kept": "Emplacement des clés",
        "Where the pre-shared key and a private key held in memory are kept between runs":
        "Où la clé pré-partagée et une clé privée gardée en mémoire sont conservées entre deux "
        "exécutions",
        "Keep keys in the profile file": "Garder les clés dans le fichier de profils",
        "Ask for keys when connecting": "Demander les clés à la connexion",
        "The keys are kept in plain text in the profile file":
        "Les clés sont conservées en clair dans le fichier de profils",
        "The keys are not kept: Connect asks for them":
        "Les clés ne sont pas conservées : Se connecter les demande",
        "&Keys:": "&Clés :",
        "In the system keychain (not available)": "Dans le trousseau du système (indisponible)",
        "Keys are kept in plain text in the profile file, readable by anyone who can read the "
        "file.":
        "Les clés sont conservées en clair dans le fichier de profils, lisibles par quiconque "
        "peut lire le fichier.",
        "No keychain is available: %1. Until there is one, the keys are asked for when "
        "connecting. Choose where this profile's keys go instead:":
        "Aucun trousseau n'est disponible : %1. En attendant, les clés sont demandées à la "
        "connexion. Choisissez plutôt où placer les clés de ce profil :",
    },
    "coapscope::MessageSizeEditor": {
        "Default (File ▸ Settings)": "Par défaut (Fichier ▸ Paramètres)",
        "MTU": "MTU",
        "The largest datagram of the session in bytes (%1 to %2), IP and UDP headers excluded; "
        "empty for the default":
        "Le plus grand datagramme de la session en octets (de %1 à %2), sans les en-têtes IP et "
        "UDP ; vide pour la valeur par défaut",
        "Automatic": "Automatique",
        "%1 bytes": "%1 octets",
        "Block size": "Taille de bloc",
        "The block size the request composer starts with for block-wise transfers (RFC 7959)":
        "La taille de bloc par laquelle le compositeur de requêtes commence les transferts par "
        "blocs (RFC 7959)",
        "&MTU:": "&MTU :",
        "&Block size:": "Taille de &bloc :",
        "The MTU must be a whole number from %1 to %2 bytes.":
        "La MTU doit être un nombre entier de %1 à %2 octets.",
    },
}
