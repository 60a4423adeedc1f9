// SPDX-License-Identifier: BSD-2-Clause
#include "hexview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>

namespace coapscope {

HexView::HexView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void HexView::setBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    m_offset = m_length = 0;
    m_offsetWidth = bytes.size() > 0xffff ? 8 : 4;
    QStringList lines;
    for (qsizetype row = 0; row < bytes.size(); row += 16) {
        const QByteArray line = bytes.mid(row, 16);
        QString ascii;
        for (char c : line)
            ascii += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : QChar(u'.');
        lines << QStringLiteral("%1  %2  %3")
                     .arg(row, m_offsetWidth, 16, QLatin1Char('0'))
                     .arg(QString::fromLatin1(line.toHex(' ')), -47)
                     .arg(ascii);
    }
    setPlainText(lines.join(QLatin1Char('\n')));
    applyHighlight();
}

void HexView::highlight(qsizetype offset, qsizetype length)
{
    m_offset = qBound<qsizetype>(0, offset, m_bytes.size());
    m_length = qBound<qsizetype>(0, length, m_bytes.size() - m_offset);
    applyHighlight();
}

void HexView::applyHighlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(palette().highlight());
    format.setForeground(palette().highlightedText());
    const qsizetype end = m_offset + m_length;
    for (qsizetype at = m_offset; at < end;) {
        const int line = int(at / 16);
        const int first = int(at % 16);
        const int last = int(qMin<qsizetype>(end, (line + 1) * 16LL) - 1 - line * 16LL);
        const QTextBlock block = document()->findBlockByNumber(line);
        const auto select = [&](int from, int to) {
            QTextEdit::ExtraSelection selection;
            selection.format = format;
            selection.cursor = QTextCursor(block);
            selection.cursor.setPosition(block.position() + from);
            selection.cursor.setPosition(block.position() + to, QTextCursor::KeepAnchor);
            selections.append(selection);
        };
        select(hexColumn(first), hexColumn(last) + 2);
        select(asciiColumn(first), asciiColumn(last) + 1);
        at = (line + 1) * 16LL;
    }
    setExtraSelections(selections);
    if (!selections.isEmpty()) {
        // Show where the range starts without moving the reader's own selection.
        QTextCursor cursor = textCursor();
        cursor.setPosition(selections.first().cursor.selectionStart());
        setTextCursor(cursor);
        ensureCursorVisible();
    }
}

QStringList HexView::highlightedText() const
{
    QStringList pieces;
    for (const QTextEdit::ExtraSelection &selection : extraSelections())
        pieces << selection.cursor.selectedText();
    return pieces;
}

QSize HexView::minimumSizeHint() const
{
    const int line = fontMetrics().horizontalAdvance(QString(asciiColumn(16) + 1, u'0'));
    const int chrome = 2 * frameWidth() + int(2 * document()->documentMargin()) +
                       verticalScrollBar()->sizeHint().width();
    return {line + chrome, QPlainTextEdit::minimumSizeHint().height()};
}

QSize HexView::sizeHint() const
{
    return {minimumSizeHint().width(), QPlainTextEdit::sizeHint().height()};
}

void HexView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyHighlight();
}

} // namespace coapscope
