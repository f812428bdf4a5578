#pragma once

#include "base/types.h"

#include <QString>

class QSqlQuery;

// Members and invitations as rows: the columns to select and what a row of
// them reads as. One place, for the network, the lists and the service.
namespace Rows {

QString memberColumns();
Member member(const QSqlQuery &q);
QString invitationColumns();
Invitation invitation(const QSqlQuery &q);

}
