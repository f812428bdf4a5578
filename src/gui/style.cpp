#include "gui/style.h"

#include "gui/appstyle.h"
#include "gui/cardaccessible.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QLineEdit>
#include <QScreen>
#include <QStyle>
#include <QTimer>
#include <QWidget>

namespace Style {

namespace {

// Follows the desktop when it changes its colours (a dark theme switched
// on, high contrast): the colours polish() gave widgets are given again
// from the new palette, once per change however many widgets hear of it.
// It also names the clear buttons of line edits as they are polished.
class DesktopFollower final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto type = event->type();
        if ((type == QEvent::Polish || type == QEvent::LanguageChange) && watched->isWidgetType())
            nameClearButton(qobject_cast<QLineEdit *>(watched));
        if ((type == QEvent::ApplicationPaletteChange || type == QEvent::ThemeChange) && !m_pending) {
            m_pending = true;
            QTimer::singleShot(0, this, &DesktopFollower::repolish);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    // A line edit's ✕ is an icon without a name: screen readers said
    // nothing for it.
    static void nameClearButton(QLineEdit *edit)
    {
        if (!edit)
            return;
        if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
            clear->setText(QCoreApplication::translate("Style", "Clear the field"));
            clear->setToolTip(clear->text());
        }
    }

    void repolish()
    {
        m_pending = false;
        for (QWidget *widget : QApplication::allWidgets()) {
            widget->style()->unpolish(widget);
            widget->style()->polish(widget);
            widget->update();
        }
    }

    bool m_pending = false;
};

}

void install(QApplication &app)
{
    app.setStyle(new AppStyle);
    CardAccessible::install(); // the cards' buttons as screen-reader actions
    app.installEventFilter(new DesktopFollower(&app));
}

void fitToScreen(QWidget *dialog, const QSize &preferred)
{
    const QWidget *over = dialog->parentWidget() ? dialog->parentWidget()->window() : dialog;
    const QScreen *screen = over->screen() ? over->screen() : QGuiApplication::primaryScreen();
    // Room for a title bar and the frame, which resize() does not count.
    const QSize room = screen ? screen->availableGeometry().size() - QSize(16, 48) : preferred;
    dialog->resize(preferred.boundedTo(room).expandedTo(dialog->minimumSizeHint().boundedTo(room)));
}

void setStyleName(QWidget *widget, const QString &name)
{
    widget->setObjectName(name);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

}
