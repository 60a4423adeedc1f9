// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/tlspolicy.h"
#include "streamlistener.h"

#include <memory>

namespace coapscope {

// Accepts CoAP-over-TLS connections: each arrives as a TlsStreamTransport that starts its
// server handshake when the session takes it.
class TlsStreamListener final : public StreamListener
{
    Q_OBJECT

public:
    explicit TlsStreamListener(std::shared_ptr<const TlsPolicy> policy, QObject *parent = nullptr);

protected:
    StreamTransport *wrap(std::unique_ptr<QTcpSocket> socket) override;

private:
    std::shared_ptr<const TlsPolicy> m_policy;
};

} // namespace coapscope
