#pragma once

#include <QProxyStyle>

// The app's look on top of Fusion, in code rather than a style sheet: a
// style sheet on the application puts every widget through Qt's CSS engine
// when it is polished and painted, which cost a third of the time from
// start to the first painted page. Widgets are told apart by object name
// (Style::setStyleName gives one): page and panel backgrounds, titles,
// blue primary buttons, link-like buttons and the navigation bar.
class AppStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    AppStyle();

    enum class Kind {
        None,
        Page, // the window's warm grey
        Panel, // a white card with a rounded border
        Transparent, // lists and scroll areas that show the page through
        Title, // a section's title, with room above it
        Heading, // a page's title
        MemberName,
        ProfileName,
        Error,
        Feedback, // the answer to an action: green, or red when refused
        Primary, // blue, rounded, white text
        Secondary, // outlined, rounded
        Link, // blue bold text, underlined under the pointer
        Navigation, // a tool button of the navigation bar
    };
    static Kind kindOf(const QWidget *widget);

    void polish(QWidget *widget) override;
    using QProxyStyle::polish;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override;
    void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette, bool enabled,
                      const QString &text, QPalette::ColorRole textRole = QPalette::NoRole) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override;

private:
    void drawCheckOutline(PrimitiveElement element, const QStyleOption *option, QPainter *painter) const;
    void drawFocusRing(const QStyleOption *option, QPainter *painter) const;
    void drawButton(Kind kind, const QStyleOption *option, QPainter *painter, const QWidget *widget) const;
};
