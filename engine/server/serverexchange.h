// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/message.h"
#include "session/socketaddress.h"

#include <QByteArrayList>
#include <QPointer>

#include <optional>

namespace coapscope {

class Context;
class Resource;
class Session;

// One request being served. A handler answers at once with respond(), or calls
// deferResponse() (an empty ACK goes out now) and responds later from anywhere on the engine's
// thread. The exchange holds a reference on its session until it has responded, so a deferred
// answer keeps its session out of the free pool.
class ServerExchange
{
public:
    ServerExchange(Session *session, const Message &request);
    ServerExchange(const ServerExchange &) = delete;
    ServerExchange &operator=(const ServerExchange &) = delete;
    ~ServerExchange();

    const Message &request() const { return m_request; }
    Session *session() const;
    SocketAddress peer() const;

    // Sends response with the request's token: piggybacked on the ACK when the request still
    // awaits one, otherwise as a separate message. Only the first call counts.
    void respond(Message response);
    void respond(MessageCode code, QByteArrayView payload = {},
                 std::optional<quint16> contentFormat = std::nullopt);
    void deferResponse();
    // Rejects the request with a RST instead of answering (RFC 7252 §4.2, §4.3).
    void reject();

    // Set by dispatch: the resource the request reached, for observe registrations.
    void setResource(const Resource *resource);
    // Makes respond() send a notification with this Observe value, instead of a response.
    void setNotification(quint32 sequence, bool confirmable);
    bool isNotification() const { return m_notification; }

    // The Block1 option that acknowledges the last block of an upload; respond() adds it.
    void setUploadAcknowledgement(const QByteArray &block1) { m_block1 = block1; }

    bool hasResponded() const { return m_responded; }
    bool isDeferred() const { return m_deferred; }

private:
    void releaseSession();

    QPointer<Session> m_session;
    Message shapeForBlockwise(Message response) const;
    void handleObserveRegistration(Message &response);

    Message m_request;
    QByteArray m_block1;
    // The path, not a pointer: the resource may be replaced or removed while we wait.
    std::optional<QByteArrayList> m_resourcePath;
    bool m_notification = false;
    bool m_confirmableNotification = false;
    quint32 m_sequence = 0;
    bool m_responded = false;
    bool m_deferred = false;
    bool m_holdsReference = false;
};

} // namespace coapscope
