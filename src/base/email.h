#pragma once

#include <QString>

namespace Email {
// The form addresses are compared and stored in: without any white space
// (no-break and ideographic spaces too) or invisible characters (zero-width
// spaces and joiners, byte-order marks), case-folded, an internationalised
// domain in its ASCII form. The team store's normalize_email() does the
// same (migration 9); tests check both against one table of cases.
QString normalized(const QString &address);
// An address as a person reads it: an internationalised domain stored in
// its ASCII form (xn--…) shown in Unicode again.
QString shown(const QString &address);
// A pragmatic check of the address shape (local@domain.tld), not RFC 5322.
bool isValid(const QString &address);
}
