#pragma once

#include "models/syncedlistmodel.h"
#include "rules/invitationlists.h"

#include <QHash>
#include <QStringList>
#include <QTimer>

class Clock;
class InvitationService;
struct ChangeSet;

// Received or sent invitations of one member, newest first. Rows are
// fetched a page at a time (keyset pagination), so a list of 100,000 opens
// as fast as one of ten. It follows the store's change feed, whoever made
// the change (this window, the engine, another process): each changed
// invitation is re-read and inserted, updated or removed as a single row.
class InvitationListModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationListModel)
public:
    enum class Kind { Received, Sent };
    static constexpr int kPageSize = 50;
    static constexpr int kReleaseEvery = 5000; // rows fetched between Store::releaseMemory()
    static constexpr int kReconcileLimit = 200;

    InvitationListModel(Kind kind, InvitationService &service, Clock &clock, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    qint64 memberId() const { return m_member; }
    void setMember(qint64 memberId);
    // Rows loaded or not: what the list holds in the store.
    int totalCount() const;
    int rowOf(qint64 invitationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    // What a row shows, compactly: a list scrolled to its 100,000th row
    // keeps every one of them. Texts are numbers into m_texts (names and
    // headlines repeat across a long list: "Engineer at …"); notes, rare
    // and each its own, are kept by invitation in m_notes.
    struct Row
    {
        qint64 id = 0;
        qint64 personId = 0; // the other side; 0 for an invitation to an address
        qint64 sentMs = 0;
        qint64 expiresMs = 0;
        quint32 name = 0; // the person's name, or the address
        quint32 headline = 0;
        quint32 email = 0; // the address an invitation went to
        InvitationState state = InvitationState::Pending;
        quint8 remindersSent = 0;
        bool toAddress = false;
        mutable int mutual = -1; // counted when first shown, not when fetched
    };
    int mutualOf(const Row &row) const;
    struct Mutual
    {
        QString text;
        QVariantList ids; // the people named, for their faces
    };
    const Mutual &mutual(const Row &row) const;
    Row compact(const InvitationLists::Row &fresh);
    quint32 textNumber(const QString &text);
    const QString &text(quint32 number) const { return m_texts.at(number); }
    InvitationLists::List list() const;

    void onChanged(const ChangeSet &changes);
    void reconcile(qint64 invitationId);
    bool readTop(int limit, QList<Row> *rows);
    void reload();
    void resync();
    void timesChanged();

    Kind m_kind;
    InvitationService &m_service;
    Clock &m_clock;
    qint64 m_member = 0;
    QList<Row> m_rows;
    QStringList m_texts; // texts of the rows, each once; 0 is the empty text
    QHash<QString, quint32> m_textNumbers; // their numbers
    QHash<qint64, QString> m_notes; // invitation -> its note, when it has one
    QHash<qint64, QString> m_undelivered; // R20: the mail server's words, by invitation
    bool m_exhausted = false;
    QTimer m_minuteTimer;
    // "Anna Koch, Ben Wolf and 5 other mutual connections" of the rows
    // painted so far, by person: only what is on screen is read.
    mutable QHash<qint64, Mutual> m_mutualTexts;
};
