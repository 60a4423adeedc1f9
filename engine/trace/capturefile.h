// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace coapscope {

// Why a capture file could not be read (further): the kind, the byte offset where reading
// stopped, and the details.
struct CaptureReadError
{
    enum class Kind : quint8
    {
        NotACapture, // neither pcap nor pcapng
        Truncated,   // the file ends inside a header or a packet
        Corrupt,     // a length or field that cannot be
        Unsupported, // a pcapng section or link type we do not read
    };
    Kind kind = Kind::Corrupt;
    qint64 offset = 0;
    QString detail;

    static QLatin1StringView kindId(Kind kind);
};

// One captured frame as the file holds it.
struct CapturedFrame
{
    qint64 timestampUs = 0;
    quint16 linkType = 0;
    QByteArray data;
    QString comment; // pcapng's opt_comment, if any
};

// Reads pcap (microsecond or nanosecond, either byte order) and pcapng (enhanced and simple
// packet blocks, any number of interfaces and sections) frame by frame. Damage stops the
// reading: what came before it stays good, and error() says where and what.
class CaptureFile
{
public:
    explicit CaptureFile(QIODevice &device);

    // The next frame, or nullopt at the end or at damage (see error()).
    std::optional<CapturedFrame> next();
    const std::optional<CaptureReadError> &error() const { return m_error; }
    qint64 position() const { return m_offset; }

private:
    enum class Format : quint8
    {
        Unknown,
        Pcap,
        Pcapng
    };
    struct Interface
    {
        quint16 linkType = 0;
        qint64 ticksPerSecond = 1000000;
    };

    bool readHeader();
    std::optional<CapturedFrame> nextPcap();
    std::optional<CapturedFrame> nextPcapng();
    bool readSectionHeader(const QByteArray &block);
    void readInterface(const QByteArray &body);
    std::optional<CapturedFrame> readEnhancedPacket(const QByteArray &body);
    QByteArray readExactly(qint64 size, const char *what);
    quint16 read16(const char *data) const;
    quint32 read32(const char *data) const;
    void fail(CaptureReadError::Kind kind, const QString &detail);

    QIODevice &m_device;
    Format m_format = Format::Unknown;
    bool m_bigEndian = false;
    bool m_nanoseconds = false;
    quint16 m_pcapLinkType = 0;
    QList<Interface> m_interfaces;
    qint64 m_offset = 0;
    std::optional<CaptureReadError> m_error;
};

} // namespace coapscope
