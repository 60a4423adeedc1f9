// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "securityerror.h"

namespace coapscope {

class HandshakeRecorder;

// Turns what OpenSSL reported (its first error code and text) and what the callbacks recorded
// (our certificate verdict, alerts sent and received) into the most truthful SecurityError for
// this end. pskHandshake says whether keys came from a PSK, which is what makes a received
// bad_record_mac or decrypt_error mean "the keys differ".
SecurityError classifyFailure(const HandshakeRecorder &recorder, unsigned long openSslError,
                              const QString &openSslText, bool pskHandshake);

} // namespace coapscope
