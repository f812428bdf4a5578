#pragma once

#include <QFrame>
#include <QTimer>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

// The answer to an action ("Invitation accepted", a refusal), floating over
// the bottom of a page in the manner of KDE's KMessageWidget: nothing moves
// under the pointer when it comes or goes. Screen readers hear it as an
// alert when it appears. It goes after a while, or with its ✕; an offer
// such as Undo stays until its moment has passed.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)
public:
    static constexpr int kShownMs = 12000;

    // Floats over the bottom of `over`, following its size; a child of
    // `parent` (by default `over`): a stacked widget's screen-reader tree
    // holds only its pages, so the window's bar is the window's child.
    explicit MessageBar(QWidget *over, QWidget *parent = nullptr);

    void showMessage(const QString &text, bool refused);
    // With a button (Undo) that calls `action` and closes the message; the
    // message closes by itself after `ms`.
    void showOffer(const QString &text, const QString &actionText, std::function<void()> action, int ms);
    // The text while shown, else empty.
    QString text() const;
    void dismiss();

signals:
    // Closed by its ✕, by time, or by dismiss(); not by its own action.
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void present(const QString &text, bool refused, int ms);
    void place();

    QWidget *m_over;
    QLabel *m_label;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_onAction;
    QTimer m_timer;
};
