// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>

// Test vectors are written as hex with spaces for readability.
inline QByteArray hexBytes(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex).replace(' ', ""));
}
