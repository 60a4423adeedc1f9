// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "certificateinfo.h"

#include <openssl/x509.h>

namespace coapscope {

CertificateInfo certificateInfo(X509 *certificate, int verifyResult);

} // namespace coapscope
