#include "gui/buttondelegate.h"

#include "gui/cardpainter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

const QPalette &ButtonDelegate::palette(Look look) const
{
    return m_palettes[int(look)];
}

ButtonDelegate::ButtonDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    // Made once: the style caches each button's pixmap under the palette's
    // cache key, and a palette made for every paint made every key new (the
    // cache's keys then grew by some 700 bytes per card scrolled past).
    const QPalette plain = QApplication::style()->standardPalette();
    QPalette primary = plain;
    primary.setColor(QPalette::Button, CardPainter::kPrimary);
    primary.setColor(QPalette::ButtonText, Qt::white);
    QPalette secondary = plain;
    secondary.setColor(QPalette::ButtonText, CardPainter::kPrimary);
    m_palettes = {primary, secondary, plain}; // in the order of Look
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

void ButtonDelegate::setFocusButton(int button)
{
    m_focusButton = button == kCardFocus ? kCardFocus : qBound(-1, button, buttonCount() - 1);
}

void ButtonDelegate::paintCardFocus(QPainter *painter, const QStyleOptionViewItem &option, const QRect &card) const
{
    if ((option.state & QStyle::State_HasFocus) && m_focusButton == kCardFocus)
        paintFocusRing(painter, option, card.adjusted(4, 4, -4, -4));
}

void ButtonDelegate::clearHover()
{
    m_hoverIndex = QPersistentModelIndex();
    m_hoverButton = -1;
}

void ButtonDelegate::paintButton(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                 int button, const QRect &rect, Look look, const QString &text) const
{
    QStyleOptionButton b;
    b.rect = rect;
    b.text = text.isNull() ? buttonText(button) : text;
    b.direction = option.direction;
    b.fontMetrics = option.fontMetrics;
    b.state = QStyle::State_Enabled | QStyle::State_Raised;
    if (m_hoverIndex == index && m_hoverButton == button)
        b.state |= QStyle::State_MouseOver;
    if (m_pressIndex == index && m_pressButton == button)
        b.state = (b.state & ~QStyle::State_Raised) | QStyle::State_Sunken;
    // Keyboard focus is shown whenever the view has it: a card button is
    // only ever reached by keyboard, so the style's "focus came from the
    // keyboard" flag is always true for it.
    const bool focused = (option.state & QStyle::State_HasFocus) && focusButton() == button;
    if (focused)
        b.state |= QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange;
    // The view's palette shows the page through; buttons keep the plain one.
    b.palette = palette(look);
    if (look == Look::Primary)
        b.features |= QStyleOptionButton::DefaultButton;
    else if (look == Look::Plain)
        b.features |= QStyleOptionButton::Flat;
    // No widget: the style draws a button, not the view it is painted on.
    QApplication::style()->drawControl(QStyle::CE_PushButton, &b, painter, nullptr);
    if (focused)
        paintFocusRing(painter, option, rect);
}

void ButtonDelegate::paintFocusRing(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect) const
{
    // The style marks the button itself (State_HasFocus above), faintly
    // in some styles; a ring in the palette's highlight colour is seen in
    // any theme, high-contrast ones included.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(option.palette.color(QPalette::Active, QPalette::Highlight), 2));
    painter->drawRoundedRect(QRectF(rect).adjusted(-2.5, -2.5, 2.5, 2.5), 4, 4);
    painter->restore();
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
