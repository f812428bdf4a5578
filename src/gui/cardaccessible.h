#pragma once

#include <QAccessibleActionInterface>
#include <QAccessibleWidget>
#include <QHash>
#include <QPersistentModelIndex>
#include <QPointer>

class CardListView;

// What a screen reader meets in a list of cards: each card an item that
// reads its person (name, headline, mutual connections, note, age) and
// offers the card's painted buttons as its actions (Accept, Ignore,
// Connect, Withdraw, Undo…, and opening the profile), pressed as a click
// presses them. Qt's own items of a list offer only "Toggle".
namespace CardAccessible {
// Installed once; makes the interface of every CardListView.
void install();
}

class CardListAccessible final : public QAccessibleWidget
{
public:
    explicit CardListAccessible(CardListView *view);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

private:
    CardListView *view() const;

    mutable QHash<int, QAccessible::Id> m_items; // by row, made when asked
};

class CardItemAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    CardItemAccessible(CardListView *view, const QModelIndex &index);

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    QModelIndex index() const { return m_index; }

private:
    QPointer<CardListView> m_view;
    QPersistentModelIndex m_index;
};
