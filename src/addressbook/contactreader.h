#pragma once

#include "addressbook/importtypes.h"

#include <atomic>
#include <functional>

// What the start of a file says about it: enough to show a column mapping
// before the whole file is read.
struct ImportHead
{
    QString path;
    ImportFormat format = ImportFormat::GenericCsv;
    ImportEncoding encoding = ImportEncoding::Utf8;
    QByteArray codec; // the encoding's name when it is ImportEncoding::Other
    bool encodingCertain = true; // false: the bytes fit several encodings
    bool encodingChosen = false; // given by the person, not guessed
    char delimiter = ',';
    int headerRecord = 0; // records before the header (a LinkedIn preamble)
    int headerLine = 0; // 1-based line of the header row
    QStringList columns; // "Column 1", … when the file has no header
    bool hasHeader = true; // false: the first line is already a contact
    QList<ContactField> mapping; // one per column
    QList<QStringList> samples; // the first data rows, for the mapping step
    QList<ImportedContact> firstContacts; // vCard and LDIF: the first cards, for the check step
    QString signature;
    bool mappingCertain = true;
    // Read the profile too (headline, school, location, photo): the member
    // import sets it before inspect(), which keeps it. A contact import
    // leaves it false and neither maps nor keeps those fields.
    bool details = false;

    bool isCsv() const { return format != ImportFormat::VCard && format != ImportFormat::Ldif; }
    // A header we cannot read with certainty: the user maps its columns.
    bool needsMapping() const { return isCsv() && !mappingCertain; }
    // The person looks before anything is read: the mapping or the encoding is a guess.
    bool needsCheck() const { return needsMapping() || !encodingCertain; }
};

struct ImportReadResult
{
    bool ok = false;
    bool cancelled = false;
    ImportProblem error;
    QList<ImportProblem> warnings; // at most kMaxWarnings
    ImportEncoding encoding = ImportEncoding::Utf8;
    QByteArray codec;
    int contacts = 0;
};

// Reads CSV, vCard and LDIF address books as a stream: any size in constant
// memory, progress as bytes, a cancel flag checked as it goes.
class ContactReader final
{
    Q_DECLARE_TR_FUNCTIONS(ContactReader)
public:
    static constexpr int kMaxWarnings = 100;
    static constexpr int kSampleRows = 5;

    using Sink = std::function<void(ImportedContact &&)>;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // `encoding` overrides the guess: a name from EncodingGuess::choices().
    // `head->details` is read as given; the rest of `head` is filled here.
    static bool inspect(const QString &path, ImportHead *head, ImportProblem *problem, const QByteArray &encoding = {});
    static ImportReadResult read(const ImportHead &head, const Sink &sink, const Progress &progress = {},
                                 const std::atomic<bool> *cancel = nullptr);
    // Inspects and reads in one go with the recognised mapping (tests, command line).
    static ImportReadResult readAll(const QString &path, QList<ImportedContact> *contacts, ImportHead *head = nullptr,
                                    bool details = false);

private:
    static ImportReadResult readChecked(const ImportHead &head, const Sink &sink, const Progress &progress,
                                        const std::atomic<bool> *cancel);
};
