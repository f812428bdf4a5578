#include "testsupport.h"

#include "import/contactmatcher.h"
#include "import/contactrepository.h"
#include "models/connectionlistmodel.h"
#include "models/contactlistmodel.h"
#include "models/importgroupfilter.h"
#include "models/importpreviewmodel.h"
#include "models/invitationlistmodel.h"
#include "models/membersearchmodel.h"
#include "models/messagelistmodel.h"
#include "models/roles.h"
#include "models/suggestionsmodel.h"
#include "models/withdrawcandidatesmodel.h"
#include "rules/suggestionworker.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fetchesInPagesNewestFirst();
    void R14_connectionsInPagesFollowRemovals();
    void acceptRemovesOneRow();
    void ignoreLeavesSenderListAlone();
    void withdrawRemovesFromBothLists();
    void newInvitationInsertedOnTop();
    void expiryRemovesRows();
    void reminderChangesOneRow();
    void rolesCarryRawValuesAndTexts();
    void outboxFollowsInviteAndPurge();
    void hiddenOutboxCatchesUpWhenShown();
    void hiddenOutboxReadsNothingUntilShown();
    void memberSearchFollowsRelations();
    void suggestionsSettleAfterInvite();
    void contactListFollowsImports();
    void withdrawCandidatesAndImportPreview();
    void importGroupsComeInBatches();

private:
    struct Fixture
    {
        Net net;
        qint64 me = 0;
        QList<qint64> others;
        std::unique_ptr<InvitationListModel> received;
        std::unique_ptr<InvitationListModel> sent;
        std::unique_ptr<QAbstractItemModelTester> t1, t2;

        explicit Fixture(int people = 3)
        {
            me = net.member(QStringLiteral("Me Myself"));
            for (int i = 0; i < people; ++i)
                others.append(net.member(QStringLiteral("Other %1").arg(i)));
            received = std::make_unique<InvitationListModel>(InvitationListModel::Kind::Received, *net.service,
                                                             net.clock);
            sent = std::make_unique<InvitationListModel>(InvitationListModel::Kind::Sent, *net.service, net.clock);
            t1 = std::make_unique<QAbstractItemModelTester>(received.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            t2 = std::make_unique<QAbstractItemModelTester>(sent.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            received->setMember(me);
            sent->setMember(me);
        }
        void fetchAll()
        {
            while (received->canFetchMore({}))
                received->fetchMore({});
            while (sent->canFetchMore({}))
                sent->fetchMore({});
        }
    };
};

void TestModels::initTestCase()
{
    static QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/mynetwork_en.qm")));
    QCoreApplication::installTranslator(&english);
}

void TestModels::fetchesInPagesNewestFirst()
{
    Fixture f(120);
    for (qint64 other : f.others) {
        f.net.service->invite(other, f.me, {}, InvitationSource::Profile);
        f.net.clock.advance(60 * 1000);
    }
    // A list opened now, with nothing fetched yet.
    f.received = std::make_unique<InvitationListModel>(InvitationListModel::Kind::Received, *f.net.service,
                                                       f.net.clock);
    f.received->setMember(f.me);
    // Opening fetches the first page only.
    QCOMPARE(f.received->rowCount(), InvitationListModel::kPageSize);
    QVERIFY(f.received->canFetchMore({}));
    QCOMPARE(f.received->data(f.received->index(0), Roles::PersonId).toLongLong(), f.others.last());
    f.fetchAll();
    QCOMPARE(f.received->rowCount(), 120);
    QVERIFY(!f.received->canFetchMore({}));
    QCOMPARE(f.received->totalCount(), 120);
    QCOMPARE(f.received->data(f.received->index(119), Roles::PersonId).toLongLong(), f.others.first());
    // Every sender is an "Engineer": the rows keep one copy of it, also
    // across pages.
    const QString first = f.received->data(f.received->index(0), Roles::Headline).toString();
    const QString last = f.received->data(f.received->index(119), Roles::Headline).toString();
    QCOMPARE(first, QStringLiteral("Engineer"));
    QVERIFY(first.isSharedWith(last));
}

void TestModels::acceptRemovesOneRow()
{
    Fixture f;
    QList<qint64> ids;
    for (qint64 other : f.others)
        ids.append(f.net.service->invite(other, f.me, {}, InvitationSource::Profile).invitationId);
    f.fetchAll();
    QSignalSpy removed(f.received.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(f.received.get(), &QAbstractItemModel::modelReset);
    QVERIFY(f.net.service->accept(f.me, ids.at(1)).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(f.received->rowCount(), 2);
    QCOMPARE(f.received->rowOf(ids.at(1)), -1);
}

void TestModels::ignoreLeavesSenderListAlone()
{
    Fixture f;
    const qint64 id = f.net.service->invite(f.others.at(0), f.me, {}, InvitationSource::Profile).invitationId;
    f.fetchAll();
    // The sender's own list, as the sender sees it.
    InvitationListModel theirs(InvitationListModel::Kind::Sent, *f.net.service, f.net.clock);
    theirs.setMember(f.others.at(0));
    QSignalSpy theirRemoved(&theirs, &QAbstractItemModel::rowsRemoved);
    QSignalSpy myRemoved(f.received.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(f.net.service->ignore(f.me, id).ok());
    QCOMPARE(myRemoved.count(), 1);
    QCOMPARE(theirRemoved.count(), 0);
    QCOMPARE(theirs.rowCount(), 1);
}

void TestModels::withdrawRemovesFromBothLists()
{
    Fixture f;
    const qint64 id = f.net.service->invite(f.me, f.others.at(0), {}, InvitationSource::Profile).invitationId;
    f.fetchAll();
    InvitationListModel theirs(InvitationListModel::Kind::Received, *f.net.service, f.net.clock);
    theirs.setMember(f.others.at(0));
    QCOMPARE(theirs.rowCount(), 1);
    QSignalSpy removed(f.sent.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(f.net.service->withdraw(f.me, id).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(f.sent->rowCount(), 0);
    QCOMPARE(theirs.rowCount(), 0);
}

void TestModels::newInvitationInsertedOnTop()
{
    Fixture f;
    f.net.service->invite(f.me, f.others.at(0), {}, InvitationSource::Profile);
    f.fetchAll();
    QSignalSpy inserted(f.sent.get(), &QAbstractItemModel::rowsInserted);
    f.net.clock.advance(1000);
    const qint64 id = f.net.service->invite(f.me, f.others.at(1), {}, InvitationSource::PeopleYouMayKnow).invitationId;
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(f.sent->data(f.sent->index(0), Roles::InvitationId).toLongLong(), id);
    QCOMPARE(f.received->rowCount(), 0);
}

void TestModels::expiryRemovesRows()
{
    Fixture f;
    f.net.service->invite(f.others.at(0), f.me, {}, InvitationSource::Profile);
    f.net.service->invite(f.me, f.others.at(1), {}, InvitationSource::Profile);
    f.net.service->inviteByEmail(f.me, QStringLiteral("x@example.com"), {}, InvitationSource::EmailInvite);
    f.fetchAll();
    QCOMPARE(f.sent->rowCount(), 2);
    f.net.engine->start();
    QSignalSpy receivedRemoved(f.received.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy sentRemoved(f.sent.get(), &QAbstractItemModel::rowsRemoved);
    f.net.clock.advance(200 * Net::day);
    QCOMPARE(receivedRemoved.count(), 1);
    QCOMPARE(sentRemoved.count(), 2);
    QCOMPARE(f.received->rowCount(), 0);
    QCOMPARE(f.sent->rowCount(), 0);
}

void TestModels::reminderChangesOneRow()
{
    Fixture f;
    f.net.service->invite(f.others.at(0), f.me, {}, InvitationSource::Profile);
    f.net.clock.advance(Net::day);
    f.net.service->invite(f.others.at(1), f.me, {}, InvitationSource::Profile);
    f.fetchAll();
    f.net.engine->start();
    QSignalSpy changed(f.received.get(), &QAbstractItemModel::dataChanged);
    f.net.clock.advance(13 * Net::day + Net::hour); // only the first is due
    bool oneRow = false;
    for (const QList<QVariant> &args : changed)
        oneRow |= args.at(0).toModelIndex().row() == 1 && args.at(1).toModelIndex().row() == 1;
    QVERIFY(oneRow);
    QCOMPARE(f.received->data(f.received->index(1), Roles::RemindersSent).toInt(), 1);
    QCOMPARE(f.received->data(f.received->index(0), Roles::RemindersSent).toInt(), 0);
}

void TestModels::rolesCarryRawValuesAndTexts()
{
    QLocale::setDefault(QLocale(QLocale::English));
    Fixture f;
    f.net.service->invite(f.others.at(0), f.me, QStringLiteral("Hello!"), InvitationSource::Profile);
    f.net.clock.advance(15 * Net::day);
    f.fetchAll();
    const QModelIndex i = f.received->index(0);
    QCOMPARE(i.data(Qt::DisplayRole).toString(), QStringLiteral("Other 0"));
    QCOMPARE(i.data(Roles::Note).toString(), QStringLiteral("Hello!"));
    QCOMPARE(i.data(Roles::Initials).toString(), QStringLiteral("O"));
    QCOMPARE(i.data(Roles::SentText).toString(), QStringLiteral("2 weeks ago"));
    QVERIFY(i.data(Roles::ExpiryText).toString().startsWith(QStringLiteral("expires in 5 months")));
    QCOMPARE(i.data(Roles::MutualText).toString(), QStringLiteral("No mutual connections"));
    QVERIFY(i.data(Roles::SentMs).toLongLong() > 0);
    QVERIFY(!i.data(Qt::AccessibleTextRole).toString().isEmpty());
    QVERIFY(i.data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("Hello!")));
    QCOMPARE(i.data(Roles::IsToAddress).toBool(), false);

    // A sent invitation to an address: the address is its email, the note
    // is kept beside the compact row.
    f.net.service->inviteByEmail(f.me, QStringLiteral("new@example.org"), QStringLiteral("Join me"),
                                 InvitationSource::EmailInvite);
    QTRY_COMPARE(f.sent->rowCount(), 1);
    const QModelIndex s = f.sent->index(0);
    QCOMPARE(s.data(Roles::IsToAddress).toBool(), true);
    QCOMPARE(s.data(Roles::Email).toString(), QStringLiteral("new@example.org"));
    QCOMPARE(s.data(Roles::Note).toString(), QStringLiteral("Join me"));
    QCOMPARE(s.data(Roles::PersonId).toLongLong(), 0);
    QCOMPARE(s.data(Roles::MutualText).toString(), QStringLiteral("Invited by email; not a member yet"));
}

namespace {

std::unique_ptr<QAbstractItemModelTester> testerOf(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

}

void TestModels::outboxFollowsInviteAndPurge()
{
    Net net;
    const qint64 me = net.member(QStringLiteral("Me"));
    MessageListModel outbox(MessageListModel::Kind::Outbox, *net.service);
    const auto tester = testerOf(&outbox);
    QSignalSpy inserted(&outbox, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&outbox, &QAbstractItemModel::rowsRemoved);
    QVERIFY(net.service->inviteByEmail(me, QStringLiteral("new@example.org"), QString(), InvitationSource::AddressBook)
                .ok());
    QCOMPARE(outbox.rowCount(), 1);
    QCOMPARE(inserted.count(), 1);
    net.engine->start();
    net.clock.advance(15 * Net::day); // the first reminder e-mail
    QCOMPARE(outbox.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    net.clock.advance(200 * Net::day); // never joined: purged with its e-mails (R10)
    QCOMPARE(outbox.rowCount(), 0);
    QVERIFY(removed.count() >= 1);
}

// A window's outbox starts hidden: choosing the member reads none of the
// e-mails (before the first paint), showing it reads the first page.
void TestModels::hiddenOutboxReadsNothingUntilShown()
{
    Net net;
    const qint64 me = net.member(QStringLiteral("Me"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(net.service
                    ->inviteByEmail(me, QStringLiteral("p%1@example.org").arg(i), QString(), InvitationSource::AddressBook)
                    .ok());
    MessageListModel outbox(MessageListModel::Kind::Outbox, *net.service);
    const auto tester = testerOf(&outbox);
    outbox.setShown(false);
    outbox.setMember(me);
    QCOMPARE(outbox.rowCount(), 0);
    outbox.setShown(true);
    QCOMPARE(outbox.rowCount(), 3);
    // Shown from the start: a view's fetchMore brings the rows.
    MessageListModel shown(MessageListModel::Kind::Outbox, *net.service);
    shown.setMember(me);
    QCOMPARE(shown.rowCount(), 3);
}

// A catch-up adds e-mails slice after slice: an outbox nobody sees reads
// none of them, and is current again the moment it is shown.
void TestModels::hiddenOutboxCatchesUpWhenShown()
{
    Net net;
    const qint64 me = net.member(QStringLiteral("Me"));
    MessageListModel outbox(MessageListModel::Kind::Outbox, *net.service);
    const auto tester = testerOf(&outbox);
    QVERIFY(
        net.service->inviteByEmail(me, QStringLiteral("first@example.org"), QString(), InvitationSource::AddressBook)
            .ok());
    QCOMPARE(outbox.rowCount(), 1);
    outbox.setShown(false);
    QSignalSpy inserted(&outbox, &QAbstractItemModel::rowsInserted);
    QVERIFY(
        net.service->inviteByEmail(me, QStringLiteral("second@example.org"), QString(), InvitationSource::AddressBook)
            .ok());
    net.engine->start();
    net.clock.advance(15 * Net::day); // a reminder e-mail for each
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(outbox.rowCount(), 1);
    outbox.setShown(true);
    QCOMPARE(outbox.rowCount(), 4);
    QCOMPARE(outbox.index(3, 0).data(Roles::Title).toString(),
             QStringLiteral("To first@example.org: Me invites you to join My Network"));
    // Shown again with nothing changed since: the rows stay as they are.
    const int insertedWhenShown = int(inserted.count());
    QSignalSpy reset(&outbox, &QAbstractItemModel::modelReset);
    outbox.setShown(false);
    outbox.setShown(true);
    QCOMPARE(inserted.count(), insertedWhenShown);
    QCOMPARE(reset.count(), 0);
    // Hidden while the e-mails are purged (R10): gone when shown.
    outbox.setShown(false);
    net.clock.advance(200 * Net::day);
    QCOMPARE(outbox.rowCount(), 4);
    outbox.setShown(true);
    QCOMPARE(outbox.rowCount(), 0);
}

void TestModels::memberSearchFollowsRelations()
{
    Net net;
    const qint64 me = net.member(QStringLiteral("Me"));
    const qint64 anna = net.member(QStringLiteral("Anna Adler"));
    MemberSearchModel search(*net.store);
    const auto tester = testerOf(&search);
    search.setViewer(net.service.get(), me);
    search.setFilter(QStringLiteral("Adler"));
    QCOMPARE(search.rowCount(), 1);
    QCOMPARE(search.memberIdAt(0), anna);
    const QString before = search.data(search.index(0), Roles::RelationText).toString();
    QSignalSpy changed(&search, &QAbstractItemModel::dataChanged);
    QVERIFY(net.service->invite(me, anna, QString(), InvitationSource::Search).ok());
    QCOMPARE(changed.count(), 1);
    QVERIFY(search.data(search.index(0), Roles::RelationText).toString() != before);
    search.setConnectionsOf(anna);
    QCOMPARE(search.rowCount(), 0);
}

void TestModels::suggestionsSettleAfterInvite()
{
    Net net;
    const qint64 me = net.member(QStringLiteral("Me"), QStringLiteral("Acme"));
    const qint64 colleague = net.member(QStringLiteral("Colleague"), QStringLiteral("Acme"));
    SuggestionWorker worker(net.store->config(), net.store->database());
    SuggestionsModel suggestions(*net.service, worker);
    const auto tester = testerOf(&suggestions);
    QSignalSpy loaded(&suggestions, &SuggestionsModel::loaded);
    suggestions.setMember(me);
    QTRY_VERIFY(loaded.count() >= 1);
    QCOMPARE(suggestions.rowCount(), 1);
    QCOMPARE(suggestions.data(suggestions.index(0), Roles::PersonId).toLongLong(), colleague);
    QSignalSpy removed(&suggestions, &QAbstractItemModel::rowsRemoved);
    QVERIFY(net.service->invite(me, colleague, QString(), InvitationSource::PeopleYouMayKnow).ok());
    // The card stays, saying what happened, until the page settles it.
    QCOMPARE(removed.count(), 0);
    QCOMPARE(suggestions.data(suggestions.index(0), Roles::CardState).toInt(),
             int(SuggestionsModel::CardState::Invited));
    QCOMPARE(suggestions.unsettledCount(), 1);
    suggestions.settle();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(suggestions.rowCount(), 0);
}

void TestModels::contactListFollowsImports()
{
    Net net;
    const qint64 me = net.member(QStringLiteral("Me"));
    ContactListModel contacts(*net.store);
    const auto tester = testerOf(&contacts);
    contacts.setMember(me);
    QCOMPARE(contacts.rowCount(), 0);
    ContactMatch m;
    m.contact.name = QStringLiteral("Dora Dietz");
    m.contact.emails = {QStringLiteral("dora@example.org")};
    m.email = m.contact.emails.first();
    m.emailNorm = m.email;
    m.status = ContactStatus::NotMember;
    ContactSaveStats stats;
    QString error;
    QVERIFY2(ContactRepository::save(*net.store, me, {m}, net.clock.nowMs(), &stats, &error), qPrintable(error));
    QCOMPARE(contacts.rowCount(), 1); // through the feed, no reload asked for
}

void TestModels::withdrawCandidatesAndImportPreview()
{
    Net net;
    const qint64 me = net.member(QStringLiteral("Me"));
    const qint64 anna = net.member(QStringLiteral("Anna"));
    QVERIFY(net.service->invite(me, anna, QString(), InvitationSource::Profile).ok());
    net.clock.advance(30 * Net::day);
    WithdrawCandidatesModel candidates;
    const auto t1 = testerOf(&candidates);
    candidates.load(net.network(), me, net.clock.nowMs() - 14 * Net::day, net.clock.nowMs() + 21 * Net::day);
    QCOMPARE(candidates.rowCount(), 1);

    ImportPreviewModel preview;
    const auto t2 = testerOf(&preview);
    ContactMatch a;
    a.contact.name = QStringLiteral("Anna");
    a.memberId = anna;
    a.status = ContactStatus::CanConnect;
    ContactMatch b;
    b.contact.name = QStringLiteral("Bea");
    b.email = QStringLiteral("bea@example.org");
    b.emailNorm = b.email;
    b.status = ContactStatus::NotMember;
    preview.setMatches({a, b});
    QVERIFY(preview.rowCount() >= 2);
    QSignalSpy changed(&preview, &QAbstractItemModel::dataChanged);
    preview.setChecked({0, 1}, true);
    QVERIFY(!changed.isEmpty());
}

// 2,500 members and 1,200 others in the preview: each group's view gets a
// thousand rows at a time, the filter narrows a group, and a change to a
// source row reaches the view only where that row is shown.
void TestModels::importGroupsComeInBatches()
{
    QList<ContactMatch> matches;
    for (int i = 0; i < 3700; ++i) {
        ContactMatch m;
        m.contact.name = QStringLiteral("Person %1").arg(i);
        if (i < 2500) {
            m.memberId = i + 1;
            m.status = ContactStatus::CanConnect;
        } else {
            m.email = QStringLiteral("p%1@example.org").arg(i);
            m.emailNorm = m.email;
            m.status = ContactStatus::NotMember;
        }
        matches.append(m);
    }
    ImportPreviewModel preview;
    ImportGroupFilter members(ImportPreviewModel::Group::Members);
    ImportGroupFilter others(ImportPreviewModel::Group::NonMembers);
    members.setPreviewModel(&preview);
    others.setPreviewModel(&preview);
    const auto t1 = testerOf(&members);
    const auto t2 = testerOf(&others);
    preview.setMatches(matches, 2500);

    QCOMPARE(members.rowCount(), ImportGroupFilter::kBatch);
    QCOMPARE(members.matchingCount(), 2500);
    QVERIFY(members.canFetchMore({}));
    members.fetchMore({});
    members.fetchMore({});
    QCOMPARE(members.rowCount(), 2500);
    QVERIFY(!members.canFetchMore({}));
    QCOMPARE(members.index(2499, 0).data().toString(), QStringLiteral("Person 2499"));
    QCOMPARE(others.rowCount(), 1000);
    QCOMPARE(others.index(0, 0).data().toString(), QStringLiteral("Person 2500"));
    QCOMPARE(others.mapFromSource(preview.index(2500, 1)), others.index(0, 1));
    QVERIFY(!others.mapFromSource(preview.index(3600, 0)).isValid()); // not fetched yet
    QVERIFY(!others.mapFromSource(preview.index(10, 0)).isValid()); // the other group

    // Ticking through the view ticks the source row; Select all's state follows.
    QCOMPARE(others.selectAllState().possible, true);
    QCOMPARE(others.selectAllState().done, false);
    QSignalSpy changed(&others, &QAbstractItemModel::dataChanged);
    QVERIFY(others.setData(others.index(3, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(preview.isChecked(2503));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), others.index(3, 0));
    preview.setChecked(others.selectableSourceRows(), true);
    QCOMPARE(others.selectableSourceRows().size(), 1200);
    QCOMPARE(others.selectAllState().done, true);
    changed.clear();
    preview.setChecked({10}, true); // a member: nothing in the others' view
    QVERIFY(changed.isEmpty());

    // "Person 12" matches Person 12 and Person 120..129 and 1200..1299 among members.
    members.setText(QStringLiteral(" person 12 "));
    QCOMPARE(members.matchingCount(), 111);
    QCOMPARE(members.rowCount(), 111);
    QCOMPARE(members.index(1, 0).data().toString(), QStringLiteral("Person 120"));
    QCOMPARE(members.mapFromSource(preview.index(1200, 0)), members.index(11, 0));
    QVERIFY(!members.mapFromSource(preview.index(13, 0)).isValid());
    QCOMPARE(members.selectAllState().done, false);
    preview.setChecked(members.selectableSourceRows(), true);
    QCOMPARE(members.selectAllState().done, true);
    members.setText(QString());
    QCOMPARE(members.rowCount(), ImportGroupFilter::kBatch);
    QCOMPARE(members.selectAllState().done, false);
    QCOMPARE(preview.checkedCount(ImportPreviewModel::Group::Members), 112);

    // A new file starts over, members first or not.
    std::reverse(matches.begin(), matches.end());
    preview.setMatches(matches);
    QCOMPARE(members.matchingCount(), 2500);
    QCOMPARE(members.index(0, 0).data().toString(), QStringLiteral("Person 2499"));
    QCOMPARE(others.index(0, 0).data().toString(), QStringLiteral("Person 3699"));
    QCOMPARE(others.selectAllState().done, false);
}

QTEST_GUILESS_MAIN(TestModels)
void TestModels::R14_connectionsInPagesFollowRemovals()
{
    Net net;
    const qint64 me = net.member(QStringLiteral("Me"));
    QList<qint64> others;
    for (int i = 0; i < 250; ++i) {
        const qint64 other = net.member(QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(net.service->accept(other, net.service->invite(me, other, {}, InvitationSource::Profile).invitationId)
                    .ok());
        net.clock.advance(2 * Net::hour); // under the weekly limit of invitations
        others << other;
    }
    ConnectionListModel model(*net.service, net.clock);
    const auto tester = testerOf(&model);
    model.setMember(me);
    QCOMPARE(model.totalCount(), 250);
    QCOMPARE(model.rowCount(), ConnectionListModel::kPageSize); // a page, not all
    QCOMPARE(model.data(model.index(0), Roles::PersonId).toLongLong(), others.last()); // newest first
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    // A removal is one row leaving, not a reset: the view keeps its place.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(net.service->removeConnection(others.at(100), me).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 249);
    QCOMPARE(model.rowOf(others.at(100)), -1);
    model.setSort(ConnectionListModel::Sort::FirstName);
    QCOMPARE(model.data(model.index(0), Roles::PersonName).toString(), QStringLiteral("Person 000"));
}

#include "tst_models.moc"
