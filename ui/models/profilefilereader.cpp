// SPDX-License-Identifier: BSD-2-Clause
// Reading the profile file; the format is described in profilefileformat.h. Reading stops at
// the first problem, which names the field, so a broken file is never half taken in.
#include "codec/uri.h"
#include "profilefieldreader.h"
#include "profilefileformat.h"
#include "profilefiles_p.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <tuple>

namespace coapscope {

namespace {

struct ProfileFileText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFileText)
};

void readPki(ProfileFieldReader &in, PkiSettings &pki)
{
    using L = QLatin1StringView;
    in.source(L("certificate"), pki.own.certificateChain);
    in.source(L("privateKey"), pki.own.privateKey);
    in.text(L("caFile"), pki.caFile);
    in.text(L("caDirectory"), pki.caDirectory);
    in.text(L("crlFile"), pki.crlFile);
    in.boolean(L("verifyPeerCert"), pki.verifyPeerCert);
    in.boolean(L("requirePeerCert"), pki.requirePeerCert);
    in.boolean(L("allowSelfSigned"), pki.allowSelfSigned);
    in.boolean(L("allowExpiredCerts"), pki.allowExpiredCerts);
    in.boolean(L("certChainValidation"), pki.certChainValidation);
    pki.certChainVerifyDepth =
        int(in.integer(L("certChainVerifyDepth"), pki.certChainVerifyDepth, 0, 100));
    in.boolean(L("checkCertRevocation"), pki.checkCertRevocation);
    in.boolean(L("allowNoCrl"), pki.allowNoCrl);
    in.boolean(L("allowExpiredCrl"), pki.allowExpiredCrl);
    in.text(L("expectedHostName"), pki.expectedHostName);
    in.text(L("sni"), pki.sni);
}

void readSecurity(ProfileFieldReader &in, SecuritySettings &security)
{
    using L = QLatin1StringView;
    if (auto psk = in.object(L("psk"))) {
        security.pskClient.emplace();
        psk->bytes(L("identity"), security.pskClient->identity);
        psk->bytes(L("key"), security.pskClient->key);
    }
    if (auto pki = in.object(L("pki"))) {
        security.pki.emplace();
        readPki(*pki, *security.pki);
    }
    security.handshakeTimeoutMs =
        int(in.integer(L("handshakeTimeoutMs"), security.handshakeTimeoutMs, 1));
    security.linkMtu = int(in.integer(L("linkMtu"), security.linkMtu, 256, 65535));
    in.strings(L("cipherSuites"), security.cipherSuites);
    in.text(L("keyLogFile"), security.keyLogFile);
    in.boolean(L("preferCaptureDecryptableSuites"), security.preferCaptureDecryptableSuites);
}

void readTransmission(ProfileFieldReader &in, TransmissionParameters &parameters)
{
    using L = QLatin1StringView;
    constexpr qint64 maxMs = std::numeric_limits<int>::max();
    parameters.ackTimeoutMs = in.integer(L("ackTimeoutMs"), parameters.ackTimeoutMs, 1, maxMs);
    in.number(L("ackRandomFactor"), parameters.ackRandomFactor);
    parameters.maxRetransmit = int(in.integer(L("maxRetransmit"), parameters.maxRetransmit, 0, 20));
    parameters.nstart = int(in.integer(L("nstart"), parameters.nstart, 1));
    parameters.defaultLeisureMs =
        in.integer(L("defaultLeisureMs"), parameters.defaultLeisureMs, 0, maxMs);
    in.number(L("probingRateBytesPerSecond"), parameters.probingRateBytesPerSecond);
    parameters.maxLatencyMs = in.integer(L("maxLatencyMs"), parameters.maxLatencyMs, 0, maxMs);
    if (in.failed())
        return;
    if (parameters.ackRandomFactor < 1.0)
        in.fail(L("ackRandomFactor"), ProfileFileText::tr("must be at least 1"));
    else if (!(parameters.probingRateBytesPerSecond > 0))
        in.fail(L("probingRateBytesPerSecond"), ProfileFileText::tr("must be above 0"));
}

void readKeyStorage(ProfileFieldReader &in, KeyStorage &storage)
{
    using L = QLatin1StringView;
    // Files from before keyStorage say only whether the keys are in the file.
    bool storeKeys = false;
    in.boolean(L("storeKeys"), storeKeys);
    storage = storeKeys ? KeyStorage::ProfileFile : KeyStorage::NotStored;
    if (!in.has(L("keyStorage")))
        return;
    QString id;
    in.text(L("keyStorage"), id);
    if (id == QLatin1StringView("none"))
        storage = KeyStorage::NotStored;
    else if (id == QLatin1StringView("keychain"))
        storage = KeyStorage::Keychain;
    else if (id == QLatin1StringView("file"))
        storage = KeyStorage::ProfileFile;
    else
        in.fail(L("keyStorage"),
                ProfileFileText::tr("expected \"none\", \"keychain\" or \"file\""));
}

ConnectionProfile readProfile(ProfileFieldReader &in)
{
    using L = QLatin1StringView;
    ConnectionProfile profile;
    in.text(L("name"), profile.name);
    if (profile.name.trimmed().isEmpty())
        in.fail(L("name"), ProfileFileText::tr("a profile needs a name"));
    in.text(L("uri"), profile.uri);
    readKeyStorage(in, profile.keyStorage);
    if (in.has(L("mtu"))) {
        profile.mtu = int(
            in.integer(L("mtu"), Session::DefaultMtu, Session::MinimumMtu, Session::MaximumMtu));
    }
    profile.blockSize = int(in.integer(L("blockSize"), profile.blockSize, 0, 1024));
    if (const auto problem = profilefiles::profileProblem(profile); problem && !in.failed())
        in.fail(problem->field, problem->detail);
    if (auto transmission = in.object(L("transmission")))
        readTransmission(*transmission, profile.transmission);
    if (auto security = in.object(L("security")))
        readSecurity(*security, profile.security);
    return profile;
}

std::pair<int, int> lineAndColumn(const QByteArray &bytes, qint64 offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype lastNewline = before.lastIndexOf('\n');
    return {int(before.count('\n')) + 1, int(offset - lastNewline)};
}

} // namespace

Expected<QList<ConnectionProfile>, ProfileError> profilesFromJson(const QByteArray &json,
                                                                  const QString &path)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ProfileError error{ProfileError::Kind::NotJson, path, {}, {}, parseError.errorString()};
        error.offset = parseError.offset;
        std::tie(error.line, error.column) = lineAndColumn(json, parseError.offset);
        return unexpected(error);
    }
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QLatin1StringView("version"));
    if (!document.isObject() ||
        root.value(QLatin1StringView("format")).toString() !=
            QLatin1StringView("coapscope-profiles") ||
        !version.isDouble() || version.toDouble() < 1 ||
        !root.value(QLatin1StringView("profiles")).isArray())
        return unexpected(ProfileError{ProfileError::Kind::NotAProfileFile, path});
    if (version.toDouble() > profileFileVersion)
        return unexpected(ProfileError{
            ProfileError::Kind::NewerVersion, path, {}, {}, QString::number(version.toDouble())});

    std::optional<ProfileError> error;
    QList<ConnectionProfile> profiles;
    const QJsonArray array = root.value(QLatin1StringView("profiles")).toArray();
    for (qsizetype i = 0; i < array.size() && !error; ++i) {
        const QString at = QStringLiteral("profiles[%1]").arg(i);
        ProfileFieldReader in(array.at(i).toObject(), at, &error, path);
        if (!array.at(i).isObject()) {
            in.fail({}, ProfileFileText::tr("expected an object"));
            break;
        }
        ConnectionProfile profile = readProfile(in);
        const bool taken =
            std::any_of(profiles.cbegin(), profiles.cend(),
                        [&](const ConnectionProfile &p) { return p.name == profile.name; });
        if (!error && taken)
            in.fail(QLatin1StringView("name"),
                    ProfileFileText::tr("\"%1\" appears twice").arg(profile.name));
        profiles.append(profile);
    }
    if (error)
        return unexpected(*error);
    return profiles;
}

std::optional<profilefiles::FieldProblem>
profilefiles::profileProblem(const ConnectionProfile &profile)
{
    using L = QLatin1StringView;
    if (!Uri::parse(profile.uri))
        return FieldProblem{L("uri"),
                            ProfileFileText::tr("not a coap, coaps, coap+tcp or coaps+tcp URI")};
    if (!ConnectionProfile::isValidBlockSize(profile.blockSize))
        return FieldProblem{
            L("blockSize"),
            ProfileFileText::tr("expected 0 (automatic) or a power of two from 16 to 1024")};
    return std::nullopt;
}

} // namespace coapscope
