// SPDX-License-Identifier: BSD-2-Clause
#include "serverexchange.h"

#include "codec/optionnumber.h"
#include "session/session.h"

namespace coapscope {

ServerExchange::ServerExchange(Session *session, const Message &request)
    : m_session(session)
    , m_request(request)
{
    if (m_session) {
        m_session->reference();
        m_holdsReference = true;
    }
}

ServerExchange::~ServerExchange()
{
    releaseSession();
}

Session *ServerExchange::session() const
{
    return m_session;
}

SocketAddress ServerExchange::peer() const
{
    return m_session ? m_session->remoteAddress() : SocketAddress{};
}

void ServerExchange::respond(Message response)
{
    if (m_responded)
        return;
    m_responded = true;
    if (m_session) {
        response.setToken(m_request.tokenView());
        m_session->respond(m_request, response);
    }
    releaseSession();
}

void ServerExchange::respond(MessageCode code, QByteArrayView payload,
                             std::optional<quint16> contentFormat)
{
    Message response(MessageType::Acknowledgement, code);
    if (contentFormat)
        response.addUintOption(OptionNumber::ContentFormat, *contentFormat);
    response.setPayload(payload);
    respond(std::move(response));
}

void ServerExchange::deferResponse()
{
    if (m_responded || m_deferred)
        return;
    m_deferred = true;
    if (m_session)
        m_session->acknowledge(m_request);
}

void ServerExchange::reject()
{
    if (m_responded)
        return;
    m_responded = true;
    if (m_session)
        m_session->reject(m_request);
    releaseSession();
}

void ServerExchange::releaseSession()
{
    if (m_holdsReference && m_session)
        m_session->release();
    m_holdsReference = false;
}

} // namespace coapscope
