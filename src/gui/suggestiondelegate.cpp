#include "gui/suggestiondelegate.h"

#include "gui/cardpainter.h"
#include "gui/theme.h"
#include "models/roles.h"
#include "models/suggestionsmodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QToolTip>

namespace {
using CardState = SuggestionsModel::CardState;
constexpr int kGap = 6;
constexpr int kAvatar = 72;
constexpr int kCross = 24;

QRect cardRect(const QStyleOptionViewItem &option)
{
    return option.rect.adjusted(kGap, kGap, -kGap, -kGap);
}

CardState stateOf(const QModelIndex &index)
{
    return CardState(index.data(Roles::CardState).toInt());
}
}

QList<QRect> SuggestionDelegate::buttonRects(const QStyleOptionViewItem &option) const
{
    const QRect card = cardRect(option);
    const QRect cross(card.right() - kCross - 4, card.top() + 4, kCross, kCross);
    const QRect connect(card.left() + 14, card.bottom() - 14 - 30, card.width() - 28, 30);
    return {QStyle::visualRect(option.direction, option.rect, cross),
            QStyle::visualRect(option.direction, option.rect, connect)};
}

QString SuggestionDelegate::buttonText(int button) const
{
    return button == Connect ? tr("Connect") : QStringLiteral("✕");
}

void SuggestionDelegate::press(const QModelIndex &index, int button)
{
    switch (stateOf(index)) {
    case CardState::Suggested:
        if (button == Connect)
            emit connectClicked(index);
        else
            emit dismissClicked(index);
        break;
    case CardState::Dismissed:
        if (button == Connect)
            emit undoClicked(index);
        break;
    case CardState::Invited:
        break; // "Pending" is a state, not an action
    }
}

bool SuggestionDelegate::hasAction(const QModelIndex &index, int button) const
{
    switch (stateOf(index)) {
    case CardState::Suggested:
        return true;
    case CardState::Dismissed:
        return button == Connect; // Undo
    case CardState::Invited:
        break;
    }
    return false;
}

QString SuggestionDelegate::buttonAccessibleName(const QModelIndex &index, int button) const
{
    const QString name = index.data(Roles::PersonName).toString();
    if (button == Dismiss)
        return tr("Dismiss %1").arg(name);
    switch (stateOf(index)) {
    case CardState::Invited:
        return tr("Invitation to %1 pending").arg(name);
    case CardState::Dismissed:
        return tr("Undo: suggest %1 again").arg(name);
    case CardState::Suggested:
        break;
    }
    return tr("Connect with %1").arg(name);
}

bool SuggestionDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        const int button = buttonAt(option, event->pos());
        if (button >= 0 && !(button == Dismiss && stateOf(index) != CardState::Suggested)) {
            QToolTip::showText(event->globalPos(), buttonAccessibleName(index, button), view->viewport(),
                               buttonRects(option).at(button));
            return true;
        }
    }
    return ButtonDelegate::helpEvent(event, view, option, index);
}

QSize SuggestionDelegate::cardSize(const QFont &font)
{
    const QFontMetrics fm(font);
    // Avatar, name, two lines of headline, the reason, the button.
    return {qMax(kWidth, 31 * fm.averageCharWidth() + 24), qMax(kHeight, 182 + 4 * fm.lineSpacing())};
}

QSize SuggestionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return cellSize().isValid() ? cellSize() : cardSize(option.font);
}

void SuggestionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    QStyleOptionViewItem option = opt;
    initStyleOption(&option, index);
    const QRect card = cardRect(option);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    CardPainter::itemCard(painter, card, isHovered(index), option.state & QStyle::State_HasFocus);

    // A calm banner behind the avatar, as on the real page.
    QPainterPath banner;
    banner.addRoundedRect(QRectF(card.left() + 1, card.top() + 1, card.width() - 2, 44), 7, 7);
    painter->fillPath(banner, Theme::current().banner);

    const QString name = index.data(Roles::PersonName).toString();
    const QRect avatar(card.center().x() - kAvatar / 2, card.top() + 12, kAvatar, kAvatar);
    QFont big = option.font;
    big.setBold(true);
    big.setPointSizeF(option.font.pointSizeF() * 1.5);
    painter->setPen(QPen(Theme::current().panel, 3));
    CardPainter::personAvatar(painter, avatar, index, big);

    const QFontMetrics fm(option.font);
    QRect text(card.left() + 12, avatar.bottom() + 8, card.width() - 24, fm.lineSpacing() + 4);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Theme::current().ink);
    CardPainter::drawText(painter, text, Qt::AlignHCenter | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(name, Qt::ElideRight, text.width()));
    painter->setFont(option.font);
    painter->setPen(Theme::current().text);
    const QRect headline(text.left(), text.bottom() + 2, text.width(), 2 * fm.lineSpacing());
    CardPainter::drawText(painter, headline, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                          fm.elidedText(index.data(Roles::Headline).toString(), Qt::ElideRight, 2 * text.width() - 20));
    const CardState state = stateOf(index);
    painter->setPen(Theme::current().muted);
    const QRect reason(text.left(), headline.bottom() + 4, text.width(), fm.lineSpacing());
    QString why = index.data(Roles::ReasonText).toString();
    if (state == CardState::Dismissed)
        why = tr("Dismissed");
    // The first mutual connection's face before the words (R19); words
    // too long for one line (a large font, German) take two, without it.
    const QVariantList faces = state == CardState::Dismissed ? QVariantList() : index.data(Roles::MutualIds).toList();
    const int face = faces.isEmpty() ? 0 : fm.lineSpacing();
    if (fm.horizontalAdvance(why) + (face ? face + 4 : 0) > text.width()) {
        const QRect twoLines(reason.left(), reason.top(), reason.width(), 2 * fm.lineSpacing());
        CardPainter::drawText(painter, twoLines, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                              fm.elidedText(why, Qt::ElideRight, 2 * text.width() - 20));
    } else if (face) {
        const int width = face + 4 + fm.horizontalAdvance(why);
        const QRect circle(reason.center().x() - width / 2, reason.top(), face, face);
        CardPainter::personAvatar(painter, circle, faces.first().toLongLong(), QString(), option.font);
        painter->setPen(Theme::current().muted);
        CardPainter::drawText(painter, QRect(circle.right() + 4, reason.top(), width - face - 4, reason.height()),
                              Qt::AlignLeading | Qt::AlignVCenter, why);
    } else {
        CardPainter::drawText(painter, reason, Qt::AlignHCenter | Qt::AlignVCenter, why);
    }

    const QList<QRect> buttons = buttonRects(option);
    switch (state) {
    case CardState::Suggested:
        paintButton(painter, option, index, Dismiss, buttons.at(Dismiss), Look::Plain);
        paintButton(painter, option, index, Connect, buttons.at(Connect), Look::Secondary);
        break;
    case CardState::Invited:
        paintButton(painter, option, index, Connect, buttons.at(Connect), Look::Plain, tr("Pending"));
        break;
    case CardState::Dismissed:
        paintButton(painter, option, index, Connect, buttons.at(Connect), Look::Secondary, tr("Undo"));
        break;
    }
    paintCardFocus(painter, option, card);
    painter->restore();
}

bool SuggestionDelegate::offersNote(const QModelIndex &index) const
{
    return index.data(Roles::CardState).toInt() == int(SuggestionsModel::CardState::Suggested);
}
