// SPDX-License-Identifier: BSD-2-Clause
#include "dtlsrecordsummary.h"

#include "security/dtlsrecord_p.h"

namespace coapscope {

namespace {

constexpr quint8 ChangeCipherSpec = DtlsContentType::changeCipherSpec;
constexpr quint8 Alert = DtlsContentType::alert;
constexpr quint8 Handshake = DtlsContentType::handshake;
constexpr quint8 ApplicationData = DtlsContentType::applicationData;

} // namespace

QList<DtlsRecordSummary> summarizeDtlsDatagram(QByteArrayView datagram)
{
    QList<DtlsRecordSummary> records;
    for (const DtlsRecordHeader &header : dtlsRecordHeaders(datagram)) {
        // The engine's own DTLS traffic needs no such check, but a trace also holds datagrams
        // that are not DTLS at all: DTLS 1.0 is 0xfeff and 1.2 0xfefd, and a CoAP datagram
        // never starts with a content type from 20 to 23 and 0xfe after it.
        if (header.contentType < ChangeCipherSpec || header.contentType > ApplicationData ||
            (header.version >> 8) != 0xfe)
            break;
        DtlsRecordSummary record;
        record.offset = header.offset;
        record.contentType = header.contentType;
        record.version = header.version;
        record.epoch = header.epoch;
        record.sequence = header.sequence;
        record.length = header.length;
        const qsizetype fragment = header.offset + DtlsRecordHeader::size;
        if (!record.isEncrypted() && record.contentType == Handshake && record.length >= 1)
            record.handshakeType = quint8(datagram.at(fragment));
        if (!record.isEncrypted() && record.contentType == Alert && record.length >= 2) {
            record.alertLevel = quint8(datagram.at(fragment));
            record.alertDescription = quint8(datagram.at(fragment + 1));
        }
        records.append(record);
    }
    return records;
}

bool carriesOnlyApplicationData(const QList<DtlsRecordSummary> &records)
{
    for (const DtlsRecordSummary &record : records) {
        if (record.contentType != ApplicationData)
            return false;
    }
    return true;
}

QLatin1StringView dtlsContentTypeName(quint8 contentType)
{
    switch (contentType) {
    case ChangeCipherSpec:
        return QLatin1StringView("ChangeCipherSpec");
    case Alert:
        return QLatin1StringView("Alert");
    case Handshake:
        return QLatin1StringView("Handshake");
    case ApplicationData:
        return QLatin1StringView("ApplicationData");
    }
    return {};
}

QLatin1StringView dtlsHandshakeTypeName(quint8 handshakeType)
{
    switch (handshakeType) {
    case 0:
        return QLatin1StringView("HelloRequest");
    case 1:
        return QLatin1StringView("ClientHello");
    case 2:
        return QLatin1StringView("ServerHello");
    case 3:
        return QLatin1StringView("HelloVerifyRequest");
    case 4:
        return QLatin1StringView("NewSessionTicket");
    case 11:
        return QLatin1StringView("Certificate");
    case 12:
        return QLatin1StringView("ServerKeyExchange");
    case 13:
        return QLatin1StringView("CertificateRequest");
    case 14:
        return QLatin1StringView("ServerHelloDone");
    case 15:
        return QLatin1StringView("CertificateVerify");
    case 16:
        return QLatin1StringView("ClientKeyExchange");
    case 20:
        return QLatin1StringView("Finished");
    }
    return {};
}

QLatin1StringView dtlsAlertDescriptionName(quint8 description)
{
    switch (description) {
    case 0:
        return QLatin1StringView("close_notify");
    case 10:
        return QLatin1StringView("unexpected_message");
    case 20:
        return QLatin1StringView("bad_record_mac");
    case 22:
        return QLatin1StringView("record_overflow");
    case 40:
        return QLatin1StringView("handshake_failure");
    case 42:
        return QLatin1StringView("bad_certificate");
    case 43:
        return QLatin1StringView("unsupported_certificate");
    case 44:
        return QLatin1StringView("certificate_revoked");
    case 45:
        return QLatin1StringView("certificate_expired");
    case 46:
        return QLatin1StringView("certificate_unknown");
    case 47:
        return QLatin1StringView("illegal_parameter");
    case 48:
        return QLatin1StringView("unknown_ca");
    case 49:
        return QLatin1StringView("access_denied");
    case 50:
        return QLatin1StringView("decode_error");
    case 51:
        return QLatin1StringView("decrypt_error");
    case 70:
        return QLatin1StringView("protocol_version");
    case 71:
        return QLatin1StringView("insufficient_security");
    case 80:
        return QLatin1StringView("internal_error");
    case 90:
        return QLatin1StringView("user_canceled");
    case 100:
        return QLatin1StringView("no_renegotiation");
    case 110:
        return QLatin1StringView("unsupported_extension");
    case 115:
        return QLatin1StringView("unknown_psk_identity");
    }
    return {};
}

} // namespace coapscope
