// SPDX-License-Identifier: BSD-2-Clause
#include "resourcebrowser.h"

#include "client/coapreply.h"
#include "client/coaprequest.h"
#include "codec/linkformat.h"
#include "models/workspace.h"
#include "session/session.h"
#include "text/messagetext.h"
#include "text/networkerrortext.h"
#include "text/urierrortext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coapscope {

namespace {

constexpr int UriRole = Qt::UserRole;

enum Column
{
    ResourceColumn,
    TypeColumn,
    InterfaceColumn,
    ContentFormatColumn,
    ObservableColumn,
    OtherColumn,
};

QString joined(const QByteArrayList &values)
{
    return QString::fromUtf8(values.join(' '));
}

} // namespace

ResourceBrowser::ResourceBrowser(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_server(new QLineEdit(this))
    , m_discover(new QPushButton(tr("D&iscover"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    m_server->setPlaceholderText(tr("Server, e.g. coap://127.0.0.1"));
    m_server->setAccessibleName(tr("Server to discover"));
    m_discover->setAccessibleName(tr("Discover the server's resources"));
    m_cancel->setAccessibleName(tr("Cancel discovery"));
    connect(m_server, &QLineEdit::returnPressed, this, &ResourceBrowser::discover);
    connect(m_discover, &QPushButton::clicked, this, &ResourceBrowser::discover);
    connect(m_cancel, &QPushButton::clicked, this, &ResourceBrowser::cancel);

    m_tree->setAccessibleName(tr("Resources"));
    m_tree->setHeaderLabels({tr("Resource"), tr("Type (rt)"), tr("Interface (if)"),
                             tr("Content-Format (ct)"), tr("Observable"), tr("Other")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setToolTip(tr("Double-click a resource to compose a request to it."));
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString uri = item->data(ResourceColumn, UriRole).toString();
        if (!uri.isEmpty())
            emit resourceActivated(uri);
    });

    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Discovery status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_server, 1);
    bar->addWidget(m_discover);
    bar->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree);
    layout->addWidget(m_status);
    setBusy(false);
}

ResourceBrowser::~ResourceBrowser()
{
    delete m_reply.data();
}

void ResourceBrowser::setServer(const QString &uri)
{
    m_server->setText(uri);
}

QString ResourceBrowser::statusText() const
{
    return m_status->text();
}

void ResourceBrowser::setBusy(bool busy)
{
    m_discover->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_server->setReadOnly(busy);
}

void ResourceBrowser::showProblem(const QString &text)
{
    m_status->setText(text);
    setBusy(false);
}

void ResourceBrowser::discover()
{
    const auto uri = Uri::parse(m_server->text().trimmed());
    if (!uri) {
        m_status->setText(tr("Not a CoAP URI: %1").arg(text::describeUriError(uri.error())));
        return;
    }
    m_base = *uri;
    m_base.setPathSegments({});
    setBusy(true);
    m_status->setText(tr("Discovering…"));
    m_workspace->sessionFor(m_base, [this, guard = QPointer(this)](Session *session,
                                                                   const QString &problem) {
        if (!guard)
            return;
        if (!session) {
            showProblem(problem);
            return;
        }
        Uri wellKnown = m_base;
        wellKnown.setPathSegments({QByteArrayLiteral(".well-known"), QByteArrayLiteral("core")});
        delete m_reply.data();
        m_reply = session->send(CoapRequest(MessageCode::Get, wellKnown));
        connect(m_reply, &CoapReply::finished, this, &ResourceBrowser::onFinished);
    });
}

void ResourceBrowser::cancel()
{
    if (m_reply)
        m_reply->cancel();
}

void ResourceBrowser::onFinished()
{
    setBusy(false);
    if (!m_reply)
        return;
    if (const auto &error = m_reply->error()) {
        m_status->setText(tr("Discovery failed: %1").arg(text::describeRequestError(*error)));
    } else if (const auto &response = m_reply->response()) {
        if (!response->code().isSuccess()) {
            m_status->setText(tr("The server answered %1.").arg(text::codeText(response->code())));
        } else if (const auto links = LinkFormat::parse(response->payload())) {
            showLinks(*links);
        } else {
            m_status->setText(tr("The server's answer is not valid link format (RFC 6690): "
                                 "byte %1")
                                  .arg(links.error().offset));
        }
    }
    m_reply->deleteLater();
}

void ResourceBrowser::showLinks(const QList<Link> &links)
{
    m_tree->clear();
    for (const Link &link : links) {
        // Targets are usually paths ("</sensors/temp>"); anything else stays whole.
        QByteArray target = link.target;
        const bool isPath = target.startsWith('/');
        QByteArrayList segments = isPath ? target.mid(1).split('/') : QByteArrayList{target};
        segments.removeAll(QByteArray());
        if (segments.isEmpty())
            segments = {QByteArrayLiteral("/")};
        QTreeWidgetItem *item = itemFor(segments);
        Uri uri = m_base;
        if (isPath)
            uri.setPathSegments(target.mid(1).split('/'));
        item->setData(ResourceColumn, UriRole, isPath ? uri.toString() : QString::fromUtf8(target));
        item->setToolTip(ResourceColumn, QString::fromUtf8(target));
        item->setText(TypeColumn, joined(link.values("rt")));
        item->setText(InterfaceColumn, joined(link.values("if")));
        item->setText(ContentFormatColumn, joined(link.values("ct")));
        item->setText(ObservableColumn, link.has("obs") ? tr("yes") : QString());
        QStringList other;
        for (const Link::Parameter &parameter : link.parameters) {
            if (parameter.name == "rt" || parameter.name == "if" || parameter.name == "ct" ||
                parameter.name == "obs")
                continue;
            other << (parameter.value
                          ? QStringLiteral("%1=%2").arg(QString::fromUtf8(parameter.name),
                                                        QString::fromUtf8(*parameter.value))
                          : QString::fromUtf8(parameter.name));
        }
        item->setText(OtherColumn, other.join(QLatin1String("; ")));
    }
    m_tree->expandAll();
    m_status->setText(
        tr("%n resource(s) at %1", nullptr, int(links.size())).arg(m_base.toString()));
}

QTreeWidgetItem *ResourceBrowser::itemFor(const QByteArrayList &segments)
{
    QTreeWidgetItem *parent = nullptr;
    for (const QByteArray &segment : segments) {
        const QString name = QString::fromUtf8(segment);
        QTreeWidgetItem *found = nullptr;
        const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
        for (int i = 0; i < count && !found; ++i) {
            QTreeWidgetItem *child = parent ? parent->child(i) : m_tree->topLevelItem(i);
            if (child->text(ResourceColumn) == name)
                found = child;
        }
        if (!found) {
            found = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
            found->setText(ResourceColumn, name);
        }
        parent = found;
    }
    return parent;
}

} // namespace coapscope
