// SPDX-License-Identifier: BSD-2-Clause
#include "contentformat.h"

#include <QString>

#include <array>

namespace coapscope {

namespace {

using L = QLatin1StringView;
using K = PayloadKind;

// Registered identifiers (RFC 7252 §12.3 and later registrations). Sorted by id.
constexpr std::array table{
    ContentFormatDescriptor{0, L("text/plain;charset=utf-8"), L("text"), K::Text},
    ContentFormatDescriptor{16, L("application/cose;cose-type=\"cose-encrypt0\""),
                            L("cose-encrypt0"), K::Cbor},
    ContentFormatDescriptor{17, L("application/cose;cose-type=\"cose-mac0\""), L("cose-mac0"),
                            K::Cbor},
    ContentFormatDescriptor{18, L("application/cose;cose-type=\"cose-sign1\""), L("cose-sign1"),
                            K::Cbor},
    ContentFormatDescriptor{19, L("application/ace+cbor"), L("ace+cbor"), K::Cbor},
    ContentFormatDescriptor{21, L("image/gif"), L("gif"), K::Image},
    ContentFormatDescriptor{22, L("image/jpeg"), L("jpeg"), K::Image},
    ContentFormatDescriptor{23, L("image/png"), L("png"), K::Image},
    ContentFormatDescriptor{40, L("application/link-format"), L("link"), K::LinkFormat},
    ContentFormatDescriptor{41, L("application/xml"), L("xml"), K::Xml},
    ContentFormatDescriptor{42, L("application/octet-stream"), L("octet"), K::Binary},
    ContentFormatDescriptor{47, L("application/exi"), L("exi"), K::Binary},
    ContentFormatDescriptor{50, L("application/json"), L("json"), K::Json},
    ContentFormatDescriptor{51, L("application/json-patch+json"), L("json-patch"), K::Json},
    ContentFormatDescriptor{52, L("application/merge-patch+json"), L("merge-patch"), K::Json},
    ContentFormatDescriptor{60, L("application/cbor"), L("cbor"), K::Cbor},
    ContentFormatDescriptor{61, L("application/cwt"), L("cwt"), K::Cbor},
    ContentFormatDescriptor{62, L("application/multipart-core"), L("multipart-core"), K::Cbor},
    ContentFormatDescriptor{63, L("application/cbor-seq"), L("cbor-seq"), K::Cbor},
    ContentFormatDescriptor{96, L("application/cose;cose-type=\"cose-encrypt\""), L("cose-encrypt"),
                            K::Cbor},
    ContentFormatDescriptor{97, L("application/cose;cose-type=\"cose-mac\""), L("cose-mac"),
                            K::Cbor},
    ContentFormatDescriptor{98, L("application/cose;cose-type=\"cose-sign\""), L("cose-sign"),
                            K::Cbor},
    ContentFormatDescriptor{101, L("application/cose-key"), L("cose-key"), K::Cbor},
    ContentFormatDescriptor{102, L("application/cose-key-set"), L("cose-key-set"), K::Cbor},
    ContentFormatDescriptor{110, L("application/senml+json"), L("senml+json"), K::Json},
    ContentFormatDescriptor{111, L("application/sensml+json"), L("sensml+json"), K::Json},
    ContentFormatDescriptor{112, L("application/senml+cbor"), L("senml+cbor"), K::Cbor},
    ContentFormatDescriptor{113, L("application/sensml+cbor"), L("sensml+cbor"), K::Cbor},
    ContentFormatDescriptor{114, L("application/senml-exi"), L("senml-exi"), K::Binary},
    ContentFormatDescriptor{115, L("application/sensml-exi"), L("sensml-exi"), K::Binary},
    ContentFormatDescriptor{256, L("application/coap-group+json"), L("coap-group+json"), K::Json},
    ContentFormatDescriptor{271, L("application/dots+cbor"), L("dots+cbor"), K::Cbor},
    ContentFormatDescriptor{272, L("application/missing-blocks+cbor-seq"), L("missing-blocks"),
                            K::Cbor},
    ContentFormatDescriptor{280, L("application/pkcs7-mime;smime-type=server-generated-key"),
                            L("pkcs7-server-generated-key"), K::Binary},
    ContentFormatDescriptor{281, L("application/pkcs7-mime;smime-type=certs-only"),
                            L("pkcs7-certs-only"), K::Binary},
    ContentFormatDescriptor{284, L("application/pkcs8"), L("pkcs8"), K::Binary},
    ContentFormatDescriptor{285, L("application/csrattrs"), L("csrattrs"), K::Binary},
    ContentFormatDescriptor{286, L("application/pkcs10"), L("pkcs10"), K::Binary},
    ContentFormatDescriptor{287, L("application/pkix-cert"), L("pkix-cert"), K::Binary},
    ContentFormatDescriptor{310, L("application/senml+xml"), L("senml+xml"), K::Xml},
    ContentFormatDescriptor{311, L("application/sensml+xml"), L("sensml+xml"), K::Xml},
    ContentFormatDescriptor{320, L("application/senml-etch+json"), L("senml-etch+json"), K::Json},
    ContentFormatDescriptor{322, L("application/senml-etch+cbor"), L("senml-etch+cbor"), K::Cbor},
    ContentFormatDescriptor{432, L("application/td+json"), L("td+json"), K::Json},
    ContentFormatDescriptor{10000, L("application/vnd.ocf+cbor"), L("ocf+cbor"), K::Cbor},
    ContentFormatDescriptor{10001, L("application/oscore"), L("oscore"), K::Binary},
    ContentFormatDescriptor{11542, L("application/vnd.oma.lwm2m+tlv"), L("lwm2m+tlv"), K::Binary},
    ContentFormatDescriptor{11543, L("application/vnd.oma.lwm2m+json"), L("lwm2m+json"), K::Json},
    ContentFormatDescriptor{11544, L("application/vnd.oma.lwm2m+cbor"), L("lwm2m+cbor"), K::Cbor},
};

// Media types compare without the optional white space around ';' and '='.
QString normalizedMediaType(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            result.append(c.toLower());
    }
    return result;
}

} // namespace

const ContentFormatDescriptor *ContentFormat::find(quint16 id)
{
    for (const auto &entry : table) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

std::optional<quint16> ContentFormat::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const uint number = text.toUInt(&isNumber);
    if (isNumber)
        return number <= 0xffff ? std::optional<quint16>(static_cast<quint16>(number))
                                : std::nullopt;
    const QString wanted = normalizedMediaType(text);
    for (const auto &entry : table) {
        if (wanted == entry.shortName || wanted == normalizedMediaType(QString(entry.mediaType)))
            return entry.id;
    }
    // "text/plain" alone names the same format as its registered charset=utf-8 form.
    if (wanted == QLatin1StringView("text/plain"))
        return TextPlain;
    return std::nullopt;
}

std::span<const ContentFormatDescriptor> ContentFormat::all()
{
    return table;
}

} // namespace coapscope
