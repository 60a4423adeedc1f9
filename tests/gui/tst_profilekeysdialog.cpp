// SPDX-License-Identifier: BSD-2-Clause
// The keys of profiles in the profiles dialog: told when there is no keychain and offered the
// other places, kept in a real keychain when there is one, left out of exports unless ticked,
// and never imported anywhere unasked. COAPSCOPE_TEST_KEYCHAIN says whether a keychain runs
// ("real", under tests/keychain/with-keyring.sh) or none does ("none": no session bus).
#include "dialoginput.h"
#include "dialogs/keystorageeditor.h"
#include "dialogs/profileeditor.h"
#include "dialogs/profilesdialog.h"
#include "dialogs/pskdialog.h"
#include "dialogs/secretedit.h"
#include "keychaintesting.h"
#include "models/profilemodel.h"
#include "models/profilesecrets.h"
#include "models/profilestore.h"
#include "profilefixtures.h"
#include "text/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

using namespace coapscope;

namespace {

// Clicks the button of the next message box that answers to pick, once the box is up.
void answerNextMessageBox(std::function<QAbstractButton *(QMessageBox *)> pick)
{
    QTimer::singleShot(0, [pick] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            QTest::mouseClick(pick(box), Qt::LeftButton);
        else
            answerNextMessageBox(pick);
    });
}

void answerNextMessageBox(const char *buttonName)
{
    answerNextMessageBox([buttonName](QMessageBox *box) {
        return box->findChild<QAbstractButton *>(QLatin1StringView(buttonName));
    });
}

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    answerNextMessageBox([button](QMessageBox *box) { return box->button(button); });
}

ConnectionProfile securedProfile(const QString &name, KeyStorage storage)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.uri = QStringLiteral("coaps://lab.example/");
    profile.security.pskClient = PskClientSettings{"lab", "lab-secret"};
    profile.keyStorage = storage;
    return profile;
}

} // namespace

class TestProfileKeysDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noKeychainLetsTheUserChoose();
    void keysGoToTheKeychain();
    void keysComeBackFromTheKeychain();
    void exportLeavesKeysOutUnlessTicked();
    void importAsksWhereKeysGo();

private:
    std::unique_ptr<ProfilesDialog> openDialog();

    bool m_real = false;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<ProfileSecrets> m_secrets;
};

void TestProfileKeysDialog::initTestCase()
{
    const QByteArray mode = keychainTestMode();
    if (mode.isEmpty())
        QSKIP("Run through ctest: COAPSCOPE_TEST_KEYCHAIN=real (under with-keyring.sh) or none");
    m_real = mode == "real";
    text::installTranslations(*qApp);
}

void TestProfileKeysDialog::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProfileStore>(m_directory->filePath(QStringLiteral("p.json")));
    m_keychain = std::make_unique<SecretStore>(testService);
    m_secrets = std::make_unique<ProfileSecrets>(m_store.get(), m_keychain.get());
}

void TestProfileKeysDialog::cleanup()
{
    if (m_secrets)
        QVERIFY(settle(*m_secrets));
    m_secrets.reset();
}

std::unique_ptr<ProfilesDialog> TestProfileKeysDialog::openDialog()
{
    auto dialog = std::make_unique<ProfilesDialog>(m_store.get(), m_secrets.get());
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning("the profiles dialog is not on the screen");
    // The dialog asks the keychain whether it is there as it opens.
    const auto settled = [this] { return m_keychain->status() != SecretStore::Status::Unknown; };
    if (!QTest::qWaitFor(settled, keychainAnswerMs))
        qWarning("the keychain did not answer");
    return dialog;
}

void TestProfileKeysDialog::noKeychainLetsTheUserChoose()
{
    if (m_real)
        QSKIP("Needs the absence of a keychain");
    QVERIFY(!m_store->add(securedProfile(QStringLiteral("Filed"), KeyStorage::Keychain)));
    QVERIFY(!m_store->add(securedProfile(QStringLiteral("Asked"), KeyStorage::Keychain)));
    QVERIFY(settle(*m_secrets)); // (their keys could not be written, before the dialog)
    auto dialog = openDialog();
    QCOMPARE(m_keychain->status(), SecretStore::Status::Unavailable);
    dialog->selectProfile(QStringLiteral("Filed"));
    KeyStorageEditor *keys = dialog->editor()->keyStorageEditor();
    const QString notice = visibleProblem(dialog.get(), "noKeychainNotice");
    QVERIFY2(notice.contains(m_keychain->unavailableReason()), qPrintable(notice));
    QVERIFY(!m_keychain->unavailableReason().isEmpty());
    QVERIFY(keys->keepInFileButton()->isVisible());
    QVERIFY(keys->doNotStoreButton()->isVisible());

    // The user's first choice: the profile file, with the keys in it, and a warning.
    QTest::mouseClick(keys->keepInFileButton(), Qt::LeftButton);
    QCOMPARE(m_store->profile(QStringLiteral("Filed"))->keyStorage, KeyStorage::ProfileFile);
    QVERIFY(visibleProblem(dialog.get(), "noKeychainNotice").isEmpty());
    QVERIFY(!visibleProblem(dialog.get(), "plainTextKeysWarning").isEmpty());
    QTRY_VERIFY(readAll(m_store->filePath()).contains("\"keyStorage\": \"file\""));
    QVERIFY(readAll(m_store->filePath()).contains("lab-secret"));
    // Nothing to complain about: the user knows there is no keychain, and chose.
    QVERIFY(settle(*m_secrets));
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));

    // The other: not stored, asked for when connecting.
    dialog->selectProfile(QStringLiteral("Asked"));
    QVERIFY(!visibleProblem(dialog.get(), "noKeychainNotice").isEmpty());
    QTest::mouseClick(keys->doNotStoreButton(), Qt::LeftButton);
    QCOMPARE(m_store->profile(QStringLiteral("Asked"))->keyStorage, KeyStorage::NotStored);
    dialog->done(QDialog::Rejected); // saves at once
    ProfileStore reloaded(m_store->filePath());
    QVERIFY(!reloaded.load());
    QCOMPARE(reloaded.profile(QStringLiteral("Asked"))->keyStorage, KeyStorage::NotStored);
    QVERIFY(reloaded.profile(QStringLiteral("Asked"))->lacksKey());
    QCOMPARE(reloaded.profile(QStringLiteral("Filed"))->security.pskClient->key, "lab-secret");
}

void TestProfileKeysDialog::keysGoToTheKeychain()
{
    if (!m_real)
        QSKIP("Needs a keychain");
    auto dialog = openDialog();
    QCOMPARE(m_keychain->status(), SecretStore::Status::Available);
    dialog->newProfile();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // keep the name
    const QString name = dialog->selectedName();
    ProfileEditor *editor = dialog->editor();
    QCOMPARE(editor->keyStorageEditor()->keyStorage(), KeyStorage::Keychain);
    QTest::mouseClick(editor->pskBox(), Qt::LeftButton, {},
                      QPoint(8, editor->pskBox()->height() / 2));
    QTest::mouseClick(editor->editPskButton(), Qt::LeftButton);
    PskDialog *psk = nullptr;
    QTRY_VERIFY((psk = editor->findChild<PskDialog *>()) && psk->isVisible());
    QTest::keyClicks(psk->identityEdit(), QStringLiteral("gateway"));
    QTest::keyClicks(psk->keyEdit()->lineEdit(), QStringLiteral("typed-secret"));
    QTest::mouseClick(psk->okButton(), Qt::LeftButton);
    QVERIFY(visibleProblem(dialog.get(), "noKeychainNotice").isEmpty());
    QVERIFY(settle(*m_secrets));
    QCOMPARE(keyOf(*m_keychain, name, ProfileSecret::PskKey), "typed-secret");
    QTRY_VERIFY(readAll(m_store->filePath()).contains("gateway"));
    QVERIFY(!readAll(m_store->filePath()).contains("typed-secret"));

    // Renamed in the list, the key moves; deleted, it goes.
    QVERIFY(dialog->model()->setData(dialog->model()->index(0), QStringLiteral("Renamed")));
    QVERIFY(settle(*m_secrets));
    QCOMPARE(keyOf(*m_keychain, QStringLiteral("Renamed"), ProfileSecret::PskKey), "typed-secret");
    QCOMPARE(keyOf(*m_keychain, name, ProfileSecret::PskKey), "<not found>");
    answerNextMessageBox(QMessageBox::Yes);
    dialog->deleteProfile();
    QVERIFY(settle(*m_secrets));
    QCOMPARE(keyOf(*m_keychain, QStringLiteral("Renamed"), ProfileSecret::PskKey), "<not found>");
}

void TestProfileKeysDialog::keysComeBackFromTheKeychain()
{
    if (!m_real)
        QSKIP("Needs a keychain");
    QVERIFY(!m_store->add(securedProfile(QStringLiteral("Kept"), KeyStorage::Keychain)));
    ConnectionProfile other = securedProfile(QStringLiteral("Other"), KeyStorage::Keychain);
    other.security.pskClient->key = "other-secret";
    QVERIFY(!m_store->add(other));
    QVERIFY(settle(*m_secrets));
    QVERIFY(!m_store->save());
    // The next run: the file has no key, the dialog reads it back for the selected profile.
    m_secrets.reset();
    m_store = std::make_unique<ProfileStore>(m_store->filePath());
    m_secrets = std::make_unique<ProfileSecrets>(m_store.get(), m_keychain.get());
    QVERIFY(!m_store->load());
    QVERIFY(m_store->profiles().first().lacksKey());
    auto dialog = openDialog();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->profiles().first().security.pskClient->key,
                              QByteArray("lab-secret"), keychainAnswerMs);
    QTRY_COMPARE(dialog->editor()->profile().security.pskClient->key, QByteArray("lab-secret"));
    QVERIFY(!readAll(m_store->filePath()).contains("lab-secret"));
    // An export with keys reads those not read yet.
    QVERIFY(m_store->profile(QStringLiteral("Other"))->lacksKey());
    const QString exported = m_directory->filePath(QStringLiteral("with-keys.json"));
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(dialog->exportTo(exported, false, true));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->note().contains(QStringLiteral("plain text")),
                             keychainAnswerMs);
    QVERIFY(readAll(exported).contains("other-secret"));
    QVERIFY(readAll(exported).contains("lab-secret"));
    QVERIFY(!readAll(m_store->filePath()).contains("other-secret"));
}

void TestProfileKeysDialog::exportLeavesKeysOutUnlessTicked()
{
    QVERIFY(!m_store->add(securedProfile(QStringLiteral("Filed"), KeyStorage::ProfileFile)));
    auto dialog = openDialog();
    QVERIFY(dialog->includeKeysAction()->isCheckable());
    QVERIFY(!dialog->includeKeysAction()->isChecked());
    const QString without = m_directory->filePath(QStringLiteral("without.json"));
    QVERIFY(dialog->exportTo(without, false));
    QVERIFY(!readAll(without).contains("lab-secret"));
    QVERIFY2(dialog->note().contains(QStringLiteral("without keys")), qPrintable(dialog->note()));

    // With the keys, the user is warned first; cancelled, nothing is written.
    const QString with = m_directory->filePath(QStringLiteral("with.json"));
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!dialog->exportTo(with, false, true));
    QVERIFY(!QFile::exists(with));
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(dialog->exportTo(with, false, true));
    QTRY_VERIFY(dialog->note().contains(QStringLiteral("plain text")));
    QVERIFY(readAll(with).contains("lab-secret"));
}

void TestProfileKeysDialog::importAsksWhereKeysGo()
{
    ProfileStore source(m_directory->filePath(QStringLiteral("source.json")));
    QVERIFY(!source.add(securedProfile(QStringLiteral("Imported"), KeyStorage::NotStored)));
    const QString exported = m_directory->filePath(QStringLiteral("exported.json"));
    QVERIFY(!source.exportTo(exported, {}, KeysInJson::All));
    auto dialog = openDialog();

    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!dialog->importFrom(exported));
    QVERIFY(m_store->profiles().isEmpty());

    answerNextMessageBox("importWithoutKeys");
    QVERIFY(dialog->importFrom(exported));
    QVERIFY(!m_store->profile(QStringLiteral("Imported"))->hasKeys());

    answerNextMessageBox("importKeysToFile");
    QVERIFY(dialog->importFrom(exported));
    QCOMPARE(m_store->profile(QStringLiteral("Imported (2)"))->keyStorage, KeyStorage::ProfileFile);
    QVERIFY(readAll(m_store->filePath()).contains("lab-secret"));

    // Into the keychain only where there is one: otherwise the choice is not offered.
    bool offered = false;
    answerNextMessageBox([&offered](QMessageBox *box) {
        auto *keychain = box->findChild<QAbstractButton *>(QStringLiteral("importKeysToKeychain"));
        offered = keychain->isEnabled();
        return offered ? keychain : box->button(QMessageBox::Cancel);
    });
    QCOMPARE(dialog->importFrom(exported), m_real);
    QCOMPARE(offered, m_real);
    if (m_real) {
        QVERIFY(settle(*m_secrets));
        QCOMPARE(keyOf(*m_keychain, QStringLiteral("Imported (3)"), ProfileSecret::PskKey),
                 "lab-secret");
        QCOMPARE(m_store->profile(QStringLiteral("Imported (3)"))->keyStorage,
                 KeyStorage::Keychain);
    }
}

QTEST_MAIN(TestProfileKeysDialog)
#include "tst_profilekeysdialog.moc"
