// SPDX-License-Identifier: BSD-2-Clause
// TraceDecodeTree for DTLS handshake flights and alerts: what a capture without the keys shows.
#include "trace/dtlsrecordsummary.h"
#include "tracedecodetree.h"

namespace coapscope {

namespace {

QString named(QLatin1StringView name, quint8 value)
{
    return name.isEmpty() ? QString::number(value)
                          : QStringLiteral("%1 (%2)").arg(QString(name)).arg(value);
}

} // namespace

void TraceDecodeTree::setDtlsDatagram(const TraceRecord &record)
{
    QTreeWidgetItem *top = startDatagram(record);
    const QList<DtlsRecordSummary> records = summarizeDtlsDatagram(record.bytes);
    for (const DtlsRecordSummary &summary : records) {
        const qsizetype size = DtlsRecordSummary::HeaderSize + summary.length;
        auto *item = addField(top, tr("Record"),
                              named(dtlsContentTypeName(summary.contentType), summary.contentType),
                              summary.offset, size);
        const qsizetype at = summary.offset;
        addField(item, tr("Content type"),
                 named(dtlsContentTypeName(summary.contentType), summary.contentType), at, 1);
        addField(item, tr("Version"),
                 summary.version == 0xfefd   ? QStringLiteral("DTLS 1.2 (0xfefd)")
                 : summary.version == 0xfeff ? QStringLiteral("DTLS 1.0 (0xfeff)")
                                             : QStringLiteral("0x%1").arg(summary.version, 4, 16),
                 at + 1, 2);
        addField(item, tr("Epoch"), QString::number(summary.epoch), at + 3, 2);
        addField(item, tr("Sequence number"), QString::number(summary.sequence), at + 5, 6);
        addField(item, tr("Length"), QString::number(summary.length), at + 11, 2);
        const qsizetype fragment = at + DtlsRecordSummary::HeaderSize;
        if (summary.handshakeType) {
            addField(item, tr("Handshake type"),
                     named(dtlsHandshakeTypeName(*summary.handshakeType), *summary.handshakeType),
                     fragment, 1);
        } else if (summary.alertDescription) {
            addField(item, tr("Alert level"),
                     *summary.alertLevel == 2 ? tr("fatal (2)")
                                              : tr("warning (%1)").arg(*summary.alertLevel),
                     fragment, 1);
            addField(item, tr("Alert"),
                     named(dtlsAlertDescriptionName(*summary.alertDescription),
                           *summary.alertDescription),
                     fragment + 1, 1);
        } else if (summary.isEncrypted()) {
            addField(item, tr("Encrypted fragment"), tr("%n byte(s)", nullptr, summary.length),
                     fragment, summary.length);
        }
        item->setExpanded(true);
    }
    const qsizetype used =
        records.isEmpty()
            ? 0
            : records.last().offset + DtlsRecordSummary::HeaderSize + records.last().length;
    if (used < record.bytes.size())
        addField(top, tr("Not a whole record"),
                 tr("%n byte(s)", nullptr, int(record.bytes.size() - used)), used,
                 record.bytes.size() - used);
    top->setExpanded(true);
}

} // namespace coapscope
