// SPDX-License-Identifier: BSD-2-Clause
// Any byte stream, cut anywhere: the stream decoder yields the same frames and the same error
// whether the bytes come at once or in pieces, and each frame encodes back to its own bytes.

#include "codec/messagejson.h"
#include "codec/tcpframing.h"
#include "codec/tcpstreamdecoder.h"

#include <cstdint>
#include <cstdlib>

namespace {

struct Outcome
{
    QList<QByteArray> frames;
    std::optional<coapscope::DecodeError> error;
    qint64 position = 0;
};

Outcome decodeInPieces(QByteArrayView stream, size_t pieceSize)
{
    using namespace coapscope;
    TcpStreamDecoder decoder(64 * 1024);
    Outcome outcome;
    for (qsizetype at = 0; at < stream.size() && !outcome.error; at += qsizetype(pieceSize)) {
        decoder.append(stream.sliced(at, qMin(qsizetype(pieceSize), stream.size() - at)));
        while (auto next = decoder.next()) {
            if (!next->hasValue()) {
                outcome.error = next->error();
                break;
            }
            outcome.frames.append(TcpFraming::encode(next->value()));
            (void)messageToJson(next->value(), Framing::Stream);
        }
    }
    outcome.position = decoder.streamPosition();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the piece size for the second pass.
    const size_t pieceSize = 1 + data[0] % 17;
    const QByteArrayView stream(data + 1, qsizetype(size - 1));

    const Outcome whole = decodeInPieces(stream, std::max<size_t>(1, stream.size()));
    const Outcome pieces = decodeInPieces(stream, pieceSize);
    if (whole.frames != pieces.frames || whole.error != pieces.error)
        std::abort();
    // Frames re-encode to the bytes they came from, in order.
    QByteArray joined;
    for (const QByteArray &frame : whole.frames)
        joined += frame;
    if (!stream.startsWith(joined))
        std::abort();
    if (whole.error && (whole.error->offset < 0 || whole.error->offset > stream.size()))
        std::abort();
    return 0;
}
