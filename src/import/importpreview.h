#pragma once

#include <QByteArray>
#include <QString>

class QTextStream;
class Store;

// `mynetwork --import-preview FILE`: what an import would find, as text,
// without a window and without saving anything.
namespace ImportPreview {

// Returns the process exit code; problems go to `err`, naming file and line.
// `encoding` names the file's encoding; empty, it is guessed.
int print(const Store &store, qint64 member, qint64 nowMs, const QString &path, const QByteArray &encoding,
          QTextStream &out, QTextStream &err);

}
