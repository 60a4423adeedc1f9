// SPDX-License-Identifier: BSD-2-Clause
#include "handshakerecorder_p.h"
#include "securityerror.h"
#include "session/clock.h"

namespace coapscope {

namespace {

constexpr int recordHeaderLength = 13; // type, version, epoch, sequence number, length
constexpr quint8 handshakeContentType = 22;
constexpr quint8 finishedHandshakeType = 20;
constexpr quint8 fatalLevel = 2;

SecurityEvent::Direction directionOf(bool isWrite)
{
    return isWrite ? SecurityEvent::Direction::Sent : SecurityEvent::Direction::Received;
}

} // namespace

HandshakeRecorder *HandshakeRecorder::of(const SSL *ssl)
{
    return static_cast<HandshakeRecorder *>(SSL_get_ex_data(ssl, 0));
}

void HandshakeRecorder::onMessage(int isWrite, int version, int contentType, const void *buffer,
                                  size_t length, SSL *ssl, void *argument)
{
    Q_UNUSED(version);
    Q_UNUSED(argument);
    HandshakeRecorder *recorder = of(ssl);
    if (!recorder)
        return;
    const auto *bytes = static_cast<const unsigned char *>(buffer);
    switch (contentType) {
    case SSL3_RT_HANDSHAKE:
        recorder->recordHandshake(isWrite != 0, bytes, length);
        break;
    case SSL3_RT_CHANGE_CIPHER_SPEC:
        if (!isWrite)
            recorder->m_peerChangedCipherSpec = true;
        recorder->record({directionOf(isWrite != 0),
                          SecurityEvent::Kind::ChangeCipherSpec,
                          QStringLiteral("ChangeCipherSpec"),
                          {},
                          {},
                          {},
                          0});
        break;
    case SSL3_RT_ALERT:
        recorder->recordAlert(isWrite != 0, bytes, length);
        break;
    case SSL3_RT_HEADER:
        recorder->recordRecordHeader(isWrite != 0, bytes, length);
        break;
    default:
        break;
    }
}

void HandshakeRecorder::recordState(const QString &name)
{
    record(
        {SecurityEvent::Direction::Local, SecurityEvent::Kind::StateChanged, name, {}, {}, {}, 0});
}

void HandshakeRecorder::recordSentAlert(quint8 level, quint8 description)
{
    if (level == fatalLevel && !m_sentFatalAlert)
        m_sentFatalAlert = description;
    record({SecurityEvent::Direction::Sent,
            SecurityEvent::Kind::Alert,
            alertName(description),
            {},
            level,
            description,
            0});
}

void HandshakeRecorder::record(SecurityEvent event)
{
    event.clockMs = m_clock.now();
    m_events.append(std::move(event));
}

void HandshakeRecorder::recordHandshake(bool isWrite, const unsigned char *bytes, size_t length)
{
    if (length < 1)
        return;
    const quint8 type = bytes[0];
    if (!isWrite && type == finishedHandshakeType)
        m_peerFinishedReceived = true;
    record({directionOf(isWrite),
            SecurityEvent::Kind::HandshakeMessage,
            handshakeTypeName(type),
            type,
            {},
            {},
            0});
}

void HandshakeRecorder::recordAlert(bool isWrite, const unsigned char *bytes, size_t length)
{
    if (length < 2)
        return;
    const quint8 level = bytes[0];
    const quint8 description = bytes[1];
    if (level == fatalLevel) {
        std::optional<quint8> &slot = isWrite ? m_sentFatalAlert : m_receivedFatalAlert;
        if (!slot)
            slot = description;
    }
    record({directionOf(isWrite),
            SecurityEvent::Kind::Alert,
            alertName(description),
            {},
            level,
            description,
            0});
}

void HandshakeRecorder::recordRecordHeader(bool isWrite, const unsigned char *bytes, size_t length)
{
    if (isWrite || length < recordHeaderLength)
        return;
    const quint16 epoch = quint16(bytes[3] << 8 | bytes[4]);
    if (bytes[0] == handshakeContentType && epoch > 0)
        m_encryptedHandshakeRecordFromPeer = true;
}

} // namespace coapscope
