// SPDX-License-Identifier: BSD-2-Clause
#include "coapreply.h"

#include "session/session.h"

namespace coapscope {

CoapReply::CoapReply(Session *session, const CoapRequest &request)
    : m_session(session)
    , m_request(request)
{}

CoapReply::~CoapReply()
{
    if (!m_finished && m_session)
        m_session->forget(this);
}

void CoapReply::cancel()
{
    if (m_finished)
        return;
    if (m_session)
        m_session->cancel(this);
    else
        fail(RequestError{RequestError::Kind::Cancelled});
}

void CoapReply::stopObserving()
{
    if (!m_finished && m_observing && m_session)
        m_session->stopObserving(this);
}

void CoapReply::complete(const Message &response, qint64 roundTripMs)
{
    if (m_finished)
        return;
    m_finished = true;
    m_observing = false; // a finished reply carries no more notifications
    m_response = response;
    m_roundTripMs = roundTripMs;
    emit finished();
}

void CoapReply::fail(const RequestError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_observing = false;
    m_error = error;
    emit errorOccurred(error);
    emit finished();
}

void CoapReply::failLater(const RequestError &error)
{
    m_error = error; // readable at once; the signals follow
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (m_finished) // cancelled meanwhile: keep that outcome
                return;
            m_error.reset();
            fail(error);
        },
        Qt::QueuedConnection);
}

} // namespace coapscope
