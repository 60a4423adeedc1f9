// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/session.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QFormLayout;
class QStackedWidget;
class QTableView;
class QTreeWidget;

namespace coapscope {

class DelayQueueModel;
class SendQueueModel;

// Everything about one session, live: its properties and counters, its send queue with a
// countdown to each retransmission, its receive (delay) queue, and what DTLS or TLS
// negotiated, down to the peer's certificate chain.
class SessionDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SessionDetailsPanel(QWidget *parent = nullptr);

    void setSession(Session *session);
    Session *session() const { return m_session; }
    // The text shown for a property (see the keys in the .cpp), for tests and accessibility.
    QString propertyText(const QString &key) const;

private:
    QLabel *addProperty(QFormLayout *form, const QString &key, const QString &label);
    void scheduleRefresh();
    void refresh();
    void refreshProperties();
    void refreshSecurity();
    void tick();

    QPointer<Session> m_session;
    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QHash<QString, QLabel *> m_properties;
    SendQueueModel *m_sendQueue;
    DelayQueueModel *m_delayQueue;
    QTableView *m_sendQueueView;
    QTableView *m_delayQueueView;
    QTreeWidget *m_security;
    QTimer m_refresh;   // coalesces the session's changes
    QTimer m_countdown; // moves the retransmission countdowns while anything is queued
};

} // namespace coapscope
