#include "addressbook/headerformats.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

namespace {

QString normalized(const QString &column)
{
    return column.simplified().toLower();
}

// Exact names across Google, Outlook (English and German), Thunderbird
// (English and German), LinkedIn and common hand-made headers.
const QHash<QString, ContactField> &exactNames()
{
    using F = ContactField;
    static const QHash<QString, ContactField> names{
        {QStringLiteral("name"), F::Name},
        {QStringLiteral("display name"), F::Name},
        {QStringLiteral("full name"), F::Name},
        {QStringLiteral("anzeigename"), F::Name},
        {QStringLiteral("vollständiger name"), F::Name},
        {QStringLiteral("first name"), F::FirstName},
        {QStringLiteral("firstname"), F::FirstName},
        {QStringLiteral("given name"), F::FirstName},
        {QStringLiteral("vorname"), F::FirstName},
        {QStringLiteral("middle name"), F::MiddleName},
        {QStringLiteral("additional name"), F::MiddleName},
        {QStringLiteral("weitere vornamen"), F::MiddleName},
        {QStringLiteral("last name"), F::LastName},
        {QStringLiteral("lastname"), F::LastName},
        {QStringLiteral("family name"), F::LastName},
        {QStringLiteral("surname"), F::LastName},
        {QStringLiteral("nachname"), F::LastName},
        {QStringLiteral("e-mail address"), F::Email},
        {QStringLiteral("email address"), F::Email},
        {QStringLiteral("e-mail 2 address"), F::Email},
        {QStringLiteral("e-mail 3 address"), F::Email},
        {QStringLiteral("e-mail"), F::Email},
        {QStringLiteral("email"), F::Email},
        {QStringLiteral("mail"), F::Email},
        {QStringLiteral("primary email"), F::Email},
        {QStringLiteral("secondary email"), F::Email},
        {QStringLiteral("e-mail-adresse"), F::Email},
        {QStringLiteral("e-mail 2: adresse"), F::Email},
        {QStringLiteral("e-mail 3: adresse"), F::Email},
        {QStringLiteral("primäre e-mail-adresse"), F::Email},
        {QStringLiteral("sekundäre e-mail-adresse"), F::Email},
        {QStringLiteral("email home"), F::Email},
        {QStringLiteral("email work"), F::Email},
        {QStringLiteral("email other"), F::Email},
        {QStringLiteral("mobile phone"), F::Phone},
        {QStringLiteral("business phone"), F::Phone},
        {QStringLiteral("home phone"), F::Phone},
        {QStringLiteral("primary phone"), F::Phone},
        {QStringLiteral("work phone"), F::Phone},
        {QStringLiteral("mobile number"), F::Phone},
        {QStringLiteral("home mobile"), F::Phone},
        {QStringLiteral("phone"), F::Phone},
        {QStringLiteral("telefon"), F::Phone},
        {QStringLiteral("mobiltelefon"), F::Phone},
        {QStringLiteral("telefon geschäftlich"), F::Phone},
        {QStringLiteral("telefon privat"), F::Phone},
        {QStringLiteral("tel. dienstlich"), F::Phone},
        {QStringLiteral("tel. privat"), F::Phone},
        {QStringLiteral("mobil-tel.-nr."), F::Phone},
        {QStringLiteral("company"), F::Company},
        {QStringLiteral("organization"), F::Company},
        {QStringLiteral("organisation"), F::Company},
        {QStringLiteral("organization name"), F::Company},
        {QStringLiteral("organization 1 - name"), F::Company},
        {QStringLiteral("firma"), F::Company},
        {QStringLiteral("unternehmen"), F::Company},
    };
    return names;
}

// A profile's fields, mapped for the member import only. Outlook's "Title"
// is "Mr." or "Dr.", not a headline.
const QHash<QString, ContactField> &profileNames()
{
    using F = ContactField;
    static const QHash<QString, ContactField> names{
        {QStringLiteral("headline"), F::Headline},
        {QStringLiteral("job title"), F::Headline},
        {QStringLiteral("position"), F::Headline},
        {QStringLiteral("organization title"), F::Headline},
        {QStringLiteral("organization 1 - title"), F::Headline},
        {QStringLiteral("berufsbezeichnung"), F::Headline},
        {QStringLiteral("arbeitstitel"), F::Headline},
        {QStringLiteral("school"), F::School},
        {QStringLiteral("education"), F::School},
        {QStringLiteral("university"), F::School},
        {QStringLiteral("schule"), F::School},
        {QStringLiteral("hochschule"), F::School},
        {QStringLiteral("ausbildung"), F::School},
        {QStringLiteral("location"), F::Location},
        {QStringLiteral("city"), F::Location},
        {QStringLiteral("business city"), F::Location},
        {QStringLiteral("work city"), F::Location},
        {QStringLiteral("home city"), F::Location},
        {QStringLiteral("standort"), F::Location},
        {QStringLiteral("ort"), F::Location},
        {QStringLiteral("ort geschäftlich"), F::Location},
        {QStringLiteral("ort privat"), F::Location},
        {QStringLiteral("stadt"), F::Location},
        {QStringLiteral("wohnort"), F::Location},
        {QStringLiteral("address 1 - city"), F::Location},
    };
    return names;
}

ContactField exactField(const QString &column)
{
    static const QRegularExpression googleEmail(QStringLiteral("^e-mail \\d+ - value$"));
    static const QRegularExpression googlePhone(QStringLiteral("^phone \\d+ - value$"));
    const auto it = exactNames().constFind(column);
    if (it != exactNames().constEnd())
        return *it;
    if (const auto p = profileNames().constFind(column); p != profileNames().constEnd())
        return *p;
    if (googleEmail.match(column).hasMatch())
        return ContactField::Email;
    if (googlePhone.match(column).hasMatch())
        return ContactField::Phone;
    return ContactField::Ignore;
}

// For headers nobody told us about: words that give a column away.
ContactField guessedField(const QString &column)
{
    const bool typeLike = column.contains(QLatin1String("type")) || column.contains(QLatin1String("label"))
        || column.contains(QLatin1String("typ")) || column.contains(QLatin1String("display"))
        || column.contains(QLatin1String("angezeigt"));
    if ((column.contains(QLatin1String("mail"))) && !typeLike)
        return ContactField::Email;
    if ((column.contains(QLatin1String("phone")) || column.contains(QLatin1String("telefon"))
         || column.contains(QLatin1String("mobil")))
        && !typeLike)
        return ContactField::Phone;
    if (column.contains(QLatin1String("company")) || column.contains(QLatin1String("firma"))
        || column.contains(QLatin1String("organi")))
        return ContactField::Company;
    if (column.contains(QLatin1String("first")) || column.contains(QLatin1String("vorname"))
        || column.contains(QLatin1String("given")))
        return ContactField::FirstName;
    if (column.contains(QLatin1String("last")) || column.contains(QLatin1String("nachname"))
        || column.contains(QLatin1String("family")) || column.contains(QLatin1String("surname")))
        return ContactField::LastName;
    if (column.contains(QLatin1String("name")))
        return ContactField::Name;
    return ContactField::Ignore;
}

ImportFormat formatOf(const QStringList &c)
{
    auto has = [&c](const char *name) {
        return c.contains(QLatin1String(name));
    };
    if (has("e-mail 1 - label"))
        return ImportFormat::GoogleCsv;
    if (has("e-mail 1 - type") || (has("given name") && has("e-mail 1 - value")))
        return ImportFormat::GoogleCsvLegacy;
    if (has("email address") && has("connected on"))
        return ImportFormat::LinkedIn;
    if (has("e-mail address") && (has("e-mail 2 address") || has("e-mail display name")))
        return ImportFormat::Outlook;
    if (has("vorname") && has("nachname") && has("e-mail-adresse"))
        return ImportFormat::OutlookGerman;
    if (has("primary email") && has("display name"))
        return ImportFormat::Thunderbird;
    if (c.contains(QStringLiteral("primäre e-mail-adresse")))
        return ImportFormat::ThunderbirdGerman;
    return ImportFormat::GenericCsv;
}

}

namespace HeaderFormats {

Recognition recognize(const QStringList &columns)
{
    QStringList names;
    names.reserve(columns.size());
    for (const QString &c : columns)
        names.append(normalized(c));
    Recognition r;
    r.format = formatOf(names);
    bool exactName = false;
    for (const QString &name : names) {
        const ContactField f = exactField(name);
        exactName = exactName || f == ContactField::Name || f == ContactField::FirstName || f == ContactField::LastName;
        r.mapping.append(f);
    }
    r.certain = r.known() || r.mapping.contains(ContactField::Email);
    if (r.known())
        return r;
    // A guess never overrides a name column the header spells out: "Nickname"
    // or "Manager's Name" are not the contact's name.
    bool guessedName = false;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (r.mapping[i] != ContactField::Ignore)
            continue;
        const ContactField f = guessedField(names[i]);
        const bool nameLike = f == ContactField::Name || f == ContactField::FirstName || f == ContactField::LastName;
        if (nameLike && (exactName || guessedName))
            continue;
        guessedName = guessedName || f == ContactField::Name;
        r.mapping[i] = f;
    }
    return r;
}

bool hasName(const QList<ContactField> &mapping)
{
    for (ContactField f : mapping) {
        if (f == ContactField::Name || f == ContactField::FirstName || f == ContactField::LastName)
            return true;
    }
    return false;
}

bool isUsable(const QList<ContactField> &mapping)
{
    for (ContactField f : mapping) {
        if (f == ContactField::Email || f == ContactField::Name || f == ContactField::FirstName
            || f == ContactField::LastName)
            return true;
    }
    return false;
}

QString signature(const QStringList &columns)
{
    QStringList names;
    for (const QString &c : columns)
        names.append(normalized(c));
    const QByteArray digest = QCryptographicHash::hash(names.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.toHex().left(16));
}

}
