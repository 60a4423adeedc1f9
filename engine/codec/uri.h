// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "message.h"

#include <QByteArrayList>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace coapscope {

enum class UriScheme : quint8
{
    Coap,
    Coaps,
    CoapTcp,
    CoapsTcp
};

struct UriError
{
    enum class Kind : quint8
    {
        Empty,
        MissingScheme,
        UnsupportedScheme,
        MissingAuthority, // no "//" after the scheme
        UserInfoNotAllowed,
        EmptyHost,
        InvalidIpLiteral,
        InvalidPort,
        FragmentNotAllowed,
        InvalidPercentEncoding,
        InvalidCharacter,
        DotSegmentOption, // a Uri-Path option of "." or ".." (RFC 7252 §5.10.1)
    };
    Kind kind = Kind::Empty;
    qsizetype offset = 0; // character index in the text; option index for DotSegmentOption

    static QLatin1StringView kindId(Kind kind);
    friend bool operator==(const UriError &, const UriError &) = default;
};

// A coap, coaps, coap+tcp or coaps+tcp URI, held decoded: host without brackets or percent
// escapes, path and query as the byte strings their options carry.
class Uri
{
public:
    static Expected<Uri, UriError> parse(QStringView text);
    // RFC 7252 §6.5: the URI a request's options name, given where it was sent.
    static Expected<Uri, UriError> fromOptions(UriScheme scheme, const QString &destinationHost,
                                               quint16 destinationPort, const Message &request);

    static quint16 defaultPort(UriScheme scheme);
    static QLatin1StringView schemeName(UriScheme scheme);
    static std::optional<UriScheme> schemeFromName(QStringView name);

    UriScheme scheme() const { return m_scheme; }
    void setScheme(UriScheme scheme) { m_scheme = scheme; }
    const QString &host() const { return m_host; }
    void setHost(const QString &host) { m_host = host; }
    // The port given in the URI, or the scheme's default.
    quint16 port() const { return m_port.value_or(defaultPort(m_scheme)); }
    std::optional<quint16> explicitPort() const { return m_port; }
    void setPort(std::optional<quint16> port) { m_port = port; }
    const QByteArrayList &pathSegments() const { return m_path; }
    void setPathSegments(const QByteArrayList &segments) { m_path = segments; }
    const QByteArrayList &querySegments() const { return m_query; }
    void setQuerySegments(const QByteArrayList &segments) { m_query = segments; }

    bool isSecure() const
    {
        return m_scheme == UriScheme::Coaps || m_scheme == UriScheme::CoapsTcp;
    }
    bool isStream() const
    {
        return m_scheme == UriScheme::CoapTcp || m_scheme == UriScheme::CoapsTcp;
    }
    // True for an IPv4 address or a bracketed IPv6 literal, which need no Uri-Host option.
    bool hostIsIpLiteral() const;

    // RFC 7252 §6.4: Uri-Host (for a host name), Uri-Port (for a non-default port), Uri-Path
    // and Uri-Query, in option order.
    QList<Option> toOptions() const;
    void addOptionsTo(Message &request) const;

    // Percent-encoded as RFC 7252 §6.5 composes it; the default port is left out.
    QString toString() const;

    friend bool operator==(const Uri &, const Uri &) = default;

private:
    UriScheme m_scheme = UriScheme::Coap;
    QString m_host;
    std::optional<quint16> m_port;
    QByteArrayList m_path;
    QByteArrayList m_query;
};

} // namespace coapscope
