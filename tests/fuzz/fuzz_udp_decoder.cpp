// SPDX-License-Identifier: BSD-2-Clause
// Any byte string: decoding never crashes, errors point inside the input, and whatever decodes
// encodes back to exactly the same bytes.

#include "codec/messagejson.h"
#include "codec/udpcodec.h"
#include "text/decodeerrortext.h"
#include "text/messagetext.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace coapscope;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = UdpCodec::decode(bytes);
    if (!decoded) {
        if (decoded.error().offset < 0 || decoded.error().offset > bytes.size())
            std::abort();
        (void)text::describeDecodeError(decoded.error());
        return 0;
    }
    if (UdpCodec::encode(decoded.value()) != bytes)
        std::abort();
    (void)messageToJson(decoded.value(), Framing::Datagram);
    (void)text::describeMessage(decoded.value(), Framing::Datagram);
    return 0;
}
