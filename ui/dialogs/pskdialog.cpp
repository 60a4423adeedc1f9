// SPDX-License-Identifier: BSD-2-Clause
#include "pskdialog.h"

#include "fieldgrid.h"
#include "fieldproblem.h"
#include "pskkeytable.h"
#include "secretedit.h"
#include "secrettext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coapscope {

namespace {

// OpenSSL's limits, as SecuritySettings::validate checks them.
constexpr qsizetype maxIdentityBytes = 255;
constexpr qsizetype maxKeyBytes = 512;

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PskDialog::PskDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto *form = new FieldGrid;
    if (mode == Mode::Client)
        buildClient(form);
    else
        buildServer(form);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void PskDialog::buildClient(FieldGrid *form)
{
    setWindowTitle(tr("Pre-Shared Key"));
    m_identity = new QLineEdit(this);
    m_identity->setAccessibleName(tr("Identity"));
    m_identityProblem = new FieldProblem(this);
    m_identityProblem->setObjectName(QStringLiteral("identityProblem"));
    m_key = new SecretEdit(tr("Key"), this);
    m_keyProblem = new FieldProblem(this);
    m_keyProblem->setObjectName(QStringLiteral("keyProblem"));
    m_receivedHint = new QLineEdit(this);
    m_receivedHint->setReadOnly(true);
    m_receivedHint->setAccessibleName(tr("Hint the server sent"));
    m_receivedHint->setPlaceholderText(tr("None received yet"));

    form->addWide(noteLabel(tr("The identity and key the server knows this client by."), this));
    form->addField(tr("&Identity:"), m_identity);
    form->addBelow(m_identityProblem);
    form->addField(tr("&Key:"), m_key);
    form->addBelow(m_keyProblem);
    form->addField(tr("Server's &hint:"), m_receivedHint);
    form->addBelow(noteLabel(tr("The PSK identity hint the server sent in its last "
                                "handshake, if any: it may say which identity to use."),
                             this));
    connect(m_identity, &QLineEdit::textChanged, this, &PskDialog::validate);
    connect(m_key, &SecretEdit::changed, this, &PskDialog::validate);
}

void PskDialog::buildServer(FieldGrid *form)
{
    setWindowTitle(tr("Pre-Shared Keys of the Server"));
    m_hint = new QLineEdit(this);
    m_hint->setAccessibleName(tr("Identity hint"));
    m_hint->setPlaceholderText(tr("No hint"));
    m_key = new SecretEdit(tr("Default key"), this);
    m_keyProblem = new FieldProblem(this);
    m_keyProblem->setObjectName(QStringLiteral("defaultKeyProblem"));
    m_table = new PskKeyTable(this);
    m_serverProblem = new FieldProblem(this);
    m_serverProblem->setObjectName(QStringLiteral("serverProblem"));

    form->addField(tr("Identity &hint:"), m_hint);
    form->addBelow(noteLabel(tr("Sent to clients during the handshake, to help them "
                                "pick an identity."),
                             this));
    form->addField(tr("&Default key:"), m_key);
    form->addBelow(m_keyProblem);
    form->addBelow(noteLabel(tr("Accepted from any identity not listed below. Leave it "
                                "empty to refuse identities that are not listed."),
                             this));
    form->addField(tr("Keys by identity:"), m_table);
    form->addBelow(m_serverProblem);
    connect(m_key, &SecretEdit::changed, this, &PskDialog::validate);
    connect(m_table, &PskKeyTable::changed, this, &PskDialog::validate);
}

void PskDialog::setSettings(const PskClientSettings &settings)
{
    if (m_mode != Mode::Client)
        return;
    m_identity->setText(QString::fromUtf8(settings.identity));
    m_key->setValue(settings.key);
}

void PskDialog::setSettings(const PskServerSettings &settings)
{
    if (m_mode != Mode::Server)
        return;
    m_hint->setText(QString::fromUtf8(settings.hint));
    m_key->setValue(settings.defaultKey);
    m_table->setKeys(settings.keysByIdentity);
}

void PskDialog::setReceivedHint(const QByteArray &hint)
{
    if (!m_receivedHint)
        return;
    const SecretText shown = SecretText::fromBytes(hint);
    m_receivedHint->setText(shown.hex ? tr("%1 (hexadecimal)").arg(shown.text) : shown.text);
}

std::optional<PskClientSettings> PskDialog::clientSettings() const
{
    if (m_mode != Mode::Client || !problem().isEmpty())
        return std::nullopt;
    return PskClientSettings{m_identity->text().toUtf8(), m_key->value().value_or(QByteArray())};
}

std::optional<PskServerSettings> PskDialog::serverSettings() const
{
    if (m_mode != Mode::Server || !problem().isEmpty())
        return std::nullopt;
    return PskServerSettings{m_hint->text().toUtf8(), m_key->value().value_or(QByteArray()),
                             m_table->keys().value_or(QHash<QByteArray, QByteArray>())};
}

QString PskDialog::problem() const
{
    for (const QString &problem : {identityProblem(), keyProblem(), serverProblem()}) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QPushButton *PskDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString PskDialog::identityProblem() const
{
    if (!m_identity)
        return {};
    const QByteArray identity = m_identity->text().toUtf8();
    if (identity.isEmpty())
        return tr("Enter the identity the server knows this client by.");
    if (identity.size() > maxIdentityBytes)
        return tr("The identity is %1 bytes long; at most %2 fit.")
            .arg(identity.size())
            .arg(maxIdentityBytes);
    return {};
}

QString PskDialog::keyProblem() const
{
    if (!m_key->problem().isEmpty())
        return m_key->problem();
    const QByteArray key = m_key->value().value_or(QByteArray());
    if (m_mode == Mode::Client && key.isEmpty())
        return tr("Enter the key.");
    if (key.size() > maxKeyBytes)
        return tr("The key is %1 bytes long; at most %2 fit.").arg(key.size()).arg(maxKeyBytes);
    return {};
}

QString PskDialog::serverProblem() const
{
    if (!m_table)
        return {};
    if (!m_table->problem().isEmpty())
        return m_table->problem();
    if (m_key->isEmpty() && m_table->rowCount() == 0)
        return tr("Give a default key, a key for an identity, or both.");
    return {};
}

void PskDialog::validate()
{
    if (m_identityProblem)
        m_identityProblem->setText(identityProblem());
    // The key field shows its own hex problems; only the rest is said here.
    const QString keyWords = m_key->problem().isEmpty() ? keyProblem() : QString();
    m_keyProblem->setText(keyWords);
    if (m_serverProblem)
        m_serverProblem->setText(m_table->problem().isEmpty() ? serverProblem() : QString());
    const QString first = problem();
    okButton()->setEnabled(first.isEmpty());
    okButton()->setToolTip(first);
}

} // namespace coapscope
