// SPDX-License-Identifier: BSD-2-Clause
// Any text: parsing never crashes, errors point inside the text, and a parsed URI survives a
// trip through its own text form unchanged.

#include "codec/uri.h"
#include "text/urierrortext.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace coapscope;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto uri = Uri::parse(text);
    if (!uri) {
        if (uri.error().offset < 0 || uri.error().offset > text.size())
            std::abort();
        (void)text::describeUriError(uri.error());
        return 0;
    }
    const auto again = Uri::parse(uri->toString());
    if (!again || again->toOptions() != uri->toOptions() || again->toString() != uri->toString())
        std::abort();
    return 0;
}
