#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Numerus
{
    QString context, source, comment;
};

struct Message
{
    QString context, source, translation; // plural forms one after another
};

struct TsFile
{
    QSet<QString> messages; // "context|source"
    QList<Message> translated;
    QStringList unfinished;
    QList<Numerus> numerus; // the messages with plural forms
    bool ok = false;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ts;
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            comment.clear();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ts.messages.insert(context + QLatin1Char('|') + source);
        } else if (xml.name() == QLatin1String("comment")) {
            comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (numerus && type != QLatin1String("vanished") && type != QLatin1String("obsolete"))
                ts.numerus.append({context, source, comment});
            if (type == QLatin1String("unfinished"))
                ts.unfinished.append(context + QLatin1Char('|') + source);
            if (type != QLatin1String("vanished") && type != QLatin1String("obsolete"))
                ts.translated.append({context, source, xml.readElementText(QXmlStreamReader::IncludeChildElements)});
        }
    }
    ts.ok = !xml.hasError();
    return ts;
}

}

// Every string a person can see is translated, in both languages.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void nothingUnfinished_data();
    void nothingUnfinished();
    void lupdateFindsNothingNew();
    void germanKeepsTheReviewedWords();
    void englishQuotesAreCurly();
    void pluralsAtOneAndTwo_data();
    void pluralsAtOneAndTwo();
};

// Issue 34 and ../shared/german-wording.md: the classes of wording a native
// review found cannot come back. Connections are "Kontakte" ("Verbindung"
// is the server's), no coined "einladbar", the product's name in quotes
// inside a sentence, a login is an "Anmeldename" (an "Anmeldung" is the act
// of signing in), one word for the store.
void TestTranslations::germanKeepsTheReviewedWords()
{
    const TsFile ts = readTs(QStringLiteral(MYNETWORK_TRANSLATIONS "/mynetwork_de.ts"));
    QVERIFY(ts.ok);
    static const QRegularExpression unquotedName(QStringLiteral("(?<!„)Mein Netzwerk(?!“)"));
    static const QRegularExpression aboutTheServer(QStringLiteral("server|reconnect|TLS"),
                                                   QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (const Message &m : ts.translated) {
        const auto flag = [&](const QString &why) {
            found << QStringLiteral("%1 “%2”: %3 — %4").arg(m.context, m.source.left(60), why, m.translation.left(80));
        };
        const QString &t = m.translation;
        if (t.contains(QLatin1String("einladbar")))
            flag(QStringLiteral("coined “einladbar”"));
        if (t.contains(QLatin1String("Verbinde neu")) || t.contains(QLatin1String("Einladungen erinnert")))
            flag(QStringLiteral("ungrammatical"));
        if (t.contains(QLatin1String("Datenbestand")))
            flag(QStringLiteral("“Datenbank”, one word for the store"));
        if (t.contains(QLatin1String("Verbindung")) && !aboutTheServer.match(m.source).hasMatch())
            flag(QStringLiteral("connections are “Kontakte”"));
        if (t.contains(QLatin1String("Verbunden")))
            flag(QStringLiteral("connected is “vernetzt”"));
        if (t.contains(QStringLiteral("Anmeldung „")))
            flag(QStringLiteral("a login is an “Anmeldename”"));
        const bool title = m.source.startsWith(QLatin1String("My Network"))
            || m.source.contains(QLatin1String("my network"), Qt::CaseSensitive);
        if (!title && unquotedName.match(t).hasMatch())
            flag(QStringLiteral("the product's name unquoted in a sentence"));
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

// English quotes the way the rest of the English does: “…”, not "…".
void TestTranslations::englishQuotesAreCurly()
{
    const TsFile ts = readTs(QStringLiteral(MYNETWORK_TRANSLATIONS "/mynetwork_en.ts"));
    QVERIFY(ts.ok);
    static const QRegularExpression straight(QStringLiteral("\"[^\"\\n]{1,60}\""));
    QStringList found;
    for (const Message &m : ts.translated) {
        if (straight.match(m.source).hasMatch())
            found << m.context + QLatin1String(": ") + m.source.left(100);
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestTranslations::pluralsAtOneAndTwo_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("en") << QStringLiteral("en");
}

// Every %n / %Ln message at 1 and at 2: the number is in it, and the two
// read differently (a singular form of its own, not "1 contacts").
void TestTranslations::pluralsAtOneAndTwo()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(QStringLiteral(MYNETWORK_TRANSLATIONS "/mynetwork_%1.ts").arg(language));
    QVERIFY(ts.ok);
    QVERIFY(ts.numerus.size() > 20);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/mynetwork_%1.qm").arg(language)));
    QLocale::setDefault(QLocale(language));
    QStringList wrong;
    for (const Numerus &m : ts.numerus) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const auto at = [&](int n) {
            QString text = translator.translate(context.constData(), source.constData(),
                                                comment.isEmpty() ? nullptr : comment.constData(), n);
            return text.replace(QLatin1String("%Ln"), QString::number(n))
                .replace(QLatin1String("%n"), QString::number(n));
        };
        const QString one = at(1);
        const QString two = at(2);
        // A unit beside a spin box ("week(s) ago") carries no number itself.
        const bool numbered = m.source.contains(QLatin1String("%n")) || m.source.contains(QLatin1String("%Ln"));
        if (one.isEmpty() || two.isEmpty()
            || (numbered && (!one.contains(QLatin1Char('1')) || !two.contains(QLatin1Char('2'))))) {
            wrong << QStringLiteral("%1|%2: missing or without its number").arg(m.context, m.source);
            continue;
        }
        QString oneAsTwo = one;
        oneAsTwo.replace(QLatin1Char('1'), QLatin1Char('2'));
        // Words that do not change with the number in this language.
        const bool invariable = m.source.contains(QLatin1String("character(s)"))
            || m.source.contains(QLatin1String("not sent:")) || m.source.contains(QLatin1String("%Ln more"))
            || m.source == QLatin1String("Withdraw %Ln"); // a button: "Withdraw 1", "Withdraw 2"
        if (oneAsTwo == two && !invariable)
            wrong << QStringLiteral("%1|%2: “%3” is the plural form").arg(m.context, m.source, one);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestTranslations::nothingUnfinished_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("de") << QStringLiteral(MYNETWORK_TRANSLATIONS "/mynetwork_de.ts");
    QTest::newRow("en") << QStringLiteral(MYNETWORK_TRANSLATIONS "/mynetwork_en.ts");
}

void TestTranslations::nothingUnfinished()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.ok, qPrintable(path));
    QVERIFY(ts.messages.size() > 100);
    QVERIFY2(ts.unfinished.isEmpty(), qPrintable(ts.unfinished.join(QLatin1Char('\n'))));
}

void TestTranslations::lupdateFindsNothingNew()
{
    // lupdate over the same sources as the build, into a scratch file.
    QTemporaryDir dir;
    const QString scratch = dir.filePath(QStringLiteral("check_de.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(MYNETWORK_LUPDATE),
                  {QStringLiteral("@" MYNETWORK_I18N_LIST), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-silent"), QStringLiteral("-ts"), scratch});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    const TsFile found = readTs(scratch);
    QVERIFY(found.messages.size() > 100);
    for (const char *language : {"de", "en"}) {
        const TsFile ts = readTs(
            QStringLiteral(MYNETWORK_TRANSLATIONS "/mynetwork_%1.ts").arg(QLatin1String(language)));
        QStringList missing;
        for (const QString &m : found.messages) {
            if (!ts.messages.contains(m))
                missing.append(m);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 lacks (run the update_translations target):\n%2")
                                .arg(QLatin1String(language), missing.join(QLatin1Char('\n')))));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
