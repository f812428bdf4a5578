#include "addressbook/contactreader.h"

#include "base/textlimits.h"

#include "addressbook/bytesource.h"
#include "addressbook/columnguess.h"
#include "addressbook/csvparser.h"
#include "addressbook/encodingguess.h"
#include "addressbook/headerformats.h"
#include "addressbook/ldifparser.h"
#include "addressbook/vcardparser.h"
#include "base/email.h"

#include <QVarLengthArray>

#include <string_view>

namespace {

constexpr qsizetype kSniffBytes = 64 * 1024;
constexpr int kSniffRecords = 30;

// True when the bytes hold NULs or many control characters: no address book.
bool looksBinary(const QByteArray &bytes)
{
    qsizetype controls = 0;
    for (const char c : bytes) {
        const uchar u = uchar(c);
        if (u == 0)
            return true;
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f')
            ++controls;
    }
    return controls * 100 > bytes.size();
}

// By content, not by the file's name: a "BEGIN:VCARD" line within the
// first few lines (some writers put a stray line or a comment before it).
bool looksLikeVCard(const QByteArray &bytes)
{
    constexpr int kLinesBefore = 3;
    const QList<QByteArray> lines = bytes.left(4096).split('\n');
    for (int i = 0; i < lines.size() && i <= kLinesBefore; ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.size() == 11 && qstrnicmp(line.constData(), 11, "BEGIN:VCARD", 11) == 0)
            return true;
    }
    return false;
}

struct DelimiterScore
{
    char delimiter = ',';
    int headerRecord = -1;
    int headerLine = 0;
    int columns = 0;
    int consistentRows = 0;
    ImportProblem error;
};

// Parses the start of the file with one delimiter: the header is the first
// record with two or more fields; rows of the same width count for it.
DelimiterScore scoreDelimiter(const QString &path, char delimiter)
{
    DelimiterScore score;
    score.delimiter = delimiter;
    ByteSource source;
    if (!source.open(path, &score.error))
        return score;
    CsvParser parser(source, delimiter);
    int firstNonBlank = -1;
    int firstNonBlankLine = 0;
    for (int record = 0; record < kSniffRecords; ++record) {
        const CsvParser::Status status = parser.next();
        if (status == CsvParser::Status::Error) {
            score.error = parser.problem();
            break;
        }
        if (status == CsvParser::Status::End || source.position() > kSniffBytes * 4)
            break;
        if (parser.isBlank())
            continue;
        if (firstNonBlank < 0) {
            firstNonBlank = record;
            firstNonBlankLine = parser.recordLine();
        }
        if (score.headerRecord < 0) {
            if (parser.fieldCount() >= 2 && record < 10) {
                score.headerRecord = record;
                score.headerLine = parser.recordLine();
                score.columns = parser.fieldCount();
            }
        } else if (parser.fieldCount() == score.columns) {
            ++score.consistentRows;
        }
    }
    if (score.headerRecord < 0 && firstNonBlank >= 0) { // one column only
        score.headerRecord = firstNonBlank;
        score.headerLine = firstNonBlankLine;
        score.columns = 1;
    }
    return score;
}

struct ContactBuilder
{
    const QList<ContactField> &mapping;
    FieldDecoder &decoder;
    const QStringList &columns;
    const QString &path;
    ImportReadResult &result;

    void warn(const ImportProblem &p)
    {
        if (result.warnings.size() < ContactReader::kMaxWarnings)
            result.warnings.append(p);
    }

    // Trims ASCII blanks on the bytes, so most fields decode without a copy.
    QString value(const CsvParser &parser, int column, QByteArrayView bytes)
    {
        bool invalid = false;
        QString text = decoder.decode(trimmedBytes(bytes), &invalid);
        if (invalid) {
            warn({path, parser.recordLine(), columns.value(column),
                  ContactReader::tr("bytes that are not UTF-8 were replaced")});
        }
        return text;
    }

    // Google joins several values of one field with " ::: "; each part is
    // cut from the bytes and decoded on its own. Stops when `take` says so.
    template<typename Take> void forEachValue(const CsvParser &parser, int column, QByteArrayView bytes, Take take)
    {
        const std::string_view all(bytes.data(), size_t(bytes.size()));
        size_t from = 0;
        for (;;) {
            const size_t sep = all.find(":::", from);
            const QByteArrayView part = bytes.sliced(
                qsizetype(from), qsizetype((sep == std::string_view::npos ? all.size() : sep) - from));
            if (QString v = value(parser, column, part); !v.isEmpty() && !take(std::move(v)))
                return;
            if (sep == std::string_view::npos)
                return;
            from = sep + 3;
        }
    }

    static QByteArrayView trimmedBytes(QByteArrayView bytes)
    {
        qsizetype b = 0;
        qsizetype e = bytes.size();
        while (b < e && (bytes[b] == ' ' || bytes[b] == '\t'))
            ++b;
        while (e > b && (bytes[e - 1] == ' ' || bytes[e - 1] == '\t'))
            --e;
        return bytes.sliced(b, e - b);
    }

    static QString &textOf(ImportedContact *c, ContactField f)
    {
        switch (f) {
        case ContactField::Phone:
            return c->phone;
        case ContactField::Headline:
            return c->editDetails().headline;
        case ContactField::School:
            return c->editDetails().school;
        case ContactField::Location:
            return c->editDetails().location;
        default:
            return c->company;
        }
    }

    // False for a record with nothing to import (a blank line).
    bool build(const CsvParser &parser, ImportedContact *c)
    {
        // The parts of a name are joined as bytes and decoded once: one
        // string per contact instead of four.
        QByteArrayView parts[3];
        int nameColumn = -1;
        const int n = qMin(parser.fieldCount(), int(mapping.size()));
        for (int i = 0; i < n; ++i) {
            const ContactField f = mapping.at(i);
            if (f == ContactField::Ignore)
                continue;
            const QByteArrayView bytes = parser.field(i);
            if (bytes.isEmpty())
                continue;
            switch (f) {
            case ContactField::FirstName:
            case ContactField::MiddleName:
            case ContactField::LastName:
                parts[int(f) - int(ContactField::FirstName)] = trimmedBytes(bytes);
                if (nameColumn < 0)
                    nameColumn = i;
                break;
            case ContactField::Name:
                if (c->name.isEmpty())
                    c->name = value(parser, i, bytes);
                break;
            case ContactField::Email:
                forEachValue(parser, i, bytes, [c](QString &&v) {
                    c->emails.append(std::move(v));
                    return true;
                });
                break;
            case ContactField::Phone:
            case ContactField::Company:
            case ContactField::Headline:
            case ContactField::School:
            case ContactField::Location: {
                QString &target = textOf(c, f);
                if (target.isEmpty()) {
                    forEachValue(parser, i, bytes, [&target](QString &&v) {
                        target = std::move(v);
                        return false; // the first of several
                    });
                }
                break;
            }
            default:
                break;
            }
        }
        if (c->name.isEmpty() && nameColumn >= 0) {
            QVarLengthArray<char, 256> joined;
            for (const QByteArrayView &part : parts) {
                if (part.isEmpty())
                    continue;
                if (!joined.isEmpty())
                    joined.append(' ');
                joined.append(part.data(), part.size());
            }
            c->name = value(parser, nameColumn, QByteArrayView(joined.constData(), joined.size()));
        }
        // A row with only a company (a shop, a firm) is known by it.
        if (c->name.isEmpty())
            c->name = c->company;
        c->line = parser.recordLine();
        return !c->name.isEmpty() || !c->emails.isEmpty() || !c->phone.isEmpty() || !c->company.isEmpty();
    }
};

// Many exports end each row with one delimiter too many; only text there matters.
bool hasExtraText(const CsvParser &parser, qsizetype columns)
{
    for (int i = int(columns); i < parser.fieldCount(); ++i) {
        if (!parser.field(i).trimmed().isEmpty())
            return true;
    }
    return false;
}

ImportReadResult readCsv(const ImportHead &head, ByteSource &source, FieldDecoder &decoder,
                         const ContactReader::Sink &sink, const ContactReader::Progress &progress,
                         const std::atomic<bool> *cancel)
{
    ImportReadResult result;
    CsvParser parser(source, head.delimiter);
    ContactBuilder builder{head.mapping, decoder, head.columns, head.path, result};
    int record = 0;
    bool extraWarned = false;
    const int firstData = head.hasHeader ? head.headerRecord + 1 : head.headerRecord;
    for (;; ++record) {
        const CsvParser::Status status = parser.next();
        if (status == CsvParser::Status::Error) {
            result.error = parser.problem();
            return result;
        }
        if (status == CsvParser::Status::End)
            break;
        if ((record & 1023) == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                result.cancelled = true;
                return result;
            }
            if (progress)
                progress(source.position(), source.size());
        }
        if (record < firstData || parser.isBlank())
            continue;
        if (parser.fieldCount() > head.columns.size() && !extraWarned && hasExtraText(parser, head.columns.size())) {
            extraWarned = true;
            builder.warn({head.path,
                          parser.recordLine(),
                          {},
                          ContactReader::tr("%1 fields where the header has %2; the extra ones are ignored")
                              .arg(parser.fieldCount())
                              .arg(head.columns.size())});
        }
        ImportedContact c;
        if (builder.build(parser, &c)) {
            ++result.contacts;
            sink(std::move(c));
        }
    }
    if (result.contacts == 0) {
        result.error = {
            head.path, head.headerLine, {}, ContactReader::tr("the file has a header row but no contacts after it")};
        return result;
    }
    result.ok = true;
    return result;
}

// vCard and LDIF: one record after another, as their parsers hand them out.
template<typename Parser>
ImportReadResult readRecords(const ImportHead &head, ByteSource &source, FieldDecoder &decoder,
                             const ContactReader::Sink &sink, const ContactReader::Progress &progress,
                             const std::atomic<bool> *cancel)
{
    ImportReadResult result;
    Parser parser(source, decoder);
    parser.setDetails(head.details);
    for (;;) {
        ImportedContact c;
        const typename Parser::Status status = parser.next(&c);
        if (status == Parser::Status::Error) {
            result.error = parser.problem();
            return result;
        }
        if (status == Parser::Status::End)
            break;
        if ((result.contacts & 255) == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                result.cancelled = true;
                return result;
            }
            if (progress)
                progress(source.position(), source.size());
        }
        ++result.contacts;
        sink(std::move(c));
    }
    if (result.contacts == 0) {
        result.error = {head.path,
                        0,
                        {},
                        head.format == ImportFormat::Ldif ? ContactReader::tr("the file holds no contact record")
                                                          : ContactReader::tr("the file holds no vCard")};
        return result;
    }
    result.ok = true;
    return result;
}

FieldDecoder::Mode decoderMode(const ImportHead &head, bool transcoded)
{
    if (transcoded)
        return FieldDecoder::Mode::Utf8;
    switch (head.encoding) {
    case ImportEncoding::Windows1252:
        return FieldDecoder::Mode::Windows1252;
    case ImportEncoding::Other:
        return FieldDecoder::Mode::Named;
    default:
        break;
    }
    // A file whose start is ASCII may still turn out Windows-1252 further on.
    return head.encodingChosen ? FieldDecoder::Mode::Utf8 : FieldDecoder::Mode::Undecided;
}

template<typename Parser> void readFirstContacts(ImportHead *head, FieldDecoder &decoder)
{
    ByteSource source;
    ImportProblem ignored; // read() reports it
    if (!source.open(head->path, &ignored))
        return;
    Parser parser(source, decoder);
    ImportedContact c;
    while (head->firstContacts.size() < ContactReader::kSampleRows && parser.next(&c) != Parser::Status::End
           && parser.problem().isNull())
        head->firstContacts.append(c);
}

}

namespace {

// The encoding: the byte-order mark's, the one named, or a guess from the
// sample.
bool chooseEncoding(const ByteSource &source, const QByteArray &sample, const QByteArray &encoding, ImportHead *head,
                    ImportProblem *problem)
{
    const QString &path = head->path;
    EncodingChoice choice;
    if (source.hasBom()) {
        choice.encoding = source.bomEncoding();
    } else if (!encoding.isEmpty()) {
        if (!EncodingGuess::fromName(encoding, &choice)) {
            *problem = {
                path,
                0,
                {},
                ContactReader::tr("“%1” is no encoding this program can read").arg(QString::fromLatin1(encoding))};
            return false;
        }
        head->encodingChosen = true;
    } else {
        // Folded lines and quoted-printable are undone first: a writer
        // folds through the middle of a character.
        choice = EncodingGuess::guess(head->format == ImportFormat::VCard      ? VCardParser::undeclaredText(sample)
                                          : head->format == ImportFormat::Ldif ? LdifParser::valueBytes(sample)
                                                                               : sample);
    }
    head->encoding = choice.encoding;
    head->codec = choice.codec;
    head->encodingCertain = choice.certain;
    head->encoding = choice.encoding;
    head->codec = choice.codec;
    head->encodingCertain = choice.certain;
    return true;
}

// The delimiter that makes the most rows as wide as the header.
bool bestDelimiter(const QString &path, DelimiterScore *out, ImportProblem *problem)
{
    DelimiterScore &best = *out;
    bool haveBest = false;
    for (const char d : {',', ';', '\t'}) {
        const DelimiterScore s = scoreDelimiter(path, d);
        if (!s.error.isNull() && s.headerRecord < 0) {
            if (!haveBest)
                best = s;
            continue;
        }
        const bool better = !haveBest || s.consistentRows > best.consistentRows
            || (s.consistentRows == best.consistentRows && s.columns > best.columns);
        if (better) {
            best = s;
            haveBest = true;
        }
    }
    if (!haveBest) {
        *problem = best.error;
        return false;
    }
    return true;
}

// The header and a few sample rows, decoded.
bool readCsvHead(const QString &path, const DelimiterScore &best, FieldDecoder &decoder, ImportHead *head,
                 ImportProblem *problem)
{
    ByteSource again;
    if (!again.open(path, problem))
        return false;
    CsvParser parser(again, best.delimiter);
    for (int record = 0; head->samples.size() < ContactReader::kSampleRows; ++record) {
        if (parser.next() != CsvParser::Status::Record)
            break;
        if (record < best.headerRecord || (record > best.headerRecord && parser.isBlank()))
            continue;
        QStringList row;
        for (int i = 0; i < parser.fieldCount(); ++i)
            row.append(decoder.decode(parser.field(i)).trimmed());
        if (record == best.headerRecord)
            head->columns = row;
        else
            head->samples.append(row);
    }
    return true;
}

}

namespace {

// A CSV written without a header line (issue 35, item 7): its first line
// is a contact. The columns get numbers, the first line is a sample like
// the rest, and the person maps the columns, seeing it.
void treatFirstLineAsData(ImportHead *head)
{
    head->hasHeader = false;
    head->samples.prepend(head->columns);
    if (head->samples.size() > ContactReader::kSampleRows)
        head->samples.removeLast();
    const qsizetype columns = head->columns.size();
    head->columns.clear();
    for (qsizetype i = 0; i < columns; ++i)
        head->columns.append(ContactReader::tr("Column %1").arg(i + 1));
    head->mapping = QList<ContactField>(columns, ContactField::Ignore);
    head->mappingCertain = false;
    // Remembered per number of columns: the same program writes the same.
    head->signature = QStringLiteral("no header:%1").arg(columns);
}

}

bool ContactReader::inspect(const QString &path, ImportHead *head, ImportProblem *problem, const QByteArray &encoding)
{
    const bool details = head->details;
    *head = {};
    head->path = path;
    head->details = details;
    ByteSource source;
    if (!source.open(path, problem))
        return false;
    QByteArray start;
    while (start.size() < kSniffBytes && source.readChunk(start)) {
    }
    if (start.trimmed().isEmpty()) {
        *problem = {path, 0, {}, tr("the file is empty")};
        return false;
    }
    if (looksBinary(start.left(kSniffBytes))) {
        *problem = {path, 0, {}, tr("this is not a text file: it holds binary data")};
        return false;
    }
    // By content, whatever the file is called. The keywords are ASCII in
    // every encoding the reader takes.
    head->format = looksLikeVCard(start)   ? ImportFormat::VCard
        : LdifParser::looksLikeLdif(start) ? ImportFormat::Ldif
                                           : ImportFormat::GenericCsv;

    // A split multi-byte character at the end of the sample must not count.
    const qsizetype lastLine = start.lastIndexOf('\n');
    const QByteArray sample = start.left(lastLine > 0 ? lastLine : start.size());
    if (!chooseEncoding(source, sample, encoding, head, problem))
        return false;
    FieldDecoder decoder(decoderMode(*head, source.hasBom()), head->codec);

    if (head->format == ImportFormat::VCard) {
        readFirstContacts<VCardParser>(head, decoder);
        return true;
    }
    if (head->format == ImportFormat::Ldif) {
        readFirstContacts<LdifParser>(head, decoder);
        return true;
    }

    DelimiterScore best;
    if (!bestDelimiter(path, &best, problem))
        return false;
    head->delimiter = best.delimiter;
    head->headerRecord = best.headerRecord;
    head->headerLine = best.headerLine;

    if (!readCsvHead(path, best, decoder, head, problem))
        return false;
    const HeaderFormats::Recognition r = HeaderFormats::recognize(head->columns);
    head->format = r.format;
    head->mapping = r.mapping;
    if (!details) {
        // A contact keeps none of these: not mapped, not read.
        for (ContactField &f : head->mapping) {
            if (f > ContactField::Company)
                f = ContactField::Ignore;
        }
    }
    head->mappingCertain = r.certain;
    head->signature = HeaderFormats::signature(head->columns);
    if (!r.known() && ColumnGuess::isDataRow(head->columns))
        treatFirstLineAsData(head);
    // A name guessed from values is the person's to confirm.
    if (!r.known() && ColumnGuess::fromValues(head->samples, &head->mapping))
        head->mappingCertain = false;
    return true;
}

namespace {

// A field past what the store keeps (TextLimits) is left out, with a
// warning that names the file, the line and the field: a 10 MB "phone
// number" is no phone number, and the team store would refuse the row.
void leaveOutTooLong(ImportedContact &c, const QString &path, QList<ImportProblem> *warnings)
{
    const auto check = [&](QString &text, int limit, ContactField field) {
        if (text.size() <= limit || text.toUcs4().size() <= limit)
            return;
        if (warnings->size() < ContactReader::kMaxWarnings)
            warnings->append({path, c.line, ImportText::fieldName(field),
                              ContactReader::tr("longer than %n character(s): left out", "", limit)});
        text.clear();
    };
    check(c.name, TextLimits::kName, ContactField::Name);
    check(c.phone, TextLimits::kPhone, ContactField::Phone);
    check(c.company, TextLimits::kCompany, ContactField::Company);
    if (c.details) {
        ContactDetails &d = c.editDetails();
        check(d.headline, TextLimits::kHeadline, ContactField::Headline);
        check(d.school, TextLimits::kSchool, ContactField::School);
        check(d.location, TextLimits::kLocation, ContactField::Location);
    }
    for (QString &email : c.emails)
        check(email, TextLimits::kEmail, ContactField::Email);
    c.emails.removeAll(QString());
}

}

ImportReadResult ContactReader::read(const ImportHead &head, const Sink &sink, const Progress &progress,
                                     const std::atomic<bool> *cancel)
{
    QList<ImportProblem> tooLong;
    const Sink checked = [&](ImportedContact &&c) {
        leaveOutTooLong(c, head.path, &tooLong);
        sink(std::move(c));
    };
    ImportReadResult result = readChecked(head, checked, progress, cancel);
    for (const ImportProblem &p : std::as_const(tooLong)) {
        if (result.warnings.size() < kMaxWarnings)
            result.warnings.append(p);
    }
    return result;
}

ImportReadResult ContactReader::readChecked(const ImportHead &head, const Sink &sink, const Progress &progress,
                                            const std::atomic<bool> *cancel)
{
    ImportReadResult result;
    ByteSource source;
    if (!source.open(head.path, &result.error))
        return result;
    FieldDecoder decoder(decoderMode(head, source.hasBom()), head.codec);
    if (head.isCsv() && !HeaderFormats::isUsable(head.mapping)) {
        result.error = {head.path, head.headerLine, {}, tr("no column is mapped to a name or an email address")};
        return result;
    }
    switch (head.format) {
    case ImportFormat::VCard:
        result = readRecords<VCardParser>(head, source, decoder, sink, progress, cancel);
        break;
    case ImportFormat::Ldif:
        result = readRecords<LdifParser>(head, source, decoder, sink, progress, cancel);
        break;
    default:
        result = readCsv(head, source, decoder, sink, progress, cancel);
        break;
    }
    result.encoding = decoder.encoding(source.bomEncoding());
    result.codec = decoder.codec();
    if (result.ok && progress)
        progress(source.size(), source.size());
    return result;
}

ImportReadResult ContactReader::readAll(const QString &path, QList<ImportedContact> *contacts, ImportHead *headOut,
                                        bool details)
{
    ImportHead head;
    head.details = details;
    ImportReadResult result;
    if (!inspect(path, &head, &result.error))
        return result;
    if (headOut)
        *headOut = head;
    return read(head, [contacts](ImportedContact &&c) { contacts->append(std::move(c)); });
}
