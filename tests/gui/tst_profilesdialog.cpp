// SPDX-License-Identifier: BSD-2-Clause
// The connection profiles dialog in a real window over a real profiles file: what the buttons
// do to the list and to the file, and that a broken file changes nothing.
#include "dialogs/fieldproblem.h"
#include "dialogs/keystorageeditor.h"
#include "dialogs/profileeditor.h"
#include "dialogs/profilesdialog.h"
#include "dialogs/pskdialog.h"
#include "dialogs/secretedit.h"
#include "models/profilemodel.h"
#include "models/profilestore.h"
#include "text/translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace coapscope;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QStringList rows(const ProfilesDialog &dialog)
{
    QStringList names;
    for (int row = 0; row < dialog.model()->rowCount(); ++row)
        names.append(dialog.model()->nameAt(row));
    return names;
}

ConnectionProfile profile(const QString &name, const QString &uri)
{
    ConnectionProfile result;
    result.name = name;
    result.uri = uri;
    return result;
}

// Answers the next message box with button, once it is up.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        else
            answerNextMessageBox(button);
    });
}

} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addAndRename();
    void renameToATakenNameIsRefused();
    void editsAreSaved();
    void pskFromItsDialog();
    void deleteAsksFirst();
    void importBrokenFileChangesNothing();
    void importMergesWithRenames();
    void brokenStoreFileIsKept();
    void connectReturnsTheProfile();

private:
    std::unique_ptr<ProfilesDialog> openDialog();

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfilesDialog::initTestCase()
{
    text::installTranslations(*qApp);
}

void TestProfilesDialog::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    m_store =
        std::make_unique<ProfileStore>(m_directory->filePath(QStringLiteral("profiles.json")));
    QVERIFY(!m_store->add(profile(QStringLiteral("Demo"), QStringLiteral("coap://127.0.0.1/"))));
    QVERIFY(!m_store->add(profile(QStringLiteral("Lab"), QStringLiteral("coap://lab.example/"))));
    QVERIFY(!m_store->save());
}

std::unique_ptr<ProfilesDialog> TestProfilesDialog::openDialog()
{
    auto dialog = std::make_unique<ProfilesDialog>(m_store.get());
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the profiles dialog did not become active");
    return dialog;
}

void TestProfilesDialog::addAndRename()
{
    auto dialog = openDialog();
    QCOMPARE(rows(*dialog), (QStringList{QStringLiteral("Demo"), QStringLiteral("Lab")}));
    QTest::mouseClick(dialog->newButton(), Qt::LeftButton);
    QCOMPARE(rows(*dialog).size(), 3);
    QCOMPARE(dialog->selectedName(), QStringLiteral("New profile"));
    // The new profile's name is open for typing right away.
    auto *nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(nameEditor);
    QTest::keyClick(nameEditor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(nameEditor, QStringLiteral("Gateway"));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    // The item view commits what was typed once the key press is done with.
    QTRY_COMPARE(rows(*dialog), (QStringList{QStringLiteral("Demo"), QStringLiteral("Lab"),
                                             QStringLiteral("Gateway")}));
    QCOMPARE(dialog->selectedName(), QStringLiteral("Gateway"));
    QTRY_VERIFY(readAll(m_store->filePath()).contains("\"Gateway\""));
    QVERIFY(!readAll(m_store->filePath()).contains("New profile"));
}

void TestProfilesDialog::renameToATakenNameIsRefused()
{
    auto dialog = openDialog();
    dialog->selectProfile(QStringLiteral("Lab"));
    QTest::mouseClick(dialog->renameButton(), Qt::LeftButton);
    auto *nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(nameEditor);
    QVERIFY(dialog->list()->isAncestorOf(nameEditor));
    QTest::keyClick(nameEditor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(nameEditor, QStringLiteral("Demo"));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QTRY_VERIFY2(dialog->problem().contains(QStringLiteral("already exists")),
                 qPrintable(dialog->problem()));
    QCOMPARE(rows(*dialog), (QStringList{QStringLiteral("Demo"), QStringLiteral("Lab")}));
    QVERIFY(dialog->findChild<FieldProblem *>(QStringLiteral("storeProblem"))->isVisible());
}

void TestProfilesDialog::editsAreSaved()
{
    auto dialog = openDialog();
    dialog->selectProfile(QStringLiteral("Lab"));
    QLineEdit *uri = dialog->editor()->uriEdit();
    uri->setFocus();
    uri->selectAll();
    QTest::keyClicks(uri, QStringLiteral("coap://[::1"));
    QVERIFY(!dialog->connectButton()->isEnabled());
    QVERIFY(!dialog->problem().isEmpty());
    QTest::keyClicks(uri, QStringLiteral("]:15683/x"));
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    QVERIFY(dialog->connectButton()->isEnabled());
    QCOMPARE(m_store->profile(QStringLiteral("Lab"))->uri, QStringLiteral("coap://[::1]:15683/x"));
    QTRY_VERIFY(readAll(m_store->filePath()).contains("coap://[::1]:15683/x"));

    // A secure scheme wants credentials first.
    uri->selectAll();
    QTest::keyClicks(uri, QStringLiteral("coaps://lab.example/"));
    QVERIFY(dialog->problem().contains(QStringLiteral("coaps")));
    QVERIFY(!dialog->connectButton()->isEnabled());

    // Half-typed nonsense is shown as a problem and never saved: the file must stay readable.
    uri->selectAll();
    QTest::keyClicks(uri, QStringLiteral("coap:/no host"));
    QVERIFY(!dialog->problem().isEmpty());
    QCOMPARE(m_store->profile(QStringLiteral("Lab"))->uri, QStringLiteral("coaps://lab.example/"));
    QCOMPARE(uri->text(), QStringLiteral("coap:/no host")); // what the user typed stays in view
    dialog->reject();                                       // closing saves what is pending at once
    ProfileStore reloaded(m_store->filePath());
    QVERIFY2(!reloaded.load(), "the saved file must load again");
    QCOMPARE(reloaded.profile(QStringLiteral("Lab"))->uri, QStringLiteral("coaps://lab.example/"));
    ProfileStore direct(m_directory->filePath(QStringLiteral("other.json")));
    ConnectionProfile nonsense = *m_store->profile(QStringLiteral("Lab"));
    nonsense.name = QStringLiteral("Nonsense");
    nonsense.uri = QStringLiteral("http://example.com/");
    const auto refused = direct.add(nonsense);
    QVERIFY(refused);
    QCOMPARE(refused->field, QStringLiteral("uri"));
}

void TestProfilesDialog::pskFromItsDialog()
{
    auto dialog = openDialog();
    dialog->selectProfile(QStringLiteral("Demo"));
    ProfileEditor *editor = dialog->editor();
    // On the box itself: the check box is wider than its text.
    QTest::mouseClick(editor->pskBox(), Qt::LeftButton, {},
                      QPoint(8, editor->pskBox()->height() / 2));
    QVERIFY(editor->pskBox()->isChecked());
    QVERIFY2(dialog->problem().contains(QStringLiteral("identity")), qPrintable(dialog->problem()));
    QTest::mouseClick(editor->editPskButton(), Qt::LeftButton);
    PskDialog *psk = nullptr;
    QTRY_VERIFY((psk = editor->findChild<PskDialog *>()) && psk->isVisible());
    QTest::keyClicks(psk->identityEdit(), QStringLiteral("coapscope"));
    QTest::keyClicks(psk->keyEdit()->lineEdit(), QStringLiteral("secret"));
    QTest::mouseClick(psk->okButton(), Qt::LeftButton);
    QTRY_COMPARE(m_store->profile(QStringLiteral("Demo"))->security.pskClient->identity,
                 QByteArray("coapscope"));
    QCOMPARE(m_store->profile(QStringLiteral("Demo"))->security.pskClient->key,
             QByteArray("secret"));
    // Not kept on disk until the user asks for it, and then with a warning.
    QTRY_VERIFY(readAll(m_store->filePath()).contains("coapscope"));
    QVERIFY(!readAll(m_store->filePath()).contains("secret"));
    QComboBox *storage = editor->keyStorageEditor()->storageBox();
    storage->setFocus();
    QTest::keyClick(storage, Qt::Key_Up); // from "not stored" to the profile file
    QCOMPARE(storage->currentData().toInt(), int(KeyStorage::ProfileFile));
    QVERIFY(editor->findChild<FieldProblem *>(QStringLiteral("plainTextKeysWarning"))->isVisible());
    QTRY_VERIFY(readAll(m_store->filePath()).contains("secret"));
}

void TestProfilesDialog::deleteAsksFirst()
{
    auto dialog = openDialog();
    dialog->selectProfile(QStringLiteral("Demo"));
    answerNextMessageBox(QMessageBox::No);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QCOMPARE(rows(*dialog).size(), 2);
    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QCOMPARE(rows(*dialog), QStringList{QStringLiteral("Lab")});
    QCOMPARE(dialog->selectedName(), QStringLiteral("Lab"));
    QVERIFY(!readAll(m_store->filePath()).contains("Demo"));
}

void TestProfilesDialog::importBrokenFileChangesNothing()
{
    auto dialog = openDialog();
    const QByteArray before = readAll(m_store->filePath());
    const QString broken = m_directory->filePath(QStringLiteral("broken.json"));
    QVERIFY(writeAll(broken, "{\n  \"format\": \"coapscope-profiles\",\n  \"version\": 1,\n"
                             "  \"profiles\": [ {\"name\": \"X\", \"uri\": } ]\n}\n"));
    QVERIFY(!dialog->importFrom(broken));
    QVERIFY2(dialog->problem().contains(QStringLiteral("line 4")), qPrintable(dialog->problem()));
    QVERIFY(dialog->findChild<FieldProblem *>(QStringLiteral("storeProblem"))->isVisible());
    QCOMPARE(rows(*dialog), (QStringList{QStringLiteral("Demo"), QStringLiteral("Lab")}));

    const QString foreign = m_directory->filePath(QStringLiteral("foreign.json"));
    QVERIFY(writeAll(foreign,
                     "{\"format\": \"coapscope-profiles\", \"version\": 9, \"profiles\": []}"));
    QVERIFY(!dialog->importFrom(foreign));
    QVERIFY(dialog->problem().contains(QStringLiteral("newer")));
    QCOMPARE(rows(*dialog).size(), 2);
    // Still nothing written, even after the save delay.
    QTest::qWait(700);
    QCOMPARE(readAll(m_store->filePath()), before);
}

void TestProfilesDialog::importMergesWithRenames()
{
    ProfileStore other(m_directory->filePath(QStringLiteral("other.json")));
    QVERIFY(!other.add(profile(QStringLiteral("Lab"), QStringLiteral("coap://other.example/"))));
    QVERIFY(!other.add(profile(QStringLiteral("Field"), QStringLiteral("coap+tcp://field/"))));
    QVERIFY(!other.save());
    auto dialog = openDialog();
    QVERIFY(dialog->importFrom(other.filePath()));
    QCOMPARE(rows(*dialog), (QStringList{QStringLiteral("Demo"), QStringLiteral("Lab"),
                                         QStringLiteral("Lab (2)"), QStringLiteral("Field")}));
    QVERIFY2(dialog->note().contains(QStringLiteral("\"Lab (2)\"")), qPrintable(dialog->note()));
    QVERIFY(dialog->problem().isEmpty());
    QVERIFY(readAll(m_store->filePath()).contains("coap+tcp://field/"));
}

void TestProfilesDialog::brokenStoreFileIsKept()
{
    const QByteArray broken =
        "{ \"format\": \"coapscope-profiles\",\n\"version\": 1,\n\"profiles\": [";
    QVERIFY(writeAll(m_store->filePath(), broken));
    QVERIFY(m_store->load());
    auto dialog = openDialog();
    QVERIFY2(dialog->problem().contains(QStringLiteral("line 3")), qPrintable(dialog->problem()));
    QPushButton *moveAside = dialog->moveAsideButton();
    QVERIFY(moveAside->isVisible());
    // What was in memory stays, and edits to it are not written over the broken file.
    QCOMPARE(rows(*dialog).size(), 2);
    dialog->newProfile();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTest::qWait(700);
    QCOMPARE(readAll(m_store->filePath()), broken);

    QTest::mouseClick(moveAside, Qt::LeftButton);
    QCOMPARE(readAll(m_store->filePath() + QStringLiteral(".broken")), broken);
    QVERIFY(readAll(m_store->filePath()).contains("New profile"));
    QVERIFY(dialog->problem().isEmpty());
    QVERIFY(!moveAside->isVisible());
}

void TestProfilesDialog::connectReturnsTheProfile()
{
    auto dialog = openDialog();
    dialog->selectProfile(QStringLiteral("Lab"));
    QVERIFY(dialog->connectButton()->isEnabled());
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(dialog->chosenProfile());
    QCOMPARE(dialog->chosenProfile()->uri, QStringLiteral("coap://lab.example/"));
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
