// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "certificateinfo.h"
#include "dtlsrole.h"

#include <QByteArray>
#include <QHash>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace coapscope {

// After libcoap's coap_dtls_cpsk_t: what a client presents.
struct PskClientSettings
{
    QByteArray identity; // non-empty
    QByteArray key;      // non-empty
};

// After libcoap's coap_dtls_spsk_t: a key per identity, else the default key; an identity with
// neither is unknown and the handshake fails with unknown_psk_identity.
struct PskServerSettings
{
    QByteArray hint; // sent in ServerKeyExchange when non-empty
    QByteArray defaultKey;
    QHash<QByteArray, QByteArray> keysByIdentity;
};

// A certificate chain (own certificate first) or a private key, from a file or from memory,
// PEM or DER (detected). Exactly one of the two is set.
struct PkiSource
{
    QString filePath;
    QByteArray data;

    static PkiSource fromFile(const QString &path) { return PkiSource{path, {}}; }
    static PkiSource fromMemory(const QByteArray &bytes) { return PkiSource{{}, bytes}; }
    bool isSet() const { return !filePath.isEmpty() || !data.isEmpty(); }
};

struct CertificateAndKey
{
    PkiSource certificateChain;
    PkiSource privateKey;

    bool isSet() const { return certificateChain.isSet() || privateKey.isSet(); }
};

// After libcoap's coap_dtls_pki_t.
struct PkiSettings
{
    CertificateAndKey own; // required for a server, optional for a client
    QString caFile;        // PEM, may hold several CAs
    QString caDirectory;   // hashed directory as made by openssl rehash
    bool verifyPeerCert = true;
    bool requirePeerCert = true; // server: demand a client certificate
    bool allowSelfSigned = false;
    bool allowExpiredCerts = false;
    bool certChainValidation = true;
    // Intermediate CAs allowed between the peer's certificate and the trust anchor (OpenSSL's
    // verify depth; libcoap's default 3).
    int certChainVerifyDepth = 3;
    bool checkCertRevocation = false;
    bool allowNoCrl = false;
    bool allowExpiredCrl = false;
    QString crlFile; // PEM
    // libcoap's validate_cn_call_back: called for every certificate of the peer's chain that
    // passed the other checks; returning false refuses it (NameMismatch).
    std::function<bool(const CertificateInfo &peer, int depth)> nameCheck;
    QString expectedHostName; // client: the peer's SAN/CN must match (DNS name or IP address)
    QString sni;              // client: the server name to send
    // Server: the certificate to present when the client asks for this name (case-insensitive).
    QHash<QString, CertificateAndKey> certificatesBySni;
};

// What is wrong with a SecuritySettings, for the UI to word.
struct SettingsProblem
{
    enum class Kind : quint8
    {
        NoCredentials, // nothing usable for this role
        EmptyIdentity,
        IdentityTooLong,
        IdentityHasNulByte, // OpenSSL passes identities as C strings
        EmptyKey,
        KeyTooLong,
        MissingCertificate, // a key without a certificate, or a server without either
        MissingPrivateKey,
        FileAndMemoryBothSet, // a PkiSource with both
        NoTrustAnchors,       // verification asked for without caFile or caDirectory
        BadVerifyDepth,
        BadHandshakeTimeout,
        BadLinkMtu,
    };
    Kind kind;
    QString field; // which setting: "pskClient.identity", "pki.own.privateKey", ...

    static QLatin1StringView kindId(Kind kind);
};

struct SecuritySettings
{
    std::optional<PskClientSettings> pskClient;
    std::optional<PskServerSettings> pskServer;
    std::optional<PkiSettings> pki;
    QString keyLogFile; // NSS key log lines are appended here (what SSLKEYLOGFILE names)
    int handshakeTimeoutMs = 30000; // 1+2+4+8+16 s of doubling retransmission timers
    int linkMtu = 1280;             // IP packet size handshake flights are fragmented to fit
    // OpenSSL cipher names to offer or accept instead of our default list.
    QStringList cipherSuites;
    // DTLS: offer (or, as a server, prefer) ChaCha20-Poly1305 suites last, for captures that
    // are to be decrypted: Wireshark up to 4.0 cannot decrypt them in DTLS (its nonce leaves
    // out the epoch). A peer that accepts nothing else still gets them.
    bool preferCaptureDecryptableSuites = false;

    std::optional<SettingsProblem> validate(DtlsRole role) const;
};

} // namespace coapscope
