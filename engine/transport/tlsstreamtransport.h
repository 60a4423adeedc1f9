// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/tlspolicy.h"
#include "streamtransport.h"

#include <QSslError>
#include <QSslSocket>
#include <QTimer>

#include <memory>

class QSslPreSharedKeyAuthenticator;

namespace coapscope {

// CoAP over TLS (RFC 8323 §4): a QSslSocket negotiating as the policy says, with pre-shared
// keys or certificates. Failures are classified as precisely as Qt reports them; ready() comes
// only after the handshake and the checks Qt leaves to us (name hook, CRL) have passed.
class TlsStreamTransport final : public StreamTransport
{
    Q_OBJECT

public:
    TlsStreamTransport(std::unique_ptr<QSslSocket> socket, std::shared_ptr<const TlsPolicy> policy,
                       QObject *parent = nullptr);
    ~TlsStreamTransport() override;

    void startServer() override;

protected:
    void onConnected() override;

private:
    QSslSocket &sslSocket();
    void beginHandshake();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onPreSharedKeyRequired(QSslPreSharedKeyAuthenticator *authenticator);
    void onAlert(SecurityEvent::Direction direction, QSsl::AlertLevel level, QSsl::AlertType type,
                 const QString &description);
    void onSocketError(QAbstractSocket::SocketError error);
    void fail(const SecurityError &error);
    SecurityInfo describeSession() const;
    std::optional<SecurityError> checkAfterHandshake(const SecurityInfo &info) const;
    void recordEvent(SecurityEvent event);

    std::shared_ptr<const TlsPolicy> m_policy;
    QTimer m_handshakeTimer;
    std::optional<SecurityError> m_failure;
    std::optional<quint8> m_fatalAlertSent;
    std::optional<quint8> m_fatalAlertReceived;
    QList<QSslError> m_verificationErrors;
    QByteArray m_pskIdentity;
    QByteArray m_pskHint;
    bool m_encrypted = false;
};

} // namespace coapscope
