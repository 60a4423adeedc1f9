// SPDX-License-Identifier: BSD-2-Clause
#include "profilestore.h"

#include "profilefileformat.h"
#include "profilefiles_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <utility>

namespace coapscope {

namespace profilefiles {

Expected<QByteArray, ProfileError> readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(
            ProfileError{ProfileError::Kind::CannotRead, path, {}, {}, file.errorString()});
    return file.readAll();
}

std::optional<ProfileError> writeBytes(const QString &path, const QByteArray &contents)
{
    const auto failure = [&path](const QString &why) {
        return ProfileError{ProfileError::Kind::CannotWrite, path, {}, {}, why};
    };
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory))
        return failure(QCoreApplication::translate("ProfileStore", "cannot create the directory %1")
                           .arg(directory));
    // A temporary file renamed over the old one: a crash or a full disk never leaves half a
    // file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    file.write(contents);
    if (!file.commit())
        return failure(file.errorString());
    return std::nullopt;
}

} // namespace profilefiles

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{}

QString ProfileStore::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("profiles.json"));
}

std::optional<ProfileError> ProfileStore::load()
{
    m_loadError.reset();
    if (!QFileInfo::exists(m_filePath)) {
        m_fileKept = false;
        m_profiles.clear();
        emit profilesReset();
        return std::nullopt;
    }
    auto bytes = profilefiles::readBytes(m_filePath);
    auto profiles =
        bytes ? profilesFromJson(*bytes, m_filePath)
              : Expected<QList<ConnectionProfile>, ProfileError>(unexpected(bytes.error()));
    m_fileKept = !profiles;
    if (!profiles) {
        m_loadError = profiles.error();
        return m_loadError;
    }
    m_profiles = std::move(profiles).value();
    emit profilesReset();
    return std::nullopt;
}

std::optional<ProfileError> ProfileStore::save()
{
    if (m_fileKept)
        return ProfileError{ProfileError::Kind::BrokenFileKept, m_filePath};
    return profilefiles::writeBytes(m_filePath, profilesToJson(m_profiles));
}

Expected<QString, ProfileError> ProfileStore::moveKeptFileAside()
{
    QString target = m_filePath + QStringLiteral(".broken");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_filePath + QStringLiteral(".broken-%1").arg(n);
    QFile file(m_filePath);
    if (file.exists() && !file.rename(target))
        return unexpected(
            ProfileError{ProfileError::Kind::CannotWrite, target, {}, {}, file.errorString()});
    m_fileKept = false;
    m_loadError.reset();
    return target;
}

int ProfileStore::indexOf(const QString &name) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return i;
    }
    return -1;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    const int index = indexOf(name);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

QString ProfileStore::uniqueName(const QString &wanted) const
{
    QString name = wanted;
    for (int n = 2; indexOf(name) >= 0; ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    return name;
}

std::optional<ProfileError> ProfileStore::checkName(const QString &name, int ignoredIndex) const
{
    if (name.trimmed().isEmpty())
        return ProfileError{ProfileError::Kind::EmptyName};
    const int index = indexOf(name);
    if (index >= 0 && index != ignoredIndex)
        return ProfileError{ProfileError::Kind::DuplicateName, {}, name};
    return std::nullopt;
}

// What the file reader would refuse must not get into the store: one such profile would make
// the whole file unreadable on the next start.
std::optional<ProfileError> ProfileStore::checkProfile(const ConnectionProfile &profile) const
{
    const auto problem = profilefiles::profileProblem(profile);
    if (!problem)
        return std::nullopt;
    return ProfileError{ProfileError::Kind::InvalidProfile, m_filePath, profile.name,
                        QString(problem->field), problem->detail};
}

std::optional<ProfileError> ProfileStore::add(const ConnectionProfile &profile)
{
    if (auto bad = checkName(profile.name, -1))
        return bad;
    if (auto bad = checkProfile(profile))
        return bad;
    m_profiles.append(profile);
    emit profilesReset();
    emit profileAdded(profile);
    return std::nullopt;
}

std::optional<ProfileError> ProfileStore::replace(const QString &name,
                                                  const ConnectionProfile &profile)
{
    const int index = indexOf(name);
    if (index < 0)
        return ProfileError{ProfileError::Kind::UnknownProfile, {}, name};
    if (auto bad = checkName(profile.name, index))
        return bad;
    if (auto bad = checkProfile(profile))
        return bad;
    const ConnectionProfile before = std::exchange(m_profiles[index], profile);
    emit profileChanged(index);
    emit profileReplaced(before, profile);
    return std::nullopt;
}

std::optional<ProfileError> ProfileStore::remove(const QString &name)
{
    const int index = indexOf(name);
    if (index < 0)
        return ProfileError{ProfileError::Kind::UnknownProfile, {}, name};
    const ConnectionProfile removed = m_profiles.takeAt(index);
    emit profilesReset();
    emit profileRemoved(removed);
    return std::nullopt;
}

bool ProfileStore::fillSecret(const QString &name, ProfileSecret secret, const QByteArray &value)
{
    const int index = indexOf(name);
    if (index < 0 || value.isEmpty() || !m_profiles.at(index).uses(secret) ||
        !m_profiles.at(index).secret(secret).isEmpty())
        return false;
    m_profiles[index].setSecret(secret, value);
    emit profileChanged(index);
    return true;
}

} // namespace coapscope
