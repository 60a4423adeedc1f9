// SPDX-License-Identifier: BSD-2-Clause
#include "benchmessages.h"

#include "codec/udpcodec.h"

namespace {

QByteArray uintBytes(quint32 value)
{
    QByteArray bytes;
    for (; value != 0; value >>= 8)
        bytes.prepend(char(value & 0xff));
    return bytes;
}

} // namespace

const QList<BenchMessage> &benchMessages()
{
    static const QList<BenchMessage> messages{
        // CON GET /sensors/temperature?unit=c, Accept json
        {0,
         0x01,
         0x1001,
         "\x11\x22\x33\x44",
         {{11, "sensors"}, {11, "temperature"}, {15, "unit=c"}, {17, uintBytes(50)}},
         {}},
        // ACK 2.05 piggybacked, json, Max-Age 30
        {2,
         0x45,
         0x1001,
         "\x11\x22\x33\x44",
         {{12, uintBytes(50)}, {14, uintBytes(30)}},
         QByteArray(R"({"t":21.5,"u":"C","ts":1764057600,"id":"node-17","ok":true})")},
        // NON 2.05 observe notification, 8-byte token
        {1,
         0x45,
         0x2002,
         "abcdefgh",
         {{6, uintBytes(0x01a2b3)}, {12, uintBytes(0)}},
         QByteArray("22.3 C")},
        // ACK 2.05 block 3 of a large resource, ETag, Block2, Size2
        {2,
         0x45,
         0x3003,
         "\x05",
         {{4, "\xde\xad\xbe\xef"},
          {12, uintBytes(42)},
          {23, uintBytes((3 << 4) | 0x8 | 6)},
          {28, uintBytes(8192)}},
         QByteArray(1024, 'x')},
        // empty ACK
        {2, 0x00, 0x4004, {}, {}, {}},
        // CON POST /a/b/c, cbor, Block1
        {0,
         0x02,
         0x5005,
         "\x01\x02",
         {{11, "a"}, {11, "b"}, {11, "c"}, {12, uintBytes(60)}, {27, uintBytes(0x0e)}},
         QByteArray(200, '\xa5')},
        // ACK 4.04 with diagnostic payload
        {2, 0x84, 0x6006, "\x09\x08", {}, QByteArray("no such resource")},
        // CON PUT through a proxy: long Proxy-Uri, Uri-Host
        {0,
         0x03,
         0x7007,
         "\x77\x66\x55",
         {{3, "gateway.example"},
          {35, "coap://sensor-42.building-7.campus.example:5683/config/network/ipv6/prefix"}},
         QByteArray("2001:db8:42::/64")},
    };
    return messages;
}

const QList<QByteArray> &benchDatagrams()
{
    static const QList<QByteArray> datagrams = [] {
        QList<QByteArray> encoded;
        for (const BenchMessage &spec : benchMessages()) {
            coapscope::Message message(static_cast<coapscope::MessageType>(spec.type),
                                       coapscope::MessageCode(spec.code), spec.messageId);
            message.setToken(spec.token);
            for (const BenchOption &option : spec.options)
                message.addOption(option.number, option.value);
            message.setPayload(spec.payload);
            encoded.append(coapscope::UdpCodec::encode(message));
        }
        return encoded;
    }();
    return datagrams;
}
