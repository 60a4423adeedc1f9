// SPDX-License-Identifier: BSD-2-Clause
// Connection profiles in their store: names, import and export, and that a file we cannot read
// is never overwritten.

#include "models/profilemodel.h"
#include "models/profilestore.h"
#include "profilefixtures.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coapscope;

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void missingFileIsEmpty();
    void brokenJsonIsLeftUntouched();
    void importMergesAndRenamesClashes();
    void brokenImportChangesNothing();
    void exportWritesTheChosenOnes();
    void saveReplacesTheFileAtomically();
    void saveReportsWhatCannotBeWritten();
    void namesAreUnique();
    void modelRenames();

private:
    QString path(const QString &name) const { return m_directory->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_directory;
};

void TestProfileStore::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
}

void TestProfileStore::missingFileIsEmpty()
{
    ProfileStore store(path(QStringLiteral("none/profiles.json")));
    QVERIFY(!store.load());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!store.isFileKept());
    QVERIFY(!store.add(plainProfile(QStringLiteral("Local"))));
    QVERIFY(!store.save()); // creates the directory
    QVERIFY(QFile::exists(store.filePath()));
}

void TestProfileStore::brokenJsonIsLeftUntouched()
{
    const QString file = path(QStringLiteral("profiles.json"));
    const QByteArray broken =
        "{\n  \"format\": \"coapscope-profiles\",\n  \"version\": 1 \"x\"\n}\n";
    QVERIFY(writeAll(file, broken));

    ProfileStore store(file);
    QVERIFY(!store.add(plainProfile(QStringLiteral("Typed before loading"))));
    const auto error = store.load();
    QVERIFY(error);
    QCOMPARE(error->kind, ProfileError::Kind::NotJson);
    QCOMPARE(error->path, file);
    QCOMPARE(error->line, 3);
    // Qt's parser stops at or just inside the token it did not expect.
    const qint64 unexpectedAt = broken.indexOf("\"x\"");
    QVERIFY2(error->offset >= unexpectedAt && error->offset <= unexpectedAt + 1,
             qPrintable(QString::number(error->offset)));
    QCOMPARE(error->column, int(error->offset - broken.indexOf("  \"version\"") + 1));
    QVERIFY(!error->detail.isEmpty());
    const QString words = describeProfileError(*error);
    QVERIFY2(words.contains(QStringLiteral("line 3")), qPrintable(words));
    QVERIFY(store.isFileKept());
    QCOMPARE(names(store), QStringList{QStringLiteral("Typed before loading")});

    // Saving refuses rather than overwrite what the user may still want to repair.
    const auto refused = store.save();
    QVERIFY(refused);
    QCOMPARE(refused->kind, ProfileError::Kind::BrokenFileKept);
    QCOMPARE(readAll(file), broken);

    const auto aside = store.moveKeptFileAside();
    QVERIFY(aside);
    QCOMPARE(*aside, file + QStringLiteral(".broken"));
    QCOMPARE(readAll(*aside), broken);
    QVERIFY(!store.save());
    ProfileStore again(file);
    QVERIFY(!again.load());
    QCOMPARE(names(again), QStringList{QStringLiteral("Typed before loading")});
}

void TestProfileStore::importMergesAndRenamesClashes()
{
    ProfileStore other(path(QStringLiteral("exported.json")));
    QVERIFY(!other.add(plainProfile(QStringLiteral("Lab"))));
    QVERIFY(!other.add(fullProfile(QStringLiteral("Field"))));
    QVERIFY(!other.save());

    ProfileStore store(path(QStringLiteral("profiles.json")));
    QVERIFY(!store.add(plainProfile(QStringLiteral("Lab"))));
    QVERIFY(!store.add(plainProfile(QStringLiteral("Lab (2)"))));
    QSignalSpy reset(&store, &ProfileStore::profilesReset);
    const auto result = store.importFrom(other.filePath());
    QVERIFY(result);
    QCOMPARE(result->added, (QStringList{QStringLiteral("Lab (3)"), QStringLiteral("Field")}));
    QCOMPARE(result->renamed.size(), 1);
    QCOMPARE(result->renamed.first().first, QStringLiteral("Lab"));
    QCOMPARE(result->renamed.first().second, QStringLiteral("Lab (3)"));
    QCOMPARE(names(store), (QStringList{QStringLiteral("Lab"), QStringLiteral("Lab (2)"),
                                        QStringLiteral("Lab (3)"), QStringLiteral("Field")}));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(store.profile(QStringLiteral("Field"))->transmission.nstart, 2);
}

void TestProfileStore::brokenImportChangesNothing()
{
    ProfileStore store(path(QStringLiteral("profiles.json")));
    QVERIFY(!store.add(plainProfile(QStringLiteral("Lab"))));
    QVERIFY(!store.save());
    const QByteArray before = readAll(store.filePath());
    const QString broken = path(QStringLiteral("broken.json"));
    QVERIFY(
        writeAll(broken, "{\"format\": \"coapscope-profiles\", \"version\": 1, \"profiles\": [{"));
    QSignalSpy reset(&store, &ProfileStore::profilesReset);

    const auto result = store.importFrom(broken);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ProfileError::Kind::NotJson);
    QCOMPARE(result.error().path, broken);
    QCOMPARE(names(store), QStringList{QStringLiteral("Lab")});
    QCOMPARE(reset.size(), 0);

    const auto missing = store.importFrom(path(QStringLiteral("missing.json")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ProfileError::Kind::CannotRead);
    // An import that failed does not keep the store's own file from being saved.
    QVERIFY(!store.isFileKept());
    QVERIFY(!store.save());
    QCOMPARE(readAll(store.filePath()), before);
}

void TestProfileStore::exportWritesTheChosenOnes()
{
    ProfileStore store(path(QStringLiteral("profiles.json")));
    QVERIFY(!store.add(plainProfile(QStringLiteral("A"))));
    QVERIFY(!store.add(plainProfile(QStringLiteral("B"))));
    QVERIFY(!store.add(plainProfile(QStringLiteral("C"))));
    const QString exported = path(QStringLiteral("out/two.json"));
    QVERIFY(!store.exportTo(exported, {QStringLiteral("C"), QStringLiteral("A")}));
    ProfileStore reader(exported);
    QVERIFY(!reader.load());
    QCOMPARE(names(reader), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
    const auto unknown = store.exportTo(exported, {QStringLiteral("Z")});
    QVERIFY(unknown);
    QCOMPARE(unknown->kind, ProfileError::Kind::UnknownProfile);
    QVERIFY(!reader.load());
    QCOMPARE(reader.profiles().size(), 2);
}

void TestProfileStore::saveReplacesTheFileAtomically()
{
    ProfileStore store(path(QStringLiteral("profiles.json")));
    QVERIFY(!store.add(plainProfile(QStringLiteral("Old"))));
    QVERIFY(!store.save());
    const QByteArray oldContents = readAll(store.filePath());

    // A reader that opened the file before the save goes on reading the old file whole: the
    // new contents went to a new file renamed over the old name, not into the old one.
    QFile reader(store.filePath());
    QVERIFY(reader.open(QIODevice::ReadOnly));
    QVERIFY(!store.replace(QStringLiteral("Old"), plainProfile(QStringLiteral("New"))));
    QVERIFY(!store.save());
    QCOMPARE(reader.readAll(), oldContents);
    QVERIFY(readAll(store.filePath()).contains("\"New\""));
    // Nothing is left behind next to it.
    QCOMPARE(QDir(m_directory->path()).entryList(QDir::Files),
             QStringList{QStringLiteral("profiles.json")});
}

void TestProfileStore::saveReportsWhatCannotBeWritten()
{
    // A file stands where the directory should be: even root cannot write there.
    const QString blocker = path(QStringLiteral("blocker"));
    QVERIFY(writeAll(blocker, "x"));
    ProfileStore store(blocker + QStringLiteral("/profiles.json"));
    QVERIFY(!store.add(plainProfile(QStringLiteral("A"))));
    const auto error = store.save();
    QVERIFY(error);
    QCOMPARE(error->kind, ProfileError::Kind::CannotWrite);
    QCOMPARE(readAll(blocker), QByteArray("x"));
    QVERIFY(!describeProfileError(*error).isEmpty());
}

void TestProfileStore::namesAreUnique()
{
    ProfileStore store(path(QStringLiteral("profiles.json")));
    QVERIFY(!store.add(plainProfile(QStringLiteral("A"))));
    QVERIFY(!store.add(plainProfile(QStringLiteral("B"))));
    QCOMPARE(store.add(plainProfile(QStringLiteral("A")))->kind, ProfileError::Kind::DuplicateName);
    QCOMPARE(store.add(plainProfile(QStringLiteral("  ")))->kind, ProfileError::Kind::EmptyName);
    QCOMPARE(store.replace(QStringLiteral("A"), plainProfile(QStringLiteral("B")))->kind,
             ProfileError::Kind::DuplicateName);
    QCOMPARE(store.replace(QStringLiteral("Z"), plainProfile(QStringLiteral("Z")))->kind,
             ProfileError::Kind::UnknownProfile);
    QCOMPARE(store.remove(QStringLiteral("Z"))->kind, ProfileError::Kind::UnknownProfile);
    QCOMPARE(store.uniqueName(QStringLiteral("A")), QStringLiteral("A (2)"));
    QCOMPARE(store.uniqueName(QStringLiteral("C")), QStringLiteral("C"));
    QVERIFY(!store.remove(QStringLiteral("A")));
    QCOMPARE(names(store), QStringList{QStringLiteral("B")});
}

void TestProfileStore::modelRenames()
{
    ProfileStore store(path(QStringLiteral("profiles.json")));
    ProfileModel model(&store);
    QVERIFY(!store.add(plainProfile(QStringLiteral("A"))));
    QVERIFY(!store.add(plainProfile(QStringLiteral("B"))));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("B"));
    QCOMPARE(model.index(0).data(ProfileModel::UriRole).toString(),
             QStringLiteral("coap://127.0.0.1/"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(1), QStringLiteral("Renamed")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.nameAt(1), QStringLiteral("Renamed"));

    QSignalSpy refused(&model, &ProfileModel::renameRefused);
    QVERIFY(!model.setData(model.index(1), QStringLiteral("A")));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("\"A\"")));
    QCOMPARE(names(store), (QStringList{QStringLiteral("A"), QStringLiteral("Renamed")}));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
