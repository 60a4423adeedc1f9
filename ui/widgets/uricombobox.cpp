// SPDX-License-Identifier: BSD-2-Clause
#include "uricombobox.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSettings>

namespace coapscope {

UriComboBox::UriComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    // Return sends the request; it must not also add the text to the list.
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    lineEdit()->setPlaceholderText(tr("coap://host/path, e.g. coap://127.0.0.1/.well-known/core"));
    lineEdit()->setClearButtonEnabled(true);
    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    setHistory(QSettings().value(SettingsKey).toStringList());
}

QStringList UriComboBox::history() const
{
    QStringList uris;
    for (int i = 0; i < count(); ++i)
        uris << itemText(i);
    return uris;
}

void UriComboBox::remember(const QString &uri)
{
    QStringList uris = history();
    uris.removeAll(uri);
    uris.prepend(uri);
    while (uris.size() > HistorySize)
        uris.removeLast();
    setHistory(uris);
    QSettings().setValue(SettingsKey, uris);
}

void UriComboBox::setHistory(const QStringList &uris)
{
    // Replacing the items would replace the edit text with the first one.
    const QString editing = currentText();
    const int cursor = lineEdit()->cursorPosition();
    clear();
    addItems(uris.mid(0, HistorySize));
    setEditText(editing);
    lineEdit()->setCursorPosition(cursor);
}

} // namespace coapscope
