#pragma once

#include "gui/buttondelegate.h"

#include <QListView>
#include <QPersistentModelIndex>

class QScrollArea;

// A list or grid of cards: keyboard access to the painted buttons
// (Left/Right choose, Space/Enter press; on the card itself, left of its
// buttons, Enter opens the person's profile), hover cleared on leave, and
// a sentence instead of blank space when the list is empty.
class CardListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardListView)
public:
    explicit CardListView(QWidget *parent = nullptr);

    void setCardDelegate(ButtonDelegate *delegate);
    void setModel(QAbstractItemModel *model) override;
    ButtonDelegate *cardDelegate() const { return m_delegate; }
    // What a click on a card does, named for a screen reader (open a
    // notification, send an outbox e-mail); without it a person's card
    // offers to open their profile.
    void setCardClickName(const QString &name) { m_clickName = name; }
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }
    // The rectangle of a card's button, in viewport coordinates.
    QRect buttonRect(const QModelIndex &index, int button) const;
    // A card's actions for screen readers: the buttons that act on it now,
    // then opening the person's profile. doCardAction presses one.
    QStringList cardActionNames(const QModelIndex &index) const;
    void doCardAction(const QModelIndex &index, const QString &name);
    // A card whose action waits for its Undo offer to end: out of sight,
    // the keyboard on the next card.
    void setCardHidden(const QModelIndex &index, bool hidden);
    // Height that shows exactly `rows` cards.
    int heightForRows(int rows) const;
    // Part of a page that scrolls as a whole: the view does not scroll
    // itself but takes the height of its cards (at most `maxRows` rows of
    // them, -1 for all; one line for its empty text), and passes the wheel
    // on to the page.
    void setFitToContents(int maxRows);
    bool fitsToContents() const { return m_fitRows != 0; }

signals:
    // A click on a card outside its buttons: open what the card is about.
    void cardClicked(const QModelIndex &index);
    // The mouse left the list: cards kept in place for it may move now.
    void pointerLeft();
    // The card's menu (right click, the context-menu key, Shift+F10):
    // Connect with a note (R1) where the card offers Connect.
    void connectWithNoteRequested(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;
    void fitHeight();
    int columns() const;
    int usableWidth() const;
    void revealInPage(const QModelIndex &index);
    // The scrolling page a fitted view is part of.
    QScrollArea *page() const;
    void announceButton();
    void moveFocus(bool forward);
    static bool hasCardStop(const QModelIndex &index);

    ButtonDelegate *m_delegate = nullptr;
    QString m_emptyText;
    QString m_clickName;
    bool m_pressOnButton = false;
    int m_fitRows = 0;
    int m_rowToKeep = -1; // the keyboard's row while its card is removed
    QSize m_cell; // the smallest cell of a grid that fits its contents
    QSize m_cardHint; // a list's card size at its width, to see it change
    QList<QPersistentModelIndex> m_hidden; // cards waiting on an Undo offer
    QList<QMetaObject::Connection> m_modelConnections;
};
