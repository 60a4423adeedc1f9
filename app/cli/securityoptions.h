// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/uri.h"
#include "common/expected.h"
#include "security/dtlsrole.h"
#include "security/securitysettings.h"

class QCommandLineParser;

namespace coapscope::cli {

// --psk-identity, --psk-key, --psk-key-hex, --cert, --key, --ca, --no-verify,
// --allow-self-signed, --allow-expired, --sni, --keylog; serve adds --psk-hint.
void addSecurityOptions(QCommandLineParser &parser, DtlsRole role);

// The settings the options describe, for talking to (client) or serving (server) uri, or the
// reason they make no sense. No options at all give empty settings.
Expected<SecuritySettings, QString> parseSecurityOptions(const QCommandLineParser &parser,
                                                         DtlsRole role, const Uri &uri);

} // namespace coapscope::cli
