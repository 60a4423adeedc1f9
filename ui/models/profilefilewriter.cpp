// SPDX-License-Identifier: BSD-2-Clause
// Writing the profile file; the format is described in profilefileformat.h.
#include "profilefileformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace coapscope {

namespace {

bool isText(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return false;
    return std::none_of(text.cbegin(), text.cend(),
                        [](QChar c) { return c.category() == QChar::Other_Control; });
}

QJsonValue bytesValue(const QByteArray &bytes)
{
    if (isText(bytes))
        return QString::fromUtf8(bytes);
    return QJsonObject{{QStringLiteral("hex"), QString::fromLatin1(bytes.toHex())}};
}

QJsonValue sourceValue(const PkiSource &source)
{
    if (!source.filePath.isEmpty())
        return QJsonObject{{QStringLiteral("file"), source.filePath}};
    if (!source.data.isEmpty())
        return QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(source.data.toBase64())}};
    return QJsonValue::Null;
}

QJsonObject pkiObject(const PkiSettings &pki)
{
    return QJsonObject{
        {QStringLiteral("certificate"), sourceValue(pki.own.certificateChain)},
        {QStringLiteral("privateKey"), sourceValue(pki.own.privateKey)},
        {QStringLiteral("caFile"), pki.caFile},
        {QStringLiteral("caDirectory"), pki.caDirectory},
        {QStringLiteral("crlFile"), pki.crlFile},
        {QStringLiteral("verifyPeerCert"), pki.verifyPeerCert},
        {QStringLiteral("requirePeerCert"), pki.requirePeerCert},
        {QStringLiteral("allowSelfSigned"), pki.allowSelfSigned},
        {QStringLiteral("allowExpiredCerts"), pki.allowExpiredCerts},
        {QStringLiteral("certChainValidation"), pki.certChainValidation},
        {QStringLiteral("certChainVerifyDepth"), pki.certChainVerifyDepth},
        {QStringLiteral("checkCertRevocation"), pki.checkCertRevocation},
        {QStringLiteral("allowNoCrl"), pki.allowNoCrl},
        {QStringLiteral("allowExpiredCrl"), pki.allowExpiredCrl},
        {QStringLiteral("expectedHostName"), pki.expectedHostName},
        {QStringLiteral("sni"), pki.sni},
    };
}

QJsonObject securityObject(const SecuritySettings &security)
{
    QJsonObject object{
        {QStringLiteral("handshakeTimeoutMs"), security.handshakeTimeoutMs},
        {QStringLiteral("linkMtu"), security.linkMtu},
        {QStringLiteral("cipherSuites"), QJsonArray::fromStringList(security.cipherSuites)},
        {QStringLiteral("keyLogFile"), security.keyLogFile},
        {QStringLiteral("preferCaptureDecryptableSuites"), security.preferCaptureDecryptableSuites},
    };
    if (security.pskClient) {
        QJsonObject psk{{QStringLiteral("identity"), bytesValue(security.pskClient->identity)}};
        if (!security.pskClient->key.isEmpty())
            psk.insert(QStringLiteral("key"), bytesValue(security.pskClient->key));
        object.insert(QStringLiteral("psk"), psk);
    }
    if (security.pki)
        object.insert(QStringLiteral("pki"), pkiObject(*security.pki));
    return object;
}

QJsonObject transmissionObject(const TransmissionParameters &parameters)
{
    return QJsonObject{
        {QStringLiteral("ackTimeoutMs"), parameters.ackTimeoutMs},
        {QStringLiteral("ackRandomFactor"), parameters.ackRandomFactor},
        {QStringLiteral("maxRetransmit"), parameters.maxRetransmit},
        {QStringLiteral("nstart"), parameters.nstart},
        {QStringLiteral("defaultLeisureMs"), parameters.defaultLeisureMs},
        {QStringLiteral("probingRateBytesPerSecond"), parameters.probingRateBytesPerSecond},
        {QStringLiteral("maxLatencyMs"), parameters.maxLatencyMs},
    };
}

QString keyStorageId(KeyStorage storage)
{
    switch (storage) {
    case KeyStorage::Keychain:
        return QStringLiteral("keychain");
    case KeyStorage::ProfileFile:
        return QStringLiteral("file");
    case KeyStorage::NotStored:
        break;
    }
    return QStringLiteral("none");
}

ConnectionProfile keysAsAsked(const ConnectionProfile &profile, KeysInJson keys)
{
    switch (keys) {
    case KeysInJson::All:
        return profile;
    case KeysInJson::None:
        return profile.withoutKeys();
    case KeysInJson::AsStored:
        break;
    }
    return profile.withKeysAsStored();
}

QJsonObject profileObject(const ConnectionProfile &original, KeysInJson keys)
{
    const ConnectionProfile profile = keysAsAsked(original, keys);
    QJsonObject object{
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("uri"), profile.uri},
        {QStringLiteral("keyStorage"), keyStorageId(profile.keyStorage)},
        {QStringLiteral("storeKeys"), profile.keyStorage == KeyStorage::ProfileFile},
        {QStringLiteral("blockSize"), profile.blockSize},
        {QStringLiteral("transmission"), transmissionObject(profile.transmission)},
    };
    if (profile.mtu)
        object.insert(QStringLiteral("mtu"), *profile.mtu);
    object.insert(QStringLiteral("security"), securityObject(profile.security));
    return object;
}

} // namespace

QByteArray profilesToJson(const QList<ConnectionProfile> &profiles, KeysInJson keys)
{
    QJsonArray array;
    for (const ConnectionProfile &profile : profiles)
        array.append(profileObject(profile, keys));
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("coapscope-profiles")},
        {QStringLiteral("version"), profileFileVersion},
        {QStringLiteral("profiles"), array},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace coapscope
