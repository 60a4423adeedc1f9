// SPDX-License-Identifier: BSD-2-Clause
#include "appearance.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace coapscope {

namespace {

const QString themeKey = QStringLiteral("view/theme");

// What the application started with, so System can go back to it.
struct SystemLook
{
    QString styleName;
    QPalette palette;
};

const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2d, 0x2f, 0x33);
    const QColor base(0x1e, 0x20, 0x23);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x7f, 0x7f, 0x7f);
    const QColor highlight(0x3d, 0x7e, 0xd6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    palette.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x52, 0x56));
    return palette;
}

} // namespace

Appearance::Appearance(QObject *parent)
    : QObject(parent)
{
    systemLook(); // remembered before any theme changes it
}

void Appearance::applySaved()
{
    const int saved = QSettings().value(themeKey, int(Theme::System)).toInt();
    // The system's look is already in place: nothing to change at start-up.
    if (saved == int(Theme::Light) || saved == int(Theme::Dark))
        apply(Theme(saved));
}

void Appearance::apply(Theme theme)
{
    m_theme = theme;
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(systemLook().styleName));
        QApplication::setPalette(systemLook().palette);
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == Theme::Dark ? darkPalette()
                                                      : QApplication::style()->standardPalette());
    }
    if (m_actions) {
        for (QAction *action : m_actions->actions())
            action->setChecked(action->data().toInt() == int(theme));
    }
}

void Appearance::addTo(QMenu *menu)
{
    QMenu *themes = menu->addMenu(tr("&Theme"));
    m_actions = new QActionGroup(this);
    const std::pair<Theme, QString> entries[] = {
        {Theme::System, tr("&System")},
        {Theme::Light, tr("&Light")},
        {Theme::Dark, tr("&Dark")},
    };
    for (const auto &[theme, label] : entries) {
        QAction *action = themes->addAction(label);
        action->setCheckable(true);
        action->setData(int(theme));
        action->setChecked(theme == m_theme);
        m_actions->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            apply(theme);
            QSettings().setValue(themeKey, int(theme));
        });
    }
}

} // namespace coapscope
