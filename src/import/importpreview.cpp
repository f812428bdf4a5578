#include "import/importpreview.h"

#include "addressbook/contactreader.h"
#include "import/contactmatcher.h"
#include "import/importmappings.h"
#include "store/store.h"

#include <QTextStream>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)
};
}

namespace ImportPreview {

int print(const Store &store, qint64 member, qint64 nowMs, const QString &path, const QByteArray &encoding,
          QTextStream &out, QTextStream &err)
{
    ImportHead head;
    ImportProblem problem;
    if (!ContactReader::inspect(path, &head, &problem, encoding)) {
        err << problem.toString() << Qt::endl;
        return 1;
    }
    ImportMappings::applyRemembered(store, &head);
    QList<ImportedContact> contacts;
    const ImportReadResult read = ContactReader::read(
        head, [&contacts](ImportedContact &&c) { contacts.append(std::move(c)); });
    if (!read.ok) {
        err << read.error.toString() << Qt::endl;
        return 1;
    }
    QString error;
    const QList<ContactMatch> matches = ContactMatcher::classify(store, member, nowMs, std::move(contacts), &error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return 1;
    }
    out << Tr::tr("Format: %1").arg(ImportText::formatName(head.format)) << '\n';
    if (head.encodingCertain) {
        out << Tr::tr("Encoding: %1").arg(ImportText::encodingName(read.encoding, read.codec)) << '\n';
    } else {
        out << Tr::tr("Encoding: %1 (a guess: the file fits several encodings; name another with --encoding)")
                   .arg(ImportText::encodingName(read.encoding, read.codec))
            << '\n';
    }
    if (head.isCsv())
        out << Tr::tr("Delimiter: %1").arg(ImportText::delimiterName(head.delimiter)) << '\n';
    out << Tr::tr("Contacts: %1").arg(matches.size()) << '\n';
    for (const ImportProblem &w : read.warnings)
        err << w.toString() << '\n';
    for (const ContactMatch &m : matches) {
        const QString email = m.email.isEmpty() ? m.contact.emails.value(0) : m.email;
        // The address that matched (or the primary) first, then the others.
        QStringList addresses{email};
        for (const QString &other : m.contact.emails) {
            if (!other.trimmed().isEmpty() && !addresses.contains(other.trimmed(), Qt::CaseInsensitive))
                addresses.append(other.trimmed());
        }
        out << m.contact.name << '\t' << addresses.join(QLatin1String(", ")) << '\t'
            << ContactMatcher::fullStatusText(m, m.status) << '\n';
    }
    out.flush();
    return 0;
}

}
