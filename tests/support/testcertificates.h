// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A throw-away PKI made with openssl(1) at test time, all EC P-256, in a temporary directory:
//   ca.pem/.key        "CoapScope Test CA", the trust anchor
//   server.pem/.key    CN=localhost, SAN DNS:localhost, IP:127.0.0.1 (also server.der and
//                      server.key.der)
//   other.pem/.key     CN=other.example, SAN DNS:other.example (a second server name, for SNI)
//   client.pem/.key    CN=coapscope-client
//   expired.pem/.key   like server, valid only in January 2020
//   wrongname.pem/.key CN=wrong.example, SAN DNS:wrong.example
//   revoked.pem/.key   like server, revoked in crl.pem
//   selfsigned.pem/.key like server, but its own issuer
//   untrusted.pem/.key like server, issued by a CA the others do not know (rogue.pem)
//   crl.pem            the test CA's CRL
class TestCertificates
{
public:
    // Runs openssl; false with errorString() set when any step fails.
    bool generate();
    QString errorString() const { return m_error; }
    QString path(const QString &fileName) const { return m_directory.filePath(fileName); }
    QString directory() const { return m_directory.path(); }

private:
    bool openssl(const QStringList &arguments);
    bool makeAuthority(const QString &name, const QString &commonName);
    bool makeRequest(const QString &name, const QString &commonName, const QString &altNames);
    bool issue(const QString &name, const QStringList &extraArguments = {});

    QTemporaryDir m_directory;
    QString m_error;
};
