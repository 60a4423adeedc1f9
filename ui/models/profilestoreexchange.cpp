// SPDX-License-Identifier: BSD-2-Clause
// Import and export of profiles: what goes into another file and what comes from one, keys
// included only when the user says so.
#include "profilefiles_p.h"
#include "profilestore.h"

namespace coapscope {

Expected<QList<ConnectionProfile>, ProfileError> ProfileStore::readFile(const QString &path)
{
    auto bytes = profilefiles::readBytes(path);
    if (!bytes)
        return unexpected(bytes.error());
    return profilesFromJson(*bytes, path);
}

ProfileStore::ImportResult ProfileStore::addImported(QList<ConnectionProfile> profiles,
                                                     KeyStorage keysTo)
{
    ImportResult result;
    for (ConnectionProfile &profile : profiles) {
        const QString name = uniqueName(profile.name);
        if (name != profile.name)
            result.renamed.append({profile.name, name});
        profile.name = name;
        if (profile.hasKeys()) {
            profile.keyStorage = keysTo;
            if (keysTo == KeyStorage::NotStored)
                profile = profile.withoutKeys();
        }
        m_profiles.append(profile);
        result.added.append(name);
    }
    emit profilesReset();
    for (const ConnectionProfile &profile : std::as_const(profiles))
        emit profileAdded(profile);
    return result;
}

Expected<ProfileStore::ImportResult, ProfileError> ProfileStore::importFrom(const QString &path,
                                                                            KeyStorage keysTo)
{
    auto imported = readFile(path);
    if (!imported)
        return unexpected(imported.error());
    return addImported(std::move(imported).value(), keysTo);
}

std::optional<ProfileError> ProfileStore::exportTo(const QString &path, const QStringList &names,
                                                   KeysInJson keys) const
{
    for (const QString &name : names) {
        if (indexOf(name) < 0)
            return ProfileError{ProfileError::Kind::UnknownProfile, {}, name};
    }
    QList<ConnectionProfile> chosen;
    for (const ConnectionProfile &profile : m_profiles) {
        if (names.isEmpty() || names.contains(profile.name))
            chosen.append(profile);
    }
    return profilefiles::writeBytes(path, profilesToJson(chosen, keys));
}

} // namespace coapscope
