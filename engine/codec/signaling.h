// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "message.h"

#include <QByteArrayList>

#include <optional>

namespace coapscope {

// RFC 8323 §5.3: what a peer announces in its Capabilities and Settings Message.
struct CsmSettings
{
    quint64 maxMessageSize = 1152;
    bool blockWiseTransfer = false;

    friend bool operator==(const CsmSettings &, const CsmSettings &) = default;
};

// RFC 8323 §5.5: what a Release message asks for.
struct ReleaseRequest
{
    QByteArrayList alternativeAddresses;
    std::optional<quint32> holdOffSeconds;
};

// Builders and readers for the RFC 8323 §5 signaling messages (codes 7.01–7.05).
namespace Signaling {

Message csm(const CsmSettings &settings);
Message ping(bool custody = false);
Message pong(bool custody = false);
Message release(const ReleaseRequest &request);
// diagnostic is an optional human-readable reason (RFC 8323 §5.6: a diagnostic payload).
Message abort(std::optional<quint16> badCsmOption = std::nullopt, QByteArrayView diagnostic = {});

// Settings from a CSM, starting from the ones already in force (options are deltas to them).
// nullopt when message is not a CSM.
std::optional<CsmSettings> readCsm(const Message &message, const CsmSettings &current = {});
std::optional<ReleaseRequest> readRelease(const Message &message);
bool hasCustody(const Message &message);

} // namespace Signaling

} // namespace coapscope
