// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "securityerror.h"

#include <QFile>

#include <memory>

namespace coapscope {

// The NSS key log file (what SSLKEYLOGFILE names) that Wireshark and tshark read to decrypt a
// capture. Lines are appended and flushed one by one, so a capture can be decrypted while the
// session still runs.
class KeyLogFile
{
public:
    static Expected<std::unique_ptr<KeyLogFile>, SecurityError> open(const QString &path);

    void appendLine(const char *line);

private:
    explicit KeyLogFile(const QString &path)
        : m_file(path)
    {}

    QFile m_file;
};

} // namespace coapscope
