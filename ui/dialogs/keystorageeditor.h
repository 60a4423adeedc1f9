// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "models/connectionprofile.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace coapscope {

class FieldProblem;

// Where a profile's keys are kept: the system keychain, the profile file (plain text, with a
// warning) or nowhere (asked for when connecting). Where no keychain is available, it says so
// and why, and offers the two other places to choose from.
class KeyStorageEditor : public QWidget
{
    Q_OBJECT

public:
    explicit KeyStorageEditor(QWidget *parent = nullptr);

    KeyStorage keyStorage() const;
    void setKeyStorage(KeyStorage storage);
    // Why the keychain cannot be used; empty while it can (or may: not asked yet).
    void setKeychainProblem(const QString &reason);
    QString keychainProblem() const { return m_keychainProblem; }
    // Whether the profile has keys at all (pre-shared key or certificates): the keychain's
    // absence is worth a word only then.
    void setKeysUsed(bool used);

    QComboBox *storageBox() const { return m_storage; }
    FieldProblem *plainTextWarning() const { return m_warning; }
    FieldProblem *noKeychainNotice() const { return m_notice; }
    QPushButton *keepInFileButton() const { return m_keepInFile; }
    QPushButton *doNotStoreButton() const { return m_doNotStore; }

signals:
    // The user chose another place; keyStorage() has it.
    void edited();

private:
    void choose(KeyStorage storage);
    void refresh();

    QComboBox *m_storage;
    FieldProblem *m_warning;
    FieldProblem *m_notice;
    QWidget *m_choices;
    QPushButton *m_keepInFile;
    QPushButton *m_doNotStore;
    QString m_keychainProblem;
    bool m_keysUsed = false;
};

} // namespace coapscope
