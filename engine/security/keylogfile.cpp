// SPDX-License-Identifier: BSD-2-Clause
#include "keylogfile_p.h"

namespace coapscope {

Expected<std::unique_ptr<KeyLogFile>, SecurityError> KeyLogFile::open(const QString &path)
{
    std::unique_ptr<KeyLogFile> file(new KeyLogFile(path));
    if (!file->m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        return unexpected(
            SecurityError{SecurityError::Kind::InvalidSettings,
                          QStringLiteral("%1: %2").arg(path, file->m_file.errorString()),
                          {}});
    }
    return file;
}

void KeyLogFile::appendLine(const char *line)
{
    m_file.write(line);
    m_file.write("\n");
    m_file.flush();
}

} // namespace coapscope
