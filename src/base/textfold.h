#pragma once

#include <QString>

// Search that ignores case and accents (R19): "muller" finds Müller,
// "bjorn" finds Björn. On a SQLite store the app writes each member's key;
// a team store computes its own with mynetwork.fold() (team/sql/rules.sql),
// and folds the searched text with the same function, so each store
// compares like with like.
namespace TextFold {

// Lower case, accents and other marks dropped, ß as ss, æ as ae, œ as oe,
// ø as o, ł as l, đ as d.
QString fold(const QString &text);
// What a member is found by: name, headline and company, folded, one per
// line (a search never spans two of them).
QString searchKey(const QString &name, const QString &headline, const QString &company);

}
