// SPDX-License-Identifier: BSD-2-Clause
#include "datagrambio_p.h"

#include <QtEndian>

#include <cstring>
#include <sys/socket.h>

namespace coapscope {

namespace {

DatagramBioState *stateOf(BIO *bio)
{
    return static_cast<DatagramBioState *>(BIO_get_data(bio));
}

int createBio(BIO *bio)
{
    BIO_set_data(bio, new DatagramBioState);
    BIO_set_init(bio, 1);
    return 1;
}

int destroyBio(BIO *bio)
{
    delete stateOf(bio);
    BIO_set_data(bio, nullptr);
    return 1;
}

int writeDatagram(BIO *bio, const char *data, int length)
{
    BIO_clear_retry_flags(bio);
    stateOf(bio)->outgoing.emplace_back(data, length);
    return length;
}

int readDatagram(BIO *bio, char *buffer, int size)
{
    BIO_clear_retry_flags(bio);
    DatagramBioState *state = stateOf(bio);
    if (state->incoming.empty()) {
        BIO_set_retry_read(bio);
        return -1;
    }
    const QByteArray datagram = std::move(state->incoming.front());
    state->incoming.pop_front();
    const int length = qMin(size, int(datagram.size()));
    std::memcpy(buffer, datagram.constData(), size_t(length));
    return length;
}

// BIO_dgram_get_peer for OpenSSL's cookie code and DTLSv1_listen.
long describePeer(const SocketAddress &peer, BIO_ADDR *address)
{
    if (!address || peer.isNull())
        return 0;
    const quint16 port = qToBigEndian(peer.port);
    bool isIpv4 = false;
    const quint32 ipv4 = qToBigEndian(peer.address.toIPv4Address(&isIpv4));
    if (isIpv4)
        return BIO_ADDR_rawmake(address, AF_INET, &ipv4, sizeof ipv4, port);
    const Q_IPV6ADDR ipv6 = peer.address.toIPv6Address();
    return BIO_ADDR_rawmake(address, AF_INET6, ipv6.c, sizeof ipv6.c, port);
}

long controlDatagram(BIO *bio, int command, long number, void *pointer)
{
    DatagramBioState *state = stateOf(bio);
    switch (command) {
    case BIO_CTRL_FLUSH:
    case BIO_CTRL_DGRAM_SET_CONNECTED:
    case BIO_CTRL_DGRAM_SET_PEER:
        return 1; // every write is already a whole datagram; the peer is fixed
    case BIO_CTRL_PENDING:
        return state->incoming.empty() ? 0 : long(state->incoming.front().size());
    case BIO_CTRL_WPENDING:
        return 0;
    case BIO_CTRL_RESET:
        state->incoming.clear();
        state->outgoing.clear();
        return 1;
    case BIO_CTRL_DGRAM_QUERY_MTU:
    case BIO_CTRL_DGRAM_GET_FALLBACK_MTU:
        return state->linkMtu - state->ipUdpOverhead();
    case BIO_CTRL_DGRAM_GET_MTU_OVERHEAD:
        return state->ipUdpOverhead();
    case BIO_CTRL_DGRAM_SET_MTU:
        state->linkMtu = int(number) + state->ipUdpOverhead();
        return number;
    case BIO_CTRL_DGRAM_GET_PEER:
        return describePeer(state->peer, static_cast<BIO_ADDR *>(pointer));
    default:
        return 0; // timeouts, MTU_EXCEEDED, kTLS, ...: nothing to do for memory
    }
}

const BIO_METHOD *datagramMethod()
{
    // Built once and kept for the life of the process, like OpenSSL's own methods.
    static BIO_METHOD *method = [] {
        BIO_METHOD *m =
            BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "coapscope datagram");
        BIO_meth_set_create(m, createBio);
        BIO_meth_set_destroy(m, destroyBio);
        BIO_meth_set_write(m, writeDatagram);
        BIO_meth_set_read(m, readDatagram);
        BIO_meth_set_ctrl(m, controlDatagram);
        return m;
    }();
    return method;
}

} // namespace

int DatagramBioState::ipUdpOverhead() const
{
    bool isIpv4 = false;
    peer.address.toIPv4Address(&isIpv4);
    return isIpv4 || peer.isNull() ? 20 + 8 : 40 + 8;
}

BIO *newDatagramBio(const SocketAddress &peer, int linkMtu)
{
    BIO *bio = BIO_new(datagramMethod());
    if (bio) {
        stateOf(bio)->peer = peer;
        stateOf(bio)->linkMtu = linkMtu;
    }
    return bio;
}

DatagramBioState &datagramBioState(BIO *bio)
{
    return *stateOf(bio);
}

} // namespace coapscope
