// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArrayView>
#include <QHash>

#include <deque>

namespace coapscope {

// Which path each recent request asked for, by session and token, so that the responses and
// observe notifications that answer it (they carry no Uri-Path) can be filtered by that path.
// Bounded: the requests used least recently are forgotten first, so a long observation that
// keeps answering stays remembered.
class RequestPathMemory
{
public:
    explicit RequestPathMemory(qsizetype capacity = 4096)
        : m_capacity(capacity)
    {}

    void remember(quint32 session, QByteArrayView token, quint16 pathId);
    // The path id of the request this token answers, or 0 when none is remembered.
    quint16 find(quint32 session, QByteArrayView token);
    void clear();
    qsizetype size() const { return m_entries.size(); }
    // For the tests: how long the use order has grown.
    qsizetype orderLength() const { return qsizetype(m_order.size()); }

private:
    struct Key
    {
        quint32 session = 0;
        quint8 length = 0;
        quint64 token = 0; // up to 8 bytes (RFC 7252 §5.3.1), packed

        friend bool operator==(const Key &a, const Key &b)
        {
            return a.session == b.session && a.length == b.length && a.token == b.token;
        }
        friend size_t qHash(const Key &key, size_t seed) noexcept
        {
            return qHashMulti(seed, key.session, key.length, key.token);
        }
    };
    struct Entry
    {
        quint16 pathId = 0;
        quint64 lastUse = 0;
    };

    static Key keyOf(quint32 session, QByteArrayView token);
    void touch(const Key &key, Entry &entry);
    void evict();

    qsizetype m_capacity;
    quint64 m_uses = 0;
    QHash<Key, Entry> m_entries;
    // Uses in order; an entry used again since leaves a stale pair here, skipped on eviction.
    std::deque<std::pair<Key, quint64>> m_order;
};

} // namespace coapscope
