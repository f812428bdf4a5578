#include "import/contactrepository.h"

#include "base/textlimits.h"
#include "store/batchinsert.h"
#include "store/sql.h"
#include "store/statement.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QLocale>

#include <QSet>
#include <QSqlQuery>

namespace ContactRepository {

namespace {

// Issue 30, item 8: a member keeps at most TextLimits::kMaxContacts. The
// import refuses as a whole (the transaction rolls back): nothing stored
// is changed. A team store's own check (code 54000) reads the same.
QString overLimit(qint64 before)
{
    return QCoreApplication::translate("ContactRepository",
                                       "This import would keep more than %1 contacts (you have %2). Remove contacts "
                                       "you no longer need under Manage imported contacts, or import a smaller file.")
        .arg(QLocale().toString(TextLimits::kMaxContacts), QLocale().toString(before));
}

QString writeError(const QString &error, qint64 before)
{
    return error.contains(QLatin1String("(code 54000)")) ? overLimit(before) : error;
}

// Each contact once into the batch: a batch must never hold one key twice
// (e.g. two rows with the same name and no usable address). False when
// the batch failed or the import was cancelled.
bool addAll(BatchInsert &upsert, qint64 owner, const QList<ContactMatch> &matches, qint64 nowMs,
            const std::atomic<bool> *cancel, int *written)
{
    QSet<QString> keys;
    keys.reserve(matches.size());
    for (const ContactMatch &m : matches) {
        if (!ContactMatch::isKeepable(m.status))
            continue;
        const ImportedContact &c = m.contact;
        const QString key = ContactMatcher::dedupeKey(m.emailNorm, c.name, c.company);
        const qsizetype known = keys.size();
        keys.insert(key);
        if (keys.size() == known)
            continue;
        if ((++*written & 1023) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return false; // the transaction rolls back
        const QString email = m.email.isEmpty() ? c.emails.value(0) : m.email;
        if (!upsert.add({owner, Sql::text(c.name), Sql::text(email), Sql::text(m.emailNorm), Sql::text(c.phone),
                         Sql::text(c.company), nowMs, key}))
            return false;
    }
    return true;
}

}

bool save(const Store &store, qint64 owner, const QList<ContactMatch> &matches, qint64 nowMs, ContactSaveStats *stats,
          QString *error, const std::atomic<bool> *cancel)
{
    Transaction tx(store);
    tx.changes().member(owner, ChangeSet::Contacts);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    const QSqlDatabase db = store.database();
    bool ok = false;
    const qint64 before = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE owner_id = ?"), {owner},
                                      0, &ok);
    BatchInsert upsert(db, QStringLiteral("contacts"),
                       {QStringLiteral("owner_id"), QStringLiteral("name"), QStringLiteral("email"),
                        QStringLiteral("email_norm"), QStringLiteral("phone"), QStringLiteral("company"),
                        QStringLiteral("imported_ms"), QStringLiteral("dedupe_key")},
                       QStringLiteral("ON CONFLICT (owner_id, dedupe_key) DO UPDATE SET name = excluded.name,"
                                      " email = excluded.email, email_norm = excluded.email_norm,"
                                      " phone = excluded.phone, company = excluded.company,"
                                      " imported_ms = excluded.imported_ms"));
    if (!ok || !upsert.error().isEmpty()) {
        if (error)
            *error = ok ? upsert.error() : QStringLiteral("count failed");
        return false;
    }
    int written = 0;
    if (!addAll(upsert, owner, matches, nowMs, cancel, &written)) {
        if (error && !upsert.error().isEmpty())
            *error = writeError(upsert.error(), before);
        return false;
    }
    if (!upsert.flush()) {
        if (error)
            *error = writeError(upsert.error(), before);
        return false;
    }
    const qint64 after = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE owner_id = ?"), {owner}, 0,
                                     &ok);
    if (ok && after > TextLimits::kMaxContacts) {
        if (error)
            *error = overLimit(before);
        return false;
    }
    if (!ok || !tx.commit(error))
        return false;
    if (stats) {
        stats->added = int(after - before);
        stats->updated = written - stats->added;
    }
    return true;
}

namespace {

// The filter's condition and its values, after the owner's.
QString filtered(const QString &filter, QVariantList *params)
{
    const QString text = filter.trimmed();
    if (text.isEmpty())
        return {};
    const QString pattern = Sql::likeContaining(text);
    *params << pattern << pattern << pattern;
    return QStringLiteral(" AND (lower(name) LIKE lower(?) ESCAPE '\\' OR lower(email) LIKE lower(?) ESCAPE '\\'"
                          " OR lower(company) LIKE lower(?) ESCAPE '\\')");
}

}

int count(const Store &store, qint64 owner, const QString &filter)
{
    QVariantList params{owner};
    const QString where = filtered(filter, &params);
    QSqlQuery q(store.database());
    if (!Sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE owner_id = ?") + where, params) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<StoredContact> page(const Store &store, qint64 owner, const QString &afterName, qint64 afterId, int limit,
                          const QString &filter)
{
    QList<StoredContact> out;
    QVariantList params{owner};
    const QString where = filtered(filter, &params);
    params << Sql::text(afterName) << Sql::text(afterName) << afterId << limit;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!Sql::exec(
            q,
            QStringLiteral("SELECT id, name, email, phone, company, imported_ms FROM contacts WHERE owner_id = ?")
                + where + QStringLiteral(" AND (name > ? OR (name = ? AND id > ?)) ORDER BY name, id LIMIT ?"),
            params))
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toLongLong()});
    }
    return out;
}

bool remove(const Store &store, qint64 owner, const QList<qint64> &ids, QString *error)
{
    Transaction tx(store);
    tx.changes().member(owner, ChangeSet::Contacts);
    Statement q(store.database());
    if (!tx.isActive() || !q.prepare(QStringLiteral("DELETE FROM contacts WHERE owner_id = ? AND id = ?"))) {
        if (error)
            *error = tx.isActive() ? q.error() : tx.error();
        return false;
    }
    for (qint64 id : ids) {
        if (!q.run({owner, id}, error))
            return false;
    }
    return tx.commit(error);
}

bool removeAll(const Store &store, qint64 owner, QString *error)
{
    Transaction tx(store);
    tx.changes().member(owner, ChangeSet::Contacts);
    QSqlQuery q(store.database());
    return tx.isActive() && Sql::exec(q, QStringLiteral("DELETE FROM contacts WHERE owner_id = ?"), {owner}, error)
        && tx.commit(error);
}

}
