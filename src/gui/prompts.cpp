#include "gui/prompts.h"

#include "gui/filechooser.h"
#include "gui/notedialog.h"

#include "base/datetext.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>

namespace {
Prompts::ConfirmHandler &handler()
{
    static Prompts::ConfirmHandler h;
    return h;
}

Prompts::ChoiceHandler &choiceHandler()
{
    static Prompts::ChoiceHandler h;
    return h;
}

Prompts::DateHandler &dateHandler()
{
    static Prompts::DateHandler h;
    return h;
}

Prompts::FileHandler &fileHandler()
{
    static Prompts::FileHandler h;
    return h;
}

Prompts::UrlHandler &urlHandler()
{
    static Prompts::UrlHandler h;
    return h;
}

Prompts::NoteHandler &noteHandler()
{
    static Prompts::NoteHandler h;
    return h;
}

Prompts::InformHandler &informHandler()
{
    static Prompts::InformHandler h;
    return h;
}
}

namespace Prompts {

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
{
    if (handler())
        return handler()(title, text);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    // Every question here is about something that cannot be taken back
    // (remove, withdraw, delete, restore): Enter keeps things as they are.
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void setConfirmHandler(ConfirmHandler h)
{
    handler() = std::move(h);
}

int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices)
{
    if (choiceHandler())
        return choiceHandler()(title, text, choices);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QList<QAbstractButton *> buttons;
    for (const QString &choice : choices)
        buttons.append(box.addButton(choice, QMessageBox::AcceptRole));
    if (!buttons.isEmpty())
        box.setDefaultButton(static_cast<QPushButton *>(buttons.first()));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

void setChoiceHandler(ChoiceHandler h)
{
    choiceHandler() = std::move(h);
}

std::optional<QDate> askDate(QWidget *parent, const QString &title, const QString &label, const QDate &initial,
                             const QDate &minimum)
{
    if (dateHandler())
        return dateHandler()(initial);
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout(&dialog);
    auto *edit = new QDateEdit(initial, &dialog);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(DateText::mediumFormat());
    edit->setMinimumDate(minimum);
    form->addRow(label, edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->date();
}

void setDateHandler(DateHandler h)
{
    dateHandler() = std::move(h);
}

QString openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (fileHandler())
        return fileHandler()();
    return FileChooser::openFileName(parent, title, filter);
}

void setFileHandler(FileHandler h)
{
    fileHandler() = std::move(h);
}

bool openUrl(const QUrl &url)
{
    if (urlHandler()) {
        urlHandler()(url);
        return true;
    }
    return QDesktopServices::openUrl(url);
}

void setUrlHandler(UrlHandler h)
{
    urlHandler() = std::move(h);
}

void inform(QWidget *parent, Tone tone, const QString &title, const QString &text)
{
    if (informHandler()) {
        informHandler()(tone, title, text);
        return;
    }
    if (tone == Tone::Error)
        QMessageBox::critical(parent, title, text);
    else
        QMessageBox::information(parent, title, text);
}

void setInformHandler(InformHandler h)
{
    informHandler() = std::move(h);
}

std::optional<QString> askNote(QWidget *parent, const QString &name)
{
    if (noteHandler())
        return noteHandler()(name);
    NoteDialog dialog(name, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.note();
}

void setNoteHandler(NoteHandler h)
{
    noteHandler() = std::move(h);
}

}
