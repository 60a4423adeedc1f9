// SPDX-License-Identifier: BSD-2-Clause
#include "requestcomposer.h"

#include "codec/contentformat.h"
#include "contentformatbox.h"
#include "dialogs/fieldproblem.h"
#include "optionseditor.h"
#include "payloadeditor.h"
#include "text/urierrortext.h"
#include "uricombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace coapscope {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

RequestComposer::RequestComposer(QWidget *parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_uri(new UriComboBox(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_type(new QComboBox(this))
    , m_contentFormat(new ContentFormatBox(this))
    , m_accept(new ContentFormatBox(this))
    , m_blockSize(new QComboBox(this))
    , m_observe(new QCheckBox(tr("&Observe"), this))
    , m_problem(new FieldProblem(this, FieldProblem::Severity::Warning))
    , m_tabs(new QTabWidget(this))
    , m_payload(new PayloadEditor(this))
    , m_options(new OptionsEditor(this))
    , m_progress(new QProgressBar(this))
{
    for (MessageCode method :
         {MessageCode::Get, MessageCode::Post, MessageCode::Put, MessageCode::Delete,
          MessageCode::Fetch, MessageCode::Patch, MessageCode::IPatch}) {
        m_method->addItem(QString(method.name()), method.raw());
    }
    m_type->addItem(tr("CON (confirmable)"), true);
    m_type->addItem(tr("NON (non-confirmable)"), false);
    m_blockSize->addItem(tr("Automatic"), 0);
    for (int size = 16; size <= 1024; size *= 2)
        m_blockSize->addItem(tr("%1 bytes").arg(size), size);
    m_send->setToolTip(tr("Send the request (Ctrl+Return)"));
    m_cancel->setToolTip(tr("Cancel the running request or observation (Esc)"));
    m_cancel->setEnabled(false);
    m_blockSize->setToolTip(tr("Block size for block-wise transfers (RFC 7959); automatic "
                               "takes the largest that fits the path"));
    m_observe->setToolTip(tr("Register for notifications (RFC 7641)"));
    m_progress->setTextVisible(true);
    QSizePolicy keepSpace = m_progress->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepSpace);
    m_progress->hide();

    const struct
    {
        QWidget *widget;
        const char *name;
        QString accessible;
    } names[] = {
        {m_method, "method", tr("Method")},
        {m_uri, "uri", tr("URI")},
        {m_send, "send", tr("Send request")},
        {m_cancel, "cancel", tr("Cancel request")},
        {m_type, "type", tr("Message type")},
        {m_contentFormat, "contentFormat", tr("Content-Format")},
        {m_accept, "accept", tr("Accept")},
        {m_blockSize, "blockSize", tr("Block size")},
        {m_observe, "observe", tr("Observe")},
        {m_problem, "composerProblem", tr("Problem with the request")},
        {m_tabs, "composerTabs", tr("Payload and options")},
        {m_payload, "payloadEditor", tr("Payload editor")},
        {m_options, "optionsEditor", tr("Options editor")},
        {m_progress, "progress", tr("Transfer progress")},
    };
    for (const auto &entry : names) {
        entry.widget->setObjectName(QLatin1StringView(entry.name));
        entry.widget->setAccessibleName(entry.accessible);
    }
    m_uri->lineEdit()->setAccessibleName(tr("URI"));
    m_contentFormat->lineEdit()->setAccessibleName(tr("Content-Format"));
    m_accept->lineEdit()->setAccessibleName(tr("Accept"));

    m_tabs->addTab(m_payload, tr("Payload"));
    m_tabs->addTab(m_options, tr("Options"));

    // The tab order is the order of creation above: method, URI, send, cancel, then the rest.
    auto *first = new QHBoxLayout;
    first->addWidget(m_method);
    first->addWidget(m_uri, 1);
    first->addWidget(m_send);
    first->addWidget(m_cancel);
    auto *second = new QHBoxLayout;
    second->addWidget(buddyLabel(tr("&Type:"), m_type, this));
    second->addWidget(m_type);
    second->addSpacing(8);
    second->addWidget(buddyLabel(tr("Content-For&mat:"), m_contentFormat, this));
    second->addWidget(m_contentFormat, 1);
    second->addSpacing(8);
    second->addWidget(buddyLabel(tr("Acce&pt:"), m_accept, this));
    second->addWidget(m_accept, 1);
    auto *third = new QHBoxLayout;
    third->addWidget(buddyLabel(tr("Block si&ze:"), m_blockSize, this));
    third->addWidget(m_blockSize);
    third->addSpacing(8);
    third->addWidget(m_observe);
    third->addSpacing(8);
    third->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(first);
    layout->addLayout(second);
    layout->addLayout(third);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs, 1);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &RequestComposer::send);
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &RequestComposer::cancel);

    connect(m_send, &QPushButton::clicked, this, &RequestComposer::send);
    connect(m_cancel, &QPushButton::clicked, this, &RequestComposer::cancel);
    connect(m_uri->lineEdit(), &QLineEdit::returnPressed, this, &RequestComposer::send);
    connect(m_payload, &PayloadEditor::modeChanged, this, &RequestComposer::suggestContentFormat);
    connect(m_options, &OptionsEditor::optionCountChanged, this, &RequestComposer::updateTabTitles);
    // A problem with these fields goes away once the field is edited; sending judges afresh.
    for (QComboBox *box : {static_cast<QComboBox *>(m_uri), static_cast<QComboBox *>(m_accept),
                           static_cast<QComboBox *>(m_contentFormat)}) {
        connect(box, &QComboBox::editTextChanged, m_problem, &FieldProblem::clear);
    }
}

void RequestComposer::setUri(const QString &uri)
{
    m_uri->setEditText(uri);
}

QString RequestComposer::uriText() const
{
    return m_uri->currentText();
}

void RequestComposer::setBlockSize(int size)
{
    if (const int index = m_blockSize->findData(size); index >= 0)
        m_blockSize->setCurrentIndex(index);
}

void RequestComposer::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->hide();
    m_progress->reset();
}

void RequestComposer::setProgress(qint64 bytesDone, qint64 bytesTotal)
{
    if (bytesTotal <= 0) {
        // An unknown total shows as a busy bar; the count still goes to assistive technology.
        m_progress->setRange(0, 0);
        m_progress->setAccessibleDescription(tr("%1 bytes so far").arg(bytesDone));
    } else {
        // A per-mille scale keeps totals beyond the int range of QProgressBar working.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(bytesDone * 1000 / bytesTotal, 0, 1000)));
        m_progress->setFormat(tr("%1 of %2 bytes").arg(bytesDone).arg(bytesTotal));
        m_progress->setAccessibleDescription(m_progress->format());
    }
    m_progress->show();
}

void RequestComposer::send()
{
    if (m_busy)
        return;
    if (auto composed = composedRequest())
        emit sendRequested(composed->first, composed->second);
}

void RequestComposer::cancel()
{
    if (m_busy)
        emit cancelRequested();
}

std::optional<std::pair<Uri, CoapRequest>> RequestComposer::composedRequest()
{
    m_problem->clear();
    m_lastProblem.clear();
    auto composed = compose();
    if (composed)
        m_uri->remember(m_uri->currentText().trimmed());
    return composed;
}

void RequestComposer::fail(const QString &problem, QWidget *where)
{
    m_lastProblem = problem;
    // The options and payload editors show their own problems beside their fields.
    if (where != m_options && where != m_payload)
        m_problem->setText(problem);
    else
        m_tabs->setCurrentWidget(where);
    where->setFocus();
}

std::optional<std::pair<Uri, CoapRequest>> RequestComposer::compose()
{
    const auto uri = Uri::parse(m_uri->currentText().trimmed());
    if (!uri) {
        fail(tr("URI: %1").arg(text::describeUriError(uri.error())), m_uri);
        return std::nullopt;
    }
    const auto contentFormat = m_contentFormat->format();
    if (!contentFormat) {
        fail(tr("Content-Format: %1").arg(contentFormat.error()), m_contentFormat);
        return std::nullopt;
    }
    const auto accept = m_accept->format();
    if (!accept) {
        fail(tr("Accept: %1").arg(accept.error()), m_accept);
        return std::nullopt;
    }
    QString problem;
    const auto options = m_options->options(&problem);
    if (!options) {
        fail(tr("Options: %1").arg(problem), m_options);
        return std::nullopt;
    }
    const auto payload = m_payload->payload(&problem);
    if (!payload) {
        fail(tr("Payload: %1").arg(problem), m_payload);
        return std::nullopt;
    }

    CoapRequest request(MessageCode(quint8(m_method->currentData().toUInt())), uri.value());
    request.setConfirmable(m_type->currentData().toBool());
    if (contentFormat.value())
        request.setContentFormat(*contentFormat.value());
    if (accept.value())
        request.setAccept(*accept.value());
    request.setObserve(m_observe->isChecked());
    request.setBlockSize(m_blockSize->currentData().toInt());
    // Added after the fields above, so the table can add to them (a second Accept, say) when
    // a server's handling of that is what is being tested.
    for (const Option &option : *options)
        request.addOption(option.number, option.value);
    request.setPayload(*payload);
    return std::pair(uri.value(), request);
}

void RequestComposer::suggestContentFormat()
{
    // JSON and CBOR payloads nearly always want their Content-Format; fill it in when the
    // field is empty, visibly, so it can be cleared again.
    const auto suggested = m_payload->suggestedContentFormat();
    if (m_contentFormat->isEmpty() && suggested && *suggested != ContentFormat::TextPlain)
        m_contentFormat->setFormat(suggested);
}

void RequestComposer::updateTabTitles()
{
    const int count = m_options->optionCount();
    m_tabs->setTabText(m_tabs->indexOf(m_options),
                       count == 0 ? tr("Options") : tr("Options (%1)").arg(count));
}

} // namespace coapscope
