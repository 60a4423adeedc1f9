// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/transmissionparameters.h"

#include <QString>

namespace coapscope::text {

QString describeParameterProblem(TransmissionParameters::Problem problem);

} // namespace coapscope::text
