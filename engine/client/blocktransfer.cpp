// SPDX-License-Identifier: BSD-2-Clause
#include "blocktransfer.h"

#include "codec/blockvalue.h"
#include "codec/optionnumber.h"
#include "codec/udpcodec.h"

namespace coapscope {

namespace N = OptionNumber;

namespace {

quint8 szxOf(int blockSize)
{
    return BlockValue::szxForSize(blockSize).value_or(6);
}

} // namespace

BlockTransfer::BlockTransfer(const Message &request, int blockSize, bool askForBlockSize)
    : m_request(request)
    , m_uploadBody(request.payload())
    , m_blockSize(blockSize)
    , m_askForBlockSize(askForBlockSize)
{
    m_request.setPayload({});
}

int BlockTransfer::blockSizeFor(const Message &request, int mtu, int preferred)
{
    Message probe = request;
    probe.setPayload({});
    // Room for the token the session adds, Block1/Block2 and Size1 and the payload marker.
    const qsizetype overhead = UdpCodec::encodedSize(probe) + Message::MaxTokenLength + 4 + 5 + 1;
    int size = 1024;
    while (size > 16 && (size > preferred || overhead + size > mtu))
        size /= 2;
    return size;
}

Message BlockTransfer::firstRequest()
{
    if (isUpload())
        return uploadBlock(0);
    Message request = m_request;
    request.setPayload(m_uploadBody);
    m_uploadDone = true;
    if (m_askForBlockSize) // early negotiation (RFC 7959 §2.4)
        request.setOption(N::Block2, BlockValue{0, false, szxOf(m_blockSize)}.toOptionValue());
    return request;
}

Message BlockTransfer::uploadBlock(quint32 number)
{
    const qint64 offset = qint64(number) * m_blockSize;
    const QByteArray chunk = m_uploadBody.mid(offset, m_blockSize);
    const bool more = offset + chunk.size() < m_uploadBody.size();
    Message request = m_request;
    request.setOption(N::Block1, BlockValue{number, more, szxOf(m_blockSize)}.toOptionValue());
    if (number == 0)
        request.setUintOption(N::Size1, quint64(m_uploadBody.size()));
    request.setPayload(chunk);
    m_uploadNumber = number;
    return request;
}

Message BlockTransfer::downloadRequest(quint32 number) const
{
    Message request = m_request;
    request.removeOptions(N::Block1);
    request.removeOptions(N::Size1);
    request.setOption(N::Block2, BlockValue{number, false, szxOf(m_blockSize)}.toOptionValue());
    return request;
}

BlockTransfer::Step BlockTransfer::fail(RequestError::Kind kind) const
{
    return Step{Step::Kind::Fail, Message(), RequestError(kind)};
}

BlockTransfer::Step BlockTransfer::onResponse(const Message &response)
{
    // Uploading: the server acknowledges each block (2.31), may ask for smaller ones (4.13, or
    // a smaller SZX in its Block1), and answers the last one with the real response.
    if (!m_uploadDone) {
        BlockValue acknowledgedBlock;
        const auto block1 = response.option(N::Block1);
        const bool hasBlock1 = block1 && BlockValue::read(*block1, acknowledgedBlock);
        const BlockValue *acknowledged = hasBlock1 ? &acknowledgedBlock : nullptr;
        if (response.code() == MessageCode::RequestEntityTooLarge && acknowledged &&
            acknowledged->blockSize() < m_blockSize) {
            m_blockSize = acknowledged->blockSize();
            m_uploaded = 0;
            return Step{Step::Kind::SendNext, uploadBlock(0), std::nullopt};
        }
        if (!acknowledged) {
            m_uploadDone = true; // the server took it whole, or refused it: either way, done
        } else {
            if (acknowledged->number != m_uploadNumber)
                return fail(RequestError::Kind::IncompleteTransfer);
            const qint64 sent =
                qMin<qint64>(qint64(m_uploadNumber + 1) * m_blockSize, m_uploadBody.size());
            m_uploaded = sent;
            if (response.code() == MessageCode::Continue) {
                if (acknowledged->blockSize() < m_blockSize)
                    m_blockSize = acknowledged->blockSize();
                if (sent >= m_uploadBody.size())
                    return fail(RequestError::Kind::IncompleteTransfer);
                return Step{Step::Kind::SendNext, uploadBlock(quint32(sent / m_blockSize)),
                            std::nullopt};
            }
            m_uploadDone = true;
        }
    }

    // Downloading: follow Block2 until the last block.
    const auto block2Option = response.option(N::Block2);
    if (!block2Option)
        return Step{Step::Kind::Complete, response, std::nullopt};
    const auto block2 = BlockValue::fromOptionValue(*block2Option);
    if (!block2 || !response.code().isSuccess())
        return Step{Step::Kind::Complete, response, std::nullopt};

    const qint64 offset = qint64(block2->offset());
    if (offset != m_downloadBody.size())
        return fail(RequestError::Kind::IncompleteTransfer);
    const auto etag = response.option(N::ETag);
    if (offset == 0) {
        m_firstResponse = response;
        m_etag = etag;
    } else if (etag != m_etag) {
        // The representation changed under us: the pieces would not belong together.
        return fail(RequestError::Kind::IncompleteTransfer);
    }
    if (const auto size2 = response.uintOption(N::Size2))
        m_downloadTotal = qint64(*size2);
    if (block2->more && response.payloadView().size() != block2->blockSize())
        return fail(RequestError::Kind::IncompleteTransfer);
    m_downloadBody.append(response.payloadView());

    if (block2->more) {
        m_blockSize = qMin(m_blockSize, block2->blockSize());
        const quint32 next = quint32(m_downloadBody.size() / m_blockSize);
        return Step{Step::Kind::SendNext, downloadRequest(next), std::nullopt};
    }
    Message whole = offset == 0 ? response : m_firstResponse;
    whole.removeOptions(N::Block2);
    whole.removeOptions(N::Size2);
    if (offset != 0) {
        whole.setType(response.type());
        whole.setMessageId(response.messageId());
        whole.setToken(response.tokenView());
    }
    whole.setPayload(m_downloadBody);
    return Step{Step::Kind::Complete, whole, std::nullopt};
}

qint64 BlockTransfer::bytesDone() const
{
    return m_uploadDone ? m_downloadBody.size() : m_uploaded;
}

std::optional<qint64> BlockTransfer::bytesTotal() const
{
    if (!m_uploadDone)
        return m_uploadBody.size();
    return m_downloadTotal;
}

} // namespace coapscope
