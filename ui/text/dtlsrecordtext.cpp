// SPDX-License-Identifier: BSD-2-Clause
#include "dtlsrecordtext.h"

#include <QCoreApplication>

namespace coapscope::text {

namespace {
struct DtlsRecordText
{
    Q_DECLARE_TR_FUNCTIONS(DtlsRecordText)
};
} // namespace

QString describeDtlsRecords(const QList<DtlsRecordSummary> &records)
{
    constexpr quint8 applicationData = 23;
    QStringList parts;
    for (const DtlsRecordSummary &record : records) {
        const QString type = QString(dtlsContentTypeName(record.contentType));
        if (record.handshakeType) {
            const QLatin1StringView name = dtlsHandshakeTypeName(*record.handshakeType);
            parts << (name.isEmpty() ? DtlsRecordText::tr("Handshake %1").arg(*record.handshakeType)
                                     : QString(name));
        } else if (record.alertDescription) {
            const QLatin1StringView name = dtlsAlertDescriptionName(*record.alertDescription);
            const QString description =
                name.isEmpty() ? QString::number(*record.alertDescription) : QString(name);
            parts << (*record.alertLevel == 2
                          ? DtlsRecordText::tr("Alert: fatal %1").arg(description)
                          : DtlsRecordText::tr("Alert: warning %1").arg(description));
        } else if (record.isEncrypted() && record.contentType != applicationData) {
            parts << DtlsRecordText::tr("encrypted %1").arg(type);
        } else if (parts.isEmpty() || parts.last() != type) {
            parts << type;
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace coapscope::text
