// Every page and dialog under a light, a dark and a high-contrast palette:
// each text the app draws is compared with the pixels behind it (WCAG 2.2
// AA: 4.5 : 1, 3 : 1 for large text and focus rings).

#include "gui/cardlistview.h"
#include "gui/contrastprobe.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/mynetworkpage.h"
#include "gui/startpage.h"
#include "gui/style.h"
#include "gui/theme.h"
#include "runtime/appcontext.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QPixmap>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <memory>

namespace {

QPalette darkPalette()
{
    // GNOME's Adwaita dark, as Qt's gtk3 platform theme reads it.
    QPalette p(QColor(0x35, 0x35, 0x35));
    const auto set = [&p](QPalette::ColorRole role, const QColor &c) {
        p.setColor(role, c);
    };
    set(QPalette::Window, QColor(0x35, 0x35, 0x35));
    set(QPalette::WindowText, QColor(0xee, 0xee, 0xec));
    set(QPalette::Base, QColor(0x2d, 0x2d, 0x2d));
    set(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    set(QPalette::Text, QColor(0xee, 0xee, 0xec));
    set(QPalette::Button, QColor(0x37, 0x37, 0x37));
    set(QPalette::ButtonText, QColor(0xee, 0xee, 0xec));
    set(QPalette::Highlight, QColor(0x15, 0x53, 0x9e));
    set(QPalette::HighlightedText, Qt::white);
    set(QPalette::Link, QColor(0x35, 0x84, 0xe4));
    set(QPalette::LinkVisited, QColor(0xff, 0x7b, 0x63));
    set(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x98));
    set(QPalette::ToolTipBase, QColor(0x26, 0x26, 0x26));
    set(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x91, 0x91, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x91, 0x91, 0x90));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x91, 0x91, 0x90));
    return p;
}

QPalette highContrastPalette()
{
    // White on black, yellow links, a cyan highlight: Windows' and GNOME's
    // high-contrast inverse themes.
    QPalette p(Qt::black);
    const auto set = [&p](QPalette::ColorRole role, const QColor &c) {
        p.setColor(role, c);
    };
    for (auto role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
        set(role, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                      QPalette::BrightText, QPalette::PlaceholderText})
        set(role, Qt::white);
    set(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    set(QPalette::HighlightedText, Qt::black);
    set(QPalette::Link, QColor(0xff, 0xff, 0x00));
    set(QPalette::LinkVisited, QColor(0xff, 0xff, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x3f, 0xf2, 0x3f));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x3f, 0xf2, 0x3f));
    return p;
}

QColor mostCommon(const QHash<QRgb, int> &counts)
{
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

// The colour most of a rectangle of the picture has: what the text is on.
QColor backgroundOf(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    const QRect r = rect & image.rect();
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    return mostCommon(counts);
}

// The colour just outside a ring: what it must stand out from.
QColor aroundOf(const QImage &image, const QRect &ring)
{
    const QRect outer = ring.adjusted(-1, -1, 1, 1);
    QHash<QRgb, int> counts;
    for (int x = outer.left(); x <= outer.right(); ++x) {
        for (int y : {outer.top(), outer.bottom()})
            if (image.rect().contains(x, y))
                ++counts[image.pixel(x, y)];
    }
    for (int y = outer.top(); y <= outer.bottom(); ++y) {
        for (int x : {outer.left(), outer.right()})
            if (image.rect().contains(x, y))
                ++counts[image.pixel(x, y)];
    }
    return mostCommon(counts);
}

}

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyTextReads_data();
    void everyTextReads();
    void theWindowFollowsAPaletteChange();
    void nothingIsCutInANarrowWindow_data();
    void nothingIsCutInANarrowWindow();
    void everyDialogFitsASmallScreen_data();
    void everyDialogFitsASmallScreen();

private:
    QStringList problems(const QImage &image, const QList<ContrastProbe::Drawn> &drawn) const;

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    QPalette m_light;
};

void TestContrast::initTestCase()
{
    Style::install(*qApp);
    m_light = QApplication::style()->standardPalette();
    m_context = std::make_unique<AppContext>();
    QString error;
    QVERIFY2(m_context->open(StoreConfig::sqlite(m_dir.filePath(QStringLiteral("demo.sqlite"))), true, &error),
             qPrintable(error));
}

void TestContrast::cleanupTestCase()
{
    ContrastProbe::setListener({});
    QApplication::setPalette(m_light);
}

void TestContrast::everyTextReads_data()
{
    QTest::addColumn<QString>("palette");
    QTest::addColumn<QString>("page");
    const QString samples = QStringLiteral(MYNETWORK_SAMPLES);
    QStringList pages{QStringLiteral("mynetwork"),   QStringLiteral("received"),      QStringLiteral("sent"),
                      QStringLiteral("connections"), QStringLiteral("notifications"), QStringLiteral("outbox"),
                      QStringLiteral("profile:1"),   QStringLiteral("profile:7"),     QStringLiteral("search:an"),
                      QStringLiteral("contacts"),    QStringLiteral("withdraw"),      QStringLiteral("edit-profile"),
                      QStringLiteral("welcome"),     QStringLiteral("join"),          QStringLiteral("invitation-mail"),
                      QStringLiteral("restore"),     QStringLiteral("about"),         QStringLiteral("user-guide")};
    if (!samples.isEmpty())
        pages << QStringLiteral("import:") + samples + QStringLiteral("/thunderbird_basic_csv_addressbook.csv");
    for (const QString &palette : {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("high-contrast")}) {
        for (const QString &page : pages)
            QTest::newRow(qPrintable(palette + QLatin1Char(' ') + page.section(QLatin1Char('/'), -1)))
                << palette << page;
    }
}

QStringList TestContrast::problems(const QImage &image, const QList<ContrastProbe::Drawn> &drawn) const
{
    QStringList found;
    for (const ContrastProbe::Drawn &d : drawn) {
        if ((d.rect & image.rect()).isEmpty())
            continue;
        const QColor behind = d.ring ? aroundOf(image, d.rect) : backgroundOf(image, d.rect);
        const double needed = d.ring || d.large ? 3.0 : 4.5;
        const double ratio = Theme::contrast(d.color, behind);
        if (ratio < needed)
            found << QStringLiteral("%1 %2 on %3: %4 : 1 at %5,%6")
                         .arg(d.ring ? QStringLiteral("focus ring") : QStringLiteral("\"%1\"").arg(d.text.left(40)),
                              d.color.name(), behind.name(), QString::number(ratio, 'f', 2))
                         .arg(d.rect.x())
                         .arg(d.rect.y());
    }
    found.removeDuplicates();
    return found;
}

void TestContrast::everyTextReads()
{
    QFETCH(QString, palette);
    QFETCH(QString, page);
    QApplication::setPalette(palette == QLatin1String("dark")                ? darkPalette()
                                 : palette == QLatin1String("high-contrast") ? highContrastPalette()
                                                                             : m_light);
    QCoreApplication::processEvents();
    MainWindow window(*m_context, 1);
    QVERIFY(StartPage::open(window, page));
    QWidget *shown = StartPage::settle(window, QSize(1100, 760));
    if (page == QLatin1String("mynetwork")) {
        // The keyboard on the first card's button: its ring must be seen.
        window.activateWindow();
        auto *cards = window.page()->findChild<CardListView *>();
        QVERIFY(cards);
        cards->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(cards->hasFocus());
    }
    QList<ContrastProbe::Drawn> drawn;
    ContrastProbe::setListener([&drawn](const ContrastProbe::Drawn &d) { drawn << d; });
    const QImage image = shown->grab().toImage().convertToFormat(QImage::Format_RGB32);
    ContrastProbe::setListener({});
    // Rich text (the e-mail's preview) is drawn by its document in the
    // palette's text colour on its base.
    QStringList found = problems(image, drawn);
    const QList<QTextEdit *> documents = shown->findChildren<QTextEdit *>();
    for (const QTextEdit *edit : documents) {
        const QPalette p = edit->viewport()->palette();
        if (Theme::contrast(p.color(QPalette::Text), p.color(QPalette::Base)) < 4.5)
            found << QStringLiteral("%1: text %2 on %3")
                         .arg(edit->objectName(), p.color(QPalette::Text).name(), p.color(QPalette::Base).name());
    }
    QVERIFY2(!drawn.isEmpty() || !documents.isEmpty(), "the probe heard of no text");
    if (!found.isEmpty()) {
        // The picture beside the failure, to see what was unreadable.
        QString name = QString::fromLatin1(QTest::currentDataTag());
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
        image.save(QDir::temp().filePath(QStringLiteral("contrast-%1.png").arg(name)));
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 25).join(QLatin1Char('\n'))));
}

// A desktop switching to dark while the window is open: the page, its
// panels and titles take the new colours without a restart.
void TestContrast::theWindowFollowsAPaletteChange()
{
    QApplication::setPalette(m_light);
    MainWindow window(*m_context, 1);
    StartPage::settle(window, QSize(1100, 760));
    const QColor before = window.grab().toImage().pixelColor(2, window.height() / 2);
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(window.grab().toImage().pixelColor(2, window.height() / 2) != before);
    const QColor after = window.grab().toImage().pixelColor(2, window.height() / 2);
    QVERIFY2(after.lightness() < 80, qPrintable(after.name()));
    QApplication::setPalette(m_light);
    QTRY_COMPARE(window.grab().toImage().pixelColor(2, window.height() / 2), before);
}

void TestContrast::nothingIsCutInANarrowWindow_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("fontScale");
    for (const QString &page : {QStringLiteral("mynetwork"), QStringLiteral("received"), QStringLiteral("sent"),
                                QStringLiteral("connections"), QStringLiteral("search:an")}) {
        QTest::newRow(qPrintable(QStringLiteral("de 800x600 ") + page)) << page << QSize(800, 600) << 1.0;
        // A system font half again as large, on a window of 1100×760.
        QTest::newRow(qPrintable(QStringLiteral("de large font ") + page)) << page << QSize(1100, 760) << 1.5;
    }
}

// Issue 34: names, headlines, dates and counts of the cards are whole in
// German at 800×600 and with a large system font; only a person's own
// words (a note, in quotes) may end in "…".
void TestContrast::nothingIsCutInANarrowWindow()
{
    QFETCH(QString, page);
    QFETCH(QSize, size);
    QFETCH(qreal, fontScale);
    QVERIFY(Language::apply(QStringLiteral("de")));
    QApplication::setPalette(m_light);
    const QFont before = QApplication::font();
    QFont font = before;
    font.setPointSizeF(before.pointSizeF() * fontScale);
    QApplication::setFont(font);
    QStringList cut;
    {
        MainWindow window(*m_context, 1);
        QVERIFY(StartPage::open(window, page));
        QWidget *shown = StartPage::settle(window, size);
        QList<ContrastProbe::Drawn> drawn;
        ContrastProbe::setListener([&drawn](const ContrastProbe::Drawn &d) { drawn << d; });
        const QImage image = shown->grab().toImage();
        ContrastProbe::setListener({});
        for (const ContrastProbe::Drawn &d : std::as_const(drawn)) {
            const bool quoted = d.text.startsWith(QChar(0x201E)) || d.text.startsWith(QChar(0x201C));
            // "Import address book …" opens a dialog: not cut.
            const bool opensMore = d.text.endsWith(QStringLiteral(" …"));
            if (d.text.endsWith(QChar(0x2026)) && !quoted && !opensMore && (d.rect & image.rect()) == d.rect)
                cut << d.text;
        }
    }
    QApplication::setFont(before);
    QVERIFY(Language::apply(QStringLiteral("en")));
    cut.removeDuplicates();
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

void TestContrast::everyDialogFitsASmallScreen_data()
{
    QTest::addColumn<QString>("page");
    const QString samples = QStringLiteral(MYNETWORK_SAMPLES);
    for (const char *page : {"contacts", "withdraw", "edit-profile", "welcome", "join", "invitation-mail", "restore",
                             "about", "user-guide"})
        QTest::newRow(page) << QString::fromLatin1(page);
    if (!samples.isEmpty())
        QTest::newRow("import") << QStringLiteral("import:") + samples
                + QStringLiteral("/thunderbird_basic_csv_addressbook.csv");
}

// Every dialog fits an 800×600 screen (the offscreen platform's), with
// room for its title bar, in German, its wider language.
void TestContrast::everyDialogFitsASmallScreen()
{
    QFETCH(QString, page);
    QVERIFY(Language::apply(QStringLiteral("de")));
    QApplication::setPalette(m_light);
    MainWindow window(*m_context, 1);
    QVERIFY(StartPage::open(window, page));
    QWidget *shown = StartPage::settle(window, QSize(800, 600));
    QVERIFY(shown != &window);
    const QSize screen = shown->screen()->availableGeometry().size();
    QCOMPARE(screen, QSize(800, 600));
    const QSize size = shown->size();
    const QSize least = shown->minimumSizeHint();
    QVERIFY(Language::apply(QStringLiteral("en")));
    QVERIFY2(size.width() <= 800 - 16 && size.height() <= 600 - 48,
             qPrintable(QStringLiteral("%1×%2").arg(size.width()).arg(size.height())));
    QVERIFY2(least.width() <= 800 - 16 && least.height() <= 600 - 48,
             qPrintable(QStringLiteral("at least %1×%2").arg(least.width()).arg(least.height())));
}

// An 800×600 screen, as the small-screen test needs (the offscreen
// platform's own is 800×800).
int main(int argc, char **argv)
{
    QTemporaryDir config;
    const QString file = config.filePath(QStringLiteral("screen.json"));
    QFile json(file);
    if (!json.open(QIODevice::WriteOnly)
        || json.write(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": 800, "height": 600,
                          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
            < 0)
        return 1;
    json.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + file.toLocal8Bit());
    QApplication app(argc, argv);
    TestContrast test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_contrast.moc"
