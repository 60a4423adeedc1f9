// SPDX-License-Identifier: BSD-2-Clause
#include "atomicfile.h"

#include <QSaveFile>

namespace coapscope {

std::optional<TraceExportError> writeAtomically(const QString &path,
                                                const std::function<bool(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return TraceExportError{TraceExportError::Kind::OpenFailed, path, file.errorString()};
    if (!write(file)) {
        const QString detail = file.errorString();
        file.cancelWriting();
        return TraceExportError{TraceExportError::Kind::WriteFailed, path, detail};
    }
    if (!file.commit())
        return TraceExportError{TraceExportError::Kind::CommitFailed, path, file.errorString()};
    return std::nullopt;
}

} // namespace coapscope
