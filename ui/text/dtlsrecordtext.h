// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "trace/dtlsrecordsummary.h"

#include <QString>

namespace coapscope::text {

// A DTLS datagram's records in one line, by their registry names: "ClientHello",
// "ServerHello, ServerHelloDone", "Alert: fatal handshake_failure",
// "ChangeCipherSpec, encrypted Handshake".
QString describeDtlsRecords(const QList<DtlsRecordSummary> &records);

} // namespace coapscope::text
