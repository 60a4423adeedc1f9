// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"

#include <QComboBox>

#include <optional>

namespace coapscope {

// Picks a Content-Format (for the Content-Format or Accept option): empty for none, a
// registered format from the list, or typed as a number, media type or short name ("cbor").
// Completion matches anywhere in the entries, so "json" finds every JSON format.
class ContentFormatBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ContentFormatBox(QWidget *parent = nullptr);

    // nullopt when the field is empty; the problem in words when the text names no format.
    Expected<std::optional<quint16>, QString> format() const;
    void setFormat(std::optional<quint16> format);
    bool isEmpty() const;
};

} // namespace coapscope
