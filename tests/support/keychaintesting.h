// SPDX-License-Identifier: BSD-2-Clause
#pragma once

// Helpers of the keychain tests. They run twice: under tests/keychain/with-keyring.sh, with a
// GNOME Keyring of their own (COAPSCOPE_TEST_KEYCHAIN=real), and with no session bus at all
// (COAPSCOPE_TEST_KEYCHAIN=none).

#include "models/profilesecrets.h"
#include "models/secretstore.h"

#include <QTest>

#include <optional>

namespace coapscope {

// Not the application's service: a run outside the wrapper must not touch the user's keys.
inline const QString testService = QStringLiteral("CoapScope-test");
inline constexpr int keychainAnswerMs = 15000; // a D-Bus call away, sometimes a daemon start

// "real", "none", or empty when not run through ctest.
inline QByteArray keychainTestMode()
{
    const QByteArray mode = qgetenv("COAPSCOPE_TEST_KEYCHAIN");
    return mode == "real" || mode == "none" ? mode : QByteArray();
}

inline SecretStore::Result readNow(SecretStore &store, const QString &key)
{
    std::optional<SecretStore::Result> result;
    store.read(key, &store, [&result](const SecretStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, keychainAnswerMs))
        return {SecretStore::Result::Outcome::Failed, {}, QStringLiteral("no answer")};
    return *result;
}

inline bool settle(ProfileSecrets &secrets)
{
    return QTest::qWaitFor([&secrets] { return secrets.pending() == 0; }, keychainAnswerMs);
}

// The key, or what went wrong in <angle brackets>, so that a comparison shows it.
inline QByteArray keyOf(SecretStore &store, const QString &profile, ProfileSecret secret)
{
    const auto result = readNow(store, ProfileSecrets::keyFor(profile, secret));
    if (result.outcome == SecretStore::Result::Outcome::NotFound)
        return QByteArrayLiteral("<not found>");
    return result.succeeded() ? result.data : "<" + result.detail.toUtf8() + ">";
}

} // namespace coapscope
