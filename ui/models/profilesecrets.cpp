// SPDX-License-Identifier: BSD-2-Clause
#include "profilesecrets.h"

#include "profilestore.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace coapscope {

namespace {

struct ProfileSecretsText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSecretsText)
};

QString secretWord(ProfileSecret secret)
{
    return secret == ProfileSecret::PskKey ? ProfileSecretsText::tr("pre-shared key")
                                           : ProfileSecretsText::tr("private key");
}

bool keepsInKeychain(const ConnectionProfile &profile)
{
    return profile.keyStorage == KeyStorage::Keychain;
}

} // namespace

ProfileSecrets::ProfileSecrets(ProfileStore *store, SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keychain(keychain)
{
    connect(store, &ProfileStore::profileAdded, this, &ProfileSecrets::added);
    connect(store, &ProfileStore::profileReplaced, this, &ProfileSecrets::replaced);
    connect(store, &ProfileStore::profileRemoved, this, &ProfileSecrets::removed);
}

QString ProfileSecrets::keyFor(const QString &profileName, ProfileSecret secret)
{
    const QLatin1StringView what(secret == ProfileSecret::PskKey ? "psk-key" : "private-key");
    return QStringLiteral("profile/%1/%2").arg(profileName, what);
}

void ProfileSecrets::added(const ConnectionProfile &profile)
{
    if (!keepsInKeychain(profile))
        return;
    for (ProfileSecret secret : allProfileSecrets) {
        if (!profile.secret(secret).isEmpty())
            write(profile.name, secret, profile.secret(secret));
    }
}

void ProfileSecrets::replaced(const ConnectionProfile &before, const ConnectionProfile &after)
{
    const bool wasKept = keepsInKeychain(before);
    if (!keepsInKeychain(after)) {
        if (wasKept)
            leave(before, after);
        return;
    }
    const bool renamed = before.name != after.name;
    for (ProfileSecret secret : allProfileSecrets) {
        if (!after.uses(secret)) {
            if (wasKept && before.uses(secret))
                erase(before.name, secret);
            continue;
        }
        const QByteArray value = after.secret(secret);
        if (renamed && wasKept && value.isEmpty()) {
            move(before.name, after.name, secret); // not read yet: the keychain has it
            continue;
        }
        if (!value.isEmpty() && (!wasKept || renamed || value != before.secret(secret)))
            write(after.name, secret, value);
        if (renamed && wasKept)
            erase(before.name, secret); // after the write: the calls run in order
    }
}

void ProfileSecrets::leave(const ConnectionProfile &before, const ConnectionProfile &after)
{
    // Without a keychain nothing can be read or removed: what it may hold stays there, and
    // the user, who chose another place because of that, has been told already.
    if (m_keychain->status() == SecretStore::Status::Unavailable)
        return;
    for (ProfileSecret secret : allProfileSecrets) {
        if (!before.uses(secret))
            continue;
        if (!after.secret(secret).isEmpty() || !after.uses(secret)) {
            erase(before.name, secret);
            continue;
        }
        // Not read yet: taken into the profile (and so into the profile file, if it keeps its
        // keys there now) before it leaves the keychain.
        started();
        const QString from = before.name;
        const QString to = after.name;
        m_keychain->read(keyFor(from, secret), this,
                         [this, from, to, secret](const SecretStore::Result &result) {
                             if (result.succeeded()) {
                                 m_store->fillSecret(to, secret, result.data);
                                 erase(from, secret);
                             }
                             finished();
                         });
    }
}

void ProfileSecrets::removed(const ConnectionProfile &profile)
{
    if (!keepsInKeychain(profile))
        return;
    for (ProfileSecret secret : allProfileSecrets)
        erase(profile.name, secret);
}

void ProfileSecrets::write(const QString &name, ProfileSecret secret, const QByteArray &value)
{
    started();
    m_keychain->write(keyFor(name, secret), value, this,
                      [this, name, secret](const SecretStore::Result &result) {
                          if (!result.succeeded())
                              report(tr("Cannot keep the %1 of \"%2\" in the keychain")
                                         .arg(secretWord(secret), name),
                                     result.detail);
                          finished();
                      });
}

void ProfileSecrets::erase(const QString &name, ProfileSecret secret)
{
    started();
    m_keychain->remove(keyFor(name, secret), this,
                       [this, name, secret](const SecretStore::Result &result) {
                           if (result.outcome == SecretStore::Result::Outcome::Failed)
                               report(tr("Cannot remove the %1 of \"%2\" from the keychain")
                                          .arg(secretWord(secret), name),
                                      result.detail);
                           finished();
                       });
}

void ProfileSecrets::move(const QString &from, const QString &to, ProfileSecret secret)
{
    started();
    m_keychain->read(keyFor(from, secret), this,
                     [this, from, to, secret](const SecretStore::Result &result) {
                         if (result.succeeded()) {
                             write(to, secret, result.data);
                             erase(from, secret);
                         } else if (result.outcome == SecretStore::Result::Outcome::Failed) {
                             report(tr("Cannot move the %1 of \"%2\" to \"%3\" in the keychain")
                                        .arg(secretWord(secret), from, to),
                                    result.detail);
                         }
                         finished();
                     });
}

void ProfileSecrets::fetch(const ConnectionProfile &profile, QObject *context, FetchCallback done)
{
    struct Fetching
    {
        ConnectionProfile profile;
        int remaining = 0;
        QString problem;
    };
    auto state = std::make_shared<Fetching>(Fetching{profile, 0, {}});
    QList<ProfileSecret> wanted;
    for (ProfileSecret secret : allProfileSecrets) {
        if (keepsInKeychain(profile) && profile.uses(secret) && profile.secret(secret).isEmpty())
            wanted.append(secret);
    }
    QPointer<QObject> guard(context);
    state->remaining = int(wanted.size());
    if (wanted.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [state, done] { done(state->profile, {}); }, Qt::QueuedConnection);
        return;
    }
    for (ProfileSecret secret : std::as_const(wanted)) {
        started();
        m_keychain->read(keyFor(profile.name, secret), this,
                         [this, state, secret, guard, done](const SecretStore::Result &result) {
                             if (result.succeeded())
                                 state->profile.setSecret(secret, result.data);
                             else if (result.outcome == SecretStore::Result::Outcome::Failed &&
                                      state->problem.isEmpty())
                                 state->problem =
                                     tr("Cannot read the %1 of \"%2\" from the keychain: %3")
                                         .arg(secretWord(secret), state->profile.name,
                                              result.detail);
                             // Delivered on a later turn of the event loop, not from inside the
                             // keychain's answer: done may well open a dialog and wait for the
                             // user.
                             if (--state->remaining == 0) {
                                 started();
                                 QMetaObject::invokeMethod(
                                     this,
                                     [this, state, guard, done] {
                                         if (guard)
                                             done(state->profile, state->problem);
                                         finished();
                                     },
                                     Qt::QueuedConnection);
                             }
                             finished();
                         });
    }
}

void ProfileSecrets::fill(const QStringList &names, QObject *context,
                          std::function<void(const QString &problem)> done)
{
    QList<ConnectionProfile> wanted;
    for (const ConnectionProfile &profile : m_store->profiles()) {
        if ((names.isEmpty() || names.contains(profile.name)) && keepsInKeychain(profile) &&
            profile.lacksKey())
            wanted.append(profile);
    }
    auto remaining = std::make_shared<int>(int(wanted.size()));
    auto firstProblem = std::make_shared<QString>();
    QPointer<QObject> guard(context);
    if (wanted.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    for (const ConnectionProfile &profile : std::as_const(wanted)) {
        fetch(profile, this,
              [this, remaining, firstProblem, guard, done](const ConnectionProfile &fetched,
                                                           const QString &problem) {
                  for (ProfileSecret secret : allProfileSecrets)
                      m_store->fillSecret(fetched.name, secret, fetched.secret(secret));
                  if (firstProblem->isEmpty())
                      *firstProblem = problem;
                  if (--*remaining == 0 && guard)
                      done(*firstProblem);
              });
    }
}

void ProfileSecrets::finished()
{
    if (--m_pending == 0)
        emit settled();
}

void ProfileSecrets::report(const QString &what, const QString &detail)
{
    emit problem(tr("%1: %2.").arg(what, detail));
}

} // namespace coapscope
