#pragma once

#include "addressbook/contactreader.h"

class Store;

// A user's column mapping, remembered per header signature in the store's
// settings, so the same kind of file maps itself the next time.
namespace ImportMappings {

// Empty when none is remembered or the header has a different width.
QList<ContactField> load(const Store &store, const QString &signature, qsizetype columns);
bool save(const Store &store, const QString &signature, const QList<ContactField> &mapping, QString *error);
// For a header that needs mapping: the user's earlier mapping of it, if any.
void applyRemembered(const Store &store, ImportHead *head);

}
