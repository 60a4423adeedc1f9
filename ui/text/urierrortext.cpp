// SPDX-License-Identifier: BSD-2-Clause
#include "urierrortext.h"

#include <QCoreApplication>

namespace coapscope::text {

namespace {

class UriErrorText
{
    Q_DECLARE_TR_FUNCTIONS(UriErrorText)

public:
    static QString describe(const UriError &error);
};

QString UriErrorText::describe(const UriError &error)
{
    using Kind = UriError::Kind;
    QString reason;
    switch (error.kind) {
    case Kind::Empty:
        return tr("the URI is empty");
    case Kind::MissingScheme:
        reason = tr("a URI starts with coap://, coaps://, coap+tcp:// or coaps+tcp://");
        break;
    case Kind::UnsupportedScheme:
        reason = tr("the scheme must be coap, coaps, coap+tcp or coaps+tcp");
        break;
    case Kind::MissingAuthority:
        reason = tr("\"//\" and a host must follow the scheme");
        break;
    case Kind::UserInfoNotAllowed:
        reason = tr("CoAP URIs carry no user name (\"user@host\")");
        break;
    case Kind::EmptyHost:
        reason = tr("the host is missing");
        break;
    case Kind::InvalidIpLiteral:
        reason = tr("the bracketed host is not a valid IPv6 address");
        break;
    case Kind::InvalidPort:
        reason = tr("the port must be a number from 0 to 65535");
        break;
    case Kind::FragmentNotAllowed:
        reason = tr("CoAP URIs cannot have a fragment (\"#...\")");
        break;
    case Kind::InvalidPercentEncoding:
        reason = tr("\"%\" must be followed by two hexadecimal digits");
        break;
    case Kind::InvalidCharacter:
        reason = tr("this character must be percent-encoded");
        break;
    case Kind::DotSegmentOption:
        return tr("Uri-Path option %1 is \".\" or \"..\", which RFC 7252 forbids")
            .arg(error.offset + 1);
    }
    return tr("character %1: %2").arg(error.offset + 1).arg(reason);
}

} // namespace

QString describeUriError(const UriError &error)
{
    return UriErrorText::describe(error);
}

} // namespace coapscope::text
