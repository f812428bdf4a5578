#pragma once

#include "addressbook/importtypes.h"

#include <QByteArray>
#include <QFile>
#include <QStringDecoder>

// Reads a file in chunks and hands out bytes the parsers can split on ASCII
// delimiters: UTF-8 (a BOM dropped), 8-bit text as it is, and UTF-16 with
// a BOM transcoded to UTF-8 on the way. Memory stays at one chunk.
class ByteSource final
{
    Q_DECLARE_TR_FUNCTIONS(ByteSource)
    Q_DISABLE_COPY_MOVE(ByteSource)
public:
    static constexpr qint64 kChunk = 256 * 1024;

    ByteSource() = default;
    // Opens and reads the byte-order mark; false with a problem on failure.
    bool open(const QString &path, ImportProblem *problem);

    // Appends the next chunk to `buffer`; false when the file is at its end.
    bool readChunk(QByteArray &buffer);
    bool atEnd() const;
    QString path() const { return m_file.fileName(); }
    // The encoding a BOM announced; Utf8 when there was none.
    // The byte-order mark found, or the UTF-16 recognised without one.
    ImportEncoding bomEncoding() const { return m_bom; }
    static ImportEncoding sniffUtf16(const QByteArray &start);
    bool hasBom() const { return m_bom != ImportEncoding::Utf8; }
    qint64 size() const { return m_size; }
    qint64 position() const { return m_file.pos(); }

private:
    QFile m_file;
    qint64 m_size = 0;
    static constexpr qint64 kSniffUtf16 = 512;
    ImportEncoding m_bom = ImportEncoding::Utf8;
    QStringDecoder m_utf16;
    QByteArray m_raw;
};

// Turns field bytes into text. Undecided, the first byte above ASCII
// decides: valid UTF-8 makes the file UTF-8, anything else Windows-1252
// (what a file whose first 64 KiB were ASCII gets). Named decodes with the
// codec inspect() guessed or the person chose.
class FieldDecoder final
{
public:
    enum class Mode { Undecided, Utf8, Windows1252, Named };

    explicit FieldDecoder(Mode mode = Mode::Undecided, const QByteArray &codec = {});
    // Sets *invalid when a UTF-8 file holds bytes that are not UTF-8.
    QString decode(const char *data, qsizetype size, bool *invalid = nullptr);
    QString decode(QByteArrayView bytes, bool *invalid = nullptr)
    {
        return decode(bytes.data(), bytes.size(), invalid);
    }
    Mode mode() const { return m_mode; }
    ImportEncoding encoding(ImportEncoding bom) const;
    QByteArray codec() const { return m_codec; }

    static bool isValidUtf8(const char *data, qsizetype size);
    static bool isAscii(const char *data, qsizetype size);

private:
    Mode m_mode;
    QByteArray m_codec;
    QStringDecoder m_windows1252;
    QStringDecoder m_named;
};
