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

// A vCard 3.0 address book as phones and Apple Contacts write it: lines
// folded at 75 bytes on whole characters, one or two
// addresses, a phone, a company, and a JPEG-sized photo in every tenth card.
File vCards(int contacts);

}
