// SPDX-License-Identifier: BSD-2-Clause
#include "securityoptions.h"

#include "text/hexinput.h"
#include "text/securityerrortext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>

namespace coapscope::cli {

namespace {

struct SecurityOptions
{
    Q_DECLARE_TR_FUNCTIONS(SecurityOptions)
};

QString option(const QCommandLineParser &parser, const char *name)
{
    return parser.value(QLatin1StringView(name));
}

bool isSet(const QCommandLineParser &parser, const char *name)
{
    return parser.isSet(QLatin1StringView(name));
}

} // namespace

void addSecurityOptions(QCommandLineParser &parser, DtlsRole role)
{
    const bool server = role == DtlsRole::Server;
    parser.addOption({QStringLiteral("psk-identity"),
                      SecurityOptions::tr("The pre-shared key identity to present (coaps, "
                                          "coaps+tcp)."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("psk-key"),
                      server ? SecurityOptions::tr("The pre-shared key for any identity, as text "
                                                   "(with --psk-identity: for that identity only).")
                             : SecurityOptions::tr("The pre-shared key, as text."),
                      QStringLiteral("key")});
    parser.addOption({QStringLiteral("psk-key-hex"),
                      SecurityOptions::tr("The pre-shared key, as hex."), QStringLiteral("hex")});
    if (server) {
        parser.addOption({QStringLiteral("psk-hint"),
                          SecurityOptions::tr("The PSK identity hint to send to clients."),
                          QStringLiteral("hint")});
    }
    parser.addOption({QStringLiteral("cert"),
                      server ? SecurityOptions::tr("The server's certificate (PEM or DER).")
                             : SecurityOptions::tr("A client certificate (PEM or DER)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("key"),
                      SecurityOptions::tr("The private key of --cert (PEM or DER)."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("ca"),
         server ? SecurityOptions::tr("Trusted CAs (a PEM file or a hashed directory); clients "
                                      "must then present a certificate they issued.")
                : SecurityOptions::tr("Trusted CAs (a PEM file or a hashed directory)."),
         QStringLiteral("file-or-dir")});
    parser.addOption({QStringLiteral("no-verify"),
                      SecurityOptions::tr("Accept any peer certificate (shown, not checked).")});
    parser.addOption({QStringLiteral("allow-self-signed"),
                      SecurityOptions::tr("Accept self-signed peer certificates.")});
    parser.addOption({QStringLiteral("allow-expired"),
                      SecurityOptions::tr("Accept expired or not yet valid peer certificates.")});
    if (!server) {
        parser.addOption({QStringLiteral("sni"),
                          SecurityOptions::tr("The server name to send (SNI) and check the "
                                              "certificate against; default: the URI's host."),
                          QStringLiteral("name")});
    }
    parser.addOption({QStringLiteral("keylog"),
                      SecurityOptions::tr("Append the session keys to FILE in the NSS key log "
                                          "format, for Wireshark (DTLS)."),
                      QStringLiteral("file")});
}

Expected<SecuritySettings, QString> parseSecurityOptions(const QCommandLineParser &parser,
                                                         DtlsRole role, const Uri &uri)
{
    SecuritySettings settings;
    settings.keyLogFile = option(parser, "keylog");

    QByteArray key;
    if (isSet(parser, "psk-key") && isSet(parser, "psk-key-hex"))
        return unexpected(SecurityOptions::tr("give --psk-key or --psk-key-hex, not both"));
    if (isSet(parser, "psk-key")) {
        key = option(parser, "psk-key").toUtf8();
    } else if (isSet(parser, "psk-key-hex")) {
        text::HexInputError error{};
        const auto bytes = text::parseHexInput(option(parser, "psk-key-hex"), &error);
        if (!bytes) {
            return unexpected(
                SecurityOptions::tr("--psk-key-hex: %1").arg(text::describeHexInputError(error)));
        }
        key = *bytes;
    }
    const QByteArray identity = option(parser, "psk-identity").toUtf8();
    if (role == DtlsRole::Client && (isSet(parser, "psk-identity") || !key.isEmpty())) {
        settings.pskClient = PskClientSettings{identity, key};
    } else if (role == DtlsRole::Server && !key.isEmpty()) {
        PskServerSettings psk;
        psk.hint = option(parser, "psk-hint").toUtf8();
        if (identity.isEmpty())
            psk.defaultKey = key;
        else
            psk.keysByIdentity.insert(identity, key);
        settings.pskServer = psk;
    } else if (role == DtlsRole::Server && isSet(parser, "psk-hint")) {
        return unexpected(SecurityOptions::tr("--psk-hint needs --psk-key"));
    }

    const bool certificateOptions =
        isSet(parser, "cert") || isSet(parser, "key") || isSet(parser, "ca") ||
        isSet(parser, "no-verify") || isSet(parser, "allow-self-signed") ||
        isSet(parser, "allow-expired") || (role == DtlsRole::Client && isSet(parser, "sni"));
    if (certificateOptions) {
        PkiSettings pki;
        if (isSet(parser, "cert") || isSet(parser, "key")) {
            pki.own.certificateChain = PkiSource::fromFile(option(parser, "cert"));
            pki.own.privateKey = PkiSource::fromFile(option(parser, "key"));
        }
        const QString ca = option(parser, "ca");
        if (QFileInfo(ca).isDir())
            pki.caDirectory = ca;
        else
            pki.caFile = ca;
        pki.allowSelfSigned = isSet(parser, "allow-self-signed");
        pki.allowExpiredCerts = isSet(parser, "allow-expired");
        if (role == DtlsRole::Server) {
            // A server asks clients for certificates only when it can check them.
            pki.verifyPeerCert = !ca.isEmpty() && !isSet(parser, "no-verify");
            pki.requirePeerCert = pki.verifyPeerCert;
        } else {
            pki.verifyPeerCert = !isSet(parser, "no-verify");
            const QString name = isSet(parser, "sni") ? option(parser, "sni") : uri.host();
            if (pki.verifyPeerCert)
                pki.expectedHostName = name;
            // SNI carries host names only (RFC 6066 §3), never addresses.
            if (QHostAddress(name).isNull())
                pki.sni = name;
            if (pki.verifyPeerCert && ca.isEmpty()) {
                return unexpected(SecurityOptions::tr(
                    "checking the server's certificate needs --ca (or --no-verify)"));
            }
        }
        settings.pki = pki;
    }
    if ((settings.pskClient || settings.pskServer || settings.pki) && !uri.isSecure()) {
        return unexpected(SecurityOptions::tr("security options need a coaps:// or coaps+tcp:// "
                                              "URI, not %1")
                              .arg(QString(Uri::schemeName(uri.scheme()))));
    }
    if (uri.isSecure()) {
        if (const auto problem = settings.validate(role))
            return unexpected(text::describeSettingsProblem(*problem));
    }
    return settings;
}

} // namespace coapscope::cli
