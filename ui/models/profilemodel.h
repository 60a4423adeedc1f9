// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QAbstractListModel>

namespace coapscope {

class ProfileStore;

// The profiles of a store, one row each, by name. Editing a name renames the profile; a name
// that is empty or taken is refused and the store is left as it was.
class ProfileModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum DataRole
    {
        UriRole = Qt::UserRole, // the profile's URI, as text
        HasSecurityRole,        // bool
    };

    explicit ProfileModel(ProfileStore *store, QObject *parent = nullptr);

    ProfileStore *store() const { return m_store; }
    QString nameAt(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // A rename through setData was refused; text says why.
    void renameRefused(const QString &text);

private:
    ProfileStore *m_store;
};

} // namespace coapscope
