#pragma once

#include "gui/buttondelegate.h"

#include <QListView>

// A list or grid of cards: keyboard access to the painted buttons
// (Left/Right choose, Space/Enter press), hover cleared on leave, and a
// sentence instead of blank space when the list is empty.
class CardListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardListView)
public:
    explicit CardListView(QWidget *parent = nullptr);

    void setCardDelegate(ButtonDelegate *delegate);
    ButtonDelegate *cardDelegate() const { return m_delegate; }
    void setEmptyText(const QString &text);
    // The rectangle of a card's button, in viewport coordinates.
    QRect buttonRect(const QModelIndex &index, int button) const;
    // Height that shows exactly `rows` cards.
    int heightForRows(int rows) const;

signals:
    // A click on a card outside its buttons: open what the card is about.
    void cardClicked(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;

    ButtonDelegate *m_delegate = nullptr;
    QString m_emptyText;
    bool m_pressOnButton = false;
};
