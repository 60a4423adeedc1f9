// SPDX-License-Identifier: BSD-2-Clause
// TraceDecodeTree for DTLS handshake flights and alerts: what a capture without the keys shows.
#include "trace/dtlsrecordsummary.h"
#include "tracedecodetree.h"

namespace coapscope {

namespace {

QTreeWidgetItem *field(QTreeWidgetItem *parent, const QString &name, const QString &value,
                       qsizetype offset, qsizetype length)
{
    auto *item = new QTreeWidgetItem(parent, {name, value});
    item->setData(0, TraceDecodeTree::OffsetRole, qint64(offset));
    item->setData(0, TraceDecodeTree::LengthRole, qint64(length));
    item->setText(2, length <= 1 ? QString::number(offset)
                                 : QStringLiteral("%1–%2").arg(offset).arg(offset + length - 1));
    return item;
}

QString named(QLatin1StringView name, quint8 value)
{
    return name.isEmpty() ? QString::number(value)
                          : QStringLiteral("%1 (%2)").arg(QString(name)).arg(value);
}

} // namespace

void TraceDecodeTree::setDtlsDatagram(const TraceRecord &record)
{
    clear();
    const QList<DtlsRecordSummary> records = summarizeDtlsDatagram(record.bytes);
    auto *top = field(
        nullptr,
        tr("DTLS %1 %2")
            .arg(record.direction == TraceDirection::Sent ? tr("sent to") : tr("received from"),
                 record.remote.toString()),
        tr("session %1, %n byte(s)", nullptr, int(record.bytes.size())).arg(record.sessionId), 0,
        record.bytes.size());
    addTopLevelItem(top);
    for (const DtlsRecordSummary &summary : records) {
        const qsizetype size = DtlsRecordSummary::HeaderSize + summary.length;
        auto *item = field(top, tr("Record"),
                           named(dtlsContentTypeName(summary.contentType), summary.contentType),
                           summary.offset, size);
        const qsizetype at = summary.offset;
        field(item, tr("Content type"),
              named(dtlsContentTypeName(summary.contentType), summary.contentType), at, 1);
        field(item, tr("Version"),
              summary.version == 0xfefd   ? QStringLiteral("DTLS 1.2 (0xfefd)")
              : summary.version == 0xfeff ? QStringLiteral("DTLS 1.0 (0xfeff)")
                                          : QStringLiteral("0x%1").arg(summary.version, 4, 16),
              at + 1, 2);
        field(item, tr("Epoch"), QString::number(summary.epoch), at + 3, 2);
        field(item, tr("Sequence number"), QString::number(summary.sequence), at + 5, 6);
        field(item, tr("Length"), QString::number(summary.length), at + 11, 2);
        const qsizetype fragment = at + DtlsRecordSummary::HeaderSize;
        if (summary.handshakeType) {
            field(item, tr("Handshake type"),
                  named(dtlsHandshakeTypeName(*summary.handshakeType), *summary.handshakeType),
                  fragment, 1);
        } else if (summary.alertDescription) {
            field(item, tr("Alert level"),
                  *summary.alertLevel == 2 ? tr("fatal (2)")
                                           : tr("warning (%1)").arg(*summary.alertLevel),
                  fragment, 1);
            field(item, tr("Alert"),
                  named(dtlsAlertDescriptionName(*summary.alertDescription),
                        *summary.alertDescription),
                  fragment + 1, 1);
        } else if (summary.isEncrypted()) {
            field(item, tr("Encrypted fragment"), tr("%n byte(s)", nullptr, summary.length),
                  fragment, summary.length);
        }
        item->setExpanded(true);
    }
    const qsizetype used =
        records.isEmpty()
            ? 0
            : records.last().offset + DtlsRecordSummary::HeaderSize + records.last().length;
    if (used < record.bytes.size())
        field(top, tr("Not a whole record"),
              tr("%n byte(s)", nullptr, int(record.bytes.size() - used)), used,
              record.bytes.size() - used);
    top->setExpanded(true);
}

} // namespace coapscope
