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
};
