// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace coapscope {

// The blocks of a pcapng file (draft-ietf-opsawg-pcapng), little-endian, one section: a Section
// Header, Interface Descriptions, Decryption Secrets and Enhanced Packets. Encoding only: what
// goes in the packets is PacketSynthesizer's business.
class PcapngWriter
{
public:
    // Link types (tcpdump.org's LINKTYPE_ values) used by the trace exporters.
    static constexpr quint16 LinkTypeRaw = 101;               // an IPv4 or IPv6 header first
    static constexpr quint16 LinkTypeWiresharkUpperPdu = 252; // tags, then a named protocol's PDU
    // The Decryption Secrets Block's type for NSS key log lines.
    static constexpr quint32 SecretsTlsKeyLog = 0x544c534b;

    enum class PacketDirection : quint8
    {
        Unknown,
        Inbound,
        Outbound,
    };

    explicit PcapngWriter(QIODevice &device);

    bool writeSectionHeader(const QString &application);
    // Returns the interface's ID for writePacket(), or nothing when the write failed.
    std::optional<quint32> writeInterface(quint16 linkType, const QString &name,
                                          const QString &description);
    bool writeSecrets(quint32 type, const QByteArray &secrets);
    bool writePacket(quint32 interfaceId, qint64 timestampUs, const QByteArray &packet,
                     PacketDirection direction, const QString &comment);

    // The blocks themselves. Timestamps are microseconds since the Unix epoch, the default
    // resolution, so the Interface Description Block needs no if_tsresol.
    static QByteArray sectionHeaderBlock(const QString &application);
    static QByteArray interfaceDescriptionBlock(quint16 linkType, const QString &name,
                                                const QString &description);
    static QByteArray decryptionSecretsBlock(quint32 type, const QByteArray &secrets);
    static QByteArray enhancedPacketBlock(quint32 interfaceId, qint64 timestampUs,
                                          const QByteArray &packet, PacketDirection direction,
                                          const QString &comment);

private:
    bool write(const QByteArray &block);

    QIODevice &m_device;
    quint32 m_interfaces = 0;
};

} // namespace coapscope
