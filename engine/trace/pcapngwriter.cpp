// SPDX-License-Identifier: BSD-2-Clause
#include "pcapngwriter.h"

#include <QIODevice>
#include <QtEndian>

namespace coapscope {

namespace {

constexpr quint32 sectionHeaderType = 0x0a0d0d0a;
constexpr quint32 interfaceDescriptionType = 0x00000001;
constexpr quint32 enhancedPacketType = 0x00000006;
constexpr quint32 decryptionSecretsType = 0x0000000a;
constexpr quint32 byteOrderMagic = 0x1a2b3c4d;

constexpr quint16 optionEnd = 0;
constexpr quint16 optionComment = 1;
constexpr quint16 optionShbUserApplication = 4;
constexpr quint16 optionIfName = 2;
constexpr quint16 optionIfDescription = 3;
constexpr quint16 optionEpbFlags = 2;

void appendUint16(QByteArray &out, quint16 value)
{
    const quint16 little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof little);
}

void appendUint32(QByteArray &out, quint32 value)
{
    const quint32 little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof little);
}

// Block bodies and option values end on a 32-bit boundary.
void padToFour(QByteArray &out)
{
    while (out.size() % 4 != 0)
        out.append('\0');
}

void appendOption(QByteArray &out, quint16 code, const QByteArray &value)
{
    appendUint16(out, code);
    appendUint16(out, quint16(value.size()));
    out.append(value);
    padToFour(out);
}

void appendEndOfOptions(QByteArray &out)
{
    appendUint16(out, optionEnd);
    appendUint16(out, 0);
}

// Type, total length, body, total length again (so a reader can walk backwards).
QByteArray block(quint32 type, const QByteArray &body)
{
    const quint32 total = quint32(body.size()) + 12;
    QByteArray out;
    out.reserve(qsizetype(total));
    appendUint32(out, type);
    appendUint32(out, total);
    out.append(body);
    appendUint32(out, total);
    return out;
}

// Options hold at most 65535 bytes; a longer comment is cut on a character boundary.
QByteArray optionText(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= 0xffff)
        return utf8;
    qsizetype end = 0xffff;
    while (end > 0 && (quint8(utf8.at(end)) & 0xc0) == 0x80)
        --end;
    utf8.truncate(end);
    return utf8;
}

} // namespace

PcapngWriter::PcapngWriter(QIODevice &device)
    : m_device(device)
{}

bool PcapngWriter::write(const QByteArray &block)
{
    return m_device.write(block) == block.size();
}

bool PcapngWriter::writeSectionHeader(const QString &application)
{
    m_interfaces = 0;
    return write(sectionHeaderBlock(application));
}

std::optional<quint32> PcapngWriter::writeInterface(quint16 linkType, const QString &name,
                                                    const QString &description)
{
    if (!write(interfaceDescriptionBlock(linkType, name, description)))
        return std::nullopt;
    return m_interfaces++;
}

bool PcapngWriter::writeSecrets(quint32 type, const QByteArray &secrets)
{
    return write(decryptionSecretsBlock(type, secrets));
}

bool PcapngWriter::writePacket(quint32 interfaceId, qint64 timestampUs, const QByteArray &packet,
                               PacketDirection direction, const QString &comment)
{
    return write(enhancedPacketBlock(interfaceId, timestampUs, packet, direction, comment));
}

QByteArray PcapngWriter::sectionHeaderBlock(const QString &application)
{
    QByteArray body;
    appendUint32(body, byteOrderMagic);
    appendUint16(body, 1);          // major version
    appendUint16(body, 0);          // minor version
    appendUint32(body, 0xffffffff); // section length: not given (-1 as 64 bits)
    appendUint32(body, 0xffffffff);
    if (!application.isEmpty()) {
        appendOption(body, optionShbUserApplication, optionText(application));
        appendEndOfOptions(body);
    }
    return block(sectionHeaderType, body);
}

QByteArray PcapngWriter::interfaceDescriptionBlock(quint16 linkType, const QString &name,
                                                   const QString &description)
{
    QByteArray body;
    appendUint16(body, linkType);
    appendUint16(body, 0); // reserved
    appendUint32(body, 0); // snap length: no limit
    if (!name.isEmpty())
        appendOption(body, optionIfName, optionText(name));
    if (!description.isEmpty())
        appendOption(body, optionIfDescription, optionText(description));
    if (!name.isEmpty() || !description.isEmpty())
        appendEndOfOptions(body);
    return block(interfaceDescriptionType, body);
}

QByteArray PcapngWriter::decryptionSecretsBlock(quint32 type, const QByteArray &secrets)
{
    QByteArray body;
    appendUint32(body, type);
    appendUint32(body, quint32(secrets.size()));
    body.append(secrets);
    padToFour(body);
    return block(decryptionSecretsType, body);
}

QByteArray PcapngWriter::enhancedPacketBlock(quint32 interfaceId, qint64 timestampUs,
                                             const QByteArray &packet, PacketDirection direction,
                                             const QString &comment)
{
    const auto timestamp = quint64(timestampUs);
    QByteArray body;
    body.reserve(packet.size() + comment.size() + 40);
    appendUint32(body, interfaceId);
    appendUint32(body, quint32(timestamp >> 32));
    appendUint32(body, quint32(timestamp & 0xffffffff));
    appendUint32(body, quint32(packet.size())); // captured length
    appendUint32(body, quint32(packet.size())); // original length
    body.append(packet);
    padToFour(body);
    const bool hasOptions = !comment.isEmpty() || direction != PacketDirection::Unknown;
    if (!comment.isEmpty())
        appendOption(body, optionComment, optionText(comment));
    if (direction != PacketDirection::Unknown) {
        // epb_flags: bits 0-1 are the direction, 01 inbound and 10 outbound.
        QByteArray flags;
        appendUint32(flags, direction == PacketDirection::Inbound ? 1 : 2);
        appendOption(body, optionEpbFlags, flags);
    }
    if (hasOptions)
        appendEndOfOptions(body);
    return block(enhancedPacketType, body);
}

} // namespace coapscope
