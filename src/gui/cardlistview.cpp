#include "gui/cardlistview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

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
        const int buttons = m_delegate->buttonCount();
        const int focus = m_delegate->focusButton();
        const bool rtl = layoutDirection() == Qt::RightToLeft;
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right: {
            const bool forward = (event->key() == Qt::Key_Right) != rtl;
            const int next = focus + (forward ? 1 : -1);
            if (next >= 0 && next < buttons) {
                m_delegate->setFocusButton(next);
                viewport()->update(visualRect(current));
                return;
            }
            // Past a card's last button: on to the neighbouring card, so a
            // grid can be walked with the arrow keys alone.
            const QModelIndex neighbour = model()->index(current.row() + (forward ? 1 : -1), 0);
            if (neighbour.isValid()) {
                setCurrentIndex(neighbour);
                m_delegate->setFocusButton(forward ? 0 : buttons - 1);
                scrollTo(neighbour);
            }
            return;
        }
        case Qt::Key_Space:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            m_delegate->press(current, focus);
            return;
        default:
            break;
        }
    }
    QListView::keyPressEvent(event);
}

void CardListView::leaveEvent(QEvent *event)
{
    if (m_delegate) {
        m_delegate->clearHover();
        viewport()->update();
    }
    QListView::leaveEvent(event);
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
}
