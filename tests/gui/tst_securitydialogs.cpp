// SPDX-License-Identifier: BSD-2-Clause
// The PKI dialog in a real window, typed into the way a user types, with real certificates made
// by openssl(1); and the accessible names of every control of both security dialogs.
#include "dialoginput.h"
#include "dialogs/certificatesummary.h"
#include "dialogs/explainedcheckbox.h"
#include "dialogs/filepicker.h"
#include "dialogs/pkidialog.h"
#include "dialogs/pkiownpage.h"
#include "dialogs/pkitrustpage.h"
#include "dialogs/pkiverificationpage.h"
#include "dialogs/pskdialog.h"
#include "dialogs/pskkeytable.h"
#include "testcertificates.h"
#include "text/translations.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace coapscope;

class TestSecurityDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pkiShowsTheCertificate();
    void pkiWarnsAboutExpired();
    void pkiWarnsAboutSelfSigned();
    void pkiMissingFileKeepsOkDisabled();
    void pkiRefusesGarbageAndForeignKeys();
    void pkiReadsDer();
    void pkiNeedsTrustAnchorsToVerify();
    void pkiChecksNames();
    void pkiKeepsWhatItDoesNotShow();
    void pkiServerNeedsACertificate();
    void everyControlHasAnAccessibleName();

private:
    QString path(const char *name) const { return m_certificates.path(QString::fromLatin1(name)); }

    TestCertificates m_certificates;
};

void TestSecurityDialogs::initTestCase()
{
    text::installTranslations(*qApp);
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
}

void TestSecurityDialogs::pkiShowsTheCertificate()
{
    PkiDialog dialog(DtlsRole::Client);
    showDialog(&dialog);
    typeInto(dialog.ownPage()->certificatePicker()->lineEdit(), path("server.pem"));
    CertificateSummary *summary = dialog.certificateSummary();
    QCOMPARE(summary->fieldText(QStringLiteral("subject")), QStringLiteral("CN=localhost"));
    QCOMPARE(summary->fieldText(QStringLiteral("issuer")), QStringLiteral("CN=CoapScope Test CA"));
    QVERIFY(summary->fieldText(QStringLiteral("names")).contains(QStringLiteral("IP:127.0.0.1")));
    QCOMPARE(summary->fieldText(QStringLiteral("fingerprint")).count(QLatin1Char(':')), 31);
    QVERIFY(!summary->fieldText(QStringLiteral("validity")).isEmpty());
    QVERIFY(summary->warnings().isEmpty());
    // A certificate without its key is not enough.
    QVERIFY(visibleProblem(&dialog, "keyProblem").contains(QStringLiteral("private key")));
    QVERIFY(!dialog.okButton()->isEnabled());

    typeInto(dialog.ownPage()->keyPicker()->lineEdit(), path("server.key"));
    typeInto(dialog.trustPage()->caFilePicker()->lineEdit(), path("ca.pem"));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(dialog.okButton()->isEnabled());
    const auto settings = dialog.settings();
    QVERIFY(settings);
    QCOMPARE(settings->own.certificateChain.filePath, path("server.pem"));
    QCOMPARE(settings->own.privateKey.filePath, path("server.key"));
    QCOMPARE(settings->caFile, path("ca.pem"));
}

void TestSecurityDialogs::pkiWarnsAboutExpired()
{
    PkiDialog dialog(DtlsRole::Client);
    showDialog(&dialog);
    typeInto(dialog.ownPage()->certificatePicker()->lineEdit(), path("expired.pem"));
    typeInto(dialog.ownPage()->keyPicker()->lineEdit(), path("expired.key"));
    typeInto(dialog.trustPage()->caFilePicker()->lineEdit(), path("ca.pem"));
    QCOMPARE(dialog.certificateSummary()->fieldText(QStringLiteral("subject")),
             QStringLiteral("CN=localhost"));
    QCOMPARE(dialog.warnings().size(), 1);
    QVERIFY(dialog.warnings().first().contains(QStringLiteral("expired")));
    QCOMPARE(visibleProblem(&dialog, "certificateWarning0"), dialog.warnings().first());
    // A warning, not a refusal: the user may want to see the peer refuse it.
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestSecurityDialogs::pkiWarnsAboutSelfSigned()
{
    PkiDialog dialog(DtlsRole::Client);
    showDialog(&dialog);
    typeInto(dialog.ownPage()->certificatePicker()->lineEdit(), path("selfsigned.pem"));
    QCOMPARE(dialog.certificateSummary()->fieldText(QStringLiteral("subject")),
             QStringLiteral("CN=localhost"));
    QCOMPARE(dialog.certificateSummary()->fieldText(QStringLiteral("issuer")),
             QStringLiteral("CN=localhost"));
    QCOMPARE(dialog.warnings().size(), 1);
    QVERIFY(dialog.warnings().first().contains(QStringLiteral("self-signed")));
    QVERIFY(!visibleProblem(&dialog, "certificateWarning0").isEmpty());
    typeInto(dialog.ownPage()->certificatePicker()->lineEdit(), path("server.pem"));
    QVERIFY(dialog.warnings().isEmpty());
    QVERIFY(visibleProblem(&dialog, "certificateWarning0").isEmpty());
}

void TestSecurityDialogs::pkiMissingFileKeepsOkDisabled()
{
    PkiDialog dialog(DtlsRole::Client);
    dialog.setSettings([this] {
        PkiSettings settings;
        settings.caFile = path("ca.pem");
        return settings;
    }());
    showDialog(&dialog);
    QVERIFY(dialog.okButton()->isEnabled());
    const QString missing = path("nothing-here.pem");
    typeInto(dialog.ownPage()->certificatePicker()->lineEdit(), missing);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.problem().contains(QStringLiteral("does not exist")));
    QCOMPARE(visibleProblem(&dialog, "certificateProblem"), dialog.problem());
    QCOMPARE(dialog.ownPage()->certificatePicker()->path(), missing);
    QVERIFY(!dialog.settings());
    // The tab says which page holds the problem.
    QVERIFY(!dialog.tabs()->tabIcon(0).isNull());

    typeInto(dialog.trustPage()->caFilePicker()->lineEdit(), m_certificates.directory());
    QVERIFY(dialog.trustPage()->problem().contains(QStringLiteral("directory")));
}

void TestSecurityDialogs::pkiRefusesGarbageAndForeignKeys()
{
    const QString garbage = path("garbage.pem");
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("no certificate in here\n");
    }
    PkiDialog dialog(DtlsRole::Client);
    showDialog(&dialog);
    typeInto(dialog.ownPage()->certificatePicker()->lineEdit(), garbage);
    QVERIFY(dialog.problem().contains(QStringLiteral("holds no certificate")));
    QVERIFY(!dialog.okButton()->isEnabled());

    typeInto(dialog.ownPage()->certificatePicker()->lineEdit(), path("server.pem"));
    typeInto(dialog.ownPage()->keyPicker()->lineEdit(), path("client.key"));
    QVERIFY(dialog.problem().contains(QStringLiteral("does not belong")));
    QVERIFY(!dialog.okButton()->isEnabled());
    typeInto(dialog.ownPage()->keyPicker()->lineEdit(), garbage);
    QVERIFY(dialog.problem().contains(QStringLiteral("holds no private key")));

    typeInto(dialog.trustPage()->caFilePicker()->lineEdit(), garbage);
    QVERIFY(dialog.trustPage()->problem().contains(QStringLiteral("holds no certificate")));
}

void TestSecurityDialogs::pkiReadsDer()
{
    PkiDialog dialog(DtlsRole::Client);
    showDialog(&dialog);
    typeInto(dialog.ownPage()->certificatePicker()->lineEdit(), path("server.der"));
    typeInto(dialog.ownPage()->keyPicker()->lineEdit(), path("server.key.der"));
    typeInto(dialog.trustPage()->caFilePicker()->lineEdit(), path("ca.pem"));
    QCOMPARE(dialog.certificateSummary()->fieldText(QStringLiteral("subject")),
             QStringLiteral("CN=localhost"));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
}

void TestSecurityDialogs::pkiNeedsTrustAnchorsToVerify()
{
    PkiDialog dialog(DtlsRole::Client);
    showDialog(&dialog);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.problem().contains(QStringLiteral("CA file or directory")));
    // Turning verification off, or allowing self-signed peers, needs no CA.
    QTest::mouseClick(dialog.verificationPage()->allowSelfSigned()->checkBox(), Qt::LeftButton);
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.verificationPage()->allowSelfSigned()->checkBox(), Qt::LeftButton);
    QVERIFY(!dialog.okButton()->isEnabled());
    typeInto(dialog.trustPage()->caDirectoryPicker()->lineEdit(), m_certificates.directory());
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestSecurityDialogs::pkiChecksNames()
{
    PkiDialog dialog(DtlsRole::Client);
    dialog.setSettings([this] {
        PkiSettings settings;
        settings.caFile = path("ca.pem");
        return settings;
    }());
    showDialog(&dialog);
    PkiVerificationPage *page = dialog.verificationPage();
    typeInto(page->sniEdit(), QStringLiteral("127.0.0.1"));
    QVERIFY(dialog.problem().contains(QStringLiteral("host names only")));
    typeInto(page->sniEdit(), QStringLiteral("bad name!"));
    QVERIFY(dialog.problem().contains(QStringLiteral("not a host name")));
    typeInto(page->sniEdit(), QStringLiteral("gateway.example"));
    typeInto(page->expectedHostNameEdit(), QStringLiteral("::1"));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    typeInto(page->expectedHostNameEdit(), QStringLiteral("-x-"));
    QVERIFY(dialog.problem().contains(QStringLiteral("neither")));
    typeInto(page->expectedHostNameEdit(), QStringLiteral("gateway.example"));
    QCOMPARE(dialog.settings()->sni, QStringLiteral("gateway.example"));
    QCOMPARE(dialog.settings()->expectedHostName, QStringLiteral("gateway.example"));
}

void TestSecurityDialogs::pkiKeepsWhatItDoesNotShow()
{
    PkiSettings given;
    given.own = CertificateAndKey{PkiSource::fromFile(path("client.pem")),
                                  PkiSource::fromFile(path("client.key"))};
    given.caFile = path("ca.pem");
    given.crlFile = path("crl.pem");
    given.checkCertRevocation = true;
    given.allowExpiredCrl = true;
    given.allowExpiredCerts = true;
    given.certChainVerifyDepth = 5;
    given.sni = QStringLiteral("localhost");
    given.nameCheck = [](const CertificateInfo &, int) { return true; };
    PkiDialog dialog(DtlsRole::Client);
    dialog.setSettings(given);
    showDialog(&dialog);
    const auto settings = dialog.settings();
    QVERIFY2(settings, qPrintable(dialog.problem()));
    QCOMPARE(settings->own.certificateChain.filePath, given.own.certificateChain.filePath);
    QCOMPARE(settings->crlFile, given.crlFile);
    QVERIFY(settings->checkCertRevocation);
    QVERIFY(settings->allowExpiredCrl);
    QVERIFY(!settings->allowNoCrl);
    QVERIFY(settings->allowExpiredCerts);
    QVERIFY(!settings->allowSelfSigned);
    QCOMPARE(settings->certChainVerifyDepth, 5);
    QCOMPARE(settings->sni, given.sni);
    QVERIFY(bool(settings->nameCheck));
}

void TestSecurityDialogs::pkiServerNeedsACertificate()
{
    PkiDialog dialog(DtlsRole::Server);
    showDialog(&dialog);
    QVERIFY(dialog.problem().contains(QStringLiteral("server needs a certificate")));
    QVERIFY(!dialog.verificationPage()->sniEdit());
    typeInto(dialog.ownPage()->certificatePicker()->lineEdit(), path("server.pem"));
    typeInto(dialog.ownPage()->keyPicker()->lineEdit(), path("server.key"));
    typeInto(dialog.trustPage()->caFilePicker()->lineEdit(), path("ca.pem"));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
}

void TestSecurityDialogs::everyControlHasAnAccessibleName()
{
    PskDialog client(PskDialog::Mode::Client);
    PskDialog server(PskDialog::Mode::Server);
    server.keyTable()->addRow();
    PkiDialog pki(DtlsRole::Client);
    for (QDialog *dialog : std::initializer_list<QDialog *>{&client, &server, &pki}) {
        showDialog(dialog);
        for (QWidget *widget : dialog->findChildren<QWidget *>()) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(dialog))
                continue;
            // What a screen reader says for it: the accessible name, else the button's or
            // label's text, else its buddy label's.
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            const bool named = widget->inherits("QTabBar") ||
                               (accessible && !accessible->text(QAccessible::Name).isEmpty());
            QVERIFY2(named,
                     qPrintable(QStringLiteral("%1 in %2 has no accessible name")
                                    .arg(QString::fromLatin1(widget->metaObject()->className()),
                                         dialog->windowTitle())));
        }
    }
}

QTEST_MAIN(TestSecurityDialogs)
#include "tst_securitydialogs.moc"
