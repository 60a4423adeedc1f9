// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "coaprequest.h"
#include "requesterror.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace coapscope {

class Session;

// The pending result of one request, in the spirit of QCoapReply. It emits finished() exactly
// once, after the response or the error. The caller owns it (deleteLater() from finished()
// is the usual way); deleting it early cancels the request.
class CoapReply : public QObject
{
    Q_OBJECT

public:
    ~CoapReply() override;

    const CoapRequest &request() const { return m_request; }
    // The request as sent, with its message ID and token; empty until it goes out.
    const Message &sentMessage() const { return m_sent; }

    bool isFinished() const { return m_finished; }
    const std::optional<Message> &response() const { return m_response; }
    const std::optional<RequestError> &error() const { return m_error; }

    // From first transmission to response, on the engine clock; -1 until there is a response.
    qint64 roundTripMs() const { return m_roundTripMs; }
    int retransmissions() const { return m_retransmissions; }

    void cancel();

    // Observations: whether notifications are coming, how many came, and a proactive end —
    // a GET with Observe 1 whose response finishes the reply.
    bool isObserving() const { return m_observing; }
    int notificationCount() const { return m_notifications; }
    void stopObserving();

signals:
    void finished();
    // Each notification of an observation, the first response included. stale is set for one
    // older than the last delivered (RFC 7641 §3.4): reordered, or a duplicate.
    void notification(const coapscope::Message &message, bool stale);
    // Block-wise transfers: bytes moved so far, and the total or -1 while it is unknown.
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void errorOccurred(const coapscope::RequestError &error);

private:
    friend class Session;
    CoapReply(Session *session, const CoapRequest &request);

    void complete(const Message &response, qint64 roundTripMs);
    void fail(const RequestError &error);
    // For failures found inside Session::send(): reported from the event loop, so that the
    // caller has connected to the signals by then.
    void failLater(const RequestError &error);

    QPointer<Session> m_session;
    CoapRequest m_request;
    Message m_sent;
    std::optional<Message> m_response;
    std::optional<RequestError> m_error;
    qint64 m_roundTripMs = -1;
    bool m_observing = false;
    int m_notifications = 0;
    int m_retransmissions = 0;
    bool m_finished = false;
};

} // namespace coapscope
