#include "gui/appstyle.h"

#include "gui/contrastprobe.h"
#include "gui/theme.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QLabel>
#include <QMainWindow>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QStyleOption>
#include <QToolBar>
#include <QToolButton>

namespace {

constexpr int kBorder = 2; // room for the focus ring around every button of ours

bool named(const QWidget *w, std::initializer_list<const char *> names)
{
    const QString name = w->objectName();
    for (const char *n : names) {
        if (name == QLatin1String(n))
            return true;
    }
    return false;
}

// Padding around a button's text, as the design gives it.
QSize paddingOf(AppStyle::Kind kind, const QWidget *w)
{
    switch (kind) {
    case AppStyle::Kind::Primary:
        return {w && named(w, {"actionButton"}) ? 18 : w && named(w, {"primaryButton"}) ? 16 : 14, 6};
    case AppStyle::Kind::Secondary:
        return {18, 6};
    case AppStyle::Kind::Link:
        return {2, 2};
    case AppStyle::Kind::Navigation:
        return {10, 4};
    default:
        return {};
    }
}

}

AppStyle::AppStyle() = default;

AppStyle::Kind AppStyle::kindOf(const QWidget *w)
{
    if (!w)
        return Kind::None;
    if (qobject_cast<const QPushButton *>(w)) {
        if (named(w, {"inviteButton", "primaryButton", "actionButton"}))
            return Kind::Primary;
        if (named(w, {"secondaryButton"}))
            return Kind::Secondary;
        // A flat button here is an action in the text ("See all", "‹ Back").
        return static_cast<const QPushButton *>(w)->isFlat() ? Kind::Link : Kind::None;
    }
    if (qobject_cast<const QToolButton *>(w)) {
        const QWidget *bar = w->parentWidget();
        return bar && qobject_cast<const QToolBar *>(bar) && named(bar, {"navigationBar"}) ? Kind::Navigation
                                                                                           : Kind::None;
    }
    if (qobject_cast<const QLabel *>(w)) {
        if (named(w,
                  {"manageTitle", "inviteTitle", "importTitle", "receivedTitle", "sentTitle", "suggestionsTitle",
                   "receivedAllTitle"}))
            return Kind::Title;
        if (named(w, {"connectionsTitle", "searchTitle", "connectionsPageTitle"}))
            return Kind::Heading;
        if (named(w, {"memberName"}))
            return Kind::MemberName;
        if (named(w, {"nameLabel"}))
            return Kind::ProfileName;
        if (named(w, {"importError", "errorLabel"}) || w->property("error").toBool())
            return Kind::Error;
        if (named(w, {"feedback"}))
            return Kind::Feedback;
        return Kind::None;
    }
    if (qobject_cast<const QMainWindow *>(w) || w->inherits("MyNetworkPage"))
        return Kind::Page;
    if (named(w, {"sidePanel", "profileCard"}))
        return Kind::Panel;
    if (w->inherits("CardListView") || named(w, {"overviewScroll", "overviewContent"}))
        return Kind::Transparent;
    return Kind::None;
}

void AppStyle::polish(QWidget *w)
{
    QProxyStyle::polish(w);
    const auto color = [w](QPalette::ColorRole role, const QColor &c) {
        QPalette p = w->palette();
        p.setColor(role, c);
        w->setPalette(p);
    };
    const auto font = [w](qreal points, bool bold) {
        QFont f = w->font();
        if (points > 0)
            f.setPointSizeF(points);
        if (bold)
            f.setWeight(QFont::DemiBold);
        w->setFont(f);
    };
    const Kind kind = kindOf(w);
    const Theme::Colors &c = Theme::current();
    switch (kind) {
    case Kind::Page:
        w->setAutoFillBackground(true);
        color(QPalette::Window, c.page);
        break;
    case Kind::Transparent: {
        QPalette p = w->palette();
        p.setColor(QPalette::Base, Qt::transparent);
        p.setColor(QPalette::Window, Qt::transparent);
        w->setPalette(p);
        w->setAutoFillBackground(false);
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w))
            area->viewport()->setAutoFillBackground(false);
        break;
    }
    case Kind::Title:
    case Kind::Heading:
    case Kind::MemberName:
    case Kind::ProfileName:
        font(kind == Kind::MemberName ? 15 : kind == Kind::ProfileName ? 18 : 12, true);
        color(QPalette::WindowText, c.ink);
        if (kind == Kind::Title)
            w->setContentsMargins(0, 10, 0, 0);
        break;
    case Kind::Error:
        color(QPalette::WindowText, c.error);
        break;
    case Kind::Feedback:
        color(QPalette::WindowText, w->property("refused").toBool() ? c.refusedText : c.doneText);
        w->setContentsMargins(8, 8, 8, 8);
        break;
    case Kind::Primary:
        font(0, !named(w, {"inviteButton"}));
        w->setAttribute(Qt::WA_Hover);
        break;
    case Kind::Link:
        font(0, true);
        w->setAttribute(Qt::WA_Hover);
        break;
    case Kind::Secondary:
    case Kind::Navigation:
        w->setAttribute(Qt::WA_Hover);
        break;
    case Kind::Panel:
    case Kind::None:
        // Fusion draws a scroll bar's groove from the button colour and its
        // handle near white: on the light page both were pale, the handle
        // hard to find. A grey groove sets the handle apart.
        if (qobject_cast<QScrollBar *>(w))
            color(QPalette::Button, Theme::mix(c.page, c.ink, Theme::isDark(w->palette()) ? 0.35 : 0.25));
        // The softer text colour, and a hint's, made readable on the
        // palette's window.
        if (qobject_cast<QLabel *>(w)) {
            const QColor window = w->palette().color(QPalette::Window);
            color(QPalette::WindowText, Theme::readable(c.text, window));
            color(QPalette::PlaceholderText, Theme::readable(c.muted, window));
        }
        break;
    }
}

void AppStyle::drawButton(Kind kind, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
    if (!button)
        return;
    const bool enabled = option->state & State_Enabled;
    const bool hovered = enabled && (option->state & (State_MouseOver | State_Sunken));
    const bool focused = option->state & State_HasFocus;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(option->rect).adjusted(1, 1, -1, -1); // a 2 px ring, centred on its path
    const Theme::Colors &c = Theme::current();
    QColor textColor = c.accent;
    switch (kind) {
    case Kind::Primary: {
        const qreal radius = named(widget, {"actionButton"}) ? 15 : 14;
        painter->setPen(focused ? QPen(c.ink, kBorder) : Qt::NoPen);
        painter->setBrush(!enabled ? c.disabledFill : hovered ? c.accentHover : c.accent);
        painter->drawRoundedRect(box, radius, radius);
        textColor = enabled ? c.onAccent : c.disabledText;
        break;
    }
    case Kind::Secondary:
        painter->setPen(focused ? QPen(c.ink, kBorder) : QPen(c.outline, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(focused ? box : QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 15, 15);
        textColor = option->palette.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText);
        break;
    case Kind::Link:
        if (focused) {
            painter->setPen(QPen(c.focus, kBorder));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(box, 4, 4);
        }
        if (!enabled)
            textColor = option->palette.color(QPalette::Disabled, QPalette::ButtonText);
        break;
    default:
        break;
    }
    QFont font = painter->font();
    if (widget)
        font = widget->font();
    font.setUnderline(kind == Kind::Link && hovered);
    painter->setFont(font);
    painter->setPen(textColor);
    const QSize padding = paddingOf(kind, widget);
    const QRect text = option->rect.adjusted(kBorder + padding.width(), kBorder + padding.height(),
                                             -kBorder - padding.width(), -kBorder - padding.height());
    // A link-like button's text starts where the reading starts.
    int flags = Qt::AlignVCenter
        | (kind == Kind::Link ? int(QStyle::visualAlignment(option->direction, Qt::AlignLeft)) : int(Qt::AlignHCenter));
    flags |= proxy()->styleHint(SH_UnderlineShortcut, option, widget) ? Qt::TextShowMnemonic : Qt::TextHideMnemonic;
    const QRect shown = QStyle::visualRect(option->direction, option->rect, text);
    painter->drawText(shown, flags, button->text);
    if (enabled)
        ContrastProbe::text(painter, shown, textColor, font, button->text);
    if (focused)
        ContrastProbe::ring(painter, option->rect, kind == Kind::Link ? c.focus : c.ink);
    painter->restore();
}

void AppStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                           const QWidget *widget) const
{
    // Told apart only for the elements drawn here: this runs for every
    // element of every widget painted.
    const bool ours = element == CE_PushButton || element == CE_ShapedFrame || element == CE_ToolButtonLabel;
    const Kind kind = ours ? kindOf(widget) : Kind::None;
    if (element == CE_PushButton && (kind == Kind::Primary || kind == Kind::Secondary || kind == Kind::Link)) {
        drawButton(kind, option, painter, widget);
        return;
    }
    if (element == CE_ShapedFrame && kind == Kind::Panel) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(Theme::current().border, 1));
        painter->setBrush(Theme::current().panel);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
        painter->restore();
        return;
    }
    if (element == CE_ShapedFrame && kind == Kind::Feedback) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(widget->property("refused").toBool() ? Theme::current().refusedFill
                                                               : Theme::current().doneFill);
        // The whole label: its frame rectangle stops at the padding.
        painter->drawRoundedRect(widget->rect(), 6, 6);
        painter->restore();
        return;
    }
    if (element == CE_ToolButtonLabel && kind == Kind::Navigation && (option->state & State_On)) {
        if (const auto *tool = qstyleoption_cast<const QStyleOptionToolButton *>(option)) {
            QStyleOptionToolButton checked(*tool);
            checked.palette.setColor(QPalette::ButtonText,
                                     Theme::readable(Theme::current().accent, Theme::current().navigationChecked));
            QProxyStyle::drawControl(element, &checked, painter, widget);
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    if (element == PE_PanelButtonTool && kindOf(widget) == Kind::Navigation) {
        const bool checked = option->state & State_On;
        const bool hovered = (option->state & State_MouseOver) && (option->state & State_Enabled);
        if (checked || hovered) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(checked ? Theme::current().navigationChecked : Theme::current().navigationHover);
            painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 6, 6);
            painter->restore();
        }
        return;
    }
    if (element == PE_FrameFocusRect && !qobject_cast<const QAbstractItemView *>(widget)) {
        drawFocusRing(option, painter);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck)
        drawCheckOutline(element, option, painter);
}

// Fusion outlines a check box in a shade of the window colour: on a dark
// desktop an empty box all but vanishes (1.4 : 1). An outline that reads
// at 3 : 1 against what the box stands on shows it on every desktop.
void AppStyle::drawCheckOutline(PrimitiveElement element, const QStyleOption *option, QPainter *painter) const
{
    const QColor behind = option->palette.color(QPalette::Window);
    const QColor line = Theme::readable(Theme::current().muted, behind, 3.0);
    const QRect box = option->rect.adjusted(0, 0, -1, -1);
    painter->save();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(line, 1));
    painter->drawRect(box);
    painter->restore();
    if (element == PE_IndicatorCheckBox)
        ContrastProbe::ring(painter, option->rect, line);
}

void AppStyle::drawFocusRing(const QStyleOption *option, QPainter *painter) const
{
    // Fusion's own mark is a faint tint of the highlight; a solid ring in a
    // colour checked against the panel is seen on every desktop (3 : 1).
    const QColor ring = Theme::current().focus;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(ring, 2));
    painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 4, 4);
    painter->restore();
    ContrastProbe::ring(painter, option->rect, ring);
}

void AppStyle::drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette, bool enabled,
                            const QString &text, QPalette::ColorRole textRole) const
{
    QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, textRole);
    if (enabled) {
        const QColor color = textRole == QPalette::NoRole ? painter->pen().color() : palette.color(textRole);
        ContrastProbe::text(painter, itemTextRect(painter->fontMetrics(), rect, flags, enabled, text), color,
                            painter->font(), text);
    }
}

QSize AppStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                                 const QWidget *widget) const
{
    const Kind kind = type == CT_PushButton || type == CT_ToolButton ? kindOf(widget) : Kind::None;
    const bool ours = (type == CT_PushButton
                       && (kind == Kind::Primary || kind == Kind::Secondary || kind == Kind::Link))
        || (type == CT_ToolButton && kind == Kind::Navigation);
    if (!ours)
        return QProxyStyle::sizeFromContents(type, option, size, widget);
    const QSize padding = paddingOf(kind, widget);
    return size + QSize(2 * (kBorder + padding.width()), 2 * (kBorder + padding.height()));
}
