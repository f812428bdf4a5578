#include "base/changeset.h"

#include "base/types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

void ChangeSet::invitation(const Invitation &inv)
{
    invitation(inv.id, inv.senderId, inv.recipientId);
    if (inv.isToAddress())
        outbox();
}

void ChangeSet::invitation(qint64 id, qint64 sender, qint64 recipient, bool tellSender)
{
    if (everything)
        return;
    invitations.insert(id, {sender, recipient});
    if (tellSender)
        member(sender, Invitations);
    if (recipient)
        member(recipient, Invitations);
}

void ChangeSet::member(qint64 memberId, int topics)
{
    if (everything)
        return;
    members[memberId] |= topics;
    if (invitations.size() + members.size() > kMaxListed) {
        everything = true;
        invitations.clear();
        members.clear();
    }
}

void ChangeSet::merge(const ChangeSet &other)
{
    remote = remote || other.remote;
    replaced = replaced || other.replaced;
    if (other.everything) {
        everything = true;
        invitations.clear();
        members.clear();
        return;
    }
    // A union: `other` names whom its invitations concern already, and a
    // member's share of the log names only them (R4: an ignore never
    // names its sender).
    for (auto it = other.invitations.cbegin(); it != other.invitations.cend(); ++it)
        invitations.insert(it.key(), it.value());
    if (invitations.size() + members.size() > kMaxListed) {
        everything = true;
        invitations.clear();
        members.clear();
        return;
    }
    for (auto it = other.members.cbegin(); it != other.members.cend(); ++it)
        member(it.key(), it.value());
}

// {"i":[[id, sender, recipient], …], "m":[[member, topics], …], "all":true, "new":true}:
// small, and readable with any SQL client.
QByteArray ChangeSet::toJson() const
{
    QJsonObject o;
    if (everything)
        o.insert(QStringLiteral("all"), true);
    if (replaced)
        o.insert(QStringLiteral("new"), true);
    QJsonArray ids;
    for (auto it = invitations.cbegin(); it != invitations.cend(); ++it)
        ids.append(QJsonArray{it.key(), it.value().sender, it.value().recipient});
    if (!ids.isEmpty())
        o.insert(QStringLiteral("i"), ids);
    QJsonArray ms;
    for (auto it = members.cbegin(); it != members.cend(); ++it)
        ms.append(QJsonArray{it.key(), it.value()});
    if (!ms.isEmpty())
        o.insert(QStringLiteral("m"), ms);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ChangeSet ChangeSet::fromJson(const QByteArray &json)
{
    ChangeSet c;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject()) {
        c.everything = true; // unreadable: safest to reload
        return c;
    }
    const QJsonObject o = doc.object();
    c.everything = o.value(QStringLiteral("all")).toBool();
    c.replaced = c.everything && o.value(QStringLiteral("new")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("i")).toArray()) {
        const QJsonArray triple = v.toArray();
        if (triple.size() == 3)
            c.invitations.insert(triple.at(0).toInteger(), {triple.at(1).toInteger(), triple.at(2).toInteger()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("m")).toArray()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            c.member(pair.at(0).toInteger(), pair.at(1).toInt());
    }
    return c;
}
