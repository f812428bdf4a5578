#include "gui/invitationdelegate.h"

#include "gui/cardpainter.h"
#include "gui/theme.h"
#include "models/relativetime.h"
#include "models/roles.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QStyle>

namespace {

constexpr int kCardHeight = 112;
constexpr int kMargin = 12;
constexpr int kAvatar = 56;
constexpr int kButtonHeight = 30;
constexpr int kButtonPadding = 18;
constexpr int kSpacing = 8;

}

InvitationDelegate::InvitationDelegate(Mode mode, QObject *parent)
    : ButtonDelegate(parent)
    , m_mode(mode)
{
}

QList<InvitationDelegate::Action> InvitationDelegate::actions() const
{
    if (m_mode == Mode::Received)
        return {Action::Ignore, Action::Accept};
    return {Action::Withdraw};
}

QString InvitationDelegate::label(Action action)
{
    switch (action) {
    case Action::Accept:
        return tr("Accept");
    case Action::Ignore:
        return tr("Ignore");
    case Action::Withdraw:
        return tr("Withdraw");
    }
    return {};
}

int InvitationDelegate::buttonsWidth(const QFontMetrics &fm) const
{
    int width = 0;
    for (const Action action : actions())
        width += fm.horizontalAdvance(label(action)) + 2 * kButtonPadding + kSpacing;
    return width;
}

int InvitationDelegate::baseHeight(const QFontMetrics &fm)
{
    return qMax(kCardHeight, 5 * fm.lineSpacing() + 2 * kMargin);
}

bool InvitationDelegate::stacked(int rowWidth, const QFontMetrics &fm) const
{
    // Beside the text while it keeps room for a mutual connection's line
    // (some 50 characters); under it in a narrow window, as the real page
    // does, so nothing is cut (German buttons are wide).
    const int text = rowWidth - 2 * kSpacing - 3 * kMargin - kAvatar - buttonsWidth(fm);
    return text < 50 * fm.averageCharWidth();
}

InvitationDelegate::Geometry InvitationDelegate::geometry(const QStyleOptionViewItem &option) const
{
    // Laid out left to right, then mirrored for right-to-left.
    Geometry g;
    const QRect r = option.rect;
    g.card = r.adjusted(kSpacing, kSpacing / 2, -kSpacing, -kSpacing / 2);
    QRect avatar(g.card.left() + kMargin, g.card.top() + kMargin, kAvatar, kAvatar);
    const QFontMetrics fm(option.font);
    // The row's height says which layout the view gave it room for (a
    // list keeps one size for all rows, measured at some width).
    const bool under = r.height() >= baseHeight(fm) + kButtonHeight;
    const int buttonTop = under ? g.card.bottom() - kMargin - kButtonHeight + 1
                                : g.card.center().y() - kButtonHeight / 2;
    int right = g.card.right() - kMargin;
    QList<QRect> buttons;
    const QList<Action> list = actions();
    for (int i = int(list.size()) - 1; i >= 0; --i) {
        const int width = fm.horizontalAdvance(label(list.at(i))) + 2 * kButtonPadding;
        const QRect b(right - width + 1, buttonTop, width, kButtonHeight);
        buttons.prepend(b);
        right = b.left() - kSpacing;
    }
    if (under)
        right = g.card.right() - kMargin;
    const int textHeight = g.card.height() - kMargin - (under ? kButtonHeight + kSpacing : 0);
    const QRect text(avatar.right() + kMargin, g.card.top() + kMargin / 2,
                     qMax(0, right - avatar.right() - 2 * kMargin), textHeight);
    const Qt::LayoutDirection dir = option.direction;
    g.avatar = QStyle::visualRect(dir, r, avatar);
    g.text = QStyle::visualRect(dir, r, text);
    for (const QRect &b : std::as_const(buttons))
        g.buttons.append(QStyle::visualRect(dir, r, b));
    return g;
}

QSize InvitationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    // The view gives each card its full width; only the height is ours,
    // taller where the buttons go under the text.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : option.rect.width();
    const int height = baseHeight(fm);
    return {320, stacked(width, fm) ? height + kButtonHeight + kSpacing : height};
}

void InvitationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    QStyleOptionViewItem option = opt;
    initStyleOption(&option, index);
    const Geometry g = geometry(option);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    CardPainter::itemCard(painter, g.card, isHovered(index), option.state & QStyle::State_HasFocus);
    const QString name = index.data(Roles::PersonName).toString();
    QFont initialsFont = option.font;
    initialsFont.setBold(true);
    initialsFont.setPointSizeF(option.font.pointSizeF() * 1.3);
    painter->setPen(Qt::NoPen);
    CardPainter::personAvatar(painter, g.avatar, index, initialsFont);

    // Name, headline, mutual connections, note, and when. g.text is
    // already mirrored for right-to-left, so the lines are drawn as given.
    const int lineHeight = QFontMetrics(option.font).lineSpacing();
    QRect row(g.text.left(), g.text.top(), g.text.width(), lineHeight + 2);
    const auto draw = [&](const QString &text, const QFont &font, const QColor &color) {
        CardPainter::textLine(painter, Qt::LeftToRight, option.rect, row, text, font, color);
        row.setHeight(lineHeight);
    };
    QFont nameFont = option.font;
    nameFont.setBold(true);
    nameFont.setPointSizeF(option.font.pointSizeF() * 1.1);
    QFont noteFont = option.font;
    noteFont.setItalic(true);
    draw(name, nameFont, Theme::current().ink);
    draw(index.data(Roles::Headline).toString(), option.font, Theme::current().text);
    // The mutual connections' faces before their names (R19).
    const QVariantList mutualIds = index.data(Roles::MutualIds).toList();
    if (!mutualIds.isEmpty()) {
        const int side = lineHeight;
        QRect faces(row.left(), row.top() + 1, side, side);
        for (const QVariant &id : mutualIds) {
            CardPainter::personAvatar(painter, faces, id.toLongLong(), QString(), option.font);
            faces.translate(side * 3 / 4, 0);
        }
        const int shift = faces.left() - row.left() + side / 4 + 4;
        row.adjust(shift, 0, 0, 0);
        draw(index.data(Roles::MutualText).toString(), option.font, Theme::current().muted);
        row.adjust(-shift, 0, 0, 0);
    } else {
        draw(index.data(Roles::MutualText).toString(), option.font, Theme::current().muted);
    }
    const QString note = index.data(Roles::Note).toString().simplified();
    draw(note.isEmpty() ? QString() : RelativeTime::quoted(note), noteFont, Theme::current().text);
    QString when = index.data(Roles::SentText).toString();
    if (m_mode == Mode::Sent)
        when += QStringLiteral(" · ") + index.data(Roles::ExpiryText).toString();
    draw(when, option.font, Theme::current().muted);

    const QList<Action> list = actions();
    for (int i = 0; i < g.buttons.size(); ++i)
        paintButton(painter, option, index, i, g.buttons.at(i),
                    list.at(i) == Action::Accept ? Look::Primary : Look::Secondary);
    paintCardFocus(painter, option, g.card);
    painter->restore();
}

QList<QRect> InvitationDelegate::buttonRects(const QStyleOptionViewItem &option) const
{
    return geometry(option).buttons;
}

QString InvitationDelegate::buttonText(int button) const
{
    return label(actions().at(button));
}

int InvitationDelegate::defaultButton() const
{
    return int(actions().size()) - 1;
}

void InvitationDelegate::press(const QModelIndex &index, int button)
{
    emit actionTriggered(index, actions().at(button));
}
