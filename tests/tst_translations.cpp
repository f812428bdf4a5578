#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsFile
{
    QSet<QString> messages; // "context|source"
    QStringList unfinished;
    bool ok = false;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ts;
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ts.messages.insert(context + QLatin1Char('|') + source);
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
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
};

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
        const TsFile ts = readTs(QStringLiteral(MYNETWORK_TRANSLATIONS "/mynetwork_%1.ts").arg(QLatin1String(language)));
        QStringList missing;
        for (const QString &m : found.messages) {
            if (!ts.messages.contains(m))
                missing.append(m);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 lacks (run the update_translations target):\n%2")
                                                   .arg(QLatin1String(language), missing.join(QLatin1Char('\n')))));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
