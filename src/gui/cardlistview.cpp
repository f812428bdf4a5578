#include "gui/cardlistview.h"

#include "models/roles.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

CardListView::CardListView(QWidget *parent)
    : QListView(parent)
{
    setMouseTracking(true);
    setUniformItemSizes(true);
    setVerticalScrollMode(ScrollPerPixel);
    setSelectionMode(SingleSelection);
    setFrameShape(QFrame::NoFrame);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(Adjust);
    viewport()->setAutoFillBackground(false);
    connect(this, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (!m_pressOnButton)
            emit cardClicked(index);
    });
}

void CardListView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    m_pressOnButton = m_delegate && index.isValid()
        && m_delegate->buttonAt(optionFor(index), event->position().toPoint()) >= 0;
    QListView::mousePressEvent(event);
}

void CardListView::setCardDelegate(ButtonDelegate *delegate)
{
    m_delegate = delegate;
    setItemDelegate(delegate);
}

void CardListView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

QStyleOptionViewItem CardListView::optionFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return option;
}

QRect CardListView::buttonRect(const QModelIndex &index, int button) const
{
    if (!m_delegate || !index.isValid())
        return {};
    const QList<QRect> rects = m_delegate->buttonRects(optionFor(index));
    return button >= 0 && button < rects.size() ? rects.at(button) : QRect();
}

QStringList CardListView::cardActionNames(const QModelIndex &index) const
{
    QStringList names;
    if (!index.isValid())
        return names;
    for (int b = 0; m_delegate && b < m_delegate->buttonCount(); ++b) {
        if (m_delegate->hasAction(index, b))
            names << m_delegate->buttonAccessibleName(index, b);
    }
    if (!m_clickName.isEmpty())
        names << m_clickName;
    else if (hasCardStop(index))
        names << tr("Open %1's profile").arg(index.data(Roles::PersonName).toString());
    return names;
}

void CardListView::doCardAction(const QModelIndex &index, const QString &name)
{
    if (!index.isValid())
        return;
    const QStringList names = cardActionNames(index);
    const int action = int(names.indexOf(name));
    if (action < 0)
        return;
    // Pressed once the screen reader's call has returned: an action that
    // asks first (Withdraw) opens a dialog the reader must be free to read.
    const QPersistentModelIndex card(index);
    QTimer::singleShot(0, this, [this, card, name] {
        if (!card.isValid() || !cardActionNames(card).contains(name))
            return;
        for (int b = 0; m_delegate && b < m_delegate->buttonCount(); ++b) {
            if (m_delegate->hasAction(card, b) && m_delegate->buttonAccessibleName(card, b) == name) {
                // As a click would: the card becomes the current one first.
                setCurrentIndex(card);
                m_delegate->setFocusButton(b);
                m_delegate->press(card, b);
                return;
            }
        }
        emit cardClicked(card);
    });
}

void CardListView::setCardHidden(const QModelIndex &index, bool hidden)
{
    if (!index.isValid() || index.model() != model())
        return;
    const bool wasCurrent = currentIndex() == index;
    setRowHidden(index.row(), hidden);
    m_hidden.removeAll(QPersistentModelIndex(index));
    if (hidden)
        m_hidden.append(index);
    if (hidden && wasCurrent) {
        for (int row = index.row() + 1; row < model()->rowCount(); ++row) {
            if (!isRowHidden(row)) {
                setCurrentIndex(model()->index(row, 0));
                break;
            }
        }
    }
    fitHeight();
    viewport()->update();
}

void CardListView::setFitToContents(int maxRows)
{
    m_fitRows = maxRows;
    m_cell = gridSize();
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    fitHeight();
}

void CardListView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    QListView::setModel(model);
    if (!model)
        return;
    const auto refit = [this] {
        fitHeight();
    };
    // The card the keyboard was on is withdrawn or removed: the keyboard
    // goes to the one that takes its place, not back to the first.
    const auto aboutToRemove = [this](const QModelIndex &, int first, int last) {
        const int row = currentIndex().row();
        m_rowToKeep = currentIndex().isValid() && row >= first && row <= last ? first : -1;
    };
    const auto removed = [this] {
        const int rows = this->model()->rowCount();
        if (m_rowToKeep >= 0 && rows > 0)
            setCurrentIndex(this->model()->index(qMin(m_rowToKeep, rows - 1), 0));
        m_rowToKeep = -1;
        fitHeight();
    };
    m_modelConnections = {connect(model, &QAbstractItemModel::rowsInserted, this, refit),
                          connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, aboutToRemove),
                          connect(model, &QAbstractItemModel::rowsRemoved, this, removed),
                          connect(model, &QAbstractItemModel::modelReset, this, refit),
                          connect(model, &QAbstractItemModel::layoutChanged, this, refit)};
    fitHeight();
}

int CardListView::columns() const
{
    if (viewMode() != IconMode || m_cell.width() <= 0)
        return 1;
    return qMax(1, usableWidth() / m_cell.width());
}

void CardListView::fitHeight()
{
    if (m_fitRows == 0)
        return;
    int count = model() ? model()->rowCount() : 0;
    // Cards waiting on an Undo offer take no room (a list may hold
    // thousands of rows: only the hidden ones are counted).
    m_hidden.removeIf([](const QPersistentModelIndex &i) { return !i.isValid(); });
    count -= int(m_hidden.size());
    int height = 0;
    if (count == 0) {
        height = 2 * fontMetrics().lineSpacing() + 2 * frameWidth();
    } else {
        int rows = (count + columns() - 1) / columns();
        if (m_fitRows > 0)
            rows = qMin(rows, m_fitRows);
        height = viewMode() == IconMode ? rows * m_cell.height() + 2 * frameWidth() : heightForRows(rows);
    }
    if (height != this->height() || minimumHeight() != height)
        setFixedHeight(height);
}

void CardListView::resizeEvent(QResizeEvent *event)
{
    // As many columns as fit, sharing the width, so a wide window shows
    // more cards instead of a blank strip on the right.
    if (m_fitRows != 0 && viewMode() == IconMode && m_cell.isValid()) {
        const QSize cell(usableWidth() / columns(), m_cell.height());
        if (cell != gridSize()) {
            if (m_delegate)
                m_delegate->setCellSize(cell);
            setGridSize(cell);
        }
    }
    QListView::resizeEvent(event);
    // A card that is taller when narrow (its buttons under the text):
    // QListView lays a top-to-bottom list out again only when its height
    // changes; a layout from the first row measures the cards anew.
    if (m_delegate && viewMode() == ListMode) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        const QSize hint = m_delegate->sizeHint(option, {});
        if (hint != m_cardHint) {
            m_cardHint = hint;
            scheduleDelayedItemsLayout();
        }
    }
    fitHeight();
}

void CardListView::wheelEvent(QWheelEvent *event)
{
    // The page scrolls, not the part. (Handed over explicitly: Qt passes
    // an ignored wheel event on to the parent only when it came from the
    // window system.)
    if (QScrollArea *area = m_fitRows != 0 ? page() : nullptr) {
        QCoreApplication::sendEvent(area->verticalScrollBar(), event);
        return;
    }
    QListView::wheelEvent(event);
}

int CardListView::usableWidth() const
{
    // QListView wraps a row once an item reaches the viewport's last pixel
    // column, so that column is not usable.
    return viewport()->width() - 1;
}

QScrollArea *CardListView::page() const
{
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w); area && area->widget())
            return area;
    }
    return nullptr;
}

void CardListView::revealInPage(const QModelIndex &index)
{
    QScrollArea *area = m_fitRows != 0 && index.isValid() ? page() : nullptr;
    if (!area)
        return;
    const QRect r = visualRect(index);
    const QPoint centre = viewport()->mapTo(area->widget(), r.center());
    area->ensureVisible(centre.x(), centre.y(), r.width() / 2 + 8, r.height() / 2 + 8);
}

void CardListView::focusInEvent(QFocusEvent *event)
{
    // Tabbing in lands on a card in sight, so Enter always has a visible
    // target. (Not on a click: that chooses its own card.)
    const bool byKeyboard = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    if (byKeyboard && !currentIndex().isValid() && model() && model()->rowCount() > 0) {
        const QModelIndex inSight = indexAt(QPoint(8, 8));
        setCurrentIndex(inSight.isValid() ? inSight : model()->index(0, 0));
    }
    QListView::focusInEvent(event);
    revealInPage(currentIndex());
}

int CardListView::heightForRows(int rows) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const int row = m_delegate ? m_delegate->sizeHint(option, {}).height() : sizeHintForRow(0);
    return rows * row + 2 * frameWidth();
}

void CardListView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (m_delegate && current.isValid()) {
        const int focus = m_delegate->focusButton(current);
        const bool rtl = layoutDirection() == Qt::RightToLeft;
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
            moveFocus((event->key() == Qt::Key_Right) != rtl);
            return;
        case Qt::Key_Space:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (focus == ButtonDelegate::kCardFocus)
                emit cardClicked(current);
            else
                m_delegate->press(current, focus);
            return;
        case Qt::Key_F10:
            if (event->modifiers() & Qt::ShiftModifier) {
                QContextMenuEvent menu(QContextMenuEvent::Keyboard, visualRect(current).center(),
                                       viewport()->mapToGlobal(visualRect(current).center()));
                contextMenuEvent(&menu);
                return;
            }
            break;
        case Qt::Key_Delete:
            if (m_delegate->deleteButton() >= 0 && m_delegate->hasAction(current, m_delegate->deleteButton())) {
                m_delegate->press(current, m_delegate->deleteButton());
                // What the card offers now (a dismissed suggestion: Undo)
                // is where the keyboard is, and what a screen reader says.
                m_delegate->setFocusButton(m_delegate->focusButton(current));
                viewport()->update(visualRect(current));
                announceButton();
                return;
            }
            break;
        default:
            break;
        }
    }
    QListView::keyPressEvent(event);
}

// Left and Right walk a card's stops — the card itself (where a person's
// card has one), then its buttons — and on to the neighbouring card, so a
// grid can be walked with the arrow keys alone.
void CardListView::moveFocus(bool forward)
{
    const QModelIndex current = currentIndex();
    const int buttons = m_delegate->buttonCount();
    const int focus = m_delegate->focusButton(current);
    const bool onCard = focus == ButtonDelegate::kCardFocus;
    // The next button that acts on this card (a dismissed one: only Undo).
    int next = onCard ? (forward ? 0 : -1) : focus + (forward ? 1 : -1);
    while (next >= 0 && next < buttons && !m_delegate->hasAction(current, next))
        next += forward ? 1 : -1;
    if (next >= 0 && next < buttons) {
        m_delegate->setFocusButton(next);
    } else if (next < 0 && !onCard && hasCardStop(current)) {
        m_delegate->setFocusButton(ButtonDelegate::kCardFocus);
    } else {
        const QModelIndex neighbour = model()->index(current.row() + (forward ? 1 : -1), 0);
        if (!neighbour.isValid())
            return;
        setCurrentIndex(neighbour);
        const bool cardFirst = forward && hasCardStop(neighbour);
        m_delegate->setFocusButton(cardFirst ? ButtonDelegate::kCardFocus : forward ? 0 : buttons - 1);
        m_delegate->setFocusButton(m_delegate->focusButton(neighbour));
        scrollTo(neighbour);
    }
    viewport()->update(visualRect(currentIndex()));
    announceButton();
}

// A card about a member opens their profile; one about an address does not.
bool CardListView::hasCardStop(const QModelIndex &index)
{
    return index.data(Roles::PersonId).toLongLong() > 0;
}

// Open the person's profile, and write a note before connecting, from the
// mouse or the keyboard alone (the menu key opens it on the current card).
void CardListView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = event->reason() == QContextMenuEvent::Keyboard ? currentIndex() : indexAt(event->pos());
    if (!index.isValid() || index.data(Roles::PersonId).toLongLong() <= 0)
        return;
    QMenu menu(this);
    const QString name = index.data(Roles::PersonName).toString();
    menu.addAction(tr("Open %1's profile").arg(name), this, [this, index] { emit cardClicked(index); });
    if (m_delegate && m_delegate->offersNote(index)) {
        menu.addAction(tr("Connect with a note…"), this, [this, index] { emit connectWithNoteRequested(index); });
    }
    menu.exec(event->globalPos());
}

void CardListView::leaveEvent(QEvent *event)
{
    if (m_delegate) {
        m_delegate->clearHover();
        viewport()->update();
    }
    QListView::leaveEvent(event);
    emit pointerLeft();
}

void CardListView::announceButton()
{
    const QModelIndex current = currentIndex();
    if (!m_delegate || !current.isValid())
        return;
    // The painted buttons are not widgets: the view tells assistive
    // technology which one Enter presses.
    const int focus = m_delegate->focusButton(current);
    setAccessibleDescription(focus == ButtonDelegate::kCardFocus
                                 ? tr("Open %1's profile").arg(current.data(Roles::PersonName).toString())
                                 : m_delegate->buttonAccessibleName(current, focus));
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void CardListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (model() && model()->rowCount() == 0 && !m_emptyText.isEmpty()) {
        QPainter p(viewport());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect().adjusted(16, 8, -16, -8), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    }
}

void CardListView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_delegate)
        m_delegate->setFocusButton(-1);
    QListView::currentChanged(current, previous);
    revealInPage(current);
    announceButton();
}
