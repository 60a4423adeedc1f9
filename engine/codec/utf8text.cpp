// SPDX-License-Identifier: BSD-2-Clause
#include "utf8text.h"

#include <QStringDecoder>

namespace coapscope {

std::optional<QString> decodeUtf8Strict(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

bool isPrintableUtf8(QByteArrayView bytes)
{
    const auto text = decodeUtf8Strict(bytes);
    if (!text)
        return false;
    for (QChar c : *text) {
        const bool allowedControl = c == u'\t' || c == u'\r' || c == u'\n';
        if (!allowedControl && (c.category() == QChar::Other_Control || c == QChar(0x7f)))
            return false;
    }
    return true;
}

} // namespace coapscope
