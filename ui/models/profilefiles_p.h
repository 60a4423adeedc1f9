// SPDX-License-Identifier: BSD-2-Clause
#pragma once

// Reading and writing whole profile files, for ProfileStore's own files.

#include "common/expected.h"
#include "connectionprofile.h"
#include "profileerror.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace coapscope::profilefiles {

Expected<QByteArray, ProfileError> readBytes(const QString &path);
// Atomically (QSaveFile), creating the directory if need be; the old file stays on failure.
std::optional<ProfileError> writeBytes(const QString &path, const QByteArray &contents);

struct FieldProblem
{
    QLatin1StringView field; // "uri", "blockSize"
    QString detail;
};
// What makes a profile one that a profile file must not hold, beyond what each field's type
// says: the rule both the file reader and the store apply (profilefilereader.cpp).
std::optional<FieldProblem> profileProblem(const ConnectionProfile &profile);

} // namespace coapscope::profilefiles
