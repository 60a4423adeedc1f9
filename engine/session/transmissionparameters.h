// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QtGlobal>

#include <optional>

namespace coapscope {

// RFC 7252 §4.8: the knobs of message transmission, with the RFC's defaults. Set on a Context
// for all its sessions; a session may carry its own.
struct TransmissionParameters
{
    qint64 ackTimeoutMs = 2000;
    double ackRandomFactor = 1.5;
    int maxRetransmit = 4;
    int nstart = 1;
    qint64 defaultLeisureMs = 5000;
    double probingRateBytesPerSecond = 1.0;
    qint64 maxLatencyMs = 100000;

    // RFC 7252 §4.8.2 derived values.
    qint64 maxTransmitSpanMs() const;
    qint64 maxTransmitWaitMs() const;
    qint64 processingDelayMs() const { return ackTimeoutMs; }
    qint64 exchangeLifetimeMs() const; // 247 s with the defaults
    qint64 nonLifetimeMs() const;      // 145 s with the defaults

    enum class Problem : quint8
    {
        AckTimeoutNotPositive,
        RandomFactorBelowOne,
        MaxRetransmitOutOfRange, // 0 to 20
        NstartBelowOne,
        NegativeLeisure,
        ProbingRateNotPositive,
        NegativeLatency,
    };
    // The first problem found, or nullopt when the set is usable.
    std::optional<Problem> validate() const;

    friend bool operator==(const TransmissionParameters &,
                           const TransmissionParameters &) = default;
};

} // namespace coapscope
