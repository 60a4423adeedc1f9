// SPDX-License-Identifier: BSD-2-Clause
#include "dtlsconnection.h"

#include "ciphersuite_p.h"
#include "datagrambio_p.h"
#include "dtlslogging_p.h"
#include "dtlsrecord_p.h"
#include "failureclassifier_p.h"
#include "handshakerecorder_p.h"
#include "sslcontext_p.h"

#include <QPointer>

#include <openssl/tls1.h>

namespace coapscope {

Q_LOGGING_CATEGORY(lcDtls, "coapscope.engine.dtls", QtInfoMsg)

namespace {

constexpr quint8 fatalLevel = 2;
constexpr int maxPlaintext = SSL3_RT_MAX_PLAIN_LENGTH;

QString stateName(DtlsConnection::State state)
{
    switch (state) {
    case DtlsConnection::State::Handshaking:
        return QStringLiteral("HandshakeStarted");
    case DtlsConnection::State::Established:
        return QStringLiteral("Established");
    case DtlsConnection::State::Failed:
        return QStringLiteral("Failed");
    case DtlsConnection::State::Closed:
        return QStringLiteral("Closed");
    }
    return {};
}

} // namespace

void DtlsConnection::SslDeleter::operator()(ssl_st *ssl) const
{
    SSL_free(ssl);
}

DtlsConnection::DtlsConnection(SslContext &context, ssl_st *ssl, const SocketAddress &peer,
                               const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_ssl(ssl)
    , m_recorder(std::make_unique<HandshakeRecorder>(clock))
    , m_peer(peer)
{
    m_recorder->attach(ssl);
    datagramBioState(SSL_get_rbio(ssl)).peer = peer;
    m_retransmissionTimer.setSingleShot(true);
    m_retransmissionTimer.setTimerType(Qt::PreciseTimer);
    m_handshakeTimer.setSingleShot(true);
    connect(&m_retransmissionTimer, &QTimer::timeout, this,
            &DtlsConnection::onRetransmissionTimeout);
    connect(&m_handshakeTimer, &QTimer::timeout, this, &DtlsConnection::onHandshakeTimeout);
}

DtlsConnection::~DtlsConnection()
{
    // OpenSSL's callbacks must not reach the recorder while the SSL is freed.
    SSL_set_ex_data(m_ssl.get(), 0, nullptr);
}

DtlsRole DtlsConnection::role() const
{
    return SSL_is_server(m_ssl.get()) ? DtlsRole::Server : DtlsRole::Client;
}

void DtlsConnection::startHandshake()
{
    m_recorder->recordState(stateName(State::Handshaking));
    m_handshakeTimer.start(m_context.settings().handshakeTimeoutMs);
    driveHandshake();
    armRetransmissionTimer();
    deliver();
}

void DtlsConnection::receiveDatagram(const QByteArray &ciphertext)
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    datagramBioState(SSL_get_rbio(m_ssl.get())).incoming.push_back(ciphertext);
    if (m_state == State::Handshaking)
        driveHandshake();
    else
        readApplicationData();
    armRetransmissionTimer();
    deliver();
}

bool DtlsConnection::sendDatagram(const QByteArray &plaintext)
{
    if (m_state != State::Established)
        return false;
    ERR_clear_error();
    const int written = SSL_write(m_ssl.get(), plaintext.constData(), int(plaintext.size()));
    if (written <= 0) {
        qCDebug(lcDtls) << m_peer.toString() << "SSL_write refused:" << takeOpenSslErrorText();
        return false;
    }
    deliver();
    return true;
}

void DtlsConnection::close()
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    if (m_state == State::Established) {
        ERR_clear_error();
        SSL_shutdown(m_ssl.get()); // our close_notify; we do not wait for the peer's
        ERR_clear_error();
    }
    finishClosing(false);
    deliver();
}

void DtlsConnection::driveHandshake()
{
    ERR_clear_error();
    const int result = SSL_do_handshake(m_ssl.get());
    if (result == 1) {
        becomeEstablished();
        readApplicationData(); // records that came with the last flight
        return;
    }
    const int error = SSL_get_error(m_ssl.get(), result);
    if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) {
        failOnUndecryptableFinished();
        return;
    }
    failFromOpenSsl();
}

void DtlsConnection::readApplicationData()
{
    QByteArray buffer(maxPlaintext, Qt::Uninitialized);
    while (m_state == State::Established) {
        ERR_clear_error();
        const int length = SSL_read(m_ssl.get(), buffer.data(), int(buffer.size()));
        if (length > 0) {
            m_received.append(buffer.left(length));
            continue;
        }
        const int error = SSL_get_error(m_ssl.get(), length);
        if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
            break;
        if (error == SSL_ERROR_ZERO_RETURN) {
            SSL_shutdown(m_ssl.get()); // answer the peer's close_notify with ours
            ERR_clear_error();
            finishClosing(true);
            break;
        }
        failFromOpenSsl();
    }
}

// OpenSSL's DTLS drops a record that fails to authenticate without a word (RFC 6347 §4.1.2.1
// allows it), so with AEAD suites a wrong PSK would look like a peer gone silent until the
// handshake timeout. The pattern is unmistakable though: the peer switched cipher state and sent
// its encrypted Finished, and nothing decrypted. We fail at once and tell the peer with a fatal
// bad_record_mac (what TLS itself sends), in cleartext since our own cipher state has not
// switched yet; its sequence number follows the last cleartext record we sent.
void DtlsConnection::failOnUndecryptableFinished()
{
    if (!m_recorder->peerFinishedUndecryptable())
        return;
    datagramBioState(SSL_get_rbio(m_ssl.get()))
        .outgoing.push_back(
            plaintextAlertRecord(m_nextCleartextSequence, fatalLevel, SSL3_AD_BAD_RECORD_MAC));
    m_recorder->recordSentAlert(fatalLevel, SSL3_AD_BAD_RECORD_MAC);
    const QString detail = QStringLiteral("the peer's Finished message did not authenticate");
    if (isPskHandshake())
        fail(SecurityError{SecurityError::Kind::WrongPreSharedKey, detail, SSL3_AD_BAD_RECORD_MAC});
    else
        fail(SecurityError{SecurityError::Kind::ProtocolError, detail, SSL3_AD_BAD_RECORD_MAC});
}

void DtlsConnection::becomeEstablished()
{
    m_state = State::Established;
    m_handshakeTimer.stop();
    m_recorder->recordState(stateName(State::Established));
    m_stateChanges.append(State::Established);
}

void DtlsConnection::fail(const SecurityError &error)
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    qCDebug(lcDtls) << m_peer.toString() << "failed:" << SecurityError::kindId(error.kind)
                    << error.detail;
    m_state = State::Failed;
    m_error = error;
    m_handshakeTimer.stop();
    m_retransmissionTimer.stop();
    m_recorder->recordState(stateName(State::Failed));
    m_stateChanges.append(State::Failed);
}

void DtlsConnection::failFromOpenSsl()
{
    const unsigned long code = ERR_peek_error();
    const QString text = takeOpenSslErrorText();
    fail(classifyFailure(*m_recorder, code, text, isPskHandshake()));
}

void DtlsConnection::finishClosing(bool byPeer)
{
    m_state = State::Closed;
    m_closedByPeer = byPeer;
    m_handshakeTimer.stop();
    m_retransmissionTimer.stop();
    m_recorder->recordState(stateName(State::Closed));
    m_stateChanges.append(State::Closed);
}

bool DtlsConnection::isPskHandshake() const
{
    if (const SSL_CIPHER *cipher = SSL_get_current_cipher(m_ssl.get()))
        return usesPreSharedKey(cipher);
    // Before the ServerHello: what this end offers.
    const SecuritySettings &settings = m_context.settings();
    const bool hasPsk = role() == DtlsRole::Client ? settings.pskClient.has_value()
                                                   : settings.pskServer.has_value();
    return hasPsk && !settings.pki;
}

void DtlsConnection::armRetransmissionTimer()
{
    timeval remaining = {};
    // DTLSv1_get_timeout() casts C-style; this is what it expands to.
    if (m_state == State::Failed || m_state == State::Closed ||
        SSL_ctrl(m_ssl.get(), DTLS_CTRL_GET_TIMEOUT, 0, &remaining) != 1) {
        m_retransmissionTimer.stop();
        return;
    }
    const qint64 ms = qint64(remaining.tv_sec) * 1000 + (qint64(remaining.tv_usec) + 999) / 1000;
    m_retransmissionTimer.start(std::chrono::milliseconds(ms));
}

void DtlsConnection::onRetransmissionTimeout()
{
    ERR_clear_error();
    // DTLSv1_handle_timeout(): resends the last flight and doubles the timer, or gives up.
    if (SSL_ctrl(m_ssl.get(), DTLS_CTRL_HANDLE_TIMEOUT, 0, nullptr) < 0) {
        fail(SecurityError{SecurityError::Kind::HandshakeTimeout, takeOpenSslErrorText(), {}});
    }
    armRetransmissionTimer();
    deliver();
}

void DtlsConnection::onHandshakeTimeout()
{
    if (m_state != State::Handshaking)
        return;
    fail(SecurityError{SecurityError::Kind::HandshakeTimeout,
                       QStringLiteral("no answer from the peer within %1 ms")
                           .arg(m_context.settings().handshakeTimeoutMs),
                       {}});
    deliver();
}

void DtlsConnection::noteSentRecords(const QByteArray &datagram)
{
    for (const DtlsRecordHeader &header : dtlsRecordHeaders(datagram)) {
        if (header.epoch == 0)
            m_nextCleartextSequence = qMax(m_nextCleartextSequence, header.sequence + 1);
    }
}

void DtlsConnection::deliver()
{
    const QPointer<DtlsConnection> alive(this);
    // The keys first, so a tracer can decrypt the records that follow.
    for (const QByteArray &line : m_recorder->takeKeyLogLines()) {
        emit keyLogLine(line);
        if (!alive)
            return;
    }
    std::deque<QByteArray> &outgoing = datagramBioState(SSL_get_rbio(m_ssl.get())).outgoing;
    while (!outgoing.empty()) {
        const QByteArray datagram = std::move(outgoing.front());
        outgoing.pop_front();
        noteSentRecords(datagram);
        emit datagramToSend(datagram);
        if (!alive)
            return;
    }
    for (const SecurityEvent &event : m_recorder->takeEvents()) {
        emit securityEvent(event);
        if (!alive)
            return;
    }
    for (const QByteArray &plaintext : std::exchange(m_received, {})) {
        emit datagramReceived(plaintext);
        if (!alive)
            return;
    }
    for (const State state : std::exchange(m_stateChanges, {})) {
        if (state == State::Established)
            emit established();
        else if (state == State::Failed)
            emit failed(*m_error);
        else if (state == State::Closed && m_closedByPeer)
            emit closedByPeer();
        if (!alive)
            return;
    }
}

} // namespace coapscope
