// SPDX-License-Identifier: BSD-2-Clause
#include "contentformatbox.h"

#include "codec/contentformat.h"

#include <QCompleter>
#include <QLineEdit>

namespace coapscope {

namespace {

QString entryText(const ContentFormatDescriptor &descriptor)
{
    return QStringLiteral("%1 (%2)").arg(descriptor.mediaType).arg(descriptor.id);
}

} // namespace

ContentFormatBox::ContentFormatBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    addItem(QString());
    for (const ContentFormatDescriptor &descriptor : ContentFormat::all())
        addItem(entryText(descriptor), descriptor.id);
    lineEdit()->setPlaceholderText(tr("none"));
    lineEdit()->setClearButtonEnabled(true);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    // A long media type picked from the list shows from its start, not scrolled to its end.
    connect(this, &QComboBox::currentIndexChanged, this,
            [this] { lineEdit()->setCursorPosition(0); });
}

bool ContentFormatBox::isEmpty() const
{
    return currentText().trimmed().isEmpty();
}

Expected<std::optional<quint16>, QString> ContentFormatBox::format() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return std::optional<quint16>();
    const int index = findText(text, Qt::MatchFixedString);
    if (index > 0)
        return std::optional<quint16>(quint16(itemData(index).toUInt()));
    if (auto parsed = ContentFormat::parse(text))
        return std::optional<quint16>(*parsed);
    return unexpected(tr("\"%1\" is not a Content-Format: give a number from 0 to 65535, a "
                         "media type or a short name such as json or cbor")
                          .arg(text));
}

void ContentFormatBox::setFormat(std::optional<quint16> format)
{
    if (!format) {
        setCurrentIndex(0);
        return;
    }
    const int index = findData(*format);
    if (index > 0)
        setCurrentIndex(index);
    else
        setEditText(QString::number(*format));
}

} // namespace coapscope
