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
    // Where keys belong; where there is no keychain, the editor says so and offers the others.
    profile.keyStorage = KeyStorage::Keychain;
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

} // namespace coapscope
