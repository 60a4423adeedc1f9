// SPDX-License-Identifier: BSD-2-Clause
#include "messagecode.h"

#include <array>

namespace coapscope {

namespace {

struct CodeName
{
    MessageCode code;
    QLatin1StringView name;
};

// RFC 7252 §12.1, RFC 8132, RFC 7959, RFC 8516, RFC 8768, RFC 8323 §11.1.
constexpr std::array codeNames{
    CodeName{MessageCode::Get, QLatin1StringView("GET")},
    CodeName{MessageCode::Post, QLatin1StringView("POST")},
    CodeName{MessageCode::Put, QLatin1StringView("PUT")},
    CodeName{MessageCode::Delete, QLatin1StringView("DELETE")},
    CodeName{MessageCode::Fetch, QLatin1StringView("FETCH")},
    CodeName{MessageCode::Patch, QLatin1StringView("PATCH")},
    CodeName{MessageCode::IPatch, QLatin1StringView("iPATCH")},
    CodeName{MessageCode::Created, QLatin1StringView("Created")},
    CodeName{MessageCode::Deleted, QLatin1StringView("Deleted")},
    CodeName{MessageCode::Valid, QLatin1StringView("Valid")},
    CodeName{MessageCode::Changed, QLatin1StringView("Changed")},
    CodeName{MessageCode::Content, QLatin1StringView("Content")},
    CodeName{MessageCode::Continue, QLatin1StringView("Continue")},
    CodeName{MessageCode::BadRequest, QLatin1StringView("Bad Request")},
    CodeName{MessageCode::Unauthorized, QLatin1StringView("Unauthorized")},
    CodeName{MessageCode::BadOption, QLatin1StringView("Bad Option")},
    CodeName{MessageCode::Forbidden, QLatin1StringView("Forbidden")},
    CodeName{MessageCode::NotFound, QLatin1StringView("Not Found")},
    CodeName{MessageCode::MethodNotAllowed, QLatin1StringView("Method Not Allowed")},
    CodeName{MessageCode::NotAcceptable, QLatin1StringView("Not Acceptable")},
    CodeName{MessageCode::RequestEntityIncomplete, QLatin1StringView("Request Entity Incomplete")},
    CodeName{MessageCode::Conflict, QLatin1StringView("Conflict")},
    CodeName{MessageCode::PreconditionFailed, QLatin1StringView("Precondition Failed")},
    CodeName{MessageCode::RequestEntityTooLarge, QLatin1StringView("Request Entity Too Large")},
    CodeName{MessageCode::UnsupportedContentFormat,
             QLatin1StringView("Unsupported Content-Format")},
    CodeName{MessageCode::UnprocessableEntity, QLatin1StringView("Unprocessable Entity")},
    CodeName{MessageCode::TooManyRequests, QLatin1StringView("Too Many Requests")},
    CodeName{MessageCode::InternalServerError, QLatin1StringView("Internal Server Error")},
    CodeName{MessageCode::NotImplemented, QLatin1StringView("Not Implemented")},
    CodeName{MessageCode::BadGateway, QLatin1StringView("Bad Gateway")},
    CodeName{MessageCode::ServiceUnavailable, QLatin1StringView("Service Unavailable")},
    CodeName{MessageCode::GatewayTimeout, QLatin1StringView("Gateway Timeout")},
    CodeName{MessageCode::ProxyingNotSupported, QLatin1StringView("Proxying Not Supported")},
    CodeName{MessageCode::HopLimitReached, QLatin1StringView("Hop Limit Reached")},
    CodeName{MessageCode::Csm, QLatin1StringView("CSM")},
    CodeName{MessageCode::Ping, QLatin1StringView("Ping")},
    CodeName{MessageCode::Pong, QLatin1StringView("Pong")},
    CodeName{MessageCode::Release, QLatin1StringView("Release")},
    CodeName{MessageCode::Abort, QLatin1StringView("Abort")},
};

std::optional<MessageCode> parseDotted(QStringView text)
{
    // Exactly "c.dd": one class digit, a dot, two detail digits.
    if (text.size() != 4 || text[1] != u'.')
        return std::nullopt;
    const auto digit = [](QChar c) { return c >= u'0' && c <= u'9' ? c.unicode() - u'0' : -1; };
    const int cls = digit(text[0]);
    const int tens = digit(text[2]);
    const int ones = digit(text[3]);
    if (cls < 0 || cls > 7 || tens < 0 || ones < 0)
        return std::nullopt;
    const int detail = tens * 10 + ones;
    if (detail > 31)
        return std::nullopt;
    return MessageCode(cls, detail);
}

} // namespace

QString MessageCode::toString() const
{
    return QStringLiteral("%1.%2").arg(codeClass()).arg(detail(), 2, 10, QLatin1Char('0'));
}

QLatin1StringView MessageCode::name() const
{
    if (isEmpty())
        return QLatin1StringView("Empty");
    for (const auto &entry : codeNames) {
        if (entry.code == *this)
            return entry.name;
    }
    return {};
}

std::optional<MessageCode> MessageCode::fromString(QStringView text)
{
    text = text.trimmed();
    if (auto dotted = parseDotted(text))
        return dotted;
    for (const auto &entry : codeNames) {
        if (text.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.code;
    }
    return std::nullopt;
}

} // namespace coapscope
