#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSharedData>
#include <QString>
#include <QStringList>

// What a column of an address-book file can mean to the import.
enum class ContactField : int {
    Ignore = 0,
    Name,
    FirstName,
    MiddleName,
    LastName,
    Email,
    Phone,
    Company,
    // Read only for the member import (ImportHead::details): a contact
    // import keeps none of them.
    Headline,
    School,
    Location,
};
inline constexpr ContactField kLastContactField = ContactField::Location;

enum class ImportFormat : int {
    GoogleCsv, // "E-mail 1 - Label" (since 2020)
    GoogleCsvLegacy, // "E-mail 1 - Type"
    Outlook, // Outlook and Outlook.com, English headers
    OutlookGerman,
    Thunderbird,
    ThunderbirdGerman,
    LinkedIn,
    GenericCsv,
    VCard,
    Ldif,
};

enum class ImportEncoding : int {
    Utf8,
    Utf8Bom,
    Utf16LE,
    Utf16BE,
    Windows1252,
    Other, // named by a codec: Shift_JIS, KOI8-R, ISO-8859-2 …
};

// What an organisation's export says about a person beyond a contact: the
// profile of R19, read only when asked (ImportHead::details). Shared and
// null by default, so a 100,000-contact import pays a pointer for it.
struct ContactDetails : QSharedData
{
    QString headline;
    QString school;
    QString location;
    QByteArray photo; // the picture's bytes as the file holds them (vCard PHOTO, LDIF jpegPhoto)
    bool photoIsLink = false; // the file names a photo by URL: nothing is fetched
};

// A contact as the file has it, before it is matched against the network.
struct ImportedContact
{
    QString name;
    QStringList emails; // in file order, as written
    QString phone;
    QString company;
    int line = 0; // where its record starts, 1-based
    QSharedDataPointer<ContactDetails> details; // null: none read

    ContactDetails &editDetails()
    {
        if (!details)
            details = new ContactDetails;
        return *details;
    }
};

// A problem that names the file, the line and, where known, the field.
struct ImportProblem
{
    QString file;
    int line = 0;
    QString field;
    QString message;

    bool isNull() const { return message.isEmpty(); }
    QString toString() const;
};

namespace ImportText {
QString formatName(ImportFormat format);
QString encodingName(ImportEncoding encoding, const QByteArray &codec = {});
QString delimiterName(char delimiter);
QString fieldName(ContactField field);
// Stable keys for remembered mappings.
QString fieldKey(ContactField field);
ContactField fieldFromKey(const QString &key);
}
