// SPDX-License-Identifier: BSD-2-Clause
#include "deduplicationwindow.h"

#include <algorithm>

namespace coapscope {

namespace {

quint64 bitFor(quint16 messageId, int pageSize)
{
    return quint64(1) << (messageId & (pageSize - 1));
}

} // namespace

DeduplicationWindow::DeduplicationWindow() = default;

DeduplicationWindow::~DeduplicationWindow()
{
    qDeleteAll(m_pages);
}

DeduplicationWindow::Page *DeduplicationWindow::page(quint16 messageId)
{
    const quint16 index = quint16(messageId >> PageBits);
    if (m_lastPage && m_lastPageIndex == index)
        return m_lastPage;
    Page *found = m_pages.value(index, nullptr);
    if (found) {
        m_lastPage = found;
        m_lastPageIndex = index;
    }
    return found;
}

DeduplicationWindow::Entry *DeduplicationWindow::find(quint16 messageId)
{
    Page *p = page(messageId);
    if (!p || !(p->used & bitFor(messageId, PageSize)))
        return nullptr;
    return &p->entries[messageId & (PageSize - 1)];
}

void DeduplicationWindow::remember(quint16 messageId, QByteArrayView token, qint64 expiresAt,
                                   bool confirmable)
{
    Page *p = page(messageId);
    if (!p) {
        p = new Page;
        const quint16 index = quint16(messageId >> PageBits);
        m_pages.insert(index, p);
        m_lastPage = p;
        m_lastPageIndex = index;
    }
    const quint64 bit = bitFor(messageId, PageSize);
    if (!(p->used & bit)) {
        p->used |= bit;
        ++m_size;
    }
    Entry &entry = p->entries[messageId & (PageSize - 1)];
    entry = Entry{expiresAt, {}};
    entry.tokenLength = quint8(std::min<qsizetype>(token.size(), qsizetype(entry.token.size())));
    std::copy_n(token.data(), entry.tokenLength, entry.token.begin());
    (confirmable ? m_confirmableExpiries : m_nonConfirmableExpiries)
        .push_back(Expiry{expiresAt, messageId});
}

void DeduplicationWindow::forget(quint16 messageId)
{
    Page *p = page(messageId);
    p->used &= ~bitFor(messageId, PageSize);
    p->entries[messageId & (PageSize - 1)] = Entry{};
    --m_size;
    if (p->used != 0)
        return;
    const quint16 index = quint16(messageId >> PageBits);
    m_pages.remove(index);
    if (m_lastPage == p)
        m_lastPage = nullptr;
    delete p;
}

void DeduplicationWindow::forgetExpired(qint64 now)
{
    forgetExpired(m_confirmableExpiries, now);
    forgetExpired(m_nonConfirmableExpiries, now);
}

void DeduplicationWindow::forgetExpired(std::deque<Expiry> &expiries, qint64 now)
{
    while (!expiries.empty() && expiries.front().at <= now) {
        const Expiry expiry = expiries.front();
        expiries.pop_front();
        // The ID may have been seen again since; only drop the entry this expiry belongs to.
        const Entry *entry = find(expiry.messageId);
        if (entry && entry->expiresAt == expiry.at)
            forget(expiry.messageId);
    }
}

} // namespace coapscope
