# SPDX-License-Identifier: BSD-2-Clause
"""French: table headers and log lines of the models behind the views (ui/models)."""

CONTEXTS = {
    "coapscope::DelayQueueModel": {
        "Token": "Jeton",
        "Code": "Code",
        "Waiting for": "En attente de",
    },
    "coapscope::LogModel": {
        "Info": "Info",
        "Warning": "Avertissement",
        "Error": "Erreur",
        "Time": "Heure",
        "Level": "Niveau",
        "Session": "Session",
        "Message": "Message",
    },
    "coapscope::NotificationModel": {
        "—": "—",
        "stale: older than one already shown": "périmée : plus ancienne qu'une déjà affichée",
        "Sequence": "Séquence",
        "Arrived": "Arrivée",
        "Code": "Code",
        "Payload": "Charge utile",
        "Note": "Remarque",
    },
    "coapscope::SendQueueModel": {
        "MID": "MID",
        "Token": "Jeton",
        "Code": "Code",
        "Retransmissions": "Retransmissions",
        "Next retransmission in": "Prochaine retransmission dans",
    },
    "coapscope::SessionActivityLog": {
        "Session %1 freed": "Session %1 libérée",
        "%1 session %2 opened: %3": "Session %2 (%1) ouverte : %3",
        "Session %1: %2 established with %3 (%4)": "Session %1 : %2 établi avec %3 (%4)",
        "Session %1 established": "Session %1 établie",
        "Session %1: %2 handshake failed: %3": "Session %1 : échec de la négociation %2 : %3",
        "Session %1: %2": "Session %1 : %2",
        "Session %1 disconnected": "Session %1 déconnectée",
        "Session %1 released to 0; waiting in the free pool":
        "Session %1 relâchée à 0 ; en attente dans la réserve de sessions libres",
    },
    "coapscope::SessionTableModel": {
        "The session's reference count: a client session is freed at 0, a server session goes to "
        "the free pool.":
        "Le compteur de références de la session : une session cliente est libérée à 0, une "
        "session serveur rejoint la réserve de sessions libres.",
        "The largest datagram, excluding IP and UDP headers.":
        "Le plus grand datagramme, sans les en-têtes IP et UDP.",
        "Room for token, options and payload in one message.":
        "La place pour le jeton, les options et la charge utile dans un message.",
        "Confirmable messages waiting for their acknowledgement.":
        "Messages confirmables en attente de leur acquittement.",
        "Requests held back until NSTART allows them or the peer's capabilities arrive (libcoap's "
        "delay queue).":
        "Requêtes retenues jusqu'à ce que NSTART les autorise ou que les capacités du pair "
        "arrivent (la delay queue de libcoap).",
        "ID": "ID",
        "Context": "Contexte",
        "Role": "Rôle",
        "Protocol": "Protocole",
        "State": "État",
        "Local": "Local",
        "Remote": "Distant",
        "Refs": "Réf.",
        "MTU": "MTU",
        "Max PDU": "PDU max.",
        "Send queue": "File d'envoi",
        "Receive queue": "File de réception",
        "Description": "Description",
    },
    "coapscope::TraceModel": {
        "received": "reçu",
        "sent": "envoyé",
        "Time": "Heure",
        "Session": "Session",
        "Direction": "Sens",
        "Protocol": "Protocole",
        "Type": "Type",
        "Code": "Code",
        "MID": "MID",
        "Token": "Jeton",
        "Options": "Options",
        "Size": "Taille",
        "Event": "Événement",
    },
    "coapscope::Workspace": {
        "Cannot listen for %1 on %2: %3": "Impossible d'écouter pour %1 sur %2 : %3",
        "Cannot resolve %1: %2": "Impossible de résoudre %1 : %2",
    },
    "coapscope::ProfileSecrets": {
        'Cannot keep the %1 of "%2" in the keychain':
        "Impossible de conserver %1 de « %2 » dans le trousseau",
        'Cannot remove the %1 of "%2" from the keychain':
        "Impossible de retirer %1 de « %2 » du trousseau",
        'Cannot move the %1 of "%2" to "%3" in the keychain':
        "Impossible de déplacer %1 de « %2 » vers « %3 » dans le trousseau",
        'Cannot read the %1 of "%2" from the keychain: %3':
        "Impossible de lire %1 de « %2 » depuis le trousseau : %3",
        "%1: %2.": "%1 : %2.",
    },
}
