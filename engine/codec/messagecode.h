// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <optional>

namespace coapscope {

// The 8-bit code of a CoAP message: a 3-bit class and a 5-bit detail, written c.dd.
class MessageCode
{
public:
    constexpr MessageCode() = default;
    constexpr explicit MessageCode(quint8 raw)
        : m_raw(raw)
    {}
    constexpr MessageCode(int codeClass, int detail)
        : m_raw(static_cast<quint8>(((codeClass & 0x7) << 5) | (detail & 0x1f)))
    {}

    constexpr quint8 raw() const { return m_raw; }
    constexpr int codeClass() const { return m_raw >> 5; }
    constexpr int detail() const { return m_raw & 0x1f; }

    constexpr bool isEmpty() const { return m_raw == 0; }
    constexpr bool isRequest() const { return codeClass() == 0 && detail() != 0; }
    constexpr bool isSuccess() const { return codeClass() == 2; }
    constexpr bool isResponse() const
    {
        return codeClass() == 2 || codeClass() == 4 || codeClass() == 5;
    }
    constexpr bool isSignaling() const { return codeClass() == 7; }
    // Classes 1 and 6 are reserved everywhere; class 7 is reserved on datagram transports.
    constexpr bool isReservedClass() const { return codeClass() == 1 || codeClass() == 6; }

    // "2.05"
    QString toString() const;
    // The registered name ("GET", "Content", "Not Found"), or an empty view if unassigned.
    QLatin1StringView name() const;

    // Accepts "c.dd", a method name (case-insensitive) or a registered response name.
    static std::optional<MessageCode> fromString(QStringView text);

    friend constexpr bool operator==(MessageCode a, MessageCode b) { return a.m_raw == b.m_raw; }

    static const MessageCode Empty;
    static const MessageCode Get, Post, Put, Delete, Fetch, Patch, IPatch;
    static const MessageCode Created, Deleted, Valid, Changed, Content, Continue;
    static const MessageCode BadRequest, Unauthorized, BadOption, Forbidden, NotFound,
        MethodNotAllowed, NotAcceptable, RequestEntityIncomplete, Conflict, PreconditionFailed,
        RequestEntityTooLarge, UnsupportedContentFormat, UnprocessableEntity, TooManyRequests;
    static const MessageCode InternalServerError, NotImplemented, BadGateway, ServiceUnavailable,
        GatewayTimeout, ProxyingNotSupported, HopLimitReached;
    static const MessageCode Csm, Ping, Pong, Release, Abort;

private:
    quint8 m_raw = 0;
};

inline constexpr MessageCode MessageCode::Empty{0, 0};
inline constexpr MessageCode MessageCode::Get{0, 1};
inline constexpr MessageCode MessageCode::Post{0, 2};
inline constexpr MessageCode MessageCode::Put{0, 3};
inline constexpr MessageCode MessageCode::Delete{0, 4};
inline constexpr MessageCode MessageCode::Fetch{0, 5};
inline constexpr MessageCode MessageCode::Patch{0, 6};
inline constexpr MessageCode MessageCode::IPatch{0, 7};
inline constexpr MessageCode MessageCode::Created{2, 1};
inline constexpr MessageCode MessageCode::Deleted{2, 2};
inline constexpr MessageCode MessageCode::Valid{2, 3};
inline constexpr MessageCode MessageCode::Changed{2, 4};
inline constexpr MessageCode MessageCode::Content{2, 5};
inline constexpr MessageCode MessageCode::Continue{2, 31};
inline constexpr MessageCode MessageCode::BadRequest{4, 0};
inline constexpr MessageCode MessageCode::Unauthorized{4, 1};
inline constexpr MessageCode MessageCode::BadOption{4, 2};
inline constexpr MessageCode MessageCode::Forbidden{4, 3};
inline constexpr MessageCode MessageCode::NotFound{4, 4};
inline constexpr MessageCode MessageCode::MethodNotAllowed{4, 5};
inline constexpr MessageCode MessageCode::NotAcceptable{4, 6};
inline constexpr MessageCode MessageCode::RequestEntityIncomplete{4, 8};
inline constexpr MessageCode MessageCode::Conflict{4, 9};
inline constexpr MessageCode MessageCode::PreconditionFailed{4, 12};
inline constexpr MessageCode MessageCode::RequestEntityTooLarge{4, 13};
inline constexpr MessageCode MessageCode::UnsupportedContentFormat{4, 15};
inline constexpr MessageCode MessageCode::UnprocessableEntity{4, 22};
inline constexpr MessageCode MessageCode::TooManyRequests{4, 29};
inline constexpr MessageCode MessageCode::InternalServerError{5, 0};
inline constexpr MessageCode MessageCode::NotImplemented{5, 1};
inline constexpr MessageCode MessageCode::BadGateway{5, 2};
inline constexpr MessageCode MessageCode::ServiceUnavailable{5, 3};
inline constexpr MessageCode MessageCode::GatewayTimeout{5, 4};
inline constexpr MessageCode MessageCode::ProxyingNotSupported{5, 5};
inline constexpr MessageCode MessageCode::HopLimitReached{5, 8};
inline constexpr MessageCode MessageCode::Csm{7, 1};
inline constexpr MessageCode MessageCode::Ping{7, 2};
inline constexpr MessageCode MessageCode::Pong{7, 3};
inline constexpr MessageCode MessageCode::Release{7, 4};
inline constexpr MessageCode MessageCode::Abort{7, 5};

} // namespace coapscope
