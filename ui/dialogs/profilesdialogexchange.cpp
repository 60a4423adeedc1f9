// SPDX-License-Identifier: BSD-2-Clause
// The profiles dialog's import and export: keys leave only when the user ticks "include keys"
// (then in plain text, after a warning), and keys that come in go where the user says.
#include "fieldproblem.h"
#include "models/profilesecrets.h"
#include "models/profilestore.h"
#include "models/secretstore.h"
#include "profilesdialog.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace coapscope {

void ProfilesDialog::makeExportMenu()
{
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Export the Selected Profile…"), this, [this] { askExport(true); });
    menu->addAction(tr("Export All Profiles…"), this, [this] { askExport(false); });
    menu->addSeparator();
    m_includeKeys = menu->addAction(tr("Include Keys (in Plain Text)"));
    m_includeKeys->setCheckable(true);
    m_includeKeys->setToolTip(tr("Exported files carry the pre-shared keys and private keys, "
                                 "readable by anyone who can read the file"));
    m_export->setMenu(menu);
    m_export->setAccessibleName(tr("Export profiles"));
}

void ProfilesDialog::askExport(bool selectedOnly)
{
    const QString suggested =
        selectedOnly ? selectedName() + QStringLiteral(".json") : QStringLiteral("profiles.json");
    const QString path = QFileDialog::getSaveFileName(
        this, selectedOnly ? tr("Export Profile") : tr("Export Profiles"), suggested,
        tr("CoapScope profiles (*.json)"));
    if (path.isEmpty())
        return;
    exportTo(path, selectedOnly, m_includeKeys->isChecked());
}

bool ProfilesDialog::exportTo(const QString &path, bool selectedOnly, bool includeKeys)
{
    const QStringList names = selectedOnly ? QStringList{selectedName()} : QStringList{};
    if (!includeKeys)
        return writeExport(path, names, false);
    const auto answer = QMessageBox::warning(
        this, tr("Export Keys"),
        tr("The keys will be written to %1 in plain text: anyone who can read the file can use "
           "them. Export with the keys?")
            .arg(path),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    // The keys kept in the keychain are read into the store first; whatever cannot be read is
    // left out, and the note says why.
    m_note->setText(tr("Reading the keys from the keychain…"));
    m_secrets->fill(names, this, [this, path, names](const QString &problem) {
        if (writeExport(path, names, true) && !problem.isEmpty())
            m_note->setText(m_note->text() + QLatin1Char(' ') + problem);
    });
    return true;
}

bool ProfilesDialog::writeExport(const QString &path, const QStringList &names, bool includeKeys)
{
    const auto error =
        m_store->exportTo(path, names, includeKeys ? KeysInJson::All : KeysInJson::None);
    if (error) {
        m_note->setText(QString());
        showStoreProblem(describeProfileError(*error));
        return false;
    }
    showStoreProblem(QString());
    m_note->setText(includeKeys ? tr("Exported to %1 with the keys in plain text.").arg(path)
                                : tr("Exported to %1 without keys.").arg(path));
    return true;
}

bool ProfilesDialog::importFrom(const QString &path)
{
    m_note->setText(QString());
    auto profiles = ProfileStore::readFile(path);
    if (!profiles) {
        showStoreProblem(describeProfileError(profiles.error()));
        return false;
    }
    const auto withKeys = std::count_if(profiles->cbegin(), profiles->cend(),
                                        [](const ConnectionProfile &p) { return p.hasKeys(); });
    KeyStorage keysTo = KeyStorage::NotStored;
    if (withKeys > 0) {
        QMessageBox box(
            QMessageBox::Question, tr("Import Keys"),
            tr("%n of the profiles in %1 carry keys. Where should they go?", nullptr, int(withKeys))
                .arg(path),
            QMessageBox::NoButton, this);
        QPushButton *keychain = box.addButton(tr("Into the &Keychain"), QMessageBox::AcceptRole);
        QPushButton *file = box.addButton(tr("Into the &Profile File"), QMessageBox::AcceptRole);
        QPushButton *leaveOut = box.addButton(tr("&Leave Them Out"), QMessageBox::RejectRole);
        box.addButton(QMessageBox::Cancel);
        keychain->setObjectName(QStringLiteral("importKeysToKeychain"));
        file->setObjectName(QStringLiteral("importKeysToFile"));
        leaveOut->setObjectName(QStringLiteral("importWithoutKeys"));
        const SecretStore *store = m_secrets->keychain();
        keychain->setEnabled(store->status() != SecretStore::Status::Unavailable);
        if (!keychain->isEnabled())
            keychain->setToolTip(store->unavailableReason());
        box.setInformativeText(tr("In the profile file they are kept in plain text. Left out, "
                                  "they are asked for when connecting."));
        box.setDefaultButton(leaveOut);
        box.exec();
        if (box.clickedButton() == keychain)
            keysTo = KeyStorage::Keychain;
        else if (box.clickedButton() == file)
            keysTo = KeyStorage::ProfileFile;
        else if (box.clickedButton() != leaveOut)
            return false;
    }
    const auto result = m_store->addImported(std::move(profiles).value(), keysTo);
    QStringList words{
        tr("Imported %n profile(s) from %1.", nullptr, int(result.added.size())).arg(path)};
    for (const auto &[from, to] : result.renamed)
        words.append(tr("\"%1\" is now \"%2\": that name was taken.").arg(from, to));
    m_note->setText(words.join(QLatin1Char(' ')));
    showStoreProblem(QString());
    saveNow();
    if (!result.added.isEmpty())
        selectProfile(result.added.first());
    return true;
}

} // namespace coapscope
