// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/messagetype.h"
#include "trace/tracerecord.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace coapscope {

// What a trace row offers a filter without decoding its bytes again.
struct TraceRowFacts
{
    quint64 sessionId = 0;
    TraceDirection direction = TraceDirection::Sent;
    Protocol protocol = Protocol::Udp;
    bool malformed = false;
    bool dtlsRecord = false; // a DTLS handshake flight or alert: no CoAP fields, no cause
    MessageType type = MessageType::Confirmable;
    quint8 code = 0;
    quint16 messageId = 0;
    QByteArrayView token;
    TraceCause cause = TraceCause::Transmission;
};

// A trace filter as typed: "session:3 type:CON code:4.xx token:4f2a path:/obs dir:sent
// mid:0x1a2b event:retransmission" plus free words. Structured terms are checked on the
// compact row; free words search the decoded text, so they are checked last. All terms must
// hold. A text that does not parse gives an invalid filter with a message saying why.
class TraceFilter
{
public:
    TraceFilter() = default;
    static TraceFilter parse(QStringView text);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Nothing to check: every row passes.
    bool isEmpty() const;
    bool hasStructuredTerms() const;

    // Every term but path and the free words.
    bool matchesFacts(const TraceRowFacts &facts) const;
    // Prefix match on the Uri-Path ("/obs" matches "/obs" and "/obs/fast"); true without a
    // path term.
    bool matchesPath(QStringView path) const;
    // Case-insensitive: every free word must appear in text.
    bool matchesWords(QStringView text) const;

    bool hasPath() const { return m_path.has_value(); }
    const QStringList &words() const { return m_words; }

    friend bool operator==(const TraceFilter &, const TraceFilter &) = default;

private:
    bool parseTerm(QStringView key, QStringView value);

    std::optional<quint64> m_session;
    std::optional<TraceDirection> m_direction;
    std::optional<MessageType> m_type;
    std::optional<quint8> m_code;
    std::optional<int> m_codeClass;
    std::optional<QByteArray> m_token; // a prefix of the token
    std::optional<quint16> m_messageId;
    std::optional<QString> m_path;
    std::optional<TraceCause> m_cause;
    std::optional<Protocol> m_protocol;
    QStringList m_words;
    QString m_error;
};

} // namespace coapscope
