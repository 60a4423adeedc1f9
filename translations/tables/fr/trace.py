# SPDX-License-Identifier: BSD-2-Clause
"""French: the trace view, its decode tree and filter, the timeline (ladder diagram) and the
import and export of traces.

What CoapScope keeps is a "trace", as the main window's tab and File menu call it; a pcap or
pcapng file is a "capture"; the ladder diagram is a "diagramme en échelle", as telecom
engineers call call flows. The filter's keys and values (session:, dir:sent,
event:retransmission ...) are typed as they are, so the messages about them keep them in
English. A fragment glued to the text before it starts with "," rather than " ;", which the
check would refuse. The timeline's buttons take Alt+letters the menus and tabs leave free:
Session i, Zoom avant v, Zoom arrière m, Ajuster j.
"""

CONTEXTS = {
    "coapscope::TracePanel": {
        "&Follow new traffic": "&Suivre le nouveau trafic",
        "Trace filter": "Filtre de la trace",
        "Follow new traffic": "Suivre le nouveau trafic",
        "Datagrams shown": "Datagrammes affichés",
        "Trace": "Trace",
        "Selected datagram, decoded": "Datagramme sélectionné, décodé",
        "Selected datagram in hexadecimal": "Datagramme sélectionné en hexadécimal",
        "%1 of %2": "%1 sur %2",
        "Cancel": "Annuler",
        "Filter: session:3 dir:sent type:CON code:4.xx token:4f2a mid:0x1a2b path:/obs "
        "event:retransmission, and any words":
        "Filtre : session:3 dir:sent type:CON code:4.xx token:4f2a mid:0x1a2b path:/obs "
        "event:retransmission, et tout autre mot",
        "Keys: session, dir (sent, received), type (CON, NON, ACK, RST), code (2.05, GET, 4.xx), "
        "token (hex prefix), mid (decimal or 0x hex), path (/a/b and below), event "
        "(retransmission, duplicate, malformed, reset-sent, ...), proto. Other words search the "
        "decoded text of the rows the keys let through. Esc stops a search.":
        "Clés : session, dir (sent, received), type (CON, NON, ACK, RST), code (2.05, GET, "
        "4.xx), token (préfixe hexadécimal), mid (décimal ou hexadécimal en 0x), path (/a/b et "
        "en dessous), event (retransmission, duplicate, malformed, reset-sent, ...), proto. Les "
        "autres mots sont cherchés dans le texte décodé des lignes que les clés laissent passer. "
        "Échap arrête une recherche.",
        "Filter progress": "Progression du filtre",
        "Stop filtering": "Arrêter le filtrage",
        "Stop the search and show every datagram (Esc)":
        "Arrêter la recherche et afficher tous les datagrammes (Échap)",
        "filtering… %1%": "filtrage… %1 %",
        "filter stopped, all %n shown": (
            "filtre arrêté, %n datagramme affiché",
            "filtre arrêté, les %n affichés",
        ),
        "%n datagram(s)": (
            "%n datagramme",
            "%n datagrammes",
        ),
        "oldest %n datagram(s) dropped": (
            "%n datagramme le plus ancien écarté",
            "%n datagrammes les plus anciens écartés",
        ),
    },
    "TraceFilter": {
        '"%1" needs a value after the colon': "« %1 » attend une valeur après le deux-points",
        'session: "%1" is not a session number':
        "session : « %1 » n'est pas un numéro de session",
        'dir: use sent or received, not "%1"': "dir : utilisez sent ou received, pas « %1 »",
        'type: use CON, NON, ACK or RST, not "%1"':
        "type : utilisez CON, NON, ACK ou RST, pas « %1 »",
        'code: "%1" is not a code (2.05, GET, 4.xx)':
        "code : « %1 » n'est pas un code (2.05, GET, 4.xx)",
        'token: "%1" is not hexadecimal': "token : « %1 » n'est pas en hexadécimal",
        'token: "%1" has an odd number of hex digits':
        "token : « %1 » a un nombre impair de chiffres hexadécimaux",
        'token: "%1" is longer than 8 bytes': "token : « %1 » dépasse 8 octets",
        'mid: "%1" is not a message ID (0-65535 or 0x0-0xffff)':
        "mid : « %1 » n'est pas un ID de message (0-65535 ou 0x0-0xffff)",
        'event: "%1" is not an event (retransmission, duplicate, malformed, reset-sent, ...)':
        "event : « %1 » n'est pas un événement (retransmission, duplicate, malformed, "
        "reset-sent, ...)",
        'proto: use UDP, DTLS, TCP or TLS, not "%1"':
        "proto : utilisez UDP, DTLS, TCP ou TLS, pas « %1 »",
        'unknown filter key "%1" (use session, dir, type, code, token, mid, path, event, proto)':
        "clé de filtre inconnue « %1 » (utilisez session, dir, type, code, token, mid, path, "
        "event, proto)",
    },
    "coapscope::TraceDecodeTree": {
        "Record": "Enregistrement",
        "Content type": "Type de contenu",
        "Epoch": "Époque",
        "Sequence number": "Numéro de séquence",
        "Handshake type": "Type de handshake",
        "Alert level": "Niveau d'alerte",
        "fatal (2)": "fatale (2)",
        "warning (%1)": "avertissement (%1)",
        "Alert": "Alerte",
        "Encrypted fragment": "Fragment chiffré",
        "%n byte(s)": ("%n octet", "%n octets"),
        "Not a whole record": "Enregistrement incomplet",
        "Field": "Champ",
        "Value": "Valeur",
        "Bytes": "Octets",
        "%1 %2 %3": "%1 %2 %3",
        "sent to": "envoyé à",
        "received from": "reçu de",
        "session %1, %n byte(s)": (
            "session %1, %n octet",
            "session %1, %n octets",
        ),
        "Header": "En-tête",
        "Version": "Version",
        "Type": "Type",
        "Token length": "Longueur du jeton",
        "Length": "Longueur",
        "%1 (extended length follows)": "%1 (une longueur étendue suit)",
        "Extended length": "Longueur étendue",
        "options and payload: %n byte(s)": (
            "options et charge utile : %n octet",
            "options et charge utile : %n octets",
        ),
        "Code": "Code",
        "Message ID": "ID de message",
        "Token": "Jeton",
        "Delta, length": "Delta, longueur",
        "delta %1, length %2": "delta %1, longueur %2",
        "Extended delta": "Delta étendu",
        "(empty)": "(vide)",
        "Payload marker": "Marqueur de charge utile",
        "Payload": "Charge utile",
        "%n byte(s), %1": (
            "%n octet, %1",
            "%n octets, %1",
        ),
        "… %n more line(s)": (
            "… %n ligne de plus",
            "… %n lignes de plus",
        ),
        "Malformed": "Mal formé",
        "the bytes end inside a field": "les octets s'arrêtent au milieu d'un champ",
        "version is not 1": "la version n'est pas 1",
        "token length over 8 (reserved)": "longueur de jeton supérieure à 8 (réservée)",
        "option delta or length 15 (reserved) without a payload marker":
        "delta ou longueur d'option 15 (réservé) sans marqueur de charge utile",
        "payload marker with no payload after it":
        "marqueur de charge utile sans charge utile à sa suite",
        "bytes beyond the frame's length": "octets au-delà de la longueur de la trame",
        "; %n byte(s) not decoded": (
            ", %n octet non décodé",
            ", %n octets non décodés",
        ),
    },
    "coapscope::TraceFileActions": {
        "&Import Trace…": "&Importer une trace…",
        "E&xport Trace…": "E&xporter la trace…",
        "Ctrl+I": "Ctrl+I",
        "Read a pcap or pcapng capture into the trace view":
        "Lire une capture pcap ou pcapng dans la vue de la trace",
        "Ctrl+Shift+E": "Ctrl+Shift+E",
        "Write the captured traffic as pcapng, JSON or CSV":
        "Écrire le trafic capturé en pcapng, JSON ou CSV",
        "Cancel": "Annuler",
        "Import Trace": "Importer une trace",
        "Captures (*.pcapng *.pcap *.cap);;All files (*)":
        "Captures (*.pcapng *.pcap *.cap);;Tous les fichiers (*)",
        "Reading %1…": "Lecture de %1…",
        "%1 of %2": "%1 sur %2",
        "Cannot import %1: %2": "Impossible d'importer %1 : %2",
        "Import of %1 cancelled at byte %2 of %3; the %n datagram(s) read before are kept.": (
            "Import de %1 annulé à l'octet %2 sur %3 ; %n datagramme lu auparavant est conservé.",
            "Import de %1 annulé à l'octet %2 sur %3 ; les %n datagrammes lus auparavant sont "
            "conservés.",
        ),
        "Imported %n datagram(s) from %1": (
            "%n datagramme importé de %1",
            "%n datagrammes importés de %1",
        ),
        "%1 is damaged: %2. What came before was imported.":
        "%1 est endommagé : %2. Ce qui précédait a été importé.",
        "No CoAP found in %1's %n frame(s). If it uses other ports, import it again and name "
        "them.": (
            "Aucun CoAP trouvé dans %1 (%n trame). Si la capture utilise d'autres ports, "
            "importez-la à nouveau en les indiquant.",
            "Aucun CoAP trouvé dans %1 (%n trames). Si la capture utilise d'autres ports, "
            "importez-la à nouveau en les indiquant.",
        ),
        "Export Trace": "Exporter la trace",
        "Nothing has been captured yet. Turn on File ▸ Capture Traffic, then talk to a server.":
        "Rien n'a encore été capturé. Activez Fichier ▸ Capturer le trafic, puis dialoguez avec "
        "un serveur.",
        "pcapng for Wireshark (*.pcapng);;JSON, one object per datagram (*.json);;CSV (*.csv)":
        "pcapng pour Wireshark (*.pcapng);;JSON, un objet par datagramme (*.json);;CSV (*.csv)",
        "Writing %1…": "Écriture de %1…",
        "%1 of %Ln datagram(s)": (
            "%1 sur %Ln datagramme",
            "%1 sur %Ln datagrammes",
        ),
        "Export cancelled; %1 was left as it was.": "Export annulé ; %1 est resté tel quel.",
        "Trace of %n datagram(s) written to %1": (
            "Trace de %n datagramme écrite dans %1",
            "Trace de %n datagrammes écrite dans %1",
        ),
    },
    "coapscope::ImportPortsDialog": {
        "Import Trace": "Importer une trace",
        "CoAP is decoded on UDP port 5683, TCP ports 5683 and 5684, and wherever CoapScope's own "
        "captures say it is. Name other ports if %1 uses them.":
        "CoAP est décodé sur le port UDP 5683, sur les ports TCP 5683 et 5684, et partout où les "
        "captures de CoapScope lui-même l'indiquent. Indiquez d'autres ports si %1 en utilise.",
        "for example 15683, 25683": "par exemple 15683, 25683",
        "Extra CoAP ports": "Ports CoAP supplémentaires",
        "&Import": "&Importer",
        "Also decode UDP/TCP &ports:": "Décoder aussi les &ports UDP/TCP :",
    },
    "PortListInput": {
        "“%1” is not a port: ports are whole numbers from 1 to 65535, separated by commas":
        "« %1 » n'est pas un port : les ports sont des nombres entiers de 1 à 65535, séparés par "
        "des virgules",
    },
    "CaptureReadText": {
        "this is not a pcap or pcapng file": "ce n'est pas un fichier pcap ou pcapng",
        "the file is cut short": "le fichier est tronqué",
        "the file is damaged": "le fichier est endommagé",
        "the file uses a form CoapScope does not read":
        "le fichier utilise un format que CoapScope ne lit pas",
        "%1 at byte %2": "%1 à l'octet %2",
        "%1 at byte %2 (%3)": "%1 à l'octet %2 (%3)",
    },
    "coapscope::LadderPanel": {
        "Session shown in the ladder diagram": "Session affichée dans le diagramme en échelle",
        "No sessions yet": "Pas encore de session",
        "Se&ssion:": "Sess&ion :",
        "Zoom &In": "Zoom a&vant",
        "Zoom in (+, or Ctrl+wheel about the mouse)":
        "Zoom avant (+, ou Ctrl+molette autour de la souris)",
        "Zoom &Out": "Zoo&m arrière",
        "Zoom out (-)": "Zoom arrière (-)",
        "&Fit": "A&juster",
        "Fit the whole session into the view": "Ajuster toute la session à la vue",
        "Ctrl+0": "Ctrl+0",
        "Legend": "Légende",
        "Session %1 · %2 %3 ⇄ %4": "Session %1 · %2 %3 ⇄ %4",
        "request": "requête",
        "response": "réponse",
        "ACK, ping, signaling": "ACK, ping, signalisation",
        "RST, malformed": "RST, mal formé",
        "retransmission and its timeout": "retransmission et son délai d'attente",
        "CON and its ACK": "CON et son ACK",
        "request and separate response": "requête et réponse séparée",
        "block-wise transfer": "transfert par blocs",
    },
    "coapscope::LadderView": {
        "Ladder diagram": "Diagramme en échelle",
        "The datagrams of one session as arrows between this side and the peer, time flowing "
        "down. Up and Down select the previous or next datagram.":
        "Les datagrammes d'une session sous forme de flèches entre ce côté et le pair, le temps "
        "s'écoulant vers le bas. Haut et Bas sélectionnent le datagramme précédent ou suivant.",
        "Choose a session to see its datagrams as a ladder diagram.":
        "Choisissez une session pour voir ses datagrammes en diagramme en échelle.",
        "No datagrams in this session yet.": "Pas encore de datagramme dans cette session.",
    },
    "LadderPainter": {
        "⋮ %1 s": "⋮ %1 s",
        "timeout %1 s": "attente %1 s",
        ", %n block(s)": (
            ", %n bloc",
            ", %n blocs",
        ),
        "#%1 %2 %3%4": "#%1 %2 %3%4",
        "#%1": "#%1",
        "This side": "Ce côté",
        "Peer": "Pair",
        "time (s)": "temps (s)",
    },
    "coapscope::LadderLayout": {
        "malformed": "mal formé",
        "%n byte(s)": (
            "%n octet",
            "%n octets",
        ),
        "ping": "ping",
        "MID 0x%1": "MID 0x%1",
        "token %1": "jeton %1",
        "Obs register": "Obs inscription",
        "Obs deregister": "Obs désinscription",
        "Obs %1": "Obs %1",
        "block %1/%2": "bloc %1/%2",
        "block %1": "bloc %1",
        "separate response": "réponse séparée",
        "retransmission %1": "retransmission %1",
        "duplicate": "doublon",
        "%1 (+%2 s)": "%1 (+%2 s)",
        "Sent to %1": "Envoyé à %1",
        "Received from %1": "Reçu de %1",
        "Malformed: %1": "Mal formé : %1",
        "Engine: %1": "Moteur : %1",
        "Answered by %1 after %2 ms": "%1 en réponse après %2 ms",
        "First response after %1 ms": "Première réponse après %1 ms",
        "%1 ms after the first transmission": "%1 ms après la première transmission",
        "Block-wise transfer #%1": "Transfert par blocs #%1",
    },
    "coapscope::TraceModel": {
        "DTLS alert": "alerte DTLS",
        "DTLS handshake": "handshake DTLS",
    },
    "DtlsRecordText": {
        "Handshake %1": "Handshake %1",
        "Alert: fatal %1": "Alerte : fatale %1",
        "Alert: warning %1": "Alerte : avertissement %1",
        "encrypted %1": "%1 chiffré",
    },
}
