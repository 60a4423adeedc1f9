// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "models/connectionprofile.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QAction;
class QDialogButtonBox;
class QListView;
class QPushButton;

namespace coapscope {

class FieldProblem;
class ProfileEditor;
class ProfileModel;
class ProfileSecrets;
class ProfileStore;
class SecretStore;

// The saved connection profiles: a list to pick from and manage (new, duplicate, rename,
// delete, import, export) and the selected one's editor. Every change is saved to the store's
// file shortly after it is made, and at the latest when the dialog closes; a file that could
// not be loaded is never written over (see ProfileStore). Keys the profiles keep in the system
// keychain go there through secrets (ProfileSecrets); where no keychain is available, the
// editor says so and lets the user choose another place. Connect accepts the dialog with the
// selected profile. The store is loaded by its owner; a load error is shown with a way out.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    ProfilesDialog(ProfileStore *store, ProfileSecrets *secrets, QWidget *parent = nullptr);
    // With a keychain of its own (the service SecretStore::defaultService()).
    explicit ProfilesDialog(ProfileStore *store, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // The profile Connect was pressed for.
    std::optional<ConnectionProfile> chosenProfile() const { return m_chosen; }
    QString selectedName() const;
    void selectProfile(const QString &name);
    // What went wrong last (loading, saving, importing, renaming) or why the selected profile
    // cannot connect; empty when nothing did.
    QString problem() const;
    // What the last import did, in words.
    QString note() const;

    // What the buttons do; import and export take the file the file dialog would ask for.
    void newProfile();
    void duplicateProfile();
    void renameProfile(); // starts editing the name in the list
    void deleteProfile(); // asks first
    // When the file carries keys, asks where they go (the keychain, the profile file, or
    // nowhere); they never go anywhere unasked.
    bool importFrom(const QString &path);
    // Without keys unless includeKeys; with them, after a warning the user must accept, the
    // keys kept in the keychain are read first and the file is written when they are in (the
    // note then says so).
    bool exportTo(const QString &path, bool selectedOnly, bool includeKeys = false);

    QListView *list() const { return m_list; }
    ProfileModel *model() const { return m_model; }
    ProfileEditor *editor() const { return m_editor; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *moveAsideButton() const { return m_moveAside; }
    QPushButton *exportButton() const { return m_export; }
    // Ticked in the Export menu: exports carry the keys, in plain text.
    QAction *includeKeysAction() const { return m_includeKeys; }
    ProfileSecrets *secrets() const { return m_secrets; }

    void done(int result) override;

private:
    QWidget *makeListPane();
    void makeExportMenu();
    void askExport(bool selectedOnly);
    bool writeExport(const QString &path, const QStringList &names, bool includeKeys);
    void showKeychainStatus();
    void showSelected();
    void takeEdits();
    bool saveNow();
    void showStoreProblem(const QString &text);
    void updateButtons();

    ProfileStore *m_store;
    ProfileSecrets *m_secrets;
    ProfileModel *m_model;
    QListView *m_list;
    ProfileEditor *m_editor;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_moveAside;
    QAction *m_includeKeys = nullptr;
    FieldProblem *m_storeProblem;
    FieldProblem *m_note;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connect;
    QTimer m_saveTimer;
    QString m_shownName;       // whose profile the editor holds
    bool m_saveFailed = false; // whether the problem shown is a failed save
    std::optional<ConnectionProfile> m_chosen;
};

} // namespace coapscope
