#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ProfilePage;
}
class Clock;
class InvitationService;
struct ProfileView;
struct Relation;
class MemberSearchModel;
class SearchResultDelegate;

// Any member's profile as the signed-in member may see it (R11), with the
// one button its relation calls for: Connect, Pending (withdraw), Accept
// (or ignore), Connected, or the date a new invitation becomes possible.
class ProfilePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePage)
public:
    ProfilePage(InvitationService &service, Clock &clock, QWidget *parent = nullptr);
    ~ProfilePage() override;

    void showProfile(qint64 viewer, qint64 member);
    qint64 member() const { return m_member; }
    QString actionText() const;
    bool isActionEnabled() const;
    void pressAction();
    MemberSearchModel *connectionsModel() const { return m_connections.get(); }

signals:
    void backRequested();
    void profileRequested(qint64 memberId);
    void feedback(const QString &text, bool refused);
    // On one's own profile (R19).
    void editProfileRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void secondary();
    void connectWithNote();
    void inviteFromList(const QModelIndex &index, const QString &note);
    void showMutual(const ProfileView &v);
    void showActions(const Relation &relation);

    std::unique_ptr<Ui::ProfilePage> m_ui;
    InvitationService &m_service;
    Clock &m_clock;
    std::unique_ptr<MemberSearchModel> m_connections;
    SearchResultDelegate *m_delegate;
    qint64 m_viewer = 0;
    qint64 m_member = 0;
};
