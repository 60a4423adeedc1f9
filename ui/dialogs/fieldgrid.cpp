// SPDX-License-Identifier: BSD-2-Clause
#include "fieldgrid.h"

#include <QLabel>

namespace coapscope {

FieldGrid::FieldGrid(QWidget *parent)
    : QGridLayout(parent)
{
    setColumnStretch(1, 1);
}

void FieldGrid::addField(const QString &label, QWidget *field)
{
    const int row = rowCount();
    auto *name = new QLabel(label);
    name->setBuddy(field);
    // Beside a one-line field the label is centred; beside a list it stays at the top.
    const bool tall = field->sizeHint().height() > 2 * name->sizeHint().height();
    addWidget(name, row, 0, Qt::AlignLeft | (tall ? Qt::AlignTop : Qt::AlignVCenter));
    addWidget(field, row, 1);
}

void FieldGrid::addBelow(QWidget *widget)
{
    addWidget(widget, rowCount(), 1);
}

void FieldGrid::addWide(QWidget *widget)
{
    addWidget(widget, rowCount(), 0, 1, 2);
}

} // namespace coapscope
