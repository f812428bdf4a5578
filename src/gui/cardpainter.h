#pragma once

#include <QColor>
#include <QImage>
#include <QModelIndex>
#include <QRect>
#include <Qt>

class QFont;
class QPainter;
class QString;

// The pieces every card delegate paints the same way: the rounded card,
// the avatar with initials, and elided lines of text.
namespace CardPainter {

// One of a few calm colours, always the same for the same name.
QColor avatarColor(const QString &name);
void card(QPainter *painter, const QRect &rect, const QColor &fill, const QColor &border, int borderWidth = 1);
// The card of an item: hover tints it, keyboard focus outlines it.
void itemCard(QPainter *painter, const QRect &rect, bool hovered, bool current);
void avatar(QPainter *painter, const QRect &rect, const QColor &fill, const QString &initials, const QFont &font);
// The person's photo in a circle, or their initials on their colour when
// they have none (R19).
void photo(QPainter *painter, const QRect &rect, const QImage &image);
// The avatar of the person an item is about (its PersonId, PersonName and
// Initials), with the window's photos.
void personAvatar(QPainter *painter, const QRect &rect, const QModelIndex &index, const QFont &font);
// The same for a member by id and name (their initials when no photo).
void personAvatar(QPainter *painter, const QRect &rect, qint64 member, const QString &name, const QFont &font);
// painter->drawText in the painter's pen and font, told to the contrast
// probe.
void drawText(QPainter *painter, const QRect &rect, int flags, const QString &text);
// Draws `text` elided into `line`, given left to right and mirrored inside
// `bounds` for right-to-left, then moves `line` down by its own height.
void textLine(QPainter *painter, Qt::LayoutDirection direction, const QRect &bounds, QRect &line, const QString &text,
              const QFont &font, const QColor &color);

}
