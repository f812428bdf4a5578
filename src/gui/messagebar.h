#pragma once

#include <QFrame>
#include <QTimer>

#include <functional>

struct ActionResult;
class CardListView;
class QLabel;
class QModelIndex;
class QPushButton;
class QToolButton;

// The answer to an action ("Invitation accepted", a refusal), floating over
// the bottom of a page in the manner of KDE's KMessageWidget: nothing moves
// under the pointer when it comes or goes. Screen readers hear it as an
// alert when it appears. It goes after a while, or with its ✕.
//
// An offer to undo ("Invitation ignored. Undo") holds the action itself:
// it is done only when the offer ends (its time, its ✕, the next message,
// another page, the window closing), so Undo never reverses a rule's final
// state — nothing was stored yet.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)
public:
    static constexpr int kShownMs = 12000;
    static constexpr int kOfferMs = 8000;

    // Floats over the bottom of `over`, following its size; a child of
    // `parent` (by default `over`): a stacked widget's screen-reader tree
    // holds only its pages, so the window's bar is the window's child.
    explicit MessageBar(QWidget *over, QWidget *parent = nullptr);

    void showMessage(const QString &text, bool refused);
    // Shows `text` with Undo (also Ctrl+Z): `undo` runs if it is pressed,
    // else `commit` runs when the offer ends.
    void offerUndo(const QString &text, std::function<void()> commit, std::function<void()> undo);
    // The same for the card `index` in `views`: out of sight until the
    // offer ends, `action` done then (a refusal shown here, the card back).
    void offerCardUndo(const QList<CardListView *> &views, const QModelIndex &index, const QString &text,
                       std::function<ActionResult()> action);
    bool offersUndo() const { return bool(m_commit); }
    // Undo, while an offer stands.
    void undo();
    // The text while shown, else empty.
    QString text() const;
    // Closes the message; an offer standing is done now.
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
    void endOffer();
    void place();

    QWidget *m_over;
    QLabel *m_label;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_commit; // an offer's action, done when it ends
    std::function<void()> m_undo;
    QTimer m_timer;
};
