#pragma once

#include "rules/network.h"

#include <QCoreApplication>

// The words for where a viewer stands with someone: the label of the one
// button a profile, a search result or a card shows.
class RelationText
{
    Q_DECLARE_TR_FUNCTIONS(RelationText)
public:
    static QString button(const Relation &relation);
    // Whether pressing that button does something (Connect, Accept).
    static bool actionable(const Relation &relation);
    // How far someone is from the viewer (R19): 1st for a connection, 2nd
    // with mutual connections, 3rd+ beyond; empty for oneself.
    static QString degree(const Relation &relation, int mutualCount);
};
