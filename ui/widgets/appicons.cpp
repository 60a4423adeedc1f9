// SPDX-License-Identifier: BSD-2-Clause
#include "appicons.h"

namespace coapscope {

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/coapscope-%1.png").arg(size), QSize(size, size));
    return icon;
}

QIcon actionIcon(const QString &themeName, const QString &bundledName)
{
    QIcon bundled;
    for (int size : {16, 32})
        bundled.addFile(QStringLiteral(":/icons/actions/%1-%2.png").arg(bundledName).arg(size),
                        QSize(size, size));
    return QIcon::fromTheme(themeName, bundled);
}

} // namespace coapscope
