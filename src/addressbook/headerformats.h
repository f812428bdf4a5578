#pragma once

#include "addressbook/importtypes.h"

// Recognises the header rows of known address-book exports and guesses a
// mapping for any other header.
namespace HeaderFormats {

struct Recognition
{
    ImportFormat format = ImportFormat::GenericCsv;
    QList<ContactField> mapping; // one per column
    // The header names its address column in words we know: no need to
    // ask the user, even if it is no export we recognise.
    bool certain = false;
    bool known() const { return format != ImportFormat::GenericCsv; }
};

Recognition recognize(const QStringList &columns);
// True when a mapping can yield contacts: an address or a name column.
bool isUsable(const QList<ContactField> &mapping);
// True when a column holds a name (whole, first or last).
bool hasName(const QList<ContactField> &mapping);
// Identifies a header independent of case and spacing, for remembering a
// user's mapping of it.
QString signature(const QStringList &columns);

}
