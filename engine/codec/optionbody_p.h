// SPDX-License-Identifier: BSD-2-Clause
#pragma once

// Internal to the codec: the options-and-payload part that datagrams (RFC 7252 §3) and stream
// frames (RFC 8323 §3.2) share.

#include "decodeerror.h"
#include "messagedata_p.h"

#include <optional>

namespace coapscope::optionbody {

// Bytes needed to encode the options, the payload marker and the payload.
qsizetype encodedSize(const MessageData &message);
// Writes them at out, which must have encodedSize() bytes; returns the end.
uchar *encode(const MessageData &message, uchar *out);

// Parses store[begin, end) into message.options and message.payload; offsets in errors are
// relative to errorBase + position in store.
std::optional<DecodeError> decode(MessageData &message, qsizetype begin, qsizetype end,
                                  qsizetype errorBase);

} // namespace coapscope::optionbody
