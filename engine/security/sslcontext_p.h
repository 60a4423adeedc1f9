// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "dtlscookiejar.h"
#include "dtlsrole.h"
#include "opensslhandles_p.h"
#include "pkiloader_p.h"
#include "securityerror.h"
#include "securitysettings.h"

#include <map>
#include <memory>

namespace coapscope {

class Clock;
class KeyLogFile;

// The SSL_CTX for one DtlsTransport, built from SecuritySettings: DTLS 1.2 only, cipher suites,
// PSK callbacks, certificates and their verification, SNI, the key log, and (server) the cookie
// callbacks. Every SSL made from it finds it again through SslContext::of().
class SslContext
{
public:
    static Expected<std::unique_ptr<SslContext>, SecurityError>
    create(const SecuritySettings &settings, DtlsRole role, const Clock &clock);
    ~SslContext();
    SslContext(const SslContext &) = delete;
    SslContext &operator=(const SslContext &) = delete;

    static SslContext *of(const SSL_CTX *context);

    const SecuritySettings &settings() const { return m_settings; }
    DtlsRole role() const { return m_role; }
    // A fresh SSL for one peer over its own datagram BIO, in connect or accept state.
    SslPtr newSsl(const SocketAddress &peer) const;

private:
    SslContext(const SecuritySettings &settings, DtlsRole role, const Clock &clock);

    std::optional<SecurityError> configure();
    std::optional<SecurityError> configureCiphers();
    std::optional<SecurityError> configurePsk();
    std::optional<SecurityError> configurePki();
    std::optional<SecurityError> configureVerification(const PkiSettings &pki);

    static int securityLevelCheck(const SSL *ssl, const SSL_CTX *context, int operation, int bits,
                                  int nid, void *other, void *extra);
    static unsigned int pskClient(SSL *ssl, const char *hint, char *identity,
                                  unsigned int maxIdentityLength, unsigned char *key,
                                  unsigned int maxKeyLength);
    static unsigned int pskServer(SSL *ssl, const char *identity, unsigned char *key,
                                  unsigned int maxKeyLength);
    static int serverNameSeen(SSL *ssl, int *alert, void *argument);
    static void keyLogLine(const SSL *ssl, const char *line);
    static int generateCookie(SSL *ssl, unsigned char *cookie, unsigned int *length);
    static int verifyCookie(SSL *ssl, const unsigned char *cookie, unsigned int length);

    using SecurityCheck = int (*)(const SSL *, const SSL_CTX *, int, int, int, void *, void *);

    SecuritySettings m_settings;
    DtlsRole m_role;
    SecurityCheck m_openSslSecurityCheck = nullptr; // OpenSSL's own, which ours defers to
    SslCtxPtr m_context;
    std::map<QString, LoadedCertificateAndKey> m_certificatesBySni; // keys in lower case
    std::unique_ptr<KeyLogFile> m_keyLog;
    DtlsCookieJar m_cookies;
};

} // namespace coapscope
