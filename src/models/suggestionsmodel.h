#pragma once

#include "core/suggestions.h"

#include <QAbstractListModel>

class Clock;
class InvitationService;
class SuggestionWorker;

// People you may know for one member, computed off the GUI thread. Connect
// and Dismiss remove one card; when few are left, more are appended.
class SuggestionsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionsModel)
public:
    static constexpr int kPage = 24;
    static constexpr int kRefillBelow = 8;

    SuggestionsModel(InvitationService &service, SuggestionWorker &worker, QObject *parent = nullptr);

    void setMember(qint64 memberId);
    bool isLoading() const { return m_pending != 0; }
    // The next page of people, for a page scrolled near its end. Not Qt's
    // fetchMore: a view that shows all its rows would call that until
    // nobody is left.
    void loadMore();
    bool hasMore() const { return !m_exhausted; }
    int rowOf(qint64 memberId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

signals:
    void loaded();

private:
    void onReady(int requestId, qint64 member, const QList<Suggestion> &list);
    void removePerson(qint64 memberId);
    void refillIfLow();
    QString reason(const Suggestion &s) const;

    InvitationService &m_service;
    SuggestionWorker &m_worker;
    qint64 m_member = 0;
    QList<Suggestion> m_rows;
    int m_pending = 0;
    int m_asked = 0;
    bool m_exhausted = false;
};
