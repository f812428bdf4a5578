#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

class QStyle;
class QStyleOptionButton;

// Paints an invitation as a card: avatar with initials, name, headline,
// mutual connections, note, age, and its buttons, drawn with the view's own
// style. paint() and editorEvent() share geometry(), so what is hit is what
// is drawn, at any width and in right-to-left layouts.
class InvitationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationDelegate)
public:
    enum class Action { Accept, Ignore, Withdraw };
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
    int buttonAt(const QStyleOptionViewItem &option, const QPoint &pos) const;

    // The button keyboard users act on in the current row.
    int focusButton() const { return m_focusButton; }
    void setFocusButton(int button);
    void clearHover();

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

signals:
    void actionTriggered(const QModelIndex &index, InvitationDelegate::Action action);

private:
    void paintButton(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, int button,
                     const QRect &rect) const;
    void repaint(const QStyleOptionViewItem &option) const;

    Mode m_mode;
    QStyle *m_buttonStyle;
    QPersistentModelIndex m_hoverIndex;
    int m_hoverButton = -1;
    QPersistentModelIndex m_pressIndex;
    int m_pressButton = -1;
    int m_focusButton = -1; // -1: the primary one
};
