// SPDX-License-Identifier: BSD-2-Clause
#include "buildinfo.h"

#include "coapscope_version.h"

#include <QtGlobal>

#include <openssl/crypto.h>

namespace coapscope::BuildInfo {

QString applicationVersion()
{
    return QStringLiteral(COAPSCOPE_VERSION_STRING);
}

QString qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace coapscope::BuildInfo
