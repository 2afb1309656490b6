#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace {

struct StartingLook
{
    QString styleName;
    QPalette palette;
};

/// The look before Casebook changed anything, captured on first use.
const StartingLook &startingLook()
{
    static const StartingLook look {QApplication::style()->name(), QApplication::palette()};
    return look;
}

void setRoles(QPalette *palette, QPalette::ColorGroup group, const QColor &window,
              const QColor &base, const QColor &text, const QColor &highlight)
{
    palette->setColor(group, QPalette::Window, window);
    palette->setColor(group, QPalette::WindowText, text);
    palette->setColor(group, QPalette::Base, base);
    palette->setColor(group, QPalette::AlternateBase, window);
    palette->setColor(group, QPalette::Text, text);
    palette->setColor(group, QPalette::Button, window);
    palette->setColor(group, QPalette::ButtonText, text);
    palette->setColor(group, QPalette::ToolTipBase, base);
    palette->setColor(group, QPalette::ToolTipText, text);
    palette->setColor(group, QPalette::Highlight, highlight);
    palette->setColor(group, QPalette::HighlightedText, Qt::white);
    palette->setColor(group, QPalette::BrightText, Qt::red);
}

QPalette makePalette(const QColor &window, const QColor &base, const QColor &text,
                     const QColor &muted, const QColor &highlight, const QColor &link)
{
    QPalette palette;
    for (auto group : {QPalette::Active, QPalette::Inactive})
        setRoles(&palette, group, window, base, text, highlight);
    setRoles(&palette, QPalette::Disabled, window, base, muted, highlight.darker(130));
    palette.setColor(QPalette::PlaceholderText, muted);
    palette.setColor(QPalette::Link, link);
    palette.setColor(QPalette::LinkVisited, link.darker(115));
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(120));
    palette.setColor(QPalette::Mid, window.darker(130));
    palette.setColor(QPalette::Dark, window.darker(160));
    palette.setColor(QPalette::Shadow, Qt::black);
    return palette;
}

} // namespace

QPalette Theme::lightPalette()
{
    return makePalette(QColor(0xef, 0xf0, 0xf1), Qt::white, QColor(0x23, 0x26, 0x29),
                       QColor(0x80, 0x84, 0x88), QColor(0x2f, 0x6f, 0xcc),
                       QColor(0x1d, 0x5f, 0xb8));
}

QPalette Theme::darkPalette()
{
    return makePalette(QColor(0x2a, 0x2d, 0x31), QColor(0x1e, 0x20, 0x23), QColor(0xe6, 0xe7, 0xe8),
                       QColor(0x8a, 0x8e, 0x93), QColor(0x3d, 0x7e, 0xd6),
                       QColor(0x6c, 0xa8, 0xf0));
}

void Theme::apply(Settings::Theme theme)
{
    // Setting a style repolishes every widget: not worth doing for the look already shown.
    static Settings::Theme current = Settings::Theme::System;
    const StartingLook &look = startingLook();
    if (theme == current)
        return;
    current = theme;

    if (theme == Settings::Theme::System) {
        QApplication::setStyle(QStyleFactory::create(look.styleName));
        QApplication::setPalette(look.palette);
        return;
    }

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Settings::Theme::Dark ? darkPalette() : lightPalette());
}
