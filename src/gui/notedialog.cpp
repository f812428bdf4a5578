#include "gui/notedialog.h"

#include "gui/style.h"

#include "store/rulessettings.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

NoteDialog::NoteDialog(const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Invite %1 to connect").arg(name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Add a note to say how you know %1 (optional).").arg(name), this);
    intro->setWordWrap(true);
    intro->setBuddy(m_edit);
    layout->addWidget(intro);
    m_edit->setObjectName(QStringLiteral("noteEdit"));
    m_edit->setAccessibleName(tr("Note to %1").arg(name));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("For example: We met at the conference in Berlin."));
    layout->addWidget(m_edit);
    m_count->setObjectName(QStringLiteral("noteCount"));
    m_count->setAlignment(Qt::AlignTrailing);
    layout->addWidget(m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &NoteDialog::updateCount);
    updateCount();
    Style::fitToScreen(this, QSize(440, 260));
}

QString NoteDialog::note() const
{
    return m_edit->toPlainText().trimmed();
}

void NoteDialog::updateCount()
{
    const int used = int(m_edit->toPlainText().trimmed().size());
    const int limit = RulesSettings::kMaxNoteLength;
    const bool over = used > limit;
    m_count->setText(over ? tr("%1 / %2 characters – please shorten your note").arg(used).arg(limit)
                          : tr("%1 / %2 characters").arg(used).arg(limit));
    // The error's colour when over (the words say it too), else a hint's.
    m_count->setForegroundRole(over ? QPalette::WindowText : QPalette::PlaceholderText);
    m_count->setProperty("error", over);
    m_count->style()->unpolish(m_count);
    m_count->style()->polish(m_count);
    m_send->setEnabled(!over);
}
