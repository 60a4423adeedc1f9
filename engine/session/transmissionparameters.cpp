// SPDX-License-Identifier: BSD-2-Clause
#include "transmissionparameters.h"

#include <cmath>

namespace coapscope {

qint64 TransmissionParameters::maxTransmitSpanMs() const
{
    return qint64(
        std::llround(double(ackTimeoutMs) * double((1ll << maxRetransmit) - 1) * ackRandomFactor));
}

qint64 TransmissionParameters::maxTransmitWaitMs() const
{
    return qint64(std::llround(double(ackTimeoutMs) * double((1ll << (maxRetransmit + 1)) - 1) *
                               ackRandomFactor));
}

qint64 TransmissionParameters::exchangeLifetimeMs() const
{
    return maxTransmitSpanMs() + 2 * maxLatencyMs + processingDelayMs();
}

qint64 TransmissionParameters::nonLifetimeMs() const
{
    return maxTransmitSpanMs() + maxLatencyMs;
}

std::optional<TransmissionParameters::Problem> TransmissionParameters::validate() const
{
    if (ackTimeoutMs <= 0)
        return Problem::AckTimeoutNotPositive;
    if (!(ackRandomFactor >= 1.0))
        return Problem::RandomFactorBelowOne;
    if (maxRetransmit < 0 || maxRetransmit > 20)
        return Problem::MaxRetransmitOutOfRange;
    if (nstart < 1)
        return Problem::NstartBelowOne;
    if (defaultLeisureMs < 0)
        return Problem::NegativeLeisure;
    if (!(probingRateBytesPerSecond > 0))
        return Problem::ProbingRateNotPositive;
    if (maxLatencyMs < 0)
        return Problem::NegativeLatency;
    return std::nullopt;
}

} // namespace coapscope
