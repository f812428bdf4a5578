#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

// Base of the card delegates: buttons painted inside an item, with hover,
// pressed and keyboard-focus states. Subclasses say where their buttons are
// (buttonRects) and what a press means (press); paint and hit-test both use
// buttonRects, so what is hit is what is drawn.
class ButtonDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ButtonDelegate(QObject *parent = nullptr);

    virtual QList<QRect> buttonRects(const QStyleOptionViewItem &option) const = 0;
    virtual QString buttonText(int button) const = 0;
    // The button Enter and Space press when none was chosen with the arrows.
    virtual int defaultButton() const = 0;
    virtual void press(const QModelIndex &index, int button) = 0;
    // What a screen reader says for the button: its text unless it needs
    // more (a bare "✕" says nothing).
    virtual QString buttonAccessibleName(const QModelIndex &index, int button) const;
    // Whether the button does something on this card now: a dismissed
    // suggestion offers only Undo, a pending one nothing. The keyboard,
    // the focus ring and screen readers skip the others.
    virtual bool hasAction(const QModelIndex &, int) const { return true; }
    // The button the Delete key presses, or -1.
    virtual int deleteButton() const { return -1; }
    // The card offers Connect, so its menu offers "Connect with a note…".
    virtual bool offersNote(const QModelIndex &) const { return false; }

    // The keyboard's stop on the card itself, before its buttons: Enter
    // there opens what the card is about (R19: a person's profile).
    static constexpr int kCardFocus = -2;

    int buttonAt(const QStyleOptionViewItem &option, const QPoint &pos) const;
    int buttonCount() const;
    // The button the keyboard is on, or kCardFocus.
    int focusButton() const { return m_focusButton == -1 ? defaultButton() : m_focusButton; }
    // The same on `index`, moved to a button that acts there (after Delete
    // dismissed a suggestion: its Undo).
    int focusButton(const QModelIndex &index) const;
    // A button, kCardFocus, or -1 for the default button.
    void setFocusButton(int button);
    void clearHover();
    // The cell a grid gives each card, when the grid shares out its width;
    // invalid for the delegate's own size.
    void setCellSize(const QSize &size) { m_cellSize = size; }
    QSize cellSize() const { return m_cellSize; }

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

protected:
    enum class Look { Primary, Secondary, Plain };
    // text: the label when it depends on the row; else buttonText(button).
    void paintButton(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, int button,
                     const QRect &rect, Look look, const QString &text = QString()) const;
    bool isHovered(const QModelIndex &index) const { return m_hoverIndex == index; }
    // The ring around `card` while the keyboard is on the card itself.
    void paintCardFocus(QPainter *painter, const QStyleOptionViewItem &option, const QRect &card) const;

private:
    void repaint(const QStyleOptionViewItem &option) const;
    void paintFocusRing(QPainter *painter, const QRect &rect) const;

    QPersistentModelIndex m_hoverIndex;
    int m_hoverButton = -1;
    QPersistentModelIndex m_pressIndex;
    int m_pressButton = -1;
    int m_focusButton = -1;
    QSize m_cellSize;
};
