// SPDX-License-Identifier: BSD-2-Clause
// Reading certificates and keys the way the PKI dialog does before connecting: which step
// failed, and what the certificate says about itself.

#include "security/certificatefile.h"
#include "testcertificates.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace coapscope;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What openssl(1) says the SHA-256 fingerprint is, as raw bytes.
QByteArray opensslFingerprint(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("openssl"),
                  {QStringLiteral("x509"), QStringLiteral("-in"), path, QStringLiteral("-noout"),
                   QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    if (!process.waitForFinished(30000))
        return {};
    // "sha256 Fingerprint=AB:CD:..." (the prefix's case varies between versions)
    const QByteArray line = process.readAllStandardOutput().trimmed();
    return QByteArray::fromHex(line.mid(line.indexOf('=') + 1).replace(':', ""));
}

} // namespace

class TestCertificateFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsPem();
    void readsDerFromFileAndMemory();
    void readsEveryCertificateOfAChain();
    void refusesGarbage_data();
    void refusesGarbage();
    void missingFile();
    void flagsSelfSigned();
    void reportsValidityOfExpired();
    void keyMatches_data();
    void keyMatches();

private:
    QString path(const char *name) const { return m_certificates.path(QString::fromLatin1(name)); }

    TestCertificates m_certificates;
};

void TestCertificateFile::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
}

void TestCertificateFile::readsPem()
{
    const auto chain = readCertificateChain(PkiSource::fromFile(path("server.pem")));
    QVERIFY(chain);
    QCOMPARE(chain->size(), 1);
    const CertificateInfo &server = chain->first();
    QCOMPARE(server.subject, QStringLiteral("CN=localhost"));
    QCOMPARE(server.issuer, QStringLiteral("CN=CoapScope Test CA"));
    QVERIFY(server.subjectAltNames.contains(QStringLiteral("DNS:localhost")));
    QVERIFY(server.subjectAltNames.contains(QStringLiteral("IP:127.0.0.1")));
    QVERIFY(!server.selfSigned);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(server.notBefore <= now && now < server.notAfter);
    QCOMPARE(server.sha256Fingerprint.size(), 32);
    QCOMPARE(server.sha256Fingerprint, opensslFingerprint(path("server.pem")));
}

void TestCertificateFile::readsDerFromFileAndMemory()
{
    const auto pem = readCertificateChain(PkiSource::fromFile(path("server.pem")));
    const auto derFile = readCertificateChain(PkiSource::fromFile(path("server.der")));
    const auto derMemory = readCertificateChain(PkiSource::fromMemory(readAll(path("server.der"))));
    QVERIFY(pem && derFile && derMemory);
    QCOMPARE(derFile->size(), 1);
    QCOMPARE(derFile->first().sha256Fingerprint, pem->first().sha256Fingerprint);
    QCOMPARE(derMemory->first().subject, pem->first().subject);
}

void TestCertificateFile::readsEveryCertificateOfAChain()
{
    const QByteArray chainBytes = readAll(path("server.pem")) + readAll(path("ca.pem"));
    const auto chain = readCertificateChain(PkiSource::fromMemory(chainBytes));
    QVERIFY(chain);
    QCOMPARE(chain->size(), 2);
    QCOMPARE(chain->at(0).subject, QStringLiteral("CN=localhost"));
    QCOMPARE(chain->at(1).subject, QStringLiteral("CN=CoapScope Test CA"));
    QVERIFY(chain->at(1).selfSigned); // a root CA is its own issuer
}

void TestCertificateFile::refusesGarbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text") << QByteArray("this is not a certificate\n");
    QTest::newRow("binary") << QByteArray("\x30\x82\x01\x00\xff\xff", 6);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("broken PEM") << QByteArray(
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    QTest::newRow("a key, not a certificate") << QByteArray("KEY");
}

void TestCertificateFile::refusesGarbage()
{
    QFETCH(QByteArray, bytes);
    if (bytes == "KEY")
        bytes = readAll(path("server.key"));
    const QString garbage = m_certificates.path(QStringLiteral("garbage.pem"));
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    const auto chain = readCertificateChain(PkiSource::fromFile(garbage));
    QVERIFY(!chain);
    QCOMPARE(chain.error().kind, CertificateFileError::Kind::NoCertificate);
    QCOMPARE(chain.error().filePath, garbage);
    QVERIFY(!chain.error().detail.isEmpty());

    const auto inMemory = readCertificateChain(PkiSource::fromMemory(bytes));
    QVERIFY(!inMemory);
    QCOMPARE(inMemory.error().kind, CertificateFileError::Kind::NoCertificate);
    QVERIFY(inMemory.error().filePath.isEmpty());
}

void TestCertificateFile::missingFile()
{
    const QString missing = m_certificates.path(QStringLiteral("missing.pem"));
    const auto chain = readCertificateChain(PkiSource::fromFile(missing));
    QVERIFY(!chain);
    QCOMPARE(chain.error().kind, CertificateFileError::Kind::CannotRead);
    QCOMPARE(chain.error().filePath, missing);
    QVERIFY(!chain.error().detail.isEmpty());

    const auto key =
        checkKeyMatches(PkiSource::fromFile(path("server.pem")), PkiSource::fromFile(missing));
    QVERIFY(key);
    QCOMPARE(key->kind, CertificateFileError::Kind::CannotRead);
    QCOMPARE(key->filePath, missing);
}

void TestCertificateFile::flagsSelfSigned()
{
    const auto selfSigned = readCertificateChain(PkiSource::fromFile(path("selfsigned.pem")));
    QVERIFY(selfSigned);
    QVERIFY(selfSigned->first().selfSigned);
    QCOMPARE(selfSigned->first().issuer, selfSigned->first().subject);
    // Issued by a CA that happens to be unknown: not self-signed.
    const auto untrusted = readCertificateChain(PkiSource::fromFile(path("untrusted.pem")));
    QVERIFY(untrusted);
    QVERIFY(!untrusted->first().selfSigned);
}

void TestCertificateFile::reportsValidityOfExpired()
{
    const auto expired = readCertificateChain(PkiSource::fromFile(path("expired.pem")));
    QVERIFY(expired);
    QCOMPARE(expired->first().notBefore, QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(expired->first().notAfter, QDateTime(QDate(2020, 2, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(expired->first().notAfter < QDateTime::currentDateTimeUtc());
}

void TestCertificateFile::keyMatches_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("problem"); // -1: matches
    QTest::newRow("PEM pair") << "server.pem"
                              << "server.key" << -1;
    QTest::newRow("DER pair") << "server.der"
                              << "server.key.der" << -1;
    QTest::newRow("DER key, PEM certificate") << "server.pem"
                                              << "server.key.der" << -1;
    QTest::newRow("self-signed pair") << "selfsigned.pem"
                                      << "selfsigned.key" << -1;
    QTest::newRow("another certificate's key")
        << "server.pem"
        << "client.key" << int(CertificateFileError::Kind::KeyMismatch);
    QTest::newRow("a certificate as key")
        << "server.pem"
        << "client.pem" << int(CertificateFileError::Kind::NoPrivateKey);
    QTest::newRow("a key as certificate")
        << "server.key"
        << "server.key" << int(CertificateFileError::Kind::NoCertificate);
    QTest::newRow("no certificate file")
        << "nothing.pem"
        << "server.key" << int(CertificateFileError::Kind::CannotRead);
}

void TestCertificateFile::keyMatches()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(int, problem);
    const auto result = checkKeyMatches(PkiSource::fromFile(m_certificates.path(certificate)),
                                        PkiSource::fromFile(m_certificates.path(key)));
    if (problem < 0) {
        QVERIFY2(!result, result ? qPrintable(result->detail) : "");
        return;
    }
    QVERIFY(result);
    QCOMPARE(int(result->kind), problem);
    const bool aboutTheKey = result->kind == CertificateFileError::Kind::KeyMismatch ||
                             result->kind == CertificateFileError::Kind::NoPrivateKey;
    QCOMPARE(result->filePath, m_certificates.path(aboutTheKey ? key : certificate));
    QVERIFY(!CertificateFileError::kindId(result->kind).isEmpty());
}

QTEST_GUILESS_MAIN(TestCertificateFile)
#include "tst_certificatefile.moc"
