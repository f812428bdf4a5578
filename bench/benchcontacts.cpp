#include "benchcontacts.h"

#include "benchstores.h"
#include "contactwriters.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

namespace BenchContacts {

namespace {

// The file in the bench folder; with its size when MYNETWORK_BENCH_REUSE
// lets an earlier run's copy stand.
File named(const QString &pattern, int contacts)
{
    File f;
    f.contacts = contacts;
    f.path = BenchStores::folder() + QLatin1Char('/') + pattern.arg(contacts);
    if (qEnvironmentVariableIsSet("MYNETWORK_BENCH_REUSE") && QFile::exists(f.path))
        f.bytes = QFileInfo(f.path).size();
    return f;
}

}

File googleCsv(const QString &storePath, int contacts)
{
    File f = named(QStringLiteral("google-%1.csv"), contacts);
    if (f.bytes > 0)
        return f;
    QStringList memberEmails;
    {
        Store store;
        if (!store.open(StoreConfig::sqlite(storePath)))
            qFatal("bench: %s", qPrintable(store.errorMessage()));
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT email FROM members ORDER BY id LIMIT %1").arg(contacts / 2));
        while (q.next())
            memberEmails.append(q.value(0).toString());
    }
    QFile out(f.path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("bench: cannot write %s", qPrintable(f.path));
    out.write("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
              "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
              "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
              "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,"
              "Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
              "Address 1 - Postal Code,Address 1 - Country,Website 1 - Label,Website 1 - Value\r\n");
    static const char *const firsts[] = {"Anna", "Jürgen", "Zoë", "Mehmet", "Claire", "Søren", "Łukasz", "Emily"};
    static const char *const lasts[] = {"Müller", "Schmidt", "O'Brien", "Kaya", "Dubois", "Nørgaard", "Smith"};
    static const char *const companies[] = {"Acme GmbH", "Globex, Inc.", "Initech", "Müller & Söhne KG"};
    QByteArray row;
    for (int i = 0; i < contacts; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray first = firsts[i % 8];
        const QByteArray last = lasts[i % 7];
        const QByteArray email = i < memberEmails.size()
            ? (i % 3 ? memberEmails.at(i).toUtf8() : memberEmails.at(i).toUpper().toUtf8())
            : "contact." + n + "@mail.example";
        row.clear();
        row += first + ",," + last + " " + n + ",,,,,,," + first + " " + last + ",\"" + companies[i % 4] + "\","
            + "Engineer,Research,1980-0" + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10) + ",";
        if (i % 10 == 0)
            row += "\"Met at the \"\"Berlin\"\" meetup,\nwants the slides\"";
        else
            row += "Colleague from the project";
        row += ",,* myContacts,* Work," + email;
        if (i % 5 == 0)
            row += " ::: private." + n + "@home.example";
        row += ",Home,alt." + n + "@alt.example,Mobile,+49 170 " + n + ",Work,+49 30 " + n + ",Home," + "\"Hauptstraße "
            + n + "\n10115 Berlin\nGermany\",Hauptstraße " + n + ",Berlin,10115,Germany,Profile,https://example.com/"
            + n + "\r\n";
        out.write(row);
    }
    out.close();
    f.bytes = QFileInfo(f.path).size();
    return f;
}

File vCards(int contacts)
{
    File f = named(QStringLiteral("vcards-%1.vcf"), contacts);
    if (f.bytes > 0)
        return f;
    QFile out(f.path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("bench: cannot write %s", qPrintable(f.path));
    static const char *const names[] = {"Anna Müller", "Jürgen Groß",    "Zoë Dubois",      "Γιώργος Παπαδόπουλος",
                                        "山田 太郎",   "Søren Nørgaard", "Łukasz Wąsowski", "Emily Smith"};
    QRandomGenerator rng(6350);
    QByteArray photo(8 * 1024, Qt::Uninitialized);
    for (char &b : photo)
        b = char(rng.bounded(256));
    for (int i = 0; i < contacts; ++i) {
        ImportedContact c;
        c.name = QString::fromUtf8(names[i % 8]) + QLatin1Char(' ') + QString::number(i);
        c.emails = {QStringLiteral("contact.%1@mail.example").arg(i)};
        if (i % 5 == 0)
            c.emails.append(QStringLiteral("private.%1@home.example").arg(i));
        c.phone = QStringLiteral("+49 170 %1").arg(i);
        c.company = i % 2 ? QStringLiteral("Müller & Söhne KG") : QStringLiteral("Globex, Inc.");
        ContactWriters::VCardStyle style;
        style.foldAt = 75;
        style.foldOnCharacters = true; // vobject decodes before it unfolds
        if (i % 10 == 0)
            style.photo = photo;
        out.write(ContactWriters::vCard(c, style, &rng));
    }
    out.close();
    f.bytes = QFileInfo(f.path).size();
    return f;
}

}
