#include "fuzzreader.h"

#include "addressbook/contactreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

int fuzzReaderOnce(const uint8_t *data, size_t size)
{
    // The reader streams from files; a RAM-backed folder keeps this fast.
    static const QString folder = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                            : QDir::tempPath();
    static const QString path = folder
        + QStringLiteral("/mynetwork-fuzz-%1.csv").arg(QCoreApplication::applicationPid());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();

    ImportHead head;
    ImportProblem problem;
    if (!ContactReader::inspect(path, &head, &problem))
        return 0;
    int contacts = 0;
    ContactReader::read(head, [&contacts](ImportedContact &&c) { contacts += int(c.emails.size()) + 1; });
    if (head.isCsv()) {
        // The same file with a column of every kind, as a user might map it.
        for (qsizetype i = 0; i < head.mapping.size(); ++i)
            head.mapping[i] = ContactField(1 + i % int(ContactField::Company));
        ContactReader::read(head, [&contacts](ImportedContact &&c) { contacts += int(c.name.size() > 0); });
    }
    return 0;
}
