// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/message.h"
#include "requesterror.h"

#include <optional>

namespace coapscope {

// RFC 7959 on the client side, for one request: splits a large payload into Block1 blocks,
// follows Block2 to collect a large response, and adapts to the block size the server
// prefers (late negotiation, 4.13). A transfer completes whole or fails; a partial body is
// never handed out as complete.
class BlockTransfer
{
public:
    struct Step
    {
        enum class Kind : quint8
        {
            SendNext,
            Complete,
            Fail
        };
        Kind kind;
        Message message; // SendNext: the next request; Complete: the whole response
        std::optional<RequestError> error;
    };

    // request carries the whole payload. blockSize is the largest block to send or ask for
    // (16..1024, a power of two); askForBlockSize adds early Block2 negotiation.
    BlockTransfer(const Message &request, int blockSize, bool askForBlockSize);

    // The first request to send: block 0 of the upload, or the plain request.
    Message firstRequest();
    Step onResponse(const Message &response);

    bool isUpload() const { return m_uploadBody.size() > m_blockSize; }
    qint64 bytesDone() const;
    // The total, when the server or the upload made it known.
    std::optional<qint64> bytesTotal() const;

    // The largest power-of-two block (16..1024) whose message still fits within mtu.
    static int blockSizeFor(const Message &request, int mtu, int preferred = 1024);

private:
    Message uploadBlock(quint32 number);
    Message downloadRequest(quint32 number) const;
    Step fail(RequestError::Kind kind) const;

    Message m_request; // without payload
    QByteArray m_uploadBody;
    int m_blockSize;
    bool m_askForBlockSize;
    quint32 m_uploadNumber = 0;
    qint64 m_uploaded = 0;
    bool m_uploadDone = false;
    QByteArray m_downloadBody;
    std::optional<qint64> m_downloadTotal;
    std::optional<QByteArray> m_etag;
    Message m_firstResponse;
};

} // namespace coapscope
