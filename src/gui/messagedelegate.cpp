#include "messagedelegate.h"

#include "roles.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace {
constexpr int kGap = 4;
constexpr int kAvatar = 40;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {320, 4 * QFontMetrics(option.font).lineSpacing() + 4 * kGap + 8};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    QStyleOptionViewItem option = opt;
    initStyleOption(&option, index);
    const QRect card = option.rect.adjusted(8, kGap, -8, -kGap);
    const bool unread = index.data(Roles::Unread).toBool();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    painter->fillPath(path, unread ? QColor(0xe8, 0xf1, 0xfb) : QColor(Qt::white));
    painter->setPen(QColor(0xe0, 0xdf, 0xdc));
    painter->drawPath(path);

    const QRect avatar = QStyle::visualRect(option.direction, option.rect,
                                            QRect(card.left() + 12, card.top() + 10, kAvatar, kAvatar));
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x5b, 0x8d, 0xb8));
    painter->drawEllipse(avatar);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Qt::white);
    painter->drawText(avatar, Qt::AlignCenter, index.data(Roles::Initials).toString());

    const QFontMetrics fm(option.font);
    const int left = card.left() + 12 + kAvatar + 12;
    QRect line(left, card.top() + 8, card.right() - 24 - left, fm.lineSpacing());
    const auto draw = [&](const QString &text, const QFont &font, const QColor &color) {
        painter->setFont(font);
        painter->setPen(color);
        const QRect r = QStyle::visualRect(option.direction, option.rect, line);
        painter->drawText(r, Qt::AlignLeading | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(text, Qt::ElideRight, r.width()));
        line.translate(0, line.height());
    };
    draw(index.data(Roles::Title).toString(), bold, QColor(0x19, 0x19, 0x19));
    const QStringList body = index.data(Roles::Body).toString().split(QLatin1Char('\n'));
    draw(body.value(0), option.font, QColor(0x40, 0x40, 0x40));
    draw(body.value(1), option.font, QColor(0x40, 0x40, 0x40));
    draw(index.data(Roles::SentText).toString(), option.font, QColor(0x66, 0x66, 0x66));
    if (unread) {
        const QRect dot = QStyle::visualRect(option.direction, option.rect,
                                             QRect(card.right() - 18, card.center().y() - 4, 8, 8));
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x0a, 0x66, 0xc2));
        painter->drawEllipse(dot);
    }
    painter->restore();
}
