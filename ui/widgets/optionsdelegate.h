// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QStyledItemDelegate>

namespace coapscope {

// Editors for the options table: option names complete from the registry, and the value
// editor says what the option takes.
class OptionsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};

} // namespace coapscope
