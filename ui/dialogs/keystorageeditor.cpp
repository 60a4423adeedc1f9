// SPDX-License-Identifier: BSD-2-Clause
#include "keystorageeditor.h"

#include "fieldgrid.h"
#include "fieldproblem.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace coapscope {

KeyStorageEditor::KeyStorageEditor(QWidget *parent)
    : QWidget(parent)
    , m_storage(new QComboBox(this))
    , m_warning(new FieldProblem(this, FieldProblem::Severity::Warning))
    , m_notice(new FieldProblem(this, FieldProblem::Severity::Warning))
    , m_choices(new QWidget(this))
    , m_keepInFile(new QPushButton(tr("Keep Keys in the Profile &File"), m_choices))
    , m_doNotStore(new QPushButton(tr("&Ask for Keys When Connecting"), m_choices))
{
    m_storage->addItem(tr("In the system keychain"), int(KeyStorage::Keychain));
    m_storage->addItem(tr("In the profile file, in plain text"), int(KeyStorage::ProfileFile));
    m_storage->addItem(tr("Not stored: asked for when connecting"), int(KeyStorage::NotStored));
    m_storage->setAccessibleName(tr("Where keys are kept"));
    m_storage->setAccessibleDescription(
        tr("Where the pre-shared key and a private key held in memory are kept between runs"));
    m_warning->setObjectName(QStringLiteral("plainTextKeysWarning"));
    m_notice->setObjectName(QStringLiteral("noKeychainNotice"));
    m_keepInFile->setObjectName(QStringLiteral("keepKeysInFile"));
    m_doNotStore->setObjectName(QStringLiteral("doNotStoreKeys"));
    m_keepInFile->setAccessibleName(tr("Keep keys in the profile file"));
    m_doNotStore->setAccessibleName(tr("Ask for keys when connecting"));
    m_keepInFile->setToolTip(tr("The keys are kept in plain text in the profile file"));
    m_doNotStore->setToolTip(tr("The keys are not kept: Connect asks for them"));
    for (QPushButton *button : {m_keepInFile, m_doNotStore})
        button->setAutoDefault(false);

    auto *buttons = new QHBoxLayout(m_choices);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_keepInFile);
    buttons->addWidget(m_doNotStore);
    buttons->addStretch(1);
    auto *grid = new FieldGrid;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addField(tr("&Keys:"), m_storage);
    grid->addBelow(m_warning);
    grid->addBelow(m_notice);
    grid->addBelow(m_choices);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);

    connect(m_storage, &QComboBox::activated, this, [this] {
        refresh();
        emit edited();
    });
    connect(m_keepInFile, &QPushButton::clicked, this, [this] { choose(KeyStorage::ProfileFile); });
    connect(m_doNotStore, &QPushButton::clicked, this, [this] { choose(KeyStorage::NotStored); });
    refresh();
}

KeyStorage KeyStorageEditor::keyStorage() const
{
    return KeyStorage(m_storage->currentData().toInt());
}

void KeyStorageEditor::setKeyStorage(KeyStorage storage)
{
    m_storage->setCurrentIndex(m_storage->findData(int(storage)));
    refresh();
}

void KeyStorageEditor::setKeychainProblem(const QString &reason)
{
    m_keychainProblem = reason;
    refresh();
}

void KeyStorageEditor::setKeysUsed(bool used)
{
    m_keysUsed = used;
    refresh();
}

void KeyStorageEditor::choose(KeyStorage storage)
{
    setKeyStorage(storage);
    emit edited();
}

void KeyStorageEditor::refresh()
{
    const bool noKeychain = !m_keychainProblem.isEmpty();
    // Still shown when a profile has it, so that what the profile says is visible; just not
    // offered for new choices.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_storage->model())) {
        QStandardItem *keychain = items->item(m_storage->findData(int(KeyStorage::Keychain)));
        keychain->setEnabled(!noKeychain);
        keychain->setText(noKeychain ? tr("In the system keychain (not available)")
                                     : tr("In the system keychain"));
    }
    const KeyStorage storage = keyStorage();
    m_warning->setText(storage == KeyStorage::ProfileFile
                           ? tr("Keys are kept in plain text in the profile file, readable by "
                                "anyone who can read the file.")
                           : QString());
    const bool tell = noKeychain && m_keysUsed && storage == KeyStorage::Keychain;
    m_notice->setText(tell ? tr("No keychain is available: %1. Until there is one, the keys "
                                "are asked for when connecting. Choose where this profile's "
                                "keys go instead:")
                                 .arg(m_keychainProblem)
                           : QString());
    m_choices->setVisible(tell);
}

} // namespace coapscope
