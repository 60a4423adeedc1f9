// SPDX-License-Identifier: BSD-2-Clause
#include "profilemodel.h"

#include "profilestore.h"

namespace coapscope {

ProfileModel::ProfileModel(ProfileStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    // Profile lists are short: a reset costs nothing and keeps the bookkeeping simple.
    connect(store, &ProfileStore::profilesReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(store, &ProfileStore::profileChanged, this,
            [this](int row) { emit dataChanged(index(row), index(row)); });
}

QString ProfileModel::nameAt(int row) const
{
    if (row < 0 || row >= m_store->profiles().size())
        return {};
    return m_store->profiles().at(row).name;
}

int ProfileModel::rowOf(const QString &name) const
{
    return m_store->indexOf(name);
}

int ProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store->profiles().size());
}

QVariant ProfileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_store->profiles().size())
        return {};
    const ConnectionProfile &profile = m_store->profiles().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return profile.name;
    case Qt::ToolTipRole:
    case UriRole:
        return profile.uri;
    case HasSecurityRole:
        return profile.hasSecurity();
    default:
        return {};
    }
}

bool ProfileModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_store->profiles().size())
        return false;
    ConnectionProfile profile = m_store->profiles().at(index.row());
    const QString oldName = profile.name;
    profile.name = value.toString().trimmed();
    if (profile.name == oldName)
        return false;
    if (auto refused = m_store->replace(oldName, profile)) {
        emit renameRefused(describeProfileError(*refused));
        return false;
    }
    return true;
}

Qt::ItemFlags ProfileModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

} // namespace coapscope
