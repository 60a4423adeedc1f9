// SPDX-License-Identifier: BSD-2-Clause
#include "ladderlayout.h"

#include "codec/blockvalue.h"
#include "codec/optionnumber.h"
#include "models/tracemodel.h"
#include "text/decodeerrortext.h"
#include "text/dtlsrecordtext.h"
#include "text/messagetext.h"
#include "trace/dtlsrecordsummary.h"

#include <QtMath>

#include <algorithm>

namespace coapscope {

namespace {

// Extra units for a pause between two datagrams: nothing much for a burst, a few units for an
// ACK timeout, not many more for a minute of silence.
double pauseUnits(qint64 deltaUs)
{
    const double ms = double(std::max<qint64>(deltaUs, 0)) / 1000.0;
    return 0.6 * std::log2(1.0 + ms / 20.0);
}

QString pathText(const Message &message)
{
    QString text = u'/' + QString::fromUtf8(message.optionValues(OptionNumber::UriPath).join('/'));
    const QByteArrayList query = message.optionValues(OptionNumber::UriQuery);
    if (!query.isEmpty())
        text += u'?' + QString::fromUtf8(query.join('&'));
    return text;
}

QString transferKey(const Message &request, LadderLayout::Direction direction)
{
    return QString::number(int(direction)) + u' ' + request.code().toString() + u' ' +
           pathText(request) + u' ' +
           QString::fromLatin1(
               request.option(OptionNumber::RequestTag).value_or(QByteArray()).toHex());
}

} // namespace

LadderLayout::LadderLayout(TraceModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                const int before = count();
                scan(std::max(first, m_scannedRows), last);
                if (count() > before)
                    emit itemsAppended(before, count() - 1);
            });
    connect(model, &QAbstractItemModel::modelReset, this, &LadderLayout::relayout);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LadderLayout::relayout);
}

void LadderLayout::setSession(quint64 sessionId)
{
    if (sessionId == m_session)
        return;
    m_session = sessionId;
    relayout();
}

void LadderLayout::relayout()
{
    m_items.clear();
    m_groups.clear();
    m_itemOfRow.clear();
    m_lastByMessageId.clear();
    m_requestByToken.clear();
    m_transferOfRequest.clear();
    m_resourceOfRequest.clear();
    m_openGroupByKey.clear();
    m_columnOwner.clear();
    m_groupColumns = 0;
    m_local = {};
    m_remote = {};
    m_scannedRows = 0;
    if (m_session != 0)
        scan(0, m_model->rowCount() - 1);
    emit layoutReset();
}

void LadderLayout::scan(int firstRow, int lastRow)
{
    for (int row = firstRow; row <= lastRow; ++row) {
        // The session ID comes from the fixed-size row; only our rows are decoded.
        const QModelIndex index = m_model->index(row, 0);
        if (m_model->data(index, TraceModel::SessionIdRole).toULongLong() == m_session)
            add(row, m_model->recordAt(row));
    }
    m_scannedRows = std::max(m_scannedRows, lastRow + 1);
}

void LadderLayout::add(int row, const TraceRecord &record)
{
    const int index = count();
    Item item;
    item.row = row;
    item.timeUs = record.timestampUs;
    item.direction =
        record.direction == TraceDirection::Sent ? Direction::ToPeer : Direction::FromPeer;
    if (m_items.isEmpty()) {
        m_local = record.local;
        m_remote = record.remote;
        m_protocol = record.protocol;
    } else {
        const Item &previous = m_items.last();
        item.position = previous.position + 1.0 + pauseUnits(item.timeUs - previous.timeUs);
    }
    item.duplicate = record.cause == TraceCause::DuplicateReceived ||
                     record.cause == TraceCause::CachedResponseSent;
    item.retransmission = record.cause == TraceCause::Retransmission ? record.retransmission : 0;

    if (!record.message) {
        const QList<DtlsRecordSummary> records = summarizeDtlsDatagram(record.bytes);
        if (!records.isEmpty()) {
            item.kind = Kind::DtlsFlight;
            item.head = QStringLiteral("DTLS ") + text::describeDtlsRecords(records);
        } else {
            item.kind = Kind::Malformed;
            item.head = tr("malformed");
        }
        item.ids = tr("%n byte(s)", nullptr, int(record.bytes.size()));
        m_items.append(item);
        m_itemOfRow.insert(row, index);
        return;
    }

    const Message &message = *record.message;
    const bool datagram = !isReliable(record.protocol);
    const MessageCode code = message.code();
    item.type = quint8(message.type());
    item.confirmable = datagram && message.type() == MessageType::Confirmable;
    const QString type =
        datagram ? QString(messageTypeAbbreviation(message.type())) + u' ' : QString();
    if (datagram && message.type() == MessageType::Reset) {
        item.kind = Kind::Reset;
        item.head = QStringLiteral("RST");
    } else if (code.isSignaling()) {
        item.kind = Kind::Signaling;
        item.head = type + text::codeText(code);
    } else if (code.isEmpty()) {
        const bool ack = datagram && message.type() == MessageType::Acknowledgement;
        item.kind = ack ? Kind::Ack : Kind::Empty;
        item.head = ack ? QStringLiteral("ACK") : type + tr("ping");
    } else if (code.isRequest()) {
        item.kind = Kind::Request;
        item.head = type + QString(code.name()) + u' ' + pathText(message);
    } else {
        item.kind = Kind::Response;
        item.head = type + code.toString() + u' ' + QString(code.name());
    }
    QStringList ids;
    if (datagram)
        ids << tr("MID 0x%1").arg(message.messageId(), 4, 16, QLatin1Char('0'));
    if (!message.tokenView().isEmpty())
        ids << tr("token %1").arg(QString::fromLatin1(message.token().toHex()));
    item.ids = ids.join(QLatin1String(", "));
    if (const auto observe = message.uintOption(OptionNumber::Observe))
        item.observe = quint32(*observe);
    if (item.kind == Kind::Request) {
        m_transferOfRequest.insert(index, transferKey(message, item.direction));
        m_resourceOfRequest.insert(index, QString(code.name()) + u' ' + pathText(message));
    }

    m_items.append(item);
    m_itemOfRow.insert(row, index);
    linkExchange(index, record);
    linkBlocks(index, record);
}

void LadderLayout::linkExchange(int index, const TraceRecord &record)
{
    Item &item = m_items[index];
    const Message &message = *record.message;
    const quint32 direction = item.direction == Direction::ToPeer ? 0 : 1;
    if (!isReliable(record.protocol)) {
        const quint32 key = direction << 16 | message.messageId();
        const quint32 answered = (1 - direction) << 16 | message.messageId();
        const auto type = message.type();
        if (type == MessageType::Acknowledgement || type == MessageType::Reset) {
            if (const int first = m_lastByMessageId.value(answered, -1); first >= 0) {
                item.acknowledged = first;
                if (m_items[first].acknowledgement < 0)
                    m_items[first].acknowledgement = index;
            }
        } else if (const int first = m_lastByMessageId.value(key, -1);
                   first >= 0 && (item.retransmission > 0 || item.duplicate)) {
            // A retransmission (ours) or a duplicate (the peer's): chain it to the first.
            int last = first;
            int number = 1;
            while (m_items[last].nextTransmission >= 0) {
                last = m_items[last].nextTransmission;
                ++number;
            }
            m_items[last].nextTransmission = index;
            item.firstTransmission = first;
            if (item.retransmission == 0)
                item.retransmission = number;
        } else {
            m_lastByMessageId.insert(key, index);
        }
    }

    // Requests and responses meet by token, across retransmissions and separate responses.
    if (item.kind == Kind::Request && item.firstTransmission < 0) {
        m_requestByToken.insert(char(direction) + message.token(), index);
    } else if (item.kind == Kind::Response) {
        const int request = m_requestByToken.value(char(1 - direction) + message.token(), -1);
        if (request >= 0) {
            item.request = request;
            if (m_items[request].response < 0) {
                m_items[request].response = index;
                item.separate = m_items[request].confirmable && item.acknowledged != request;
            }
        }
    }
}

QString LadderLayout::label(int index) const
{
    const Item &item = m_items.at(index);
    QStringList parts{item.head};
    if (item.observe) {
        if (item.kind == Kind::Request)
            parts << (*item.observe == 0   ? tr("Obs register")
                      : *item.observe == 1 ? tr("Obs deregister")
                                           : tr("Obs %1").arg(*item.observe));
        else
            parts << tr("Obs %1").arg(*item.observe);
    }
    if (item.blockNumber >= 0 && item.blockGroup >= 0) {
        const int total = m_groups.at(item.blockGroup).total;
        parts << (total > 0 ? tr("block %1/%2").arg(item.blockNumber + 1).arg(total)
                            : tr("block %1").arg(item.blockNumber + 1));
    }
    if (item.separate)
        parts << tr("separate response");
    if (item.retransmission > 0)
        parts << tr("retransmission %1").arg(item.retransmission);
    else if (item.duplicate)
        parts << tr("duplicate");
    QString text = parts.join(u' ');
    if (!item.ids.isEmpty())
        text += QStringLiteral(" [%1]").arg(item.ids);
    return text;
}

QString LadderLayout::description(int index) const
{
    const Item &item = m_items.at(index);
    const TraceRecord record = m_model->recordAt(item.row);
    const qint64 sinceStart = item.timeUs - m_items.first().timeUs;
    QStringList lines;
    lines << tr("%1 (+%2 s)")
                 .arg(traceTimeText(item.timeUs))
                 .arg(double(sinceStart) / 1e6, 0, 'f', 6);
    lines << (item.direction == Direction::ToPeer
                  ? tr("Sent to %1").arg(record.remote.toString())
                  : tr("Received from %1").arg(record.remote.toString()));
    const Framing framing = isReliable(record.protocol) ? Framing::Stream : Framing::Datagram;
    if (record.message)
        lines << text::summarizeMessage(*record.message, framing);
    else if (record.decodeError)
        lines << tr("Malformed: %1").arg(text::describeDecodeError(*record.decodeError));
    lines << tr("Engine: %1").arg(QString(traceCauseId(record.cause)));
    auto elapsed = [this, &item](int other) {
        return double(m_items.at(other).timeUs - item.timeUs) / 1000.0;
    };
    if (item.acknowledgement >= 0)
        lines << tr("Answered by %1 after %2 ms")
                     .arg(m_items.at(item.acknowledgement).head)
                     .arg(elapsed(item.acknowledgement), 0, 'f', 1);
    if (item.response >= 0 && item.response != item.acknowledgement)
        lines << tr("First response after %1 ms").arg(elapsed(item.response), 0, 'f', 1);
    if (item.firstTransmission >= 0)
        lines << tr("%1 ms after the first transmission")
                     .arg(-elapsed(item.firstTransmission), 0, 'f', 1);
    if (item.blockGroup >= 0)
        lines << tr("Block-wise transfer #%1").arg(m_groups.at(item.blockGroup).id);
    return lines.join(u'\n');
}

std::pair<int, int> LadderLayout::visibleRange(double from, double to) const
{
    const auto byPosition = [](const Item &item, double position) {
        return item.position < position;
    };
    const auto first = std::lower_bound(m_items.begin(), m_items.end(), from, byPosition);
    const auto last =
        std::upper_bound(first, m_items.end(), to, [](double position, const Item &item) {
            return position < item.position;
        });
    return {int(first - m_items.begin()), int(last - m_items.begin())};
}

} // namespace coapscope
