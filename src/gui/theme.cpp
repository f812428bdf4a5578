#include "gui/theme.h"

#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace Theme {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// The light design: the page's warm grey, white cards, LinkedIn's blue.
Colors light(const QPalette &palette)
{
    Colors c;
    c.page = QColor(0xf4, 0xf2, 0xee);
    c.panel = Qt::white;
    c.border = QColor(0xe0, 0xdf, 0xdc);
    c.hoverFill = QColor(0xfa, 0xfa, 0xf9);
    c.unreadFill = QColor(0xe8, 0xf1, 0xfb);
    c.ink = QColor(0x19, 0x19, 0x19);
    c.text = QColor(0x40, 0x40, 0x40);
    c.muted = QColor(0x5e, 0x5e, 0x5e);
    c.accent = QColor(0x0a, 0x66, 0xc2);
    c.accentHover = QColor(0x00, 0x41, 0x82);
    c.onAccent = Qt::white;
    c.disabledFill = QColor(0xe9, 0xe5, 0xdf);
    c.disabledText = QColor(0x55, 0x55, 0x55);
    c.outline = QColor(0x66, 0x66, 0x66);
    c.focus = palette.color(QPalette::Active, QPalette::Highlight);
    c.error = QColor(0xb2, 0x40, 0x20);
    c.doneFill = QColor(0xe7, 0xf3, 0xec);
    c.doneText = QColor(0x1d, 0x5e, 0x36);
    c.refusedFill = QColor(0xfd, 0xec, 0xea);
    c.refusedText = QColor(0x8a, 0x1c, 0x12);
    c.navigationHover = QColor(0xeb, 0xe9, 0xe5);
    c.navigationChecked = QColor(0xdf, 0xe9, 0xf5);
    c.banner = QColor(0xe9, 0xe5, 0xdf);
    return c;
}

// A dark or high-contrast desktop: its own window and text colours, with
// the accent and the answers' colours lightened to read on them.
Colors dark(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor ink = palette.color(QPalette::Active, QPalette::WindowText);
    Colors c;
    c.page = mix(window, Qt::black, 0.25);
    c.panel = window;
    c.border = mix(window, ink, 0.3);
    c.hoverFill = mix(window, ink, 0.07);
    c.unreadFill = mix(window, QColor(0x71, 0xb7, 0xfb), 0.16);
    c.ink = ink;
    c.text = mix(ink, window, 0.1);
    c.muted = mix(ink, window, 0.28);
    c.accent = QColor(0x71, 0xb7, 0xfb);
    c.accentHover = mix(c.accent, ink, 0.35);
    c.onAccent = mix(window, Qt::black, 0.6);
    c.disabledFill = mix(window, ink, 0.14);
    c.disabledText = mix(ink, window, 0.4);
    c.outline = mix(window, ink, 0.55);
    c.focus = palette.color(QPalette::Active, QPalette::Highlight);
    c.error = QColor(0xff, 0x8a, 0x75);
    c.doneFill = mix(window, QColor(0x2e, 0x7d, 0x32), 0.3);
    c.doneText = QColor(0xb9, 0xe6, 0xbd);
    c.refusedFill = mix(window, QColor(0xc6, 0x28, 0x28), 0.3);
    c.refusedText = QColor(0xff, 0xc4, 0xb8);
    c.navigationHover = mix(c.page, ink, 0.1);
    c.navigationChecked = mix(c.page, c.accent, 0.25);
    c.banner = mix(window, ink, 0.12);
    return c;
}

// Every text and ring checked against what it is drawn on.
void makeReadable(Colors &c)
{
    c.ink = readable(c.ink, c.hoverFill);
    c.text = readable(readable(c.text, c.hoverFill), c.unreadFill);
    c.muted = readable(readable(c.muted, c.hoverFill), c.unreadFill);
    c.accent = readable(readable(readable(c.accent, c.hoverFill), c.page), c.unreadFill);
    c.onAccent = readable(readable(c.onAccent, c.accent), c.accentHover);
    c.disabledText = readable(c.disabledText, c.disabledFill);
    c.outline = readable(c.outline, c.panel, 3.0);
    c.focus = readable(readable(c.focus, c.panel, 3.0), c.page, 3.0);
    c.border = readable(c.border, c.panel, 1.3);
    c.error = readable(readable(c.error, c.page), c.panel);
    c.doneText = readable(c.doneText, c.doneFill);
    c.refusedText = readable(c.refusedText, c.refusedFill);
    c.avatarText = Qt::white;
}

}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    const auto part = [amount](double x, double y) {
        return x + (y - x) * amount;
    };
    return QColor::fromRgbF(float(part(a.redF(), b.redF())), float(part(a.greenF(), b.greenF())),
                            float(part(a.blueF(), b.blueF())));
}

QColor readable(const QColor &color, const QColor &background, double ratio)
{
    if (contrast(color, background) >= ratio)
        return color;
    // Toward the end that can be reached from this background first.
    const QColor ends[2] = {luminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white),
                            luminance(background) > 0.18 ? QColor(Qt::white) : QColor(Qt::black)};
    for (const QColor &end : ends) {
        for (int step = 1; step <= 20; ++step) {
            const QColor moved = mix(color, end, step / 20.0);
            if (contrast(moved, background) >= ratio)
                return moved;
        }
    }
    return ends[0];
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

Colors derive(const QPalette &palette)
{
    Colors c = isDark(palette) ? dark(palette) : light(palette);
    makeReadable(c);
    return c;
}

const Colors &current()
{
    // Painting asks for these for every card: made again only when the
    // application's palette changes (a new palette has a new cache key).
    static qint64 key = -1;
    static Colors colors;
    const QPalette palette = QGuiApplication::palette();
    if (palette.cacheKey() != key) {
        colors = derive(palette);
        key = palette.cacheKey();
    }
    return colors;
}

}
