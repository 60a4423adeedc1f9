// SPDX-License-Identifier: BSD-2-Clause
#include "linkformattablemodel.h"

#include "codec/contentformat.h"

namespace coapscope {

LinkFormatTableModel::LinkFormatTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LinkFormatTableModel::setLinks(const QList<Link> &links)
{
    beginResetModel();
    m_links = links;
    m_attributes.clear();
    for (const Link &link : m_links) {
        for (const Link::Parameter &parameter : link.parameters) {
            if (!m_attributes.contains(parameter.name))
                m_attributes << parameter.name;
        }
    }
    endResetModel();
}

int LinkFormatTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int LinkFormatTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attributes.size()) + 1;
}

QString LinkFormatTableModel::cellText(const Link &link, const QByteArray &attribute) const
{
    if (!link.has(attribute))
        return QString();
    QStringList values;
    for (const QByteArray &value : link.values(attribute)) {
        QString text = QString::fromUtf8(value);
        // A content format is easier to read with its media type.
        bool ok = false;
        const uint id = value.toUInt(&ok);
        if (attribute == "ct" && ok && id <= 0xffff) {
            if (const auto *format = ContentFormat::find(quint16(id)))
                text = QStringLiteral("%1 (%2)").arg(id).arg(format->mediaType);
        }
        values << text;
    }
    // A parameter without a value is a flag, such as obs.
    return values.isEmpty() ? tr("yes") : values.join(u' ');
}

QVariant LinkFormatTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_links.size() || index.column() >= columnCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Link &link = m_links[index.row()];
    if (index.column() == 0)
        return QString::fromUtf8(link.target);
    return cellText(link, m_attributes[index.column() - 1]);
}

QVariant LinkFormatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QByteArray name = section == 0 ? QByteArray() : m_attributes[section - 1];
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("Target") : QString::fromUtf8(name);
    if (role != Qt::ToolTipRole)
        return {};
    // The attributes RFC 6690, RFC 7641 and the CoRE registries define, spelled out.
    if (section == 0)
        return tr("The link target (URI reference)");
    if (name == "rt")
        return tr("Resource type");
    if (name == "if")
        return tr("Interface description");
    if (name == "ct")
        return tr("Content-Format");
    if (name == "sz")
        return tr("Size estimate in bytes");
    if (name == "obs")
        return tr("Observable");
    if (name == "title")
        return tr("Title");
    if (name == "rel")
        return tr("Relation type");
    if (name == "anchor")
        return tr("Context URI");
    return {};
}

} // namespace coapscope
