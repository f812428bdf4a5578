#include "gui/contrastprobe.h"

#include <QFont>
#include <QPainter>
#include <QWidget>

namespace ContrastProbe {

namespace {

Listener &listener()
{
    static Listener l;
    return l;
}

void tell(const QPainter *painter, const QRect &rect, Drawn drawn)
{
    // Device pixels: a grab of the window paints its children through
    // one painter, each child moved by the painter's transform.
    QRectF shown = rect;
    if (painter->hasClipping())
        shown &= painter->clipBoundingRect();
    // Only what lies inside the widget painted on is seen (a card half
    // scrolled out of a list is cut at the list's edge).
    if (const auto *widget = dynamic_cast<const QWidget *>(painter->device()))
        shown &= painter->worldTransform().inverted().mapRect(QRectF(widget->rect()));
    drawn.rect = painter->deviceTransform().mapRect(shown).toAlignedRect();
    drawn.device = painter->device();
    listener()(drawn);
}

}

void setListener(Listener l)
{
    listener() = std::move(l);
}

void text(const QPainter *painter, const QRect &rect, const QColor &color, const QFont &font, const QString &text)
{
    if (!listener() || text.trimmed().isEmpty() || !painter)
        return;
    const qreal points = font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() * 0.75;
    const bool large = points >= 18 || (points >= 14 && font.weight() >= QFont::Bold);
    tell(painter, rect, {QRect(), color, text, large, false, nullptr});
}

void ring(const QPainter *painter, const QRect &rect, const QColor &color)
{
    if (listener() && painter)
        tell(painter, rect, {QRect(), color, QString(), false, true, nullptr});
}

}
