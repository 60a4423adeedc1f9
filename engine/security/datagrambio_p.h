// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/socketaddress.h"

#include <QByteArray>

#include <openssl/bio.h>

#include <deque>

namespace coapscope {

// What a datagram BIO holds: datagrams OpenSSL has yet to read, datagrams it wrote for us to
// send, and the peer they belong to.
struct DatagramBioState
{
    std::deque<QByteArray> incoming;
    std::deque<QByteArray> outgoing;
    SocketAddress peer;
    int linkMtu = 1280; // IP packet size, headers included

    // IP and UDP headers: what the link MTU loses before DTLS sees it.
    int ipUdpOverhead() const;
};

// OpenSSL 3.0 has no BIO_s_dgram_mem, so this is ours: a memory BIO that keeps datagram
// boundaries. Each BIO_write is one outgoing datagram, each BIO_read takes one incoming datagram
// (truncated like recv() when the buffer is smaller), and the datagram controls OpenSSL's DTLS
// code asks (MTU, overhead, peer) are answered from the state. Use it as both rbio and wbio.
BIO *newDatagramBio(const SocketAddress &peer, int linkMtu);
DatagramBioState &datagramBioState(BIO *bio);

} // namespace coapscope
