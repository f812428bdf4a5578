#include "base/textlimits.h"

#include "base/types.h"

#include <QCoreApplication>

namespace TextLimits {

std::optional<TooLong> firstTooLong(const Member &m)
{
    const struct
    {
        const QString &text;
        int limit;
        const char *field;
    } fields[] = {
        {m.name, kName, QT_TRANSLATE_NOOP("TextLimits", "Name")},
        {m.headline, kHeadline, QT_TRANSLATE_NOOP("TextLimits", "Headline")},
        {m.company, kCompany, QT_TRANSLATE_NOOP("TextLimits", "Company")},
        {m.school, kSchool, QT_TRANSLATE_NOOP("TextLimits", "School")},
        {m.location, kLocation, QT_TRANSLATE_NOOP("TextLimits", "Location")},
        {m.email, kEmail, QT_TRANSLATE_NOOP("TextLimits", "E-mail")},
        {m.phone, kPhone, QT_TRANSLATE_NOOP("TextLimits", "Phone")},
    };
    for (const auto &f : fields) {
        // Characters as PostgreSQL's char_length counts them: code points.
        if (f.text.trimmed().toUcs4().size() > f.limit)
            return TooLong{QCoreApplication::translate("TextLimits", f.field), f.limit};
    }
    return std::nullopt;
}

}
