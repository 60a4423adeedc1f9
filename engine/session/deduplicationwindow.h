// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <array>
#include <deque>

namespace coapscope {

// RFC 7252 §4.5: the message IDs one peer sent lately, each with the datagram that answered
// it, so a duplicate gets the same answer again and is processed only once.
//
// A busy server keeps one entry per request for EXCHANGE_LIFETIME (247 s), so this is on the
// hot path and holds tens of thousands of entries. A peer numbers its messages in sequence,
// so entries live in pages of consecutive IDs: a lookup is an index into the page last used,
// not a hash probe into a table far bigger than the cache. Entries hold the encoded answer
// (the very bytes that were sent, shared) rather than a Message, a fifth of the memory.
//
// Each entry also keeps the token of the message it remembers. A retransmission repeats the
// token; a peer restarted on the same port, numbering from a new random start, reuses IDs
// still remembered from its previous life with other tokens. That is a new exchange, not a
// duplicate to be answered with another exchange's response until it gives up.
class DeduplicationWindow
{
public:
    struct Entry
    {
        qint64 expiresAt = 0;
        QByteArray answer; // empty until answered (an empty ACK or RST is 4 bytes, never empty)
        std::array<char, 8> token{};
        quint8 tokenLength = 0;

        bool isAnswered() const { return !answer.isEmpty(); }
        bool hasToken(QByteArrayView other) const
        {
            return QByteArrayView(token.data(), tokenLength) == other;
        }
    };

    DeduplicationWindow();
    ~DeduplicationWindow();
    DeduplicationWindow(const DeduplicationWindow &) = delete;
    DeduplicationWindow &operator=(const DeduplicationWindow &) = delete;

    Entry *find(quint16 messageId);
    // Remembers an ID until expiresAt. CON and NON entries live for different times, so each
    // kind keeps its own arrival-ordered expiry list; within a kind, arrival order is expiry
    // order as long as the lifetimes stay fixed.
    // A token longer than 8 bytes (not CoAP) is remembered by its first 8.
    void remember(quint16 messageId, QByteArrayView token, qint64 expiresAt, bool confirmable);
    void forgetExpired(qint64 now);
    qsizetype size() const { return m_size; }

private:
    static constexpr int PageBits = 5;
    static constexpr int PageSize = 1 << PageBits;
    struct Page
    {
        std::array<Entry, PageSize> entries;
        quint64 used = 0; // a bit per entry
    };
    struct Expiry
    {
        qint64 at;
        quint16 messageId;
    };

    Page *page(quint16 messageId);
    void forget(quint16 messageId);
    void forgetExpired(std::deque<Expiry> &expiries, qint64 now);

    QHash<quint16, Page *> m_pages; // by messageId >> PageBits
    Page *m_lastPage = nullptr;
    quint16 m_lastPageIndex = 0;
    qsizetype m_size = 0;
    std::deque<Expiry> m_confirmableExpiries;
    std::deque<Expiry> m_nonConfirmableExpiries;
};

} // namespace coapscope
