#pragma once

#include "addressbook/contactreader.h"

// What the values of a CSV's columns say where its header does not: a
// column of addresses, a column of people's names, a first line that is
// already a contact.
namespace ColumnGuess {

// "Laura Lange", "van der Berg, Jan", "JANA ÖZTÜRK": two to five words,
// each a capital's word or a name particle, no digits, no address.
bool looksLikePersonName(const QString &value);
// The first line is a contact, not a header: one of its cells is an address.
bool isDataRow(const QStringList &cells);
// Maps unnamed columns from their sample values: addresses to Email, and
// one column of names to Name when no column holds a name yet (then the
// person is asked to confirm the mapping).
void fromValues(ImportHead *head);

}
