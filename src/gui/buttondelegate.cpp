#include "gui/buttondelegate.h"

#include "gui/cardpainter.h"
#include "gui/contrastprobe.h"
#include "gui/theme.h"

#include <QAbstractItemView>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

ButtonDelegate::ButtonDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

int ButtonDelegate::buttonCount() const
{
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 1000, 1000);
    return int(buttonRects(option).size());
}

int ButtonDelegate::buttonAt(const QStyleOptionViewItem &option, const QPoint &pos) const
{
    const QList<QRect> rects = buttonRects(option);
    for (int i = 0; i < rects.size(); ++i) {
        if (rects.at(i).contains(pos))
            return i;
    }
    return -1;
}

QString ButtonDelegate::buttonAccessibleName(const QModelIndex &, int button) const
{
    return buttonText(button);
}

int ButtonDelegate::focusButton(const QModelIndex &index) const
{
    const int focus = focusButton();
    if (focus == kCardFocus || hasAction(index, focus))
        return focus;
    for (int b = buttonCount() - 1; b >= 0; --b) {
        if (hasAction(index, b))
            return b;
    }
    return focus;
}

void ButtonDelegate::setFocusButton(int button)
{
    m_focusButton = button == kCardFocus ? kCardFocus : qBound(-1, button, buttonCount() - 1);
}

void ButtonDelegate::paintCardFocus(QPainter *painter, const QStyleOptionViewItem &option, const QRect &card) const
{
    if ((option.state & QStyle::State_HasFocus) && m_focusButton == kCardFocus)
        paintFocusRing(painter, card.adjusted(4, 4, -4, -4));
}

void ButtonDelegate::clearHover()
{
    m_hoverIndex = QPersistentModelIndex();
    m_hoverButton = -1;
}

void ButtonDelegate::paintButton(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                 int button, const QRect &rect, Look look, const QString &text) const
{
    const bool active = (m_hoverIndex == index && m_hoverButton == button)
        || (m_pressIndex == index && m_pressButton == button);
    // Painted here rather than by the style: a style's gradient lightens
    // the blue under white text, and its colours are not checked against
    // the card (every colour here comes from Theme, checked for contrast).
    const Theme::Colors &c = Theme::current();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = box.height() / 2;
    QColor textColor = c.text;
    switch (look) {
    case Look::Primary:
        painter->setPen(Qt::NoPen);
        painter->setBrush(active ? c.accentHover : c.accent);
        textColor = c.onAccent;
        break;
    case Look::Secondary:
        painter->setPen(QPen(c.accent, active ? 2 : 1));
        painter->setBrush(active ? QBrush(c.unreadFill) : QBrush(Qt::NoBrush));
        textColor = c.accent;
        break;
    case Look::Plain:
        painter->setPen(Qt::NoPen);
        painter->setBrush(active ? QBrush(c.unreadFill) : QBrush(Qt::NoBrush));
        textColor = active ? c.ink : c.text;
        break;
    }
    painter->drawRoundedRect(box, radius, radius);
    painter->setPen(textColor);
    painter->setFont(option.font);
    CardPainter::drawText(painter, rect, Qt::AlignCenter, text.isNull() ? buttonText(button) : text);
    painter->restore();
    // Keyboard focus is shown whenever the view has it: a card button is
    // only ever reached by keyboard.
    if ((option.state & QStyle::State_HasFocus) && focusButton(index) == button)
        paintFocusRing(painter, rect);
}

void ButtonDelegate::paintFocusRing(QPainter *painter, const QRect &rect) const
{
    // A ring in the theme's focus colour, checked against the card (3 : 1),
    // is seen in any theme, high-contrast ones included.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(Theme::current().focus, 2));
    painter->drawRoundedRect(QRectF(rect).adjusted(-2.5, -2.5, 2.5, 2.5), 4, 4);
    painter->restore();
    ContrastProbe::ring(painter, rect.adjusted(-3, -3, 3, 3), Theme::current().focus);
}

void ButtonDelegate::repaint(const QStyleOptionViewItem &option) const
{
    if (auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        view->viewport()->update();
}

bool ButtonDelegate::editorEvent(QEvent *event, QAbstractItemModel *, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    switch (event->type()) {
    case QEvent::MouseMove: {
        const int b = buttonAt(option, static_cast<QMouseEvent *>(event)->position().toPoint());
        if (m_hoverIndex != index || m_hoverButton != b) {
            m_hoverIndex = index;
            m_hoverButton = b;
            repaint(option);
        }
        return false;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const int b = mouse->button() == Qt::LeftButton ? buttonAt(option, mouse->position().toPoint()) : -1;
        if (b < 0)
            return false;
        m_pressIndex = index;
        m_pressButton = b;
        repaint(option);
        return true; // the click is the button's, not the row's
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const int b = buttonAt(option, mouse->position().toPoint());
        const bool clicked = m_pressButton >= 0 && m_pressIndex == index && b == m_pressButton;
        const int pressed = m_pressButton;
        m_pressIndex = QPersistentModelIndex();
        m_pressButton = -1;
        repaint(option);
        if (!clicked)
            return pressed >= 0;
        press(index, b);
        return true;
    }
    default:
        return false;
    }
}
