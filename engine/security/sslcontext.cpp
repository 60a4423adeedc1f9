// SPDX-License-Identifier: BSD-2-Clause
#include "datagrambio_p.h"
#include "handshakerecorder_p.h"
#include "keylogfile_p.h"
#include "peerverification_p.h"
#include "sslcontext_p.h"

#include <QFile>

#include <algorithm>
#include <cstring>

namespace coapscope {

namespace {

// Strongest first. RFC 7252's mandatory TLS_PSK_WITH_AES_128_CCM_8 is offered for constrained
// peers. OpenSSL has no ECDHE-PSK AES-GCM suites, so forward secrecy with a PSK comes from
// ECDHE-PSK-CHACHA20-POLY1305 and ECDHE-PSK-AES128-CBC-SHA256 (encrypt-then-MAC).
constexpr char defaultPskCiphers[] =
    "ECDHE-PSK-CHACHA20-POLY1305:PSK-AES128-GCM-SHA256:PSK-AES256-GCM-SHA384:"
    "PSK-CHACHA20-POLY1305:PSK-AES128-CCM:PSK-AES128-CCM8:ECDHE-PSK-AES128-CBC-SHA256";
// RFC 7252's mandatory TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 last, for the same reason.
constexpr char defaultCertificateCiphers[] =
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:"
    "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305:"
    "ECDHE-ECDSA-AES128-CCM:ECDHE-ECDSA-AES128-CCM8";

SecurityError invalid(const QString &what, const QString &reason)
{
    return SecurityError{
        SecurityError::Kind::InvalidSettings, QStringLiteral("%1: %2").arg(what, reason), {}};
}

bool isCcm8(const SSL_CIPHER *cipher)
{
    const char *name = cipher ? SSL_CIPHER_standard_name(cipher) : nullptr;
    return name && QByteArrayView(name).endsWith("_CCM_8");
}

} // namespace

SslContext::SslContext(const SecuritySettings &settings, DtlsRole role, const Clock &clock)
    : m_settings(settings)
    , m_role(role)
    , m_cookies(clock)
{}

SslContext::~SslContext() = default;

Expected<std::unique_ptr<SslContext>, SecurityError>
SslContext::create(const SecuritySettings &settings, DtlsRole role, const Clock &clock)
{
    if (const auto problem = settings.validate(role)) {
        return unexpected(
            invalid(problem->field.isEmpty() ? QStringLiteral("settings") : problem->field,
                    SettingsProblem::kindId(problem->kind)));
    }
    std::unique_ptr<SslContext> context(new SslContext(settings, role, clock));
    if (auto error = context->configure())
        return unexpected(*error);
    return context;
}

SslContext *SslContext::of(const SSL_CTX *context)
{
    return context ? static_cast<SslContext *>(SSL_CTX_get_ex_data(context, 0)) : nullptr;
}

std::optional<SecurityError> SslContext::configure()
{
    ERR_clear_error();
    m_context.reset(SSL_CTX_new(DTLS_method()));
    if (!m_context)
        return invalid(QStringLiteral("SSL_CTX_new"), takeOpenSslErrorText());
    SSL_CTX *context = m_context.get();
    SSL_CTX_set_ex_data(context, 0, this); // what SSL_CTX_set_app_data does, without its C cast
    SSL_CTX_set_min_proto_version(context, DTLS1_2_VERSION);
    SSL_CTX_set_max_proto_version(context, DTLS1_2_VERSION);
    // Every handshake is a full one: no tickets, no session cache, no renegotiation.
    SSL_CTX_set_options(context, SSL_OP_NO_TICKET | SSL_OP_NO_RENEGOTIATION);
    SSL_CTX_set_session_cache_mode(context, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_msg_callback(context, HandshakeRecorder::onMessage);

    if (!m_settings.keyLogFile.isEmpty()) {
        auto keyLog = KeyLogFile::open(m_settings.keyLogFile);
        if (!keyLog)
            return keyLog.error();
        m_keyLog = std::move(*keyLog);
    }
    // Always: tracers that export a capture embed the key log lines, file or not.
    SSL_CTX_set_keylog_callback(context, keyLogLine);
    if (m_role == DtlsRole::Server) {
        SSL_CTX_set_cookie_generate_cb(context, generateCookie);
        SSL_CTX_set_cookie_verify_cb(context, verifyCookie);
    }
    if (auto error = configureCiphers())
        return error;
    if (auto error = configurePsk())
        return error;
    if (auto error = configurePki())
        return error;
    return std::nullopt;
}

std::optional<SecurityError> SslContext::configureCiphers()
{
    SSL_CTX *context = m_context.get();
    // OpenSSL 3.0 rates the CCM_8 suites at 64 bits of security (their 64-bit tag), below
    // security level 1 (80 bits) and Debian's default level 2 (112), so it would never offer
    // RFC 7252's mandatory suites. Lowering the whole context to level 0 would also admit
    // 512-bit RSA keys and MD5 or SHA-1 signatures; instead we exempt exactly the CCM_8 suites
    // from the check and leave every other decision to OpenSSL's own callback.
    m_openSslSecurityCheck = SSL_CTX_get_security_callback(context);
    SSL_CTX_set_security_callback(context, securityLevelCheck);

    QStringList suites = m_settings.cipherSuites;
    if (suites.isEmpty()) {
        const bool hasPsk = m_role == DtlsRole::Client ? m_settings.pskClient.has_value()
                                                       : m_settings.pskServer.has_value();
        if (hasPsk)
            suites.append(QLatin1StringView(defaultPskCiphers));
        if (m_settings.pki)
            suites.append(QLatin1StringView(defaultCertificateCiphers));
    }
    if (m_settings.preferCaptureDecryptableSuites) {
        suites = suites.join(QLatin1Char(':')).split(QLatin1Char(':'), Qt::SkipEmptyParts);
        std::stable_partition(suites.begin(), suites.end(), [](const QString &suite) {
            return !suite.contains(QLatin1StringView("CHACHA20"));
        });
        if (m_role == DtlsRole::Server)
            SSL_CTX_set_options(context, SSL_OP_CIPHER_SERVER_PREFERENCE);
    }
    const QByteArray list = suites.join(QLatin1Char(':')).toLatin1();
    if (SSL_CTX_set_cipher_list(context, list.constData()) != 1)
        return invalid(QStringLiteral("cipherSuites"), takeOpenSslErrorText());
    return std::nullopt;
}

int SslContext::securityLevelCheck(const SSL *ssl, const SSL_CTX *context, int operation, int bits,
                                   int nid, void *other, void *extra)
{
    const bool isCipherCheck = (operation & SSL_SECOP_OTHER_TYPE) == SSL_SECOP_OTHER_CIPHER;
    if (isCipherCheck && isCcm8(static_cast<const SSL_CIPHER *>(other)))
        return 1;
    const SslContext *self = of(ssl ? SSL_get_SSL_CTX(ssl) : context);
    if (!self || !self->m_openSslSecurityCheck)
        return 0;
    return self->m_openSslSecurityCheck(ssl, context, operation, bits, nid, other, extra);
}

std::optional<SecurityError> SslContext::configurePsk()
{
    SSL_CTX *context = m_context.get();
    if (m_role == DtlsRole::Client && m_settings.pskClient)
        SSL_CTX_set_psk_client_callback(context, pskClient);
    if (m_role == DtlsRole::Server && m_settings.pskServer) {
        SSL_CTX_set_psk_server_callback(context, pskServer);
        const QByteArray &hint = m_settings.pskServer->hint;
        if (!hint.isEmpty() && SSL_CTX_use_psk_identity_hint(context, hint.constData()) != 1)
            return invalid(QStringLiteral("pskServer.hint"), takeOpenSslErrorText());
    }
    return std::nullopt;
}

unsigned int SslContext::pskClient(SSL *ssl, const char *hint, char *identity,
                                   unsigned int maxIdentityLength, unsigned char *key,
                                   unsigned int maxKeyLength)
{
    const SslContext *self = of(SSL_get_SSL_CTX(ssl));
    if (HandshakeRecorder *recorder = HandshakeRecorder::of(ssl); recorder && hint)
        recorder->pskIdentityHint = QByteArray(hint);
    const PskClientSettings &psk = *self->m_settings.pskClient;
    if (size_t(psk.identity.size()) + 1 > maxIdentityLength ||
        size_t(psk.key.size()) > maxKeyLength) {
        return 0; // validate() keeps both within OpenSSL's buffers
    }
    std::memcpy(identity, psk.identity.constData(), size_t(psk.identity.size()));
    identity[psk.identity.size()] = '\0';
    std::memcpy(key, psk.key.constData(), size_t(psk.key.size()));
    return static_cast<unsigned int>(psk.key.size());
}

unsigned int SslContext::pskServer(SSL *ssl, const char *identity, unsigned char *key,
                                   unsigned int maxKeyLength)
{
    const SslContext *self = of(SSL_get_SSL_CTX(ssl));
    const PskServerSettings &psk = *self->m_settings.pskServer;
    const QByteArray found =
        psk.keysByIdentity.value(QByteArray(identity ? identity : ""), psk.defaultKey);
    // No key: OpenSSL answers with the unknown_psk_identity alert.
    if (found.isEmpty() || size_t(found.size()) > maxKeyLength)
        return 0;
    std::memcpy(key, found.constData(), size_t(found.size()));
    return static_cast<unsigned int>(found.size());
}

void SslContext::keyLogLine(const SSL *ssl, const char *line)
{
    if (SslContext *self = of(SSL_get_SSL_CTX(ssl)); self && self->m_keyLog)
        self->m_keyLog->appendLine(line);
    if (HandshakeRecorder *recorder = HandshakeRecorder::of(ssl))
        recorder->recordKeyLogLine(line);
}

int SslContext::generateCookie(SSL *ssl, unsigned char *cookie, unsigned int *length)
{
    SslContext *self = of(SSL_get_SSL_CTX(ssl));
    const QByteArray made = self->m_cookies.cookieFor(datagramBioState(SSL_get_rbio(ssl)).peer);
    std::memcpy(cookie, made.constData(), size_t(made.size())); // 32 of DTLS1_COOKIE_LENGTH 255
    *length = static_cast<unsigned int>(made.size());
    return 1;
}

int SslContext::verifyCookie(SSL *ssl, const unsigned char *cookie, unsigned int length)
{
    SslContext *self = of(SSL_get_SSL_CTX(ssl));
    const QByteArray received(reinterpret_cast<const char *>(cookie), int(length));
    return self->m_cookies.isValid(received, datagramBioState(SSL_get_rbio(ssl)).peer) ? 1 : 0;
}

SslPtr SslContext::newSsl(const SocketAddress &peer) const
{
    SslPtr ssl(SSL_new(m_context.get()));
    if (!ssl)
        return ssl;
    BIO *bio = newDatagramBio(peer, m_settings.linkMtu);
    SSL_set_bio(ssl.get(), bio, bio); // one reference for both directions
    DTLS_set_link_mtu(ssl.get(), m_settings.linkMtu);
    if (m_role == DtlsRole::Server) {
        SSL_set_accept_state(ssl.get());
        return ssl;
    }
    SSL_set_connect_state(ssl.get());
    if (m_settings.pki && !m_settings.pki->sni.isEmpty()) {
        QByteArray name = m_settings.pki->sni.toUtf8();
        // SSL_set_tlsext_host_name() casts C-style; this is what it expands to.
        SSL_ctrl(ssl.get(), SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, name.data());
    }
    if (m_settings.pki && !m_settings.pki->expectedHostName.isEmpty()) {
        const QString &expected = m_settings.pki->expectedHostName;
        const QByteArray name = expected.toUtf8();
        if (QHostAddress(expected).isNull())
            SSL_set1_host(ssl.get(), name.constData());
        else
            X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl.get()), name.constData());
    }
    return ssl;
}

} // namespace coapscope
