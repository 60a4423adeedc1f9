// SPDX-License-Identifier: BSD-2-Clause
#include "dtlsrecord_p.h"

#include <QtEndian>

namespace coapscope {

namespace {

constexpr quint8 dtls12VersionMajor = 0xfe;
constexpr quint8 dtls12VersionMinor = 0xfd;
constexpr quint8 clientHelloType = 1;

quint64 readUint48(const uchar *bytes)
{
    quint64 value = 0;
    for (int i = 0; i < 6; ++i)
        value = value << 8 | bytes[i];
    return value;
}

} // namespace

QList<DtlsRecordHeader> dtlsRecordHeaders(QByteArrayView datagram)
{
    QList<DtlsRecordHeader> headers;
    const auto *bytes = reinterpret_cast<const uchar *>(datagram.constData());
    qsizetype offset = 0;
    while (datagram.size() - offset >= DtlsRecordHeader::size) {
        const uchar *at = bytes + offset;
        DtlsRecordHeader header;
        header.offset = offset;
        header.contentType = at[0];
        header.version = qFromBigEndian<quint16>(at + 1);
        header.epoch = qFromBigEndian<quint16>(at + 3);
        header.sequence = readUint48(at + 5);
        header.length = qFromBigEndian<quint16>(at + 11);
        if (datagram.size() - offset - DtlsRecordHeader::size < header.length)
            break;
        headers.append(header);
        offset += DtlsRecordHeader::size + header.length;
    }
    return headers;
}

bool startsWithClientHello(const QByteArray &datagram)
{
    if (datagram.size() < DtlsRecordHeader::size + 1)
        return false;
    const auto *bytes = reinterpret_cast<const uchar *>(datagram.constData());
    const quint16 epoch = qFromBigEndian<quint16>(bytes + 3);
    return bytes[0] == DtlsContentType::handshake && epoch == 0 &&
           bytes[DtlsRecordHeader::size] == clientHelloType;
}

QByteArray plaintextAlertRecord(quint64 sequence, quint8 level, quint8 description)
{
    QByteArray record;
    record.reserve(DtlsRecordHeader::size + 2);
    record.append(char(DtlsContentType::alert));
    record.append(char(dtls12VersionMajor));
    record.append(char(dtls12VersionMinor));
    record.append(2, '\0'); // epoch 0
    for (int shift = 40; shift >= 0; shift -= 8)
        record.append(char((sequence >> shift) & 0xff));
    record.append('\0');
    record.append(char(2)); // length
    record.append(char(level));
    record.append(char(description));
    return record;
}

} // namespace coapscope
