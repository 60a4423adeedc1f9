// SPDX-License-Identifier: BSD-2-Clause
#include "testcertificates.h"

#include <QFile>
#include <QProcess>

namespace {

// Just enough of an openssl ca configuration: a database for revocation, copied SANs.
const char caConfiguration[] = R"([ca]
default_ca = testca
[testca]
dir = .
database = index.txt
new_certs_dir = .
serial = serial
crlnumber = crlnumber
certificate = ca.pem
private_key = ca.key
default_md = sha256
policy = anything
default_days = 30
default_crl_days = 30
copy_extensions = copy
unique_subject = no
[anything]
commonName = supplied
[leaf]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
)";

const QString localhostNames = QStringLiteral("DNS:localhost,IP:127.0.0.1");

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

} // namespace

bool TestCertificates::generate()
{
    if (!m_directory.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!writeFile(path(QStringLiteral("ca.cnf")), caConfiguration) ||
        !writeFile(path(QStringLiteral("index.txt")), {}) ||
        !writeFile(path(QStringLiteral("serial")), "01\n") ||
        !writeFile(path(QStringLiteral("crlnumber")), "01\n")) {
        m_error = QStringLiteral("cannot write the CA files");
        return false;
    }
    const QString inJanuary2020[] = {QStringLiteral("-startdate"),
                                     QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                                     QStringLiteral("20200201000000Z")};
    return makeAuthority(QStringLiteral("ca"), QStringLiteral("CoapScope Test CA")) &&
           makeAuthority(QStringLiteral("rogue"), QStringLiteral("Rogue CA")) &&
           makeRequest(QStringLiteral("server"), QStringLiteral("localhost"), localhostNames) &&
           issue(QStringLiteral("server")) &&
           makeRequest(QStringLiteral("other"), QStringLiteral("other.example"),
                       QStringLiteral("DNS:other.example")) &&
           issue(QStringLiteral("other")) &&
           makeRequest(QStringLiteral("client"), QStringLiteral("coapscope-client"), {}) &&
           issue(QStringLiteral("client")) &&
           makeRequest(QStringLiteral("expired"), QStringLiteral("localhost"), localhostNames) &&
           issue(QStringLiteral("expired"),
                 QStringList(std::begin(inJanuary2020), std::end(inJanuary2020))) &&
           makeRequest(QStringLiteral("wrongname"), QStringLiteral("wrong.example"),
                       QStringLiteral("DNS:wrong.example")) &&
           issue(QStringLiteral("wrongname")) &&
           makeRequest(QStringLiteral("revoked"), QStringLiteral("localhost"), localhostNames) &&
           issue(QStringLiteral("revoked")) &&
           openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                    QStringLiteral("ca.cnf"), QStringLiteral("-revoke"),
                    QStringLiteral("revoked.pem")}) &&
           openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                    QStringLiteral("ca.cnf"), QStringLiteral("-gencrl"), QStringLiteral("-out"),
                    QStringLiteral("crl.pem")}) &&
           openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), QStringLiteral("selfsigned.key"),
                    QStringLiteral("-out"), QStringLiteral("selfsigned.pem"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                    QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + localhostNames,
                    QStringLiteral("-days"), QStringLiteral("30")}) &&
           makeRequest(QStringLiteral("untrusted"), QStringLiteral("localhost"), localhostNames) &&
           openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    QStringLiteral("untrusted.csr"), QStringLiteral("-CA"),
                    QStringLiteral("rogue.pem"), QStringLiteral("-CAkey"),
                    QStringLiteral("rogue.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-copy_extensions"), QStringLiteral("copy"),
                    QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-out"),
                    QStringLiteral("untrusted.pem")}) &&
           openssl({QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("server.pem"),
                    QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                    QStringLiteral("server.der")}) &&
           openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("server.key"),
                    QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                    QStringLiteral("server.key.der")});
}

bool TestCertificates::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_directory.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2")
                      .arg(arguments.join(QLatin1Char(' ')),
                           QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestCertificates::makeAuthority(const QString &name, const QString &commonName)
{
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                    QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=") + commonName, QStringLiteral("-days"),
                    QStringLiteral("30"), QStringLiteral("-addext"),
                    QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
}

bool TestCertificates::makeRequest(const QString &name, const QString &commonName,
                                   const QString &altNames)
{
    QStringList arguments = {QStringLiteral("req"),
                             QStringLiteral("-new"),
                             QStringLiteral("-newkey"),
                             QStringLiteral("ec"),
                             QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:P-256"),
                             QStringLiteral("-nodes"),
                             QStringLiteral("-keyout"),
                             name + QStringLiteral(".key"),
                             QStringLiteral("-out"),
                             name + QStringLiteral(".csr"),
                             QStringLiteral("-subj"),
                             QStringLiteral("/CN=") + commonName};
    if (!altNames.isEmpty())
        arguments << QStringLiteral("-addext") << QStringLiteral("subjectAltName=") + altNames;
    return openssl(arguments);
}

bool TestCertificates::issue(const QString &name, const QStringList &extraArguments)
{
    return openssl(
        QStringList{QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                    QStringLiteral("ca.cnf"), QStringLiteral("-extensions"), QStringLiteral("leaf"),
                    QStringLiteral("-notext"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                    QStringLiteral("-out"), name + QStringLiteral(".pem")} +
        extraArguments);
}
