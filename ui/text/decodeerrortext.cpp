// SPDX-License-Identifier: BSD-2-Clause
#include "decodeerrortext.h"

#include <QCoreApplication>

namespace coapscope::text {

namespace {

class DecodeErrorText
{
    Q_DECLARE_TR_FUNCTIONS(DecodeErrorText)

public:
    static QString reason(const DecodeError &error);
};

QString DecodeErrorText::reason(const DecodeError &error)
{
    using Kind = DecodeError::Kind;
    const auto value = static_cast<qint64>(error.value);
    const auto limit = static_cast<qint64>(error.limit);
    switch (error.kind) {
    case Kind::TooShort:
        return tr("the message is %n byte(s) long; a CoAP header needs %1", nullptr, int(value))
            .arg(limit);
    case Kind::UnsupportedVersion:
        return tr("version %1 is not CoAP version 1").arg(value);
    case Kind::InvalidTokenLength:
        return tr("token length %1 is reserved (0 to 8 allowed)").arg(value);
    case Kind::TokenPastEnd:
        return tr("the token (%n byte(s)) runs past the end of the message", nullptr, int(value)) +
               tr(" (%n byte(s) left)", nullptr, int(limit));
    case Kind::ReservedOptionDelta:
        return tr("option delta nibble 15 is reserved for the payload marker 0xFF");
    case Kind::ReservedOptionLength:
        return tr("option length nibble 15 is reserved");
    case Kind::TruncatedOptionDelta:
        return tr("the extended option delta needs %n byte(s)", nullptr, int(value)) +
               tr(" but the message ends (%n byte(s) left)", nullptr, int(limit));
    case Kind::TruncatedOptionLength:
        return tr("the extended option length needs %n byte(s)", nullptr, int(value)) +
               tr(" but the message ends (%n byte(s) left)", nullptr, int(limit));
    case Kind::OptionValuePastEnd:
        return tr("the option value (%n byte(s)) runs past the end of the message", nullptr,
                  int(value)) +
               tr(" (%n byte(s) left)", nullptr, int(limit));
    case Kind::OptionNumberTooLarge:
        return tr("option number %1 is beyond the largest, 65535").arg(value);
    case Kind::PayloadMarkerWithoutPayload:
        return tr("a payload marker must be followed by a payload");
    case Kind::EmptyMessageNotEmpty:
        return tr("an Empty message (0.00) must end after the message ID, but %n byte(s) follow",
                  nullptr, int(value));
    case Kind::ReservedCodeClass:
        return tr("code %1.%2 uses a reserved class")
            .arg(value >> 5)
            .arg(value & 0x1f, 2, 10, QLatin1Char('0'));
    case Kind::FrameTooLarge:
        return tr("the frame is %1 bytes, more than the Max-Message-Size of %2")
            .arg(value)
            .arg(limit);
    case Kind::TruncatedFrame:
        return tr("the frame needs %1 bytes but only %2 are present").arg(value).arg(limit);
    case Kind::TrailingBytes:
        return tr("%n byte(s) follow the end of the frame", nullptr, int(value));
    }
    return tr("malformed message");
}

} // namespace

QString describeDecodeError(const DecodeError &error)
{
    return QCoreApplication::translate("DecodeErrorText", "byte %1: %2")
        .arg(error.offset)
        .arg(DecodeErrorText::reason(error));
}

} // namespace coapscope::text
