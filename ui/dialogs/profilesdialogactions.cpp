// SPDX-License-Identifier: BSD-2-Clause
// What the profiles dialog's list buttons do: each changes the store, saves it at once, and
// selects what the user will want to look at next.
#include "fieldproblem.h"
#include "models/profilemodel.h"
#include "models/profilestore.h"
#include "profilesdialog.h"

#include <QListView>
#include <QMessageBox>

namespace coapscope {

void ProfilesDialog::newProfile()
{
    ConnectionProfile profile;
    profile.name = m_store->uniqueName(tr("New profile"));
    profile.uri = QStringLiteral("coap://localhost/");
    m_store->add(profile);
    saveNow();
    selectProfile(profile.name);
    renameProfile();
}

void ProfilesDialog::duplicateProfile()
{
    auto profile = m_store->profile(selectedName());
    if (!profile)
        return;
    profile->name = m_store->uniqueName(profile->name);
    m_store->add(*profile);
    saveNow();
    selectProfile(profile->name);
}

void ProfilesDialog::renameProfile()
{
    m_list->setFocus();
    m_list->edit(m_list->currentIndex());
}

void ProfilesDialog::deleteProfile()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const auto answer =
        QMessageBox::question(this, tr("Delete Profile"),
                              tr("Delete the profile \"%1\"? This cannot be undone.").arg(name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const int row = m_model->rowOf(name);
    m_store->remove(name);
    saveNow();
    selectProfile(m_model->nameAt(std::min(row, m_model->rowCount() - 1)));
}

bool ProfilesDialog::importFrom(const QString &path)
{
    m_note->setText(QString());
    const auto result = m_store->importFrom(path);
    if (!result) {
        showStoreProblem(describeProfileError(result.error()));
        return false;
    }
    QStringList words{
        tr("Imported %n profile(s) from %1.", nullptr, int(result->added.size())).arg(path)};
    for (const auto &[from, to] : result->renamed)
        words.append(tr("\"%1\" is now \"%2\": that name was taken.").arg(from, to));
    m_note->setText(words.join(QLatin1Char(' ')));
    showStoreProblem(QString());
    saveNow();
    if (!result->added.isEmpty())
        selectProfile(result->added.first());
    return true;
}

bool ProfilesDialog::exportTo(const QString &path, bool selectedOnly)
{
    const QStringList names = selectedOnly ? QStringList{selectedName()} : QStringList{};
    if (const auto error = m_store->exportTo(path, names)) {
        showStoreProblem(describeProfileError(*error));
        return false;
    }
    showStoreProblem(QString());
    m_note->setText(tr("Exported to %1.").arg(path));
    return true;
}

} // namespace coapscope
