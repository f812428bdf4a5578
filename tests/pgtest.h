#pragma once

#include "pgserver.h"

#include <QTest>

// Starts `server`, or ends the test case: skipped only where PostgreSQL is
// not installed and no CI run requires it, failed otherwise, so a suite
// cannot lose its PostgreSQL half without a red line.
#define PG_START_OR_SKIP(server)                                                                                       \
    do {                                                                                                               \
        if (!(server).start()) {                                                                                       \
            if ((server).installed() || PgServer::required())                                                          \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL did not start: ") + (server).whyNot()));                   \
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL here: ") + (server).whyNot()));                             \
        }                                                                                                              \
    } while (false)
