#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// "Add a note" on Connect (R1, at most 300 characters): a few lines to the
// person, counted as they are typed. Send is refused past the limit, so
// nothing is cut off without the writer seeing it.
class NoteDialog final : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(const QString &name, QWidget *parent = nullptr);
    QString note() const;

private:
    void updateCount();

    QPlainTextEdit *m_edit;
    QLabel *m_count;
    QPushButton *m_send;
};
