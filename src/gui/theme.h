#pragma once

#include <QColor>

class QPalette;

// The app's colours, derived from the desktop's palette: the calm light
// design where the desktop is light, the desktop's own dark or
// high-contrast colours where it is not. Every text colour is checked
// against the background it is drawn on (WCAG 2.2 AA: 4.5 : 1, 3 : 1 for
// focus rings and borders that carry meaning) and moved toward black or
// white until it passes, so no palette can make a text unreadable.
namespace Theme {

struct Colors
{
    QColor page; // the window behind the panels
    QColor panel; // cards and side panels
    QColor border;
    QColor hoverFill; // a card under the pointer
    QColor unreadFill; // a notification not read yet
    QColor ink; // names and titles
    QColor text; // every other line
    QColor muted; // dates and counts
    QColor accent; // links, outlined buttons, the primary fill
    QColor accentHover; // the primary fill under the pointer
    QColor onAccent; // text on the primary fill
    QColor disabledFill;
    QColor disabledText;
    QColor outline; // a secondary button's border
    QColor focus; // keyboard focus rings
    QColor error;
    QColor doneFill, doneText; // the answer to an action
    QColor refusedFill, refusedText; // a refusal
    QColor navigationHover, navigationChecked;
    QColor avatarText; // initials on an avatar's colour
    QColor banner; // the strip above a suggestion's face
};

// The colours for the application's palette, made once per palette.
const Colors &current();
Colors derive(const QPalette &palette);
bool isDark(const QPalette &palette);

// WCAG 2.2 contrast ratio of two opaque colours, 1 to 21.
double contrast(const QColor &a, const QColor &b);
// `color`, or the nearest colour toward black or white that reaches
// `ratio` against `background`.
QColor readable(const QColor &color, const QColor &background, double ratio = 4.5);
// a moved `amount` (0 to 1) of the way to b.
QColor mix(const QColor &a, const QColor &b, double amount);

}
