// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QGridLayout>

namespace coapscope {

// Labels on the left, fields on the right, like QFormLayout, but built on QGridLayout: words
// that wrap (problems, notes) get the height they need, where QFormLayout leaves them squeezed
// or reserves gaps for them.
class FieldGrid : public QGridLayout
{
public:
    explicit FieldGrid(QWidget *parent = nullptr);

    // A field with its label ("&Key:"), which becomes the field's buddy for the mnemonic.
    void addField(const QString &label, QWidget *field);
    // Under the last field, in the field column: its problem or a note.
    void addBelow(QWidget *widget);
    // Across both columns.
    void addWide(QWidget *widget);
};

} // namespace coapscope
