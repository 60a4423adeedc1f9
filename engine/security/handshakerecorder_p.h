// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "securityevent.h"

#include <QByteArray>
#include <QList>
#include <QMap>

#include <openssl/ssl.h>

#include <optional>

namespace coapscope {

class Clock;

// Everything OpenSSL's callbacks observe about one SSL object while it runs: the trace events,
// the alerts, the PSK hint, each peer certificate's verification result. Callbacks only record
// here; the owner reads it after each OpenSSL call returns, so no signal is ever emitted from
// inside OpenSSL.
class HandshakeRecorder
{
public:
    struct RefusedCertificate
    {
        int error; // X509_V_ERR_*
        int depth;
    };

    explicit HandshakeRecorder(const Clock &clock)
        : m_clock(clock)
    {}

    // Makes ssl's callbacks record here (the SSL's application data slot).
    void attach(SSL *ssl) { SSL_set_ex_data(ssl, 0, this); }
    static HandshakeRecorder *of(const SSL *ssl);
    // For SSL_CTX_set_msg_callback.
    static void onMessage(int isWrite, int version, int contentType, const void *buffer,
                          size_t length, SSL *ssl, void *argument);

    QList<SecurityEvent> takeEvents() { return std::exchange(m_events, {}); }
    // The key log lines OpenSSL produced, for tracers that embed them in a capture.
    void recordKeyLogLine(const char *line) { m_keyLogLines.append(QByteArray(line)); }
    QList<QByteArray> takeKeyLogLines() { return std::exchange(m_keyLogLines, {}); }
    void recordState(const QString &name);
    void recordSentAlert(quint8 level, quint8 description); // alerts we forge ourselves

    std::optional<quint8> receivedFatalAlert() const { return m_receivedFatalAlert; }
    std::optional<quint8> sentFatalAlert() const { return m_sentFatalAlert; }
    // The peer switched to encrypted records, sent an encrypted handshake record (its Finished),
    // yet no Finished came out: OpenSSL silently dropped a record that failed to authenticate.
    bool peerFinishedUndecryptable() const
    {
        return m_peerChangedCipherSpec && m_encryptedHandshakeRecordFromPeer &&
               !m_peerFinishedReceived;
    }

    QByteArray pskIdentityHint;   // the hint the client's PSK callback saw
    QMap<int, int> verifyResults; // depth → the first X509_V_ERR_* seen for it (0 for OK)
    std::optional<RefusedCertificate> refusedCertificate;

private:
    void record(SecurityEvent event);
    void recordHandshake(bool isWrite, const unsigned char *bytes, size_t length);
    void recordAlert(bool isWrite, const unsigned char *bytes, size_t length);
    void recordRecordHeader(bool isWrite, const unsigned char *bytes, size_t length);

    const Clock &m_clock;
    QList<SecurityEvent> m_events;
    QList<QByteArray> m_keyLogLines;
    std::optional<quint8> m_receivedFatalAlert;
    std::optional<quint8> m_sentFatalAlert;
    bool m_peerChangedCipherSpec = false;
    bool m_encryptedHandshakeRecordFromPeer = false;
    bool m_peerFinishedReceived = false;
};

} // namespace coapscope
