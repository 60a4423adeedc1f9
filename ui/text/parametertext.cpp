// SPDX-License-Identifier: BSD-2-Clause
#include "parametertext.h"

#include <QCoreApplication>

namespace coapscope::text {

namespace {
struct ParameterText
{
    Q_DECLARE_TR_FUNCTIONS(ParameterText)
};
} // namespace

QString describeParameterProblem(TransmissionParameters::Problem problem)
{
    using Problem = TransmissionParameters::Problem;
    switch (problem) {
    case Problem::AckTimeoutNotPositive:
        return ParameterText::tr("ACK_TIMEOUT must be more than 0.");
    case Problem::RandomFactorBelowOne:
        return ParameterText::tr("ACK_RANDOM_FACTOR must be at least 1.");
    case Problem::MaxRetransmitOutOfRange:
        return ParameterText::tr("MAX_RETRANSMIT must be between 0 and 20.");
    case Problem::NstartBelowOne:
        return ParameterText::tr("NSTART must be at least 1.");
    case Problem::NegativeLeisure:
        return ParameterText::tr("DEFAULT_LEISURE cannot be negative.");
    case Problem::ProbingRateNotPositive:
        return ParameterText::tr("PROBING_RATE must be more than 0.");
    case Problem::NegativeLatency:
        return ParameterText::tr("MAX_LATENCY cannot be negative.");
    }
    return {};
}

} // namespace coapscope::text
