#pragma once

#include <QString>

namespace Email {
// Trimmed and case-folded: the form addresses are compared and stored in.
QString normalized(const QString &address);
// A pragmatic check of the address shape (local@domain.tld), not RFC 5322.
bool isValid(const QString &address);
}
