// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/session.h"

#include <QString>

namespace coapscope::text {

QString roleText(SessionRole role);
QString stateText(SessionState state);
// One sentence on what the state means, for tooltips.
QString stateExplanation(SessionState state);
// "1.2 s", "850 ms", "—" for nothing.
QString durationText(std::optional<qint64> milliseconds);
// A token as the trace shows it: lower-case hex, "(empty)" for none.
QString tokenText(const QByteArray &token);

} // namespace coapscope::text
