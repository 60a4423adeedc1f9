// SPDX-License-Identifier: BSD-2-Clause
#include "optionsdelegate.h"

#include "codec/optionregistry.h"
#include "optionstablemodel.h"
#include "text/optioninput.h"

#include <QCompleter>
#include <QLineEdit>

namespace coapscope {

QWidget *OptionsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QWidget *created = QStyledItemDelegate::createEditor(parent, option, index);
    auto *editor = qobject_cast<QLineEdit *>(created);
    if (!editor)
        return created;
    if (index.column() == OptionsTableModel::OptionColumn) {
        QStringList names;
        for (const OptionDescriptor &descriptor : OptionRegistry::messageOptions())
            names << QString(descriptor.name);
        auto *completer = new QCompleter(names, editor);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        editor->setCompleter(completer);
        editor->setPlaceholderText(tr("name or number"));
        editor->setAccessibleName(tr("Option name or number"));
    } else {
        const QString key =
            index.siblingAtColumn(OptionsTableModel::OptionColumn).data(Qt::EditRole).toString();
        if (auto number = text::parseOptionKey(key))
            editor->setPlaceholderText(text::optionValueHint(*number));
        editor->setAccessibleName(tr("Option value"));
    }
    return editor;
}

} // namespace coapscope
