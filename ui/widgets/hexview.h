// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>
#include <QPlainTextEdit>

namespace coapscope {

// Bytes as a classic hex dump (offset, sixteen bytes in hex, the same as ASCII) where a range
// can be highlighted in both the hex and the ASCII columns, in the palette's highlight colours
// so it reads in dark themes too.
class HexView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit HexView(QWidget *parent = nullptr);

    void setBytes(const QByteArray &bytes);
    QByteArray bytes() const { return m_bytes; }
    // An empty range clears the highlight.
    void highlight(qsizetype offset, qsizetype length);
    qsizetype highlightOffset() const { return m_offset; }
    qsizetype highlightLength() const { return m_length; }
    // The highlighted text, hex column then ASCII column, line by line, for tests and screen
    // readers.
    QStringList highlightedText() const;
    // Wide enough for a whole line, ASCII column included.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyHighlight();
    int hexColumn(int byteInLine) const { return m_offsetWidth + 2 + 3 * byteInLine; }
    int asciiColumn(int byteInLine) const { return m_offsetWidth + 2 + 47 + 2 + byteInLine; }

    QByteArray m_bytes;
    qsizetype m_offset = 0;
    qsizetype m_length = 0;
    int m_offsetWidth = 4;
};

} // namespace coapscope
