#include "gui/contactsdialog.h"

#include "gui/style.h"

#include "ui_contactsdialog.h"

#include "gui/prompts.h"
#include "models/contactlistmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace {
// Typing a name runs one query when the typing pauses, not one a key.
constexpr int kFilterDelayMs = 150;
}

ContactsDialog::ContactsDialog(const Store &store, qint64 member, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactsDialog>())
    , m_store(store)
    , m_member(member)
    , m_model(std::make_unique<ContactListModel>(store))
{
    m_ui->setupUi(this);
    Style::fitToScreen(this, QSize(720, 520));
    m_model->setMember(member);
    m_ui->contactsView->setModel(m_model.get());
    m_ui->contactsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ContactsDialog::deleteSelected);
    connect(m_ui->deleteAllButton, &QPushButton::clicked, this, &ContactsDialog::deleteAll);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->contactsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactsDialog::updateButtons);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &ContactsDialog::retranslate);
    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(kFilterDelayMs);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(filterDelay, &QTimer::timeout, this, [this] { setFilter(m_ui->filterEdit->text()); });
    retranslate();
}

ContactsDialog::~ContactsDialog() = default;

QTableView *ContactsDialog::view() const
{
    return m_ui->contactsView;
}

void ContactsDialog::reload()
{
    m_model->reload();
}

void ContactsDialog::setFilter(const QString &text)
{
    if (m_ui->filterEdit->text() != text) {
        const QSignalBlocker block(m_ui->filterEdit);
        m_ui->filterEdit->setText(text);
    }
    m_model->setFilter(text);
}

void ContactsDialog::deleteSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_ui->contactsView->selectionModel()->selectedRows())
        ids.append(m_model->contactId(row.row()));
    if (ids.isEmpty())
        return;
    if (!Prompts::confirm(this, tr("Delete contacts"),
                          tr("Delete %Ln contact(s) from your imported contacts?", "", int(ids.size())), tr("Delete")))
        return;
    QString error;
    if (!ContactRepository::remove(m_store, m_member, ids, &error)) {
        m_ui->countLabel->setText(tr("Could not delete: %1").arg(error));
        return;
    }
    m_model->reload();
    emit contactsChanged();
}

void ContactsDialog::deleteAll()
{
    // Every contact, also those a filter hides: the question says how many.
    if (m_model->unfilteredTotal() == 0)
        return;
    if (!Prompts::confirm(this, tr("Delete contacts"),
                          tr("Delete all %Ln imported contact(s)? People you already invited keep their "
                             "invitations.",
                             "", m_model->unfilteredTotal()),
                          tr("Delete all")))
        return;
    QString error;
    if (!ContactRepository::removeAll(m_store, m_member, &error)) {
        m_ui->countLabel->setText(tr("Could not delete: %1").arg(error));
        return;
    }
    m_model->reload();
    emit contactsChanged();
}

void ContactsDialog::updateButtons()
{
    m_ui->deleteButton->setEnabled(m_ui->contactsView->selectionModel()->hasSelection());
    m_ui->deleteAllButton->setEnabled(m_model->unfilteredTotal() > 0);
}

void ContactsDialog::retranslate()
{
    const QLocale locale;
    if (!m_model->filter().isEmpty()) {
        m_ui->countLabel->setText(tr("%1 of %Ln imported contact(s) match “%2”.", "", m_model->unfilteredTotal())
                                      .arg(locale.toString(m_model->total()), m_model->filter()));
    } else {
        m_ui->countLabel->setText(m_model->total()
                                      ? tr("%Ln imported contact(s). Only you can see them.", "", m_model->total())
                                      : tr("You have not imported any contacts yet."));
    }
    m_model->retranslate();
    updateButtons();
}

void ContactsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
