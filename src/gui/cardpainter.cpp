#include "gui/cardpainter.h"

#include "gui/contrastprobe.h"
#include "gui/theme.h"

#include "models/photocache.h"
#include "models/roles.h"

#include <QFontMetrics>
#include <QList>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace CardPainter {

QColor avatarColor(const QString &name)
{
    static const QList<QColor> colors{QColor(0x5b, 0x8d, 0xb8), QColor(0x7a, 0x9e, 0x7e), QColor(0xc0, 0x7b, 0x5a),
                                      QColor(0x8e, 0x7c, 0xc3), QColor(0xb5, 0x8b, 0x3e), QColor(0x4f, 0x9d, 0x9a)};
    // Initials are small text: the calm colour darkened where the white
    // letters would not read on it (4.5 : 1).
    return Theme::readable(colors.at(int(qHash(name) % colors.size())), Theme::current().avatarText);
}

void card(QPainter *painter, const QRect &rect, const QColor &fill, const QColor &border, int borderWidth)
{
    QPainterPath path;
    path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    painter->fillPath(path, fill);
    painter->setPen(QPen(border, borderWidth));
    painter->drawPath(path);
}

void itemCard(QPainter *painter, const QRect &rect, bool hovered, bool current)
{
    const Theme::Colors &c = Theme::current();
    card(painter, rect, hovered ? c.hoverFill : c.panel, current ? c.focus : c.border, current ? 2 : 1);
}

void avatar(QPainter *painter, const QRect &rect, const QColor &fill, const QString &initials, const QFont &font)
{
    painter->setBrush(fill);
    painter->drawEllipse(rect);
    painter->setFont(font);
    painter->setPen(Theme::current().avatarText);
    drawText(painter, rect, Qt::AlignCenter, initials);
}

void photo(QPainter *painter, const QRect &rect, const QImage &image)
{
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(rect));
    painter->setClipPath(circle, Qt::IntersectClip);
    painter->drawImage(rect, image);
    painter->restore();
}

namespace {

// The window's photo of the member at the size the circle needs, or none.
QImage photoOf(qint64 member, const QRect &rect)
{
    const PhotoCache *photos = PhotoCache::current();
    return photos ? photos->photo(member, rect.width() > 64) : QImage();
}

}

void personAvatar(QPainter *painter, const QRect &rect, const QModelIndex &index, const QFont &font)
{
    if (const QImage image = photoOf(index.data(Roles::PersonId).toLongLong(), rect); !image.isNull()) {
        photo(painter, rect, image);
        return;
    }
    avatar(painter, rect, avatarColor(index.data(Roles::PersonName).toString()), index.data(Roles::Initials).toString(),
           font);
}

void personAvatar(QPainter *painter, const QRect &rect, qint64 member, const QString &name, const QFont &font)
{
    if (const QImage image = photoOf(member, rect); !image.isNull()) {
        photo(painter, rect, image);
        return;
    }
    painter->save();
    painter->setPen(Qt::NoPen);
    // Too small for initials: the person's colour, keyed by id when no name.
    avatar(painter, rect, avatarColor(name.isEmpty() ? QString::number(member) : name), QString(), font);
    painter->restore();
}

void drawText(QPainter *painter, const QRect &rect, int flags, const QString &text)
{
    QRect bounding;
    painter->drawText(rect, flags, text, &bounding);
    ContrastProbe::text(painter, bounding, painter->pen().color(), painter->font(), text);
}

void textLine(QPainter *painter, Qt::LayoutDirection direction, const QRect &bounds, QRect &line, const QString &text,
              const QFont &font, const QColor &color)
{
    painter->setFont(font);
    painter->setPen(color);
    const QRect r = QStyle::visualRect(direction, bounds, line);
    drawText(painter, r, Qt::AlignLeading | Qt::AlignVCenter,
             QFontMetrics(font).elidedText(text, Qt::ElideRight, r.width()));
    line.translate(0, line.height());
}

}
