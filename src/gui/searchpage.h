#pragma once

#include <QWidget>

#include <memory>

class CardListView;
class InvitationService;
class MemberSearchModel;
class QLabel;
class QLineEdit;
class SearchResultDelegate;

// People found by name, headline or company, with Connect at the right.
class SearchPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPage)
public:
    explicit SearchPage(InvitationService &service, QWidget *parent = nullptr);
    ~SearchPage() override;

    void search(qint64 viewer, const QString &text);
    MemberSearchModel *results() const { return m_model.get(); }
    CardListView *view() const { return m_view; }

signals:
    void profileRequested(qint64 memberId);
    void feedback(const QString &text, bool refused);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void connectTo(const QModelIndex &index, const QString &note);
    QWidget *narrowingRow();
    void rerun();

    InvitationService &m_service;
    std::unique_ptr<MemberSearchModel> m_model;
    SearchResultDelegate *m_delegate;
    QLabel *m_title;
    QLabel *m_narrowLabel = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_school = nullptr;
    CardListView *m_view;
    qint64 m_viewer = 0;
    QString m_text;
};
