// SPDX-License-Identifier: BSD-2-Clause
#include "tracecsv.h"

#include "atomicfile.h"
#include "codec/messagejson.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

namespace coapscope {

namespace {

// RFC 4180: fields holding a comma, quote or line break are quoted, quotes doubled.
QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString valueText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isNull() || value.isUndefined())
        return {};
    return value.toString();
}

// "Uri-Path=seg1; Uri-Path=seg2; Content-Format=50", from the message's JSON form so the two
// exports name and format options alike.
QString optionSummary(const QJsonArray &options)
{
    QStringList parts;
    for (const QJsonValue &option : options) {
        const QJsonObject object = option.toObject();
        const QString name = object.value(QStringLiteral("name")).isString()
                                 ? object.value(QStringLiteral("name")).toString()
                                 : QString::number(object.value(QStringLiteral("number")).toInt());
        const QString value = valueText(object.value(QStringLiteral("value")));
        parts << (value.isEmpty() ? name : name + QLatin1Char('=') + value);
    }
    return parts.join(QLatin1String("; "));
}

QString row(const TraceRecord &record)
{
    const QString time = traceTimeText(record.timestampUs);
    QString type, code, messageId, token, options;
    if (record.message) {
        const QJsonObject json = messageToJson(
            *record.message, isReliable(record.protocol) ? Framing::Stream : Framing::Datagram);
        type = json.value(QStringLiteral("type")).toString();
        if (json.contains(QStringLiteral("messageId")))
            messageId = QString::number(json.value(QStringLiteral("messageId")).toInt());
        code = json.value(QStringLiteral("code")).toString();
        token = json.value(QStringLiteral("token")).toString();
        options = optionSummary(json.value(QStringLiteral("options")).toArray());
    }
    QString event(traceCauseId(record.cause));
    if (record.cause == TraceCause::Retransmission)
        event += QLatin1Char(' ') + QString::number(record.retransmission);
    if (record.decodeError)
        event += QStringLiteral(" (%1 at byte %2)")
                     .arg(record.decodeError->kindId())
                     .arg(record.decodeError->offset);
    const QStringList fields{time,
                             QString::number(record.sessionId),
                             record.direction == TraceDirection::Sent ? QStringLiteral("sent")
                                                                      : QStringLiteral("received"),
                             QString(protocolName(record.protocol)),
                             type,
                             code,
                             messageId,
                             token,
                             options,
                             QString::number(record.bytes.size()),
                             event};
    QStringList quoted;
    for (const QString &text : fields)
        quoted << field(text);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

TraceCsvWriter::TraceCsvWriter(QIODevice &device)
    : m_device(device)
{}

bool TraceCsvWriter::begin()
{
    const QByteArray header = "time,session,direction,protocol,type,code,mid,token,options,size,"
                              "event\r\n";
    return m_device.write(header) == header.size();
}

bool TraceCsvWriter::write(const TraceRecord &record)
{
    const QByteArray line = row(record).toUtf8();
    return m_device.write(line) == line.size();
}

bool TraceCsvWriter::finish()
{
    return true; // every row ends its own line
}

bool writeTraceCsv(const QList<TraceRecord> &records, QIODevice &device)
{
    TraceCsvWriter writer(device);
    if (!writer.begin())
        return false;
    for (const TraceRecord &record : records) {
        if (!writer.write(record))
            return false;
    }
    return writer.finish();
}

std::optional<TraceExportError> writeTraceCsv(const QList<TraceRecord> &records,
                                              const QString &path)
{
    return writeAtomically(
        path, [&records](QIODevice &device) { return writeTraceCsv(records, device); });
}

} // namespace coapscope
