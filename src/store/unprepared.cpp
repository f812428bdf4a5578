#include "store/unprepared.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlField>

namespace {

// Kept on the driver itself: it lives and dies with the connection.
constexpr char kProperty[] = "mynetwork_unprepared";

QString literal(const QVariant &value, const QSqlDriver *driver)
{
    QSqlField field(QString(), value.metaType());
    if (value.isNull())
        field.clear();
    else
        field.setValue(value);
    return driver->formatValue(field);
}

// The end of a quoted part starting at `from` (a ' or "), doubled quotes
// inside included; the text's end when it never closes.
qsizetype quotedEnd(const QString &text, qsizetype from)
{
    const QChar quote = text.at(from);
    qsizetype i = from + 1;
    while (i < text.size()) {
        if (text.at(i) == quote) {
            if (i + 1 < text.size() && text.at(i + 1) == quote) {
                i += 2;
                continue;
            }
            return i;
        }
        ++i;
    }
    return text.size() - 1;
}

}

void Unprepared::set(const QSqlDatabase &db, bool on)
{
    if (QSqlDriver *driver = db.driver())
        driver->setProperty(kProperty, on);
}

bool Unprepared::isOn(const QSqlDriver *driver)
{
    return driver && driver->property(kProperty).toBool();
}

QString Unprepared::withValues(const QString &text, const QVariantList &values, const QSqlDriver *driver)
{
    QString out;
    out.reserve(text.size() + 16 * values.size());
    qsizetype next = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype end = quotedEnd(text, i);
            out += QStringView(text).mid(i, end - i + 1);
            i = end;
        } else if (c == QLatin1Char('?') && next < values.size()) {
            out += literal(values.at(next++), driver);
        } else {
            out += c;
        }
    }
    return out;
}
