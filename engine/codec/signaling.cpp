// SPDX-License-Identifier: BSD-2-Clause
#include "signaling.h"

#include "optionnumber.h"

namespace coapscope::Signaling {

namespace {

Message signal(MessageCode code)
{
    return Message(MessageType::Confirmable, code);
}

} // namespace

Message csm(const CsmSettings &settings)
{
    Message message = signal(MessageCode::Csm);
    message.addUintOption(OptionNumber::MaxMessageSize, settings.maxMessageSize);
    if (settings.blockWiseTransfer)
        message.addOption(OptionNumber::BlockWiseTransfer, {});
    return message;
}

Message ping(bool custody)
{
    Message message = signal(MessageCode::Ping);
    if (custody)
        message.addOption(OptionNumber::Custody, {});
    return message;
}

Message pong(bool custody)
{
    Message message = signal(MessageCode::Pong);
    if (custody)
        message.addOption(OptionNumber::Custody, {});
    return message;
}

Message release(const ReleaseRequest &request)
{
    Message message = signal(MessageCode::Release);
    for (const QByteArray &address : request.alternativeAddresses)
        message.addOption(OptionNumber::AlternativeAddress, address);
    if (request.holdOffSeconds)
        message.addUintOption(OptionNumber::HoldOff, *request.holdOffSeconds);
    return message;
}

Message abort(std::optional<quint16> badCsmOption, QByteArrayView diagnostic)
{
    Message message = signal(MessageCode::Abort);
    if (badCsmOption)
        message.addUintOption(OptionNumber::BadCsmOption, *badCsmOption);
    message.setPayload(diagnostic);
    return message;
}

std::optional<CsmSettings> readCsm(const Message &message, const CsmSettings &current)
{
    if (message.code() != MessageCode::Csm)
        return std::nullopt;
    CsmSettings settings = current;
    if (auto size = message.uintOption(OptionNumber::MaxMessageSize))
        settings.maxMessageSize = *size;
    if (message.hasOption(OptionNumber::BlockWiseTransfer))
        settings.blockWiseTransfer = true;
    return settings;
}

std::optional<ReleaseRequest> readRelease(const Message &message)
{
    if (message.code() != MessageCode::Release)
        return std::nullopt;
    ReleaseRequest request;
    request.alternativeAddresses = message.optionValues(OptionNumber::AlternativeAddress);
    if (auto holdOff = message.uintOption(OptionNumber::HoldOff))
        request.holdOffSeconds = static_cast<quint32>(*holdOff);
    return request;
}

bool hasCustody(const Message &message)
{
    return (message.code() == MessageCode::Ping || message.code() == MessageCode::Pong) &&
           message.hasOption(OptionNumber::Custody);
}

} // namespace coapscope::Signaling
