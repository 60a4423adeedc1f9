// SPDX-License-Identifier: BSD-2-Clause
// The profile editor's message sizes and key storage, typed as a user types them: what is
// refused, what is taken, and that nothing refused reaches the profile.
#include "dialoginput.h"
#include "dialogs/keystorageeditor.h"
#include "dialogs/messagesizeeditor.h"
#include "dialogs/profileeditor.h"
#include "dialogs/profilesdialog.h"
#include "models/profilestore.h"
#include "profilefixtures.h"
#include "session/session.h"
#include "text/translations.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace coapscope;

namespace {

// Replaces the text of edit in one edit, as pasting does (typing goes through every prefix,
// the empty text included, and each of them is an edit of its own).
void pasteInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty()) {
        QTest::keyClick(edit, Qt::Key_Delete);
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    QTest::keySequence(edit, QKeySequence::Paste);
}

} // namespace

class TestProfileEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void mtuIsChecked_data();
    void mtuIsChecked();
    void blockSizesOfferedAreTheValidOnes();
    void blockSizeIsTaken();
    void sizesRoundTrip();
    void keyStorageRoundTrips_data();
    void keyStorageRoundTrips();
    void noKeychainOffersTheOtherPlaces();
    void dialogSavesOnlyValidSizes();

private:
    std::unique_ptr<ProfileEditor> m_editor;
};

void TestProfileEditor::initTestCase()
{
    text::installTranslations(*qApp);
}

void TestProfileEditor::init()
{
    m_editor = std::make_unique<ProfileEditor>();
    ConnectionProfile profile;
    profile.name = QStringLiteral("Lab");
    profile.uri = QStringLiteral("coap://lab.example/");
    profile.mtu = 1000;
    m_editor->setProfile(profile);
    showDialog(m_editor.get());
}

void TestProfileEditor::mtuIsChecked_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<std::optional<int>>("mtu");
    QTest::newRow("empty: the default") << QString() << true << std::optional<int>();
    QTest::newRow("smallest") << QStringLiteral("64") << true << std::optional<int>(64);
    QTest::newRow("largest") << QStringLiteral("65507") << true << std::optional<int>(65507);
    QTest::newRow("spaces around") << QStringLiteral(" 1280 ") << true << std::optional<int>(1280);
    QTest::newRow("one too small") << QStringLiteral("63") << false << std::optional<int>(1000);
    QTest::newRow("one too large") << QStringLiteral("65508") << false << std::optional<int>(1000);
    QTest::newRow("zero") << QStringLiteral("0") << false << std::optional<int>(1000);
    QTest::newRow("negative") << QStringLiteral("-1280") << false << std::optional<int>(1000);
    QTest::newRow("fraction") << QStringLiteral("1280.5") << false << std::optional<int>(1000);
    QTest::newRow("words") << QStringLiteral("large") << false << std::optional<int>(1000);
}

void TestProfileEditor::mtuIsChecked()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QFETCH(std::optional<int>, mtu);
    QSignalSpy edited(m_editor.get(), &ProfileEditor::edited);
    QLineEdit *field = m_editor->messageSizeEditor()->mtuEdit();
    QCOMPARE(field->text(), QStringLiteral("1000"));
    pasteInto(field, typed);
    QVERIFY(edited.size() > 0);
    const QString shown = visibleProblem(m_editor.get(), "mtuProblem");
    QCOMPARE(shown.isEmpty(), accepted);
    QCOMPARE(m_editor->problem().isEmpty(), accepted);
    if (!accepted) {
        QVERIFY2(shown.contains(QStringLiteral("64")) && shown.contains(QStringLiteral("65507")),
                 qPrintable(shown));
        QCOMPARE(m_editor->problem(), shown);
    }
    // What is refused never reaches the profile: it keeps the last MTU that was valid.
    QCOMPARE(m_editor->profile().mtu, mtu);
    QCOMPARE(field->text(), typed); // and nothing typed is lost
}

void TestProfileEditor::blockSizesOfferedAreTheValidOnes()
{
    QComboBox *box = m_editor->messageSizeEditor()->blockSizeBox();
    QList<int> offered;
    for (int i = 0; i < box->count(); ++i) {
        offered.append(box->itemData(i).toInt());
        QVERIFY(ConnectionProfile::isValidBlockSize(offered.last()));
    }
    QCOMPARE(offered, (QList<int>{0, 16, 32, 64, 128, 256, 512, 1024}));
    QCOMPARE(box->currentText(), QStringLiteral("Automatic"));
    for (int size : {-16, 8, 24, 100, 1000, 2048})
        QVERIFY2(!ConnectionProfile::isValidBlockSize(size), qPrintable(QString::number(size)));
}

void TestProfileEditor::blockSizeIsTaken()
{
    QSignalSpy edited(m_editor.get(), &ProfileEditor::edited);
    QComboBox *box = m_editor->messageSizeEditor()->blockSizeBox();
    box->setFocus();
    for (int i = 0; i < 3; ++i) // Automatic, 16, 32, 64
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(edited.size(), 3);
    QCOMPARE(m_editor->profile().blockSize, 64);
    QVERIFY(m_editor->problem().isEmpty());
}

void TestProfileEditor::sizesRoundTrip()
{
    ConnectionProfile profile = m_editor->profile();
    profile.mtu = 576;
    profile.blockSize = 512;
    m_editor->setProfile(profile);
    QCOMPARE(m_editor->messageSizeEditor()->mtuEdit()->text(), QStringLiteral("576"));
    QCOMPARE(m_editor->messageSizeEditor()->blockSizeBox()->currentText(),
             QStringLiteral("512 bytes"));
    QCOMPARE(m_editor->profile().mtu, std::optional<int>(576));
    QCOMPARE(m_editor->profile().blockSize, 512);
    profile.mtu.reset();
    m_editor->setProfile(profile);
    QVERIFY(m_editor->messageSizeEditor()->mtuEdit()->text().isEmpty());
    QCOMPARE(m_editor->profile().mtu, std::nullopt);
    QVERIFY(visibleProblem(m_editor.get(), "mtuProblem").isEmpty());
}

void TestProfileEditor::keyStorageRoundTrips_data()
{
    QTest::addColumn<KeyStorage>("storage");
    QTest::addColumn<bool>("warned");
    QTest::newRow("keychain") << KeyStorage::Keychain << false;
    QTest::newRow("profile file") << KeyStorage::ProfileFile << true;
    QTest::newRow("not stored") << KeyStorage::NotStored << false;
}

void TestProfileEditor::keyStorageRoundTrips()
{
    QFETCH(KeyStorage, storage);
    QFETCH(bool, warned);
    ConnectionProfile profile = m_editor->profile();
    profile.keyStorage = storage;
    m_editor->setProfile(profile);
    QCOMPARE(m_editor->profile().keyStorage, storage);
    QCOMPARE(!visibleProblem(m_editor.get(), "plainTextKeysWarning").isEmpty(), warned);
}

void TestProfileEditor::noKeychainOffersTheOtherPlaces()
{
    ConnectionProfile profile = m_editor->profile();
    profile.uri = QStringLiteral("coaps://lab.example/");
    profile.security.pskClient = PskClientSettings{"lab", "key"};
    profile.keyStorage = KeyStorage::Keychain;
    m_editor->setProfile(profile);
    KeyStorageEditor *keys = m_editor->keyStorageEditor();
    QVERIFY(visibleProblem(m_editor.get(), "noKeychainNotice").isEmpty());
    m_editor->setKeychainProblem(QStringLiteral("no keychain service is running"));
    const QString notice = visibleProblem(m_editor.get(), "noKeychainNotice");
    QVERIFY2(notice.contains(QStringLiteral("no keychain service is running")), qPrintable(notice));
    QVERIFY(keys->keepInFileButton()->isVisible());
    // Not offered for new choices while it is missing.
    auto *items = qobject_cast<QStandardItemModel *>(keys->storageBox()->model());
    QVERIFY(items && !items->item(0)->isEnabled());

    QSignalSpy edited(m_editor.get(), &ProfileEditor::edited);
    QTest::mouseClick(keys->doNotStoreButton(), Qt::LeftButton);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(m_editor->profile().keyStorage, KeyStorage::NotStored);
    QVERIFY(visibleProblem(m_editor.get(), "noKeychainNotice").isEmpty());
    QVERIFY(!keys->keepInFileButton()->isVisible());

    // A profile without keys has nothing to tell about.
    profile.uri = QStringLiteral("coap://lab.example/");
    profile.security.pskClient.reset();
    m_editor->setProfile(profile);
    QVERIFY(visibleProblem(m_editor.get(), "noKeychainNotice").isEmpty());
}

void TestProfileEditor::dialogSavesOnlyValidSizes()
{
    QTemporaryDir directory;
    ProfileStore store(directory.filePath(QStringLiteral("profiles.json")));
    QVERIFY(!store.add(m_editor->profile()));
    QVERIFY(!store.save());
    ProfilesDialog dialog(&store);
    showDialog(&dialog);
    QLineEdit *mtu = dialog.editor()->messageSizeEditor()->mtuEdit();
    pasteInto(mtu, QStringLiteral("70000"));
    QVERIFY(!dialog.connectButton()->isEnabled());
    QVERIFY2(dialog.connectButton()->toolTip().contains(QStringLiteral("65507")),
             qPrintable(dialog.connectButton()->toolTip()));
    QCOMPARE(store.profile(QStringLiteral("Lab"))->mtu, std::optional<int>(1000));
    pasteInto(mtu, QStringLiteral("1400"));
    QVERIFY(dialog.connectButton()->isEnabled());
    QComboBox *blockSize = dialog.editor()->messageSizeEditor()->blockSizeBox();
    blockSize->setFocus();
    QTest::keyClick(blockSize, Qt::Key_End); // 1024 bytes
    QTRY_VERIFY(readAll(store.filePath()).contains("\"mtu\": 1400"));
    QTRY_VERIFY(readAll(store.filePath()).contains("\"blockSize\": 1024"));
    QCOMPARE(store.profile(QStringLiteral("Lab"))->blockSize, 1024);
}

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
