#include "import/memberfile.h"

#include "addressbook/contactreader.h"
#include "base/email.h"
#include "base/textlimits.h"
#include "import/photoimage.h"

namespace {

QString where(const QString &path, int line, ContactField field, const QString &message)
{
    return ImportProblem{path, line, ImportText::fieldName(field), message}.toString();
}

}

void MemberFile::problem(Result *result, const QString &text)
{
    if (result->problems.size() < kMaxProblems)
        result->problems.append(text);
    else if (result->problems.size() == kMaxProblems)
        result->problems.append(tr("… and more problems after these."));
}

// A member needs a name and an address: a file whose columns say neither
// cannot be read without asking, and the command line does not ask.
bool MemberFile::checkHead(const ImportHead &head, Result *result)
{
    if (!head.isCsv())
        return true;
    const bool names = head.mapping.contains(ContactField::Name) || head.mapping.contains(ContactField::FirstName)
        || head.mapping.contains(ContactField::LastName);
    const bool addresses = head.mapping.contains(ContactField::Email);
    if (names && addresses)
        return true;
    const QString columns = head.columns.join(QLatin1String(", "));
    problem(result,
            ImportProblem{head.path,
                          head.headerLine,
                          {},
                          names ? tr("no column holds e-mail addresses (the columns are: %1)").arg(columns)
                                : tr("no column holds names (the columns are: %1)").arg(columns)}
                .toString());
    return false;
}

MemberFile::Result MemberFile::read(const QString &path)
{
    Result result;
    ImportHead head;
    head.details = true;
    ImportProblem error;
    if (!ContactReader::inspect(path, &head, &error)) {
        problem(&result, error.toString());
        return result;
    }
    if (!checkHead(head, &result))
        return result;
    const ImportReadResult read = ContactReader::read(head,
                                                      [&](ImportedContact &&c) { take(path, std::move(c), &result); });
    if (!read.ok) {
        result.people.clear();
        problem(&result, read.error.toString());
    }
    // A replaced byte or a field left out would change a person: refused.
    for (const ImportProblem &p : read.warnings)
        problem(&result, p.toString());
    if (!head.encodingCertain)
        result.warnings.append(
            tr("%1: the encoding was guessed as %2.").arg(path, ImportText::encodingName(read.encoding, read.codec)));
    return result;
}

void MemberFile::take(const QString &path, ImportedContact &&c, Result *result)
{
    TeamAdmin::NewMember person;
    person.line = c.line;
    Member &m = person.member;
    m.name = c.name.trimmed();
    m.email = c.emails.value(0).trimmed();
    m.phone = c.phone;
    m.company = c.company;
    if (c.details) {
        m.headline = c.details->headline;
        m.school = c.details->school;
        m.location = c.details->location;
    }
    bool ok = true;
    if (m.name.isEmpty()) {
        problem(result, where(path, c.line, ContactField::Name, tr("no name")));
        ok = false;
    }
    if (m.email.isEmpty() || !Email::isValid(m.email)) {
        problem(
            result,
            where(path, c.line, ContactField::Email,
                  m.email.isEmpty() ? tr("no e-mail address") : tr("“%1” is not a valid e-mail address").arg(m.email)));
        ok = false;
    }
    if (c.emails.size() > 1)
        result->warnings.append(where(path, c.line, ContactField::Email,
                                      tr("%1 becomes the login's address; also given: %2")
                                          .arg(m.email, c.emails.mid(1).join(QLatin1String(", ")))));
    if (takePhoto(path, c, &person, result) && ok)
        result->people.append(std::move(person));
}

bool MemberFile::takePhoto(const QString &path, const ImportedContact &c, TeamAdmin::NewMember *person, Result *result)
{
    if (!c.details)
        return true;
    if (c.details->photoIsLink) {
        result->warnings.append(
            where(path, c.line, ContactField::Ignore,
                  tr("the photo is a link, which is not fetched: %1 starts with initials").arg(person->member.name)));
        return true;
    }
    if (c.details->photo.isEmpty())
        return true;
    QString error;
    const QImage image = PhotoImage::fromBytes(c.details->photo, tr("the photo"), &error);
    if (image.isNull()) {
        problem(result, where(path, c.line, ContactField::Ignore, error));
        return false;
    }
    const PhotoImage::Encoded encoded = PhotoImage::encode(image, PhotoImage::centredSquare(image.size()));
    person->photoSmall = encoded.small;
    person->photoLarge = encoded.large;
    return true;
}
