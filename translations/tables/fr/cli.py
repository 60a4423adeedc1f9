# SPDX-License-Identifier: BSD-2-Clause
"""French: coapscope-cli's help, messages and output, and the desktop application's options.

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

USAGE_FR = (
    "Usage : coapscope-cli [--lang CODE] COMMANDE [OPTIONS]\n"
    "\n"
    "Explorer et déboguer des sessions CoAP en ligne de commande.\n"
    "\n"
    "Commandes :\n"
    "  get|post|put|delete|fetch|patch|ipatch URI   Envoyer une requête, afficher la réponse\n"
    "  observe URI [--count N]       Afficher les notifications à leur arrivée\n"
    "  discover URI [--filter Q]     Lister les ressources de /.well-known/core\n"
    "  ping URI                      Vérifier qu'un point d'accès répond (Empty CON)\n"
    "  serve [--listen URI]...       Lancer le serveur de démo intégré\n"
    "  bench URI [--requests N] [--concurrency C]   Générateur de charge\n"
    "  decode HEX [--tcp] [--json]   Décoder un message CoAP donné en octets hexadécimaux\n"
    "  trace FILE [--json]           Décoder le CoAP d'une capture pcap ou pcapng\n"
    "\n"
    "Options :\n"
    "  -h, --help       Afficher cette aide ; COMMANDE --help affiche ses options\n"
    "  -v, --version    Afficher les versions de CoapScope, Qt et OpenSSL\n"
    "  --lang CODE      Afficher le texte dans cette langue (%1) et non celle du système\n"
    "\n"
    "Code de sortie : 0 succès, 1 entrée mal formée ou réponse d'erreur, 2 erreur d'usage,\n"
    "3 échec réseau ou délai dépassé, 4 échec de sécurité.\n"
)

CONTEXTS = {
    "main": {
        USAGE: USAGE_FR,
        'Unknown command "%1".\n\n': 'Commande inconnue "%1".\n\n',
        "Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS.":
        "Explorer et déboguer des sessions CoAP sur UDP, DTLS, TCP et TLS.",
        "Show the versions of CoapScope, Qt and OpenSSL.":
        "Afficher les versions de CoapScope, Qt et OpenSSL.",
        "Start with these message bytes (hex) in the decoder.":
        "Démarrer avec ces octets de message (hexadécimal) dans le décodeur.",
        "Start the embedded demo server on UDP, DTLS, TCP and TLS and open client sessions to it.":
        "Démarrer le serveur de démo intégré sur UDP, DTLS, TCP et TLS et lui ouvrir des sessions "
        "clientes.",
        "Show the text in this language (%1) instead of the system's.":
        "Afficher le texte dans cette langue (%1) et non dans celle du système.",
    },
    "BenchCommand": {
        "Load a server with GET requests and report throughput and latency.":
        "Charger un serveur de requêtes GET et indiquer le débit et la latence.",
        "The resource to GET.": "La ressource à lire par GET.",
        "How many requests in all (default 10000).": "Nombre total de requêtes (10000 par défaut).",
        "How many sessions, each with one request in flight (default 4).":
        "Nombre de sessions, chacune avec une requête en cours (4 par défaut).",
        "Send Non-confirmable requests.": "Envoyer des requêtes non confirmables (NON).",
        "--requests takes a positive number, --concurrency one from 1 to 1000":
        "--requests prend un nombre positif, --concurrency un nombre de 1 à 1000",
        "cannot resolve %1: %2\n": "impossible de résoudre %1 : %2\n",
        "%1 requests in %2 s with %3 sessions: %4 requests/s\n":
        "%1 requêtes en %2 s avec %3 sessions : %4 requêtes/s\n",
        "latency ms: p50 %1, p90 %2, p99 %3, max %4\n":
        "latence ms : p50 %1, p90 %2, p99 %3, max %4\n",
        "first error: %1\n": "première erreur : %1\n",
        "errors %1, retransmissions %2\n": "erreurs %1, retransmissions %2\n",
    },
    "BusyPollOption": {
        "While traffic comes less than MICROSECONDS apart, poll the sockets that long for more before sleeping (default %1; 0 never polls).":
        "Tant que le trafic arrive à moins de MICROSECONDS d'intervalle, interroger les sockets pendant ce temps avant de s'endormir (%1 par défaut ; 0 n’interroge jamais).",
        "--busy-poll takes microseconds from 0 to %1":
        "--busy-poll prend des microsecondes de 0 à %1",
    },
    "ClientRun": {
        "--ack-timeout takes a positive number of seconds and --max-retransmit a count from 0 to "
        "20":
        "--ack-timeout prend un nombre positif de secondes et --max-retransmit un nombre de 0 à 20",
        "give exactly one URI, such as coap://127.0.0.1/test":
        "indiquez exactement une URI, comme coap://127.0.0.1/test",
        "invalid URI: %1": "URI non valide : %1",
        "cannot resolve %1: %2\n": "impossible de résoudre %1 : %2\n",
        "cannot open a session to %1: %2\n": "impossible d'ouvrir une session vers %1 : %2\n",
        "Give up after SECONDS (default: MAX_TRANSMIT_WAIT, 93 s).":
        "Abandonner après SECONDS (par défaut : MAX_TRANSMIT_WAIT, 93 s).",
        "Print one line per datagram on standard error.":
        "Écrire une ligne par datagramme sur la sortie d'erreur.",
        "Print the outcome as JSON (see the README).":
        "Afficher le résultat en JSON (voir le README).",
        "ACK_TIMEOUT in seconds (default 2).": "ACK_TIMEOUT en secondes (2 par défaut).",
        "MAX_RETRANSMIT (default 4).": "MAX_RETRANSMIT (4 par défaut).",
    },
    "DecodeCommand": {
        "malformed: %1\n": "mal formé : %1\n",
        "Frame %1\n": "Trame %1\n",
        "Decode a CoAP message given as hex bytes.":
        "Décoder un message CoAP donné en octets hexadécimaux.",
        "Read RFC 8323 stream frames (TCP, TLS) instead of a datagram.":
        "Lire des trames de flux RFC 8323 (TCP, TLS) au lieu d'un datagramme.",
        "Print JSON (the form documented in the README).":
        "Afficher du JSON (sous la forme décrite dans le README).",
        'The bytes in hex; spaces and colons are allowed. "-" reads standard input.':
        "Les octets en hexadécimal ; espaces et deux-points sont permis. \"-\" lit l'entrée "
        "standard.",
        'decode: give the message bytes in hex, or "-" to read them from standard input\n':
        'decode : indiquez les octets du message en hexadécimal, ou "-" pour les lire sur '
        "l'entrée standard\n",
        "decode: cannot read standard input\n": "decode : impossible de lire l'entrée standard\n",
        "decode: %1\n": "decode : %1\n",
        "With --tcp, refuse frames larger than a peer's Max-Message-Size of N bytes (default: no "
        "limit).":
        "Avec --tcp, refuser les trames plus grandes qu'une Max-Message-Size du pair de N octets "
        "(par défaut : aucune limite).",
        "decode: --max-message-size takes a positive number of bytes, with --tcp\n":
        "decode : --max-message-size prend un nombre positif d'octets, avec --tcp\n",
    },
    "DiscoverCommand": {
        "List a server's resources from /.well-known/core (RFC 6690).":
        "Lister les ressources d'un serveur depuis /.well-known/core (RFC 6690).",
        "The server; a path other than / names another discovery resource.":
        "Le serveur ; un chemin autre que / désigne une autre ressource de découverte.",
        "Only links matching QUERY, e.g. rt=temperature or href=/sensors*.":
        "Seulement les liens correspondant à QUERY, p. ex. rt=temperature ou href=/sensors*.",
        "--filter takes NAME=VALUE, e.g. rt=temperature":
        "--filter prend NAME=VALUE, p. ex. rt=temperature",
        "the answer is not link format (character %1)\n":
        "la réponse n'est pas au format de liens (caractère %1)\n",
    },
    "RequestCommand": {
        '--option takes NUMBER=VALUE or NAME=VALUE, not "%1"':
        '--option prend NUMBER=VALUE ou NAME=VALUE, pas "%1"',
        'unknown option "%1"': 'option inconnue "%1"',
        "option %1: %2": "option %1 : %2",
        'option %1 takes a number, not "%2"': "l'option %1 prend un nombre, pas \"%2\"",
        '%1: unknown Content-Format "%2" (give a number or a media type such as application/json)':
        '%1 : Content-Format inconnu "%2" (indiquez un nombre ou un type de média comme '
        "application/json)",
        "The resource.": "La ressource.",
        "Send TEXT as the payload.": "Envoyer TEXT comme charge utile.",
        "Send the contents of FILE.": "Envoyer le contenu de FILE.",
        "Content-Format of the payload, by number or media type.":
        "Content-Format de la charge utile, par numéro ou type de média.",
        "Ask for this Content-Format.": "Demander ce Content-Format.",
        "Send a Non-confirmable request.": "Envoyer une requête non confirmable (NON).",
        "Block size for block-wise transfers: 16, 32, ..., 1024 (default: the largest that fits "
        "the MTU).":
        "Taille de bloc des transferts par blocs : 16, 32, ..., 1024 (par défaut : la plus grande "
        "qui tient dans la MTU).",
        "Add an option, NUMBER=VALUE or NAME=VALUE (0x... for bytes); repeatable.":
        "Ajouter une option, NUMBER=VALUE ou NAME=VALUE (0x... pour des octets) ; répétable.",
        "give --payload or --payload-file, not both":
        "indiquez --payload ou --payload-file, pas les deux",
        "cannot read %1: %2": "impossible de lire %1 : %2",
        "--block-size takes 16, 32, 64, 128, 256, 512 or 1024":
        "--block-size prend 16, 32, 64, 128, 256, 512 ou 1024",
        "--timeout takes a positive number of seconds":
        "--timeout prend un nombre positif de secondes",
        "Send a %1 request and print the response payload.":
        "Envoyer une requête %1 et afficher la charge utile de la réponse.",
        "Observe a resource (RFC 7641): print each notification's payload on a line of its own.":
        "Observer une ressource (RFC 7641) : afficher la charge utile de chaque notification sur "
        "sa propre ligne.",
        "Stop after N notifications (the first response counts).":
        "S'arrêter après N notifications (la première réponse compte).",
        "Stop after SECONDS.": "S'arrêter après SECONDS.",
        "--count and --duration take positive numbers":
        "--count et --duration prennent des nombres positifs",
        "(a stale notification, %1, arrived out of order)\n":
        "(une notification périmée, %1, est arrivée dans le désordre)\n",
        "%1: the resource did not accept the observation\n":
        "%1 : la ressource n'a pas accepté l'observation\n",
        "The endpoint.": "Le point d'accès.",
        "%1 in %2 ms\n": "%1 en %2 ms\n",
        "Send a CoAP ping: an Empty CON, which a live endpoint answers with RST; over TCP a 7.02 "
        "Ping, answered by a Pong.":
        "Envoyer un ping CoAP : un Empty CON, auquel un point d'accès actif répond par RST ; sur "
        "TCP un 7.02 Ping, auquel répond un Pong.",
    },
    "SecurityOptions": {
        "The pre-shared key identity to present (coaps, coaps+tcp).":
        "L'identité de clé pré-partagée à présenter (coaps, coaps+tcp).",
        "The pre-shared key for any identity, as text (with --psk-identity: for that identity "
        "only).":
        "La clé pré-partagée pour toute identité, en texte (avec --psk-identity : pour cette "
        "identité seulement).",
        "The pre-shared key, as text.": "La clé pré-partagée, en texte.",
        "The pre-shared key, as hex.": "La clé pré-partagée, en hexadécimal.",
        "The PSK identity hint to send to clients.":
        "L'indice d'identité PSK à envoyer aux clients.",
        "The server's certificate (PEM or DER).": "Le certificat du serveur (PEM ou DER).",
        "A client certificate (PEM or DER).": "Un certificat client (PEM ou DER).",
        "The private key of --cert (PEM or DER).": "La clé privée de --cert (PEM ou DER).",
        "Trusted CAs (a PEM file or a hashed directory); clients must then present a certificate "
        "they issued.":
        "AC de confiance (un fichier PEM ou un dossier haché) ; les clients doivent alors "
        "présenter un certificat qu'elles ont émis.",
        "Trusted CAs (a PEM file or a hashed directory).":
        "AC de confiance (un fichier PEM ou un dossier haché).",
        "Accept any peer certificate (shown, not checked).":
        "Accepter tout certificat du pair (affiché, non vérifié).",
        "Accept self-signed peer certificates.": "Accepter les certificats auto-signés du pair.",
        "Accept expired or not yet valid peer certificates.":
        "Accepter les certificats du pair expirés ou pas encore valides.",
        "The server name to send (SNI) and check the certificate against; default: the URI's host.":
        "Le nom de serveur à envoyer (SNI) et à vérifier dans le certificat ; par défaut : l'hôte "
        "de l'URI.",
        "Append the session keys to FILE in the NSS key log format, for Wireshark (DTLS).":
        "Ajouter les clés de session à FILE au format NSS key log, pour Wireshark (DTLS).",
        "give --psk-key or --psk-key-hex, not both":
        "indiquez --psk-key ou --psk-key-hex, pas les deux",
        "--psk-key-hex: %1": "--psk-key-hex : %1",
        "--psk-hint needs --psk-key": "--psk-hint nécessite --psk-key",
        "checking the server's certificate needs --ca (or --no-verify)":
        "vérifier le certificat du serveur nécessite --ca (ou --no-verify)",
        "security options need a coaps:// or coaps+tcp:// URI, not %1":
        "les options de sécurité nécessitent une URI coaps:// ou coaps+tcp://, pas %1",
    },
    "ServeCommand": {
        "Run the embedded demo server (the ETSI CoAP plugtest resources).":
        "Lancer le serveur de démo intégré (les ressources du plugtest CoAP de l'ETSI).",
        "Listen on URI (repeatable; default coap://127.0.0.1:5683). The host must be an IP "
        "address.":
        "Écouter sur URI (répétable ; par défaut coap://127.0.0.1:5683). L'hôte doit être une "
        "adresse IP.",
        "Print one line per datagram on standard error.":
        "Écrire une ligne par datagramme sur la sortie d'erreur.",
        "Fault injection: lose this share (0 to 1) of the datagrams the server sends.":
        "Injection de fautes : perdre cette part (de 0 à 1) des datagrammes envoyés par le "
        "serveur.",
        "Fault injection: send this share (0 to 1) twice.":
        "Injection de fautes : envoyer deux fois cette part (de 0 à 1).",
        "Fault injection: hold every datagram MS milliseconds.":
        "Injection de fautes : retenir chaque datagramme MS millisecondes.",
        "Seed for the fault injection (default 7252), so a run can be repeated exactly.":
        "Graine de l'injection de fautes (7252 par défaut), pour répéter une exécution à "
        "l'identique.",
        'serve: unexpected argument "%1"; use --listen URI\n':
        'serve : argument inattendu "%1" ; utilisez --listen URI\n',
        "serve: rates go from 0 to 1, the delay and seed are whole non-negative numbers\n":
        "serve : les taux vont de 0 à 1, le délai et la graine sont des entiers positifs ou nuls\n",
        "serve: invalid URI %1: %2\n": "serve : URI non valide %1 : %2\n",
        'serve: listen on an IP address, not "%1"\n':
        'serve : écoutez sur une adresse IP, pas sur "%1"\n',
        "serve: cannot listen on %1: %2\n": "serve : impossible d'écouter sur %1 : %2\n",
        "Stopped.\n": "Arrêté.\n",
        "serve: %1\n": "serve : %1\n",
        "serve: %1 needs --psk-key, or --cert and --key\n":
        "serve : %1 nécessite --psk-key, ou --cert et --key\n",
        "Serving %1 (%2)\n": "Sert %1 (%2)\n",
    },
    "TraceCommand": {
        "malformed: %1": "mal formé : %1",
        "Print the CoAP datagrams of a pcap or pcapng capture, decoded.":
        "Afficher, décodés, les datagrammes CoAP d'une capture pcap ou pcapng.",
        "The capture to read.": "La capture à lire.",
        "One JSON object per datagram, as --trace-out FILE.json writes them.":
        "Un objet JSON par datagramme, comme les écrit --trace-out FILE.json.",
        "Also take UDP and TCP port N for CoAP (5683 always is); repeatable.":
        "Traiter aussi les ports UDP et TCP N comme CoAP (5683 l'est toujours) ; répétable.",
        "trace takes one capture file": "trace prend un fichier de capture",
        '--port takes a port number, not "%1"': '--port prend un numéro de port, pas "%1"',
        "cannot read %1: %2\n": "impossible de lire %1 : %2\n",
    },
    "TraceOutputText": {
        "Write every datagram sent and received to FILE: pcapng for Wireshark and tshark, or, "
        "when FILE ends in .json or .csv, JSON (one object per datagram) or CSV.":
        "Écrire chaque datagramme envoyé et reçu dans FILE : pcapng pour Wireshark et tshark ou, "
        "si FILE se termine par .json ou .csv, JSON (un objet par datagramme) ou CSV.",
        'How the trace shows DTLS (coaps://): "decrypted" (the default), the CoAP inside; or '
        '"records", the encrypted records with the session keys embedded, which Wireshark '
        "decrypts (ChaCha20 suites are then offered last: Wireshark cannot decrypt them in DTLS).":
        'Comment la trace montre DTLS (coaps://) : "decrypted" (par défaut), le CoAP transporté ; '
        'ou "records", les enregistrements chiffrés avec les clés de session incluses, que '
        "Wireshark déchiffre (les suites ChaCha20 sont alors proposées en dernier : Wireshark ne "
        "sait pas les déchiffrer en DTLS).",
        "--trace-out takes a file name": "--trace-out prend un nom de fichier",
        '--trace-dtls takes "decrypted" or "records", not "%1"':
        '--trace-dtls prend "decrypted" ou "records", pas "%1"',
        "--trace-dtls goes with --trace-out": "--trace-dtls va avec --trace-out",
        "--trace-dtls records is for coaps:// (DTLS); TLS traces are always decrypted":
        "--trace-dtls records est pour coaps:// (DTLS) ; les traces TLS sont toujours déchiffrées",
        "--trace-dtls records needs a pcapng trace; JSON and CSV hold the CoAP messages":
        "--trace-dtls records nécessite une trace pcapng ; JSON et CSV contiennent les messages "
        "CoAP",
    },
    "VerboseTrace": {
        " [retransmission %1]": " [retransmission %1]",
        " [duplicate]": " [doublon]",
        " [answer to a duplicate]": " [réponse à un doublon]",
        " [reset]": " [reset]",
        " [matches no exchange]": " [ne correspond à aucun échange]",
        "malformed: %1": "mal formé : %1",
    },
}
