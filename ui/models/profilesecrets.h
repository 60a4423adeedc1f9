// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "connectionprofile.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace coapscope {

class ProfileStore;
class SecretStore;

// Keeps the keys of the profiles whose keyStorage is Keychain in the keychain, in step with
// the store: a key the user sets is written there, a renamed profile's keys move with it
// (written under the new name before the old ones are removed), a deleted profile's keys are
// removed, and so are a profile's keys when it stops keeping them in the keychain (read into
// the profile first if they were not yet). Keys go under "profile/<name>/psk-key" and
// "profile/<name>/private-key" of the keychain's service.
//
// The store holds the keys in memory once known; a profile loaded from its file holds none
// until fill() or fetch() read them. An empty key in memory means "not read", never "deleted".
class ProfileSecrets : public QObject
{
    Q_OBJECT

public:
    ProfileSecrets(ProfileStore *store, SecretStore *keychain, QObject *parent = nullptr);

    ProfileStore *store() const { return m_store; }
    SecretStore *keychain() const { return m_keychain; }
    static QString keyFor(const QString &profileName, ProfileSecret secret);

    // Reads the keys profile keeps in the keychain and lacks in memory into a copy of it. done
    // gets the copy and, if reading failed, why (a key the keychain does not have is no
    // failure: it is simply still missing). done runs on a later turn of the event loop.
    using FetchCallback = std::function<void(const ConnectionProfile &, const QString &problem)>;
    void fetch(const ConnectionProfile &profile, QObject *context, FetchCallback done);
    // fetch() for the named profiles of the store (all when names is empty), filling what is
    // found in (ProfileStore::fillSecret). done gets the first problem, if any.
    void fill(const QStringList &names, QObject *context,
              std::function<void(const QString &problem)> done);

    // Keychain calls not yet answered; 0 when everything asked for is done.
    int pending() const { return m_pending; }

signals:
    // A key could not be written, moved or removed: words for the user.
    void problem(const QString &text);
    // pending() dropped to 0.
    void settled();

private:
    void added(const ConnectionProfile &profile);
    void replaced(const ConnectionProfile &before, const ConnectionProfile &after);
    void removed(const ConnectionProfile &profile);
    void leave(const ConnectionProfile &before, const ConnectionProfile &after);
    void write(const QString &name, ProfileSecret secret, const QByteArray &value);
    void erase(const QString &name, ProfileSecret secret);
    void move(const QString &from, const QString &to, ProfileSecret secret);
    void started() { ++m_pending; }
    void finished();
    void report(const QString &what, const QString &detail);

    ProfileStore *m_store;
    SecretStore *m_keychain;
    int m_pending = 0;
};

} // namespace coapscope
