#pragma once

#include <QString>

class QTextStream;
class TeamAdmin;

// `mynetwork-admin import-members FILE --passwords OUT [--check]`.
struct MemberImportRequest
{
    QString file;
    QString passwords; // written before anything is added; only its owner can read it
    bool check = false; // read and check, change nothing
};

// 0 when everyone was added (or, with --check, could be); 1 after a
// message naming every problem, with nothing changed.
int importMembers(TeamAdmin &admin, const MemberImportRequest &request, QTextStream &out, QTextStream &err);
