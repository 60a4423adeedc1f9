// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QLatin1StringView>
#include <QMetaType>
#include <QString>

#include <optional>

namespace coapscope {

// One step of a DTLS conversation for the trace: a handshake message, a ChangeCipherSpec, an
// alert, or a change of the session's state. Handshake messages appear again when retransmitted.
struct SecurityEvent
{
    enum class Direction : quint8
    {
        Sent,
        Received,
        Local, // state changes
    };
    enum class Kind : quint8
    {
        HandshakeMessage, // name: "ClientHello", "HelloVerifyRequest", ...
        ChangeCipherSpec,
        Alert,        // name: the alert's description ("decrypt_error")
        StateChanged, // name: "HandshakeStarted", "Established", "Failed", "Closed"
    };

    Direction direction = Direction::Local;
    Kind kind = Kind::StateChanged;
    QString name;
    std::optional<quint8> handshakeType;    // HandshakeType code for HandshakeMessage
    std::optional<quint8> alertLevel;       // 1 warning, 2 fatal
    std::optional<quint8> alertDescription; // AlertDescription code
    qint64 clockMs = 0;                     // the engine clock (Clock::now())

    static QLatin1StringView kindId(Kind kind);
    static QLatin1StringView directionId(Direction direction);
};

// The RFC 5246 / RFC 6347 name of a handshake message type ("ServerHelloDone"), or
// "HandshakeType<code>" for codes without one.
QString handshakeTypeName(quint8 type);

} // namespace coapscope

Q_DECLARE_METATYPE(coapscope::SecurityEvent)
