#include "store/sqlscript.h"

#include <QResource>

namespace SqlScript {

QString load(const QString &resource)
{
    // Only what is compiled in, read from the resource's own bytes: no
    // QFile, so no descriptor of any file is opened and closed here (a path
    // on disk could name a held store, see HeldFiles).
    if (!resource.startsWith(QLatin1String(":/")))
        return {};
    const QResource compiled(resource);
    if (!compiled.isValid())
        return {};
    return QString::fromUtf8(compiled.uncompressedData());
}

QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    enum class In { Code, Quote, Dollar, Comment } in = In::Code;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        if (in == In::Comment) {
            if (c == QLatin1Char('\n')) {
                in = In::Code;
                current += c;
            }
            continue;
        }
        if (in == In::Code && c == QLatin1Char('-') && next == QLatin1Char('-')) {
            in = In::Comment;
            continue;
        }
        if (in == In::Code && c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                out.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
        if (c == QLatin1Char('\'') && (in == In::Code || in == In::Quote))
            in = in == In::Code ? In::Quote : In::Code; // '' inside a string toggles twice
        else if (c == QLatin1Char('$') && next == QLatin1Char('$') && (in == In::Code || in == In::Dollar)) {
            in = in == In::Code ? In::Dollar : In::Code;
            current += next;
            ++i;
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

}
