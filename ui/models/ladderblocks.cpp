// SPDX-License-Identifier: BSD-2-Clause
// LadderLayout's block-wise groups (RFC 7959): the blocks of one transfer share a bracket,
// whether each block has a token of its own or not.
#include "codec/blockvalue.h"
#include "codec/optionnumber.h"
#include "ladderlayout.h"
#include "models/tracemodel.h"

namespace coapscope {

namespace {

std::optional<BlockValue> blockOption(const Message &message, quint16 number)
{
    BlockValue block;
    const auto value = message.option(number);
    if (!value || !BlockValue::read(*value, block))
        return std::nullopt;
    return block;
}

// Blocks of one transfer share the method, resource and Request-Tag even when each block's
// request has a token of its own (RFC 7959 §2.4, RFC 9175 §3).
int blockTotal(quint64 size, const BlockValue &block)
{
    return int((size + quint64(block.blockSize()) - 1) / quint64(block.blockSize()));
}

} // namespace

void LadderLayout::linkBlocks(int index, const TraceRecord &record)
{
    const Message &message = *record.message;
    Item &item = m_items[index];
    const auto block1 = blockOption(message, OptionNumber::Block1);
    const auto block2 = blockOption(message, OptionNumber::Block2);
    if (!block1 && !block2)
        return;
    const bool request = item.kind == Kind::Request;
    if (!request && item.kind != Kind::Response)
        return;
    if (item.firstTransmission >= 0) {
        // A retransmission belongs where its first transmission went.
        const Item &first = m_items[item.firstTransmission];
        item.blockGroup = first.blockGroup;
        item.blockNumber = first.blockNumber;
        item.block1 = first.block1;
        if (item.blockGroup >= 0)
            m_groups[item.blockGroup].lastItem = index;
        return;
    }

    // Responses carry no URI: they take the transfer of the request their token names.
    const int requestItem = request ? index : item.request;
    const QString key =
        requestItem >= 0 ? m_transferOfRequest.value(requestItem)
                         : QStringLiteral("token ") + QString::fromLatin1(message.token().toHex());

    // A request carries Block1 for its own payload and Block2 to ask for a block; a response
    // carries Block1 to acknowledge one and Block2 for the block it holds.
    const bool upload = block1 && (request || !block2);
    const BlockValue block = upload ? *block1 : *block2;
    int group = -1;
    if (!request && requestItem >= 0 && m_items[requestItem].blockGroup >= 0 &&
        m_groups[m_items[requestItem].blockGroup].block1 == upload) {
        group = m_items[requestItem].blockGroup;
        m_items[index].blockGroup = group;
        m_groups[group].lastItem = index;
    } else {
        group = joinGroup(index, (upload ? u'1' : u'2') + key, upload, int(block.number));
        if (requestItem >= 0 && requestItem != index && m_items[requestItem].blockGroup < 0)
            m_items[requestItem].blockGroup = group;
        if (requestItem >= 0)
            m_groups[group].firstItem = std::min(m_groups[group].firstItem, requestItem);
    }
    Item &joined = m_items[index];
    joined.blockNumber = int(block.number);
    joined.block1 = upload;
    BlockGroup &transfer = m_groups[group];
    if (transfer.resource.isEmpty() && requestItem >= 0)
        transfer.resource = m_resourceOfRequest.value(requestItem);
    const auto size = message.uintOption(upload ? OptionNumber::Size1 : OptionNumber::Size2);
    if (transfer.total == 0 && size && *size > 0)
        transfer.total = blockTotal(*size, block);
    // The last block (M=0) ends the transfer once a response says so. (In a request, Block2's
    // M is meaningless; Block1's M=0 says how many blocks there are.)
    if (!block.more && !request)
        closeGroup(group, int(block.number) + 1);
    else if (!block.more && upload)
        transfer.total = int(block.number) + 1;
}

int LadderLayout::joinGroup(int index, const QString &key, bool block1, int number)
{
    int group = m_openGroupByKey.value(key, -1);
    if (group >= 0 && number == 0) {
        // Block 0 again: a new transfer of the same resource (the old one was abandoned).
        closeGroup(group, m_groups[group].total);
        group = -1;
    }
    if (group < 0) {
        BlockGroup made;
        made.id = int(m_groups.size()) + 1;
        made.block1 = block1;
        made.firstItem = index;
        const auto free = std::find(m_columnOwner.begin(), m_columnOwner.end(), -1);
        made.column = int(free - m_columnOwner.begin());
        group = int(m_groups.size());
        if (free == m_columnOwner.end())
            m_columnOwner.append(group);
        else
            *free = group;
        m_groupColumns = std::max(m_groupColumns, int(m_columnOwner.size()));
        m_groups.append(made);
        m_openGroupByKey.insert(key, group);
    }
    m_groups[group].lastItem = index;
    m_items[index].blockGroup = group;
    return group;
}

void LadderLayout::closeGroup(int group, int total)
{
    BlockGroup &closing = m_groups[group];
    if (closing.complete)
        return;
    closing.complete = true;
    if (total > 0)
        closing.total = total;
    for (auto it = m_openGroupByKey.begin(); it != m_openGroupByKey.end();) {
        it = it.value() == group ? m_openGroupByKey.erase(it) : std::next(it);
    }
    if (closing.column < m_columnOwner.size())
        m_columnOwner[closing.column] = -1;
}

} // namespace coapscope
