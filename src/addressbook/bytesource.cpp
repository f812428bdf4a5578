#include "addressbook/bytesource.h"

#include "base/heldfiles.h"

#include <cstring>

bool ByteSource::open(const QString &path, ImportProblem *problem)
{
    // Opening it here and closing it after reading would cost the store its
    // locks (see HeldFiles); it is no address book anyway.
    if (HeldFiles::isHeld(path)) {
        *problem = {path, 0, {}, tr("is the database My Network is using, not an address book")};
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *problem = {path, 0, {}, tr("cannot be read (%1)").arg(m_file.errorString())};
        return false;
    }
    m_size = m_file.size();
    char bom[3] = {0, 0, 0};
    const qint64 got = m_file.peek(bom, 3);
    if (got >= 3 && uchar(bom[0]) == 0xEF && uchar(bom[1]) == 0xBB && uchar(bom[2]) == 0xBF) {
        m_bom = ImportEncoding::Utf8Bom;
        m_file.skip(3);
    } else if (got >= 2 && uchar(bom[0]) == 0xFF && uchar(bom[1]) == 0xFE) {
        m_bom = ImportEncoding::Utf16LE;
        m_file.skip(2);
        m_utf16 = QStringDecoder(QStringConverter::Utf16LE);
    } else if (got >= 2 && uchar(bom[0]) == 0xFE && uchar(bom[1]) == 0xFF) {
        m_bom = ImportEncoding::Utf16BE;
        m_file.skip(2);
        m_utf16 = QStringDecoder(QStringConverter::Utf16BE);
    } else if (const ImportEncoding sniffed = sniffUtf16(m_file.peek(kSniffUtf16)); sniffed != ImportEncoding::Utf8) {
        m_bom = sniffed;
        m_utf16 = QStringDecoder(sniffed == ImportEncoding::Utf16LE ? QStringConverter::Utf16LE
                                                                    : QStringConverter::Utf16BE);
    }
    return true;
}

ImportEncoding ByteSource::sniffUtf16(const QByteArray &start)
{
    // UTF-16 without a byte-order mark: text in a Latin script has a zero
    // in every other byte (the high byte), on the odd positions for little
    // endian and the even ones for big endian. Other text has almost none.
    const qsizetype pairs = start.size() / 2;
    if (pairs < 8)
        return ImportEncoding::Utf8;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i + 1 < start.size(); i += 2) {
        evenZeros += start.at(i) == '\0';
        oddZeros += start.at(i + 1) == '\0';
    }
    const auto most = [pairs](qsizetype zeros) {
        return zeros * 10 >= pairs * 6;
    };
    const auto few = [pairs](qsizetype zeros) {
        return zeros * 20 <= pairs;
    };
    if (most(oddZeros) && few(evenZeros))
        return ImportEncoding::Utf16LE;
    if (most(evenZeros) && few(oddZeros))
        return ImportEncoding::Utf16BE;
    return ImportEncoding::Utf8;
}

bool ByteSource::readChunk(QByteArray &buffer)
{
    if (m_file.atEnd())
        return false;
    if (m_bom != ImportEncoding::Utf16LE && m_bom != ImportEncoding::Utf16BE) {
        const qsizetype old = buffer.size();
        buffer.resize(old + kChunk);
        const qint64 got = m_file.read(buffer.data() + old, kChunk);
        buffer.resize(old + qMax<qint64>(got, 0));
        return got > 0;
    }
    m_raw.resize(kChunk);
    const qint64 got = m_file.read(m_raw.data(), kChunk);
    if (got <= 0)
        return false;
    // The decoder keeps a split code unit or surrogate for the next chunk.
    buffer.append(QString(m_utf16.decode(QByteArrayView(m_raw.constData(), got))).toUtf8());
    return true;
}

bool ByteSource::atEnd() const
{
    return m_file.atEnd();
}

FieldDecoder::FieldDecoder(Mode mode, const QByteArray &codec)
    : m_mode(mode)
    , m_codec(codec)
    , m_windows1252("windows-1252", QStringConverter::Flag::Stateless)
{
    if (m_mode == Mode::Named) {
        m_named = QStringDecoder(codec.constData(), QStringConverter::Flag::Stateless);
        if (!m_named.isValid())
            m_mode = Mode::Windows1252;
    }
}

bool FieldDecoder::isValidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    const uchar *end = p + size;
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra;
        uint min;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        uint cp = c & (0x3F >> extra);
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

bool FieldDecoder::isAscii(const char *data, qsizetype size)
{
    // Eight bytes at a time: almost every field of an export is ASCII.
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; i < size; ++i) {
        if (uchar(data[i]) >= 0x80)
            return false;
    }
    return true;
}

QString FieldDecoder::decode(const char *data, qsizetype size, bool *invalid)
{
    if (m_mode == Mode::Windows1252)
        return m_windows1252.decode(QByteArrayView(data, size));
    if (m_mode == Mode::Named)
        return m_named.decode(QByteArrayView(data, size));
    if (isAscii(data, size))
        return QString::fromLatin1(data, size);
    const bool valid = isValidUtf8(data, size);
    if (m_mode == Mode::Undecided) {
        m_mode = valid ? Mode::Utf8 : Mode::Windows1252;
        if (!valid)
            return m_windows1252.decode(QByteArrayView(data, size));
    }
    if (!valid && invalid)
        *invalid = true;
    return QString::fromUtf8(data, size);
}

ImportEncoding FieldDecoder::encoding(ImportEncoding bom) const
{
    if (bom != ImportEncoding::Utf8)
        return bom;
    switch (m_mode) {
    case Mode::Windows1252:
        return ImportEncoding::Windows1252;
    case Mode::Named:
        return ImportEncoding::Other;
    case Mode::Undecided:
    case Mode::Utf8:
        break;
    }
    return ImportEncoding::Utf8;
}
