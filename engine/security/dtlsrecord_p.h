// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace coapscope {

// The cleartext header of a DTLS 1.2 record (RFC 6347 §4.1).
struct DtlsRecordHeader
{
    static constexpr int size = 13;
    qsizetype offset = 0; // of the header in the datagram
    quint8 contentType = 0;
    quint16 version = 0;
    quint16 epoch = 0;
    quint64 sequence = 0; // 48 bits
    quint16 length = 0;
};

namespace DtlsContentType {
constexpr quint8 changeCipherSpec = 20;
constexpr quint8 alert = 21;
constexpr quint8 handshake = 22;
constexpr quint8 applicationData = 23;
} // namespace DtlsContentType

// The headers of the records a datagram holds, up to the first that does not fit.
QList<DtlsRecordHeader> dtlsRecordHeaders(QByteArrayView datagram);
// Whether a datagram starts with a cleartext ClientHello: the only thing that may create state.
bool startsWithClientHello(const QByteArray &datagram);
// A cleartext (epoch 0) alert record.
QByteArray plaintextAlertRecord(quint64 sequence, quint8 level, quint8 description);

} // namespace coapscope
