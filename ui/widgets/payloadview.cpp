// SPDX-License-Identifier: BSD-2-Clause
#include "payloadview.h"

#include "codec/contentformat.h"
#include "dialogs/fieldproblem.h"
#include "linkformattablemodel.h"
#include "text/messagetext.h"
#include "text/payloadtext.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace coapscope {

PayloadView::PayloadView(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_problem(new FieldProblem(this, FieldProblem::Severity::Warning))
    , m_tabs(new QTabWidget(this))
    , m_rendered(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_links(new QTableView(this))
    , m_linkModel(new LinkFormatTableModel(this))
    , m_imageArea(new QScrollArea(this))
    , m_image(new QLabel(this))
    , m_hex(new QPlainTextEdit(this))
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_note->setObjectName(QStringLiteral("payloadNote"));
    m_note->setAccessibleName(tr("Payload summary"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("payloadProblem"));
    m_problem->setAccessibleName(tr("Problem with the payload"));
    m_tabs->setObjectName(QStringLiteral("payloadTabs"));
    m_tabs->setAccessibleName(tr("Payload views"));
    m_text->setObjectName(QStringLiteral("renderedText"));
    m_text->setAccessibleName(tr("Payload as text"));
    m_hex->setObjectName(QStringLiteral("hexView"));
    m_hex->setAccessibleName(tr("Payload in hexadecimal"));
    for (QPlainTextEdit *edit : {m_text, m_hex}) {
        edit->setReadOnly(true);
        edit->setFont(fixed);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        // Read-only text still takes focus, so it can be selected and copied by keyboard.
        edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_linkModel);
    m_links->setObjectName(QStringLiteral("linkTable"));
    m_links->setAccessibleName(tr("Links"));
    m_links->setModel(sorted);
    m_links->setSortingEnabled(true);
    m_links->sortByColumn(-1, Qt::AscendingOrder); // document order until a header is clicked
    m_links->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_links->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_links->verticalHeader()->hide();
    // Read-only rows need no room for an editor: fit more links on screen.
    m_links->verticalHeader()->setDefaultSectionSize(m_links->fontMetrics().height() + 6);
    m_links->horizontalHeader()->setStretchLastSection(true);
    m_links->setWordWrap(false);

    m_image->setObjectName(QStringLiteral("imageLabel"));
    m_image->setAccessibleName(tr("Payload image"));
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_imageArea->setBackgroundRole(QPalette::Base);

    m_rendered->addWidget(m_text);
    m_rendered->addWidget(m_links);
    m_rendered->addWidget(m_imageArea);
    m_tabs->addTab(m_rendered, tr("Rendered"));
    m_tabs->addTab(m_hex, tr("Hex"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs, 1);
    clear();
}

void PayloadView::clear()
{
    m_note->setText(tr("No payload."));
    m_problem->clear();
    m_text->clear();
    m_linkModel->setLinks({});
    m_image->clear();
    m_hex->clear();
    m_tabs->setTabText(0, tr("Rendered"));
    m_tabs->setTabVisible(0, true);
    m_tabs->setCurrentIndex(0);
    m_rendered->setCurrentIndex(TextPage);
}

void PayloadView::setPayload(const QByteArray &payload, std::optional<quint16> contentFormat)
{
    clear();
    if (payload.isEmpty()) {
        m_note->setText(tr("No payload (%1).").arg(text::contentFormatText(contentFormat)));
        return;
    }
    showHex(payload);
    const text::RenderedPayload rendered = text::renderPayload(payload, contentFormat);
    QString shownAs;
    switch (rendered.kind) {
    case PayloadKind::Text:
        shownAs = tr("Text");
        break;
    case PayloadKind::Json:
        shownAs = tr("JSON");
        break;
    case PayloadKind::Cbor:
        shownAs = tr("CBOR");
        break;
    case PayloadKind::Xml:
        shownAs = tr("XML");
        break;
    case PayloadKind::LinkFormat:
        shownAs = tr("Links");
        m_linkModel->setLinks(rendered.links);
        m_links->resizeColumnsToContents();
        m_rendered->setCurrentIndex(LinksPage);
        break;
    case PayloadKind::Image:
        shownAs = tr("Image");
        if (!showImage(payload, contentFormat)) {
            m_problem->setText(tr("The payload cannot be read as %1.")
                                   .arg(text::contentFormatText(contentFormat)));
            shownAs.clear();
        }
        break;
    case PayloadKind::Binary:
        break;
    }
    m_text->setPlainText(rendered.text);
    QString note = tr("%1, %n byte(s)", nullptr, int(payload.size()))
                       .arg(text::contentFormatText(contentFormat));
    if (m_rendered->currentIndex() == ImagePage)
        note += tr(", %1").arg(m_image->toolTip());
    m_note->setText(note + u'.');
    if (!rendered.problem.isEmpty())
        m_problem->setText(rendered.problem);
    // Bytes that are nothing better than bytes are only worth the hex tab.
    const bool rendersAsSomething = !shownAs.isEmpty();
    m_tabs->setTabVisible(0, rendersAsSomething);
    m_tabs->setTabText(0, shownAs);
    m_tabs->setCurrentIndex(rendersAsSomething ? 0 : 1);
}

bool PayloadView::showImage(const QByteArray &payload, std::optional<quint16> contentFormat)
{
    const char *format = nullptr;
    if (contentFormat == quint16(21))
        format = "GIF";
    else if (contentFormat == quint16(22))
        format = "JPEG";
    else if (contentFormat == quint16(23))
        format = "PNG";
    const QImage image = QImage::fromData(payload, format);
    if (image.isNull())
        return false;
    m_image->setPixmap(QPixmap::fromImage(image));
    m_image->setToolTip(tr("%1 × %2 pixels").arg(image.width()).arg(image.height()));
    m_image->setAccessibleDescription(m_image->toolTip());
    m_rendered->setCurrentIndex(ImagePage);
    return true;
}

void PayloadView::showHex(const QByteArray &payload)
{
    const QByteArrayView shown = QByteArrayView(payload).first(qMin(payload.size(), MaxHexBytes));
    QString dump = text::hexDump(shown);
    if (shown.size() < payload.size()) {
        dump += tr("… %n more byte(s) not shown", nullptr, int(payload.size() - shown.size()));
    }
    m_hex->setPlainText(dump);
}

} // namespace coapscope
