#include "gui/wraplabel.h"

#include <QEvent>

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

void WrapLabel::checkText() const
{
    if (!m_stale && text() == m_measured)
        return;
    m_stale = false;
    m_measured = text();
    m_hint = {};
    m_minimum = {};
    m_heights.fill({});
}

QSize WrapLabel::sizeHint() const
{
    checkText();
    if (!m_hint.isValid())
        m_hint = QLabel::sizeHint();
    return m_hint;
}

QSize WrapLabel::minimumSizeHint() const
{
    checkText();
    if (!m_minimum.isValid())
        m_minimum = QLabel::minimumSizeHint();
    return m_minimum;
}

int WrapLabel::heightForWidth(int width) const
{
    checkText();
    for (const Height &h : m_heights) {
        if (h.width == width)
            return h.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = {width, height};
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

// What else changes the measures: the font, the style, the contents
// margins. (Margin and indent are set once, in the .ui.)
void WrapLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_stale = true;
    QLabel::changeEvent(event);
}

bool WrapLabel::event(QEvent *event)
{
    if (event->type() == QEvent::ContentsRectChange)
        m_stale = true;
    return QLabel::event(event);
}
