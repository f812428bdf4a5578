#include "gui/cardaccessible.h"

#include "gui/cardlistview.h"

#include <QAbstractItemModel>
#include <QWidget>
#include <QWindow>

namespace CardAccessible {

namespace {

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("CardListView") && object && object->isWidgetType())
        return new CardListAccessible(static_cast<CardListView *>(object));
    return nullptr;
}

}

void install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&factory);
        return true;
    }();
    Q_UNUSED(installed)
}

}

CardListAccessible::CardListAccessible(CardListView *view)
    : QAccessibleWidget(view, QAccessible::List)
{
}

CardListView *CardListAccessible::view() const
{
    return static_cast<CardListView *>(widget());
}

int CardListAccessible::childCount() const
{
    // The cards fetched so far: a list of thousands fetches as it scrolls.
    return view()->model() ? view()->model()->rowCount() : 0;
}

QAccessibleInterface *CardListAccessible::child(int index) const
{
    QAbstractItemModel *model = view()->model();
    if (!model || index < 0 || index >= model->rowCount())
        return nullptr;
    // One interface per row while that row holds the same card: a screen
    // reader knows an item by its id. A row that now holds another card
    // (one above was withdrawn) gets a new item.
    const QModelIndex modelIndex = model->index(index, 0);
    if (const QAccessible::Id id = m_items.value(index)) {
        auto *item = static_cast<CardItemAccessible *>(QAccessible::accessibleInterface(id));
        if (item && item->isValid() && item->index() == modelIndex)
            return item;
        QAccessible::deleteAccessibleInterface(id);
    }
    auto *item = new CardItemAccessible(view(), modelIndex);
    m_items.insert(index, QAccessible::registerAccessibleInterface(item));
    return item;
}

int CardListAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child || child->role() != QAccessible::ListItem || child->parent() != this)
        return -1;
    const QModelIndex index = static_cast<const CardItemAccessible *>(child)->index();
    return index.isValid() ? index.row() : -1;
}

QAccessibleInterface *CardListAccessible::childAt(int x, int y) const
{
    const QPoint at = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const QModelIndex index = view()->indexAt(at);
    return index.isValid() ? child(index.row()) : nullptr;
}

CardItemAccessible::CardItemAccessible(CardListView *view, const QModelIndex &index)
    : m_view(view)
    , m_index(index)
{
}

bool CardItemAccessible::isValid() const
{
    return m_view && m_index.isValid() && m_index.model() == m_view->model();
}

QWindow *CardItemAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *CardItemAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

QString CardItemAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    switch (t) {
    case QAccessible::Name:
        return m_index.data(Qt::AccessibleTextRole).toString();
    case QAccessible::Description:
        return m_index.data(Qt::AccessibleDescriptionRole).toString();
    default:
        return {};
    }
}

QRect CardItemAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect r = m_view->visualRect(m_index);
    return QRect(m_view->viewport()->mapToGlobal(r.topLeft()), r.size());
}

QAccessible::State CardItemAccessible::state() const
{
    QAccessible::State s;
    if (!isValid()) {
        s.invalid = true;
        return s;
    }
    s.focusable = true;
    s.selectable = true;
    const bool current = m_view->currentIndex() == m_index;
    s.focused = current && m_view->hasFocus();
    s.selected = current;
    s.active = current;
    s.invisible = !m_view->visualRect(m_index).intersects(m_view->viewport()->rect());
    s.offscreen = s.invisible;
    return s;
}

void *CardItemAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
}

QStringList CardItemAccessible::actionNames() const
{
    return isValid() ? m_view->cardActionNames(m_index) : QStringList();
}

void CardItemAccessible::doAction(const QString &actionName)
{
    if (isValid())
        m_view->doCardAction(m_index, actionName);
}
