// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/linkformat.h"

#include <QAbstractTableModel>

namespace coapscope {

// An RFC 6690 document as a table: one row per link, the target first, then one column per
// attribute in the order they first appear (rt, if, ct, title, ...).
class LinkFormatTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit LinkFormatTableModel(QObject *parent = nullptr);

    void setLinks(const QList<Link> &links);
    const QList<Link> &links() const { return m_links; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString cellText(const Link &link, const QByteArray &attribute) const;

    QList<Link> m_links;
    QByteArrayList m_attributes;
};

} // namespace coapscope
