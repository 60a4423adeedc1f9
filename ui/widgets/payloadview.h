// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace coapscope {

class LinkFormatTableModel;
class FieldProblem;

// A payload shown by its Content-Format: text, JSON pretty-printed, CBOR as diagnostic
// notation, link format as a table, XML indented, images as pictures; and always as hex.
class PayloadView : public QWidget
{
    Q_OBJECT

public:
    // The hex tab shows at most this much; a hex dump takes about five characters a byte.
    static constexpr qsizetype MaxHexBytes = 256 * 1024;

    explicit PayloadView(QWidget *parent = nullptr);

    void setPayload(const QByteArray &payload, std::optional<quint16> contentFormat);
    void clear();

private:
    enum Page
    {
        TextPage,
        LinksPage,
        ImagePage
    };
    bool showImage(const QByteArray &payload, std::optional<quint16> contentFormat);
    void showHex(const QByteArray &payload);

    QLabel *m_note;
    FieldProblem *m_problem;
    QTabWidget *m_tabs;
    QStackedWidget *m_rendered;
    QPlainTextEdit *m_text;
    QTableView *m_links;
    LinkFormatTableModel *m_linkModel;
    QScrollArea *m_imageArea;
    QLabel *m_image;
    QPlainTextEdit *m_hex;
};

} // namespace coapscope
