// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "connectionprofile.h"
#include "profileerror.h"
#include "profilefileformat.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace coapscope {

// The user's connection profiles and the file that keeps them (format: profilefileformat.h).
// Changes stay in memory until save(), which replaces the file atomically. A file that could
// not be loaded is never overwritten: save() refuses until it is moved aside. Keys kept in the
// keychain are not the store's business: ProfileSecrets follows its signals and fills them in.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    struct ImportResult
    {
        QStringList added; // the names as added
        // Imported profiles whose name was taken: (name in the file, name given).
        QList<std::pair<QString, QString>> renamed;
    };

    explicit ProfileStore(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);

    // profiles.json in QStandardPaths::AppDataLocation.
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    // Replaces the profiles with the file's; a missing file is an empty list. On failure the
    // profiles are left as they were.
    std::optional<ProfileError> load();
    std::optional<ProfileError> save();
    // True after load() failed for a file that exists: save() then refuses.
    bool isFileKept() const { return m_fileKept; }
    // Why the last load() failed, while the file is kept.
    std::optional<ProfileError> loadError() const { return m_loadError; }
    // Renames the file that could not be loaded to <file>.broken (numbered if taken) so that
    // save() may write again; returns the new name.
    Expected<QString, ProfileError> moveKeptFileAside();

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    int indexOf(const QString &name) const;
    std::optional<ConnectionProfile> profile(const QString &name) const;
    // wanted if no profile has that name, else "wanted (2)", "wanted (3)", ...
    QString uniqueName(const QString &wanted) const;

    std::optional<ProfileError> add(const ConnectionProfile &profile);
    // Replaces the profile called name; profile.name may differ, which renames it.
    std::optional<ProfileError> replace(const QString &name, const ConnectionProfile &profile);
    std::optional<ProfileError> remove(const QString &name);
    // Puts a secret read from the keychain into the named profile, if it uses that secret and
    // holds none yet (one typed meanwhile wins). Not an edit: profileReplaced is not emitted.
    bool fillSecret(const QString &name, ProfileSecret secret, const QByteArray &value);

    // The profiles of a file to import, all or none.
    static Expected<QList<ConnectionProfile>, ProfileError> readFile(const QString &path);
    // Adds the profiles; names already taken get a unique one. Keys they carry go where keysTo
    // says (NotStored drops them): never into the keychain unless the user chose it.
    ImportResult addImported(QList<ConnectionProfile> profiles,
                             KeyStorage keysTo = KeyStorage::NotStored);
    // readFile() and addImported() in one.
    Expected<ImportResult, ProfileError> importFrom(const QString &path,
                                                    KeyStorage keysTo = KeyStorage::NotStored);
    // Writes the named profiles (all when names is empty) in the file format, atomically;
    // without keys unless keys says otherwise.
    std::optional<ProfileError> exportTo(const QString &path, const QStringList &names = {},
                                         KeysInJson keys = KeysInJson::None) const;

signals:
    // Profiles were added, removed or reordered: the whole list may differ.
    void profilesReset();
    // The profile at index changed (possibly its name).
    void profileChanged(int index);
    // What changed, for those who keep something per profile (its keys in the keychain).
    // Not emitted by load(), which only reads what was saved.
    void profileAdded(const coapscope::ConnectionProfile &profile);
    void profileReplaced(const coapscope::ConnectionProfile &before,
                         const coapscope::ConnectionProfile &after);
    void profileRemoved(const coapscope::ConnectionProfile &profile);

private:
    std::optional<ProfileError> checkName(const QString &name, int ignoredIndex) const;
    std::optional<ProfileError> checkProfile(const ConnectionProfile &profile) const;

    QString m_filePath;
    QList<ConnectionProfile> m_profiles;
    bool m_fileKept = false;
    std::optional<ProfileError> m_loadError;
};

} // namespace coapscope
