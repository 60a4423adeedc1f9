// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/uri.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace coapscope {

class CoapReply;
struct Link;
class Workspace;

// Discovers a server's resources (GET /.well-known/core, RFC 6690) into a tree by path, with
// each link's attributes. Double-clicking a resource hands its URI to the request composer.
class ResourceBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit ResourceBrowser(Workspace *workspace, QWidget *parent = nullptr);
    ~ResourceBrowser() override;

    void setServer(const QString &uri);
    QTreeWidget *tree() const { return m_tree; }
    QString statusText() const;

public slots:
    void discover();
    void cancel();

signals:
    void resourceActivated(const QString &uri);

private:
    void setBusy(bool busy);
    void onFinished();
    void showLinks(const QList<Link> &links);
    QTreeWidgetItem *itemFor(const QByteArrayList &segments);
    void showProblem(const QString &text);

    Workspace *m_workspace;
    QLineEdit *m_server;
    QPushButton *m_discover;
    QPushButton *m_cancel;
    QTreeWidget *m_tree;
    QLabel *m_status;
    QPointer<CoapReply> m_reply;
    Uri m_base;
};

} // namespace coapscope
