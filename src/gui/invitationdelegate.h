#pragma once

#include "gui/buttondelegate.h"

// Paints an invitation as a card: avatar with initials, name, headline,
// mutual connections, note, age, and its buttons (Ignore and Accept for a
// received one, Withdraw for a sent one), at any width and right to left.
class InvitationDelegate final : public ButtonDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationDelegate)
public:
    enum class Action { Accept, Ignore, Withdraw };
    Q_ENUM(Action)
    enum class Mode { Received, Sent };

    struct Geometry
    {
        QRect card;
        QRect avatar;
        QRect text;
        QList<QRect> buttons; // in the order of actions()
    };

    explicit InvitationDelegate(Mode mode, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    // Primary action last: it sits at the trailing edge.
    QList<Action> actions() const;
    static QString label(Action action);
    Geometry geometry(const QStyleOptionViewItem &option) const;
    // Whether a row this wide puts the buttons under the text.
    bool stacked(int rowWidth, const QFontMetrics &fm) const;

    QList<QRect> buttonRects(const QStyleOptionViewItem &option) const override;
    QString buttonText(int button) const override;
    int defaultButton() const override;
    void press(const QModelIndex &index, int button) override;

    int buttonsWidth(const QFontMetrics &fm) const;
    static int baseHeight(const QFontMetrics &fm); // a card with its buttons beside the text
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    void actionTriggered(const QModelIndex &index, InvitationDelegate::Action action);

private:
    Mode m_mode;
};
