// SPDX-License-Identifier: BSD-2-Clause
#pragma once

// Shared pieces of the DTLS tests: both ends in one process, each a DtlsTransport over a real
// UDP socket on 127.0.0.1, and what each end reported.

#include "security/dtlstransport.h"
#include "testcertificates.h"
#include "transport/udptransport.h"

#include <QTest>

namespace dtlstest {

using namespace coapscope;

inline const SocketAddress loopbackAnyPort{QHostAddress(QHostAddress::LocalHost), 0};

// Passes everything through and keeps a copy of each datagram sent (ciphertext, when under DTLS).
class RecordingTransport final : public DatagramTransport
{
public:
    explicit RecordingTransport(DatagramTransport *inner)
        : m_inner(inner)
    {
        inner->setParent(this);
        connect(inner, &DatagramTransport::datagramReceived, this,
                &DatagramTransport::datagramReceived);
        connect(inner, &DatagramTransport::errorOccurred, this, &DatagramTransport::errorOccurred);
    }
    Expected<SocketAddress, TransportError> bind(const SocketAddress &local) override
    {
        return m_inner->bind(local);
    }
    SocketAddress localAddress() const override { return m_inner->localAddress(); }
    bool isOpen() const override { return m_inner->isOpen(); }
    void send(const QByteArray &datagram, const SocketAddress &to) override
    {
        sent.append(datagram);
        m_inner->send(datagram, to);
    }
    void close() override { m_inner->close(); }

    QList<QByteArray> sent;

private:
    DatagramTransport *m_inner;
};

// Everything one DtlsTransport reported, in order.
struct Observed
{
    QList<SocketAddress> started;
    QList<SecurityInfo> established;
    QList<SecurityError> failures;
    QList<QByteArray> received;
    QList<SocketAddress> receivedFrom;
    QList<SecurityEvent> events;
    QList<SocketAddress> closed;

    qsizetype count(SecurityEvent::Direction direction, const QString &name) const
    {
        return std::count_if(events.cbegin(), events.cend(), [&](const SecurityEvent &event) {
            return event.direction == direction && event.name == name;
        });
    }
};

inline void observe(DtlsTransport *transport, Observed &observed)
{
    QObject::connect(transport, &DtlsTransport::handshakeStarted, transport,
                     [&observed](const SocketAddress &peer) { observed.started.append(peer); });
    QObject::connect(transport, &DtlsTransport::established, transport,
                     [&observed](const SocketAddress &, const SecurityInfo &info) {
                         observed.established.append(info);
                     });
    QObject::connect(transport, &DtlsTransport::securityFailed, transport,
                     [&observed](const SocketAddress &, const SecurityError &error) {
                         observed.failures.append(error);
                     });
    QObject::connect(transport, &DatagramTransport::datagramReceived, transport,
                     [&observed](const QByteArray &datagram, const SocketAddress &from) {
                         observed.received.append(datagram);
                         observed.receivedFrom.append(from);
                     });
    QObject::connect(transport, &DtlsTransport::securityEvent, transport,
                     [&observed](const SocketAddress &, const SecurityEvent &event) {
                         observed.events.append(event);
                     });
    QObject::connect(transport, &DtlsTransport::peerClosed, transport,
                     [&observed](const SocketAddress &peer) { observed.closed.append(peer); });
}

// A DtlsTransport over UDP on 127.0.0.1 (a free port), owned by parent; nullptr and a message
// in error when the settings are refused or the socket cannot bind.
inline DtlsTransport *makeDtls(const SecuritySettings &settings, DtlsRole role, const Clock &clock,
                               QObject *parent, QString *error = nullptr,
                               RecordingTransport **recorder = nullptr)
{
    auto *recording = new RecordingTransport(new UdpTransport);
    if (recorder)
        *recorder = recording;
    auto created = DtlsTransport::create(recording, settings, role, clock, parent);
    if (!created) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(SecurityError::kindId(created.error().kind),
                                                  created.error().detail);
        return nullptr;
    }
    if (!(*created)->bind(loopbackAnyPort)) {
        if (error)
            *error = QStringLiteral("bind failed");
        return nullptr;
    }
    return *created;
}

// A client and a server, each over a recorded UDP socket, watched; nullptr members (and a
// warning) when either cannot be made.
struct Pair
{
    DtlsTransport *client = nullptr;
    DtlsTransport *server = nullptr;
    RecordingTransport *clientWire = nullptr;
    RecordingTransport *serverWire = nullptr;
};

inline Pair makePair(const SecuritySettings &clientSettings, const SecuritySettings &serverSettings,
                     const Clock &clock, QObject *parent, Observed &clientSeen,
                     Observed &serverSeen)
{
    Pair pair;
    QString error;
    pair.server =
        makeDtls(serverSettings, DtlsRole::Server, clock, parent, &error, &pair.serverWire);
    if (!pair.server)
        qWarning("server: %s", qPrintable(error));
    pair.client =
        makeDtls(clientSettings, DtlsRole::Client, clock, parent, &error, &pair.clientWire);
    if (!pair.client)
        qWarning("client: %s", qPrintable(error));
    if (pair.server)
        observe(pair.server, serverSeen);
    if (pair.client)
        observe(pair.client, clientSeen);
    return pair;
}

inline bool hasEvent(const Observed &observed, SecurityEvent::Direction direction, const char *name)
{
    return observed.count(direction, QString::fromLatin1(name)) > 0;
}

inline SecuritySettings pskClient(const QByteArray &identity = "client-1",
                                  const QByteArray &key = "secret-key-1")
{
    SecuritySettings settings;
    settings.pskClient = PskClientSettings{identity, key};
    return settings;
}

inline SecuritySettings pskServer()
{
    SecuritySettings settings;
    PskServerSettings psk;
    psk.hint = "coapscope-hint";
    psk.keysByIdentity.insert("client-1", "secret-key-1");
    psk.keysByIdentity.insert("client-2", "another-key-2");
    settings.pskServer = psk;
    return settings;
}

inline CertificateAndKey certificateFiles(const TestCertificates &certificates, const QString &name)
{
    return CertificateAndKey{PkiSource::fromFile(certificates.path(name + QStringLiteral(".pem"))),
                             PkiSource::fromFile(certificates.path(name + QStringLiteral(".key")))};
}

// A server presenting name.pem and demanding a client certificate from the test CA.
inline SecuritySettings pkiServer(const TestCertificates &certificates,
                                  const QString &name = QStringLiteral("server"))
{
    SecuritySettings settings;
    PkiSettings pki;
    pki.own = certificateFiles(certificates, name);
    pki.caFile = certificates.path(QStringLiteral("ca.pem"));
    settings.pki = pki;
    return settings;
}

// A client with client.pem trusting the test CA.
inline SecuritySettings pkiClient(const TestCertificates &certificates)
{
    SecuritySettings settings;
    PkiSettings pki;
    pki.own = certificateFiles(certificates, QStringLiteral("client"));
    pki.caFile = certificates.path(QStringLiteral("ca.pem"));
    settings.pki = pki;
    return settings;
}

} // namespace dtlstest
