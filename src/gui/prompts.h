#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QUrl;
class QWidget;

// Modal questions go through here, so a test can answer them in advance
// and never block on a message box.
namespace Prompts {

using ConfirmHandler = std::function<bool(const QString &title, const QString &text)>;

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel);
// Tests: answer every confirmation with handler (nullptr: ask for real).
void setConfirmHandler(ConfirmHandler handler);

using ChoiceHandler = std::function<int(const QString &title, const QString &text, const QStringList &choices)>;
// One of `choices` (its index), or -1 for Cancel.
int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices);
void setChoiceHandler(ChoiceHandler handler);

using DateHandler = std::function<std::optional<QDate>(const QDate &initial)>;
std::optional<QDate> askDate(QWidget *parent, const QString &title, const QString &label, const QDate &initial,
                             const QDate &minimum);
void setDateHandler(DateHandler handler);

// A message with only OK: what went wrong (Error) or what to know.
enum class Tone { Information, Error };
using InformHandler = std::function<void(Tone tone, const QString &title, const QString &text)>;
void inform(QWidget *parent, Tone tone, const QString &title, const QString &text);
// Tests: take every message with handler (nullptr: show it for real).
void setInformHandler(InformHandler handler);

using NoteHandler = std::function<std::optional<QString>(const QString &name)>;
// "Add a note" for an invitation to `name`: the note (possibly empty), or
// nothing when the user cancels.
std::optional<QString> askNote(QWidget *parent, const QString &name);
void setNoteHandler(NoteHandler handler);

using FileHandler = std::function<QString()>;
// The file to open, or an empty string when the user cancels.
QString openFileName(QWidget *parent, const QString &title, const QString &filter);
void setFileHandler(FileHandler handler);

using UrlHandler = std::function<void(const QUrl &url)>;
// Hands `url` to the desktop (a mailto: to the mail program); false when
// nothing there takes it.
bool openUrl(const QUrl &url);
void setUrlHandler(UrlHandler handler);

}
