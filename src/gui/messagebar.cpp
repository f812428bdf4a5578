#include "gui/messagebar.h"

#include "base/refusal.h"
#include "gui/cardlistview.h"
#include "gui/style.h"
#include "gui/theme.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>

namespace {

constexpr int kMargin = 16; // from the page's edges
constexpr int kMaxWidth = 680;

// An alert to assistive technology: Orca reads an alert as it appears.
class MessageBarAccessible final : public QAccessibleWidget
{
public:
    explicit MessageBarAccessible(QWidget *w)
        : QAccessibleWidget(w, QAccessible::AlertMessage)
    {
    }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<MessageBar *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("MessageBar") && object && object->isWidgetType())
        return new MessageBarAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

}

MessageBar::MessageBar(QWidget *over, QWidget *parent)
    : QFrame(parent ? parent : over)
    , m_over(over)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    static const bool installed = [] {
        QAccessible::installFactory(&factory);
        return true;
    }();
    Q_UNUSED(installed)
    setObjectName(QStringLiteral("messageBar"));
    // The label keeps the feedback's look (AppStyle: its fill, its text).
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setFlat(true);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setObjectName(QStringLiteral("messageClose"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 6, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MessageBar::dismiss);
    // Ctrl+Z anywhere in the window while an offer stands.
    auto *shortcut = new QShortcut(QKeySequence::Undo, parentWidget());
    connect(shortcut, &QShortcut::activated, this, &MessageBar::undo);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_action, &QPushButton::clicked, this, &MessageBar::undo);
    m_over->installEventFilter(this);
    retranslate();
    hide();
}

void MessageBar::retranslate()
{
    m_action->setText(tr("Undo"));
    m_action->setToolTip(tr("Undo (%1)").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void MessageBar::showMessage(const QString &text, bool refused)
{
    endOffer();
    m_action->hide();
    present(text, refused, kShownMs);
}

void MessageBar::offerUndo(const QString &text, std::function<void()> commit, std::function<void()> undo)
{
    endOffer();
    m_commit = std::move(commit);
    m_undo = std::move(undo);
    m_action->show();
    present(text, false, kOfferMs);
}

void MessageBar::offerCardUndo(const QList<CardListView *> &views, const QModelIndex &index, const QString &text,
                               std::function<ActionResult()> action)
{
    const QPersistentModelIndex card(index);
    const auto hide = [views, card](bool hidden) {
        for (CardListView *view : views)
            view->setCardHidden(card, hidden);
    };
    hide(true);
    offerUndo(
        text,
        [this, hide, action] {
            const ActionResult r = action();
            hide(false); // gone from the list when it worked; back when not
            if (!r.ok())
                showMessage(r.message, true);
        },
        [hide] { hide(false); });
}

void MessageBar::undo()
{
    if (!m_commit)
        return;
    const std::function<void()> undo = std::move(m_undo);
    m_commit = {};
    m_undo = {};
    m_timer.stop();
    hide();
    if (undo)
        undo();
}

void MessageBar::endOffer()
{
    // Taken first: the action may itself show a message (a refusal).
    const std::function<void()> commit = std::move(m_commit);
    m_commit = {};
    m_undo = {};
    if (commit)
        commit();
}

void MessageBar::present(const QString &text, bool refused, int ms)
{
    m_label->setProperty("refused", refused);
    Style::setStyleName(m_label, QStringLiteral("feedback")); // its colours follow "refused"
    m_label->setText(text);
    // Shown again, so a screen reader announces the new message too.
    hide();
    place();
    show();
    raise();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    m_timer.start(ms);
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

void MessageBar::dismiss()
{
    m_timer.stop();
    const bool wasShown = isVisible();
    hide();
    endOffer();
    if (wasShown)
        emit closed();
}

void MessageBar::place()
{
    const int width = qMin(m_over->width() - 2 * kMargin, kMaxWidth);
    const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height();
    const QPoint origin = m_over->mapTo(parentWidget(), QPoint(0, 0));
    setGeometry(origin.x() + (m_over->width() - width) / 2, origin.y() + m_over->height() - height - kMargin, width,
                height);
}

bool MessageBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_over && (event->type() == QEvent::Resize || event->type() == QEvent::Move) && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void MessageBar::paintEvent(QPaintEvent *)
{
    // The feedback's fill, edged so it stands apart from the cards below.
    const Theme::Colors &c = Theme::current();
    const bool refused = m_label->property("refused").toBool();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(refused ? c.refusedText : c.doneText, 1));
    p.setBrush(refused ? c.refusedFill : c.doneFill);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
}
