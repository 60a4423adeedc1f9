// SPDX-License-Identifier: BSD-2-Clause
#include "payloadeditor.h"

#include "codec/contentformat.h"
#include "dialogs/fieldproblem.h"
#include "text/cbordiagnostic.h"
#include "text/hexinput.h"
#include "text/payloadtext.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace coapscope {

namespace {

// Checking waits for a pause in typing; parsing is quick, but messages flickering at every
// key would not be.
constexpr int CheckDelayMs = 300;

} // namespace

PayloadEditor::PayloadEditor(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_problem(new FieldProblem(this, FieldProblem::Severity::Warning))
    , m_size(new QLabel(this))
    , m_checkTimer(new QTimer(this))
{
    m_mode->setObjectName(QStringLiteral("payloadMode"));
    m_mode->addItem(tr("Text (UTF-8)"), QVariant::fromValue(Mode::Text));
    m_mode->addItem(tr("JSON"), QVariant::fromValue(Mode::Json));
    m_mode->addItem(tr("Hex bytes"), QVariant::fromValue(Mode::Hex));
    m_mode->addItem(tr("CBOR diagnostic notation"), QVariant::fromValue(Mode::CborDiagnostic));
    m_mode->addItem(tr("File"), QVariant::fromValue(Mode::File));
    m_mode->setAccessibleName(tr("Payload kind"));

    m_text->setObjectName(QStringLiteral("payloadText"));
    m_text->setAccessibleName(tr("Payload"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    m_file->setObjectName(QStringLiteral("payloadFile"));
    m_file->setAccessibleName(tr("Payload file"));
    m_file->setPlaceholderText(tr("Path of the file to send"));
    m_file->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("browsePayloadFile"));
    m_browse->setAccessibleName(tr("Choose the payload file"));
    m_problem->setObjectName(QStringLiteral("payloadProblem"));
    m_problem->setAccessibleName(tr("Problem with the payload"));
    m_size->setObjectName(QStringLiteral("payloadSize"));
    m_size->setAccessibleName(tr("Payload size"));

    auto *filePage = new QWidget(this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *filePageLayout = new QVBoxLayout(filePage);
    filePageLayout->setContentsMargins(0, 0, 0, 0);
    filePageLayout->addLayout(fileRow);
    filePageLayout->addStretch(1);
    m_pages->addWidget(m_text);
    m_pages->addWidget(filePage);

    auto *top = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_mode);
    top->addWidget(kindLabel);
    top->addWidget(m_mode);
    top->addStretch(1);
    top->addWidget(m_size);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_problem);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(CheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &PayloadEditor::check);
    connect(m_text, &QPlainTextEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_file, &QLineEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_mode, &QComboBox::currentIndexChanged, this, &PayloadEditor::modeSelected);
    connect(m_browse, &QPushButton::clicked, this, &PayloadEditor::browse);
    modeSelected();
}

PayloadEditor::Mode PayloadEditor::mode() const
{
    return m_mode->currentData().value<Mode>();
}

void PayloadEditor::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(QVariant::fromValue(mode)));
}

QString PayloadEditor::text() const
{
    return m_text->toPlainText();
}

void PayloadEditor::setText(const QString &text)
{
    m_text->setPlainText(text);
}

QString PayloadEditor::filePath() const
{
    return m_file->text();
}

void PayloadEditor::setFilePath(const QString &path)
{
    m_file->setText(path);
}

std::optional<quint16> PayloadEditor::suggestedContentFormat() const
{
    switch (mode()) {
    case Mode::Text:
        return ContentFormat::TextPlain;
    case Mode::Json:
        return ContentFormat::Json;
    case Mode::CborDiagnostic:
        return ContentFormat::Cbor;
    case Mode::Hex:
    case Mode::File:
        break;
    }
    return std::nullopt;
}

void PayloadEditor::modeSelected()
{
    static const QHash<Mode, QString> placeholders{
        {Mode::Text, tr("Text to send, as UTF-8")},
        {Mode::Json, tr("{\"temperature\": 21.5, \"unit\": \"Cel\"}")},
        {Mode::Hex, tr("Bytes in hex, e.g. 01 02 ff or 0x0102ff")},
        {Mode::CborDiagnostic, tr("CBOR in diagnostic notation, e.g. {1: \"text\", 2: h'01ff', "
                                  "3: [1.5, true, null]}")},
    };
    const Mode current = mode();
    m_pages->setCurrentIndex(current == Mode::File ? 1 : 0);
    m_text->setPlaceholderText(placeholders.value(current));
    check();
    emit modeChanged(current);
}

void PayloadEditor::browse()
{
    // Open, not exec: the event loop, and with it every session, keeps running.
    auto *dialog = new QFileDialog(this, tr("Payload File"), QFileInfo(m_file->text()).path());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_file, &QLineEdit::setText);
    dialog->open();
}

void PayloadEditor::check()
{
    m_checkTimer->stop();
    QString problem;
    std::optional<qint64> size;
    if (mode() == Mode::File) {
        const QFileInfo info(m_file->text());
        // Reading waits for sending; here only what can be known without it.
        if (m_file->text().isEmpty())
            size = 0;
        else if (!info.exists())
            problem = tr("The file %1 does not exist.").arg(m_file->text());
        else if (!info.isFile())
            problem = tr("%1 is not a file.").arg(m_file->text());
        else if (!info.isReadable())
            problem = tr("The file %1 cannot be read.").arg(m_file->text());
        else if (info.size() > MaxFileSize)
            problem = tr("The file is larger than %1 MiB.").arg(MaxFileSize / (1024 * 1024));
        else
            size = info.size();
    } else if (auto bytes = bytesFromText(&problem)) {
        size = bytes->size();
    }
    m_problem->setText(problem);
    m_size->setText(size ? tr("%n byte(s)", nullptr, int(*size)) : QString());
}

std::optional<QByteArray> PayloadEditor::bytesFromText(QString *problem) const
{
    const QString text = m_text->toPlainText();
    switch (mode()) {
    case Mode::Text:
        return text.toUtf8();
    case Mode::Json: {
        // Sent as typed; parsing only checks it.
        const QByteArray bytes = text.toUtf8();
        if (bytes.trimmed().isEmpty())
            return QByteArray();
        if (!text::prettyJson(bytes, problem))
            return std::nullopt;
        return bytes;
    }
    case Mode::Hex: {
        if (text.trimmed().isEmpty())
            return QByteArray();
        text::HexInputError error{};
        if (auto bytes = text::parseHexInput(text, &error))
            return bytes;
        *problem = tr("Not hex: %1").arg(text::describeHexInputError(error));
        return std::nullopt;
    }
    case Mode::CborDiagnostic: {
        if (text.trimmed().isEmpty())
            return QByteArray();
        const auto value = text::parseCborDiagnostic(text);
        if (!value) {
            *problem = tr("Not CBOR diagnostic notation: %1")
                           .arg(text::describeCborDiagnosticError(value.error()));
            return std::nullopt;
        }
        // Preferred serialization (RFC 8949 §4.1): the shortest float that keeps the value.
        return value->toCbor(QCborValue::UseFloat16);
    }
    case Mode::File:
        break;
    }
    return bytesFromFile(problem);
}

std::optional<QByteArray> PayloadEditor::bytesFromFile(QString *problem) const
{
    const QString path = m_file->text();
    if (path.isEmpty())
        return QByteArray();
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        *problem = tr("%1 is not a file.").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxFileSize) {
        *problem = tr("The file is larger than %1 MiB.").arg(MaxFileSize / (1024 * 1024));
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *problem = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return bytes;
}

std::optional<QByteArray> PayloadEditor::payload(QString *problem)
{
    QString found;
    auto bytes = bytesFromText(&found);
    m_checkTimer->stop();
    m_problem->setText(found);
    if (bytes)
        m_size->setText(tr("%n byte(s)", nullptr, int(bytes->size())));
    if (problem)
        *problem = found;
    return bytes;
}

} // namespace coapscope
