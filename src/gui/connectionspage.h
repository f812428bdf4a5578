#pragma once

#include <QWidget>

#include <memory>

class CardListView;
class Clock;
class ConnectionListModel;
class InvitationService;
class MessageBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SearchResultDelegate;

// The member's connections (SPEC, Connections): search, sort by recently
// added, first or last name; a card opens the profile; Remove asks first,
// then removes the connection for both (R14).
class ConnectionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPage)
public:
    ConnectionsPage(InvitationService &service, Clock &clock, QWidget *parent = nullptr);
    ~ConnectionsPage() override;

    void setMember(qint64 memberId);
    ConnectionListModel *model() const { return m_model.get(); }
    CardListView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    QComboBox *sortBox() const { return m_sort; }
    // Removing offers Undo on the window's bar; without one it is done at once.
    void setMessageBar(MessageBar *bar) { m_bar = bar; }

signals:
    void profileRequested(qint64 memberId);
    void backRequested();
    void feedback(const QString &text, bool refused);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateTitle();
    void remove(const QModelIndex &index);
    void load();

    InvitationService &m_service;
    std::unique_ptr<ConnectionListModel> m_model;
    SearchResultDelegate *m_delegate;
    QPushButton *m_back;
    QLabel *m_title;
    QLineEdit *m_filter;
    QLabel *m_sortLabel;
    QComboBox *m_sort;
    CardListView *m_view;
    qint64 m_member = 0;
    bool m_loaded = false;
    MessageBar *m_bar = nullptr;
};
