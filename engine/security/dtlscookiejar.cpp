// SPDX-License-Identifier: BSD-2-Clause
#include "dtlscookiejar.h"

#include "session/clock.h"

#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace coapscope {

namespace {

constexpr int secretLength = 32;

QByteArray randomSecret()
{
    QByteArray secret(secretLength, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(secret.data()), secretLength) != 1)
        qFatal("RAND_bytes failed: no entropy for DTLS cookie secrets");
    return secret;
}

// IPv4 and IPv4-mapped IPv6 forms of one address give one cookie, as SocketAddress compares.
QByteArray addressBytes(const SocketAddress &peer)
{
    bool isIpv4 = false;
    const quint32 ipv4 = peer.address.toIPv4Address(&isIpv4);
    const Q_IPV6ADDR ipv6 =
        isIpv4 ? QHostAddress(ipv4).toIPv6Address() : peer.address.toIPv6Address();
    QByteArray bytes(reinterpret_cast<const char *>(ipv6.c), sizeof ipv6.c);
    const quint16 port = qToBigEndian(peer.port);
    bytes.append(reinterpret_cast<const char *>(&port), sizeof port);
    return bytes;
}

} // namespace

DtlsCookieJar::DtlsCookieJar(const Clock &clock, qint64 rotationMs)
    : m_clock(clock)
    , m_rotationMs(rotationMs)
    , m_rotatedAt(clock.now())
    , m_current(randomSecret())
    , m_previous(randomSecret())
{}

QByteArray DtlsCookieJar::cookieFor(const SocketAddress &peer)
{
    rotateIfDue();
    return hmac(m_current, peer);
}

bool DtlsCookieJar::isValid(const QByteArray &cookie, const SocketAddress &peer)
{
    rotateIfDue();
    const auto matches = [&cookie, &peer](const QByteArray &secret) {
        const QByteArray expected = hmac(secret, peer);
        return cookie.size() == expected.size() &&
               CRYPTO_memcmp(cookie.constData(), expected.constData(), size_t(cookie.size())) == 0;
    };
    return matches(m_current) || matches(m_previous);
}

void DtlsCookieJar::rotateIfDue()
{
    const qint64 now = m_clock.now();
    if (now - m_rotatedAt < m_rotationMs)
        return;
    // Two periods or more: the previous secret is stale as well.
    m_previous = now - m_rotatedAt < 2 * m_rotationMs ? m_current : randomSecret();
    m_current = randomSecret();
    m_rotatedAt = now;
}

QByteArray DtlsCookieJar::hmac(const QByteArray &secret, const SocketAddress &peer)
{
    const QByteArray message = addressBytes(peer);
    unsigned char digest[EVP_MAX_MD_SIZE] = {};
    unsigned int length = 0;
    HMAC(EVP_sha256(), secret.constData(), int(secret.size()),
         reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
         digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

} // namespace coapscope
