#include "changeset.h"

#include "types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

void ChangeSet::invitation(const Invitation &inv)
{
    invitation(inv.id, inv.senderId, inv.recipientId);
    if (inv.isToAddress())
        outbox();
}

void ChangeSet::invitation(qint64 id, qint64 sender, qint64 recipient)
{
    invitations.insert(id);
    member(sender, Invitations);
    if (recipient)
        member(recipient, Invitations);
}

void ChangeSet::merge(const ChangeSet &other)
{
    everything = everything || other.everything;
    remote = remote || other.remote;
    invitations.unite(other.invitations);
    for (auto it = other.members.cbegin(); it != other.members.cend(); ++it)
        members[it.key()] |= it.value();
}

// {"i":[ids], "m":[[member, topics], …], "all":true}: small, and readable
// with any SQL client.
QByteArray ChangeSet::toJson() const
{
    QJsonObject o;
    if (everything)
        o.insert(QStringLiteral("all"), true);
    QJsonArray ids;
    for (qint64 id : invitations)
        ids.append(id);
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
    for (const QJsonValue &v : o.value(QStringLiteral("i")).toArray())
        c.invitations.insert(v.toInteger());
    for (const QJsonValue &v : o.value(QStringLiteral("m")).toArray()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            c.member(pair.at(0).toInteger(), pair.at(1).toInt());
    }
    return c;
}
