// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace coapscope {

class Session;
class SessionTableModel;

// The session table: every session of every context, sortable and filterable, with the
// seed's operations (reference, release, set MTU) a right-click away.
class SessionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SessionsPanel(SessionTableModel *model, QWidget *parent = nullptr);

    Session *currentSession() const;
    void selectSession(quint64 sessionId);
    QTableView *view() const { return m_view; }

    QAction *referenceAction() const { return m_reference; }
    QAction *releaseAction() const { return m_release; }
    QAction *setMtuAction() const { return m_setMtu; }
    QAction *closeConnectionAction() const { return m_closeConnection; }
    QAction *faultInjectionAction() const { return m_faultInjection; }
    QAction *copyDescriptionAction() const { return m_copyDescription; }

signals:
    void currentSessionChanged(coapscope::Session *session);
    // For the log: an operation the user asked for, in words.
    void sessionOperation(quint64 sessionId, const QString &text);

private:
    void createActions();
    void updateActions();
    void onCurrentChanged();
    void referenceCurrent();
    void releaseCurrent();
    void setMtuOfCurrent();
    void closeConnectionOfCurrent();
    void editFaultInjectionOfCurrent();
    void copyDescriptionOfCurrent();

    SessionTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QAction *m_reference = nullptr;
    QAction *m_release = nullptr;
    QAction *m_setMtu = nullptr;
    QAction *m_closeConnection = nullptr;
    QAction *m_faultInjection = nullptr;
    QAction *m_copyDescription = nullptr;
    quint64 m_currentId = 0;
};

} // namespace coapscope
