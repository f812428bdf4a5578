#include "gui/messagedelegate.h"

#include "gui/cardpainter.h"
#include "gui/theme.h"
#include "models/roles.h"

#include <QPainter>
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
    const bool focused = option.state & QStyle::State_HasFocus;
    CardPainter::card(painter, card, unread ? Theme::current().unreadFill : Theme::current().panel,
                      focused ? Theme::current().focus : Theme::current().border, focused ? 2 : 1);

    const QRect avatar = QStyle::visualRect(option.direction, option.rect,
                                            QRect(card.left() + 12, card.top() + 10, kAvatar, kAvatar));
    QFont bold = option.font;
    bold.setBold(true);
    painter->setPen(Qt::NoPen);
    CardPainter::personAvatar(painter, avatar, index, bold);

    const int left = card.left() + 12 + kAvatar + 12;
    QRect line(left, card.top() + 8, card.right() - 24 - left, QFontMetrics(option.font).lineSpacing());
    const auto draw = [&](const QString &text, const QFont &font, const QColor &color) {
        CardPainter::textLine(painter, option.direction, option.rect, line, text, font, color);
    };
    draw(index.data(Roles::Title).toString(), bold, Theme::current().ink);
    const QStringList body = index.data(Roles::Body).toString().split(QLatin1Char('\n'));
    draw(body.value(0), option.font, Theme::current().text);
    draw(body.value(1), option.font, Theme::current().text);
    draw(index.data(Roles::SentText).toString(), option.font, Theme::current().muted);
    if (unread) {
        const QRect dot = QStyle::visualRect(option.direction, option.rect,
                                             QRect(card.right() - 18, card.center().y() - 4, 8, 8));
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::current().accent);
        painter->drawEllipse(dot);
    }
    painter->restore();
}
