// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QLoggingCategory>

namespace coapscope {

Q_DECLARE_LOGGING_CATEGORY(lcDtls) // "coapscope.engine.dtls", defined in dtlsconnection.cpp

} // namespace coapscope
