// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace coapscope {

// The operating system's keychain, through QtKeychain: the Secret Service (GNOME Keyring,
// KeePassXC, ...) or KWallet on Linux, the Keychain on macOS, the Credential Manager on
// Windows. Secrets are bytes under a service name and a key. Every call is asynchronous, as
// the keychain may have to ask the user to unlock it: done runs later, on the event loop, and
// not at all once context is gone. Calls run one after another in the order they were made.
//
// Built without QtKeychain (COAPSCOPE_KEYCHAIN off, or QtKeychain not found), the store is
// there all the same and says "no keychain in this build" to every call.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status : quint8
    {
        Unknown,     // nothing asked yet: checkAvailability() finds out
        Available,   // the last call was answered
        Unavailable, // no keychain, or it failed: unavailableReason() says why
    };

    struct Result
    {
        enum class Outcome : quint8
        {
            Done,
            NotFound, // reading a key that holds nothing
            Failed,   // detail says why; the store is then Unavailable
        };
        Outcome outcome = Outcome::Done;
        QByteArray data; // what a read found
        QString detail{};

        bool succeeded() const { return outcome == Outcome::Done; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(const QString &service = defaultService(), QObject *parent = nullptr);

    // "CoapScope".
    static QString defaultService();
    // Whether this build has QtKeychain at all.
    static bool isBuiltIn();
    QString service() const { return m_service; }

    Status status() const { return m_status; }
    // Why the keychain cannot be used, in words; empty unless Unavailable.
    QString unavailableReason() const { return m_reason; }
    // Asks the keychain for a key that is never written, to learn whether it answers at all;
    // statusChanged() says what came of it. Does nothing while a check runs.
    void checkAvailability();

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QByteArray &data, QObject *context, Callback done = {});
    // Removing a key that holds nothing succeeds.
    void remove(const QString &key, QObject *context, Callback done = {});

signals:
    void statusChanged(coapscope::SecretStore::Status status);

private:
    enum class Operation : quint8
    {
        Read,
        Write,
        Remove,
    };
    void run(Operation operation, const QString &key, const QByteArray &data, QObject *context,
             Callback done);
    void record(const Result &result);

    QString m_service;
    Status m_status;
    QString m_reason;
    bool m_checking = false;
};

} // namespace coapscope
