// SPDX-License-Identifier: BSD-2-Clause
#include "serverexchange.h"

#include "client/blocktransfer.h"
#include "codec/blockvalue.h"
#include "codec/optionnumber.h"
#include "codec/tcpframing.h"
#include "resource.h"
#include "session/context.h"
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
    if (!m_session) {
        releaseSession();
        return;
    }
    response.setToken(m_request.tokenView());
    if (!m_block1.isNull())
        response.setOption(OptionNumber::Block1, m_block1);
    if (m_notification) {
        const bool ends = !response.code().isSuccess();
        response.setType(m_confirmableNotification ? MessageType::Confirmable
                                                   : MessageType::NonConfirmable);
        if (!ends)
            response.setUintOption(OptionNumber::Observe, m_sequence);
        m_session->notify(shapeForBlockwise(std::move(response)));
        // RFC 7641 §4.2: a notification that is not 2.xx ends the observation.
        if (ends)
            m_session->context()->observers().remove(m_session, m_request.token());
    } else {
        handleObserveRegistration(response);
        m_session->respond(m_request, shapeForBlockwise(std::move(response)));
    }
    releaseSession();
}

void ServerExchange::setResource(const Resource *resource)
{
    m_resourcePath = resource ? std::optional<QByteArrayList>(resource->path()) : std::nullopt;
}

void ServerExchange::setNotification(quint32 sequence, bool confirmable)
{
    m_notification = true;
    m_sequence = sequence;
    m_confirmableNotification = confirmable;
}

// RFC 7641 §4.1: a successful GET with Observe 0 on an observable resource registers the
// client; Observe 1 removes it. Requests for a later block are not registrations.
void ServerExchange::handleObserveRegistration(Message &response)
{
    const auto observe = m_request.uintOption(OptionNumber::Observe);
    if (!observe || !m_resourcePath || m_request.code() != MessageCode::Get)
        return;
    const Resource *resource = m_session->context()->resources().find(*m_resourcePath);
    ObserverRegistry &observers = m_session->context()->observers();
    if (*observe == 1 || !resource || !resource->isObservable()) {
        observers.remove(m_session, m_request.token());
        return;
    }
    if (*observe != 0 || !response.code().isSuccess())
        return;
    BlockValue block;
    const auto block2 = m_request.option(OptionNumber::Block2);
    if (block2 && BlockValue::read(*block2, block) && block.number > 0)
        return;
    observers.add(*m_resourcePath, m_session, m_request);
    response.setUintOption(OptionNumber::Observe, observers.nextSequence(*m_resourcePath));
}

// RFC 7959 §2.4: a body larger than one block, or a request for a particular block, is
// answered one block at a time, sliced out of the whole representation.
Message ServerExchange::shapeForBlockwise(Message response) const
{
    BlockValue requestedBlock;
    const auto requested = m_request.option(OptionNumber::Block2);
    const bool blockRequested = requested && BlockValue::read(*requested, requestedBlock);
    const qsizetype limit = m_session->messageSizeLimit();
    const int fits = BlockTransfer::blockSizeFor(response, int(qMin<qsizetype>(limit, 65535)));
    int blockSize = fits;
    if (blockRequested && requestedBlock.blockSize() < blockSize)
        blockSize = requestedBlock.blockSize();
    const QByteArray body = response.payload();
    // A stream takes any message up to the peer's Max-Message-Size whole.
    const bool wholeFits = body.size() <= fits || (isReliable(m_session->protocol()) &&
                                                   TcpFraming::encodedSize(response) <= limit);
    if (!blockRequested && wholeFits)
        return response;
    if (!response.code().isSuccess())
        return response;

    const quint32 number =
        blockRequested ? quint32(requestedBlock.offset() / quint64(blockSize)) : 0;
    const qint64 offset = qint64(number) * blockSize;
    if (offset > 0 && offset >= body.size()) {
        Message outOfRange(response.type(), MessageCode::BadOption);
        outOfRange.setToken(response.tokenView());
        outOfRange.setPayload("block number beyond the end of the resource");
        return outOfRange;
    }
    const QByteArray chunk = body.mid(offset, blockSize);
    const bool more = offset + chunk.size() < body.size();
    response.setOption(
        OptionNumber::Block2,
        BlockValue{number, more, *BlockValue::szxForSize(blockSize)}.toOptionValue());
    if (number == 0 || m_request.hasOption(OptionNumber::Size2))
        response.setUintOption(OptionNumber::Size2, quint64(body.size()));
    response.setPayload(chunk);
    return response;
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
