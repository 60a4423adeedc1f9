// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QtGlobal>

namespace coapscope::OptionNumber {

// Registered option numbers (CoRE Parameters, "CoAP Option Numbers").
inline constexpr quint16 IfMatch = 1;        // RFC 7252
inline constexpr quint16 UriHost = 3;        // RFC 7252
inline constexpr quint16 ETag = 4;           // RFC 7252
inline constexpr quint16 IfNoneMatch = 5;    // RFC 7252
inline constexpr quint16 Observe = 6;        // RFC 7641
inline constexpr quint16 UriPort = 7;        // RFC 7252
inline constexpr quint16 LocationPath = 8;   // RFC 7252
inline constexpr quint16 Oscore = 9;         // RFC 8613
inline constexpr quint16 UriPath = 11;       // RFC 7252
inline constexpr quint16 ContentFormat = 12; // RFC 7252
inline constexpr quint16 MaxAge = 14;        // RFC 7252
inline constexpr quint16 UriQuery = 15;      // RFC 7252
inline constexpr quint16 HopLimit = 16;      // RFC 8768
inline constexpr quint16 Accept = 17;        // RFC 7252
inline constexpr quint16 QBlock1 = 19;       // RFC 9177
inline constexpr quint16 LocationQuery = 20; // RFC 7252
inline constexpr quint16 Block2 = 23;        // RFC 7959
inline constexpr quint16 Block1 = 27;        // RFC 7959
inline constexpr quint16 Size2 = 28;         // RFC 7959
inline constexpr quint16 QBlock2 = 31;       // RFC 9177
inline constexpr quint16 ProxyUri = 35;      // RFC 7252
inline constexpr quint16 ProxyScheme = 39;   // RFC 7252
inline constexpr quint16 Size1 = 60;         // RFC 7252, RFC 7959
inline constexpr quint16 Echo = 252;         // RFC 9175
inline constexpr quint16 NoResponse = 258;   // RFC 7967
inline constexpr quint16 RequestTag = 292;   // RFC 9175

// Signaling options (RFC 8323 §5): their meaning depends on the signaling code.
inline constexpr quint16 MaxMessageSize = 2;     // 7.01 CSM
inline constexpr quint16 BlockWiseTransfer = 4;  // 7.01 CSM
inline constexpr quint16 Custody = 2;            // 7.02 Ping, 7.03 Pong
inline constexpr quint16 AlternativeAddress = 2; // 7.04 Release
inline constexpr quint16 HoldOff = 4;            // 7.04 Release
inline constexpr quint16 BadCsmOption = 2;       // 7.05 Abort

} // namespace coapscope::OptionNumber
