// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QIcon>

namespace coapscope {

// The application's icon in every bundled size.
QIcon applicationIcon();
// A toolbar icon: the desktop theme's themeName when it has one, else ours (resources/icons/
// actions/<bundledName>-16.png and -32.png).
QIcon actionIcon(const QString &themeName, const QString &bundledName);

} // namespace coapscope
