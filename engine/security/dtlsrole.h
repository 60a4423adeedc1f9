// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QtGlobal>

namespace coapscope {

// Which end of the DTLS handshake we play: the client sends the ClientHello.
enum class DtlsRole : quint8
{
    Client,
    Server,
};

} // namespace coapscope
