// Issue 15: every page and dialog, rendered in German (and English) on the
// demo network, read the way a native reader would check it: no two-digit
// year, no "UTC", no English product name or quotation marks in German, and
// no label or button whose text is wider than the widget showing it.
#include "base/clock.h"
#include "gui/connectdialog.h"
#include "gui/contactsdialog.h"
#include "gui/importdialog.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/memberpicker.h"
#include "gui/mynetworkpage.h"
#include "gui/style.h"
#include "gui/withdrawolddialog.h"
#include "models/invitationlistmodel.h"
#include "models/roles.h"
#include "models/suggestionsmodel.h"
#include "rules/expiryengine.h"
#include "rules/invitationservice.h"
#include "runtime/appcontext.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

namespace {

const int kTextRoles[] = {Qt::DisplayRole,
                          Roles::Title,
                          Roles::Body,
                          Roles::SentText,
                          Roles::ExpiryText,
                          Roles::ReasonText,
                          Roles::RelationText,
                          Roles::DetailText,
                          Roles::MutualText,
                          Qt::ToolTipRole,
                          Qt::AccessibleDescriptionRole};

struct Finding
{
    QString where;
    QString text;
};

// What a person reads on `root` and its visible children.
QList<Finding> textsOf(QWidget *root)
{
    QList<Finding> out;
    const auto add = [&out](const QObject *o, const QString &text) {
        if (!text.trimmed().isEmpty())
            out.append({QStringLiteral("%1 %2").arg(QString::fromLatin1(o->metaObject()->className()), o->objectName()),
                        text});
    };
    add(root, root->windowTitle());
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            add(label,
                label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text())
                    ? QTextDocument(label->text()).toPlainText()
                    : label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button, button->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(edit, edit->text().isEmpty() ? edit->placeholderText() : edit->text());
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo, combo->itemText(i));
        } else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs, tabs->tabText(i));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; model && row < qMin(model->rowCount(), 40); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    for (int role : kTextRoles)
                        add(view, model->index(row, column).data(role).toString());
                }
            }
            for (int column = 0; model && column < model->columnCount(); ++column)
                add(view, model->headerData(column, Qt::Horizontal).toString());
        }
        for (const QAction *action : w->actions())
            add(action, action->text());
    }
    return out;
}

// A label or button that cannot show its whole text at its size.
QStringList clipped(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->wordWrap() || label->text().isEmpty() || Qt::mightBeRichText(label->text())
                || label->objectName() == QLatin1String("storeLabel"))
                continue; // wraps, or elides on purpose (the store's name)
            QString shown = label->text();
            if (label->buddy()) // "&Server:" shows as "Server:" with S underlined
                shown.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            const int needed = label->fontMetrics().horizontalAdvance(shown);
            if (needed > label->contentsRect().width() + 1)
                out << QStringLiteral("label %1 “%2”: %3 px in %4")
                           .arg(label->objectName(), label->text())
                           .arg(needed)
                           .arg(label->contentsRect().width());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            // A line edit's ✕ shows its icon only; its text is for
            // screen readers.
            if (button->text().isEmpty() || qobject_cast<QLineEdit *>(button->parentWidget()))
                continue;
            if (button->sizeHint().width() > button->width() + 1)
                out << QStringLiteral("button %1 “%2”: %3 px in %4")
                           .arg(button->objectName(), button->text())
                           .arg(button->sizeHint().width())
                           .arg(button->width());
        }
    }
    return out;
}

QStringList problems(const QList<Finding> &texts, bool german)
{
    static const QRegularExpression twoDigitYear(QStringLiteral(
        "(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.\\d{2}(?![\\d])|(?<![\\d/])\\d{1,2}/\\d{1,2}/\\d{2}(?![\\d])"));
    QStringList out;
    for (const Finding &f : texts) {
        const auto flag = [&](const QString &why) {
            out << QStringLiteral("%1: %2 — “%3”").arg(f.where, why, f.text);
        };
        if (twoDigitYear.match(f.text).hasMatch())
            flag(QStringLiteral("two-digit year"));
        if (f.text.contains(QLatin1String("UTC")))
            flag(QStringLiteral("UTC shown"));
        if (german && f.text.contains(QLatin1String("My Network")))
            flag(QStringLiteral("English product name"));
        if (german && f.text.contains(QChar(0x201D)))
            flag(QStringLiteral("English quotation marks"));
    }
    return out;
}

}

class TestWording : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkerFindsWhatItLooksFor();
    void everyScreen_data();
    void everyScreen();
    void menusHaveOneKeyPerItem_data() { everyScreen_data(); }
    void menusHaveOneKeyPerItem();

private:
    QTemporaryDir m_dir;
    bool m_sawDate = false;
    bool m_sawNote = false;
};

void TestWording::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // As the app looks: its style sizes the link buttons and titles.
    Style::install(*qApp);
}

// The checks themselves, on what was seen before they existed.
void TestWording::checkerFindsWhatItLooksFor()
{
    const auto flagged = [](const QString &text) {
        return !problems({{QStringLiteral("x"), text}}, true).isEmpty();
    };
    QVERIFY(flagged(QStringLiteral("Echte Zeit: 26.11.26 15:15")));
    QVERIFY(flagged(QStringLiteral("Real time: 11/26/26 3:15 PM")));
    QVERIFY(flagged(QStringLiteral("Wieder möglich ab 17.12.26")));
    QVERIFY(flagged(QStringLiteral("…ab dem 17. Dezember 2026 19:02:00 UTC")));
    QVERIFY(flagged(QStringLiteral("Schon auf My Network (3)")));
    QVERIFY(flagged(QStringLiteral("“Hallo Birgit”")));
    QVERIFY(!flagged(QStringLiteral("Echtzeit: 26.11.2026, 15:15")));
    QVERIFY(!flagged(QStringLiteral("„Hallo Birgit“")));
    QWidget box;
    auto *label = new QLabel(QStringLiteral("Benachrichtigungen (10 ungelesen)"), &box);
    label->setGeometry(0, 0, 40, 20);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QCOMPARE(clipped(&box).size(), 1);
}

void TestWording::everyScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestWording::everyScreen()
{
    QFETCH(QString, language);
    QVERIFY(Language::apply(language));
    m_sawDate = m_sawNote = false;
    const bool german = language == QLatin1String("de");
    QCOMPARE(QGuiApplication::applicationDisplayName(),
             german ? QStringLiteral("Mein Netzwerk") : QStringLiteral("My Network"));
    AppContext context;
    QString error;
    QVERIFY2(context.open(StoreConfig::sqlite(m_dir.filePath(language + QStringLiteral(".sqlite"))), true, &error),
             qPrintable(error));
    context.engine().start();
    MainWindow window(context, 1);
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!window.page()->suggestionsModel()->isLoading());
    // A cool-down, so a date is on screen: member 1 withdraws one invitation.
    InvitationService &service = context.service();
    const QModelIndex sent = window.page()->sentModel()->index(0, 0);
    const qint64 withdrawn = sent.data(Roles::PersonId).toLongLong();
    QVERIFY(service.withdraw(1, sent.data(Roles::InvitationId).toLongLong()).ok());

    QStringList found;
    const auto check = [&](QWidget *screen, const QString &name) {
        QApplication::processEvents();
        const QList<Finding> texts = textsOf(screen);
        static const QRegularExpression date(QStringLiteral("\\b20\\d\\d\\b"));
        for (const Finding &f : texts) {
            m_sawDate = m_sawDate || date.match(f.text).hasMatch();
            m_sawNote = m_sawNote || f.text.contains(german ? QChar(0x201E) : QChar(0x201C));
        }
        QVERIFY2(texts.size() > 3, qPrintable(name));
        for (const QString &p : problems(texts, german))
            found << name + QStringLiteral(": ") + p;
        for (const QString &c : clipped(screen))
            found << name + QStringLiteral(": ") + c;
    };
    check(&window, QStringLiteral("My Network"));
    // The smallest window the page is made for: the side panel is narrowest.
    window.resize(800, 600);
    QTRY_COMPARE(window.size(), QSize(800, 600));
    check(&window, QStringLiteral("My Network at 800×600"));
    window.resize(1100, 760);
    window.page()->showView(MyNetworkPage::View::Received);
    check(&window, QStringLiteral("all received"));
    window.page()->showView(MyNetworkPage::View::Sent);
    check(&window, QStringLiteral("sent"));
    for (MainWindow::Page page :
         {MainWindow::Page::Connections, MainWindow::Page::Notifications, MainWindow::Page::Outbox}) {
        window.showPage(page);
        check(&window, QStringLiteral("page %1").arg(int(page)));
    }
    window.showProfile(withdrawn); // "Invite again from …"
    check(&window, QStringLiteral("profile in cool-down"));
    window.search(QStringLiteral("Müller"));
    check(&window, QStringLiteral("search"));
    window.showPage(MainWindow::Page::MyNetwork);
    // The service refuses the cool-down with a date in the message.
    const ActionResult refused = service.invite(1, withdrawn, {}, InvitationSource::Profile);
    QVERIFY(!refused.ok());
    for (const QString &p : problems({{QStringLiteral("refusal"), refused.message}}, german))
        found << p;
    window.statusBar()->showMessage(refused.message);
    check(&window, QStringLiteral("status bar"));

    WithdrawOldDialog *withdraw = window.page()->withdrawOlderThan(MyNetworkPage::kDefaultWithdrawWeeks);
    QVERIFY(QTest::qWaitForWindowExposed(withdraw));
    check(withdraw, QStringLiteral("withdraw older"));
    withdraw->reject();
    ImportDialog *import = window.openImportDialog();
    check(import, QStringLiteral("import"));
    import->openFile(QStringLiteral(MYNETWORK_SOURCE_DIR "/docs/demo-contacts.csv"));
    QTRY_VERIFY(import->step() != ImportDialog::Step::Reading);
    check(import, QStringLiteral("import preview"));
    import->close();
    ContactsDialog *contacts = window.openContactsDialog();
    check(contacts, QStringLiteral("contacts"));
    contacts->close();
    MemberPicker picker(context.store(), &window);
    picker.show();
    check(&picker, QStringLiteral("member picker"));
    ConnectDialog connect(StoreConfig(), &window);
    connect.show();
    check(&connect, QStringLiteral("connect dialog"));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    // What was read had dates and quoted notes in it.
    QVERIFY(m_sawDate);
    QVERIFY(m_sawNote);
}

// The keyboard alone: within the menu bar and within each menu, no letter
// opens two items (Alt+N, then a letter, must mean one thing).
void TestWording::menusHaveOneKeyPerItem()
{
    QFETCH(QString, language);
    QVERIFY(Language::apply(language));
    AppContext context;
    QString error;
    QVERIFY2(
        context.open(StoreConfig::sqlite(m_dir.filePath(language + QStringLiteral("-menus.sqlite"))), true, &error),
        qPrintable(error));
    MainWindow window(context, 1);
    const auto key = [](const QString &text) {
        const qsizetype amp = QString(text).replace(QLatin1String("&&"), QLatin1String("  ")).indexOf(u'&');
        return amp >= 0 && amp + 1 < text.size() ? text.at(amp + 1).toLower() : QChar();
    };
    const auto unique = [&key](const QList<QAction *> &actions, const QString &where) {
        QHash<QChar, QString> seen;
        for (const QAction *a : actions) {
            const QChar k = key(a->text());
            if (k.isNull())
                continue;
            QVERIFY2(
                !seen.contains(k),
                qPrintable(
                    QStringLiteral("%1: \"%2\" and \"%3\" share %4").arg(where, seen.value(k), a->text(), QString(k))));
            seen.insert(k, a->text());
        }
    };
    QMenuBar *bar = window.findChild<QMenuBar *>();
    QVERIFY(bar);
    unique(bar->actions(), QStringLiteral("menu bar"));
    for (const QAction *a : bar->actions()) {
        if (a->menu())
            unique(a->menu()->actions(), a->text());
    }
    // The languages are a choice of one (radio items), not check boxes.
    for (const QAction *a : bar->actions()) {
        if (!a->menu() || !a->menu()->actions().contains(window.findChild<QAction *>(QStringLiteral("germanAction"))))
            continue;
        for (const QAction *language : a->menu()->actions())
            QVERIFY(language->actionGroup() && language->actionGroup()->isExclusive());
    }
}

QTEST_MAIN(TestWording)
#include "tst_wording.moc"
