// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "client/coapreply.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QTableView;

namespace coapscope {

class MessageOptionsModel;
class PayloadView;

// Shows what came back: the code with its name, the options, round-trip time and
// retransmissions, and the payload rendered by its Content-Format beside its hex.
class ResponseViewer : public QWidget
{
    Q_OBJECT

public:
    explicit ResponseViewer(QWidget *parent = nullptr);

    // Follows reply (not owned; it may be deleted at any time) until it finishes: "waiting",
    // then the response or the error in words; for an observation each notification as it
    // comes, the latest shown and the count visible.
    void watch(CoapReply *reply);
    void showMessage(const Message &message, std::optional<qint64> roundTripMs,
                     int retransmissions);
    void clear();

private:
    enum class State
    {
        Idle,
        Waiting,
        Success,
        ClientError,
        Failure
    };
    void setStatus(State state, const QString &text);
    void notified(const Message &message, bool stale);
    void finished();
    void abandoned();
    void updateNotificationCount();

    QPointer<CoapReply> m_reply;
    int m_notifications = 0;
    int m_stale = 0;
    bool m_finished = false;
    QLabel *m_icon;
    QLabel *m_status;
    QLabel *m_details;
    QLabel *m_notificationCount;
    QTableView *m_options;
    MessageOptionsModel *m_optionsModel;
    PayloadView *m_payload;
};

} // namespace coapscope
