// SPDX-License-Identifier: BSD-2-Clause
#include "tracefilter.h"

#include "codec/messagecode.h"

#include <QCoreApplication>

namespace coapscope {

namespace {

struct TraceFilterText
{
    Q_DECLARE_TR_FUNCTIONS(TraceFilter)
};

std::optional<MessageType> typeFromText(QStringView text)
{
    for (int value = 0; value < 4; ++value) {
        if (text.compare(messageTypeAbbreviation(MessageType(value)), Qt::CaseInsensitive) == 0)
            return MessageType(value);
    }
    return std::nullopt;
}

std::optional<Protocol> protocolFromText(QStringView text)
{
    for (int value = 0; value < 4; ++value) {
        if (text.compare(protocolName(Protocol(value)), Qt::CaseInsensitive) == 0)
            return Protocol(value);
    }
    return std::nullopt;
}

std::optional<TraceCause> causeFromText(QStringView text)
{
    const QString lower = text.toString().toLower();
    // Short names people reach for first.
    if (lower == u"retransmit" || lower == u"retry")
        return TraceCause::Retransmission;
    if (lower == u"dup" || lower == u"duplicate-received")
        return TraceCause::DuplicateReceived;
    if (lower == u"rst" || lower == u"rst-sent" || lower == u"reset")
        return TraceCause::ResetSent;
    return traceCauseFromId(lower);
}

} // namespace

TraceFilter TraceFilter::parse(QStringView text)
{
    TraceFilter filter;
    for (QStringView term : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = term.indexOf(u':');
        // "coap://x" or ":x" are words, not terms: a key is letters only, its value no URI.
        bool isTerm = colon > 0 && !term.sliced(colon + 1).startsWith(u"//");
        for (qsizetype i = 0; isTerm && i < colon; ++i)
            isTerm = term.at(i).isLetter();
        if (!isTerm) {
            filter.m_words << term.toString();
            continue;
        }
        const QStringView key = term.first(colon);
        const QStringView value = term.sliced(colon + 1);
        if (value.isEmpty()) {
            filter.m_error =
                TraceFilterText::tr("\"%1\" needs a value after the colon").arg(key.toString());
            return filter;
        }
        if (!filter.parseTerm(key.toString().toLower(), value))
            return filter;
    }
    return filter;
}

bool TraceFilter::parseTerm(QStringView key, QStringView value)
{
    const QString shown = value.toString();
    if (key == u"session" || key == u"s") {
        bool ok = false;
        const quint64 id = value.toULongLong(&ok);
        if (ok) {
            m_session = id;
            return true;
        }
        m_error = TraceFilterText::tr("session: \"%1\" is not a session number").arg(shown);
    } else if (key == u"dir" || key == u"direction") {
        if (value.compare(u"sent", Qt::CaseInsensitive) == 0 ||
            value.compare(u"out", Qt::CaseInsensitive) == 0) {
            m_direction = TraceDirection::Sent;
            return true;
        }
        if (value.compare(u"received", Qt::CaseInsensitive) == 0 ||
            value.compare(u"in", Qt::CaseInsensitive) == 0) {
            m_direction = TraceDirection::Received;
            return true;
        }
        m_error = TraceFilterText::tr("dir: use sent or received, not \"%1\"").arg(shown);
    } else if (key == u"type") {
        if ((m_type = typeFromText(value)))
            return true;
        m_error = TraceFilterText::tr("type: use CON, NON, ACK or RST, not \"%1\"").arg(shown);
    } else if (key == u"code") {
        // "4.xx", "4.x" or "4" for a class; "2.05", "GET" or "Content" for one code.
        const qsizetype dot = value.indexOf(u'.');
        const QStringView rest = dot < 0 ? QStringView() : value.sliced(dot + 1);
        const bool wildcard =
            dot < 0 ? value.size() == 1 && value.front().isDigit()
                    : !rest.isEmpty() && rest.count(u'x') + rest.count(u'X') == rest.size();
        if (wildcard && value.front() >= u'0' && value.front() <= u'7' && (dot < 0 || dot == 1)) {
            m_codeClass = value.front().digitValue();
            return true;
        }
        if (const auto code = MessageCode::fromString(value)) {
            m_code = code->raw();
            return true;
        }
        m_error = TraceFilterText::tr("code: \"%1\" is not a code (2.05, GET, 4.xx)").arg(shown);
    } else if (key == u"token") {
        QStringView hex = value;
        if (hex.startsWith(u"0x", Qt::CaseInsensitive))
            hex = hex.sliced(2);
        bool hexOnly = !hex.isEmpty();
        for (QChar c : hex) {
            const char16_t u = c.unicode();
            hexOnly = hexOnly && ((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') ||
                                  (u >= u'A' && u <= u'F'));
        }
        if (!hexOnly)
            m_error = TraceFilterText::tr("token: \"%1\" is not hexadecimal").arg(shown);
        else if (hex.size() % 2)
            m_error =
                TraceFilterText::tr("token: \"%1\" has an odd number of hex digits").arg(shown);
        else if (hex.size() > 16)
            m_error = TraceFilterText::tr("token: \"%1\" is longer than 8 bytes").arg(shown);
        else {
            m_token = QByteArray::fromHex(hex.toLatin1());
            return true;
        }
    } else if (key == u"mid") {
        bool ok = false;
        const uint mid = value.startsWith(u"0x", Qt::CaseInsensitive)
                             ? value.sliced(2).toUInt(&ok, 16)
                             : value.toUInt(&ok, 10);
        if (ok && mid <= 0xffff) {
            m_messageId = quint16(mid);
            return true;
        }
        m_error = TraceFilterText::tr("mid: \"%1\" is not a message ID (0-65535 or 0x0-0xffff)")
                      .arg(shown);
    } else if (key == u"path") {
        QString path = shown;
        if (!path.startsWith(u'/'))
            path.prepend(u'/');
        m_path = path;
        return true;
    } else if (key == u"event") {
        if ((m_cause = causeFromText(value)))
            return true;
        m_error = TraceFilterText::tr("event: \"%1\" is not an event (retransmission, duplicate, "
                                      "malformed, reset-sent, ...)")
                      .arg(shown);
    } else if (key == u"proto" || key == u"protocol") {
        if ((m_protocol = protocolFromText(value)))
            return true;
        m_error = TraceFilterText::tr("proto: use UDP, DTLS, TCP or TLS, not \"%1\"").arg(shown);
    } else {
        m_error = TraceFilterText::tr("unknown filter key \"%1\" (use session, dir, type, code, "
                                      "token, mid, path, event, proto)")
                      .arg(key.toString());
    }
    return false;
}

bool TraceFilter::hasStructuredTerms() const
{
    return m_session || m_direction || m_type || m_code || m_codeClass || m_token || m_messageId ||
           m_path || m_cause || m_protocol;
}

bool TraceFilter::isEmpty() const
{
    return !hasStructuredTerms() && m_words.isEmpty();
}

bool TraceFilter::matchesFacts(const TraceRowFacts &facts) const
{
    if (m_session && facts.sessionId != *m_session)
        return false;
    if (m_direction && facts.direction != *m_direction)
        return false;
    if (m_protocol && facts.protocol != *m_protocol)
        return false;
    if (m_cause && (facts.dtlsRecord || facts.cause != *m_cause))
        return false;
    const bool needsMessage = m_type || m_code || m_codeClass || m_token || m_messageId;
    if (needsMessage && (facts.malformed || facts.dtlsRecord))
        return false;
    // Frames on a stream carry neither type nor message ID (RFC 8323).
    if ((m_type || m_messageId) && isReliable(facts.protocol))
        return false;
    if (m_type && facts.type != *m_type)
        return false;
    if (m_messageId && facts.messageId != *m_messageId)
        return false;
    if (m_code && facts.code != *m_code)
        return false;
    if (m_codeClass && (facts.code >> 5) != *m_codeClass)
        return false;
    if (m_token && !facts.token.startsWith(*m_token))
        return false;
    return true;
}

bool TraceFilter::matchesPath(QStringView path) const
{
    if (!m_path)
        return true;
    if (!path.startsWith(*m_path, Qt::CaseSensitive))
        return false;
    // "/obs" must not match "/observe", only "/obs" itself and below it.
    return path.size() == m_path->size() || m_path->endsWith(u'/') ||
           path.at(m_path->size()) == u'/';
}

bool TraceFilter::matchesWords(QStringView text) const
{
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace coapscope
