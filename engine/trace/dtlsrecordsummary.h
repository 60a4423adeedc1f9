// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QList>

#include <optional>

namespace coapscope {

// What a trace can say about one DTLS 1.2 record (RFC 6347 §4.1) without its keys: the
// cleartext header, and for epoch 0 the handshake message type or the alert.
struct DtlsRecordSummary
{
    static constexpr int HeaderSize = 13;

    qsizetype offset = 0; // of the record's header in the datagram
    quint8 contentType = 0;
    quint16 version = 0;
    quint16 epoch = 0;
    quint64 sequence = 0; // 48 bits
    quint16 length = 0;   // of the fragment after the header
    // Epoch 0 only: later epochs are encrypted.
    std::optional<quint8> handshakeType;
    std::optional<quint8> alertLevel;
    std::optional<quint8> alertDescription;

    bool isEncrypted() const { return epoch != 0; }
};

// The records of a datagram, up to the first whose header or fragment does not fit; empty when
// the datagram does not start with a DTLS record.
QList<DtlsRecordSummary> summarizeDtlsDatagram(QByteArrayView datagram);
// Whether every record is application data: a datagram that only carries CoAP.
bool carriesOnlyApplicationData(const QList<DtlsRecordSummary> &records);

// The registry names (RFC 5246 §7.4, RFC 6347 §4.2.1, RFC 5246 §7.2), as Wireshark shows them:
// "ClientHello", "HelloVerifyRequest", "handshake_failure"; empty for values not registered.
QLatin1StringView dtlsContentTypeName(quint8 contentType);
QLatin1StringView dtlsHandshakeTypeName(quint8 handshakeType);
QLatin1StringView dtlsAlertDescriptionName(quint8 description);

} // namespace coapscope
