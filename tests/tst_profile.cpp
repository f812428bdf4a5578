// R19: people can be themselves. The rules on both stores (SQLite, then a
// throw-away PostgreSQL); the dialogs and pages on SQLite.
#include "guiapp.h"
#include "pgserver.h"
#include "testsupport.h"

#include "base/textlimits.h"
#include "gui/profiledialog.h"
#include "gui/profilepage.h"
#include "gui/prompts.h"
#include "gui/searchpage.h"
#include "import/photoimage.h"
#include "models/photocache.h"
#include "models/roles.h"
#include "rules/membersearch.h"
#include "store/changefeed.h"

#include <QApplication>
#include <QBuffer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QtEndian>

#include <cstdio>

namespace {

QImage picture(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x66, 0x99));
    return image;
}

QString save(const QTemporaryDir &dir, const QString &name, const QImage &image, const char *format)
{
    const QString path = dir.filePath(name);
    image.save(path, format);
    return path;
}

// PNG's CRC-32, so a hand-made header is one a decoder believes.
quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A PNG whose header says `side` × `side` pixels, with no pixels behind it:
// the size must be refused before anything is decoded.
QByteArray hugePngHeader(quint32 side)
{
    QByteArray ihdr("IHDR");
    char dims[8];
    qToBigEndian(side, dims);
    qToBigEndian(side, dims + 4);
    ihdr.append(dims, 8).append("\x08\x02\x00\x00\x00", 5);
    const auto chunk = [](const QByteArray &typeAndData) {
        char length[4], crc[4];
        qToBigEndian(quint32(typeAndData.size() - 4), length);
        qToBigEndian(crc32(typeAndData), crc);
        return QByteArray(length, 4) + typeAndData + QByteArray(crc, 4);
    };
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk(ihdr) + chunk("IDAT") + chunk("IEND");
}

}

class TestProfile : public QObject
{
    Q_OBJECT
public:
    explicit TestProfile(bool onServer)
        : m_onServer(onServer)
    {
    }

private slots:
    void R19_editOwnProfileWithItsLimits();
    void R19_emailIsTheMembersOnALocalStoreOnly();
    void R19_photoStoredReencodedInTwoSizes();
    void R19_searchIgnoresCaseAndAccents();
    void R19_picturesThatAreRefusedNameFileAndReason();
    void R19_firstStartAsksWhoYouAre();
    void R19_editorTakesADroppedOrChosenPicture();
    void R19_connectWithANoteFromTheProfile();
    void R19_cardMenusOpenProfilesAndConnectWithANote();
    void R19_mutualConnectionsByNameAndDegree();
    void R19_aNewPhotoReachesTheWindowAtOnce();
    void R19_searchIsWalkedInReadingOrder();
    void R19_keyboardOpensAProfileFromACard();

private:
    bool m_onServer;
};

void TestProfile::R19_editOwnProfileWithItsLimits()
{
    Net n;
    const qint64 anna = n.member(QStringLiteral("Anna Berg"));
    Member edited = *n.network().member(anna);
    edited.headline = QStringLiteral("  Head of Research at Nordlicht  ");
    edited.school = QStringLiteral("Universität Wien");
    QVERIFY(n.service->updateProfile(anna, edited).ok());
    const Member stored = *n.network().member(anna);
    QCOMPARE(stored.headline, QStringLiteral("Head of Research at Nordlicht"));
    QCOMPARE(stored.school, QStringLiteral("Universität Wien"));
    // Past a limit: refused with the field named, nothing changed.
    Member tooLong = stored;
    tooLong.company = QString(TextLimits::kCompany + 1, QLatin1Char('x'));
    tooLong.headline = QStringLiteral("Changed too");
    const ActionResult r = n.service->updateProfile(anna, tooLong);
    QCOMPARE(r.reason, Refusal::TextTooLong);
    QVERIFY2(r.message.contains(QLatin1String("Company")), qPrintable(r.message));
    QCOMPARE(n.network().member(anna)->headline, stored.headline);
    Member nameless = stored;
    nameless.name = QStringLiteral("   ");
    QCOMPARE(n.service->updateProfile(anna, nameless).reason, Refusal::NameRequired);
    QCOMPARE(n.network().member(anna)->name, QStringLiteral("Anna Berg"));
}

void TestProfile::R19_emailIsTheMembersOnALocalStoreOnly()
{
    Net n;
    const qint64 anna = n.member(QStringLiteral("Anna Berg"));
    const qint64 ben = n.member(QStringLiteral("Ben Cole"));
    Member m = *n.network().member(anna);
    const QString before = m.email;
    m.email = QStringLiteral("Anna.New@Example.org");
    const ActionResult r = n.service->updateProfile(anna, m);
    if (m_onServer) {
        QCOMPARE(r.reason, Refusal::EmailIsAdministrators);
        QCOMPARE(n.network().member(anna)->email, before);
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(n.network().memberByEmail(QStringLiteral("anna.new@example.org"))->id, anna);
    // Still unique, by R1's normalisation.
    m.email = n.network().member(ben)->email.toUpper();
    QCOMPARE(n.service->updateProfile(anna, m).reason, Refusal::EmailTaken);
    m.email = QStringLiteral("not an address");
    QCOMPARE(n.service->updateProfile(anna, m).reason, Refusal::InvalidEmail);
}

void TestProfile::R19_photoStoredReencodedInTwoSizes()
{
    Net n;
    const qint64 anna = n.member(QStringLiteral("Anna Berg"));
    QVERIFY(n.network().photo(anna, false).isEmpty());
    const QImage original = picture(300, 200);
    const PhotoImage::Encoded e = PhotoImage::encode(original, PhotoImage::centredSquare(original.size()));
    QVERIFY(n.service->setPhoto(anna, e.small, e.large).ok());
    const QImage small = PhotoImage::decode(n.network().photo(anna, false));
    const QImage large = PhotoImage::decode(n.network().photo(anna, true));
    QCOMPARE(small.size(), QSize(TextLimits::kPhotoSmallPx, TextLimits::kPhotoSmallPx));
    QCOMPARE(large.size(), QSize(TextLimits::kPhotoLargePx, TextLimits::kPhotoLargePx));
    QCOMPARE(QColor(small.pixel(10, 10)), QColor(0x33, 0x66, 0x99));
    QVERIFY(n.service->setPhoto(anna, {}, {}).ok());
    QVERIFY(n.network().photo(anna, true).isEmpty());
}

void TestProfile::R19_searchIgnoresCaseAndAccents()
{
    Net n;
    const qint64 mueller = n.member(QStringLiteral("Jörg Müller"), QStringLiteral("Straße & Söhne"));
    const qint64 bjorn = n.member(QStringLiteral("Björn Ångström"));
    n.member(QStringLiteral("Anna Berg"));
    const auto found = [&n](const QString &text) {
        QList<MemberSearch::Row> rows;
        MemberSearch::byText(n.store->database(), text, 20, &rows);
        QList<qint64> ids;
        for (const MemberSearch::Row &r : rows)
            ids.append(r.id);
        return ids;
    };
    QCOMPARE(found(QStringLiteral("muller")), QList<qint64>{mueller});
    QCOMPARE(found(QStringLiteral("MÜLLER")), QList<qint64>{mueller});
    QCOMPARE(found(QStringLiteral("bjorn")), QList<qint64>{bjorn});
    QCOMPARE(found(QStringLiteral("angstr")), QList<qint64>{bjorn});
    QCOMPARE(found(QStringLiteral("strasse")), QList<qint64>{mueller}); // the company
    // A renamed member is found by the new name at once.
    Member m = *n.network().member(bjorn);
    m.name = QStringLiteral("Björn Åkesson");
    QVERIFY(n.service->updateProfile(bjorn, m).ok());
    QCOMPARE(found(QStringLiteral("akesson")), QList<qint64>{bjorn});
    QVERIFY(found(QStringLiteral("angstr")).isEmpty());
    // Narrowed by company, location or school.
    const qint64 otherAnna = n.member(QStringLiteral("Anna Kurz"), QStringLiteral("Nordlicht AG"));
    Member moved = *n.network().member(otherAnna);
    moved.location = QStringLiteral("Hamburg");
    QVERIFY(n.service->updateProfile(otherAnna, moved).ok());
    const auto narrowed = [&n](const MemberSearch::Narrowing &by) {
        QList<MemberSearch::Row> rows;
        MemberSearch::byText(n.store->database(), QStringLiteral("anna"), 20, &rows, nullptr, by);
        return int(rows.size());
    };
    QCOMPARE(narrowed({}), 2);
    QCOMPARE(narrowed({QStringLiteral("nordlicht"), {}, {}}), 1);
    QCOMPARE(narrowed({{}, QStringLiteral("HAMBURG"), {}}), 1);
    QCOMPARE(narrowed({{}, {}, QStringLiteral("tu berlin")}), 2);
    QCOMPARE(narrowed({QStringLiteral("nordlicht"), QStringLiteral("Berlin"), {}}), 0);
}

void TestProfile::R19_picturesThatAreRefusedNameFileAndReason()
{
    QTemporaryDir dir;
    QString error;
    const QString text = dir.filePath(QStringLiteral("notes.png"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is no picture at all\n");
    file.close();
    QVERIFY(PhotoImage::load(text, &error).isNull());
    QVERIFY2(error.contains(QLatin1String("notes.png")) && error.contains(QLatin1String("not a picture")),
             qPrintable(error));
    const QString big = dir.filePath(QStringLiteral("big.jpg"));
    QFile bigFile(big);
    QVERIFY(bigFile.open(QIODevice::WriteOnly));
    QVERIFY(bigFile.resize(TextLimits::kPictureFileBytes + 1));
    bigFile.close();
    QVERIFY(PhotoImage::load(big, &error).isNull());
    QVERIFY2(error.contains(QLatin1String("big.jpg")) && error.contains(QLatin1String("10 MB")), qPrintable(error));
    QVERIFY(PhotoImage::fromBytes(hugePngHeader(8000), QStringLiteral("huge.png"), &error).isNull());
    QVERIFY2(error.contains(QLatin1String("huge.png")) && error.contains(QLatin1String("40 megapixels")),
             qPrintable(error));
    // Any of Qt's formats that are pictures: JPEG and WebP too.
    for (const char *format : {"JPEG", "WEBP"}) {
        const QString path = save(dir, QStringLiteral("face.") + QString::fromLatin1(format).toLower(), picture(80, 60),
                                  format);
        QVERIFY2(!PhotoImage::load(path, &error).isNull(), qPrintable(error));
    }
}

void TestProfile::R19_firstStartAsksWhoYouAre()
{
    if (m_onServer)
        QSKIP("a team store's members come from its administrator");
    Net n;
    QCOMPARE(n.network().memberCount(), 0);
    ProfileDialog dialog(ProfileDialog::Mode::Welcome, *n.service, 0);
    // Typing starts in the name (a real window once lost "Lena " to the
    // photo's button).
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit *>(QStringLiteral("name")));
    // Without a name nothing is created and the dialog says why.
    dialog.setField("email", QStringLiteral("lena@example.org"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.errorText(), Refusal::message(Refusal::NameRequired));
    QCOMPARE(n.network().memberCount(), 0);
    dialog.setField("name", QStringLiteral("Lena Vogt"));
    dialog.setField("headline", QStringLiteral("Data engineer"));
    dialog.setField("location", QStringLiteral("Leipzig"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.memberId() > 0);
    const Member me = *n.network().member(dialog.memberId());
    QCOMPARE(me.name, QStringLiteral("Lena Vogt"));
    QCOMPARE(me.headline, QStringLiteral("Data engineer"));
    QCOMPARE(me.location, QStringLiteral("Leipzig"));
    // The limits are in the editor too: a field takes no more than the store.
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("headline"))->maxLength(), TextLimits::kHeadline);
}

void TestProfile::R19_editorTakesADroppedOrChosenPicture()
{
    if (m_onServer)
        QSKIP("the editor is the same on both stores; its rules ran above");
    Net n;
    const qint64 anna = n.member(QStringLiteral("Anna Berg"));
    QTemporaryDir dir;
    ProfileDialog dialog(ProfileDialog::Mode::Edit, *n.service, anna);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("name"))->text(), QStringLiteral("Anna Berg"));
    // Not a picture: named with the reason, and nothing stored.
    const QString text = dir.filePath(QStringLiteral("cv.webp"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 not a picture");
    file.close();
    QVERIFY(!dialog.takePicture(text, QRect(0, 0, 10, 10)));
    QVERIFY2(dialog.errorText().contains(QLatin1String("cv.webp")), qPrintable(dialog.errorText()));
    // A wide picture, its right-hand square chosen.
    QImage wide = picture(400, 200);
    for (int x = 200; x < 400; ++x) {
        for (int y = 0; y < 200; ++y)
            wide.setPixel(x, y, qRgb(0xcc, 0x33, 0x33));
    }
    QVERIFY(dialog.takePicture(save(dir, QStringLiteral("wide.png"), wide, "PNG"), QRect(200, 0, 200, 200)));
    QVERIFY(dialog.errorText().isEmpty());
    QVERIFY(n.network().photo(anna, false).isEmpty()); // only when saved
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QImage stored = PhotoImage::decode(n.network().photo(anna, true));
    QCOMPARE(stored.size(), QSize(TextLimits::kPhotoLargePx, TextLimits::kPhotoLargePx));
    QCOMPARE(QColor(stored.pixel(128, 128)), QColor(0xcc, 0x33, 0x33));
    // Never the original bytes.
    QVERIFY(n.network().photo(anna, true) != [&] {
        QFile f(dir.filePath(QStringLiteral("wide.png")));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }());
}

void TestProfile::R19_connectWithANoteFromTheProfile()
{
    if (m_onServer)
        QSKIP("the page is the same on both stores; the note's rule (R1) runs on both in tst_rules");
    App app;
    app.show();
    Prompts::setNoteHandler(
        [](const QString &name) { return std::optional<QString>(QStringLiteral("Hi %1!").arg(name)); });
    app.window->showProfile(app.anna);
    ProfilePage *profile = app.window->profilePage();
    auto *addNote = profile->findChild<QPushButton *>(QStringLiteral("secondaryButton"));
    QVERIFY(addNote && addNote->isVisible());
    QTest::mouseClick(addNote, Qt::LeftButton);
    Prompts::setNoteHandler({});
    const qint64 sent = app.service->network().awaitingFrom(app.me, app.anna);
    QVERIFY(sent);
    QCOMPARE(app.service->network().invitation(sent)->note, QStringLiteral("Hi Anna Schmidt!"));
    // "Send without a note" stays one click: Connect on another profile.
    app.window->showProfile(app.ben);
    QTest::mouseClick(profile->findChild<QPushButton *>(QStringLiteral("actionButton")), Qt::LeftButton);
    QCOMPARE(app.service->network().invitation(app.service->network().awaitingFrom(app.me, app.ben))->note, QString());
    // One's own profile offers Edit profile instead.
    app.window->showProfile(app.me);
    QCOMPARE(addNote->text(), QStringLiteral("Edit profile…"));
}

// Chooses `entry` in the menu Shift+F10 opens on `view`'s card `row`: the
// keyboard alone reaches a card's menu.
static bool chooseFromCardMenu(CardListView *view, int row, const QString &entry)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    bool chosen = false;
    QTimer::singleShot(0, view, [&chosen, entry] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text().startsWith(entry)) {
                menu->setActiveAction(action);
                chosen = true;
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        }
        menu->close();
    });
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    return chosen;
}

void TestProfile::R19_cardMenusOpenProfilesAndConnectWithANote()
{
    if (m_onServer)
        QSKIP("the pages are the same on both stores");
    App app;
    // Ben is Mia's connection and Cem's: Cem is someone Mia may know.
    const ActionResult r = app.service->invite(app.me, app.ben, {}, InvitationSource::Profile);
    QVERIFY(r.ok() && app.service->accept(app.ben, r.invitationId).ok());
    const ActionResult r2 = app.service->invite(app.ben, app.cem, {}, InvitationSource::Profile);
    QVERIFY(r2.ok() && app.service->accept(app.cem, r2.invitationId).ok());
    app.show();
    QString asked;
    Prompts::setNoteHandler([&asked](const QString &name) {
        asked = name;
        return std::optional<QString>(QStringLiteral("We met at the meetup."));
    });
    CardListView *grid = app.page()->suggestionsView();
    QTRY_VERIFY(grid->model()->rowCount() > 0);
    QCOMPARE(grid->model()->index(0, 0).data(Roles::PersonId).toLongLong(), app.cem);
    QVERIFY(chooseFromCardMenu(grid, 0, QStringLiteral("Connect with a note")));
    QCOMPARE(asked, QStringLiteral("Cem Kaya"));
    const std::optional<Invitation> toCem = app.service->network().invitation(
        app.service->network().awaitingFrom(app.me, app.cem));
    QVERIFY(toCem);
    QCOMPARE(toCem->note, QStringLiteral("We met at the meetup."));
    QCOMPARE(toCem->source, InvitationSource::PeopleYouMayKnow);
    // A card Mia already acted on offers no second invitation.
    QVERIFY(!chooseFromCardMenu(grid, 0, QStringLiteral("Connect with a note")));
    // Search: the same from a result, and the menu opens the profile.
    app.window->search(QStringLiteral("anna"));
    CardListView *results = app.window->searchPage()->view();
    QTRY_COMPARE(results->model()->rowCount(), 1);
    QVERIFY(chooseFromCardMenu(results, 0, QStringLiteral("Connect with a note")));
    QCOMPARE(app.service->network().invitation(app.service->network().awaitingFrom(app.me, app.anna))->source,
             InvitationSource::Search);
    QVERIFY(chooseFromCardMenu(results, 0, QStringLiteral("Open")));
    QCOMPARE(app.window->profilePage()->member(), app.anna);
    Prompts::setNoteHandler({});
}

void TestProfile::R19_mutualConnectionsByNameAndDegree()
{
    if (m_onServer)
        QSKIP("the page is the same on both stores");
    App app;
    const auto connect = [&app](qint64 a, qint64 b) {
        const ActionResult r = app.service->invite(a, b, {}, InvitationSource::Profile);
        return r.ok() && app.service->accept(b, r.invitationId).ok();
    };
    const qint64 dora = app.add(QStringLiteral("Dora Eck"));
    QVERIFY(connect(app.me, app.anna) && connect(app.me, app.ben) && connect(app.cem, app.anna)
            && connect(app.cem, app.ben));
    app.show();
    app.window->showProfile(app.cem);
    auto *mutual = app.window->profilePage()->findChild<QLabel *>(QStringLiteral("mutualLabel"));
    auto *counts = app.window->profilePage()->findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY(mutual && counts);
    const QString plain = QTextDocumentFragment::fromHtml(mutual->text()).toPlainText();
    QCOMPARE(plain, QStringLiteral("Anna Schmidt and Ben Taylor are mutual connections"));
    QVERIFY2(counts->text().startsWith(QLatin1String("2nd degree")), qPrintable(counts->text()));
    // Each name opens that person's profile.
    emit mutual->linkActivated(QStringLiteral("member:%1").arg(app.ben));
    QCOMPARE(app.window->profilePage()->member(), app.ben);
    QVERIFY2(counts->text().startsWith(QLatin1String("1st degree")), qPrintable(counts->text()));
    app.window->showProfile(dora);
    QVERIFY2(counts->text().startsWith(QLatin1String("3rd+ degree")), qPrintable(counts->text()));
    QCOMPARE(QTextDocumentFragment::fromHtml(mutual->text()).toPlainText(), QStringLiteral("No mutual connections"));
}

// The window's photo cache forgets a face when the profile changes, from
// this window's service or any other connection's commit (the feed).
void TestProfile::R19_aNewPhotoReachesTheWindowAtOnce()
{
    if (m_onServer)
        QSKIP("the cache follows the feed, the same on both stores (R16's tests)");
    App app;
    app.show();
    PhotoCache *photos = PhotoCache::current();
    QVERIFY(photos);
    QVERIFY(photos->photo(app.anna).isNull()); // remembered: none
    QSignalSpy changed(photos, &PhotoCache::changed);
    // Another connection to the same file, as another window would be.
    Store other;
    QVERIFY(other.open(app.store.config()));
    InvitationService otherService(other, app.clock);
    const QImage face = picture(120, 120);
    const PhotoImage::Encoded e = PhotoImage::encode(face, face.rect());
    app.store.feed()->watch(app.store, 20); // as the app does once its window is shown
    QVERIFY(otherService.setPhoto(app.anna, e.small, e.large).ok());
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(photos->photo(app.anna).size(), QSize(TextLimits::kPhotoSmallPx, TextLimits::kPhotoSmallPx));
}

// The keyboard alone: from the search field, Tab passes the toolbar's
// pages, then the narrowing fields, then the results, in reading order (a
// real window once reached the results before the fields above them).
void TestProfile::R19_searchIsWalkedInReadingOrder()
{
    if (m_onServer)
        QSKIP("the page is the same on both stores");
    App app;
    app.show();
    app.window->search(QStringLiteral("anna"));
    app.window->findChild<QLineEdit *>(QStringLiteral("searchField"))->setFocus();
    QStringList order;
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *f = QApplication::focusWidget();
        order.append(qobject_cast<CardListView *>(f) ? QStringLiteral("results") : f->objectName());
    }
    QCOMPARE(order.mid(3, 5),
             (QStringList{QStringLiteral("narrowCompany"), QStringLiteral("narrowLocation"),
                          QStringLiteral("narrowSchool"), QStringLiteral("results"), QStringLiteral("searchField")}));
}

// Left of a card's buttons the keyboard stops on the card itself (a ring
// around it; a screen reader hears "Open …'s profile"), and Enter there
// opens the profile; on a button Enter still presses it.
void TestProfile::R19_keyboardOpensAProfileFromACard()
{
    if (m_onServer)
        QSKIP("the pages are the same on both stores");
    App app;
    app.service->invite(app.anna, app.me, {}, InvitationSource::Profile);
    app.service->invite(app.ben, app.me, {}, InvitationSource::Profile);
    app.show();
    CardListView *received = app.page()->receivedView();
    QTRY_COMPARE(received->model()->rowCount(), 2);
    received->setFocus();
    received->setCurrentIndex(received->model()->index(0, 0));
    const qint64 first = received->model()->index(0, 0).data(Roles::PersonId).toLongLong();
    const QString firstName = received->model()->index(0, 0).data(Roles::PersonName).toString();
    QTest::keyClick(received, Qt::Key_Left); // Accept → Ignore
    QCOMPARE(received->accessibleDescription(), QStringLiteral("Ignore"));
    QTest::keyClick(received, Qt::Key_Left); // Ignore → the card
    QCOMPARE(received->accessibleDescription(), QStringLiteral("Open %1's profile").arg(firstName));
    QTest::keyClick(received, Qt::Key_Return);
    QVERIFY(app.window->profilePage()->isVisible());
    QCOMPARE(app.window->profilePage()->member(), first);
    QCOMPARE(received->model()->rowCount(), 2); // nothing was pressed

    // Right past a card's last button: the next card, on the card itself.
    app.window->showPage(MainWindow::Page::MyNetwork);
    received->setFocus();
    // Back on the list the keyboard is where it was: on the first card.
    QCOMPARE(received->currentIndex().row(), 0);
    QTest::keyClick(received, Qt::Key_Right); // the card → Ignore
    QTest::keyClick(received, Qt::Key_Right); // Ignore → Accept
    QCOMPARE(received->accessibleDescription(), QStringLiteral("Accept"));
    QTest::keyClick(received, Qt::Key_Right); // past Accept
    QCOMPARE(received->currentIndex().row(), 1);
    const qint64 second = received->model()->index(1, 0).data(Roles::PersonId).toLongLong();
    QTest::keyClick(received, Qt::Key_Enter);
    QCOMPARE(app.window->profilePage()->member(), second);
    // Left from the card goes back to the previous card's last button.
    app.window->showPage(MainWindow::Page::MyNetwork);
    received->setFocus();
    QTest::keyClick(received, Qt::Key_Left);
    QCOMPARE(received->currentIndex().row(), 0);
    QCOMPARE(received->accessibleDescription(), QStringLiteral("Accept"));
}

// The rules on SQLite files, then again on a throw-away PostgreSQL server.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestProfile onSqlite(false);
    int failed = QTest::qExec(&onSqlite, argc, argv);
    PgServer server;
    if (!server.start()) {
        const bool mustRun = server.installed() || PgServer::required();
        std::printf("PostgreSQL R19 %s: %s\n", mustRun ? "FAILED, the server did not start" : "skipped",
                    qPrintable(server.whyNot()));
        return failed + (mustRun ? 1 : 0);
    }
    int made = 0;
    Net::setStoreMaker([&server, &made] { return server.createDatabase(QStringLiteral("profile_%1").arg(++made)); });
    std::printf("The same rules on PostgreSQL:\n");
    TestProfile onPostgres(true);
    failed += QTest::qExec(&onPostgres, argc, argv);
    Net::setStoreMaker({});
    return failed;
}

#include "tst_profile.moc"
