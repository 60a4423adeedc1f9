# SPDX-License-Identifier: BSD-2-Clause
"""French: the main window, its panels and the small dialogs they open.

The main window's menus and tabs share Alt+letter space: Fichier F, Session S, Sécurité u,
Affichage A, Aide e; Requête R, Ressources s, Observations b, Trace T, Chronologie C,
Décodeur D. In View ▸ Thème, Sombre takes S, so Système takes y.
"""

CONTEXTS = {
    "coapscope::MainWindow": {
        "Trac&e": "&Trace",
        "CoapScope": "CoapScope",
        "&File": "&Fichier",
        "&Quit": "&Quitter",
        "&Help": "Aid&e",
        "&About CoapScope": "À &propos de CoapScope",
        "About &Qt": "À propos de &Qt",
        "About CoapScope": "À propos de CoapScope",
        "<h3>CoapScope %1</h3><p>Explore and debug CoAP sessions over UDP, DTLS, TCP and "
        "TLS.</p><p>Qt %2<br>%3</p><p>Licensed under the BSD 2-Clause license.</p>":
        "<h3>CoapScope %1</h3><p>Explorer et déboguer des sessions CoAP sur UDP, DTLS, TCP et "
        "TLS.</p><p>Qt %2<br>%3</p><p>Distribué sous la licence BSD à 2 clauses.</p>",
        "Workspace tabs": "Onglets de l'espace de travail",
        "&Request": "&Requête",
        "Reso&urces": "Re&ssources",
        "Observ&ations": "O&bservations",
        "&Decoder": "&Décodeur",
        "Timeli&ne": "&Chronologie",
        "Sessions": "Sessions",
        "Session Details": "Détails de la session",
        "Local Server": "Serveur local",
        "Log": "Journal",
        "Client": "Client",
        "Session count": "Nombre de sessions",
        "Cannot send to %1: %2": "Impossible d'envoyer à %1 : %2",
        "%1: %2 in %3 ms": "%1 : %2 en %3 ms",
        "%1 failed: %2": "Échec de %1 : %2",
        "Demo server": "Serveur de démo",
        "&New Session…": "&Nouvelle session…",
        "Open a client session (coap_new_client_session)":
        "Ouvrir une session cliente (coap_new_client_session)",
        "&Settings…": "&Paramètres…",
        "&Session": "&Session",
        "Ctrl++": "Ctrl++",
        "Ctrl+-": "Ctrl+-",
        "Se&curity": "Séc&urité",
        "&View": "&Affichage",
        "Main": "Barre d'outils",
        "New Session": "Nouvelle session",
        "Server URI (coap://, coaps://, coap+tcp:// or coaps+tcp://):":
        "URI du serveur (coap://, coaps://, coap+tcp:// ou coaps+tcp://) :",
        "That is not a CoAP URI: %1": "Ce n'est pas une URI CoAP : %1",
        "Cannot open a session: %1": "Impossible d'ouvrir une session : %1",
        "Some saved settings were unusable; RFC 7252's defaults apply instead.":
        "Certains paramètres enregistrés étaient inutilisables ; les valeurs par défaut de la RFC "
        "7252 s'appliquent à leur place.",
        "Settings saved; they apply to sessions opened from now on.":
        "Paramètres enregistrés ; ils s'appliquent aux sessions ouvertes à partir de maintenant.",
        "demo server stopped": "serveur de démo arrêté",
        "demo server at %1": "serveur de démo sur %1",
        "demo server running": "serveur de démo en marche",
        "%n session(s) · %1": (
            "%n session · %1",
            "%n sessions · %1",
        ),
        "&Capture Traffic": "&Capturer le trafic",
        "Ctrl+E": "Ctrl+E",
        "Ctrl+,": "Ctrl+,",
        "Keep every datagram of every session, to export as a trace":
        "Conserver chaque datagramme de chaque session, pour l'exporter comme trace",
        "Capturing the traffic of every session.": "Capture du trafic de toutes les sessions.",
        "Capture stopped: %n datagram(s) kept.": (
            "Capture arrêtée : %n datagramme conservé.",
            "Capture arrêtée : %n datagrammes conservés.",
        ),
    },
    "coapscope::SessionsPanel": {
        "Filter sessions (any column)": "Filtrer les sessions (toutes colonnes)",
        "Session filter": "Filtre des sessions",
        "Sessions": "Sessions",
        "&Reference": "&Référencer",
        "Increment the reference count (coap_session_reference)":
        "Incrémenter le compteur de références (coap_session_reference)",
        "R&elease": "Re&lâcher",
        "Decrement the reference count (coap_session_release); a client session at 0 is freed, a "
        "server session goes to the free pool":
        "Décrémenter le compteur de références (coap_session_release) ; une session cliente à 0 "
        "est libérée, une session serveur rejoint la réserve de sessions libres",
        "Set &MTU…": "Définir la &MTU…",
        "&Close Connection": "&Fermer la connexion",
        "Send a Release signal and close the TCP or TLS connection (RFC 8323)":
        "Envoyer un signal Release et fermer la connexion TCP ou TLS (RFC 8323)",
        "Fault &Injection…": "&Injection de fautes…",
        "Lose, duplicate or delay this session's outgoing datagrams":
        "Perdre, dupliquer ou retarder les datagrammes sortants de cette session",
        "Copy &Description": "Copier la &description",
        "Session %1 referenced: count %2": "Session %1 référencée : compteur %2",
        "Session %1 released: count %2": "Session %1 relâchée : compteur %2",
        "Set MTU": "Définir la MTU",
        "MTU of session %1 in bytes (%2 to %3), excluding IP and UDP headers:":
        "MTU de la session %1 en octets (de %2 à %3), sans les en-têtes IP et UDP :",
        "Session %1: MTU set to %2, max PDU size %3":
        "Session %1 : MTU fixée à %2, taille de PDU maximale %3",
        "Session %1: connection released": "Session %1 : connexion terminée par Release",
        "Session %1: fault injection drop %2%, duplicate %3%, delay %4 ms":
        "Session %1 : injection de fautes – perte %2 %, duplication %3 %, délai %4 ms",
    },
    "coapscope::SessionDetailsPanel": {
        "%1:": "%1 :",
        "Select a session to see its details.":
        "Sélectionnez une session pour en voir les détails.",
        "ID": "ID",
        "Role": "Rôle",
        "Protocol": "Protocole",
        "State": "État",
        "Description": "Description",
        "Reference count": "Compteur de références",
        "MTU": "MTU",
        "Max PDU size": "Taille de PDU max.",
        "Peer capabilities": "Capacités du pair",
        "Token length": "Longueur du jeton",
        "Pending requests": "Requêtes en attente",
        "Messages sent / received": "Messages envoyés / reçus",
        "Bytes sent / received": "Octets envoyés / reçus",
        "Retransmissions": "Retransmissions",
        "Duplicates received": "Doublons reçus",
        "Malformed received": "Mal formés reçus",
        "Fault injection": "Injection de fautes",
        "Round-trip time": "Temps aller-retour",
        "Last activity": "Dernière activité",
        "Last error": "Dernière erreur",
        "Properties": "Propriétés",
        "Send queue": "File d'envoi",
        "Receive queue": "File de réception",
        "Receive queue (held back)": "File de réception (retenue)",
        "Field": "Champ",
        "Value": "Valeur",
        "Security": "Sécurité",
        "Max-Message-Size %1, block-wise %2": "Max-Message-Size %1, par blocs %2",
        "yes": "oui",
        "no": "non",
        "not yet received": "pas encore reçues",
        "— (datagrams)": "— (datagrammes)",
        "%1 / %2": "%1 / %2",
        "drop %1%, duplicate %2%, delay %3 ms; %4 dropped, %5 duplicated":
        "perte %1 %, duplication %2 %, délai %3 ms ; %4 perdus, %5 dupliqués",
        "off": "désactivée",
        "%1 ago": "il y a %1",
        "none": "aucune",
        "Not negotiated yet": "Pas encore négociée",
        "Not secured": "Non sécurisée",
        "Protocol version": "Version du protocole",
        "Cipher suite": "Suite de chiffrement",
        "PSK identity": "Identité PSK",
        "PSK identity hint": "Indice d'identité PSK",
        "Server name (SNI)": "Nom du serveur (SNI)",
        "Record overhead": "Surcoût par enregistrement",
        "%n byte(s)": (
            "%n octet",
            "%n octets",
        ),
        "Peer certificates": "Certificats du pair",
        "%n certificate(s)": (
            "%n certificat",
            "%n certificats",
        ),
        "verified": "vérifié",
        "not verified: %1 (error %2)": "non vérifié : %1 (erreur %2)",
        "Issuer": "Émetteur",
        "Valid from": "Valide du",
        "Valid until": "Valide jusqu'au",
        "SHA-256 fingerprint": "Empreinte SHA-256",
        "Subject alternative names": "Noms alternatifs du sujet",
    },
    "coapscope::LocalServerPanel": {
        "&Start": "Dé&marrer",
        "S&top": "Arrê&ter",
        "Endpoints": "Points d'accès",
        "Listen on %1": "Écouter sur %1",
        "any free port": "tout port libre",
        "%1 port": "Port %1",
        "Listening address": "Adresse d'écoute",
        "Server security": "Sécurité du serveur",
        "Server Securit&y…": "Sé&curité du serveur…",
        "Edit the server's security": "Modifier la sécurité du serveur",
        "Start the demo server": "Démarrer le serveur de démo",
        "Stop the demo server": "Arrêter le serveur de démo",
        "Demo server status": "État du serveur de démo",
        "&Address:": "Adr&esse :",
        "pre-shared keys": "clés pré-partagées",
        'pre-shared keys, hint "%1"': "clés pré-partagées, indice « %1 »",
        "certificate": "certificat",
        "DTLS and TLS: no security set yet": "DTLS et TLS : aucune sécurité définie pour l'instant",
        "DTLS and TLS use %1.": "DTLS et TLS utilisent %1.",
        " and ": " et ",
        '"%1" is not an IP address; use one such as 127.0.0.1 or ::1.':
        "« %1 » n'est pas une adresse IP ; utilisez-en une comme 127.0.0.1 ou ::1.",
        "Choose at least one endpoint to listen on.":
        "Choisissez au moins un point d'accès sur lequel écouter.",
        "Demo server stopped": "Serveur de démo arrêté",
        "Stopped": "Arrêté",
        "Serving %1": "Sert %1",
    },
    "coapscope::LogPanel": {
        "All messages": "Tous les messages",
        "Warnings and errors": "Avertissements et erreurs",
        "Errors only": "Erreurs seulement",
        "Log level": "Niveau du journal",
        "C&lear": "&Vider",
        "Clear the log": "Vider le journal",
        "Log": "Journal",
        "Sho&w:": "Affic&her :",
    },
    "coapscope::DecoderPanel": {
        "Paste message bytes as hex, e.g. 40 01 04 d2 b4 74 65 6d 70":
        "Collez les octets du message en hexadécimal, p. ex. 40 01 04 d2 b4 74 65 6d 70",
        "Message bytes in hexadecimal": "Octets du message en hexadécimal",
        "Datagram (UDP, DTLS)": "Datagramme (UDP, DTLS)",
        "Stream frames (TCP, TLS)": "Trames de flux (TCP, TLS)",
        "Framing": "Tramage",
        "Field": "Champ",
        "Value": "Valeur",
        "Decoded message": "Message décodé",
        "Decoder status": "État du décodeur",
        "&Bytes:": "&Octets :",
        "&Framing:": "&Tramage :",
        "Nothing to decode yet.": "Rien à décoder pour l'instant.",
        "Not hex: %1": "Pas de l'hexadécimal : %1",
        "Malformed: %1": "Mal formé : %1",
        "Message": "Message",
        "Decoded %n byte(s).": (
            "%n octet décodé.",
            "%n octets décodés.",
        ),
        "Frame %1": "Trame %1",
        "Byte %1: the last frame is incomplete (%n byte(s) present).": (
            "Octet %1 : la dernière trame est incomplète (%n octet présent).",
            "Octet %1 : la dernière trame est incomplète (%n octets présents).",
        ),
        "Decoded %n frame(s).": (
            "%n trame décodée.",
            "%n trames décodées.",
        ),
        "Type": "Type",
        "Message ID": "ID de message",
        "Code": "Code",
        "Token": "Jeton",
        "(none)": "(aucun)",
        "Payload (%n byte(s))": (
            "Charge utile (%n octet)",
            "Charge utile (%n octets)",
        ),
    },
    "coapscope::FaultInjectionDialog": {
        "Fault Injection": "Injection de fautes",
        "Outgoing datagrams of %1 are lost, sent twice or held back, to watch retransmission and "
        "deduplication at work.":
        "Les datagrammes sortants de %1 sont perdus, envoyés deux fois ou retenus, pour voir la "
        "retransmission et la déduplication à l'œuvre.",
        " ms": " ms",
        "Drop rate": "Taux de perte",
        "Duplicate rate": "Taux de duplication",
        "Delay": "Délai",
        "&Drop:": "&Perte :",
        "D&uplicate:": "D&uplication :",
        "De&lay:": "Dé&lai :",
    },
    "coapscope::SettingsDialog": {
        "Settings": "Paramètres",
        "Transmission parameters (RFC 7252 §4.8)": "Paramètres de transmission (RFC 7252 §4.8)",
        "%1 bytes (libcoap's default)": "%1 octets (valeur par défaut de libcoap)",
        "New sessions and requests": "Nouvelles sessions et requêtes",
        " µs":
        " µs",
        "Never":
        "Jamais",
        "Busy polling limit":
        "Limite de l'interrogation active",
        "Busy polling":
        "Interrogation active",
        "&Poll sockets up to:":
        "&Interroger les sockets jusqu'à :",
        "While traffic comes closer together than this, sockets are polled instead of letting the application sleep: faster with servers on this host, at the cost of processor time. Applies to sessions and servers started from now on.":
        "Tant que le trafic arrive plus rapproché que cela, les sockets sont interrogés au lieu de laisser l'application s'endormir : plus rapide avec des serveurs sur cette machine, au prix de temps processeur. S'applique aux sessions et serveurs démarrés à partir de maintenant.",
    },
    "coapscope::Appearance": {
        "&Theme": "&Thème",
        "&System": "S&ystème",
        "&Light": "&Clair",
        "&Dark": "&Sombre",
    },
    "coapscope::ObservePanel": {
        "&Stop Observing": "Arrêter l'&observation",
        "Cancel": "Annuler",
        "Remove": "Retirer",
        "Send a GET with Observe ticked to watch a resource here.":
        "Envoyez un GET avec Observe coché pour suivre une ressource ici.",
        "Observations": "Observations",
        "Stop observing: deregister with the server":
        "Arrêter l'observation : se désinscrire auprès du serveur",
        "Cancel the observation at once": "Annuler l'observation immédiatement",
        "Remove the observation from the list": "Retirer l'observation de la liste",
        "waiting for the first notification": "en attente de la première notification",
        "Notifications of %1": "Notifications de %1",
        "observing": "en observation",
        "ended: %1": "terminée : %1",
        "ended with %1": "terminée par %1",
        "%1\n%n notification(s), %2": (
            "%1\n%n notification, %2",
            "%1\n%n notifications, %2",
        ),
    },
    "coapscope::ValuePlot": {
        "Plot of the notified values": "Courbe des valeurs notifiées",
        "The numeric payloads of the notifications over time.":
        "Les charges utiles numériques des notifications au fil du temps.",
        "Numeric notifications are plotted here.": "Les notifications numériques sont tracées ici.",
        "%1 s": "%1 s",
    },
    "coapscope::SecurityMenu": {
        "Client &Pre-Shared Key…": "Clé &pré-partagée du client…",
        "Client &Certificates…": "&Certificats du client…",
        "C&lear Client Security": "&Effacer la sécurité du client",
        "&Server Pre-Shared Keys…": "Clés pré-partagées du &serveur…",
        "Server C&ertificate…": "Cer&tificat du serveur…",
        "The identity and key new DTLS and TLS client sessions present":
        "L'identité et la clé que présentent les nouvelles sessions clientes DTLS et TLS",
        "The certificate, key and trust new DTLS and TLS client sessions use":
        "Le certificat, la clé et la confiance qu'utilisent les nouvelles sessions clientes DTLS "
        "et TLS",
        'Client pre-shared key set for identity "%1"; new DTLS and TLS sessions use it.':
        "Clé pré-partagée du client définie pour l'identité « %1 » ; les nouvelles sessions DTLS "
        "et TLS l'utilisent.",
        "Client certificates set; new DTLS and TLS sessions use them.":
        "Certificats du client définis ; les nouvelles sessions DTLS et TLS les utilisent.",
        "Client security cleared.": "Sécurité du client effacée.",
        "Server pre-shared keys set; restart the demo server to use them.":
        "Clés pré-partagées du serveur définies ; redémarrez le serveur de démo pour les utiliser.",
        "Server pre-shared keys set.": "Clés pré-partagées du serveur définies.",
        "Server certificate set; restart the demo server to use it.":
        "Certificat du serveur défini ; redémarrez le serveur de démo pour l'utiliser.",
        "Server certificate set.": "Certificat du serveur défini.",
    },
    "coapscope::ProfileLauncher": {
        "the MTU must be from %1 to %2 bytes, not %3":
        "la MTU doit être comprise entre %1 et %2 octets, pas %3",
        "the block size must be automatic or a power of two from 16 to 1024 bytes, not %1":
        "la taille de bloc doit être automatique ou une puissance de deux de 16 à 1024 octets, "
        "pas %1",
        "cannot open a session: %1": "impossible d'ouvrir une session : %1",
        'Profile "%1": session %2 opened, MTU %3': "Profil « %1 » : session %2 ouverte, MTU %3",
        "Connection &Profiles…": "Profils de c&onnexion…",
        "Ctrl+Shift+P": "Ctrl+Shift+P",
        "Saved URIs with their security and transmission parameters":
        "URI enregistrées avec leurs paramètres de sécurité et de transmission",
        "Connection profiles: %1": "Profils de connexion : %1",
        "Pre-Shared Key for %1": "Clé pré-partagée pour %1",
        "Certificates for %1": "Certificats pour %1",
        'Profile "%1": %2': "Profil « %1 » : %2",
    },
    "coapscope::UriComboBox": {
        "coap://host/path, e.g. coap://127.0.0.1/.well-known/core":
        "coap://hôte/chemin, p. ex. coap://127.0.0.1/.well-known/core",
    },
    "DemoText": {
        "GET /.well-known/core over %1: %2": "GET /.well-known/core sur %1 : %2",
        "GET /.well-known/core over %1 failed: %2": "Échec de GET /.well-known/core sur %1 : %2",
        "Cannot open the demo session: %1": "Impossible d'ouvrir la session de démo : %1",
    },
}
