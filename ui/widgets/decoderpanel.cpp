// SPDX-License-Identifier: BSD-2-Clause
#include "decoderpanel.h"

#include "codec/tcpstreamdecoder.h"
#include "codec/udpcodec.h"
#include "text/decodeerrortext.h"
#include "text/hexinput.h"
#include "text/messagetext.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coapscope {

DecoderPanel::DecoderPanel(QWidget *parent)
    : QWidget(parent)
    , m_input(new QPlainTextEdit(this))
    , m_framing(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_input->setFont(fixed);
    m_input->setPlaceholderText(tr("Paste message bytes as hex, e.g. 40 01 04 d2 b4 74 65 6d 70"));
    m_input->setAccessibleName(tr("Message bytes in hexadecimal"));
    m_input->setMaximumBlockCount(2000);
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 5);

    m_framing->addItem(tr("Datagram (UDP, DTLS)"));
    m_framing->addItem(tr("Stream frames (TCP, TLS)"));
    m_framing->setAccessibleName(tr("Framing"));

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setAccessibleName(tr("Decoded message"));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setFont(fixed);

    m_status->setAccessibleName(tr("Decoder status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Bytes:"), m_input);
    form->addRow(tr("&Framing:"), m_framing);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);

    connect(m_input, &QPlainTextEdit::textChanged, this, &DecoderPanel::decode);
    connect(m_framing, &QComboBox::currentIndexChanged, this, &DecoderPanel::decode);
    decode();
}

void DecoderPanel::setInput(const QString &hex)
{
    m_input->setPlainText(hex);
}

void DecoderPanel::decode()
{
    m_tree->clear();
    const QString input = m_input->toPlainText();
    if (input.trimmed().isEmpty()) {
        m_status->setText(tr("Nothing to decode yet."));
        return;
    }
    text::HexInputError hexError{};
    const auto bytes = text::parseHexInput(input, &hexError);
    if (!bytes) {
        showError(tr("Not hex: %1").arg(text::describeHexInputError(hexError)));
        return;
    }
    if (m_framing->currentIndex() == 0) {
        const auto decoded = UdpCodec::decode(*bytes);
        if (!decoded) {
            showError(tr("Malformed: %1").arg(text::describeDecodeError(decoded.error())));
            return;
        }
        showMessage(decoded.value(), true, tr("Message"));
        m_status->setText(tr("Decoded %n byte(s).", nullptr, int(bytes->size())));
        return;
    }
    // An unlimited Max-Message-Size: here we inspect bytes, we do not guard a connection.
    TcpStreamDecoder stream(std::numeric_limits<quint64>::max());
    stream.append(*bytes);
    int frames = 0;
    while (auto next = stream.next()) {
        if (!next->hasValue()) {
            showError(tr("Malformed: %1").arg(text::describeDecodeError(next->error())));
            return;
        }
        showMessage(next->value(), false, tr("Frame %1").arg(++frames));
    }
    if (stream.bufferedSize() > 0) {
        showError(tr("Byte %1: the last frame is incomplete (%n byte(s) present).", nullptr,
                     int(stream.bufferedSize()))
                      .arg(stream.streamPosition()));
        return;
    }
    m_status->setText(tr("Decoded %n frame(s).", nullptr, frames));
}

void DecoderPanel::showMessage(const Message &message, bool datagram, const QString &title)
{
    auto *root = new QTreeWidgetItem(m_tree, {title, text::codeText(message.code())});
    if (datagram) {
        new QTreeWidgetItem(root, {tr("Type"), QString(messageTypeAbbreviation(message.type()))});
        new QTreeWidgetItem(root, {tr("Message ID"), QString::number(message.messageId())});
    }
    new QTreeWidgetItem(root, {tr("Code"), text::codeText(message.code())});
    const QByteArray token = message.token();
    new QTreeWidgetItem(
        root,
        {tr("Token"), token.isEmpty() ? tr("(none)")
                                      : QStringLiteral("0x") + QString::fromLatin1(token.toHex())});
    for (qsizetype i = 0; i < message.optionCount(); ++i) {
        const quint16 number = message.optionNumberAt(i);
        new QTreeWidgetItem(
            root,
            {QStringLiteral("%1 (%2)").arg(text::optionName(number, message.code())).arg(number),
             text::optionValueText(number, message.code(), message.optionValueAt(i))});
    }
    const QByteArrayView payload = message.payloadView();
    if (!payload.isEmpty()) {
        new QTreeWidgetItem(root, {tr("Payload (%n byte(s))", nullptr, int(payload.size())),
                                   text::payloadText(payload).trimmed()});
    }
    root->setExpanded(true);
}

void DecoderPanel::showError(const QString &text)
{
    m_status->setText(text);
}

} // namespace coapscope
