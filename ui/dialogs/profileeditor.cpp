// SPDX-License-Identifier: BSD-2-Clause
#include "profileeditor.h"

#include "codec/uri.h"
#include "fieldgrid.h"
#include "fieldproblem.h"
#include "keystorageeditor.h"
#include "messagesizeeditor.h"
#include "pkidialog.h"
#include "pskdialog.h"
#include "text/urierrortext.h"
#include "transmissioneditor.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coapscope {

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_uri(new QLineEdit(this))
    , m_uriProblem(new FieldProblem(this))
    , m_usePsk(new QCheckBox(tr("&Pre-shared key"), this))
    , m_editPsk(new QPushButton(tr("Edit &key…"), this))
    , m_pskSummary(new QLabel(this))
    , m_usePki(new QCheckBox(tr("C&ertificates"), this))
    , m_editPki(new QPushButton(tr("Edit certi&ficates…"), this))
    , m_pkiSummary(new QLabel(this))
    , m_securityProblem(new FieldProblem(this))
    , m_keyStorage(new KeyStorageEditor(this))
    , m_transmission(new TransmissionEditor(this))
    , m_sizes(new MessageSizeEditor(this))
{
    m_uri->setAccessibleName(tr("URI"));
    m_uri->setPlaceholderText(QStringLiteral("coaps://host:5684/"));
    m_uriProblem->setObjectName(QStringLiteral("uriProblem"));

    auto *uriForm = new FieldGrid;
    uriForm->addField(tr("U&RI:"), m_uri);
    uriForm->addBelow(m_uriProblem);

    auto *transmission = new QGroupBox(tr("Message sizes and transmission parameters"), this);
    auto *transmissionLayout = new QVBoxLayout(transmission);
    transmissionLayout->addWidget(m_sizes);
    transmissionLayout->addWidget(m_transmission);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(uriForm);
    layout->addWidget(makeSecurityGroup());
    layout->addWidget(transmission);
    layout->addStretch(1);

    const auto changed = [this] {
        refresh();
        emit edited();
    };
    connect(m_uri, &QLineEdit::textEdited, this, changed);
    connect(m_usePsk, &QCheckBox::toggled, this, changed);
    connect(m_usePki, &QCheckBox::toggled, this, changed);
    connect(m_keyStorage, &KeyStorageEditor::edited, this, changed);
    connect(m_transmission, &TransmissionEditor::edited, this, changed);
    connect(m_sizes, &MessageSizeEditor::edited, this, changed);
    connect(m_editPsk, &QPushButton::clicked, this, &ProfileEditor::editPsk);
    connect(m_editPki, &QPushButton::clicked, this, &ProfileEditor::editPki);
    refresh();
}

QWidget *ProfileEditor::makeSecurityGroup()
{
    m_securityProblem->setObjectName(QStringLiteral("securityProblem"));
    m_editPsk->setAutoDefault(false);
    m_editPki->setAutoDefault(false);
    for (QLabel *summary : {m_pskSummary, m_pkiSummary}) {
        summary->setWordWrap(true);
        summary->setTextFormat(Qt::PlainText);
        summary->setForegroundRole(QPalette::PlaceholderText);
    }
    m_usePsk->setAccessibleDescription(tr("Present a pre-shared key to the server"));
    m_usePki->setAccessibleDescription(tr("Use certificates for the handshake"));

    auto *security = new QGroupBox(tr("Security (coaps:// and coaps+tcp://)"), this);
    auto *grid = new QGridLayout(security);
    grid->addWidget(m_usePsk, 0, 0);
    grid->addWidget(m_editPsk, 0, 1);
    grid->addWidget(m_pskSummary, 1, 0, 1, 2);
    grid->addWidget(m_usePki, 2, 0);
    grid->addWidget(m_editPki, 2, 1);
    grid->addWidget(m_pkiSummary, 3, 0, 1, 2);
    grid->addWidget(m_securityProblem, 4, 0, 1, 2);
    grid->addWidget(m_keyStorage, 5, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    return security;
}

void ProfileEditor::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    m_psk = profile.security.pskClient.value_or(PskClientSettings{});
    m_pki = profile.security.pki.value_or(PkiSettings{});
    const QSignalBlocker blockers[] = {QSignalBlocker(m_usePsk), QSignalBlocker(m_usePki),
                                       QSignalBlocker(m_keyStorage), QSignalBlocker(m_sizes)};
    m_uri->setText(profile.uri);
    m_usePsk->setChecked(profile.security.pskClient.has_value());
    m_usePki->setChecked(profile.security.pki.has_value());
    m_keyStorage->setKeyStorage(profile.keyStorage);
    m_sizes->setSizes(profile.mtu, profile.blockSize);
    {
        const QSignalBlocker blocker(m_transmission);
        m_transmission->setParameters(profile.transmission);
    }
    refresh();
}

ConnectionProfile ProfileEditor::profile() const
{
    ConnectionProfile profile = m_profile;
    profile.uri = m_uri->text().trimmed();
    profile.security.pskClient.reset();
    profile.security.pki.reset();
    if (m_usePsk->isChecked())
        profile.security.pskClient = m_psk;
    if (m_usePki->isChecked())
        profile.security.pki = m_pki;
    profile.keyStorage = m_keyStorage->keyStorage();
    profile.transmission = m_transmission->parameters();
    profile.mtu = m_sizes->mtu();
    profile.blockSize = m_sizes->blockSize();
    return profile;
}

QString ProfileEditor::problem() const
{
    const auto uri = Uri::parse(m_uri->text().trimmed());
    if (!uri)
        return text::describeUriError(uri.error());
    for (const QString &problem : {securityProblem(*uri), m_sizes->problem()}) {
        if (!problem.isEmpty())
            return problem;
    }
    return m_transmission->problem();
}

QString ProfileEditor::securityProblem(const Uri &uri) const
{
    const bool secured = m_usePsk->isChecked() || m_usePki->isChecked();
    if (uri.isSecure() && !secured)
        return tr("%1 needs a pre-shared key or certificates.")
            .arg(QString(Uri::schemeName(uri.scheme())));
    if (m_usePsk->isChecked() && m_psk.identity.isEmpty())
        return tr("The pre-shared key has no identity yet: use Edit key.");
    return {};
}

void ProfileEditor::fillKeys(const ConnectionProfile &profile)
{
    if (profile.name != m_profile.name)
        return;
    if (m_psk.key.isEmpty())
        m_psk.key = profile.secret(ProfileSecret::PskKey);
    if (m_pki.own.privateKey.data.isEmpty() && m_pki.own.privateKey.filePath.isEmpty())
        m_pki.own.privateKey.data = profile.secret(ProfileSecret::PrivateKey);
    refresh();
}

void ProfileEditor::setKeychainProblem(const QString &reason)
{
    m_keyStorage->setKeychainProblem(reason);
}

void ProfileEditor::editPsk()
{
    auto *dialog = new PskDialog(PskDialog::Mode::Client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(m_psk);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto settings = dialog->clientSettings()) {
            m_psk = *settings;
            m_usePsk->setChecked(true);
            refresh();
            emit edited();
        }
    });
    dialog->open();
}

void ProfileEditor::editPki()
{
    auto *dialog = new PkiDialog(DtlsRole::Client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(m_pki);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto settings = dialog->settings()) {
            m_pki = *settings;
            m_usePki->setChecked(true);
            refresh();
            emit edited();
        }
    });
    dialog->open();
}

QString ProfileEditor::pskSummary() const
{
    if (m_psk.identity.isEmpty())
        return tr("Not set yet.");
    if (m_psk.key.isEmpty() && m_keyStorage->keyStorage() == KeyStorage::Keychain)
        return tr("Identity \"%1\"; the key is read from the system keychain when connecting, "
                  "or asked for if it is not there.")
            .arg(QString::fromUtf8(m_psk.identity));
    if (m_psk.key.isEmpty())
        return tr("Identity \"%1\"; the key is asked for when connecting.")
            .arg(QString::fromUtf8(m_psk.identity));
    return tr("Identity \"%1\" with a key of %n byte(s).", nullptr, int(m_psk.key.size()))
        .arg(QString::fromUtf8(m_psk.identity));
}

QString ProfileEditor::pkiSummary() const
{
    const QString certificate = m_pki.own.certificateChain.filePath;
    const QString trust = !m_pki.caFile.isEmpty() ? m_pki.caFile : m_pki.caDirectory;
    QStringList parts;
    parts.append(certificate.isEmpty()
                     ? tr("no client certificate")
                     : tr("client certificate %1").arg(QFileInfo(certificate).fileName()));
    if (!m_pki.verifyPeerCert)
        parts.append(tr("the server's certificate is not verified"));
    else if (!trust.isEmpty())
        parts.append(tr("trusting %1").arg(QFileInfo(trust).fileName()));
    return parts.join(QStringLiteral("; "));
}

void ProfileEditor::refresh()
{
    const auto uri = Uri::parse(m_uri->text().trimmed());
    m_uriProblem->setText(uri ? QString() : text::describeUriError(uri.error()));
    m_editPsk->setEnabled(m_usePsk->isChecked());
    m_editPki->setEnabled(m_usePki->isChecked());
    m_pskSummary->setVisible(m_usePsk->isChecked());
    m_pkiSummary->setVisible(m_usePki->isChecked());
    m_pskSummary->setText(pskSummary());
    m_pkiSummary->setText(pkiSummary());
    m_securityProblem->setText(uri ? securityProblem(*uri) : QString());
    m_keyStorage->setKeysUsed(m_usePsk->isChecked() || m_usePki->isChecked());
}

} // namespace coapscope
