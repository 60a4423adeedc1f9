// SPDX-License-Identifier: BSD-2-Clause
#include "sessiontext.h"

#include <QCoreApplication>

namespace coapscope::text {

namespace {
struct SessionText
{
    Q_DECLARE_TR_FUNCTIONS(SessionText)
};
} // namespace

QString roleText(SessionRole role)
{
    switch (role) {
    case SessionRole::Client:
        return SessionText::tr("Client");
    case SessionRole::Server:
        return SessionText::tr("Server");
    }
    return {};
}

QString stateText(SessionState state)
{
    switch (state) {
    case SessionState::Connecting:
        return SessionText::tr("Connecting");
    case SessionState::Handshaking:
        return SessionText::tr("Handshaking");
    case SessionState::ExchangingCapabilities:
        return SessionText::tr("Exchanging capabilities");
    case SessionState::Established:
        return SessionText::tr("Established");
    case SessionState::Idle:
        return SessionText::tr("Idle");
    case SessionState::Disconnected:
        return SessionText::tr("Disconnected");
    case SessionState::Closed:
        return SessionText::tr("Closed");
    }
    return {};
}

QString stateExplanation(SessionState state)
{
    switch (state) {
    case SessionState::Connecting:
        return SessionText::tr("The TCP connection is being opened.");
    case SessionState::Handshaking:
        return SessionText::tr("DTLS or TLS is negotiating security.");
    case SessionState::ExchangingCapabilities:
        return SessionText::tr(
            "The connection is up; waiting for the peer's Capabilities and Settings "
            "Message (CSM).");
    case SessionState::Established:
        return SessionText::tr("Messages can be exchanged.");
    case SessionState::Idle:
        return SessionText::tr(
            "A released server session in the free pool; it is revived if the peer "
            "returns and freed after the idle timeout.");
    case SessionState::Disconnected:
        return SessionText::tr(
            "The connection ended; a client session reconnects on its next request.");
    case SessionState::Closed:
        return SessionText::tr("The session has been freed.");
    }
    return {};
}

QString durationText(std::optional<qint64> milliseconds)
{
    if (!milliseconds)
        return QStringLiteral("—");
    if (*milliseconds < 1000)
        return SessionText::tr("%1 ms").arg(*milliseconds);
    return SessionText::tr("%1 s").arg(double(*milliseconds) / 1000.0, 0, 'f', 1);
}

QString tokenText(const QByteArray &token)
{
    if (token.isEmpty())
        return SessionText::tr("(empty)");
    return QString::fromLatin1(token.toHex());
}

} // namespace coapscope::text
