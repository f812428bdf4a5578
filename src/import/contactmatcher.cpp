#include "import/contactmatcher.h"

#include "base/datetext.h"
#include "base/email.h"
#include "rules/network.h"
#include "store/rowscan.h"
#include "store/sql.h"
#include "store/statement.h"
#include "store/store.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

namespace {

struct Found
{
    qint64 id = 0;
    QString name;
    QString headline;
    QString company; // only for matching by name
};

// What the owner already has with anyone: a few owner-scoped reads.
struct OwnerState
{
    QString ownEmailNorm;
    QSet<qint64> connected;
    QHash<qint64, qint64> sentTo; // member -> invitation
    QHash<QString, qint64> sentToAddress; // address -> invitation
    QHash<qint64, qint64> receivedFrom; // member -> invitation
    QHash<qint64, qint64> coolDown; // member -> until
    QHash<QString, qint64> coolDownAddress;

    bool load(const QSqlDatabase &db, qint64 owner, qint64 now, QString *error)
    {
        QSqlQuery q(db);
        if (!Sql::exec(q, QStringLiteral("SELECT email_norm FROM members WHERE id = ?"), {owner}, error))
            return false;
        if (q.next())
            ownEmailNorm = q.value(0).toString();
        if (!Sql::exec(q, QStringLiteral("SELECT other_id FROM connections WHERE member_id = ?"), {owner}, error))
            return false;
        while (q.next())
            connected.insert(q.value(0).toLongLong());
        if (!Sql::exec(q,
                       QStringLiteral("SELECT id, recipient_id, recipient_email FROM invitations WHERE ")
                           + InvitationLists::condition(InvitationLists::List::Sent, QString()),
                       {owner, now}, error))
            return false;
        while (q.next()) {
            if (q.value(1).isNull())
                sentToAddress.insert(q.value(2).toString(), q.value(0).toLongLong());
            else
                sentTo.insert(q.value(1).toLongLong(), q.value(0).toLongLong());
        }
        if (!Sql::exec(q,
                       QStringLiteral("SELECT id, sender_id FROM invitations WHERE ")
                           + InvitationLists::condition(InvitationLists::List::Received, QString()),
                       {owner, now}, error))
            return false;
        while (q.next())
            receivedFrom.insert(q.value(1).toLongLong(), q.value(0).toLongLong());
        if (!Sql::exec(q,
                       QStringLiteral("SELECT recipient_id, recipient_email, until_ms FROM cooldowns"
                                      " WHERE sender_id = ? AND until_ms > ?"),
                       {owner, now}, error))
            return false;
        while (q.next()) {
            const qint64 until = q.value(2).toLongLong();
            if (!q.value(0).isNull())
                coolDown[q.value(0).toLongLong()] = qMax(coolDown.value(q.value(0).toLongLong()), until);
            if (!q.value(1).isNull() && !q.value(1).toString().isEmpty())
                coolDownAddress[q.value(1).toString()] = qMax(coolDownAddress.value(q.value(1).toString()), until);
        }
        return true;
    }
};

// A JSON array of strings, escaped by hand: QJsonArray takes microseconds
// a value, and a file can hold hundreds of thousands.
QString jsonArray(const QStringList &values)
{
    QString json;
    json.reserve(values.size() * 24);
    json += QLatin1Char('[');
    for (const QString &v : values) {
        if (json.size() > 1)
            json += QLatin1Char(',');
        json += QLatin1Char('"');
        for (const QChar c : v) {
            if (c == u'"' || c == u'\\') {
                json += QLatin1Char('\\');
                json += c;
            } else if (c.unicode() < 0x20) {
                json += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                json += c;
            }
        }
        json += QLatin1Char('"');
    }
    json += QLatin1Char(']');
    return json;
}

// Runs `select` (one JSON array parameter, or "IN (<texts>)" / "IN (<ids>)",
// after the values of `first`) over the values in batches, each batch
// bound as one JSON array.
bool forBatches(const Store &store, const QString &select, const QStringList &values,
                const std::function<void(const QSqlQuery &)> &row, QString *error, const QVariantList &first = {})
{
    Statement batch(store.database());
    QSqlQuery &q = batch.query();
    q.setForwardOnly(true);
    const QString statement = QString(select)
                                  .replace(QLatin1String("<texts>"), store.dialect().textsFromJson())
                                  .replace(QLatin1String("<ids>"), store.dialect().idsFromJson());
    if (!batch.prepare(statement)) {
        if (error)
            *error = batch.error();
        return false;
    }
    for (qsizetype start = 0; start < values.size(); start += ContactMatcher::kBatch) {
        if (!batch.run(QVariantList(first) << jsonArray(values.mid(start, ContactMatcher::kBatch)))) {
            if (error)
                *error = batch.error();
            return false;
        }
        while (q.next())
            row(q);
    }
    return true;
}

// Members by normalized address: looked up in batches, or, when the file
// holds more addresses than an eighth of the members, all read in one pass
// over the address index (an index lookup costs some microseconds, a row of
// a scan a fraction of that).
bool membersByEmail(const Store &store, const std::function<QStringList()> &emails, qsizetype count,
                    QHash<QString, qint64> *out, QString *error)
{
    bool ok = false;
    const qint64 members = Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM members"), {}, 0, &ok);
    if (!ok) {
        if (error)
            *error = QStringLiteral("cannot count members");
        return false;
    }
    if (count * 8 > members && !store.dialect().isMemberSession()) {
        out->reserve(members);
        return RowScan::idAndText(
            store.database(), QStringLiteral("SELECT id, email_norm FROM members"),
            [out](qint64 id, QString &&email) { out->insert(std::move(email), id); }, error);
    }
    return forBatches(
        store, store.dialect().membersByEmail(), emails(),
        [out](const QSqlQuery &q) { out->insert(q.value(1).toString(), q.value(0).toLongLong()); }, error);
}

// SQLite's lower() folds ASCII only; PostgreSQL's folds everything. So
// the lookup asks for the fully folded name (PostgreSQL) and for what
// SQLite makes of the name as written and as a name is usually written
// ("JANA ÖZTÜRK" -> "Jana Öztürk" -> "jana Öztürk").
QString asciiLower(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        if (c.unicode() < 0x80)
            c = c.toLower();
    }
    return out;
}

QString capitalized(const QString &s)
{
    QString out = s.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter();
    }
    return out;
}

QStringList nameSpellings(const QString &name)
{
    QStringList spellings{name.toLower(), asciiLower(name), asciiLower(capitalized(name))};
    spellings.removeDuplicates();
    return spellings;
}

bool membersByName(const Store &store, const QStringList &names, QMultiHash<QString, Found> *out, QString *error)
{
    QStringList spellings;
    for (const QString &n : names)
        spellings += nameSpellings(n);
    return forBatches(
        store, QStringLiteral("SELECT id, name, headline, company FROM members WHERE lower(name) IN (<texts>)"),
        spellings,
        [out](const QSqlQuery &q) {
            const Found f{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
            out->insert(f.name.toLower(), f);
        },
        error);
}

// Network::relation's order, on the owner's state read once for the file.
void relate(ContactMatch &m, const OwnerState &s, qint64 owner)
{
    if (m.memberId == owner) {
        m.status = ContactStatus::Yourself;
    } else if (s.connected.contains(m.memberId)) {
        m.status = ContactStatus::Connected;
    } else if (qint64 id = s.receivedFrom.value(m.memberId)) {
        m.status = ContactStatus::InvitationReceived;
        m.invitationId = id;
    } else if (qint64 id = s.sentTo.value(m.memberId)) {
        m.status = ContactStatus::InvitationSent;
        m.invitationId = id;
    } else if (qint64 until = s.coolDown.value(m.memberId)) {
        m.status = ContactStatus::CoolDown;
        m.availableFromMs = until;
    } else {
        m.status = ContactStatus::CanConnect;
    }
}

}

QString ContactMatcher::dedupeKey(const QString &emailNorm, const QString &name, const QString &company)
{
    if (!emailNorm.isEmpty())
        return emailNorm;
    return QLatin1String("name:") + name.toLower() + QLatin1Char('|') + company.toLower();
}

QList<ContactMatch> ContactMatcher::classify(const Store &store, qint64 owner, qint64 nowMs,
                                             QList<ImportedContact> contacts, QString *error)
{
    QList<ContactMatch> matches;
    matches.reserve(contacts.size());
    for (ImportedContact &c : contacts) {
        matches.append(ContactMatch());
        matches.last().contact = std::move(c);
    }
    contacts = {};
    if (!classify(store, owner, nowMs, matches, error))
        return {};
    return matches;
}

namespace {

// Every valid address of every contact, looked up once: the member's
// address wins; else the contact keeps its first valid one.
bool matchAddresses(const Store &store, QList<ContactMatch> &matches, QString *error)
{
    // Each address is checked and normalized once.
    struct Address
    {
        qsizetype contact;
        qsizetype index; // in the contact's emails
        QString norm;
    };
    std::vector<Address> addresses;
    addresses.reserve(size_t(matches.size()) * 2);
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const QStringList &emails = matches.at(i).contact.emails;
        for (qsizetype e = 0; e < emails.size(); ++e) {
            if (Email::isValid(emails.at(e)))
                addresses.push_back({i, e, Email::normalized(emails.at(e))});
        }
    }

    QHash<QString, qint64> byEmail;
    const auto distinct = [&addresses] {
        QSet<QString> set;
        for (const Address &a : addresses)
            set.insert(a.norm);
        return QStringList(set.cbegin(), set.cend());
    };
    if (!membersByEmail(store, distinct, qsizetype(addresses.size()), &byEmail, error))
        return false;

    // The member's address wins; else the first valid one.
    for (const Address &a : addresses) {
        ContactMatch &m = matches[a.contact];
        if (m.memberId)
            continue;
        const qint64 member = byEmail.value(a.norm);
        if (m.emailNorm.isEmpty() || member) {
            m.emailNorm = a.norm;
            m.email = m.contact.emails.at(a.index).trimmed();
            m.memberId = member;
        }
    }

    return true;
}

// A status for each contact from the owner's state; returns the names of
// contacts without an address, to be looked up by name.
QStringList classifyEach(QList<ContactMatch> &matches, const OwnerState &state, qint64 owner)
{
    QStringList unaddressedNames;
    QSet<QString> seenNames;
    QSet<QString> seenKeys;
    seenKeys.reserve(matches.size());
    for (ContactMatch &m : matches) {
        const QString chosen = m.emailNorm;
        const QString key = ContactMatcher::dedupeKey(chosen, m.contact.name, m.contact.company);
        const qsizetype known = seenKeys.size();
        seenKeys.insert(key);
        const bool duplicate = seenKeys.size() == known
            && !(chosen.isEmpty() && m.contact.emails.isEmpty() && m.contact.name.isEmpty());
        if (chosen.isEmpty()) {
            if (!m.contact.emails.isEmpty()) {
                m.status = ContactStatus::InvalidAddress;
                m.email = m.contact.emails.first();
            } else if (duplicate) {
                m.status = ContactStatus::Duplicate;
            } else {
                m.status = ContactStatus::NoAddress;
                const QString lower = m.contact.name.toLower();
                if (!lower.isEmpty() && !seenNames.contains(lower)) {
                    seenNames.insert(lower);
                    unaddressedNames.append(m.contact.name);
                }
            }
            continue;
        }
        if (duplicate) {
            m.status = ContactStatus::Duplicate;
            continue;
        }
        if (m.memberId) {
            relate(m, state, owner);
        } else if (chosen == state.ownEmailNorm) {
            m.status = ContactStatus::Yourself;
        } else if (qint64 id = state.sentToAddress.value(chosen)) {
            m.status = ContactStatus::InvitationSent;
            m.invitationId = id;
        } else if (qint64 until = state.coolDownAddress.value(chosen)) {
            m.status = ContactStatus::CoolDown;
            m.availableFromMs = until;
        } else {
            m.status = ContactStatus::NotMember;
        }
    }

    return unaddressedNames;
}

// A contact without an address may be a member of that name: with a
// company in the file, only a member at that company is a match.
bool matchByName(const Store &store, QList<ContactMatch> &matches, const QStringList &unaddressedNames,
                 const OwnerState &state, qint64 owner, QString *error)
{
    QMultiHash<QString, Found> byName;
    if (!membersByName(store, unaddressedNames, &byName, error))
        return false;
    for (ContactMatch &m : matches) {
        if (m.status != ContactStatus::NoAddress)
            continue;
        const QList<Found> candidates = byName.values(m.contact.name.toLower());
        if (candidates.isEmpty())
            continue;
        const Found *best = nullptr;
        for (const Found &f : candidates) {
            if (!m.contact.company.isEmpty() && f.company.compare(m.contact.company, Qt::CaseInsensitive) == 0) {
                best = &f;
                break;
            }
        }
        if (!best && (m.contact.company.isEmpty() || candidates.size() == 1))
            best = &candidates.first();
        if (!best)
            continue;
        m.memberId = best->id;
        m.memberName = best->name;
        m.memberHeadline = best->headline;
        relate(m, state, owner);
        if (m.status == ContactStatus::CanConnect)
            m.status = ContactStatus::PossibleMatch;
    }
    return true;
}

// The names of the members found by address, so that the preview can say
// whom "Hans Meier" turned out to be.
bool nameMembers(const Store &store, QList<ContactMatch> &matches, QString *error)
{
    QSet<qint64> ids;
    for (const ContactMatch &m : std::as_const(matches)) {
        if (m.memberId && m.memberName.isEmpty() && m.status != ContactStatus::Duplicate)
            ids.insert(m.memberId);
    }
    if (ids.isEmpty())
        return true;
    QStringList values;
    values.reserve(ids.size());
    for (qint64 id : std::as_const(ids))
        values.append(QString::number(id));
    QHash<qint64, QString> names;
    names.reserve(ids.size());
    if (!forBatches(
            store, QStringLiteral("SELECT id, name FROM members WHERE id IN (<ids>)"), values,
            [&names](const QSqlQuery &q) { names.insert(q.value(0).toLongLong(), q.value(1).toString()); }, error))
        return false;
    for (ContactMatch &m : matches) {
        if (m.memberId && m.memberName.isEmpty())
            m.memberName = names.value(m.memberId);
    }
    return true;
}

// Which contacts the owner keeps already, and under which name: a
// re-import under another name says so before it replaces it.
bool findKept(const Store &store, qint64 owner, QList<ContactMatch> &matches, QString *error)
{
    QHash<QString, qsizetype> byKey;
    byKey.reserve(matches.size());
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const ContactMatch &m = matches.at(i);
        if (ContactMatch::isKeepable(m.status))
            byKey.insert(ContactMatcher::dedupeKey(m.emailNorm, m.contact.name, m.contact.company), i);
    }
    if (byKey.isEmpty())
        return true;
    return forBatches(
        store, QStringLiteral("SELECT dedupe_key, name FROM contacts WHERE owner_id = ? AND dedupe_key IN (<texts>)"),
        byKey.keys(),
        [&byKey, &matches](const QSqlQuery &q) {
            const qsizetype i = byKey.value(q.value(0).toString(), -1);
            if (i < 0)
                return;
            matches[i].kept = true;
            matches[i].keptName = q.value(1).toString();
        },
        error, {owner});
}

}

bool ContactMatch::memberNamedOtherwise() const
{
    return isMember() && !memberName.isEmpty() && !contact.name.isEmpty()
        && contact.name.compare(memberName, Qt::CaseInsensitive) != 0;
}

bool ContactMatch::renamed() const
{
    return kept && keptName.compare(contact.name, Qt::CaseSensitive) != 0;
}

bool ContactMatcher::classify(const Store &store, qint64 owner, qint64 nowMs, QList<ContactMatch> &matches,
                              QString *error)
{
    OwnerState state;
    if (!state.load(store.database(), owner, nowMs, error) || !matchAddresses(store, matches, error))
        return false;
    const QStringList unaddressedNames = classifyEach(matches, state, owner);
    return (unaddressedNames.isEmpty() || matchByName(store, matches, unaddressedNames, state, owner, error))
        && nameMembers(store, matches, error) && findKept(store, owner, matches, error);
}

QString ContactMatcher::statusText(const ContactMatch &m, ContactStatus status)
{
    switch (status) {
    case ContactStatus::CanConnect:
        return tr("Member, not connected yet");
    case ContactStatus::Connected:
        return tr("Already connected");
    case ContactStatus::InvitationSent:
        return tr("Invitation pending");
    case ContactStatus::InvitationReceived:
        return tr("Has invited you");
    case ContactStatus::CoolDown:
        return tr("Can be invited again on %1").arg(DateText::longDate(m.availableFromMs));
    case ContactStatus::NotMember:
        return tr("Not a member yet");
    case ContactStatus::InvalidAddress:
        return tr("Invalid address");
    case ContactStatus::Duplicate:
        return tr("Duplicate in this file");
    case ContactStatus::Yourself:
        return tr("That is you");
    case ContactStatus::PossibleMatch:
        return tr("Possible match: %1 — please confirm").arg(m.memberName);
    case ContactStatus::NoAddress:
        return tr("No email address");
    }
    return {};
}

QString ContactMatcher::fullStatusText(const ContactMatch &match, ContactStatus status)
{
    QString text = statusText(match, status);
    if (status != ContactStatus::PossibleMatch && match.memberNamedOtherwise())
        text += QStringLiteral(" · ")
            + tr("found as %1", "the member an imported contact turned out to be").arg(match.memberName);
    if (match.renamed() && !match.keptName.isEmpty())
        text += QStringLiteral(" · ")
            + tr("saved as %1", "the name an imported contact is kept under").arg(match.keptName);
    return text;
}
