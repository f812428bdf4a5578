#include "gui/stackpage.h"

#include <QStackedWidget>

StackPage::StackPage(QWidget *parent)
    : QWidget(parent)
{
}

bool StackPage::isShownPage() const
{
    const auto *stack = qobject_cast<const QStackedWidget *>(parentWidget());
    return !stack || stack->currentWidget() == this;
}

QSize StackPage::sizeHint() const
{
    return isShownPage() ? QWidget::sizeHint() : QSize(0, 0);
}

QSize StackPage::minimumSizeHint() const
{
    return isShownPage() ? QWidget::minimumSizeHint() : QSize(0, 0);
}

bool StackPage::hasHeightForWidth() const
{
    return isShownPage() && QWidget::hasHeightForWidth();
}

int StackPage::heightForWidth(int width) const
{
    return isShownPage() ? QWidget::heightForWidth(width) : -1;
}

// The stack's size now comes from another page: the window's layout asks again.
void StackPage::showEvent(QShowEvent *event)
{
    updateGeometry();
    QWidget::showEvent(event);
}

void StackPage::hideEvent(QHideEvent *event)
{
    updateGeometry();
    QWidget::hideEvent(event);
}
