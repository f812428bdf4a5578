#include "memberimport.h"

#include "import/memberfile.h"
#include "team/teamadmin.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

// The messages share the admin tool's context.
struct Admin
{
    Q_DECLARE_TR_FUNCTIONS(Admin)
};

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

// Created new (never over an existing file) with mode 0600 from the start:
// there is no moment in which another login could read it.
bool writePasswords(const QString &path, const QList<TeamAdmin::NewMember> &people, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = Admin::tr("%1 cannot be created: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    QString text = QStringLiteral("line,login,password,name,email\n");
    for (const TeamAdmin::NewMember &p : people)
        text += QStringLiteral("%1,%2,%3,%4,%5\n")
                    .arg(p.line)
                    .arg(p.login, p.password, csvField(p.member.name), csvField(p.member.email));
    const QByteArray bytes = text.toUtf8();
    bool ok = ::write(fd, bytes.constData(), size_t(bytes.size())) == ssize_t(bytes.size()) && ::fsync(fd) == 0;
    if (!ok)
        *error = Admin::tr("%1 cannot be written: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    ok = ::close(fd) == 0 && ok;
    if (!ok)
        QFile::remove(path);
    return ok;
}

void report(const QStringList &lines, QTextStream &stream)
{
    for (const QString &line : lines)
        stream << line << Qt::endl;
}

void listPeople(const QList<TeamAdmin::NewMember> &people, QTextStream &out)
{
    for (const TeamAdmin::NewMember &p : people)
        out << p.line << '\t' << (p.id ? QString::number(p.id) : QStringLiteral("-")) << '\t' << p.login << '\t'
            << p.member.name << '\t' << p.member.email << '\n';
}

}

int importMembers(TeamAdmin &admin, const MemberImportRequest &request, QTextStream &out, QTextStream &err)
{
    if (!request.check && QFileInfo::exists(request.passwords)) {
        err << Admin::tr("%1 exists already; name a new file for the passwords.").arg(request.passwords) << Qt::endl;
        return 1;
    }
    MemberFile::Result read = MemberFile::read(request.file);
    report(read.warnings, err);
    if (read.ok())
        admin.prepareMembers(&read.people, &read.problems);
    if (!read.ok()) {
        report(read.problems, err);
        err << Admin::tr("Nothing was changed.") << Qt::endl;
        return 1;
    }
    if (request.check) {
        listPeople(read.people, out);
        out << Admin::tr("%1 people can be added; nothing was changed (--check).").arg(read.people.size()) << Qt::endl;
        return 0;
    }
    QString error;
    if (!writePasswords(request.passwords, read.people, &error)) {
        err << error << Qt::endl << Admin::tr("Nothing was changed.") << Qt::endl;
        return 1;
    }
    if (!admin.addMembers(&read.people, &error)) {
        QFile::remove(request.passwords);
        err << error << Qt::endl << Admin::tr("Nothing was changed.") << Qt::endl;
        return 1;
    }
    listPeople(read.people, out);
    out << Admin::tr("Added %1 members from %2; their passwords are in %3, which only you can read.")
               .arg(read.people.size())
               .arg(request.file, request.passwords)
        << Qt::endl;
    return 0;
}
