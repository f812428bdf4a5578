#pragma once

#include "gui/invitationdelegate.h"
#include "rules/network.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class MessageBar;

namespace Ui {
class MyNetworkPage;
}
class CardListView;
class QScrollArea;
class Clock;
class InvitationListModel;
class InvitationService;
class SuggestionDelegate;
class SuggestionWorker;
class SuggestionsModel;
class WithdrawOldDialog;
struct ActionResult;

// The My Network page of the signed-in member: the side panel with live
// counts and invite-by-e-mail, received invitations with Accept and Ignore,
// sent invitations with Withdraw.
class MyNetworkPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyNetworkPage)
public:
    MyNetworkPage(InvitationService &service, Clock &clock, SuggestionWorker &suggestions, QWidget *parent = nullptr);
    ~MyNetworkPage() override;

    void setMember(qint64 memberId);
    qint64 memberId() const { return m_member; }
    // The side panel's counts are read on the worker's thread: "…" until
    // the first answer, the last figures while a newer one is on its way.
    bool countsPending() const { return m_countsRequest != 0; }

    // The first few received invitations, on the page that scrolls.
    CardListView *receivedView() const;
    // All of them, after "See all".
    CardListView *receivedAllView() const;
    CardListView *sentView() const;
    CardListView *suggestionsView() const;
    SuggestionsModel *suggestionsModel() const { return m_suggestions.get(); }
    enum class View { Overview, Received, Sent };
    void showView(View view);
    View view() const;
    void showSent(bool sent) { showView(sent ? View::Sent : View::Overview); }
    // The page that scrolls: received invitations, then people you may know.
    QScrollArea *overviewScroll() const;
    InvitationListModel *receivedModel() const { return m_received.get(); }
    InvitationListModel *sentModel() const { return m_sent.get(); }
    QString feedbackText() const;
    // Messages float over this bar's page: the window's one bar.
    void setMessageBar(MessageBar *bar) { m_bar = bar; }
    // Closes the message of the last action (also on its own after a while).
    void clearFeedback();
    // Opens the dialog that lists every sent invitation older than `weeks`
    // (the number can be changed there) and withdraws them when confirmed.
    WithdrawOldDialog *withdrawOlderThan(int weeks);
    static constexpr int kDefaultWithdrawWeeks = 4;
    // Shows the received invitation and gives it keyboard focus; false if
    // it is not among the member's open ones (or lies further down the
    // list than is worth reading now).
    bool showInvitation(qint64 invitationId);
    // Imported contacts changed: counts and people you may know follow.
    void contactsChanged();

signals:
    void profileRequested(qint64 memberId);
    void importRequested();
    void manageContactsRequested();
    void connectionsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setUpLists();
    void setUpSuggestions();
    void connectButtons();
    void refresh();
    void showCounts(const QString &connections, const QString &contacts, const QString &sent,
                    const QString &notifications, const QString &received);
    void applyCounts();
    void retranslate();
    void onReceivedAction(const QModelIndex &index, InvitationDelegate::Action action);
    void onSentAction(const QModelIndex &index, InvitationDelegate::Action action);
    void connectTo(const QModelIndex &index, const QString &note = QString());
    void dismiss(const QModelIndex &index);
    void undoDismiss(const QModelIndex &index);
    void inviteByEmail();
    void showFeedback(const QString &text, bool refused);
    void placeSidePanel(bool below);
    void orderTabs(bool sidePanelLast);
    MessageBar *messageBar();
    void report(const ActionResult &result, const QString &success);
    void loadMoreIfNearEnd();
    QString dateText(qint64 ms) const;

    std::unique_ptr<Ui::MyNetworkPage> m_ui;
    InvitationService &m_service;
    Clock &m_clock;
    std::unique_ptr<InvitationListModel> m_received;
    std::unique_ptr<InvitationListModel> m_sent;
    std::unique_ptr<SuggestionsModel> m_suggestions;
    SuggestionDelegate *m_suggestionDelegate;
    InvitationDelegate *m_receivedDelegate;
    InvitationDelegate *m_receivedAllDelegate;
    InvitationDelegate *m_sentDelegate;
    qint64 m_member = 0;
    SuggestionWorker &m_worker;
    int m_countsRequest = 0;
    std::optional<NetworkCounts> m_counts; // the last answer for m_member
    QTimer m_settleTimer;
    MessageBar *m_bar = nullptr; // the window's, or the page's own
    bool m_sidePanelBelow = false; // folded under the lists (a narrow window)
};
