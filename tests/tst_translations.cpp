#include <QFile>
#include <QLocale>
#include <QProcess>
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

struct TsFile
{
    QSet<QString> messages; // "context|source"
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
    void pluralsAtOneAndTwo_data();
    void pluralsAtOneAndTwo();
};

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
