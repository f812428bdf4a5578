#pragma once

#include "rules/suggestions.h"

#include <QAbstractListModel>
#include <QHash>

class Clock;
class InvitationService;
class SuggestionWorker;

// People you may know for one member, computed off the GUI thread. After
// Connect or Dismiss a card stays where it is, showing what happened (and
// Undo for a dismissal), until settle() lets the cards behind it close the
// gap; when few are left, more are appended.
class SuggestionsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionsModel)
public:
    static constexpr int kPage = 24;
    static constexpr int kRefillBelow = 8;

    SuggestionsModel(InvitationService &service, SuggestionWorker &worker, QObject *parent = nullptr);

    enum class CardState { Suggested, Invited, Dismissed };
    Q_ENUM(CardState)

    void setMember(qint64 memberId);
    // Removes the cards that were acted on. The page calls it once the
    // pointer is no longer over the grid, so no card moves under a click.
    void settle();
    int unsettledCount() const;
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
    void setState(qint64 memberId, CardState state);
    void refillIfLow();
    QList<qint64> shownIds() const;
    QString reason(const Suggestion &s) const;

    InvitationService &m_service;
    SuggestionWorker &m_worker;
    qint64 m_member = 0;
    QList<Suggestion> m_rows;
    QHash<qint64, CardState> m_acted; // cards acted on, not yet settled
    // A card's first mutual connection (id, name), read once.
    mutable QHash<qint64, QPair<qint64, QString>> m_mutualNames;
    const QPair<qint64, QString> &firstMutual(const Suggestion &s) const;
    int m_pending = 0;
    int m_asked = 0;
    bool m_exhausted = false;
};
