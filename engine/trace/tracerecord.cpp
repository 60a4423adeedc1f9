// SPDX-License-Identifier: BSD-2-Clause
#include "tracerecord.h"

#include <QDateTime>

namespace coapscope {

QLatin1StringView traceCauseId(TraceCause cause)
{
    switch (cause) {
    case TraceCause::Transmission:
        return QLatin1StringView("transmission");
    case TraceCause::Retransmission:
        return QLatin1StringView("retransmission");
    case TraceCause::Received:
        return QLatin1StringView("received");
    case TraceCause::DuplicateReceived:
        return QLatin1StringView("duplicate");
    case TraceCause::CachedResponseSent:
        return QLatin1StringView("cached-response");
    case TraceCause::ResetSent:
        return QLatin1StringView("reset-sent");
    case TraceCause::Ignored:
        return QLatin1StringView("ignored");
    case TraceCause::Malformed:
        return QLatin1StringView("malformed");
    }
    return QLatin1StringView("unknown");
}

std::optional<TraceCause> traceCauseFromId(QStringView id)
{
    for (int value = 0; value <= int(TraceCause::Malformed); ++value) {
        if (id == traceCauseId(TraceCause(value)))
            return TraceCause(value);
    }
    return std::nullopt;
}

QString traceTimeText(qint64 timestampUs)
{
    return QDateTime::fromMSecsSinceEpoch(timestampUs / 1000)
               .toUTC()
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) +
           QStringLiteral("%1Z").arg(timestampUs % 1000000, 6, 10, QLatin1Char('0'));
}

} // namespace coapscope
