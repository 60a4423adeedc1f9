// SPDX-License-Identifier: BSD-2-Clause
#include "sessionspanel.h"

#include "faultinjectiondialog.h"
#include "models/sessiontablemodel.h"
#include "session/session.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace coapscope {

SessionsPanel::SessionsPanel(SessionTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SessionTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter sessions (any column)"));
    m_filter->setAccessibleName(tr("Session filter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Sessions"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SessionTableModel::IdColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SessionTableModel::DescriptionColumn,
                                                     QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionsPanel::onCurrentChanged);
    // A refresh may change the current session's row or its properties.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &SessionsPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SessionsPanel::onCurrentChanged);

    createActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    updateActions();
}

void SessionsPanel::createActions()
{
    m_reference = new QAction(tr("&Reference"), this);
    m_reference->setToolTip(tr("Increment the reference count (coap_session_reference)"));
    connect(m_reference, &QAction::triggered, this, &SessionsPanel::referenceCurrent);

    m_release = new QAction(tr("R&elease"), this);
    m_release->setToolTip(tr("Decrement the reference count (coap_session_release); a client "
                             "session at 0 is freed, a server session goes to the free pool"));
    connect(m_release, &QAction::triggered, this, &SessionsPanel::releaseCurrent);

    m_setMtu = new QAction(tr("Set &MTU…"), this);
    connect(m_setMtu, &QAction::triggered, this, &SessionsPanel::setMtuOfCurrent);

    m_closeConnection = new QAction(tr("&Close Connection"), this);
    m_closeConnection->setToolTip(
        tr("Send a Release signal and close the TCP or TLS connection (RFC 8323)"));
    connect(m_closeConnection, &QAction::triggered, this, &SessionsPanel::closeConnectionOfCurrent);

    m_faultInjection = new QAction(tr("Fault &Injection…"), this);
    m_faultInjection->setToolTip(tr("Lose, duplicate or delay this session's outgoing datagrams"));
    connect(m_faultInjection, &QAction::triggered, this,
            &SessionsPanel::editFaultInjectionOfCurrent);

    m_copyDescription = new QAction(tr("Copy &Description"), this);
    m_copyDescription->setShortcut(QKeySequence::Copy);
    m_copyDescription->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyDescription, &QAction::triggered, this, &SessionsPanel::copyDescriptionOfCurrent);

    m_view->addActions(
        {m_reference, m_release, m_setMtu, m_faultInjection, m_closeConnection, m_copyDescription});
}

Session *SessionsPanel::currentSession() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->sessionAt(m_proxy->mapToSource(current).row());
}

void SessionsPanel::selectSession(quint64 sessionId)
{
    m_model->refreshNow();
    const int row = m_model->rowOf(sessionId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void SessionsPanel::onCurrentChanged()
{
    Session *session = currentSession();
    const quint64 id = session ? session->id() : 0;
    updateActions();
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentSessionChanged(session);
}

void SessionsPanel::updateActions()
{
    Session *session = currentSession();
    const bool live = session && session->state() != SessionState::Closed;
    m_reference->setEnabled(live);
    m_release->setEnabled(live && session->referenceCount() > 0);
    m_setMtu->setEnabled(live);
    m_closeConnection->setEnabled(live && isReliable(session->protocol()) &&
                                  session->state() != SessionState::Disconnected);
    m_faultInjection->setEnabled(live && !isReliable(session->protocol()));
    m_copyDescription->setEnabled(session != nullptr);
}

void SessionsPanel::referenceCurrent()
{
    if (Session *session = currentSession()) {
        session->reference();
        emit sessionOperation(session->id(), tr("Session %1 referenced: count %2")
                                                 .arg(session->id())
                                                 .arg(session->referenceCount()));
    }
}

void SessionsPanel::releaseCurrent()
{
    Session *session = currentSession();
    if (!session)
        return;
    const quint64 id = session->id();
    const int count = session->referenceCount() - 1;
    session->release(); // may free it
    emit sessionOperation(id, tr("Session %1 released: count %2").arg(id).arg(count));
}

void SessionsPanel::setMtuOfCurrent()
{
    QPointer<Session> session = currentSession();
    if (!session)
        return;
    bool accepted = false;
    const int mtu = QInputDialog::getInt(
        this, tr("Set MTU"),
        tr("MTU of session %1 in bytes (%2 to %3), excluding IP and UDP headers:")
            .arg(session->id())
            .arg(Session::MinimumMtu)
            .arg(Session::MaximumMtu),
        session->mtu(), Session::MinimumMtu, Session::MaximumMtu, 1, &accepted);
    if (!accepted || !session) // the session may have been freed while the dialog was open
        return;
    if (session->setMtu(mtu)) {
        emit sessionOperation(session->id(), tr("Session %1: MTU set to %2, max PDU size %3")
                                                 .arg(session->id())
                                                 .arg(mtu)
                                                 .arg(session->maxPduSize()));
    }
}

void SessionsPanel::closeConnectionOfCurrent()
{
    if (Session *session = currentSession()) {
        session->releaseConnection();
        emit sessionOperation(session->id(),
                              tr("Session %1: connection released").arg(session->id()));
    }
}

void SessionsPanel::editFaultInjectionOfCurrent()
{
    QPointer<Session> session = currentSession();
    if (!session)
        return;
    FaultInjectionDialog dialog(session->description(), this);
    dialog.setFaults(session->faultInjection());
    if (dialog.exec() != QDialog::Accepted || !session)
        return;
    const FaultInjection faults = dialog.faults();
    if (session->setFaultInjection(faults)) {
        emit sessionOperation(session->id(),
                              tr("Session %1: fault injection drop %2%, duplicate %3%, delay %4 ms")
                                  .arg(session->id())
                                  .arg(qRound(faults.dropRate * 100))
                                  .arg(qRound(faults.duplicateRate * 100))
                                  .arg(faults.delayMs));
    }
}

void SessionsPanel::copyDescriptionOfCurrent()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex description = current.siblingAtColumn(SessionTableModel::DescriptionColumn);
    QApplication::clipboard()->setText(description.data().toString());
}

} // namespace coapscope
