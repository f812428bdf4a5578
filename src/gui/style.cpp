#include "gui/style.h"

#include "gui/appstyle.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace Style {

void install(QApplication &app)
{
    app.setStyle(new AppStyle);
}

void setStyleName(QWidget *widget, const QString &name)
{
    widget->setObjectName(name);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

}
