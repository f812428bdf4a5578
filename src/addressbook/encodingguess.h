#pragma once

#include "addressbook/importtypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// What a file's text is written in, when no byte-order mark says so.
struct EncodingChoice
{
    ImportEncoding encoding = ImportEncoding::Utf8;
    QByteArray codec; // the QStringDecoder name, for ImportEncoding::Other
    // False when the bytes fit several encodings: the person should look.
    bool certain = true;
};

namespace EncodingGuess {

// Decides from value bytes (unfolded, quoted-printable decoded): ASCII and
// valid UTF-8 are UTF-8; text that reads as Western words in Windows-1252
// is that; anything else gets the candidate whose decoding reads most like
// words of one script, marked uncertain.
EncodingChoice guess(QByteArrayView bytes);

// The encodings a person may choose, as QStringDecoder names, common first.
QList<QByteArray> choices();
// A choice by its name (as `--encoding` or the dialog give it); false when
// no decoder knows the name.
bool fromName(const QByteArray &name, EncodingChoice *choice);

// How many characters read as letters, and how many read as nonsense
// (a symbol inside a word, a lower-case letter before an upper-case one,
// two scripts in one word, a control character): for tests and the guess.
struct Shape
{
    int nonAscii = 0;
    int letters = 0;
    int odd = 0;
};
Shape shapeOf(QStringView text);

}
