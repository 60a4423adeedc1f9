// SPDX-License-Identifier: BSD-2-Clause
#include "responseviewer.h"

#include "codec/optionnumber.h"
#include "messageoptionsmodel.h"
#include "payloadview.h"
#include "text/messagetext.h"
#include "text/networkerrortext.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace coapscope {

ResponseViewer::ResponseViewer(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_status(new QLabel(this))
    , m_details(new QLabel(this))
    , m_notificationCount(new QLabel(this))
    , m_options(new QTableView(this))
    , m_optionsModel(new MessageOptionsModel(this))
    , m_payload(new PayloadView(this))
{
    m_icon->setObjectName(QStringLiteral("responseIcon"));
    m_status->setObjectName(QStringLiteral("responseStatus"));
    m_status->setAccessibleName(tr("Response code"));
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.25);
    m_status->setFont(statusFont);
    m_details->setObjectName(QStringLiteral("responseDetails"));
    m_details->setAccessibleName(tr("Response details"));
    m_notificationCount->setObjectName(QStringLiteral("notificationCount"));
    m_notificationCount->setAccessibleName(tr("Notifications received"));
    for (QLabel *label : {m_status, m_details, m_notificationCount}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    m_notificationCount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_options->setObjectName(QStringLiteral("responseOptions"));
    m_options->setAccessibleName(tr("Response options"));
    m_options->setModel(m_optionsModel);
    m_options->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_options->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_options->verticalHeader()->hide();
    // Read-only rows need no room for an editor.
    m_options->verticalHeader()->setDefaultSectionSize(m_options->fontMetrics().height() + 6);
    m_options->horizontalHeader()->setStretchLastSection(true);
    m_options->horizontalHeader()->setSectionResizeMode(MessageOptionsModel::NumberColumn,
                                                        QHeaderView::ResizeToContents);
    m_options->horizontalHeader()->setSectionResizeMode(MessageOptionsModel::NameColumn,
                                                        QHeaderView::ResizeToContents);
    m_options->setWordWrap(false);
    m_payload->setObjectName(QStringLiteral("payloadView"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_options);
    splitter->addWidget(m_payload);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *header = new QGridLayout;
    header->addWidget(m_icon, 0, 0, Qt::AlignTop);
    header->addWidget(m_status, 0, 1);
    header->addWidget(m_notificationCount, 0, 2);
    header->addWidget(m_details, 1, 1, 1, 2);
    header->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    clear();
}

void ResponseViewer::clear()
{
    if (m_reply)
        disconnect(m_reply, nullptr, this, nullptr);
    m_reply = nullptr;
    m_notifications = 0;
    m_stale = 0;
    m_finished = false;
    setStatus(State::Idle, tr("No response yet."));
    m_details->clear();
    m_notificationCount->clear();
    m_notificationCount->hide();
    m_optionsModel->clear();
    m_payload->clear();
}

void ResponseViewer::setStatus(State state, const QString &text)
{
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (state) {
    case State::Idle:
        break;
    case State::Waiting:
        icon = QStyle::SP_BrowserReload;
        break;
    case State::Success:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case State::ClientError:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case State::Failure:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    if (icon == QStyle::SP_CustomBase)
        m_icon->clear();
    else
        m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_status->setText(text);
}

void ResponseViewer::watch(CoapReply *reply)
{
    clear();
    m_reply = reply;
    if (!reply)
        return;
    setStatus(State::Waiting, tr("Waiting for the response…"));
    connect(reply, &CoapReply::notification, this, &ResponseViewer::notified);
    connect(reply, &CoapReply::finished, this, &ResponseViewer::finished);
    connect(reply, &QObject::destroyed, this, &ResponseViewer::abandoned);
    if (reply->isFinished())
        finished();
}

void ResponseViewer::showMessage(const Message &message, std::optional<qint64> roundTripMs,
                                 int retransmissions)
{
    const MessageCode code = message.code();
    setStatus(code.isSuccess()        ? State::Success
              : code.codeClass() == 4 ? State::ClientError
              : code.isEmpty()        ? State::Idle
                                      : State::Failure,
              text::codeText(code));
    QStringList details;
    details << QString(messageTypeAbbreviation(message.type()));
    details << tr("message ID %1").arg(message.messageId());
    details << (message.tokenView().isEmpty()
                    ? tr("no token")
                    : tr("token 0x%1").arg(QString::fromLatin1(message.token().toHex())));
    if (roundTripMs)
        details << tr("round trip %1 ms").arg(*roundTripMs);
    details << (retransmissions == 0 ? tr("no retransmissions")
                                     : tr("%n retransmission(s)", nullptr, retransmissions));
    m_details->setText(details.join(QStringLiteral(", ")));
    m_optionsModel->setMessage(message);
    std::optional<quint16> contentFormat;
    if (auto format = message.uintOption(OptionNumber::ContentFormat); format && *format <= 0xffff)
        contentFormat = quint16(*format);
    m_payload->setPayload(message.payload(), contentFormat);
}

void ResponseViewer::notified(const Message &message, bool stale)
{
    ++m_notifications;
    // A stale notification is older than one already shown (RFC 7641 §3.4): counted, not shown.
    if (stale)
        ++m_stale;
    else if (m_reply)
        showMessage(message,
                    m_notifications == 1 && m_reply->roundTripMs() >= 0
                        ? std::optional<qint64>(m_reply->roundTripMs())
                        : std::nullopt,
                    m_reply->retransmissions());
    updateNotificationCount();
}

void ResponseViewer::updateNotificationCount()
{
    QString text = tr("%n notification(s)", nullptr, m_notifications);
    if (m_stale > 0)
        text += tr(", %n stale", nullptr, m_stale);
    if (m_finished)
        text += tr(", observation ended");
    m_notificationCount->setText(text);
    m_notificationCount->setVisible(m_notifications > 0);
}

void ResponseViewer::finished()
{
    if (!m_reply || m_finished)
        return;
    m_finished = true;
    const CoapReply &reply = *m_reply;
    if (m_notifications > 0) {
        // The latest notification stays on screen; the count says it was the last, and why.
        if (reply.error())
            m_notificationCount->setToolTip(text::describeRequestError(*reply.error()));
    } else if (reply.response()) {
        showMessage(*reply.response(),
                    reply.roundTripMs() >= 0 ? std::optional<qint64>(reply.roundTripMs())
                                             : std::nullopt,
                    reply.retransmissions());
    } else if (const auto &error = reply.error()) {
        m_optionsModel->clear();
        m_payload->clear();
        m_details->clear();
        setStatus(State::Failure, error->kind == RequestError::Kind::Cancelled
                                      ? tr("Cancelled.")
                                      : tr("Failed: %1").arg(text::describeRequestError(*error)));
    }
    updateNotificationCount();
    if (m_notifications == 0)
        m_notificationCount->hide();
}

void ResponseViewer::abandoned()
{
    // The reply went away (its owner deleted it) before it finished.
    if (!m_finished) {
        m_finished = true;
        setStatus(State::Failure, tr("The request was abandoned before it finished."));
    }
}

} // namespace coapscope
