// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/blockvalue.h"
#include "codec/message.h"

#include <QHash>

namespace coapscope {

// RFC 7959 §2.5 on the server side: collects the Block1 blocks of an upload, one session's
// worth, until the last block makes the whole request.
class BlockAssembler
{
public:
    // The largest body accepted; larger uploads get 4.13 with Size1 telling the limit.
    static constexpr qint64 MaxBodySize = 1 << 20;
    // How many uploads one peer may have half-done at once; the oldest gives way.
    static constexpr int MaxConcurrentUploads = 8;

    struct Result
    {
        enum class Outcome : quint8
        {
            Continue,   // answer 2.31 Continue with block
            Complete,   // dispatch request (the whole body); answer carries block
            Incomplete, // 4.08: a block is missing or out of order
            TooLarge,   // 4.13 with Size1 = MaxBodySize
            Invalid,    // 4.00: the block has the wrong size
        };
        Outcome outcome;
        Message request;
        BlockValue block;
    };

    // request must carry a Block1 option.
    Result add(const Message &request);

private:
    struct Upload
    {
        QByteArray body;
        quint64 sequence = 0; // for dropping the oldest
    };
    static QByteArray keyOf(const Message &request);

    QHash<QByteArray, Upload> m_uploads;
    quint64 m_sequence = 0;
};

} // namespace coapscope
