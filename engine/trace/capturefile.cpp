// SPDX-License-Identifier: BSD-2-Clause
#include "capturefile.h"

#include <QIODevice>
#include <QList>
#include <QtEndian>

namespace coapscope {

namespace {

constexpr quint32 pcapMicroseconds = 0xa1b2c3d4;
constexpr quint32 pcapNanoseconds = 0xa1b23c4d;
constexpr quint32 blockSectionHeader = 0x0a0d0d0a;
constexpr quint32 blockInterface = 0x00000001;
constexpr quint32 blockSimplePacket = 0x00000003;
constexpr quint32 blockEnhancedPacket = 0x00000006;
constexpr quint32 byteOrderMagic = 0x1a2b3c4d;
constexpr quint32 largestBlock = 64 * 1024 * 1024; // a sanity bound, as Wireshark has one
constexpr quint16 optionEnd = 0;
constexpr quint16 optionComment = 1;
constexpr quint16 optionTimestampResolution = 9;

qint64 padded(qint64 size)
{
    return (size + 3) & ~qint64(3);
}

} // namespace

QLatin1StringView CaptureReadError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::NotACapture:
        return QLatin1StringView("not-a-capture");
    case Kind::Truncated:
        return QLatin1StringView("truncated");
    case Kind::Corrupt:
        return QLatin1StringView("corrupt");
    case Kind::Unsupported:
        return QLatin1StringView("unsupported");
    }
    return QLatin1StringView("unknown");
}

CaptureFile::CaptureFile(QIODevice &device)
    : m_device(device)
{}

quint16 CaptureFile::read16(const char *data) const
{
    return m_bigEndian ? qFromBigEndian<quint16>(data) : qFromLittleEndian<quint16>(data);
}

quint32 CaptureFile::read32(const char *data) const
{
    return m_bigEndian ? qFromBigEndian<quint32>(data) : qFromLittleEndian<quint32>(data);
}

void CaptureFile::fail(CaptureReadError::Kind kind, const QString &detail)
{
    if (!m_error)
        m_error = CaptureReadError{kind, m_offset, detail};
}

QByteArray CaptureFile::readExactly(qint64 size, const char *what)
{
    QByteArray bytes = m_device.read(size);
    if (bytes.size() != size) {
        fail(CaptureReadError::Kind::Truncated,
             QStringLiteral("the file ends inside %1").arg(QLatin1String(what)));
        return {};
    }
    m_offset += size;
    return bytes;
}

std::optional<CapturedFrame> CaptureFile::next()
{
    if (m_error)
        return std::nullopt;
    if (m_format == Format::Unknown && !readHeader())
        return std::nullopt;
    return m_format == Format::Pcap ? nextPcap() : nextPcapng();
}

bool CaptureFile::readHeader()
{
    const QByteArray magic = m_device.peek(4);
    if (magic.size() < 4) {
        fail(CaptureReadError::Kind::NotACapture, QStringLiteral("the file is too short"));
        return false;
    }
    const quint32 little = qFromLittleEndian<quint32>(magic.constData());
    const quint32 big = qFromBigEndian<quint32>(magic.constData());
    if (little == blockSectionHeader) {
        m_format = Format::Pcapng;
        return true;
    }
    if (little != pcapMicroseconds && little != pcapNanoseconds && big != pcapMicroseconds &&
        big != pcapNanoseconds) {
        fail(CaptureReadError::Kind::NotACapture,
             QStringLiteral("no pcap or pcapng magic number at the start"));
        return false;
    }
    m_bigEndian = big == pcapMicroseconds || big == pcapNanoseconds;
    m_nanoseconds = (m_bigEndian ? big : little) == pcapNanoseconds;
    const QByteArray header = readExactly(24, "the pcap header");
    if (header.isEmpty())
        return false;
    m_pcapLinkType = quint16(read32(header.constData() + 20));
    m_format = Format::Pcap;
    return true;
}

std::optional<CapturedFrame> CaptureFile::nextPcap()
{
    if (m_device.atEnd())
        return std::nullopt;
    const QByteArray header = readExactly(16, "a packet header");
    if (header.isEmpty())
        return std::nullopt;
    const quint32 seconds = read32(header.constData());
    const quint32 fraction = read32(header.constData() + 4);
    const quint32 captured = read32(header.constData() + 8);
    if (captured > largestBlock) {
        fail(CaptureReadError::Kind::Corrupt,
             QStringLiteral("a packet claims %1 bytes").arg(captured));
        return std::nullopt;
    }
    CapturedFrame frame;
    frame.timestampUs = qint64(seconds) * 1000000 + (m_nanoseconds ? fraction / 1000 : fraction);
    frame.linkType = m_pcapLinkType;
    frame.data = readExactly(captured, "a packet");
    if (m_error)
        return std::nullopt;
    return frame;
}

std::optional<CapturedFrame> CaptureFile::nextPcapng()
{
    while (!m_device.atEnd()) {
        const qint64 blockStart = m_offset;
        QByteArray head = m_device.peek(12);
        if (head.size() < 8) {
            fail(CaptureReadError::Kind::Truncated,
                 QStringLiteral("the file ends inside a block header"));
            return std::nullopt;
        }
        // A section header sets the byte order for what follows, itself included.
        if (qFromLittleEndian<quint32>(head.constData()) == blockSectionHeader) {
            if (head.size() < 12) {
                fail(CaptureReadError::Kind::Truncated,
                     QStringLiteral("the file ends inside a section header"));
                return std::nullopt;
            }
            const quint32 magic = qFromLittleEndian<quint32>(head.constData() + 8);
            if (magic != byteOrderMagic &&
                qFromBigEndian<quint32>(head.constData() + 8) != byteOrderMagic) {
                fail(CaptureReadError::Kind::Corrupt,
                     QStringLiteral("a section header without its byte-order magic"));
                return std::nullopt;
            }
            m_bigEndian = magic != byteOrderMagic;
        }
        const quint32 type = read32(head.constData());
        const quint32 length = read32(head.constData() + 4);
        if (length < 12 || length % 4 != 0 || length > largestBlock) {
            fail(CaptureReadError::Kind::Corrupt,
                 QStringLiteral("a block of type 0x%1 claims %2 bytes")
                     .arg(type, 0, 16)
                     .arg(length));
            return std::nullopt;
        }
        const QByteArray block = readExactly(length, "a block");
        if (block.isEmpty())
            return std::nullopt;
        if (read32(block.constData() + length - 4) != length) {
            m_offset = blockStart;
            fail(CaptureReadError::Kind::Corrupt, QStringLiteral("a block's two lengths differ"));
            return std::nullopt;
        }
        const QByteArray body = block.mid(8, length - 12);
        switch (type) {
        case blockSectionHeader:
            m_interfaces.clear(); // interface ids count from 0 in each section
            break;
        case blockInterface:
            readInterface(body);
            break;
        case blockEnhancedPacket:
            return readEnhancedPacket(body);
        case blockSimplePacket:
            if (m_interfaces.isEmpty() || body.size() < 4)
                break;
            return CapturedFrame{
                0,
                m_interfaces.first().linkType,
                body.mid(4, qMin<qsizetype>(read32(body.constData()), body.size() - 4)),
                {}};
        default:
            break; // statistics, name resolution, secrets, custom blocks: not packets
        }
        if (m_error)
            return std::nullopt;
    }
    return std::nullopt;
}

void CaptureFile::readInterface(const QByteArray &body)
{
    Interface interface;
    if (body.size() >= 8)
        interface.linkType = read16(body.constData());
    for (qsizetype at = 8; at + 4 <= body.size();) {
        const quint16 code = read16(body.constData() + at);
        const quint16 size = read16(body.constData() + at + 2);
        if (code == optionEnd || at + 4 + size > body.size())
            break;
        if (code == optionTimestampResolution && size >= 1) {
            const quint8 resolution = quint8(body.at(at + 4));
            const int exponent = resolution & 0x7f;
            // High bit set: a power of two; else a power of ten. Unrepresentable ones stay µs.
            if ((resolution & 0x80) != 0 && exponent <= 40)
                interface.ticksPerSecond = qint64(1) << exponent;
            else if ((resolution & 0x80) == 0 && exponent <= 12)
                interface.ticksPerSecond = [exponent] {
                    qint64 value = 1;
                    for (int i = 0; i < exponent; ++i)
                        value *= 10;
                    return value;
                }();
        }
        at += 4 + padded(size);
    }
    m_interfaces.append(interface);
}

std::optional<CapturedFrame> CaptureFile::readEnhancedPacket(const QByteArray &body)
{
    if (body.size() < 20) {
        fail(CaptureReadError::Kind::Corrupt, QStringLiteral("a packet block too short"));
        return std::nullopt;
    }
    const quint32 interfaceId = read32(body.constData());
    if (interfaceId >= quint32(m_interfaces.size())) {
        fail(
            CaptureReadError::Kind::Corrupt,
            QStringLiteral("a packet on interface %1, which was never described").arg(interfaceId));
        return std::nullopt;
    }
    const Interface &interface = m_interfaces.at(interfaceId);
    const quint64 ticks =
        (quint64(read32(body.constData() + 4)) << 32) | read32(body.constData() + 8);
    const quint32 captured = read32(body.constData() + 12);
    if (20 + padded(captured) > body.size()) {
        fail(CaptureReadError::Kind::Corrupt, QStringLiteral("a packet longer than its block"));
        return std::nullopt;
    }
    CapturedFrame frame;
    const qint64 perSecond = interface.ticksPerSecond;
    frame.timestampUs = qint64(ticks / quint64(perSecond)) * 1000000 +
                        qint64(ticks % quint64(perSecond)) * 1000000 / perSecond;
    frame.linkType = interface.linkType;
    frame.data = body.mid(20, captured);
    for (qsizetype at = 20 + padded(captured); at + 4 <= body.size();) {
        const quint16 code = read16(body.constData() + at);
        const quint16 size = read16(body.constData() + at + 2);
        if (code == optionEnd || at + 4 + size > body.size())
            break;
        if (code == optionComment)
            frame.comment = QString::fromUtf8(body.mid(at + 4, size));
        at += 4 + padded(size);
    }
    return frame;
}

} // namespace coapscope
