#pragma once

#include "team/teamadmin.h"

#include <QCoreApplication>
#include <QStringList>

struct ImportedContact;
struct ImportHead;

// An organisation's people from an address-book export (CSV, vCard or
// LDIF, read by the app's own reader), for `mynetwork-admin
// import-members`: each person's profile and photo, every row checked
// before anything changes. A row without a name or an address, with an
// address that is no address, a field past its limit, bytes that are not
// text or a photo that is no picture makes a problem naming the file, the
// line and the field; the batch and the store are TeamAdmin's to check.
class MemberFile final
{
    Q_DECLARE_TR_FUNCTIONS(MemberFile)
public:
    // Problems beyond this many are counted, not listed.
    static constexpr int kMaxProblems = 100;

    struct Result
    {
        QList<TeamAdmin::NewMember> people;
        QStringList problems; // any: nothing may be added
        QStringList warnings; // told, not in the way
        bool ok() const { return problems.isEmpty(); }
    };

    static Result read(const QString &path);

private:
    static bool checkHead(const ImportHead &head, Result *result);
    static void take(const QString &path, ImportedContact &&contact, Result *result);
    static bool takePhoto(const QString &path, const ImportedContact &contact, TeamAdmin::NewMember *person,
                          Result *result);
    static void problem(Result *result, const QString &text);
};
