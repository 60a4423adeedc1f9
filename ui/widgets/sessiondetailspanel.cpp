// SPDX-License-Identifier: BSD-2-Clause
#include "sessiondetailspanel.h"

#include "codec/signaling.h"
#include "models/delayqueuemodel.h"
#include "models/sendqueuemodel.h"
#include "session/context.h"
#include "session/session.h"
#include "text/networkerrortext.h"
#include "text/sessiontext.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coapscope {

namespace {

QTableView *makeQueueView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setMinimumHeight(90);
    return view;
}

QString fingerprintText(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

} // namespace

SessionDetailsPanel::SessionDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a session to see its details."), this))
    , m_sendQueue(new SendQueueModel(this))
    , m_delayQueue(new DelayQueueModel(this))
    , m_security(new QTreeWidget(this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto *details = new QWidget;
    auto *form = new QFormLayout;
    addProperty(form, QStringLiteral("id"), tr("ID"));
    addProperty(form, QStringLiteral("role"), tr("Role"));
    addProperty(form, QStringLiteral("protocol"), tr("Protocol"));
    addProperty(form, QStringLiteral("state"), tr("State"));
    addProperty(form, QStringLiteral("description"), tr("Description"));
    addProperty(form, QStringLiteral("references"), tr("Reference count"));
    addProperty(form, QStringLiteral("mtu"), tr("MTU"));
    addProperty(form, QStringLiteral("maxPdu"), tr("Max PDU size"));
    addProperty(form, QStringLiteral("peerCapabilities"), tr("Peer capabilities"));
    addProperty(form, QStringLiteral("tokenLength"), tr("Token length"));
    addProperty(form, QStringLiteral("pending"), tr("Pending requests"));
    addProperty(form, QStringLiteral("pdus"), tr("Messages sent / received"));
    addProperty(form, QStringLiteral("bytes"), tr("Bytes sent / received"));
    addProperty(form, QStringLiteral("retransmissions"), tr("Retransmissions"));
    addProperty(form, QStringLiteral("duplicates"), tr("Duplicates received"));
    addProperty(form, QStringLiteral("malformed"), tr("Malformed received"));
    addProperty(form, QStringLiteral("faults"), tr("Fault injection"));
    addProperty(form, QStringLiteral("rtt"), tr("Round-trip time"));
    addProperty(form, QStringLiteral("lastActivity"), tr("Last activity"));
    addProperty(form, QStringLiteral("lastError"), tr("Last error"));
    auto *properties = new QGroupBox(tr("Properties"));
    properties->setLayout(form);

    m_sendQueueView = makeQueueView(m_sendQueue, tr("Send queue"), this);
    m_delayQueueView = makeQueueView(m_delayQueue, tr("Receive queue"), this);
    auto *sendBox = new QGroupBox(tr("Send queue"));
    (new QVBoxLayout(sendBox))->addWidget(m_sendQueueView);
    auto *delayBox = new QGroupBox(tr("Receive queue (held back)"));
    (new QVBoxLayout(delayBox))->addWidget(m_delayQueueView);

    m_security->setHeaderLabels({tr("Field"), tr("Value")});
    m_security->setAccessibleName(tr("Security"));
    m_security->setMinimumHeight(120);
    auto *securityBox = new QGroupBox(tr("Security"));
    (new QVBoxLayout(securityBox))->addWidget(m_security);

    auto *column = new QVBoxLayout(details);
    column->addWidget(properties);
    column->addWidget(sendBox);
    column->addWidget(delayBox);
    column->addWidget(securityBox);
    auto *scroll = new QScrollArea;
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(100);
    connect(&m_refresh, &QTimer::timeout, this, &SessionDetailsPanel::refresh);
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &SessionDetailsPanel::tick);
}

QLabel *SessionDetailsPanel::addProperty(QFormLayout *form, const QString &key,
                                         const QString &label)
{
    auto *value = new QLabel;
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setAccessibleName(label);
    // The colon is the translation's: French writes "%1 :".
    form->addRow(tr("%1:", "label of a session property").arg(label), value);
    m_properties.insert(key, value);
    return value;
}

QString SessionDetailsPanel::propertyText(const QString &key) const
{
    const QLabel *label = m_properties.value(key);
    return label ? label->text() : QString();
}

void SessionDetailsPanel::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &Session::changed, this, &SessionDetailsPanel::scheduleRefresh);
        connect(session, &QObject::destroyed, this, &SessionDetailsPanel::refresh);
    }
    refresh();
}

void SessionDetailsPanel::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void SessionDetailsPanel::refresh()
{
    m_refresh.stop();
    if (m_session && m_session->state() == SessionState::Closed) {
        disconnect(m_session, nullptr, this, nullptr);
        m_session = nullptr;
    }
    if (!m_session) {
        m_pages->setCurrentWidget(m_placeholder);
        m_sendQueue->setEntries({}, 0);
        m_delayQueue->setEntries({}, 0);
        m_countdown.stop();
        return;
    }
    m_pages->setCurrentIndex(1);
    refreshProperties();
    refreshSecurity();
    const qint64 now = m_session->context()->clock().now();
    m_sendQueue->setEntries(m_session->sendQueue(), now);
    m_delayQueue->setEntries(m_session->delayQueue(), now);
    if (m_sendQueue->rowCount() + m_delayQueue->rowCount() > 0)
        m_countdown.start();
    else
        m_countdown.stop();
}

void SessionDetailsPanel::tick()
{
    if (!m_session)
        return;
    const qint64 now = m_session->context()->clock().now();
    m_sendQueue->setNow(now);
    m_delayQueue->setNow(now);
}

void SessionDetailsPanel::refreshProperties()
{
    Session *session = m_session;
    const SessionCounters counters = session->counters();
    const qint64 now = session->context()->clock().now();
    auto set = [this](const char *key, const QString &text) {
        m_properties.value(QLatin1String(key))->setText(text);
    };
    set("id", QString::number(session->id()));
    set("role", text::roleText(session->role()));
    set("protocol", QString(protocolName(session->protocol())));
    set("state", text::stateText(session->state()));
    m_properties.value(QStringLiteral("state"))
        ->setToolTip(text::stateExplanation(session->state()));
    set("description", session->description());
    set("references", QString::number(session->referenceCount()));
    set("mtu", QString::number(session->mtu()));
    set("maxPdu", QString::number(session->maxPduSize()));
    if (const auto csm = session->peerCapabilities()) {
        set("peerCapabilities", tr("Max-Message-Size %1, block-wise %2")
                                    .arg(csm->maxMessageSize)
                                    .arg(csm->blockWiseTransfer ? tr("yes") : tr("no")));
    } else {
        set("peerCapabilities",
            isReliable(session->protocol()) ? tr("not yet received") : tr("— (datagrams)"));
    }
    set("tokenLength", QString::number(session->tokenLength()));
    set("pending", QString::number(session->pendingRequests()));
    set("pdus", tr("%1 / %2").arg(counters.pdusSent).arg(counters.pdusReceived));
    set("bytes", tr("%1 / %2").arg(counters.bytesSent).arg(counters.bytesReceived));
    set("retransmissions", QString::number(counters.retransmissions));
    set("duplicates", QString::number(counters.duplicatesReceived));
    set("malformed", QString::number(counters.malformedReceived));
    const FaultInjection faults = session->faultInjection();
    set("faults", faults.isActive()
                      ? tr("drop %1%, duplicate %2%, delay %3 ms; %4 dropped, %5 duplicated")
                            .arg(qRound(faults.dropRate * 100))
                            .arg(qRound(faults.duplicateRate * 100))
                            .arg(faults.delayMs)
                            .arg(counters.droppedByFaultInjection)
                            .arg(counters.duplicatedByFaultInjection)
                      : tr("off"));
    set("rtt", text::durationText(session->roundTripTimeMs()));
    set("lastActivity", tr("%1 ago").arg(text::durationText(now - session->lastActivity())));
    const auto error = session->lastError();
    set("lastError", error ? text::describeRequestError(*error) : tr("none"));
}

void SessionDetailsPanel::refreshSecurity()
{
    m_security->clear();
    const auto info = m_session->securityInfo();
    if (!info) {
        auto *item = new QTreeWidgetItem(m_security);
        item->setText(0, isSecure(m_session->protocol()) ? tr("Not negotiated yet")
                                                         : tr("Not secured"));
        return;
    }
    auto add = [this](QTreeWidgetItem *parent, const QString &field, const QString &value) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_security);
        item->setText(0, field);
        item->setText(1, value);
        return item;
    };
    add(nullptr, tr("Protocol version"), info->protocolVersion);
    add(nullptr, tr("Cipher suite"), info->cipherSuite);
    if (!info->pskIdentity.isEmpty())
        add(nullptr, tr("PSK identity"), QString::fromUtf8(info->pskIdentity));
    if (!info->pskIdentityHint.isEmpty())
        add(nullptr, tr("PSK identity hint"), QString::fromUtf8(info->pskIdentityHint));
    if (!info->serverName.isEmpty())
        add(nullptr, tr("Server name (SNI)"), info->serverName);
    add(nullptr, tr("Record overhead"), tr("%n byte(s)", nullptr, info->recordOverhead));
    if (info->peerCertificates.isEmpty())
        return;
    QTreeWidgetItem *chain =
        add(nullptr, tr("Peer certificates"),
            tr("%n certificate(s)", nullptr, int(info->peerCertificates.size())));
    for (const CertificateInfo &certificate : info->peerCertificates) {
        QTreeWidgetItem *item =
            add(chain, certificate.subject,
                certificate.verifyResult == 0 ? tr("verified")
                                              : tr("not verified: %1 (error %2)")
                                                    .arg(certificate.verifyResultText)
                                                    .arg(certificate.verifyResult));
        add(item, tr("Issuer"), certificate.issuer);
        add(item, tr("Valid from"),
            QLocale().toString(certificate.notBefore, QLocale::ShortFormat));
        add(item, tr("Valid until"),
            QLocale().toString(certificate.notAfter, QLocale::ShortFormat));
        add(item, tr("SHA-256 fingerprint"), fingerprintText(certificate.sha256Fingerprint));
        if (!certificate.subjectAltNames.isEmpty())
            add(item, tr("Subject alternative names"),
                certificate.subjectAltNames.join(QLatin1String(", ")));
    }
    m_security->expandAll();
    m_security->resizeColumnToContents(0);
}

} // namespace coapscope
