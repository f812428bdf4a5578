#pragma once

#include "addressbook/importtypes.h"

#include <QList>
#include <QStringList>

// What the values of a CSV's columns say where its header does not: a
// column of addresses, a column of people's names, a first line that is
// already a contact.
namespace ColumnGuess {

// "Laura Lange", "van der Berg, Jan", "JANA ÖZTÜRK": two to five words,
// each a capital's word or a name particle, no digits, no address.
bool looksLikePersonName(const QString &value);
// The first line is a contact, not a header: one of its cells is an address.
bool isDataRow(const QStringList &cells);
// Maps unnamed (Ignore) columns from their sample rows: addresses to
// Email, and one column of names to Name when no column holds a name yet.
// True when it guessed a name: the person is then asked to confirm.
bool fromValues(const QList<QStringList> &samples, QList<ContactField> *mapping);

}
