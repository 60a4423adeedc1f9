// SPDX-License-Identifier: BSD-2-Clause
#pragma once

// Reading and writing whole profile files, for ProfileStore's own files.

#include "common/expected.h"
#include "profileerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace coapscope::profilefiles {

Expected<QByteArray, ProfileError> readBytes(const QString &path);
// Atomically (QSaveFile), creating the directory if need be; the old file stays on failure.
std::optional<ProfileError> writeBytes(const QString &path, const QByteArray &contents);

} // namespace coapscope::profilefiles
