#include "addressbook/importtypes.h"

#include <QFileInfo>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportText)
};
}

QString ImportProblem::toString() const
{
    const QString where = QFileInfo(file).fileName();
    if (line > 0 && !field.isEmpty())
        return Tr::tr("%1, line %2, field “%3”: %4").arg(where).arg(line).arg(field, message);
    if (line > 0)
        return Tr::tr("%1, line %2: %3").arg(where).arg(line).arg(message);
    return Tr::tr("%1: %2").arg(where, message);
}

namespace ImportText {

QString formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::GoogleCsv:
        return Tr::tr("Google Contacts CSV");
    case ImportFormat::GoogleCsvLegacy:
        return Tr::tr("Google Contacts CSV (older form)");
    case ImportFormat::Outlook:
        return Tr::tr("Outlook CSV");
    case ImportFormat::OutlookGerman:
        return Tr::tr("Outlook CSV (German)");
    case ImportFormat::Thunderbird:
        return Tr::tr("Thunderbird CSV");
    case ImportFormat::ThunderbirdGerman:
        return Tr::tr("Thunderbird CSV (German)");
    case ImportFormat::LinkedIn:
        return Tr::tr("LinkedIn Connections.csv");
    case ImportFormat::GenericCsv:
        return Tr::tr("CSV with its own header");
    case ImportFormat::VCard:
        return Tr::tr("vCard");
    case ImportFormat::Ldif:
        return Tr::tr("LDIF");
    }
    return {};
}

QString encodingName(ImportEncoding encoding, const QByteArray &codec)
{
    switch (encoding) {
    case ImportEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case ImportEncoding::Utf8Bom:
        return Tr::tr("UTF-8 with BOM");
    case ImportEncoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case ImportEncoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case ImportEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case ImportEncoding::Other:
        return QString::fromLatin1(codec);
    }
    return {};
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return Tr::tr("comma");
    case ';':
        return Tr::tr("semicolon");
    case '\t':
        return Tr::tr("tab");
    default:
        return {};
    }
}

QString fieldName(ContactField field)
{
    switch (field) {
    case ContactField::Ignore:
        return Tr::tr("(ignore)", "import column");
    case ContactField::Name:
        return Tr::tr("Full name");
    case ContactField::FirstName:
        return Tr::tr("First name");
    case ContactField::MiddleName:
        return Tr::tr("Middle name");
    case ContactField::LastName:
        return Tr::tr("Last name");
    case ContactField::Email:
        return Tr::tr("Email");
    case ContactField::Phone:
        return Tr::tr("Phone");
    case ContactField::Company:
        return Tr::tr("Company");
    case ContactField::Headline:
        return Tr::tr("Headline");
    case ContactField::School:
        return Tr::tr("School");
    case ContactField::Location:
        return Tr::tr("Location");
    }
    return {};
}

QString fieldKey(ContactField field)
{
    static const char *const keys[] = {"ignore", "name",    "first",    "middle", "last",    "email",
                                       "phone",  "company", "headline", "school", "location"};
    return QLatin1String(keys[int(field)]);
}

ContactField fieldFromKey(const QString &key)
{
    for (int i = 0; i <= int(kLastContactField); ++i) {
        if (fieldKey(ContactField(i)) == key)
            return ContactField(i);
    }
    return ContactField::Ignore;
}

}
