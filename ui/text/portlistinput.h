// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"

#include <QList>
#include <QString>

namespace coapscope::text {

// Port numbers as people type them: "15683, 25683" or "15683 25683". Empty text is an empty
// list; anything but whole numbers from 1 to 65535 is refused, in words. Duplicates go.
Expected<QList<quint16>, QString> parsePortList(const QString &text);

} // namespace coapscope::text
