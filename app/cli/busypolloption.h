// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"

#include <QString>

class QCommandLineParser;

namespace coapscope::cli {

// --busy-poll MICROSECONDS, for serve and for the client commands alike.
void addBusyPollOption(QCommandLineParser &parser);

// The limit the option gives (the engine's default when it is not given), or why it is wrong.
Expected<qint64, QString> parseBusyPollOption(const QCommandLineParser &parser);

} // namespace coapscope::cli
