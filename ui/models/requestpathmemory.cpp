// SPDX-License-Identifier: BSD-2-Clause
#include "requestpathmemory.h"

#include <algorithm>

namespace coapscope {

RequestPathMemory::Key RequestPathMemory::keyOf(quint32 session, QByteArrayView token)
{
    Key key;
    key.session = session;
    key.length = quint8(qMin<qsizetype>(token.size(), 8));
    for (qsizetype i = 0; i < key.length; ++i)
        key.token = (key.token << 8) | quint8(token.at(i));
    return key;
}

void RequestPathMemory::remember(quint32 session, QByteArrayView token, quint16 pathId)
{
    const Key key = keyOf(session, token);
    Entry &entry = m_entries[key];
    entry.pathId = pathId;
    touch(key, entry);
    evict();
}

quint16 RequestPathMemory::find(quint32 session, QByteArrayView token)
{
    const Key key = keyOf(session, token);
    const auto found = m_entries.find(key);
    if (found == m_entries.end())
        return 0;
    // Refreshing on every answer would grow the order list with each notification; once per
    // capacity's worth of uses is enough to keep a live exchange from being evicted.
    if (m_uses - found->lastUse > quint64(m_capacity) / 2)
        touch(key, *found);
    return found->pathId;
}

void RequestPathMemory::clear()
{
    m_entries.clear();
    m_order.clear();
}

void RequestPathMemory::touch(const Key &key, Entry &entry)
{
    entry.lastUse = ++m_uses;
    m_order.emplace_back(key, entry.lastUse);
}

void RequestPathMemory::evict()
{
    while (m_entries.size() > m_capacity && !m_order.empty()) {
        const auto [key, use] = m_order.front();
        m_order.pop_front();
        const auto found = m_entries.find(key);
        if (found != m_entries.end() && found->lastUse == use)
            m_entries.erase(found);
    }
    // Stale pairs of entries used again drop out as they surface at the front.
    while (!m_order.empty()) {
        const auto found = m_entries.constFind(m_order.front().first);
        if (found != m_entries.cend() && found->lastUse == m_order.front().second)
            break;
        m_order.pop_front();
    }
    // A live entry at the front can hold back stale pairs behind it: start the list afresh
    // from the entries once it is much longer than they are.
    if (qsizetype(m_order.size()) > 4 * qMax<qsizetype>(m_capacity, 16)) {
        m_order.clear();
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
            m_order.emplace_back(it.key(), it->lastUse);
        std::sort(m_order.begin(), m_order.end(),
                  [](const auto &a, const auto &b) { return a.second < b.second; });
    }
}

} // namespace coapscope
