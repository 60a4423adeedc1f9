// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QObject>

class QActionGroup;
class QMenu;

namespace coapscope {

// View ▸ Theme: the system's look, or Fusion in light or dark colours. Qt 6.4 does not follow
// a desktop's dark mode by itself on every platform, and engineers who debug at night ask for
// it. Every view paints with palette roles, so switching needs nothing more than the palette.
class Appearance : public QObject
{
    Q_OBJECT

public:
    enum class Theme
    {
        System,
        Light,
        Dark,
    };
    Q_ENUM(Theme)

    explicit Appearance(QObject *parent = nullptr);

    // Applies the theme the user chose last time (System when none was).
    void applySaved();
    // Applies a theme for this run; choosing one from the menu also saves it.
    void apply(Theme theme);
    Theme theme() const { return m_theme; }
    // The Theme submenu: one checkable entry per theme.
    void addTo(QMenu *menu);

private:
    Theme m_theme = Theme::System;
    QActionGroup *m_actions = nullptr;
};

} // namespace coapscope
