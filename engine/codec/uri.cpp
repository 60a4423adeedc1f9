// SPDX-License-Identifier: BSD-2-Clause
#include "uri.h"

#include "common/hexdigit.h"
#include "optionnumber.h"
#include "uintvalue.h"

#include <QHostAddress>

namespace coapscope {

namespace {

using Kind = UriError::Kind;

UriError uriError(Kind kind, qsizetype offset)
{
    return UriError{kind, offset};
}

bool isUnreserved(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'-' || c == u'.' || c == u'_' || c == u'~';
}

bool isSubDelim(char16_t c)
{
    return QStringView(u"!$&'()*+,;=").contains(QChar(c));
}

bool isPathChar(char16_t c)
{
    return isUnreserved(c) || isSubDelim(c) || c == u':' || c == u'@';
}

// Decodes text[begin, end) into bytes. Characters outside allowed() must be percent-encoded,
// except non-ASCII ones, which are taken as UTF-8 (IRI style) for convenience.
template <typename Allowed>
Expected<QByteArray, UriError> percentDecode(QStringView text, qsizetype begin, qsizetype end,
                                             Allowed allowed)
{
    QByteArray bytes;
    bytes.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'%') {
            if (i + 2 >= end)
                return unexpected(uriError(Kind::InvalidPercentEncoding, i));
            const int hi = hexDigitValue(text[i + 1].unicode());
            const int lo = hexDigitValue(text[i + 2].unicode());
            if (hi < 0 || lo < 0)
                return unexpected(uriError(Kind::InvalidPercentEncoding, i));
            bytes.append(static_cast<char>((hi << 4) | lo));
            i += 2;
        } else if (c >= 0x80) {
            // Keep surrogate pairs together when converting to UTF-8.
            qsizetype length = 1;
            if (QChar::isHighSurrogate(c) && i + 1 < end && text[i + 1].isLowSurrogate())
                length = 2;
            bytes.append(text.mid(i, length).toUtf8());
            i += length - 1;
        } else if (allowed(c)) {
            bytes.append(static_cast<char>(c));
        } else {
            return unexpected(uriError(Kind::InvalidCharacter, i));
        }
    }
    return bytes;
}

template <typename Allowed> QString percentEncode(QByteArrayView bytes, Allowed allowed)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QString result;
    result.reserve(bytes.size());
    for (char byte : bytes) {
        const auto c = static_cast<uchar>(byte);
        if (c < 0x80 && allowed(char16_t(c))) {
            result.append(QLatin1Char(static_cast<char>(c)));
        } else {
            result.append(QLatin1Char('%'));
            result.append(QLatin1Char(hex[c >> 4]));
            result.append(QLatin1Char(hex[c & 0xf]));
        }
    }
    return result;
}

bool isQueryChar(char16_t c)
{
    return isPathChar(c) || c == u'/' || c == u'?';
}

// In a composed query '&' separates options, so it must be escaped inside one.
bool isQueryCharInOption(char16_t c)
{
    return isQueryChar(c) && c != u'&';
}

bool isRegNameChar(char16_t c)
{
    return isUnreserved(c) || isSubDelim(c);
}

bool isIpv4Address(QStringView host)
{
    const auto parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (QChar c : part) {
            if (!c.isDigit() || c.unicode() > 0x7f)
                return false;
        }
        if (part.toUInt() > 255)
            return false;
    }
    return true;
}

// A bare IPv6 address: QHostAddress alone would also take a trailing "%" or scope, which in a
// URI may only appear as an RFC 6874 zone ("%25...").
bool isIpv6Address(const QString &host)
{
    for (QChar c : host) {
        if (hexDigitValue(c.unicode()) < 0 && c != u':' && c != u'.')
            return false;
    }
    QHostAddress address;
    return host.contains(u':') && address.setAddress(host) &&
           address.protocol() == QAbstractSocket::IPv6Protocol;
}

// RFC 3986 §5.2.4 on decoded segments: "." and ".." never reach a Uri-Path option.
QByteArrayList removeDotSegments(const QByteArrayList &segments)
{
    QByteArrayList output;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QByteArray &segment = segments[i];
        const bool last = i == segments.size() - 1;
        if (segment == ".") {
            if (last)
                output.append(QByteArray());
        } else if (segment == "..") {
            if (!output.isEmpty())
                output.removeLast();
            if (last)
                output.append(QByteArray());
        } else {
            output.append(segment);
        }
    }
    if (output.size() == 1 && output.first().isEmpty())
        output.clear();
    return output;
}

template <typename Allowed>
Expected<QByteArrayList, UriError> splitAndDecode(QStringView text, qsizetype begin, qsizetype end,
                                                  char16_t separator, Allowed allowed)
{
    QByteArrayList segments;
    qsizetype start = begin;
    for (qsizetype i = begin; i <= end; ++i) {
        if (i == end || text[i] == QChar(separator)) {
            auto segment = percentDecode(text, start, i, allowed);
            if (!segment)
                return unexpected(segment.error());
            segments.append(std::move(segment.value()));
            start = i + 1;
        }
    }
    return segments;
}

struct Authority
{
    QString host;
    std::optional<quint16> port;
};

Expected<Authority, UriError> parseAuthority(QStringView text, qsizetype begin, qsizetype end)
{
    Authority authority;
    const qsizetype at = text.indexOf(u'@', begin);
    if (at >= 0 && at < end)
        return unexpected(uriError(Kind::UserInfoNotAllowed, at));
    qsizetype hostEnd = end;
    qsizetype portStart = -1;
    if (begin < end && text[begin] == u'[') {
        const qsizetype close = text.indexOf(u']', begin);
        if (close < 0 || close >= end)
            return unexpected(uriError(Kind::InvalidIpLiteral, begin));
        // RFC 6874: an IPv6 zone identifier follows "%25".
        QString literal = text.sliced(begin + 1, close - begin - 1).toString();
        QString zone;
        const qsizetype zoneAt = literal.indexOf(QLatin1StringView("%25"));
        if (zoneAt >= 0) {
            auto decodedZone = percentDecode(literal, zoneAt + 3, literal.size(), isUnreserved);
            if (!decodedZone || decodedZone->isEmpty())
                return unexpected(uriError(Kind::InvalidIpLiteral, begin + 1 + zoneAt));
            zone = QString::fromUtf8(decodedZone.value());
            literal.truncate(zoneAt);
        }
        if (!isIpv6Address(literal))
            return unexpected(uriError(Kind::InvalidIpLiteral, begin));
        authority.host = literal.toLower();
        if (!zone.isEmpty())
            authority.host += u'%' + zone;
        hostEnd = close + 1;
        if (hostEnd < end) {
            if (text[hostEnd] != u':')
                return unexpected(uriError(Kind::InvalidCharacter, hostEnd));
            portStart = hostEnd + 1;
        }
    } else {
        const qsizetype colon = text.indexOf(u':', begin);
        if (colon >= 0 && colon < end) {
            hostEnd = colon;
            portStart = colon + 1;
        }
        if (hostEnd == begin)
            return unexpected(uriError(Kind::EmptyHost, begin));
        for (qsizetype i = begin; i < hostEnd; ++i) {
            if (text[i].unicode() >= 0x80)
                return unexpected(uriError(Kind::InvalidCharacter, i));
        }
        auto host = percentDecode(text, begin, hostEnd, isRegNameChar);
        if (!host)
            return unexpected(host.error());
        authority.host = QString::fromUtf8(host.value()).toLower();
        if (authority.host.isEmpty())
            return unexpected(uriError(Kind::EmptyHost, begin));
    }
    // An empty port ("coap://host:/") means the default one (RFC 3986 §3.2.3).
    if (portStart >= 0 && portStart < end) {
        quint32 port = 0;
        for (qsizetype i = portStart; i < end; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return unexpected(uriError(Kind::InvalidPort, i));
            port = port * 10 + (c - u'0');
            if (port > 0xffff)
                return unexpected(uriError(Kind::InvalidPort, portStart));
        }
        authority.port = static_cast<quint16>(port);
    }
    return authority;
}

} // namespace

QLatin1StringView UriError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return QLatin1StringView("empty");
    case Kind::MissingScheme:
        return QLatin1StringView("missing-scheme");
    case Kind::UnsupportedScheme:
        return QLatin1StringView("unsupported-scheme");
    case Kind::MissingAuthority:
        return QLatin1StringView("missing-authority");
    case Kind::UserInfoNotAllowed:
        return QLatin1StringView("user-info-not-allowed");
    case Kind::EmptyHost:
        return QLatin1StringView("empty-host");
    case Kind::InvalidIpLiteral:
        return QLatin1StringView("invalid-ip-literal");
    case Kind::InvalidPort:
        return QLatin1StringView("invalid-port");
    case Kind::FragmentNotAllowed:
        return QLatin1StringView("fragment-not-allowed");
    case Kind::InvalidPercentEncoding:
        return QLatin1StringView("invalid-percent-encoding");
    case Kind::InvalidCharacter:
        return QLatin1StringView("invalid-character");
    case Kind::DotSegmentOption:
        return QLatin1StringView("dot-segment-option");
    }
    return QLatin1StringView("unknown");
}

quint16 Uri::defaultPort(UriScheme scheme)
{
    return scheme == UriScheme::Coaps || scheme == UriScheme::CoapsTcp ? 5684 : 5683;
}

QLatin1StringView Uri::schemeName(UriScheme scheme)
{
    switch (scheme) {
    case UriScheme::Coap:
        return QLatin1StringView("coap");
    case UriScheme::Coaps:
        return QLatin1StringView("coaps");
    case UriScheme::CoapTcp:
        return QLatin1StringView("coap+tcp");
    case UriScheme::CoapsTcp:
        return QLatin1StringView("coaps+tcp");
    }
    return QLatin1StringView("coap");
}

std::optional<UriScheme> Uri::schemeFromName(QStringView name)
{
    for (auto scheme :
         {UriScheme::Coap, UriScheme::Coaps, UriScheme::CoapTcp, UriScheme::CoapsTcp}) {
        if (name.compare(schemeName(scheme), Qt::CaseInsensitive) == 0)
            return scheme;
    }
    return std::nullopt;
}

Expected<Uri, UriError> Uri::parse(QStringView text)
{
    if (text.isEmpty())
        return unexpected(uriError(Kind::Empty, 0));
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return unexpected(uriError(Kind::MissingScheme, 0));
    const auto scheme = schemeFromName(text.first(colon));
    if (!scheme)
        return unexpected(uriError(Kind::UnsupportedScheme, 0));
    if (!text.sliced(colon + 1).startsWith(QLatin1StringView("//")))
        return unexpected(uriError(Kind::MissingAuthority, colon + 1));

    const qsizetype fragment = text.indexOf(u'#');
    if (fragment >= 0)
        return unexpected(uriError(Kind::FragmentNotAllowed, fragment));
    const qsizetype end = text.size();
    const qsizetype authorityBegin = colon + 3;
    qsizetype authorityEnd = authorityBegin;
    while (authorityEnd < end && text[authorityEnd] != u'/' && text[authorityEnd] != u'?')
        ++authorityEnd;
    auto authority = parseAuthority(text, authorityBegin, authorityEnd);
    if (!authority)
        return unexpected(authority.error());

    Uri uri;
    uri.m_scheme = *scheme;
    uri.m_host = authority->host;
    uri.m_port = authority->port;

    const qsizetype question = text.indexOf(u'?', authorityEnd);
    const qsizetype pathEnd = question >= 0 ? question : end;
    if (pathEnd > authorityEnd + 1) {
        auto segments = splitAndDecode(text, authorityEnd + 1, pathEnd, u'/', isPathChar);
        if (!segments)
            return unexpected(segments.error());
        uri.m_path = removeDotSegments(segments.value());
    }
    if (question >= 0 && question + 1 < end) {
        auto segments = splitAndDecode(text, question + 1, end, u'&', isQueryChar);
        if (!segments)
            return unexpected(segments.error());
        uri.m_query = std::move(segments.value());
    }
    return uri;
}

Expected<Uri, UriError> Uri::fromOptions(UriScheme scheme, const QString &destinationHost,
                                         quint16 destinationPort, const Message &request)
{
    Uri uri;
    uri.m_scheme = scheme;
    if (auto host = request.option(OptionNumber::UriHost))
        uri.m_host = QString::fromUtf8(*host).toLower();
    else
        uri.m_host = destinationHost;
    const auto portOption = request.uintOption(OptionNumber::UriPort);
    const quint16 port = portOption ? static_cast<quint16>(*portOption) : destinationPort;
    if (port != defaultPort(scheme))
        uri.m_port = port;
    uri.m_path = request.optionValues(OptionNumber::UriPath);
    for (qsizetype i = 0; i < uri.m_path.size(); ++i) {
        if (uri.m_path[i] == "." || uri.m_path[i] == "..")
            return unexpected(uriError(Kind::DotSegmentOption, i));
    }
    uri.m_query = request.optionValues(OptionNumber::UriQuery);
    return uri;
}

bool Uri::hostIsIpLiteral() const
{
    if (isIpv4Address(m_host))
        return true;
    const qsizetype zone = m_host.indexOf(u'%');
    return isIpv6Address(zone >= 0 ? m_host.left(zone) : m_host);
}

QList<Option> Uri::toOptions() const
{
    QList<Option> options;
    if (!hostIsIpLiteral())
        options.append(Option(OptionNumber::UriHost, m_host.toUtf8()));
    if (m_port && *m_port != defaultPort(m_scheme))
        options.append(Option::fromUint(OptionNumber::UriPort, *m_port));
    for (const QByteArray &segment : m_path)
        options.append(Option(OptionNumber::UriPath, segment));
    for (const QByteArray &segment : m_query)
        options.append(Option(OptionNumber::UriQuery, segment));
    return options;
}

void Uri::addOptionsTo(Message &request) const
{
    for (const Option &option : toOptions())
        request.addOption(option);
}

QString Uri::toString() const
{
    QString text = schemeName(m_scheme) + QLatin1StringView("://");
    const qsizetype zone = m_host.indexOf(u'%');
    const QString address = zone >= 0 ? m_host.left(zone) : m_host;
    if (isIpv6Address(address)) {
        text += u'[' + address;
        if (zone >= 0)
            text += QLatin1StringView("%25") +
                    percentEncode(m_host.sliced(zone + 1).toUtf8(), isUnreserved);
        text += u']';
    } else {
        text += percentEncode(m_host.toUtf8(), isRegNameChar);
    }
    if (m_port && *m_port != defaultPort(m_scheme))
        text += u':' + QString::number(*m_port);
    text += u'/';
    for (qsizetype i = 0; i < m_path.size(); ++i) {
        if (i > 0)
            text += u'/';
        text += percentEncode(m_path[i], isPathChar);
    }
    for (qsizetype i = 0; i < m_query.size(); ++i) {
        text += i == 0 ? u'?' : u'&';
        text += percentEncode(m_query[i], isQueryCharInOption);
    }
    return text;
}

} // namespace coapscope
