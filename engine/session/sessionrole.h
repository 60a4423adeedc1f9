// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QtGlobal>

namespace coapscope {

// Which end of the conversation a session is: the one that opened it, or the one that answered.
enum class SessionRole : quint8
{
    Client,
    Server
};

} // namespace coapscope
