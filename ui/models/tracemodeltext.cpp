// SPDX-License-Identifier: BSD-2-Clause
// TraceModel's text: the cells, the headers and what a free-text filter searches, all made from
// a row's bytes when asked and cached for the rows in view.
#include "codec/utf8text.h"
#include "text/dtlsrecordtext.h"
#include "text/messagetext.h"
#include "text/sessiontext.h"
#include "trace/dtlsrecordsummary.h"
#include "tracemodel.h"
#include "tracemodelrow_p.h"

#include <QDateTime>

namespace coapscope {

using namespace tracemodelrow;

namespace {

QString optionsText(const Message &message)
{
    QStringList parts;
    for (qsizetype i = 0; i < message.optionCount(); ++i) {
        const quint16 number = message.optionNumberAt(i);
        parts << text::optionName(number, message.code()) + QLatin1Char('=') +
                     text::optionValueText(number, message.code(), message.optionValueAt(i));
    }
    return parts.join(QLatin1String("; "));
}

} // namespace

// The columns that need the message decoded again: type, token and options.
QStringList TraceModel::decodedColumns(const Row &stored, QString *payload) const
{
    const Protocol protocol = Protocol((stored.flags >> 1) & 0x3);
    if (stored.flags & dtlsRecordFlag)
        return {QStringLiteral("DTLS"), QString(),
                text::describeDtlsRecords(summarizeDtlsDatagram(bytesOf(stored)))};
    const auto decoded = decodeFor(protocol, bytesOf(stored));
    QStringList text;
    if (decoded) {
        const Message &message = decoded.value();
        text << (isReliable(protocol) ? QString()
                                      : QString(messageTypeAbbreviation(message.type())))
             << text::tokenText(message.token()) << optionsText(message);
        // Text payloads are searched too: "21.5" should find the reading.
        if (payload && isPrintableUtf8(message.payloadView()))
            *payload = QString::fromUtf8(message.payloadView());
    } else {
        text << QString() << QString() << QString();
    }
    return text;
}

QStringList TraceModel::textOf(int row) const
{
    const qint64 serial = m_dropped + row;
    if (QStringList *cached = m_text.object(serial))
        return *cached;
    const QStringList text = decodedColumns(m_rows.at(row));
    m_text.insert(serial, new QStringList(text));
    return text;
}

QString TraceModel::searchText(int row) const
{
    const Row &stored = m_rows.at(row);
    QString payload;
    const QStringList decoded = decodedColumns(stored, &payload);
    QStringList all;
    for (int column = 0; column < ColumnCount; ++column) {
        if (column == TypeColumn)
            all << decoded.at(0);
        else if (column == TokenColumn)
            all << decoded.at(1);
        else if (column == OptionsColumn)
            all << decoded.at(2);
        else
            all << cellText(row, column);
    }
    all << payload;
    return all.join(QLatin1Char(' '));
}

QString TraceModel::cellText(int row, int column) const
{
    return data(index(row, column)).toString();
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible)
        return {};
    const Row &row = m_rows.at(index.row());
    const Protocol protocol = Protocol((row.flags >> 1) & 0x3);
    const bool malformed = row.flags & malformedFlag;
    const bool dtls = row.flags & dtlsRecordFlag;
    if (role == SessionIdRole)
        return row.sessionId;
    if (role == SearchTextRole)
        return searchText(index.row());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(row.timestampUs / 1000)
                   .toString(QStringLiteral("HH:mm:ss.zzz")) +
               QString::number(row.timestampUs % 1000).rightJustified(3, QLatin1Char('0'));
    case SessionColumn:
        return row.sessionId;
    case DirectionColumn:
        return (row.flags & receivedFlag) ? tr("received") : tr("sent");
    case ProtocolColumn:
        return QString(protocolName(protocol));
    case TypeColumn:
        return textOf(index.row()).value(0);
    case CodeColumn:
        return malformed || dtls ? QString() : text::codeText(MessageCode(row.code));
    case MessageIdColumn:
        return malformed || dtls || isReliable(protocol) ? QVariant() : QVariant(row.messageId);
    case TokenColumn:
        return textOf(index.row()).value(1);
    case OptionsColumn:
        return textOf(index.row()).value(2);
    case SizeColumn:
        return row.size;
    case EventColumn: {
        if (dtls)
            return row.code == 21 ? tr("DTLS alert") : tr("DTLS handshake");
        QString event(traceCauseId(TraceCause(row.cause)));
        if (TraceCause(row.cause) == TraceCause::Retransmission)
            event += QLatin1Char(' ') + QString::number(row.retransmission);
        return event;
    }
    default:
        return {};
    }
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SessionColumn:
        return tr("Session");
    case DirectionColumn:
        return tr("Direction");
    case ProtocolColumn:
        return tr("Protocol");
    case TypeColumn:
        return tr("Type");
    case CodeColumn:
        return tr("Code");
    case MessageIdColumn:
        return tr("MID");
    case TokenColumn:
        return tr("Token");
    case OptionsColumn:
        return tr("Options");
    case SizeColumn:
        return tr("Size");
    case EventColumn:
        return tr("Event");
    default:
        return {};
    }
}

} // namespace coapscope
