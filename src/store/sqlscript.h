#pragma once

#include <QString>
#include <QStringList>

// A migration written as a .sql file, compiled in as a resource: frozen
// once released, read back as the statements it holds.
namespace SqlScript {

// The text of a compiled-in resource (":/sql/…"); empty if there is none
// or `resource` is not one.
QString load(const QString &resource);
// The statements of `script`, split at each ';' that is not inside a
// quoted string, a dollar-quoted body or a comment; comments are dropped.
QStringList statements(const QString &script);

}
