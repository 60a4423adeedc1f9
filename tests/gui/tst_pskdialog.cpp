// SPDX-License-Identifier: BSD-2-Clause
// The PSK dialog in a real window, typed into the way a user types: client and server modes,
// text and hex keys, masking, and the keyboard alone.
#include "dialoginput.h"
#include "dialogs/pskdialog.h"
#include "dialogs/pskkeytable.h"
#include "dialogs/secretedit.h"
#include "text/translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace coapscope;

class TestPskDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pskClientAsTyped();
    void hexWithOddDigitsKeepsTheText();
    void revealToggleChangesEchoMode();
    void receivedHintIsShown();
    void pskClientPrefillsBinaryKeysAsHex();
    void pskServerKeysByIdentity();
    void keyboardReachesEveryControl();
};

void TestPskDialog::initTestCase()
{
    text::installTranslations(*qApp);
}

void TestPskDialog::pskClientAsTyped()
{
    PskDialog dialog(PskDialog::Mode::Client);
    showDialog(&dialog);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(visibleProblem(&dialog, "identityProblem").contains(QStringLiteral("identity")));
    QVERIFY(!dialog.clientSettings());

    typeInto(dialog.identityEdit(), QStringLiteral("coapscope"));
    QVERIFY(visibleProblem(&dialog, "identityProblem").isEmpty());
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.problem(), visibleProblem(&dialog, "keyProblem"));
    QVERIFY(dialog.okButton()->toolTip() == dialog.problem());

    typeInto(dialog.keyEdit()->lineEdit(), QStringLiteral("secret"));
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(dialog.okButton()->isEnabled());
    const auto settings = dialog.clientSettings();
    QVERIFY(settings);
    QCOMPARE(settings->identity, QByteArray("coapscope"));
    QCOMPARE(settings->key, QByteArray("secret"));

    // Emptying the identity again disables OK and keeps the key.
    typeInto(dialog.identityEdit(), QString());
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.keyEdit()->text(), QStringLiteral("secret"));
}

void TestPskDialog::hexWithOddDigitsKeepsTheText()
{
    PskDialog dialog(PskDialog::Mode::Client);
    showDialog(&dialog);
    typeInto(dialog.identityEdit(), QStringLiteral("me"));
    typeInto(dialog.keyEdit()->lineEdit(), QStringLiteral("abc"));
    QVERIFY(dialog.okButton()->isEnabled()); // as text, "abc" is a fine key

    QTest::mouseClick(dialog.keyEdit()->hexBox(), Qt::LeftButton);
    QVERIFY(dialog.keyEdit()->isHex());
    const QString problem = visibleProblem(dialog.keyEdit(), "secretProblem");
    QVERIFY2(problem.contains(QStringLiteral("character 3")), qPrintable(problem));
    QCOMPARE(dialog.problem(), problem);
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.keyEdit()->text(), QStringLiteral("abc"));
    QVERIFY(!dialog.clientSettings());

    QTest::keyClicks(dialog.keyEdit()->lineEdit(), QStringLiteral("d"));
    QVERIFY(visibleProblem(dialog.keyEdit(), "secretProblem").isEmpty());
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.clientSettings()->key, QByteArray("\xab\xcd"));

    typeInto(dialog.keyEdit()->lineEdit(), QStringLiteral("0x12 zz"));
    QVERIFY(
        visibleProblem(dialog.keyEdit(), "secretProblem").contains(QStringLiteral("character 6")));
    QCOMPARE(dialog.keyEdit()->text(), QStringLiteral("0x12 zz"));

    // Back to text: the same characters, now read as they are.
    QTest::mouseClick(dialog.keyEdit()->hexBox(), Qt::LeftButton);
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.clientSettings()->key, QByteArray("0x12 zz"));
}

void TestPskDialog::revealToggleChangesEchoMode()
{
    PskDialog dialog(PskDialog::Mode::Client);
    showDialog(&dialog);
    QLineEdit *key = dialog.keyEdit()->lineEdit();
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QTest::mouseClick(dialog.keyEdit()->revealButton(), Qt::LeftButton);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    QVERIFY(dialog.keyEdit()->isRevealed());
    // And from the keyboard.
    dialog.keyEdit()->revealButton()->setFocus();
    QTest::keyClick(dialog.keyEdit()->revealButton(), Qt::Key_Space);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
}

void TestPskDialog::receivedHintIsShown()
{
    PskDialog dialog(PskDialog::Mode::Client);
    showDialog(&dialog);
    QVERIFY(dialog.receivedHintEdit()->isReadOnly());
    QVERIFY(dialog.receivedHintEdit()->text().isEmpty());
    dialog.setReceivedHint("CoapScope demo server");
    QCOMPARE(dialog.receivedHintEdit()->text(), QStringLiteral("CoapScope demo server"));
    dialog.setReceivedHint(QByteArray("\x01\xfe", 2));
    QVERIFY(dialog.receivedHintEdit()->text().startsWith(QStringLiteral("01 fe")));
}

void TestPskDialog::pskClientPrefillsBinaryKeysAsHex()
{
    PskDialog dialog(PskDialog::Mode::Client);
    dialog.setSettings(PskClientSettings{"device-1", QByteArray("\x00\x11\xff", 3)});
    showDialog(&dialog);
    QCOMPARE(dialog.identityEdit()->text(), QStringLiteral("device-1"));
    QVERIFY(dialog.keyEdit()->isHex());
    QCOMPARE(dialog.keyEdit()->text(), QStringLiteral("00 11 ff"));
    QCOMPARE(dialog.clientSettings()->key, QByteArray("\x00\x11\xff", 3));
}

void TestPskDialog::pskServerKeysByIdentity()
{
    PskDialog dialog(PskDialog::Mode::Server);
    showDialog(&dialog);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(visibleProblem(&dialog, "serverProblem").contains(QStringLiteral("default key")));

    PskKeyTable *table = dialog.keyTable();
    typeInto(dialog.hintEdit(), QStringLiteral("lab"));
    QTest::mouseClick(table->findChild<QPushButton *>(), Qt::LeftButton); // Add identity
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(dialog.problem().contains(QStringLiteral("no identity")));
    QTest::keyClicks(table->identityEdit(), QStringLiteral("alice"));
    QCOMPARE(table->table()->item(0, 0)->text(), QStringLiteral("alice"));
    QVERIFY(dialog.problem().contains(QStringLiteral("empty")));
    typeInto(table->keyEdit()->lineEdit(), QStringLiteral("0102"));
    QTest::mouseClick(table->keyEdit()->hexBox(), Qt::LeftButton);
    QVERIFY(dialog.okButton()->isEnabled());
    // The list never shows the key itself.
    QVERIFY(!table->table()->item(0, 1)->text().contains(QStringLiteral("0102")));

    table->addRow();
    QTest::keyClicks(table->identityEdit(), QStringLiteral("alice"));
    typeInto(table->keyEdit()->lineEdit(), QStringLiteral("x"));
    QVERIFY(dialog.problem().contains(QStringLiteral("twice")));
    QVERIFY(!dialog.okButton()->isEnabled());
    typeInto(table->identityEdit(), QStringLiteral("bob"));
    QVERIFY(dialog.okButton()->isEnabled());

    const auto settings = dialog.serverSettings();
    QVERIFY(settings);
    QCOMPARE(settings->hint, QByteArray("lab"));
    QVERIFY(settings->defaultKey.isEmpty());
    QCOMPARE(settings->keysByIdentity.value("alice"), QByteArray("\x01\x02"));
    QCOMPARE(settings->keysByIdentity.value("bob"), QByteArray("x"));

    // Going back to the first row shows what was typed there, hex box included.
    table->selectRow(0);
    QCOMPARE(table->identityEdit()->text(), QStringLiteral("alice"));
    QVERIFY(table->keyEdit()->isHex());
    table->removeSelectedRow();
    QCOMPARE(dialog.serverSettings()->keysByIdentity.size(), 1);
}

void TestPskDialog::keyboardReachesEveryControl()
{
    PskDialog dialog(PskDialog::Mode::Client);
    showDialog(&dialog);
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.identityEdit()->setFocus();
    QList<QWidget *> reached;
    for (int i = 0; i < 12; ++i) {
        reached.append(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QVERIFY(reached.contains(dialog.keyEdit()->lineEdit()));
    QVERIFY(reached.contains(dialog.keyEdit()->hexBox()));
    QVERIFY(reached.contains(dialog.keyEdit()->revealButton()));
    QVERIFY(reached.contains(dialog.receivedHintEdit()));
    // Typing then Enter accepts, with no mouse at all.
    dialog.identityEdit()->setFocus();
    QTest::keyClicks(dialog.identityEdit(), QStringLiteral("me"));
    QTest::keyClick(dialog.identityEdit(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("k"));
    QCOMPARE(dialog.keyEdit()->text(), QStringLiteral("k"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestPskDialog)
#include "tst_pskdialog.moc"
