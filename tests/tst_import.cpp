#include "testsupport.h"

#include "base/email.h"

#include "addressbook/bytesource.h"
#include "addressbook/contactreader.h"
#include "addressbook/csvparser.h"
#include "import/contactmatcher.h"
#include "import/contactrepository.h"
#include "import/importmappings.h"
#include "import/importworker.h"
#include "import/memberfile.h"
#include "import/photoimage.h"
#include "store/sql.h"

#include "base/textlimits.h"
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStringEncoder>

#include <QTemporaryDir>
#include <QTest>

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    // The real exports in ../shared/samples
    void sampleGoogleLegacy();
    void sampleOutlookStyleWithBom();
    void sampleAppleVCard();
    void sampleThunderbird();
    void sampleThunderbirdSemicolon();
    // Generated cases
    void utf16LittleEndianWithBom();
    void utf16BigEndianWithBom();
    void utf16WithoutBom_data();
    void utf16WithoutBom();
    void vCardToldByContent_data();
    void vCardToldByContent();
    void windows1252Umlauts();
    void windows1252AfterAsciiStart();
    void semicolonGermanOutlookHeaders();
    void googleCurrentForm();
    void quotedFieldWithNewlinesAndQuotes();
    void lineEndsCrLfAndCr();
    void linkedInPreamble();
    void tabDelimited();
    void unknownHeaderNeedsMapping();
    void vCard21QuotedPrintable();
    void vCard40SeveralEmails();
    void errorsNameFileAndLine_data();
    void errorsNameFileAndLine();
    void fiftyMegabytesWithoutLineBreak();
    void tooLongFieldsAreLeftOutAndNamed();
    void progressAndCancel();
    void csvRoundTripAcrossChunks();
    // Matching
    void classifiesEveryCase();
    void contactWithoutAddressMatchedByNameAndCompany();
    // Storing
    void reimportUpdatesNeverDuplicates();
    void cancelledSaveKeepsNothing();
    void workerReadsThenKeepsWhenAsked();
    void workerErrorLeavesStoreUnchanged();
    void mappingRememberedPerHeader();

private:
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("contacts.csv"));
    QList<ImportedContact> readOk(const QString &path, ImportHead *head = nullptr);
    QTemporaryDir m_dir;
};

static QString sample(const char *name)
{
    return QStringLiteral(MYNETWORK_SAMPLES "/") + QLatin1String(name);
}

// The shared samples live outside the repository; without them these
// tests say so instead of failing on a missing file.
#define REQUIRE_SAMPLES()                                                                                              \
    if (QStringLiteral(MYNETWORK_SAMPLES).isEmpty())                                                                   \
    QSKIP("../shared/samples was not found when the build was configured")

QString TestImport::write(const QByteArray &bytes, const QString &name)
{
    return writeTestFile(m_dir, name, bytes);
}

QList<ImportedContact> TestImport::readOk(const QString &path, ImportHead *head)
{
    QList<ImportedContact> contacts;
    const ImportReadResult r = ContactReader::readAll(path, &contacts, head);
    if (!r.ok)
        qWarning("%s", qPrintable(r.error.toString()));
    return r.ok ? contacts : QList<ImportedContact>{};
}

void TestImport::sampleGoogleLegacy()
{
    REQUIRE_SAMPLES();
    ImportHead head;
    const QList<ImportedContact> c = readOk(sample("roundcube_gmail.csv"), &head);
    QCOMPARE(head.format, ImportFormat::GoogleCsvLegacy);
    QCOMPARE(head.delimiter, ',');
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].name, QStringLiteral("Prefix Firstname Middle Lastname Suffix"));
    QCOMPARE(c[0].emails,
             (QStringList{QStringLiteral("home@aaa.pl"), QStringLiteral("work@email.pl"),
                          QStringLiteral("unknown@email.com"), QStringLiteral("other@email.com")}));
    QCOMPARE(c[0].company, QStringLiteral("company"));
    QCOMPARE(c[0].line, 2);
}

void TestImport::sampleOutlookStyleWithBom()
{
    REQUIRE_SAMPLES();
    ImportHead head;
    const QList<ImportedContact> c = readOk(sample("roundcube_all.csv"), &head);
    QCOMPARE(head.encoding, ImportEncoding::Utf8Bom);
    QCOMPARE(head.columns.first(), QStringLiteral("Display Name")); // the BOM is not part of it
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].name, QStringLiteral("Display Name"));
    QCOMPARE(c[0].emails,
             (QStringList{QStringLiteral("home@example.com"), QStringLiteral("work@example.com"),
                          QStringLiteral("other@example.com")}));
    QCOMPARE(c[0].company, QStringLiteral("Company"));
    QCOMPARE(c[0].phone, QStringLiteral("100"));
}

void TestImport::sampleAppleVCard()
{
    REQUIRE_SAMPLES();
    ImportHead head;
    const QList<ImportedContact> c = readOk(sample("roundcube_apple.vcf"), &head);
    QCOMPARE(head.format, ImportFormat::VCard);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].name, QStringLiteral("Apple Computer AG"));
    QCOMPARE(c[0].company, QStringLiteral("Apple Computer AG"));
    QVERIFY(c[0].emails.isEmpty());
    QVERIFY(!c[0].details); // a contact import keeps no photo

    // As an organisation's export (R19): its folded base64 PHOTO is a
    // JPEG we can read, and a card without an address is no member.
    QList<ImportedContact> people;
    QVERIFY(ContactReader::readAll(sample("roundcube_apple.vcf"), &people, nullptr, true).ok);
    QVERIFY(people[0].details);
    QString error;
    QVERIFY2(!PhotoImage::fromBytes(people[0].details->photo, QStringLiteral("photo"), &error).isNull(),
             qPrintable(error));
    const MemberFile::Result r = MemberFile::read(sample("roundcube_apple.vcf"));
    QCOMPARE(r.problems, QStringList{QStringLiteral("roundcube_apple.vcf, line 1, field “Email”: no e-mail address")});
}

void TestImport::sampleThunderbird()
{
    REQUIRE_SAMPLES();
    ImportHead head;
    const QList<ImportedContact> c = readOk(sample("thunderbird_basic_csv_addressbook.csv"), &head);
    QCOMPARE(head.format, ImportFormat::Thunderbird);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.first().name, QStringLiteral("John Doe"));
    QCOMPARE(c.first().emails, QStringList{QStringLiteral("john@doe.invalid")});
    QCOMPARE(c.last().name, QStringLiteral("Jane Doe"));
    QCOMPARE(c.last().emails, QStringList{QStringLiteral("jane@doe.invalid")});
    QCOMPARE(c.last().line, 3);
}

void TestImport::sampleThunderbirdSemicolon()
{
    REQUIRE_SAMPLES();
    ImportHead head;
    const QList<ImportedContact> c = readOk(sample("thunderbird_csv_semicolon.csv"), &head);
    QCOMPARE(head.delimiter, ';');
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.first().name, QStringLiteral("John Doe"));
    QCOMPARE(c.last().emails, QStringList{QStringLiteral("jane@doe.invalid")});
}

void TestImport::utf16LittleEndianWithBom()
{
    const QString text = QStringLiteral("First Name,Last Name,E-mail Address,E-mail 2 Address\r\n"
                                        "Jürgen,Groß,juergen@example.de,\r\n"
                                        "Zoë,Ångström,zoe@example.se,zoe2@example.se\r\n");
    QStringEncoder enc(QStringConverter::Utf16LE);
    const QString path = write(QByteArray("\xFF\xFE", 2) + QByteArray(enc(text)));
    ImportHead head;
    const QList<ImportedContact> c = readOk(path, &head);
    QCOMPARE(head.encoding, ImportEncoding::Utf16LE);
    QCOMPARE(head.format, ImportFormat::Outlook);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].name, QStringLiteral("Jürgen Groß"));
    QCOMPARE(c[1].emails, (QStringList{QStringLiteral("zoe@example.se"), QStringLiteral("zoe2@example.se")}));
}

void TestImport::utf16BigEndianWithBom()
{
    QStringEncoder enc(QStringConverter::Utf16BE);
    const QString path = write(QByteArray("\xFE\xFF", 2)
                               + QByteArray(enc(QStringLiteral("Name,Email\nRené,rene@example.fr\n"))));
    ImportHead head;
    const QList<ImportedContact> c = readOk(path, &head);
    QCOMPARE(head.encoding, ImportEncoding::Utf16BE);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].name, QStringLiteral("René"));
}

void TestImport::utf16WithoutBom_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::addColumn<QString>("text");
    const QString csv = QStringLiteral("Name,Email\r\nRené Ångström,rene@example.fr\r\nJürgen Groß,jg@example.de\r\n");
    const QString vcard = QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:René Ångström\r\nEMAIL:rene@example.fr\r\n"
                                         "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Groß\r\n"
                                         "EMAIL:jg@example.de\r\nEND:VCARD\r\n");
    QTest::newRow("CSV, little endian") << false << csv;
    QTest::newRow("CSV, big endian") << true << csv;
    QTest::newRow("vCard, little endian") << false << vcard;
    QTest::newRow("vCard, big endian") << true << vcard;
}

// Exported as UTF-16 without a byte-order mark: read as such, not refused
// as binary data.
void TestImport::utf16WithoutBom()
{
    QFETCH(bool, bigEndian);
    QFETCH(QString, text);
    QStringEncoder enc(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
    const QString path = write(QByteArray(enc(text)));
    ImportHead head;
    const QList<ImportedContact> c = readOk(path, &head);
    QCOMPARE(head.encoding, bigEndian ? ImportEncoding::Utf16BE : ImportEncoding::Utf16LE);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].name, QStringLiteral("René Ångström"));
    QCOMPARE(c[1].name, QStringLiteral("Jürgen Groß"));
    QCOMPARE(c[1].emails, QStringList{QStringLiteral("jg@example.de")});
    // Plain UTF-8 with the same words is not mistaken for UTF-16.
    QCOMPARE(ByteSource::sniffUtf16(text.toUtf8()), ImportEncoding::Utf8);
}

void TestImport::vCardToldByContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray card("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEMAIL:ana@example.br\r\nEND:VCARD\r\n");
    QTest::newRow("stray line first") << QStringLiteral("contacts.vcf")
                                      << QByteArray("Exported by PhoneSync 2.1\r\n") + card;
    QTest::newRow("comment and blank line") << QStringLiteral("contacts.vcf") << QByteArray("# my contacts\n\n") + card;
    QTest::newRow("named .csv") << QStringLiteral("contacts.csv") << card;
    QTest::newRow("named .txt, LF") << QStringLiteral("contacts.txt") << QByteArray(card).replace("\r\n", "\n");
}

// The format comes from what is in the file, whatever its name, and a line
// a writer put before the first card does not turn it into a CSV.
void TestImport::vCardToldByContent()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const QString path = write(bytes, name);
    ImportHead head;
    const QList<ImportedContact> c = readOk(path, &head);
    QCOMPARE(head.format, ImportFormat::VCard);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].name, QStringLiteral("Ana Lima"));
    QCOMPARE(c[0].emails, QStringList{QStringLiteral("ana@example.br")});
}

void TestImport::windows1252Umlauts()
{
    // "Jürgen Müller", "Straße" and a euro sign, as Excel on Windows saves them.
    const QByteArray bytes("Vorname;Nachname;Firma;E-Mail-Adresse\r\n"
                           "J\xFCrgen;M\xFCller;Stra\xDF"
                           "e & Co \x80;jm@example.de\r\n");
    ImportHead head;
    const QList<ImportedContact> c = readOk(write(bytes), &head);
    QCOMPARE(head.encoding, ImportEncoding::Windows1252);
    QCOMPARE(head.format, ImportFormat::OutlookGerman);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].name, QStringLiteral("Jürgen Müller"));
    QCOMPARE(c[0].company, QStringLiteral("Straße & Co €"));
}

void TestImport::windows1252AfterAsciiStart()
{
    // The first 100,000 rows are plain ASCII; the decision falls on the first umlaut.
    QByteArray bytes("Name,Email\n");
    for (int i = 0; i < 100000; ++i)
        bytes += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.com\n";
    bytes += "G\xF6rres,goerres@example.de\n";
    ImportHead head;
    QList<ImportedContact> contacts;
    ImportProblem problem;
    QVERIFY(ContactReader::inspect(write(bytes), &head, &problem));
    const ImportReadResult r = ContactReader::read(head,
                                                   [&contacts](ImportedContact &&c) { contacts.append(std::move(c)); });
    QVERIFY(r.ok);
    QCOMPARE(r.encoding, ImportEncoding::Windows1252);
    QCOMPARE(contacts.last().name, QStringLiteral("Görres"));
}

void TestImport::semicolonGermanOutlookHeaders()
{
    const QByteArray bytes =
        QStringLiteral(
            "\"Anrede\";\"Vorname\";\"Weitere Vornamen\";\"Nachname\";\"Firma\";\"E-Mail-Adresse\";\"E-Mail 2: Adresse\";\"Mobiltelefon\"\n"
            "\"Frau\";\"Anna\";\"Maria\";\"Schäfer\";\"Beispiel GmbH\";\"anna@beispiel.de\";\"a.schaefer@privat.de\";\"+49 170 1\"\n"
            "\"Herr\";\"Ben\";\"\";\"Öztürk\";\"\";\"\";\"ben@privat.de\";\"\"\n")
            .toUtf8();
    ImportHead head;
    const QList<ImportedContact> c = readOk(write(bytes), &head);
    QCOMPARE(head.delimiter, ';');
    QCOMPARE(head.format, ImportFormat::OutlookGerman);
    QVERIFY(!head.needsMapping());
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].name, QStringLiteral("Anna Maria Schäfer"));
    QCOMPARE(c[0].emails, (QStringList{QStringLiteral("anna@beispiel.de"), QStringLiteral("a.schaefer@privat.de")}));
    QCOMPARE(c[0].company, QStringLiteral("Beispiel GmbH"));
    QCOMPARE(c[0].phone, QStringLiteral("+49 170 1"));
    QCOMPARE(c[1].name, QStringLiteral("Ben Öztürk"));
    QCOMPARE(c[1].emails, QStringList{QStringLiteral("ben@privat.de")});
}

void TestImport::googleCurrentForm()
{
    const QByteArray bytes(
        "First Name,Middle Name,Last Name,Organization Name,Labels,E-mail 1 - Label,E-mail 1 - Value,"
        "Phone 1 - Label,Phone 1 - Value\n"
        "Clara,,Weiss,Acme,* myContacts,* Home ::: Work,clara@home.example ::: clara@acme.example,"
        "Mobile,+49 1\n");
    ImportHead head;
    const QList<ImportedContact> c = readOk(write(bytes), &head);
    QCOMPARE(head.format, ImportFormat::GoogleCsv);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].name, QStringLiteral("Clara Weiss"));
    QCOMPARE(c[0].emails, (QStringList{QStringLiteral("clara@home.example"), QStringLiteral("clara@acme.example")}));
    QCOMPARE(c[0].company, QStringLiteral("Acme"));
}

void TestImport::quotedFieldWithNewlinesAndQuotes()
{
    const QByteArray bytes("Name,Email,Notes\n"
                           "\"Smith, Anna\",anna@example.com,\"first line\nsecond \"\"quoted\"\" line\nthird\"\n"
                           "Bob,bob@example.com,x\n");
    const QList<ImportedContact> c = readOk(write(bytes));
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].name, QStringLiteral("Smith, Anna"));
    QCOMPARE(c[1].name, QStringLiteral("Bob"));
    QCOMPARE(c[1].line, 5); // line numbers count the breaks inside quotes
}

void TestImport::lineEndsCrLfAndCr()
{
    const QList<ImportedContact> crlf = readOk(write("Name,Email\r\nA,a@example.com\r\nB,b@example.com\r\n"));
    QCOMPARE(crlf.size(), 2);
    QCOMPARE(crlf[1].emails, QStringList{QStringLiteral("b@example.com")});
    const QList<ImportedContact> cr = readOk(
        write("Name,Email\rA,a@example.com\rB,b@example.com", QStringLiteral("cr.csv")));
    QCOMPARE(cr.size(), 2);
    QCOMPARE(cr[1].line, 3);
    QCOMPARE(cr[1].emails, QStringList{QStringLiteral("b@example.com")});
}

void TestImport::linkedInPreamble()
{
    const QByteArray bytes(
        "Notes:\n"
        "\"When exporting your connection data, you may notice that some of the email addresses are missing. "
        "You will only see email addresses for connections who have allowed their connections to see or download "
        "their email address using this setting https://www.linkedin.com/psettings/privacy/email.\"\n"
        "\n"
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Dana,Fischer,https://www.linkedin.com/in/dana,dana@example.com,Acme,Engineer,01 Mar 2026\n"
        "Emil,Braun,https://www.linkedin.com/in/emil,,Globex,CTO,02 Mar 2026\n");
    ImportHead head;
    const QList<ImportedContact> c = readOk(write(bytes), &head);
    QCOMPARE(head.format, ImportFormat::LinkedIn);
    QCOMPARE(head.headerLine, 4);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].name, QStringLiteral("Dana Fischer"));
    QCOMPARE(c[1].name, QStringLiteral("Emil Braun"));
    QVERIFY(c[1].emails.isEmpty());
    QCOMPARE(c[1].company, QStringLiteral("Globex"));
}

void TestImport::tabDelimited()
{
    ImportHead head;
    const QList<ImportedContact> c = readOk(write("Name\tEmail\tCompany\nA, B\ta@example.com\tX\n"), &head);
    QCOMPARE(head.delimiter, '\t');
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].name, QStringLiteral("A, B"));
}

void TestImport::unknownHeaderNeedsMapping()
{
    ImportHead head;
    ImportProblem problem;
    QVERIFY(ContactReader::inspect(write("Wer,Adresse,Bemerkung\nAnna,anna@example.com,x\nBen,ben@example.com,y\n"),
                                   &head, &problem));
    QVERIFY(head.needsMapping());
    QCOMPARE(head.columns,
             (QStringList{QStringLiteral("Wer"), QStringLiteral("Adresse"), QStringLiteral("Bemerkung")}));
    QCOMPARE(head.samples.size(), 2);
    QCOMPARE(head.samples[1][1], QStringLiteral("ben@example.com"));
    // "Adresse" is no header we know, but its values are addresses: offered as Email.
    QCOMPARE(head.mapping, (QList<ContactField>{ContactField::Ignore, ContactField::Email, ContactField::Ignore}));
    // With nothing mapped, reading refuses.
    head.mapping = {ContactField::Ignore, ContactField::Ignore, ContactField::Ignore};
    const ImportReadResult refused = ContactReader::read(head, [](ImportedContact &&) {});
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.toString().contains(QLatin1String("line 1")), qPrintable(refused.error.toString()));
    head.mapping = {ContactField::Name, ContactField::Email, ContactField::Ignore};
    QList<ImportedContact> c;
    QVERIFY(ContactReader::read(head, [&c](ImportedContact &&x) { c.append(std::move(x)); }).ok);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[1].emails, QStringList{QStringLiteral("ben@example.com")});
}

void TestImport::vCard21QuotedPrintable()
{
    const QByteArray bytes("BEGIN:VCARD\r\n"
                           "VERSION:2.1\r\n"
                           "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\r\n"
                           "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:J=C3=BCrgen M=C3=BC=\r\n"
                           "ller\r\n"
                           "EMAIL;INTERNET;PREF:juergen@example.de\r\n"
                           "ORG:M\xC3\xBC"
                           "ller AG;Vertrieb\r\n"
                           "END:VCARD\r\n");
    const QList<ImportedContact> c = readOk(write(bytes, QStringLiteral("c.vcf")));
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].name, QStringLiteral("Jürgen Müller"));
    QCOMPARE(c[0].emails, QStringList{QStringLiteral("juergen@example.de")});
    QCOMPARE(c[0].company, QStringLiteral("Müller AG"));
}

void TestImport::vCard40SeveralEmails()
{
    const QByteArray bytes("BEGIN:VCARD\n"
                           "VERSION:4.0\n"
                           "N:Doe;Jane;;;\n"
                           "item1.EMAIL;TYPE=work:jane@work.exa\n"
                           " mple\n"
                           "item2.EMAIL;TYPE=home:jane@home.example\n"
                           "TEL;VALUE=uri;TYPE=cell:tel:+49-1\n"
                           "NOTE:a\\, b\\; c\n"
                           "END:VCARD\n"
                           "BEGIN:VCARD\n"
                           "VERSION:3.0\n"
                           "FN:Smith\\, John\n"
                           "EMAIL:john@example.com\n"
                           "END:VCARD\n");
    const QList<ImportedContact> c = readOk(write(bytes, QStringLiteral("c4.vcf")));
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].name, QStringLiteral("Jane Doe"));
    QCOMPARE(c[0].emails, (QStringList{QStringLiteral("jane@work.example"), QStringLiteral("jane@home.example")}));
    QCOMPARE(c[1].name, QStringLiteral("Smith, John"));
    QCOMPARE(c[1].line, 10);
}

void TestImport::errorsNameFileAndLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.csv")
                           << QStringLiteral("empty.csv: the file is empty");
    QTest::newRow("only blank lines") << QByteArray("\r\n\r\n") << QStringLiteral("blank.csv")
                                      << QStringLiteral("blank.csv: the file is empty");
    QTest::newRow("header only") << QByteArray("Name,Email\r\n") << QStringLiteral("header.csv")
                                 << QStringLiteral("header.csv, line 1: the file has a header row but no contacts");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24) << QStringLiteral("photo.csv")
                            << QStringLiteral("photo.csv: this is not a text file");
    QTest::newRow("unbalanced quote")
        << QByteArray("Name,Email\nAnna,anna@example.com\n\"Ben,ben@example.com\nCarl,c@example.com\n")
        << QStringLiteral("quote.csv")
        << QStringLiteral("quote.csv, line 3: a quoted field opened here is never closed");
    QTest::newRow("vcard without end") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n")
                                       << QStringLiteral("open.vcf")
                                       << QStringLiteral("open.vcf, line 1: the vCard begun here has no END:VCARD");
    QTest::newRow("vcard cut off") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:A\n") << QStringLiteral("cut.vcf")
                                   << QStringLiteral("cut.vcf, line 1: the vCard begun here has no END:VCARD");
    QTest::newRow("missing file") << QByteArray() << QString() << QStringLiteral("cannot be read");
}

void TestImport::errorsNameFileAndLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    const QString path = fileName.isEmpty() ? m_dir.filePath(QStringLiteral("nowhere.csv")) : write(bytes, fileName);
    QList<ImportedContact> contacts;
    const ImportReadResult r = ContactReader::readAll(path, &contacts);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.toString().contains(expected), qPrintable(r.error.toString()));
}

void TestImport::fiftyMegabytesWithoutLineBreak()
{
    const QString path = write(QByteArray(50 * 1024 * 1024, 'a'), QStringLiteral("huge.csv"));
    QList<ImportedContact> contacts;
    const ImportReadResult r = ContactReader::readAll(path, &contacts);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.line, 1);
    QVERIFY2(r.error.message.contains(QLatin1String("longer than 1 MiB")), qPrintable(r.error.toString()));
    QVERIFY(contacts.isEmpty());
}

// A field longer than the store keeps (TextLimits) is left out with a
// warning naming the file, the line and the field; the contact stays.
void TestImport::tooLongFieldsAreLeftOutAndNamed()
{
    const QByteArray phone(TextLimits::kPhone + 1, '7');
    const QString path = write("Name,E-mail Address,Phone\nAnna Berg,anna@example.org,+49 30 1\n"
                               "Ben Cole,ben@example.org,"
                                   + phone + "\n",
                               QStringLiteral("long.csv"));
    QList<ImportedContact> contacts;
    const ImportReadResult r = ContactReader::readAll(path, &contacts);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(contacts.size(), 2);
    QCOMPARE(contacts.at(1).phone, QString());
    QCOMPARE(contacts.at(1).emails, QStringList{QStringLiteral("ben@example.org")});
    QCOMPARE(r.warnings.size(), 1);
    const ImportProblem &w = r.warnings.first();
    QCOMPARE(w.line, 3);
    QCOMPARE(w.file, path);
    QVERIFY2(w.toString().contains(QLatin1String("64")), qPrintable(w.toString()));
    QVERIFY(!w.field.isEmpty());
}

void TestImport::progressAndCancel()
{
    QByteArray bytes("Name,Email\n");
    for (int i = 0; i < 50000; ++i)
        bytes += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.com\n";
    const QString path = write(bytes);
    ImportHead head;
    ImportProblem problem;
    QVERIFY(ContactReader::inspect(path, &head, &problem));
    QList<qint64> seen;
    int count = 0;
    const ImportReadResult all = ContactReader::read(
        head, [&count](ImportedContact &&) { ++count; }, [&seen](qint64 done, qint64) { seen.append(done); });
    QVERIFY(all.ok);
    QCOMPARE(count, 50000);
    QVERIFY(seen.size() > 3);
    QCOMPARE(seen.last(), qint64(bytes.size()));
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));

    std::atomic<bool> cancel{false};
    count = 0;
    const ImportReadResult stopped = ContactReader::read(
        head,
        [&](ImportedContact &&) {
            if (++count == 10000)
                cancel = true;
        },
        {}, &cancel);
    QVERIFY(!stopped.ok);
    QVERIFY(stopped.cancelled);
    QVERIFY(count < 12000);
}

// Random fields with every special byte, written as RFC 4180 says and read
// back: the same fields, also where a record spans two 256 KiB chunks.
void TestImport::csvRoundTripAcrossChunks()
{
    QRandomGenerator rng(4180);
    static const char alphabet[] = {'a', 'b', 'Z', '1', ' ', ',', '"', '\n', '\r', ';', '\t', '\xc3', '\xbc'};
    QList<QList<QByteArray>> records;
    QByteArray file;
    while (file.size() < 3 * ByteSource::kChunk) {
        QList<QByteArray> fields;
        const int count = 1 + int(rng.bounded(12));
        for (int f = 0; f < count; ++f) {
            QByteArray field;
            const int length = rng.bounded(8) == 0 ? int(rng.bounded(2000)) : int(rng.bounded(40));
            for (int i = 0; i < length; ++i)
                field += alphabet[rng.bounded(int(sizeof alphabet))];
            fields.append(field);
        }
        QByteArrayList written;
        for (const QByteArray &field : fields) {
            const bool quote = field.contains(',') || field.contains('"') || field.contains('\n')
                || field.contains('\r') || (rng.bounded(5) == 0);
            written.append(quote ? '"' + QByteArray(field).replace("\"", "\"\"") + '"' : field);
        }
        file += written.join(',') + (rng.bounded(2) ? "\r\n" : "\n");
        records.append(fields);
    }
    ByteSource source;
    ImportProblem problem;
    QVERIFY(source.open(write(file, QStringLiteral("roundtrip.csv")), &problem));
    CsvParser parser(source, ',');
    for (qsizetype r = 0; r < records.size(); ++r) {
        QCOMPARE(parser.next(), CsvParser::Status::Record);
        QCOMPARE(parser.fieldCount(), int(records[r].size()));
        for (int f = 0; f < parser.fieldCount(); ++f) {
            if (parser.field(f) != records[r][f])
                QFAIL(qPrintable(QStringLiteral("record %1, field %2 differs").arg(r).arg(f)));
        }
    }
    QCOMPARE(parser.next(), CsvParser::Status::End);
}

static QList<ImportedContact> contactsOf(std::initializer_list<std::pair<const char *, const char *>> rows)
{
    QList<ImportedContact> out;
    int line = 2;
    for (const auto &[name, email] : rows) {
        ImportedContact c;
        c.name = QString::fromUtf8(name);
        if (*email)
            c.emails = QString::fromUtf8(email).split(QLatin1Char(' '));
        c.line = line++;
        out.append(c);
    }
    return out;
}

void TestImport::classifiesEveryCase()
{
    Net n;
    const qint64 me = n.member(QStringLiteral("Me"));
    const qint64 friendId = n.member(QStringLiteral("Friend"));
    const qint64 sentTo = n.member(QStringLiteral("Sent"));
    const qint64 from = n.member(QStringLiteral("From"));
    const qint64 cooled = n.member(QStringLiteral("Cooled"));
    const qint64 stranger = n.member(QStringLiteral("Stranger"));
    const auto inv = n.service->invite(me, friendId, {}, InvitationSource::Profile);
    QVERIFY(n.service->accept(friendId, inv.invitationId).ok());
    QVERIFY(n.service->invite(me, sentTo, {}, InvitationSource::Profile).ok());
    QVERIFY(n.service->invite(from, me, {}, InvitationSource::Profile).ok());
    const auto w = n.service->invite(me, cooled, {}, InvitationSource::Profile);
    QVERIFY(n.service->withdraw(me, w.invitationId).ok());
    QVERIFY(
        n.service->inviteByEmail(me, QStringLiteral("asked@outside.example"), {}, InvitationSource::EmailInvite).ok());
    auto email = [&n](qint64 id) {
        return n.network().member(id)->email.toUpper().toUtf8();
    };

    const QByteArray bakeryAce = Email::normalized(QStringLiteral("info@bäckerei-müller.de")).toUpper().toUtf8();
    QVERIFY(bakeryAce.startsWith("INFO@XN--"));
    const QByteArray eFriend = email(friendId), eSent = email(sentTo), eFrom = email(from), eCooled = email(cooled),
                     eStranger = "  " + email(stranger) + " ", eMe = email(me);
    const QList<ContactMatch> m = ContactMatcher::classify(
        *n.store, me, n.clock.nowMs(),
        contactsOf({{"Friend", eFriend.constData()},
                    {"Sent", eSent.constData()},
                    {"From", eFrom.constData()},
                    {"Cooled", eCooled.constData()},
                    {"Stranger", eStranger.constData()},
                    {"Outsider", "new@outside.example"},
                    {"Asked", "asked@outside.example"},
                    {"Broken", "not-an-address"},
                    {"Stranger again", email(stranger).toLower().constData()},
                    {"Me myself", eMe.constData()},
                    {"Nobody Known", ""},
                    {"Two addresses", "private@outside.example STRANGER-NO@x"},
                    // Issue 35: internationalised, compared in the ASCII form.
                    {"Bäckerei Müller", "info@bäckerei-müller.de"},
                    {"Bakery again", bakeryAce.constData()}}));
    QCOMPARE(m.size(), 14);
    QCOMPARE(m[0].status, ContactStatus::Connected);
    QCOMPARE(m[1].status, ContactStatus::InvitationSent);
    QCOMPARE(m[2].status, ContactStatus::InvitationReceived);
    QCOMPARE(m[3].status, ContactStatus::CoolDown);
    QCOMPARE(m[3].availableFromMs, n.clock.nowMs() + 21 * Net::day);
    QCOMPARE(m[4].status, ContactStatus::CanConnect);
    QCOMPARE(m[4].memberId, stranger);
    QCOMPARE(m[5].status, ContactStatus::NotMember);
    QCOMPARE(m[6].status, ContactStatus::InvitationSent); // pending to the address
    QCOMPARE(m[7].status, ContactStatus::InvalidAddress);
    QCOMPARE(m[8].status, ContactStatus::Duplicate); // same address, other case
    QCOMPARE(m[9].status, ContactStatus::Yourself);
    QCOMPARE(m[10].status, ContactStatus::NoAddress);
    QCOMPARE(m[11].status, ContactStatus::NotMember);
    QCOMPARE(m[11].email, QStringLiteral("private@outside.example")); // the first valid one
    QCOMPARE(m[12].status, ContactStatus::NotMember);
    QCOMPARE(m[13].status, ContactStatus::Duplicate);
    QVERIFY(ContactMatcher::statusText(m[3]).contains(
        QString::number(QDateTime::fromMSecsSinceEpoch(m[3].availableFromMs).date().year())));
}

void TestImport::contactWithoutAddressMatchedByNameAndCompany()
{
    Net n;
    const qint64 me = n.member(QStringLiteral("Me"));
    n.member(QStringLiteral("Jana Öztürk"), QStringLiteral("Globex"));
    const qint64 acme = n.member(QStringLiteral("Jana Öztürk"), QStringLiteral("Acme"));
    const qint64 only = n.member(QStringLiteral("Emil Braun"), QStringLiteral("Initech"));
    QList<ImportedContact> contacts;
    ImportedContact a;
    a.name = QStringLiteral("JANA ÖZTÜRK");
    a.company = QStringLiteral("acme");
    ImportedContact b;
    b.name = QStringLiteral("Emil Braun");
    ImportedContact c;
    c.name = QStringLiteral("Jana Öztürk");
    c.company = QStringLiteral("Umbrella"); // two namesakes, neither there
    contacts << a << b << c;
    const QList<ContactMatch> m = ContactMatcher::classify(*n.store, me, n.clock.nowMs(), contacts);
    QCOMPARE(m[0].status, ContactStatus::PossibleMatch);
    QCOMPARE(m[0].memberId, acme);
    QCOMPARE(m[1].status, ContactStatus::PossibleMatch);
    QCOMPARE(m[1].memberId, only);
    QCOMPARE(m[2].status, ContactStatus::NoAddress);
    QVERIFY(ContactMatcher::statusText(m[0]).contains(QStringLiteral("Jana Öztürk")));
}

void TestImport::reimportUpdatesNeverDuplicates()
{
    Net n;
    const qint64 me = n.member(QStringLiteral("Me"));
    const qint64 other = n.member(QStringLiteral("Other"));
    auto saveFile = [&](const QList<ImportedContact> &contacts, qint64 owner) {
        const QList<ContactMatch> m = ContactMatcher::classify(*n.store, owner, n.clock.nowMs(), contacts);
        ContactSaveStats stats;
        QString error;
        if (!ContactRepository::save(*n.store, owner, m, n.clock.nowMs(), &stats, &error))
            qWarning("%s", qPrintable(error));
        return stats;
    };
    const ContactSaveStats first = saveFile(
        contactsOf({{"Anna", "anna@x.example"}, {"Ben", "ben@x.example"}, {"No Mail", ""}}), me);
    QCOMPARE(first.added, 3);
    QCOMPARE(ContactRepository::count(*n.store, me), 3);
    const ContactSaveStats second = saveFile(contactsOf({{"Anna Maria", "ANNA@x.example"},
                                                         {"Carl", "carl@x.example"},
                                                         {"No Mail", ""},
                                                         {"Carl twice", "carl@x.example"}}),
                                             me);
    QCOMPARE(second.added, 1);
    QCOMPARE(second.updated, 2);
    QCOMPARE(ContactRepository::count(*n.store, me), 4);
    const QList<StoredContact> page = ContactRepository::page(*n.store, me, {}, 0, 10);
    QCOMPARE(page.size(), 4);
    QCOMPARE(page[0].name, QStringLiteral("Anna Maria"));
    // Contacts are private to their owner (R11).
    QCOMPARE(ContactRepository::count(*n.store, other), 0);
    QCOMPARE(n.network().counts(me).contacts, 4);
    QVERIFY(ContactRepository::remove(*n.store, me, {page[0].id}, nullptr));
    QCOMPARE(ContactRepository::count(*n.store, me), 3);
    QCOMPARE(ContactRepository::page(*n.store, me, page[1].name, page[1].id, 10).size(), 2);
    QVERIFY(ContactRepository::removeAll(*n.store, me, nullptr));
    QCOMPARE(ContactRepository::count(*n.store, me), 0);
}

void TestImport::cancelledSaveKeepsNothing()
{
    Net n;
    const qint64 me = n.member(QStringLiteral("Me"));
    QList<ImportedContact> contacts;
    for (int i = 0; i < 5000; ++i) {
        ImportedContact c;
        c.name = QStringLiteral("P%1").arg(i);
        c.emails = {QStringLiteral("p%1@x.example").arg(i)};
        contacts.append(c);
    }
    const QList<ContactMatch> m = ContactMatcher::classify(*n.store, me, n.clock.nowMs(), contacts);
    std::atomic<bool> cancel{true};
    ContactSaveStats stats;
    QString error;
    QVERIFY(!ContactRepository::save(*n.store, me, m, n.clock.nowMs(), &stats, &error, &cancel));
    QCOMPARE(ContactRepository::count(*n.store, me), 0);
}

void TestImport::workerReadsThenKeepsWhenAsked()
{
    Net n;
    const qint64 me = n.member(QStringLiteral("Me"));
    ImportHead head;
    ImportProblem problem;
    QVERIFY(ContactReader::inspect(write("First Name,Last Name,Display Name,Primary Email\n"
                                         "John,Doe,John Doe,john@doe.invalid\nJane,Doe,Jane Doe,jane@doe.invalid\n"),
                                   &head, &problem));
    ImportWorker worker(*n.store);
    QSignalSpy finished(&worker, &ImportWorker::finished);
    QSignalSpy progress(&worker, &ImportWorker::progress);
    worker.start(head, me, n.clock.nowMs());
    QVERIFY(worker.isRunning());
    QVERIFY(finished.wait(10000));
    const auto outcome = finished.first().first().value<ImportOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.storeError + outcome.read.error.toString()));
    QCOMPARE(outcome.matches.size(), 2);
    QCOMPARE(progress.last().first().toInt(), 1000);
    QVERIFY(!worker.isRunning());
    // Reading keeps nothing (issue 35, item 1); keep() keeps all in one go.
    QCOMPARE(ContactRepository::count(*n.store, me), 0);
    QSignalSpy kept(&worker, &ImportWorker::kept);
    worker.keep(outcome.matches, me, n.clock.nowMs());
    QVERIFY(kept.wait(10000));
    QCOMPARE(kept.first().at(1).toString(), QString());
    QCOMPARE(kept.first().at(0).value<ContactSaveStats>().added, 2);
    QCOMPARE(ContactRepository::count(*n.store, me), 2);
    QVERIFY(!worker.isRunning());
}

void TestImport::workerErrorLeavesStoreUnchanged()
{
    Net n;
    const qint64 me = n.member(QStringLiteral("Me"));
    QVERIFY(ContactRepository::save(
        *n.store, me, ContactMatcher::classify(*n.store, me, n.clock.nowMs(), contactsOf({{"Kept", "kept@x.example"}})),
        n.clock.nowMs(), nullptr, nullptr));
    // Good rows first, then a quote that never closes: nothing of it is saved.
    QByteArray bytes("Name,Email\n");
    for (int i = 0; i < 3000; ++i)
        bytes += "P" + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@x.example\n";
    bytes += "\"Broken,b@x.example\n";
    ImportHead head;
    ImportProblem problem;
    QVERIFY(ContactReader::inspect(write(bytes), &head, &problem));
    ImportWorker worker(*n.store);
    QSignalSpy finished(&worker, &ImportWorker::finished);
    worker.start(head, me, n.clock.nowMs());
    QVERIFY(finished.wait(10000));
    const auto failed = finished.first().first().value<ImportOutcome>();
    QVERIFY(!failed.ok());
    QCOMPARE(failed.read.error.line, 3002);
    QCOMPARE(ContactRepository::count(*n.store, me), 1);

    // Cancelled at once: nothing either.
    head.path = write(bytes.left(bytes.lastIndexOf("\"Broken")), QStringLiteral("good.csv"));
    worker.start(head, me, n.clock.nowMs());
    worker.cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.last().first().value<ImportOutcome>().cancelled);
    QCOMPARE(ContactRepository::count(*n.store, me), 1);
}

void TestImport::mappingRememberedPerHeader()
{
    Net n;
    const QString path = write("Wer,Adresse\nAnna,anna@example.com\n");
    ImportHead head;
    ImportProblem problem;
    QVERIFY(ContactReader::inspect(path, &head, &problem));
    QVERIFY(ImportMappings::load(*n.store, head.signature, 2).isEmpty());
    const QList<ContactField> mapping{ContactField::Name, ContactField::Email};
    QVERIFY(ImportMappings::save(*n.store, head.signature, mapping, nullptr));
    QCOMPARE(ImportMappings::load(*n.store, head.signature, 2), mapping);
    // The same header spelt with other case and spacing is the same header.
    ImportHead again;
    QVERIFY(ContactReader::inspect(write("WER , adresse\nBen,ben@example.com\n", QStringLiteral("b.csv")), &again,
                                   &problem));
    QCOMPARE(again.signature, head.signature);
    // A header of another width never takes it.
    QVERIFY(ImportMappings::load(*n.store, head.signature, 3).isEmpty());
    n.reopen();
    QCOMPARE(ImportMappings::load(*n.store, head.signature, 2), mapping);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
