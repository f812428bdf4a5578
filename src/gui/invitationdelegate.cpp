#include "invitationdelegate.h"

#include "roles.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace {

constexpr int kCardHeight = 112;
constexpr int kMargin = 12;
constexpr int kAvatar = 56;
constexpr int kButtonHeight = 30;
constexpr int kButtonPadding = 18;
constexpr int kSpacing = 8;

const QColor kBorder(0xe0, 0xdf, 0xdc);
const QColor kPrimary(0x0a, 0x66, 0xc2);
const QColor kMuted(0x66, 0x66, 0x66);

QColor avatarColor(const QString &name)
{
    static const QList<QColor> colors{QColor(0x5b, 0x8d, 0xb8), QColor(0x7a, 0x9e, 0x7e), QColor(0xc0, 0x7b, 0x5a),
                                      QColor(0x8e, 0x7c, 0xc3), QColor(0xb5, 0x8b, 0x3e), QColor(0x4f, 0x9d, 0x9a)};
    return colors.at(int(qHash(name) % colors.size()));
}

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

InvitationDelegate::Geometry InvitationDelegate::geometry(const QStyleOptionViewItem &option) const
{
    // Laid out left to right, then mirrored for right-to-left.
    Geometry g;
    const QRect r = option.rect;
    g.card = r.adjusted(kSpacing, kSpacing / 2, -kSpacing, -kSpacing / 2);
    QRect avatar(g.card.left() + kMargin, g.card.top() + kMargin, kAvatar, kAvatar);
    const QFontMetrics fm(option.font);
    int right = g.card.right() - kMargin;
    QList<QRect> buttons;
    const QList<Action> list = actions();
    for (int i = int(list.size()) - 1; i >= 0; --i) {
        const int width = fm.horizontalAdvance(label(list.at(i))) + 2 * kButtonPadding;
        const QRect b(right - width + 1, g.card.center().y() - kButtonHeight / 2, width, kButtonHeight);
        buttons.prepend(b);
        right = b.left() - kSpacing;
    }
    const QRect text(avatar.right() + kMargin, g.card.top() + kMargin / 2, qMax(0, right - avatar.right() - 2 * kMargin),
                     g.card.height() - kMargin);
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
    // The view gives each card its full width; only the height is ours.
    return {320, qMax(kCardHeight, 5 * fm.lineSpacing() + 2 * kMargin)};
}

void InvitationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    QStyleOptionViewItem option = opt;
    initStyleOption(&option, index);
    const Geometry g = geometry(option);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const bool current = option.state & QStyle::State_HasFocus;
    const bool hovered = isHovered(index);
    QPainterPath card;
    card.addRoundedRect(QRectF(g.card).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    painter->fillPath(card, hovered ? QColor(0xfa, 0xfa, 0xf9) : QColor(Qt::white));
    painter->setPen(QPen(current ? kPrimary : kBorder, current ? 2 : 1));
    painter->drawPath(card);

    const QString name = index.data(Roles::PersonName).toString();
    painter->setPen(Qt::NoPen);
    painter->setBrush(avatarColor(name));
    painter->drawEllipse(g.avatar);
    QFont initialsFont = option.font;
    initialsFont.setBold(true);
    initialsFont.setPointSizeF(option.font.pointSizeF() * 1.3);
    painter->setFont(initialsFont);
    painter->setPen(Qt::white);
    painter->drawText(g.avatar, Qt::AlignCenter, index.data(Roles::Initials).toString());

    // Name, headline, mutual connections, note, and when.
    const QFontMetrics fm(option.font);
    const int line = fm.lineSpacing();
    const Qt::Alignment align = Qt::AlignLeading | Qt::AlignVCenter;
    QRect row(g.text.left(), g.text.top(), g.text.width(), line + 2);
    QFont nameFont = option.font;
    nameFont.setBold(true);
    nameFont.setPointSizeF(option.font.pointSizeF() * 1.1);
    painter->setFont(nameFont);
    painter->setPen(QColor(0x19, 0x19, 0x19));
    painter->drawText(row, align, QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, row.width()));

    painter->setFont(option.font);
    const auto drawLine = [&](const QString &text, const QColor &color, bool italic = false) {
        row.translate(0, row.height());
        row.setHeight(line);
        QFont f = option.font;
        f.setItalic(italic);
        painter->setFont(f);
        painter->setPen(color);
        painter->drawText(row, align, QFontMetrics(f).elidedText(text, Qt::ElideRight, row.width()));
    };
    drawLine(index.data(Roles::Headline).toString(), QColor(0x40, 0x40, 0x40));
    drawLine(index.data(Roles::MutualText).toString(), kMuted);
    const QString note = index.data(Roles::Note).toString().simplified();
    drawLine(note.isEmpty() ? QString() : QStringLiteral("“%1”").arg(note), QColor(0x40, 0x40, 0x40), true);
    QString when = index.data(Roles::SentText).toString();
    if (m_mode == Mode::Sent)
        when += QStringLiteral(" · ") + index.data(Roles::ExpiryText).toString();
    drawLine(when, kMuted);

    const QList<Action> list = actions();
    for (int i = 0; i < g.buttons.size(); ++i)
        paintButton(painter, option, index, i, g.buttons.at(i),
                    list.at(i) == Action::Accept ? Look::Primary : Look::Secondary);
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


