#include "gui/searchresultdelegate.h"

#include "gui/cardpainter.h"
#include "gui/theme.h"
#include "models/relationtext.h"
#include "models/roles.h"
#include "rules/network.h"

#include <QPainter>
#include <QStyle>

namespace {
constexpr int kAvatar = 48;
}

QRect SearchResultDelegate::buttonRect(const QStyleOptionViewItem &option) const
{
    // As wide as the longest label it can carry, in the current language,
    // so every row's button sits in the same place.
    const QFontMetrics fm(option.font);
    int width = 110;
    Relation sample;
    sample.availableFromMs = 1798675200000; // a long date: 31 December
    for (Relation::Kind kind : {Relation::CanConnect, Relation::InvitationSent, Relation::InvitationReceived,
                                Relation::Connected, Relation::CoolDown}) {
        sample.kind = kind;
        width = qMax(width, fm.horizontalAdvance(RelationText::button(sample)) + 28);
    }
    const QRect card = option.rect.adjusted(8, 3, -8, -3);
    const QRect r(card.right() - 12 - width, card.center().y() - 15, width, 30);
    return QStyle::visualRect(option.direction, option.rect, r);
}

QList<QRect> SearchResultDelegate::buttonRects(const QStyleOptionViewItem &option) const
{
    return {buttonRect(option)};
}

void SearchResultDelegate::press(const QModelIndex &index, int)
{
    // A list whose button always acts (Remove on one's connections).
    if (index.data(Roles::Selectable).toBool()) {
        emit actionTriggered(index);
        return;
    }
    const int kind = index.data(Roles::RelationKind).toInt();
    if (kind == Relation::CanConnect || kind == Relation::InvitationReceived)
        emit actionTriggered(index);
}

QString SearchResultDelegate::buttonAccessibleName(const QModelIndex &index, int) const
{
    return tr("%1: %2").arg(index.data(Roles::RelationText).toString(), index.data(Roles::PersonName).toString());
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {320, qMax(kAvatar + 20, 3 * QFontMetrics(option.font).lineSpacing() + 18)};
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    QStyleOptionViewItem option = opt;
    initStyleOption(&option, index);
    const QRect card = option.rect.adjusted(8, 3, -8, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    CardPainter::itemCard(painter, card, isHovered(index), option.state & QStyle::State_HasFocus);

    const QRect avatar = QStyle::visualRect(option.direction, option.rect,
                                            QRect(card.left() + 12, card.center().y() - kAvatar / 2, kAvatar, kAvatar));
    QFont bold = option.font;
    bold.setBold(true);
    painter->setPen(Qt::NoPen);
    CardPainter::personAvatar(painter, avatar, index, bold);

    const QString label = index.data(Roles::RelationText).toString();
    const QRect button = buttonRect(option);
    const QFontMetrics fm(option.font);
    const int left = card.left() + 12 + kAvatar + 12;
    const int right = QStyle::visualRect(option.direction, option.rect, button).left() - 12;
    QRect line(left, card.top() + 6, qMax(0, right - left), fm.lineSpacing() + 2);
    const auto draw = [&](const QString &text, const QFont &font, const QColor &color) {
        CardPainter::textLine(painter, option.direction, option.rect, line, text, font, color);
    };
    const QString degree = index.data(Roles::DegreeText).toString();
    draw(degree.isEmpty() ? index.data(Roles::PersonName).toString()
                          : QStringLiteral("%1 · %2").arg(index.data(Roles::PersonName).toString(), degree),
         bold, Theme::current().ink);
    draw(index.data(Roles::Headline).toString(), option.font, Theme::current().text);
    QStringList where{index.data(Roles::Company).toString(), index.data(Roles::Location).toString()};
    where.removeAll(QString());
    const QString detail = index.data(Roles::DetailText).toString();
    draw(detail.isEmpty() ? where.join(QStringLiteral(" · ")) : detail, option.font, Theme::current().muted);

    if (!label.isEmpty()) {
        const int kind = index.data(Roles::RelationKind).toInt();
        const Look look = index.data(Roles::Selectable).toBool() ? Look::Secondary
            : kind == Relation::InvitationReceived               ? Look::Primary
            : kind == Relation::CanConnect                       ? Look::Secondary
                                                                 : Look::Plain;
        paintButton(painter, option, index, 0, button, look, label);
    }
    paintCardFocus(painter, option, card);
    painter->restore();
}

bool SearchResultDelegate::offersNote(const QModelIndex &index) const
{
    return index.data(Roles::RelationKind).toInt() == int(Relation::CanConnect);
}
