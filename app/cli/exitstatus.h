// SPDX-License-Identifier: BSD-2-Clause
#pragma once

namespace coapscope::cli {

// Exit statuses shared by every command, as documented in the README.
enum ExitStatus : int
{
    ExitSuccess = 0,         // decoded; a 2.xx response
    ExitFailureResponse = 1, // malformed input; a 4.xx or 5.xx response
    ExitUsage = 2,           // bad arguments
    ExitNetwork = 3,         // network failure or timeout
    ExitSecurity = 4,        // handshake or certificate failure
};

} // namespace coapscope::cli
