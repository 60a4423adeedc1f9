// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "client/requesterror.h"
#include "codec/uri.h"
#include "common/expected.h"
#include "security/securitysettings.h"
#include "session/transmissionparameters.h"
#include "traceoutput.h"

#include <functional>

class QCommandLineParser;

namespace coapscope {
class CoapReply;
class Session;
} // namespace coapscope

namespace coapscope::cli {

// What every command that talks to a server takes: the URI, the transmission parameters,
// --json, --verbose and --trace-out.
struct CommonArguments
{
    Uri uri;
    TransmissionParameters parameters;
    SecuritySettings security;
    bool json = false;
    bool verbose = false;
    TraceOptions trace;
    qint64 busyPollUs = 0;
};

// Prints message on standard error; returns the usage exit status.
int usageError(const QString &message);

void addCommonOptions(QCommandLineParser &parser);
// Returns the exit status instead when the command ends here: after --help, or on nonsense.
Expected<CommonArguments, int> parseCommonArguments(QCommandLineParser &parser,
                                                    const QStringList &arguments);

// Resolves the URI's host, opens a session of the URI's protocol, calls start with it and runs the
// event loop until the reply finishes. A reply without a response is reported here (as JSON with
// --json); finish turns one with a response into the exit status.
int withSession(const Uri &uri, const CommonArguments &common,
                const std::function<CoapReply *(Session *)> &start,
                const std::function<int(CoapReply *)> &finish);

void printFailure(const RequestError &error, bool json);
int exitStatusFor(const RequestError &error);

} // namespace coapscope::cli
