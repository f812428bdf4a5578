// The address-book files real programs write, generated here in every
// encoding and line ending they come in: vCard details, LDIF, encodings
// told (or doubted) from the bytes, formats told by content, and random
// round trips through the vCard and LDIF writers.
#include "contactwriters.h"
#include "testsupport.h"

#include "addressbook/columnguess.h"
#include "addressbook/contactreader.h"
#include "addressbook/encodingguess.h"
#include "import/memberfile.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

class TestImportFormats : public QObject
{
    Q_OBJECT
private slots:
    // Reading
    void foldedMultibyteUtf8_data();
    void foldedMultibyteUtf8();
    void quotedPrintableSoftBreaks_data();
    void quotedPrintableSoftBreaks();
    void formatToldByContent_data();
    void formatToldByContent();
    // Encodings
    void uncertainEncodingIsMarked_data();
    void uncertainEncodingIsMarked();
    void westernFilesStayCertain_data();
    void westernFilesStayCertain();
    void vCardCharsetIsUsed();
    void unknownEncodingNameIsRefused();
    // vCard details
    void preferredAddressFirst_data();
    void preferredAddressFirst();
    void organisationOnlyCards();
    void companyOnlyCsvRow();
    void vCard21Backslashes();
    void nestedAgentCards_data();
    void nestedAgentCards();
    void androidNestedCards();
    void emailWithDisplayName();
    // LDIF
    void ldifThunderbird_data();
    void ldifThunderbird();
    void ldifSkipsListsAndChanges();
    void ldifErrorsNameTheLine();
    // Mapping
    void emailColumnToldByValues();
    void nameColumnToldByValues_data();
    void nameColumnToldByValues();
    void personNames_data();
    void personNames();
    void csvWithoutHeaderReadsEveryRow();
    // Round trips
    void vCardRoundTrip_data();
    void vCardRoundTrip();
    void ldifRoundTrip();
    void R19_profileFieldsReadOnlyWhenAsked();
    void R19_photosFromVCardAndLdif();
    void R19_memberFileNamesEveryBadRow();
    void R19_memberFileReadsAGoodExport();

private:
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("contacts.vcf"));
    QList<ImportedContact> read(const QString &path, ImportHead *head = nullptr, const QByteArray &encoding = {});
    QTemporaryDir m_dir;
};

QString TestImportFormats::write(const QByteArray &bytes, const QString &name)
{
    return writeTestFile(m_dir, name, bytes);
}

QList<ImportedContact> TestImportFormats::read(const QString &path, ImportHead *headOut, const QByteArray &encoding)
{
    ImportHead head;
    ImportProblem problem;
    if (!ContactReader::inspect(path, &head, &problem, encoding)) {
        qWarning("%s", qPrintable(problem.toString()));
        return {};
    }
    if (headOut)
        *headOut = head;
    QList<ImportedContact> contacts;
    const ImportReadResult r = ContactReader::read(head,
                                                   [&contacts](ImportedContact &&c) { contacts.append(std::move(c)); });
    if (!r.ok) {
        qWarning("%s", qPrintable(r.error.toString()));
        return {};
    }
    return contacts;
}

static QByteArray encode(const QString &text, const char *codec)
{
    QStringEncoder encoder(codec);
    return encoder.encode(text);
}

static ImportedContact contact(const QString &name, const QStringList &emails, const QString &company = {})
{
    ImportedContact c;
    c.name = name;
    c.emails = emails;
    c.company = company;
    return c;
}

// Greek, Japanese and German names, folded through their characters at
// every byte position a writer might choose, with CRLF and LF.
void TestImportFormats::foldedMultibyteUtf8_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addColumn<int>("foldAt");
    const QStringList names{QStringLiteral("Γιώργος Παπαδόπουλος"), QStringLiteral("山田 太郎"),
                            QStringLiteral("Jürgen Müßig-Groß")};
    for (const QString &name : names) {
        for (const QByteArray &end : {QByteArray("\r\n"), QByteArray("\n")}) {
            for (int foldAt : {1, 2, 3, 5, 75}) {
                QTest::addRow("%s %s fold %d", qPrintable(name), end.size() == 2 ? "CRLF" : "LF", foldAt)
                    << name << end << foldAt;
            }
        }
    }
}

void TestImportFormats::foldedMultibyteUtf8()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, lineEnd);
    QFETCH(int, foldAt);
    QRandomGenerator rng(uint(foldAt) * 31 + uint(lineEnd.size()));
    QByteArray file;
    for (int i = 0; i < 20; ++i) {
        ContactWriters::VCardStyle style;
        style.lineEnd = lineEnd;
        style.foldAt = foldAt;
        file += ContactWriters::vCard(contact(name, {QStringLiteral("p%1@example.com").arg(i)}, name), style, &rng);
    }
    ImportHead head;
    const QList<ImportedContact> c = read(write(file), &head);
    QCOMPARE(c.size(), 20);
    QCOMPARE(head.encoding, ImportEncoding::Utf8);
    QVERIFY(head.encodingCertain);
    for (const ImportedContact &x : c) {
        QCOMPARE(x.name, name);
        QCOMPARE(x.company, name);
    }
}

void TestImportFormats::quotedPrintableSoftBreaks_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("LF") << QByteArray("\n");
}

// vCard 2.1 as phones write it: UTF-8 in quoted-printable, soft breaks
// between the escapes of one character, no CHARSET.
void TestImportFormats::quotedPrintableSoftBreaks()
{
    QFETCH(QByteArray, lineEnd);
    const QString name = QStringLiteral("Ζωή Κωνσταντινίδου 鈴木");
    QRandomGenerator rng(21);
    QByteArray file = "a stray first line" + lineEnd;
    for (int i = 0; i < 30; ++i) {
        ContactWriters::VCardStyle style;
        style.version = "2.1";
        style.lineEnd = lineEnd;
        style.quotedPrintable = true;
        file += ContactWriters::vCard(
            contact(name + QStringLiteral(" ") + QString::number(i), {QStringLiteral("z%1@example.com").arg(i)}), style,
            &rng);
    }
    ImportHead head;
    const QList<ImportedContact> c = read(write(file, QStringLiteral("phone.csv")), &head);
    QCOMPARE(head.format, ImportFormat::VCard);
    QCOMPARE(c.size(), 30);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(c[i].name, name + QStringLiteral(" ") + QString::number(i));
}

void TestImportFormats::formatToldByContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("firstEmail");
    const QByteArray vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\nEMAIL:anna@example.com\r\nEND:VCARD\r\n";
    const QByteArray ldif =
        "version: 1\ndn: cn=Anna Schmidt,mail=anna@example.com\ncn: Anna Schmidt\nmail: anna@example.com\n\n";
    const QByteArray csv = "Name,E-mail Address\nAnna Schmidt,anna@example.com\n";
    const QByteArray tabs = "First Name\tLast Name\tE-mail Address\r\nAnna\tSchmidt\tanna@example.com\r\n";
    QTest::newRow("CSV named .txt") << "export.txt" << csv << int(ImportFormat::GenericCsv) << "Anna Schmidt"
                                    << "anna@example.com";
    QTest::newRow("tab-separated .txt") << "export.txt" << tabs << int(ImportFormat::GenericCsv) << "Anna Schmidt"
                                        << "anna@example.com";
    QTest::newRow("tab-separated .csv") << "export.csv" << tabs << int(ImportFormat::GenericCsv) << "Anna Schmidt"
                                        << "anna@example.com";
    QTest::newRow("vCard named .csv") << "contacts.csv" << vcard << int(ImportFormat::VCard) << "Anna Schmidt"
                                      << "anna@example.com";
    QTest::newRow("vCard after a comment") << "contacts.vcf" << QByteArray("# exported by PhoneApp\r\n" + vcard)
                                           << int(ImportFormat::VCard) << "Anna Schmidt"
                                           << "anna@example.com";
    QTest::newRow("LDIF named .csv") << "book.csv" << ldif << int(ImportFormat::Ldif) << "Anna Schmidt"
                                     << "anna@example.com";
    QTest::newRow("LDIF named .txt after comments")
        << "book.txt" << QByteArray("# Thunderbird export\n#  of my book\n\n" + ldif) << int(ImportFormat::Ldif)
        << "Anna Schmidt"
        << "anna@example.com";
}

void TestImportFormats::formatToldByContent()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(QString, firstName);
    QFETCH(QString, firstEmail);
    ImportHead head;
    const QList<ImportedContact> c = read(write(bytes, fileName), &head);
    QCOMPARE(int(head.format), format);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].name, firstName);
    QCOMPARE(c[0].emails.value(0), firstEmail);
}

// Files in a legacy code page: the guess is marked uncertain, names the
// right candidate for these texts, and the chosen encoding reads them exactly.
void TestImportFormats::uncertainEncodingIsMarked_data()
{
    QTest::addColumn<QByteArray>("codec");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("vcard");
    QTest::addColumn<QByteArray>("lineEnd");
    const QList<QPair<QByteArray, QStringList>> sets{
        {"Shift_JIS",
         {QStringLiteral("名無し"), QStringLiteral("山田 太郎"), QStringLiteral("佐藤 花子"),
          QStringLiteral("高橋 さくら")}},
        {"GB18030",
         {QStringLiteral("王小明"), QStringLiteral("李华"), QStringLiteral("张伟"), QStringLiteral("刘洋"),
          QStringLiteral("陈静")}},
        {"Big5",
         {QStringLiteral("王小明"), QStringLiteral("李華"), QStringLiteral("張偉"), QStringLiteral("劉洋"),
          QStringLiteral("陳靜")}},
        {"EUC-KR",
         {QStringLiteral("김철수"), QStringLiteral("이영희"), QStringLiteral("박지성"), QStringLiteral("최민준"),
          QStringLiteral("정수빈")}},
        {"EUC-JP",
         {QStringLiteral("やまだ たろう"), QStringLiteral("さとう はなこ"), QStringLiteral("山田 花子"),
          QStringLiteral("スズキ イチロー")}},
        {"windows-1253",
         {QStringLiteral("Γιώργος Παπαδόπουλος"), QStringLiteral("Μαρία Νικολάου"), QStringLiteral("Ελένη Δημητρίου")}},
        {"KOI8-R", {QStringLiteral("Иван Петров"), QStringLiteral("Мария Иванова"), QStringLiteral("Сергей Смирнов")}},
        {"windows-1251",
         {QStringLiteral("Иван Петров"), QStringLiteral("Мария Иванова"), QStringLiteral("Сергей Смирнов")}},
        {"ISO-8859-2",
         {QStringLiteral("Łukasz Wąsowski"), QStringLiteral("Małgorzata Żółć"), QStringLiteral("Šárka Dvořáková")}},
    };
    for (const auto &set : sets) {
        for (const bool vcard : {false, true}) {
            for (const QByteArray &end : {QByteArray("\r\n"), QByteArray("\n")}) {
                QTest::addRow("%s %s %s", set.first.constData(), vcard ? "vCard" : "CSV",
                              end.size() == 2 ? "CRLF" : "LF")
                    << set.first << set.second << vcard << end;
            }
        }
    }
}

void TestImportFormats::uncertainEncodingIsMarked()
{
    QFETCH(QByteArray, codec);
    QFETCH(QStringList, names);
    QFETCH(bool, vcard);
    QFETCH(QByteArray, lineEnd);
    QByteArray file;
    QRandomGenerator rng(7);
    if (!vcard)
        file = "Name,E-mail Address" + lineEnd;
    for (int i = 0; i < names.size(); ++i) {
        const QString email = QStringLiteral("p%1@example.com").arg(i);
        if (vcard) {
            ContactWriters::VCardStyle style;
            style.charset = codec;
            style.lineEnd = lineEnd;
            file += ContactWriters::vCard(contact(names[i], {email}), style, &rng);
        } else {
            file += encode(names[i], codec.constData()) + ',' + email.toLatin1() + lineEnd;
        }
    }
    const QString path = write(file, vcard ? QStringLiteral("legacy.vcf") : QStringLiteral("legacy.csv"));
    ImportHead head;
    QList<ImportedContact> guessed = read(path, &head);
    QVERIFY(!head.encodingCertain);
    QVERIFY(head.needsCheck());
    QCOMPARE(head.encoding, ImportEncoding::Other);
    QCOMPARE(head.codec, codec);
    QCOMPARE(guessed.size(), names.size());
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(guessed[i].name, names[i]);

    // Read as the person chose: certain, exact.
    const QByteArray other = codec == "KOI8-R" ? "windows-1251" : "KOI8-R";
    QList<ImportedContact> wrong = read(path, &head, other);
    QVERIFY(head.encodingCertain);
    QVERIFY(head.encodingChosen);
    QCOMPARE(wrong.size(), names.size());
    QVERIFY(wrong[0].name != names[0]);
    QList<ImportedContact> chosen = read(path, &head, codec);
    QCOMPARE(head.codec, codec);
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(chosen[i].name, names[i]);
}

void TestImportFormats::westernFilesStayCertain_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("German") << QStringLiteral("Jürgen Müßig-Groß");
    QTest::newRow("French") << QStringLiteral("Hélène Lefèvre-Côté");
    QTest::newRow("Spanish") << QStringLiteral("Iñaki Núñez «Piñata»");
    QTest::newRow("Irish") << QStringLiteral("Seán O’Brien – Ireland");
    QTest::newRow("Nordic") << QStringLiteral("Åsa Øvergård");
}

void TestImportFormats::westernFilesStayCertain()
{
    QFETCH(QString, name);
    const QByteArray file = "Name,E-mail Address\r\n" + encode(name, "windows-1252") + ",a@example.com\r\n";
    ImportHead head;
    const QList<ImportedContact> c = read(write(file, QStringLiteral("western.csv")), &head);
    QVERIFY(head.encodingCertain);
    QCOMPARE(head.encoding, ImportEncoding::Windows1252);
    QCOMPARE(c.value(0).name, name);
}

void TestImportFormats::vCardCharsetIsUsed()
{
    QRandomGenerator rng(3);
    ContactWriters::VCardStyle style;
    style.version = "2.1";
    style.charset = "Shift_JIS";
    style.writeCharset = true;
    style.quotedPrintable = true;
    QByteArray file = ContactWriters::vCard(contact(QStringLiteral("山田 太郎"), {QStringLiteral("yamada@example.jp")}),
                                            style, &rng);
    style.quotedPrintable = false;
    file += ContactWriters::vCard(contact(QStringLiteral("佐藤 花子"), {QStringLiteral("sato@example.jp")}), style,
                                  &rng);
    ImportHead head;
    const QList<ImportedContact> c = read(write(file), &head);
    QVERIFY(head.encodingCertain); // every value that is not ASCII says its charset
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].name, QStringLiteral("山田 太郎"));
    QCOMPARE(c[1].name, QStringLiteral("佐藤 花子"));
}

void TestImportFormats::unknownEncodingNameIsRefused()
{
    ImportHead head;
    ImportProblem problem;
    QVERIFY(!ContactReader::inspect(write("Name,Email\nA,a@example.com\n", QStringLiteral("a.csv")), &head, &problem,
                                    "no-such-codec"));
    QVERIFY2(problem.toString().contains(QStringLiteral("“no-such-codec” is no encoding")),
             qPrintable(problem.toString()));
    QVERIFY(!EncodingGuess::choices().isEmpty());
    QVERIFY(EncodingGuess::choices().contains("Shift_JIS"));
}

void TestImportFormats::preferredAddressFirst_data()
{
    QTest::addColumn<QByteArray>("card");
    QTest::newRow("3.0 TYPE=PREF") << QByteArray(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P\r\nEMAIL;TYPE=INTERNET:other@example.com\r\n"
        "EMAIL;TYPE=INTERNET,PREF:main@example.com\r\nEND:VCARD\r\n");
    QTest::newRow("3.0 TYPE=pref twice") << QByteArray(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P\r\nEMAIL;TYPE=work:other@example.com\r\n"
        "EMAIL;TYPE=\"home,pref\":main@example.com\r\nEND:VCARD\r\n");
    QTest::newRow("4.0 PREF=1") << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:P\r\nEMAIL;PREF=2:other@example.com\r\n"
                                              "EMAIL;PREF=1:main@example.com\r\nEND:VCARD\r\n");
    QTest::newRow("2.1 bare PREF") << QByteArray(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:;P\r\nEMAIL;INTERNET:other@example.com\r\n"
        "EMAIL;INTERNET;PREF:main@example.com\r\nEND:VCARD\r\n");
    QTest::newRow("grouped item2.EMAIL;type=pref")
        << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:P\nitem1.EMAIL;type=INTERNET:other@example.com\n"
                      "item2.EMAIL;type=INTERNET;type=pref:main@example.com\nEND:VCARD\n");
}

void TestImportFormats::preferredAddressFirst()
{
    QFETCH(QByteArray, card);
    const QList<ImportedContact> c = read(write(card));
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].emails, (QStringList{QStringLiteral("main@example.com"), QStringLiteral("other@example.com")}));
}

void TestImportFormats::organisationOnlyCards()
{
    const QByteArray file =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:\r\nORG:Bäckerei Schulz;Filiale Mitte\r\n"
        "EMAIL:info@baeckerei.example\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Apple;Inc.;;;\r\nFN:Apple Inc.\r\nORG:Apple Inc.;\r\n"
        "X-ABShowAs:COMPANY\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roe;Jane;;;\r\nFN:Jane Roe\r\nORG:Roe & Co\r\nEND:VCARD\r\n";
    const QList<ImportedContact> c = read(write(file));
    QCOMPARE(c.size(), 3);
    QCOMPARE(c[0].name, QStringLiteral("Bäckerei Schulz"));
    QCOMPARE(c[0].company, QStringLiteral("Bäckerei Schulz"));
    QCOMPARE(c[1].name, QStringLiteral("Apple Inc."));
    QCOMPARE(c[2].name, QStringLiteral("Jane Roe"));
}

void TestImportFormats::companyOnlyCsvRow()
{
    const QByteArray file = "First Name,Last Name,Company,E-mail Address\r\n,,Schulz GmbH,info@schulz.example\r\n"
                            "Anna,Roe,Roe & Co,anna@roe.example\r\n";
    const QList<ImportedContact> c = read(write(file, QStringLiteral("outlook.csv")));
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].name, QStringLiteral("Schulz GmbH"));
    QCOMPARE(c[1].name, QStringLiteral("Anna Roe"));
}

void TestImportFormats::vCard21Backslashes()
{
    const QByteArray file = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe\\;Smith;John\r\nFN:John \\ Doe\\n\r\n"
                            "ORG:C:\\Data\\new\r\nEMAIL;INTERNET:john@example.com\r\nEND:VCARD\r\n"
                            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane\\, Roe\\\\x\r\nORG:A\\;B;Dept\r\nEND:VCARD\r\n";
    const QList<ImportedContact> c = read(write(file));
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].name, QStringLiteral("John \\ Doe\\n"));
    QCOMPARE(c[0].company, QStringLiteral("C:\\Data\\new"));
    QCOMPARE(c[1].name, QStringLiteral("Jane, Roe\\x"));
    QCOMPARE(c[1].company, QStringLiteral("A;B"));
}

void TestImportFormats::nestedAgentCards_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::newRow("2.1 on the next lines") << QByteArray(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Friday;Fred\r\nEMAIL;INTERNET:fred@example.com\r\nAGENT:\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Thomas;Susan\r\nEMAIL;INTERNET:susan@example.com\r\nEND:VCARD\r\n"
        "TEL:+1 555 0100\r\nEND:VCARD\r\n");
    QTest::newRow("2.1 on the same line")
        << QByteArray("BEGIN:VCARD\nVERSION:2.1\nN:Friday;Fred\nEMAIL:fred@example.com\nAGENT:BEGIN:VCARD\n"
                      "VERSION:2.1\nN:Thomas;Susan\nEMAIL:susan@example.com\nEND:VCARD\nTEL:+1 555 0100\nEND:VCARD\n");
    QTest::newRow("3.0 as escaped text") << QByteArray(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fred Friday\r\nEMAIL:fred@example.com\r\n"
        "AGENT:BEGIN:VCARD\\nFN:Susan Thomas\\nEMAIL\\;TYPE=INTERNET:susan@example.com\\nEND:VCARD\\n\r\n"
        "TEL:+1 555 0100\r\nEND:VCARD\r\n");
}

void TestImportFormats::nestedAgentCards()
{
    QFETCH(QByteArray, file);
    QList<ImportedContact> c = read(write(file));
    QCOMPARE(c.size(), 2);
    std::sort(c.begin(), c.end(), [](const ImportedContact &a, const ImportedContact &b) { return a.name < b.name; });
    QCOMPARE(c[0].name, QStringLiteral("Fred Friday"));
    QCOMPARE(c[0].emails, QStringList{QStringLiteral("fred@example.com")});
    QCOMPARE(c[0].phone, QStringLiteral("+1 555 0100"));
    QCOMPARE(c[1].name, QStringLiteral("Susan Thomas"));
    QCOMPARE(c[1].emails, QStringList{QStringLiteral("susan@example.com")});
}

// Issue 35 (7): Android's importer test files nest 2.1 cards directly in
// one another, without AGENT; each is a contact.
void TestImportFormats::androidNestedCards()
{
    const QByteArray file = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:nest1\r\nEMAIL:one@example.com\r\n"
                            "BEGIN:VCARD\r\nVERSION:2.1\r\nN:nest2\r\n"
                            "BEGIN:VCARD\r\nVERSION:2.1\r\nN:nest3\r\nEMAIL:three@example.com\r\n"
                            "END:VCARD\r\nEND:VCARD\r\nEND:VCARD\r\n"
                            "BEGIN:VCARD\r\nVERSION:2.1\r\nN:after\r\nEND:VCARD\r\n";
    QList<ImportedContact> c = read(write(file, QStringLiteral("v21_nest.vcf")));
    QCOMPARE(c.size(), 4);
    std::sort(c.begin(), c.end(), [](const ImportedContact &a, const ImportedContact &b) { return a.name < b.name; });
    QCOMPARE(c[0].name, QStringLiteral("after"));
    QCOMPARE(c[1].name, QStringLiteral("nest1"));
    QCOMPARE(c[1].emails, QStringList{QStringLiteral("one@example.com")});
    QCOMPARE(c[3].name, QStringLiteral("nest3"));
    QCOMPARE(c[3].emails, QStringList{QStringLiteral("three@example.com")});
    // One of them never closed: the message names the card that is open.
    ImportHead head;
    ImportProblem problem;
    QVERIFY(ContactReader::inspect(write(file.left(file.lastIndexOf("END:VCARD\r\nBEGIN")), QStringLiteral("cut.vcf")),
                                   &head, &problem));
    const ImportReadResult r = ContactReader::read(head, [](ImportedContact &&) {});
    QVERIFY(!r.ok);
    QCOMPARE(r.error.toString(), QStringLiteral("cut.vcf, line 1: the vCard begun here has no END:VCARD"));
}

void TestImportFormats::emailWithDisplayName()
{
    const QByteArray file =
        "BEGIN:VCARD\nVERSION:3.0\nEMAIL:\"Omega\" <omega@example.com>\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Alpha Beta\nEMAIL:Someone Else <alpha@example.com>\nEND:VCARD\n";
    const QList<ImportedContact> c = read(write(file));
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].name, QStringLiteral("Omega"));
    QCOMPARE(c[0].emails, QStringList{QStringLiteral("omega@example.com")});
    QCOMPARE(c[1].name, QStringLiteral("Alpha Beta"));
    QCOMPARE(c[1].emails, QStringList{QStringLiteral("alpha@example.com")});
}

void TestImportFormats::ldifThunderbird_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
}

void TestImportFormats::ldifThunderbird()
{
    QFETCH(QByteArray, lineEnd);
    QByteArray file = "dn: cn=Anna Schmidt,mail=anna@example.com\n"
                      "objectclass: top\nobjectclass: person\nobjectclass: organizationalPerson\n"
                      "objectclass: inetOrgPerson\nobjectclass: mozillaAbPersonAlpha\n"
                      "givenName: Anna\nsn: Schmidt\ncn: Anna Schmidt\nmail: anna@example.com\n"
                      "mozillaSecondEmail: anna.schmidt@example.org\ntelephoneNumber: +49 30 1234\no: Example GmbH\n"
                      "modifytimestamp: 1700000000\n\n"
                      "dn:: "
        + QStringLiteral("cn=Jürgen Müller,mail=juergen@example.com").toUtf8().toBase64()
        + "\n"
          "objectclass: top\ngivenName:: "
        + QStringLiteral("Jürgen").toUtf8().toBase64()
        + "\n"
          "sn:: "
        + QStringLiteral("Müller").toUtf8().toBase64()
        + "\n"
          "mail: juergen@exa\n mple.com\n"
          "description: a note folded\n  onto a second line\n"
          "o:: "
        + QStringLiteral("Müller & Söhne").toUtf8().toBase64()
        + "\n\n"
          "dn: cn=Nur Firma\nobjectclass: top\no: Nur Firma AG\nmail: info@firma.example\n\n";
    file.replace("\n", lineEnd);
    ImportHead head;
    const QList<ImportedContact> c = read(write(file, QStringLiteral("abook.ldif")), &head);
    QCOMPARE(head.format, ImportFormat::Ldif);
    QCOMPARE(c.size(), 3);
    QCOMPARE(c[0].name, QStringLiteral("Anna Schmidt"));
    QCOMPARE(c[0].emails,
             (QStringList{QStringLiteral("anna@example.com"), QStringLiteral("anna.schmidt@example.org")}));
    QCOMPARE(c[0].phone, QStringLiteral("+49 30 1234"));
    QCOMPARE(c[0].company, QStringLiteral("Example GmbH"));
    QCOMPARE(c[0].line, 1);
    QCOMPARE(c[1].name, QStringLiteral("Jürgen Müller"));
    QCOMPARE(c[1].emails, QStringList{QStringLiteral("juergen@example.com")});
    QCOMPARE(c[1].company, QStringLiteral("Müller & Söhne"));
    QCOMPARE(c[2].name, QStringLiteral("Nur Firma"));
}

void TestImportFormats::ldifSkipsListsAndChanges()
{
    const QByteArray file = "version: 1\n\n"
                            "dn: cn=Team\nobjectclass: top\nobjectclass: groupOfNames\ncn: Team\n"
                            "member: cn=Anna Schmidt,mail=anna@example.com\n\n"
                            "dn: cn=Gone\nchangetype: delete\n\n"
                            "dn: cn=Anna Schmidt,mail=anna@example.com\ncn: Anna Schmidt\nmail: anna@example.com\n";
    const QList<ImportedContact> c = read(write(file, QStringLiteral("lists.ldif")));
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].name, QStringLiteral("Anna Schmidt"));
    QCOMPARE(c[0].line, 12);
}

void TestImportFormats::ldifErrorsNameTheLine()
{
    ImportHead head;
    ImportProblem problem;
    const QString path = write("dn: cn=A\ncn: A\nmail: a@example.com\n\ncn: B\nmail: b@example.com\n",
                               QStringLiteral("bad.ldif"));
    QVERIFY(ContactReader::inspect(path, &head, &problem));
    ImportReadResult r = ContactReader::read(head, [](ImportedContact &&) {});
    QVERIFY(!r.ok);
    QCOMPARE(r.error.toString(), QStringLiteral("bad.ldif, line 5: an LDIF record must begin with “dn:”"));
    const QString noColon = write("dn: cn=A\ncn: A\nthis line has none\n", QStringLiteral("nocolon.ldif"));
    QVERIFY(ContactReader::inspect(noColon, &head, &problem));
    r = ContactReader::read(head, [](ImportedContact &&) {});
    QCOMPARE(r.error.toString(),
             QStringLiteral("nocolon.ldif, line 3: expected “attribute: value”, found a line without a colon"));
}

void TestImportFormats::emailColumnToldByValues()
{
    const QByteArray file = "Wer;Adresse;Telefon\r\nAnna;anna@example.com;123\r\nBen;ben@example.com;456\r\n;;\r\n"
                            "Carla;kein Eintrag;789\r\nDora;dora@example.com;0\r\n";
    ImportHead head;
    ImportProblem problem;
    QVERIFY(ContactReader::inspect(write(file, QStringLiteral("liste.csv")), &head, &problem));
    QVERIFY(head.needsMapping()); // still the person's to confirm
    QCOMPARE(head.mapping.value(1), ContactField::Email);
    QCOMPARE(head.mapping.value(2), ContactField::Phone);
}

// Issue 35 (5): a column the header does not name holding people's names
// is offered as the name; a company's or a town's column is not.
void TestImportFormats::nameColumnToldByValues_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("nameColumn");
    QTest::newRow("Wer") << QByteArray("Wer;Firma;Mail\nLaura Lange;Bäckerei Müller GmbH;laura@lange.example\n"
                                       "Jan van der Berg;Acme Inc.;jan@berg.example\nJANA ÖZTÜRK;;jana@example.org\n")
                         << 0;
    QTest::newRow("Kontakt") << QByteArray("Ort;Kontakt;Notiz\nFrankfurt am Main;Meier, Hans;Kollege\n"
                                           "Köln;Greta Alt;\nBerlin;Uwe Jung;2 Kinder\n")
                             << 1;
    QTest::newRow("a name column named") << QByteArray("Name;Wer\nLaura;Laura Lange\nMax;Max Muster\n") << -1;
}

void TestImportFormats::nameColumnToldByValues()
{
    QFETCH(QByteArray, file);
    QFETCH(int, nameColumn);
    ImportHead head;
    ImportProblem problem;
    QVERIFY(ContactReader::inspect(write(file, QStringLiteral("liste.csv")), &head, &problem));
    QVERIFY(head.needsMapping()); // still the person's to confirm
    QCOMPARE(int(head.mapping.indexOf(ContactField::Name)),
             head.columns.value(0) == QLatin1String("Name") ? 0 : nameColumn);
}

void TestImportFormats::personNames_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("name");
    QTest::newRow("two words") << QStringLiteral("Laura Lange") << true;
    QTest::newRow("particles") << QStringLiteral("Ursula von der Leyen") << true;
    QTest::newRow("last name first") << QStringLiteral("Meier, Hans") << true;
    QTest::newRow("capitals") << QStringLiteral("JANA ÖZTÜRK") << true;
    QTest::newRow("hyphen and apostrophe") << QStringLiteral("Hans-Peter O'Neill") << true;
    QTest::newRow("one word") << QStringLiteral("Laura") << false;
    QTest::newRow("company") << QStringLiteral("Bäckerei Müller GmbH") << false;
    QTest::newRow("town") << QStringLiteral("Frankfurt am Main") << false;
    QTest::newRow("address") << QStringLiteral("laura@lange.example") << false;
    QTest::newRow("digits") << QStringLiteral("Hauptstraße 12") << false;
    QTest::newRow("sentence") << QStringLiteral("Kollegin aus dem Projekt") << false;
}

void TestImportFormats::personNames()
{
    QFETCH(QString, value);
    QFETCH(bool, name);
    QCOMPARE(ColumnGuess::looksLikePersonName(value), name);
}

// Issue 35 (7): a CSV without a header line loses no contact: the first
// line is shown as data for the mapping, and every row is read.
void TestImportFormats::csvWithoutHeaderReadsEveryRow()
{
    const QByteArray file = "Laura Lange,laura@lange.example,0171 555\nMax Muster,max@muster.example,\n"
                            "Greta Alt,greta@alt.example,0172 555\n";
    ImportHead head;
    ImportProblem problem;
    QVERIFY(ContactReader::inspect(write(file, QStringLiteral("export.csv")), &head, &problem));
    QVERIFY(!head.hasHeader);
    QVERIFY(head.needsMapping());
    QCOMPARE(head.columns,
             (QStringList{QStringLiteral("Column 1"), QStringLiteral("Column 2"), QStringLiteral("Column 3")}));
    QCOMPARE(head.samples.value(0).value(0), QStringLiteral("Laura Lange"));
    QCOMPARE(head.mapping.value(0), ContactField::Name);
    QCOMPARE(head.mapping.value(1), ContactField::Email);
    head.mapping[2] = ContactField::Phone; // as the person maps it
    QList<ImportedContact> contacts;
    const ImportReadResult r = ContactReader::read(head, [&contacts](ImportedContact &&c) { contacts.append(c); });
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(contacts.size(), 3);
    QCOMPARE(contacts[0].name, QStringLiteral("Laura Lange"));
    QCOMPARE(contacts[0].emails, QStringList{QStringLiteral("laura@lange.example")});
    QCOMPARE(contacts[0].phone, QStringLiteral("0171 555"));
    QCOMPARE(contacts[0].line, 1);
    QCOMPARE(contacts[2].name, QStringLiteral("Greta Alt"));
    // A header of words is still a header.
    QVERIFY(ContactReader::inspect(write("Wer,Mail\nLaura Lange,laura@lange.example\n", QStringLiteral("h.csv")), &head,
                                   &problem));
    QVERIFY(head.hasHeader);
    QCOMPARE(head.columns.value(0), QStringLiteral("Wer"));
}

void TestImportFormats::vCardRoundTrip_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<bool>("quotedPrintable");
    QTest::newRow("3.0 UTF-8 folded") << QByteArray("3.0") << QByteArray() << false;
    QTest::newRow("4.0 UTF-8 folded") << QByteArray("4.0") << QByteArray() << false;
    QTest::newRow("2.1 UTF-8 quoted-printable") << QByteArray("2.1") << QByteArray() << true;
    QTest::newRow("2.1 CHARSET=ISO-8859-1 quoted-printable") << QByteArray("2.1") << QByteArray("ISO-8859-1") << true;
    QTest::newRow("3.0 CHARSET=Shift_JIS folded") << QByteArray("3.0") << QByteArray("Shift_JIS") << false;
}

static QString randomText(QRandomGenerator &rng, const QString &alphabet, int maxLength)
{
    QString s;
    const int n = 1 + int(rng.bounded(maxLength));
    for (int i = 0; i < n; ++i)
        s += alphabet.at(int(rng.bounded(int(alphabet.size()))));
    return s.trimmed().isEmpty() ? QStringLiteral("x") : s.trimmed();
}

// Random cards written with folding at random byte positions, quoted-
// printable with random soft breaks, CHARSET, photos: read back the same.
void TestImportFormats::vCardRoundTrip()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, charset);
    QFETCH(bool, quotedPrintable);
    QRandomGenerator rng(2426);
    QString alphabet = QStringLiteral("abcXYZ 019-.'&");
    if (charset.isEmpty())
        alphabet += QStringLiteral("äöüßéΓιώργοςЖжя山田花子さくら");
    else if (charset == "ISO-8859-1")
        alphabet += QStringLiteral("äöüßéÅø");
    else
        alphabet += QStringLiteral("山田花子さくらカタ");
    if (version != "2.1")
        alphabet += QStringLiteral(",;\\");
    QList<ImportedContact> written;
    QByteArray file;
    for (int i = 0; i < 1500; ++i) {
        ImportedContact c;
        c.name = randomText(rng, alphabet, 30);
        for (int e = int(rng.bounded(4)); e > 0; --e)
            c.emails.append(QStringLiteral("u%1.%2@example.com").arg(i).arg(e));
        if (rng.bounded(2))
            c.phone = QStringLiteral("+49 %1").arg(rng.bounded(1000000));
        if (rng.bounded(2))
            c.company = randomText(rng, alphabet, 20);
        ContactWriters::VCardStyle style;
        style.version = version;
        style.charset = charset;
        style.writeCharset = !charset.isEmpty();
        style.quotedPrintable = quotedPrintable;
        style.lineEnd = rng.bounded(2) ? QByteArray("\r\n") : QByteArray("\n");
        style.foldAt = 1 + int(rng.bounded(80));
        if (rng.bounded(10) == 0) {
            QByteArray photo(int(rng.bounded(4000)), Qt::Uninitialized);
            for (char &b : photo)
                b = char(rng.bounded(256));
            style.photo = photo;
        }
        file += ContactWriters::vCard(c, style, &rng);
        written.append(c);
    }
    const QList<ImportedContact> c = read(write(file, QStringLiteral("roundtrip.vcf")));
    QCOMPARE(c.size(), written.size());
    for (qsizetype i = 0; i < c.size(); ++i) {
        const QByteArray where = "card " + QByteArray::number(i);
        QVERIFY2(c[i].name == written[i].name, where + ": " + c[i].name.toUtf8() + " != " + written[i].name.toUtf8());
        QVERIFY2(c[i].emails == written[i].emails, where);
        QVERIFY2(c[i].phone == written[i].phone, where);
        QVERIFY2(c[i].company == written[i].company,
                 where + ": " + c[i].company.toUtf8() + " != " + written[i].company.toUtf8());
    }
}

void TestImportFormats::ldifRoundTrip()
{
    QRandomGenerator rng(2849);
    const QString alphabet = QStringLiteral("abcXYZ 019-.'&,;:<äöüßéΓιώЖжя山田さくら");
    QList<ImportedContact> written;
    QByteArray file = "version: 1\n";
    for (int i = 0; i < 1500; ++i) {
        ImportedContact c;
        c.name = randomText(rng, alphabet, 30);
        // Plain values never start with a colon or "<" (RFC 2849); the writer base64s those.
        for (int e = int(rng.bounded(3)); e > 0; --e)
            c.emails.append(QStringLiteral("u%1.%2@example.com").arg(i).arg(e));
        if (rng.bounded(2))
            c.phone = QStringLiteral("+49 %1").arg(rng.bounded(1000000));
        if (rng.bounded(2))
            c.company = randomText(rng, alphabet, 20);
        ContactWriters::LdifStyle style;
        style.lineEnd = rng.bounded(2) ? QByteArray("\r\n") : QByteArray("\n");
        style.foldAt = rng.bounded(3) ? 1 + int(rng.bounded(76)) : 0;
        file += ContactWriters::ldif(c, style, &rng);
        written.append(c);
    }
    const QList<ImportedContact> c = read(write(file, QStringLiteral("roundtrip.ldif")));
    QCOMPARE(c.size(), written.size());
    for (qsizetype i = 0; i < c.size(); ++i) {
        const QByteArray where = "record " + QByteArray::number(i);
        QVERIFY2(c[i].name == written[i].name, where + ": " + c[i].name.toUtf8() + " != " + written[i].name.toUtf8());
        QVERIFY2(c[i].emails == written[i].emails, where);
        QVERIFY2(c[i].phone == written[i].phone, where);
        QVERIFY2(c[i].company == written[i].company, where);
    }
}

// The member import asks for a profile (ImportHead::details); a contact
// import neither maps those columns nor keeps their values.
void TestImportFormats::R19_profileFieldsReadOnlyWhenAsked()
{
    const QString csv = write("Name,E-mail Address,Job Title,School,City,Phone,Company\r\n"
                              "Jörg Weiß,joerg@example.org,Head of Sales,TU Berlin,Berlin,+49 30 1,Acme\r\n",
                              QStringLiteral("people.csv"));
    QList<ImportedContact> people;
    ImportHead head;
    QVERIFY(ContactReader::readAll(csv, &people, &head, true).ok);
    QCOMPARE(people.size(), 1);
    QVERIFY(people[0].details);
    QCOMPARE(people[0].details->headline, QStringLiteral("Head of Sales"));
    QCOMPARE(people[0].details->school, QStringLiteral("TU Berlin"));
    QCOMPARE(people[0].details->location, QStringLiteral("Berlin"));
    QCOMPARE(people[0].company, QStringLiteral("Acme"));

    QList<ImportedContact> contacts;
    QVERIFY(ContactReader::readAll(csv, &contacts, &head).ok);
    QVERIFY(!contacts[0].details);
    QCOMPARE(head.mapping.count(ContactField::Ignore), 3); // Job Title, School, City

    const QString card = write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nTITLE:Engineer\r\n"
                               "ADR;TYPE=HOME:;;Calle 1;Sevilla;Andalucía;41001;Spain\r\n"
                               "ADR;TYPE=WORK,PREF:;;Hauptstr. 2;Köln;NRW;50667;Germany\r\n"
                               "EMAIL:ana@example.org\r\nEND:VCARD\r\n"
                               "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bo Lind\r\nROLE:Designer\r\n"
                               "EMAIL:bo@example.org\r\nEND:VCARD\r\n");
    QVERIFY(ContactReader::readAll(card, &people, &head, true).ok);
    QCOMPARE(people.size(), 3);
    QCOMPARE(people[1].details->headline, QStringLiteral("Engineer"));
    QCOMPARE(people[1].details->location, QStringLiteral("Köln, Germany")); // the preferred address
    QCOMPARE(people[2].details->headline, QStringLiteral("Designer"));
    contacts.clear();
    QVERIFY(ContactReader::readAll(card, &contacts).ok);
    QVERIFY(!contacts[0].details);
}

static QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Base64 folded at 75 bytes (3.0 and 2.1), a 4.0 data: URI, a link that is
// not fetched, LDIF's jpegPhoto.
void TestImportFormats::R19_photosFromVCardAndLdif()
{
    const QByteArray png = pngBytes(40, 30);
    QByteArray folded = png.toBase64();
    for (qsizetype at = 60; at < folded.size(); at += 76)
        folded.insert(at, "\r\n ");
    const QString cards = write(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEMAIL:a@example.org\r\nPHOTO;ENCODING=b;TYPE=PNG:" + folded
        + "\r\nEND:VCARD\r\n" + "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:B\r\nEMAIL:b@example.org\r\nPHOTO;BASE64;PNG:"
        + folded + "\r\n\r\nEND:VCARD\r\n"
        + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:C\r\nEMAIL:c@example.org\r\nPHOTO:data:image/png;base64," + png.toBase64()
        + "\r\nEND:VCARD\r\n" + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:D\r\nEMAIL:d@example.org\r\n"
        + "PHOTO;MEDIATYPE=image/png:https://example.org/d.png\r\nEND:VCARD\r\n");
    QList<ImportedContact> people;
    QVERIFY(ContactReader::readAll(cards, &people, nullptr, true).ok);
    QCOMPARE(people.size(), 4);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(people[i].details, qPrintable(people[i].name));
        QCOMPARE(people[i].details->photo, png);
    }
    QVERIFY(people[3].details->photo.isEmpty());
    QVERIFY(people[3].details->photoIsLink);

    const QString ldif = write("dn: cn=E,mail=e@example.org\nobjectclass: inetOrgPerson\ncn: E\nmail: e@example.org\n"
                               "title: Chemist\nl: Graz\njpegPhoto:: "
                                   + png.toBase64() + "\n\n",
                               QStringLiteral("people.ldif"));
    people.clear();
    QVERIFY(ContactReader::readAll(ldif, &people, nullptr, true).ok);
    QCOMPARE(people.size(), 1);
    QCOMPARE(people[0].details->headline, QStringLiteral("Chemist"));
    QCOMPARE(people[0].details->location, QStringLiteral("Graz"));
    QCOMPARE(people[0].details->photo, png);
}

// Every bad row is named with its line and field, before anything could
// change; good rows around them are not enough to go on.
void TestImportFormats::R19_memberFileNamesEveryBadRow()
{
    const QString csv = write("Name,Email,Headline\n"
                              "Anna Koch,anna@example.org,Lead\n"
                              ",nameless@example.org,\n"
                              "Ben Wolf,not-an-address,\n"
                              "Cem Ak,,\n"
                              "Dora Fink,dora@example.org,"
                                  + QByteArray(301, 'x') + "\n",
                              QStringLiteral("staff.csv"));
    const MemberFile::Result r = MemberFile::read(csv);
    QVERIFY(!r.ok());
    const QString all = r.problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("staff.csv, line 3, field “Full name”: no name")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("line 4, field “Email”: “not-an-address” is not a valid")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("line 5, field “Email”: no e-mail address")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("line 6, field “Headline”: longer than 300")), qPrintable(all));
    QCOMPARE(r.problems.size(), 4);

    const QString broken = write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva\r\nEMAIL:eva@example.org\r\n"
                                 "PHOTO;ENCODING=b;TYPE=JPEG:"
                                     + QByteArray("not a picture").toBase64() + "\r\nEND:VCARD\r\n",
                                 QStringLiteral("broken.vcf"));
    const MemberFile::Result photo = MemberFile::read(broken);
    QCOMPARE(photo.problems.size(), 1);
    QVERIFY2(photo.problems[0].contains(QLatin1String("broken.vcf, line 1")), qPrintable(photo.problems[0]));
    QVERIFY2(photo.problems[0].contains(QLatin1String("not a picture")), qPrintable(photo.problems[0]));

    const QString noNames = write("Email,Phone\nx@example.org,1\n", QStringLiteral("nonames.csv"));
    const MemberFile::Result head = MemberFile::read(noNames);
    QCOMPARE(head.problems.size(), 1);
    QVERIFY2(head.problems[0].contains(QLatin1String("no column holds names")), qPrintable(head.problems[0]));
}

void TestImportFormats::R19_memberFileReadsAGoodExport()
{
    const QByteArray png = pngBytes(300, 200);
    const QString cards = write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jörg Weiß\r\nTITLE:Head of Sales\r\n"
                                "ORG:Acme\r\nTEL:+49 30 1\r\nEMAIL;TYPE=PREF:joerg@example.org\r\n"
                                "EMAIL:jw@example.org\r\nPHOTO;ENCODING=b;TYPE=PNG:"
                                    + png.toBase64() + "\r\nEND:VCARD\r\n",
                                QStringLiteral("staff.vcf"));
    const MemberFile::Result r = MemberFile::read(cards);
    QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    QCOMPARE(r.people.size(), 1);
    const TeamAdmin::NewMember &p = r.people.first();
    QCOMPARE(p.line, 1);
    QCOMPARE(p.member.name, QStringLiteral("Jörg Weiß"));
    QCOMPARE(p.member.email, QStringLiteral("joerg@example.org"));
    QCOMPARE(p.member.headline, QStringLiteral("Head of Sales"));
    QCOMPARE(p.member.company, QStringLiteral("Acme"));
    QCOMPARE(p.member.phone, QStringLiteral("+49 30 1"));
    // Re-encoded by us in both sizes: never the file's bytes.
    QCOMPARE(QImage::fromData(p.photoSmall, "PNG").size(), QSize(64, 64));
    QCOMPARE(QImage::fromData(p.photoLarge, "PNG").size(), QSize(256, 256));
    QVERIFY(p.photoLarge != png);
    QCOMPARE(r.warnings.size(), 1); // the second address is not the login's
    QVERIFY2(r.warnings[0].contains(QLatin1String("jw@example.org")), qPrintable(r.warnings[0]));
    QCOMPARE(TeamAdmin::loginFrom(p.member.email), QStringLiteral("joerg"));
    QCOMPARE(TeamAdmin::loginFrom(QStringLiteral("Jörg.Weiß-Ünal@example.org")), QStringLiteral("jorg_weiss_unal"));
    QCOMPARE(TeamAdmin::loginFrom(QStringLiteral("2pac@example.org")), QStringLiteral("m_2pac"));
    QCOMPARE(TeamAdmin::loginFrom(QStringLiteral("pg_admin@example.org")), QStringLiteral("m_pg_admin"));
}

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"
