// SPDX-License-Identifier: BSD-2-Clause
#include "tlsstreamtransport.h"

#include "security/certificateinfo_p.h"
#include "security/ciphersuite_p.h"
#include "security/opensslhandles_p.h"
#include "security/revocationcheck.h"
#include "tlsfailures_p.h"

#include <QSslCipher>
#include <QSslPreSharedKeyAuthenticator>

#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace coapscope {

namespace {

SecurityEvent stateEvent(const QString &name)
{
    SecurityEvent event;
    event.kind = SecurityEvent::Kind::StateChanged;
    event.name = name;
    return event;
}

// Qt 6 keeps its SSL objects to itself and names suites as OpenSSL does; a context of our own
// finds the suite's IANA name and record overhead.
const SSL_CIPHER *findTlsCipher(const QString &openSslName)
{
    static SSL_CTX *const context = [] {
        SSL_CTX *made = SSL_CTX_new(TLS_method());
        if (made)
            SSL_CTX_set_cipher_list(made, "ALL:@SECLEVEL=0");
        return made;
    }();
    if (!context)
        return nullptr;
    const QByteArray name = openSslName.toLatin1();
    const STACK_OF(SSL_CIPHER) *ciphers = SSL_CTX_get_ciphers(context);
    for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); ++i) {
        const SSL_CIPHER *cipher = sk_SSL_CIPHER_value(ciphers, i);
        if (name == SSL_CIPHER_get_name(cipher))
            return cipher;
    }
    return nullptr;
}

} // namespace

TlsStreamTransport::TlsStreamTransport(std::unique_ptr<QSslSocket> socket,
                                       std::shared_ptr<const TlsPolicy> policy, QObject *parent)
    : StreamTransport(std::move(socket), parent)
    , m_policy(std::move(policy))
{
    QSslSocket &ssl = sslSocket();
    ssl.setSslConfiguration(m_policy->configuration);
    if (!m_policy->peerVerifyName.isEmpty())
        ssl.setPeerVerifyName(m_policy->peerVerifyName);
    connect(&ssl, &QSslSocket::encrypted, this, &TlsStreamTransport::onEncrypted);
    connect(&ssl, &QSslSocket::sslErrors, this, &TlsStreamTransport::onSslErrors);
    connect(&ssl, &QSslSocket::preSharedKeyAuthenticationRequired, this,
            &TlsStreamTransport::onPreSharedKeyRequired);
    connect(&ssl, &QSslSocket::alertSent, this,
            [this](QSsl::AlertLevel level, QSsl::AlertType type, const QString &description) {
                onAlert(SecurityEvent::Direction::Sent, level, type, description);
            });
    connect(&ssl, &QSslSocket::alertReceived, this,
            [this](QSsl::AlertLevel level, QSsl::AlertType type, const QString &description) {
                onAlert(SecurityEvent::Direction::Received, level, type, description);
            });
    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        fail(SecurityError{
            SecurityError::Kind::HandshakeTimeout,
            QStringLiteral("no answer within %1 ms").arg(m_policy->handshakeTimeoutMs),
            std::nullopt});
    });
}

TlsStreamTransport::~TlsStreamTransport() = default;

QSslSocket &TlsStreamTransport::sslSocket()
{
    return static_cast<QSslSocket &>(socket());
}

void TlsStreamTransport::onConnected()
{
    beginHandshake();
}

void TlsStreamTransport::startServer()
{
    beginHandshake();
}

void TlsStreamTransport::beginHandshake()
{
    emit handshakeStarted();
    recordEvent(stateEvent(QStringLiteral("HandshakeStarted")));
    m_handshakeTimer.start(m_policy->handshakeTimeoutMs);
    if (m_policy->role == DtlsRole::Client)
        sslSocket().startClientEncryption();
    else
        sslSocket().startServerEncryption();
}

void TlsStreamTransport::onPreSharedKeyRequired(QSslPreSharedKeyAuthenticator *authenticator)
{
    if (m_policy->pskClient) {
        authenticator->setIdentity(m_policy->pskClient->identity);
        authenticator->setPreSharedKey(m_policy->pskClient->key);
        m_pskIdentity = m_policy->pskClient->identity;
        m_pskHint = authenticator->identityHint();
        return;
    }
    if (m_policy->pskServer) {
        m_pskIdentity = authenticator->identity();
        m_pskHint = m_policy->pskServer->hint;
        // An unknown identity gets no key, and OpenSSL answers unknown_psk_identity.
        authenticator->setPreSharedKey(m_policy->pskServer->keysByIdentity.value(
            m_pskIdentity, m_policy->pskServer->defaultKey));
    }
}

void TlsStreamTransport::onSslErrors(const QList<QSslError> &errors)
{
    m_verificationErrors = errors;
    QList<QSslError> refused;
    for (const QSslError &error : errors) {
        if (!tlsErrorIsForgiven(error.error(), *m_policy))
            refused.append(error);
    }
    if (refused.isEmpty()) {
        sslSocket().ignoreSslErrors(errors);
        return;
    }
    m_failure = SecurityError{kindOfTlsError(refused.first().error()),
                              refused.first().errorString(), std::nullopt};
}

void TlsStreamTransport::onAlert(SecurityEvent::Direction direction, QSsl::AlertLevel level,
                                 QSsl::AlertType type, const QString &description)
{
    const auto code = quint8(type);
    const bool fatal = level == QSsl::AlertLevel::Fatal;
    SecurityEvent event;
    event.direction = direction;
    event.kind = SecurityEvent::Kind::Alert;
    event.name = alertName(code);
    event.alertLevel = fatal ? 2 : 1;
    event.alertDescription = code;
    recordEvent(event);
    Q_UNUSED(description);
    if (!fatal)
        return;
    if (direction == SecurityEvent::Direction::Sent)
        m_fatalAlertSent = code;
    else
        m_fatalAlertReceived = code;
}

void TlsStreamTransport::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_encrypted && (error == QAbstractSocket::SslHandshakeFailedError ||
                         error == QAbstractSocket::SslInternalError ||
                         error == QAbstractSocket::RemoteHostClosedError ||
                         error == QAbstractSocket::SslInvalidUserDataError)) {
        m_handshakeTimer.stop();
        const SecurityError failure =
            m_failure ? *m_failure
                      : classifyTlsFailure(m_fatalAlertReceived, m_fatalAlertSent,
                                           m_policy->pskClient || m_policy->pskServer,
                                           socket().errorString());
        m_failure = failure;
        recordEvent(stateEvent(QStringLiteral("Failed")));
        emit securityFailed(failure);
    }
    StreamTransport::onSocketError(error);
}

void TlsStreamTransport::fail(const SecurityError &error)
{
    m_handshakeTimer.stop();
    m_failure = error;
    recordEvent(stateEvent(QStringLiteral("Failed")));
    emit securityFailed(error);
    abort();
}

void TlsStreamTransport::onEncrypted()
{
    m_handshakeTimer.stop();
    const SecurityInfo info = describeSession();
    if (auto refused = checkAfterHandshake(info)) {
        fail(*refused);
        return;
    }
    m_encrypted = true;
    recordEvent(stateEvent(QStringLiteral("Established")));
    emit secured(info);
    announceReady();
}

SecurityInfo TlsStreamTransport::describeSession() const
{
    auto &ssl = const_cast<TlsStreamTransport *>(this)->sslSocket();
    SecurityInfo info;
    switch (ssl.sessionProtocol()) {
    case QSsl::TlsV1_2:
        info.protocolVersion = QStringLiteral("TLSv1.2");
        break;
    case QSsl::TlsV1_3:
        info.protocolVersion = QStringLiteral("TLSv1.3");
        break;
    default:
        info.protocolVersion = QStringLiteral("TLS");
        break;
    }
    info.openSslCipherName = ssl.sessionCipher().name();
    if (const SSL_CIPHER *cipher = findTlsCipher(info.openSslCipherName)) {
        info.cipherSuite = QString::fromLatin1(SSL_CIPHER_standard_name(cipher));
        // A TLS record header is 5 bytes where DTLS's is 13.
        info.recordOverhead = qMax(0, dtlsRecordOverhead(cipher) - 8);
    }
    info.pskIdentity = m_pskIdentity;
    info.pskIdentityHint = m_pskHint;
    if (m_policy->role == DtlsRole::Client)
        info.serverName = m_policy->peerVerifyName;
    for (const QSslCertificate &certificate : ssl.peerCertificateChain()) {
        int verifyResult = 0;
        for (const QSslError &error : m_verificationErrors) {
            if (error.certificate() == certificate) {
                verifyResult = x509CodeOfTlsError(error.error());
                break;
            }
        }
        const QByteArray der = certificate.toDer();
        const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
        if (const X509Ptr x509{d2i_X509(nullptr, &cursor, der.size())})
            info.peerCertificates.append(certificateInfo(x509.get(), verifyResult));
    }
    return info;
}

std::optional<SecurityError> TlsStreamTransport::checkAfterHandshake(const SecurityInfo &info) const
{
    if (m_policy->nameCheck) {
        for (int depth = 0; depth < info.peerCertificates.size(); ++depth) {
            if (!m_policy->nameCheck(info.peerCertificates.at(depth), depth)) {
                return SecurityError{SecurityError::Kind::NameMismatch,
                                     QStringLiteral("refused by the name check: %1")
                                         .arg(info.peerCertificates.at(depth).subject),
                                     std::nullopt};
            }
        }
    }
    if (m_policy->checkRevocation) {
        QByteArrayList chain;
        auto &ssl = const_cast<TlsStreamTransport *>(this)->sslSocket();
        for (const QSslCertificate &certificate : ssl.peerCertificateChain())
            chain.append(certificate.toDer());
        if (auto revoked = checkRevocation(chain, *m_policy))
            return revoked;
    }
    return std::nullopt;
}

void TlsStreamTransport::recordEvent(SecurityEvent event)
{
    emit securityEvent(event);
}

} // namespace coapscope
