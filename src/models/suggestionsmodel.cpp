#include "models/suggestionsmodel.h"

#include "base/clock.h"
#include "models/relativetime.h"
#include "models/roles.h"
#include "rules/invitationservice.h"
#include "rules/suggestionworker.h"
#include "store/changefeed.h"
#include "store/store.h"

SuggestionsModel::SuggestionsModel(InvitationService &service, SuggestionWorker &worker, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
    , m_worker(worker)
{
    connect(&worker, &SuggestionWorker::ready, this, &SuggestionsModel::onReady);
    connect(service.store().feed(), &ChangeFeed::changed, this, [this](const ChangeSet &changes) {
        if (m_member == 0)
            return;
        // Another window of this member dismissed someone, or the network
        // was put back from a copy: ask again. (Another change too large to
        // list, made here, is an engine catch-up: it does not change who is
        // worth suggesting.)
        if (changes.replaced || (changes.remote && changes.touches(m_member, ChangeSet::Suggestions))) {
            setMember(m_member);
            return;
        }
        if (changes.touches(m_member, ChangeSet::Invitations)) {
            for (auto it = changes.invitations.cbegin(); it != changes.invitations.cend(); ++it) {
                if (it.value().sender == m_member)
                    setState(it.value().recipient, CardState::Invited);
                else if (it.value().recipient == m_member)
                    removePerson(it.value().sender); // now among the received invitations
            }
        }
    });
    connect(&service, &InvitationService::suggestionDismissed, this, [this](qint64 member, qint64 other) {
        if (member == m_member)
            setState(other, CardState::Dismissed);
    });
    connect(&service, &InvitationService::suggestionRestored, this, [this](qint64 member, qint64 other) {
        if (member == m_member)
            setState(other, CardState::Suggested);
    });
}

void SuggestionsModel::setMember(qint64 memberId)
{
    beginResetModel();
    m_member = memberId;
    m_rows.clear();
    m_acted.clear();
    m_mutualNames.clear();
    endResetModel();
    m_exhausted = false;
    m_asked = kPage;
    m_pending = m_worker.request(memberId, kPage, m_service.clock().nowMs());
}

void SuggestionsModel::loadMore()
{
    if (m_member == 0 || m_pending != 0 || m_exhausted)
        return;
    m_asked = kPage;
    m_pending = m_worker.request(m_member, kPage, m_service.clock().nowMs(), shownIds());
}

void SuggestionsModel::onReady(int requestId, qint64 member, const QList<Suggestion> &list)
{
    if (requestId != m_pending || member != m_member)
        return; // an answer for an older question
    m_pending = 0;
    if (list.size() < m_asked)
        m_exhausted = true;
    QList<Suggestion> fresh;
    for (const Suggestion &s : list) {
        if (rowOf(s.memberId) < 0)
            fresh.append(s);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows += fresh;
        endInsertRows();
    }
    emit loaded();
}

QList<qint64> SuggestionsModel::shownIds() const
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const Suggestion &s : m_rows)
        ids.append(s.memberId);
    return ids;
}

int SuggestionsModel::rowOf(qint64 memberId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).memberId == memberId)
            return i;
    }
    return -1;
}

void SuggestionsModel::removePerson(qint64 memberId)
{
    const int row = rowOf(memberId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_acted.remove(memberId);
    endRemoveRows();
    refillIfLow();
}

void SuggestionsModel::setState(qint64 memberId, CardState state)
{
    const int row = rowOf(memberId);
    if (row < 0)
        return;
    if (state == CardState::Suggested)
        m_acted.remove(memberId);
    else
        m_acted.insert(memberId, state);
    const QModelIndex i = index(row, 0);
    emit dataChanged(i, i);
}

int SuggestionsModel::unsettledCount() const
{
    return int(m_acted.size());
}

void SuggestionsModel::settle()
{
    const QList<qint64> acted = m_acted.keys();
    for (qint64 id : acted)
        removePerson(id);
}

void SuggestionsModel::refillIfLow()
{
    if (m_rows.size() - m_acted.size() >= kRefillBelow || m_pending != 0)
        return;
    m_asked = kPage - int(m_rows.size());
    m_pending = m_worker.request(m_member, m_asked, m_service.clock().nowMs(), shownIds());
}

const QPair<qint64, QString> &SuggestionsModel::firstMutual(const Suggestion &s) const
{
    auto known = m_mutualNames.constFind(s.memberId);
    if (known == m_mutualNames.cend()) {
        const auto first = m_service.network().mutualConnections(m_member, s.memberId, 1);
        known = m_mutualNames.insert(s.memberId, first.isEmpty() ? QPair<qint64, QString>() : first.first());
    }
    return *known;
}

// The strongest reason only, in the order Suggestions ranks by.
QString SuggestionsModel::reason(const Suggestion &s) const
{
    if (s.mutual > 0) {
        // One name fits a card; the profile shows three.
        return RelativeTime::mutualShort(firstMutual(s).second, s.mutual);
    }
    if (s.inContacts)
        return tr("In your contacts");
    if (s.sameCompany)
        return tr("Also at %1").arg(s.company);
    if (s.sameSchool)
        return tr("Also studied at %1").arg(s.school);
    if (s.sameLocation)
        return tr("Lives in %1").arg(s.location);
    return {};
}

int SuggestionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SuggestionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Suggestion &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Roles::PersonName:
        return s.name;
    case Roles::PersonId:
        return s.memberId;
    case Roles::Headline:
        return s.headline;
    case Roles::Initials:
        return RelativeTime::initials(s.name);
    case Roles::MutualCount:
        return s.mutual;
    case Roles::MutualIds:
        return s.mutual > 0 && firstMutual(s).first ? QVariantList{firstMutual(s).first} : QVariantList();
    case Roles::MutualText:
    case Roles::ReasonText:
        return reason(s);
    case Roles::Score:
        return s.score;
    case Roles::CardState:
        return int(m_acted.value(s.memberId, CardState::Suggested));
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(s.name, s.headline);
    case Qt::AccessibleDescriptionRole:
        switch (m_acted.value(s.memberId, CardState::Suggested)) {
        case CardState::Invited:
            return tr("Invitation sent, awaiting an answer");
        case CardState::Dismissed:
            return tr("Dismissed; Undo suggests %1 again").arg(s.name);
        case CardState::Suggested:
            break;
        }
        return reason(s);
    default:
        return {};
    }
}
