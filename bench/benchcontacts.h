#pragma once

#include <QString>

// A Google Contacts export (current form) as the import benchmarks read
// it: half the contacts are members of the store, half are not; quoted
// notes with commas, quotes and line breaks; some rows with two addresses.
namespace BenchContacts {

struct File
{
    QString path;
    qint64 bytes = 0;
    int contacts = 0;
};

// Writes (or reuses) the file for the store's members in the bench folder.
File googleCsv(const QString &storePath, int contacts);

}
