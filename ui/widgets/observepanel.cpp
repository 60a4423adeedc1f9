// SPDX-License-Identifier: BSD-2-Clause
#include "observepanel.h"

#include "client/coapreply.h"
#include "models/notificationmodel.h"
#include "text/messagetext.h"
#include "text/networkerrortext.h"
#include "valueplot.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace coapscope {

ObservePanel::ObservePanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_stop(new QPushButton(tr("&Stop Observing"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_empty(new QLabel(tr("Send a GET with Observe ticked to watch a resource here."), this))
{
    m_list->setAccessibleName(tr("Observations"));
    m_stop->setAccessibleName(tr("Stop observing: deregister with the server"));
    m_cancel->setAccessibleName(tr("Cancel the observation at once"));
    m_remove->setAccessibleName(tr("Remove the observation from the list"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_pages->addWidget(m_empty);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row < 0 ? 0 : row + 1);
        updateButtons();
    });
    connect(m_stop, &QPushButton::clicked, this, &ObservePanel::stopCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &ObservePanel::cancelCurrent);
    connect(m_remove, &QPushButton::clicked, this, &ObservePanel::removeCurrent);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_remove);
    leftLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    updateButtons();
}

ObservePanel::~ObservePanel()
{
    for (Observation &observation : m_observations)
        delete observation.reply.data();
}

void ObservePanel::watch(CoapReply *reply, const QString &uri)
{
    Observation observation;
    observation.reply = reply;
    observation.uri = uri;
    observation.started = QDateTime::currentDateTime();
    observation.state = tr("waiting for the first notification");
    observation.page = new QWidget;
    observation.model = new NotificationModel(observation.page);
    observation.view = new QTableView(observation.page);
    observation.view->setModel(observation.model);
    observation.view->setAccessibleName(tr("Notifications of %1").arg(uri));
    observation.view->verticalHeader()->hide();
    observation.view->verticalHeader()->setDefaultSectionSize(
        observation.view->fontMetrics().height() + 6);
    observation.view->horizontalHeader()->setStretchLastSection(true);
    observation.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    observation.plot = new ValuePlot(observation.page);
    auto *pageLayout = new QVBoxLayout(observation.page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(observation.view, 2);
    pageLayout->addWidget(observation.plot, 1);
    m_pages->addWidget(observation.page);
    connect(observation.model, &QAbstractItemModel::rowsInserted, observation.view,
            &QTableView::scrollToBottom);
    // The count in the list moves when a batch of notifications lands.
    connect(observation.model, &QAbstractItemModel::rowsInserted, this,
            [this, model = observation.model] {
                for (size_t i = 0; i < m_observations.size(); ++i) {
                    if (m_observations[i].model == model)
                        updateListItem(int(i));
                }
            });

    connect(reply, &CoapReply::notification, this,
            [this, reply](const Message &message, bool stale) {
                onNotification(reply, message, stale);
            });
    connect(reply, &CoapReply::finished, this, [this, reply] { onFinished(reply); });
    m_observations.push_back(observation);
    m_list->addItem(QString());
    updateListItem(int(m_observations.size()) - 1);
    m_list->setCurrentRow(int(m_observations.size()) - 1);
}

ObservePanel::Observation *ObservePanel::find(CoapReply *reply)
{
    for (Observation &observation : m_observations) {
        if (observation.reply == reply)
            return &observation;
    }
    return nullptr;
}

void ObservePanel::onNotification(CoapReply *reply, const Message &message, bool stale)
{
    Observation *observation = find(reply);
    if (!observation)
        return;
    const QDateTime now = QDateTime::currentDateTime();
    observation->model->append(message, stale, now);
    if (const auto value = NotificationModel::numericValue(message.payload()))
        observation->plot->addPoint(double(observation->started.msecsTo(now)) / 1000.0, *value,
                                    stale);
    observation->state = tr("observing");
    updateButtons();
}

void ObservePanel::onFinished(CoapReply *reply)
{
    Observation *observation = find(reply);
    if (!observation)
        return;
    if (const auto &error = reply->error())
        observation->state = tr("ended: %1").arg(text::describeRequestError(*error));
    else if (const auto &response = reply->response())
        observation->state = tr("ended with %1").arg(text::codeText(response->code()));
    updateListItem(int(observation - m_observations.data()));
    updateButtons();
}

NotificationModel *ObservePanel::notifications(int observation) const
{
    return m_observations.at(size_t(observation)).model;
}

ValuePlot *ObservePanel::plot(int observation) const
{
    return m_observations.at(size_t(observation)).plot;
}

QString ObservePanel::stateText(int observation) const
{
    return m_observations.at(size_t(observation)).state;
}

void ObservePanel::updateListItem(int index)
{
    const Observation &observation = m_observations.at(size_t(index));
    m_list->item(index)->setText(
        tr("%1\n%n notification(s), %2", nullptr, int(observation.model->notifications().size()))
            .arg(observation.uri, observation.state));
}

void ObservePanel::updateButtons()
{
    const int row = m_list->currentRow();
    const bool active = row >= 0 && m_observations.at(size_t(row)).reply &&
                        m_observations.at(size_t(row)).reply->isObserving();
    m_stop->setEnabled(active);
    m_cancel->setEnabled(active);
    m_remove->setEnabled(row >= 0);
}

void ObservePanel::stopCurrent()
{
    const int row = m_list->currentRow();
    if (row >= 0 && m_observations.at(size_t(row)).reply)
        m_observations.at(size_t(row)).reply->stopObserving();
}

void ObservePanel::cancelCurrent()
{
    const int row = m_list->currentRow();
    if (row >= 0 && m_observations.at(size_t(row)).reply)
        m_observations.at(size_t(row)).reply->cancel();
}

void ObservePanel::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    Observation observation = m_observations.at(size_t(row));
    m_observations.erase(m_observations.begin() + row);
    delete m_list->takeItem(row);
    delete observation.reply.data(); // cancels it, if still running
    m_pages->removeWidget(observation.page);
    delete observation.page;
    updateButtons();
}

} // namespace coapscope
