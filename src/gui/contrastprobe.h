#pragma once

#include <QColor>
#include <QRect>
#include <QString>

#include <functional>

class QFont;
class QPainter;

// Where the app draws text, told to a test that listens: the contrast
// test renders every page under several palettes and compares each text's
// colour with the pixels behind it. Costs one null check when nobody
// listens.
namespace ContrastProbe {

struct Drawn
{
    QRect rect; // in the painted device's pixels
    QColor color;
    QString text;
    bool large = false; // WCAG's large text: 18 pt, or 14 pt bold
    bool ring = false; // a focus ring: 3 : 1 is enough
    const void *device = nullptr;
};

using Listener = std::function<void(const Drawn &)>;
void setListener(Listener listener);

void text(const QPainter *painter, const QRect &rect, const QColor &color, const QFont &font, const QString &text);
void ring(const QPainter *painter, const QRect &rect, const QColor &color);

}
