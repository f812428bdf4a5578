#pragma once

#include "addressbook/importtypes.h"

#include <QByteArray>
#include <QList>

class QRandomGenerator;

// Writers of the address-book formats the importer reads, for round-trip
// tests and generated benchmark files: what a phone, a mail client or a
// directory writes, down to the folding of long lines.
namespace ContactWriters {

struct VCardStyle
{
    QByteArray version = "3.0"; // 2.1, 3.0 or 4.0
    QByteArray lineEnd = "\r\n";
    QByteArray charset; // empty: UTF-8, no CHARSET parameter
    bool writeCharset = false; // CHARSET= on each text property
    bool quotedPrintable = false; // 2.1: non-ASCII text as quoted-printable
    // Fold each line into pieces of 1..foldAt bytes at random positions,
    // through multi-byte characters as byte-counting writers do; 0: never.
    int foldAt = 0;
    // Instead: pieces of at most foldAt bytes ending on whole characters,
    // as RFC 6350 asks and most writers do.
    bool foldOnCharacters = false;
    QByteArray photo; // bytes of a PHOTO, written base64 and folded
};

QByteArray vCard(const ImportedContact &c, const VCardStyle &style, QRandomGenerator *rng);

struct LdifStyle
{
    QByteArray lineEnd = "\n";
    int foldAt = 0; // as for vCard: random pieces of 1..foldAt bytes
};

// A Thunderbird record: cn, givenName/sn, mail, mozillaSecondEmail,
// telephoneNumber, o; base64 ("::") where the value is not plain ASCII.
QByteArray ldif(const ImportedContact &c, const LdifStyle &style, QRandomGenerator *rng);

// Splits a logical line into physical ones as the style folds them; with
// no generator, into pieces as long as possible without splitting a
// UTF-8 character.
QByteArray fold(const QByteArray &line, int foldAt, const QByteArray &lineEnd, QRandomGenerator *rng);

}
