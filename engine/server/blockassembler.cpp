// SPDX-License-Identifier: BSD-2-Clause
#include "blockassembler.h"

#include "codec/optionnumber.h"

#include <algorithm>

namespace coapscope {

namespace N = OptionNumber;
using Outcome = BlockAssembler::Result::Outcome;

QByteArray BlockAssembler::keyOf(const Message &request)
{
    // Blocks belong together when they go to the same resource with the same method and
    // Request-Tag (RFC 9175 §3).
    QByteArray key(1, char(request.code().raw()));
    for (const QByteArray &segment : request.optionValues(N::UriPath))
        key += '/' + segment;
    for (const QByteArray &query : request.optionValues(N::UriQuery))
        key += '?' + query;
    for (const QByteArray &tag : request.optionValues(N::RequestTag))
        key += '#' + tag.toHex();
    return key;
}

BlockAssembler::Result BlockAssembler::add(const Message &request)
{
    const auto block =
        BlockValue::fromOptionValue(request.option(N::Block1).value_or(QByteArray()));
    if (!block || block->isBert())
        return Result{Outcome::Invalid, Message(), BlockValue{}};
    if (const auto size1 = request.uintOption(N::Size1); size1 && qint64(*size1) > MaxBodySize)
        return Result{Outcome::TooLarge, Message(), *block};
    if (block->more && request.payloadView().size() != block->blockSize())
        return Result{Outcome::Invalid, Message(), *block};

    const QByteArray key = keyOf(request);
    if (block->number == 0) {
        if (!m_uploads.contains(key) && m_uploads.size() >= MaxConcurrentUploads) {
            const auto oldest = std::min_element(
                m_uploads.begin(), m_uploads.end(),
                [](const Upload &a, const Upload &b) { return a.sequence < b.sequence; });
            m_uploads.erase(oldest);
        }
        m_uploads[key] = Upload{};
    }
    const auto found = m_uploads.find(key);
    if (found == m_uploads.end() || qint64(block->offset()) != found->body.size()) {
        m_uploads.remove(key);
        return Result{Outcome::Incomplete, Message(), *block};
    }
    if (found->body.size() + request.payloadView().size() > MaxBodySize) {
        m_uploads.erase(found);
        return Result{Outcome::TooLarge, Message(), *block};
    }
    found->body.append(request.payloadView());
    found->sequence = ++m_sequence;
    if (block->more)
        return Result{Outcome::Continue, Message(), *block};

    Message whole = request;
    whole.removeOptions(N::Block1);
    whole.removeOptions(N::Size1);
    whole.setPayload(found->body);
    m_uploads.erase(found);
    return Result{Outcome::Complete, whole, *block};
}

} // namespace coapscope
