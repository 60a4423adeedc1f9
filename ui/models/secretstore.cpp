// SPDX-License-Identifier: BSD-2-Clause
#include "secretstore.h"

#include <QCoreApplication>
#include <QPointer>

#ifdef COAPSCOPE_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace coapscope {

namespace {

struct SecretStoreText
{
    Q_DECLARE_TR_FUNCTIONS(SecretStoreText)
};

// Never written: reading it tells a keychain that answers (not found) from one that does not.
const QString availabilityKey = QStringLiteral("coapscope/availability-check");

#ifdef COAPSCOPE_HAVE_KEYCHAIN
QString describeFailure(QKeychain::Error error, const QString &words)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
        return SecretStoreText::tr("no keychain service is running (%1)").arg(words);
    case QKeychain::NotImplemented:
        return SecretStoreText::tr("the keychain is not supported on this system (%1)").arg(words);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStoreText::tr("the keychain refused access (%1)").arg(words);
    default:
        // On Linux without a Secret Service this is D-Bus's own account of what is missing.
        return SecretStoreText::tr("the keychain could not be reached (%1)").arg(words);
    }
}

SecretStore::Result resultOf(QKeychain::Job *job)
{
    using Outcome = SecretStore::Result::Outcome;
    switch (job->error()) {
    case QKeychain::NoError: {
        auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job);
        return SecretStore::Result{Outcome::Done, read ? read->binaryData() : QByteArray()};
    }
    case QKeychain::EntryNotFound:
        return SecretStore::Result{Outcome::NotFound, {}};
    default:
        return SecretStore::Result{
            Outcome::Failed, {}, describeFailure(job->error(), job->errorString())};
    }
}
#endif

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_status(isBuiltIn() ? Status::Unknown : Status::Unavailable)
{
    if (!isBuiltIn())
        m_reason = SecretStoreText::tr("there is no keychain support in this build");
}

QString SecretStore::defaultService()
{
    return QStringLiteral("CoapScope");
}

bool SecretStore::isBuiltIn()
{
#ifdef COAPSCOPE_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

void SecretStore::checkAvailability()
{
    if (m_checking)
        return;
    m_checking = true;
    run(Operation::Read, availabilityKey, {}, this, [this](const Result &) { m_checking = false; });
}

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    run(Operation::Read, key, {}, context, std::move(done));
}

void SecretStore::write(const QString &key, const QByteArray &data, QObject *context, Callback done)
{
    run(Operation::Write, key, data, context, std::move(done));
}

void SecretStore::remove(const QString &key, QObject *context, Callback done)
{
    run(Operation::Remove, key, {}, context, std::move(done));
}

void SecretStore::run(Operation operation, const QString &key, const QByteArray &data,
                      QObject *context, Callback done)
{
    QPointer<SecretStore> self(this);
    QPointer<QObject> guard(context ? context : this);
    auto finish = [self, guard, done = std::move(done)](const Result &result) {
        if (self)
            self->record(result);
        if (guard && done)
            done(result);
    };
#ifdef COAPSCOPE_HAVE_KEYCHAIN
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(data);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // The job has no parent and deletes itself once finished: the keychain's answer may come
    // after this store is gone, and must find the job still there.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, job,
            [finish = std::move(finish)](QKeychain::Job *finished) { finish(resultOf(finished)); });
    job->start();
#else
    Q_UNUSED(operation)
    Q_UNUSED(key)
    Q_UNUSED(data)
    const QString reason = m_reason;
    QMetaObject::invokeMethod(
        this,
        [finish = std::move(finish), reason] {
            finish(Result{Result::Outcome::Failed, {}, reason});
        },
        Qt::QueuedConnection);
#endif
}

void SecretStore::record(const Result &result)
{
    const Status status =
        result.outcome == Result::Outcome::Failed ? Status::Unavailable : Status::Available;
    const QString reason = status == Status::Unavailable ? result.detail : QString();
    if (status == m_status && reason == m_reason)
        return;
    m_status = status;
    m_reason = reason;
    emit statusChanged(status);
}

} // namespace coapscope
