#include "addressbook/encodingguess.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace {

// Tried in this order; the first of equal scores wins, so the encoding of
// the larger population of writers comes first within each family.
const char *const kCandidates[] = {
    "windows-1250", "ISO-8859-2", "windows-1251", "KOI8-R", "windows-1253", "ISO-8859-7", "windows-1254",
    "windows-1257", "Shift_JIS",  "GB18030",      "Big5",   "EUC-KR",       "EUC-JP",
};

bool isQuoteLike(char16_t c)
{
    switch (c) {
    case u'\u2019':
    case u'\u2018':
    case u'\u00B7':
    case u'\u00AB':
    case u'\u00BB':
    case u'\u201E':
    case u'\u201C':
    case u'\u201D':
    case u'\u201A':
    case u'\u2039':
    case u'\u203A':
        return true;
    default:
        return false;
    }
}

// Scripts that one word mixes in real text count as one.
QChar::Script family(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return QChar::Script_Han;
    default:
        return c.script();
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.unicode() >= 0x80;
}

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c.unicode() == 0xA0;
}

int scoreOf(const EncodingGuess::Shape &s)
{
    return s.letters - 3 * s.odd;
}

// Characters outside the everyday part of a multi-byte code page: what a
// decoding yields when it reads another code page's bytes. EUC-JP and
// GB2312 share their byte ranges; kana tell Japanese apart.
int rareCount(const QByteArray &codec, QStringView text, QByteArrayView bytes)
{
    int rare = 0;
    if (codec == "GB18030") {
        // Korean's syllables sit in the lead bytes 0xB0–0xC8, Chinese text
        // spreads over 0xB0–0xF7: a file that never leaves Korean's rows
        // is more likely EUC-KR, whose decoding otherwise ties with this one.
        int pairs = 0, highLeads = 0;
        for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
            const uchar lead = uchar(bytes[i]);
            if (lead >= 0xA1 && uchar(bytes[i + 1]) >= 0xA1) {
                ++pairs;
                highLeads += lead > 0xC8;
                ++i;
            }
        }
        if (pairs >= 4 && highLeads == 0)
            rare += pairs / 2;
        QStringEncoder gb2312("GB2312", QStringConverter::Flag::Stateless);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.unicode() < 0x80 || c.isSurrogate())
                continue;
            if (c.script() == QChar::Script_Hiragana || c.script() == QChar::Script_Katakana) {
                ++rare;
                continue;
            }
            const QByteArray encoded = gb2312.encode(text.sliced(i, 1));
            if (gb2312.hasError() || encoded.contains('?')) {
                ++rare;
                gb2312.resetState();
            }
        }
    } else if (codec == "Shift_JIS" || codec == "EUC-JP") {
        for (const QChar c : text)
            rare += c.unicode() >= 0xFF61 && c.unicode() <= 0xFF9F; // half-width katakana
    } else if (codec == "EUC-KR") {
        for (const QChar c : text)
            rare += c.script() == QChar::Script_Han; // Hanja in Korean names are rare
    }
    return rare;
}

}

namespace EncodingGuess {

Shape shapeOf(QStringView text)
{
    Shape s;
    int latinRun = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u < 0x80) {
            latinRun = 0;
            continue;
        }
        ++s.nonAscii;
        const QChar prev = i > 0 ? text.at(i - 1) : QChar(u' ');
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar(u' ');
        if (c.isSurrogate()) {
            ++s.letters; // astral letters and emoji: no evidence either way
            continue;
        }
        const QChar::Category cat = c.category();
        if (u == 0xFFFD || cat == QChar::Other_Control || cat == QChar::Other_PrivateUse
            || cat == QChar::Other_NotAssigned) {
            s.odd += 2;
            latinRun = 0;
            continue;
        }
        if (c.isLetter() || c.isMark()) {
            ++s.letters;
            if (prev.isLetter() && prev.isLower() && c.isUpper())
                ++s.odd;
            if (prev.isLetter() && prev.script() != QChar::Script_Common && c.script() != QChar::Script_Common
                && family(prev) != family(c))
                ++s.odd;
            // Western words hold one or two accented letters in a row; three
            // is another alphabet read through a Latin code page.
            latinRun = c.script() == QChar::Script_Latin ? latinRun + 1 : 0;
            if (latinRun == 3)
                ++s.odd;
            continue;
        }
        latinRun = 0;
        if (isSpaceLike(c) || isQuoteLike(u))
            continue;
        // A symbol touching a word, or two symbols in a row (a dash, a
        // fraction, a superscript where a letter should be).
        const bool touchesWord = (isWordChar(prev) && !isSpaceLike(prev)) || (isWordChar(next) && !isSpaceLike(next));
        const bool besideSymbol = prev.unicode() >= 0x80 && !prev.isLetter() && !isSpaceLike(prev);
        if ((touchesWord && !(prev.isDigit() || next.isDigit())) || besideSymbol)
            ++s.odd;
    }
    return s;
}

EncodingChoice guess(QByteArrayView bytes)
{
    bool ascii = true;
    for (const char c : bytes) {
        if (uchar(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    if (ascii)
        return {};
    const QString asUtf8 = utf8.decode(bytes);
    if (!utf8.hasError())
        return {};
    QStringDecoder western("windows-1252", QStringConverter::Flag::Stateless);
    const QString asWestern = western.decode(bytes);
    const Shape westernShape = shapeOf(asWestern);
    // A stray odd character in a long Western file is no reason to doubt it.
    if (westernShape.odd * 25 <= westernShape.nonAscii)
        return {ImportEncoding::Windows1252, {}, true};

    EncodingChoice best{ImportEncoding::Windows1252, {}, false};
    int bestScore = scoreOf(westernShape);
    for (const char *name : kCandidates) {
        QStringDecoder decoder(name, QStringConverter::Flag::Stateless);
        if (!decoder.isValid())
            continue;
        const QString text = decoder.decode(bytes);
        if (decoder.hasError())
            continue;
        Shape shape = shapeOf(text);
        shape.odd += rareCount(name, text, bytes);
        if (const int score = scoreOf(shape); score > bestScore) {
            bestScore = score;
            best = {ImportEncoding::Other, name, false};
        }
    }
    return best;
}

QList<QByteArray> choices()
{
    QList<QByteArray> names{"UTF-8", "windows-1252", "ISO-8859-1", "ISO-8859-15", "macintosh"};
    for (const char *name : kCandidates)
        names.append(name);
    names += {"ISO-8859-5",   "KOI8-U",  "IBM866",      "windows-1255", "windows-1256",
              "windows-1258", "TIS-620", "ISO-2022-JP", "GBK",          "Big5-HKSCS"};
    QList<QByteArray> usable;
    for (const QByteArray &name : std::as_const(names)) {
        if (QStringDecoder(name.constData()).isValid())
            usable.append(name);
    }
    return usable;
}

bool fromName(const QByteArray &name, EncodingChoice *choice)
{
    const QByteArray lower = name.trimmed().toLower();
    if (lower == "utf-8" || lower == "utf8") {
        *choice = {ImportEncoding::Utf8, {}, true};
        return true;
    }
    if (lower == "windows-1252" || lower == "cp1252") {
        *choice = {ImportEncoding::Windows1252, {}, true};
        return true;
    }
    QStringDecoder decoder(name.trimmed().constData());
    if (!decoder.isValid())
        return false;
    // UTF-16 and UTF-32 are told by their zero bytes; byte-wise parsing needs ASCII-compatible text.
    if (lower.startsWith("utf-16") || lower.startsWith("utf-32") || lower.startsWith("utf16")
        || lower.startsWith("utf32"))
        return false;
    *choice = {ImportEncoding::Other, name.trimmed(), true};
    return true;
}

}
