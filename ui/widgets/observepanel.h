// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace coapscope {

class CoapReply;
class Message;
class NotificationModel;
class ValuePlot;

// Live observations (RFC 7641): for each, its notifications with sequence numbers and arrival
// times, stale ones flagged, a plot when the values are numbers, and the means to stop it.
class ObservePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ObservePanel(QWidget *parent = nullptr);
    ~ObservePanel() override;

    // Follows the reply of a GET with Observe, taking ownership of it.
    void watch(CoapReply *reply, const QString &uri);
    int observationCount() const { return int(m_observations.size()); }
    NotificationModel *notifications(int observation) const;
    ValuePlot *plot(int observation) const;
    QString stateText(int observation) const;

public slots:
    // Deregisters the current observation politely (RFC 7641 §3.6) or drops it at once.
    void stopCurrent();
    void cancelCurrent();
    void removeCurrent();

private:
    struct Observation
    {
        QPointer<CoapReply> reply;
        QString uri;
        QDateTime started;
        NotificationModel *model;
        QTableView *view;
        ValuePlot *plot;
        QWidget *page;
        QString state;
    };
    void onNotification(CoapReply *reply, const Message &message, bool stale);
    void onFinished(CoapReply *reply);
    Observation *find(CoapReply *reply);
    void updateListItem(int index);
    void updateButtons();

    std::vector<Observation> m_observations;
    QListWidget *m_list;
    QStackedWidget *m_pages;
    QPushButton *m_stop;
    QPushButton *m_cancel;
    QPushButton *m_remove;
    QLabel *m_empty;
};

} // namespace coapscope
