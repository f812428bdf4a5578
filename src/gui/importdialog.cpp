#include "gui/importdialog.h"

#include "ui_importdialog.h"

#include "addressbook/encodingguess.h"
#include "addressbook/headerformats.h"
#include "base/clock.h"
#include "base/datetext.h"
#include "gui/prompts.h"
#include "gui/style.h"
#include "import/importmappings.h"
#include "import/importworker.h"
#include "models/importgroupfilter.h"
#include "models/importpreviewmodel.h"
#include "rules/invitationservice.h"
#include "store/changefeed.h"
#include "store/store.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>

#include <algorithm>

namespace {
constexpr int kShownRefusals = 8;
// The person's last choice, offered again on the next import.
const QString kKeepSetting = QStringLiteral("import/keepContacts");

void setupView(QTableView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    // Fixed row heights: no per-row measuring, for any number of rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::NameColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::EmailColumn, QHeaderView::Stretch);
    // Sized to contents would measure every one of perhaps 100,000 rows.
    view->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::StatusColumn, QHeaderView::Interactive);
    view->horizontalHeader()->resizeSection(ImportPreviewModel::StatusColumn, 280);
    view->horizontalHeader()->setStretchLastSection(false);
}
}

ImportDialog::ImportDialog(InvitationService &service, const Clock &clock, qint64 member, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_service(service)
    , m_clock(clock)
    , m_member(member)
    , m_worker(std::make_unique<ImportWorker>(service.store()))
    , m_model(std::make_unique<ImportPreviewModel>())
    , m_membersFilter(new ImportGroupFilter(ImportPreviewModel::Group::Members, this))
    , m_othersFilter(new ImportGroupFilter(ImportPreviewModel::Group::NonMembers, this))
{
    m_ui->setupUi(this);
    Style::fitToScreen(this, QSize(820, 640));
    Style::setStyleName(m_ui->chooseTitle, QStringLiteral("importTitle"));
    Style::setStyleName(m_ui->errorLabel, QStringLiteral("importError"));
    Style::setStyleName(m_ui->inviteButton, QStringLiteral("primaryButton"));
    m_membersFilter->setPreviewModel(m_model.get());
    m_othersFilter->setPreviewModel(m_model.get());
    setupView(m_ui->membersView, m_membersFilter);
    setupView(m_ui->othersView, m_othersFilter);

    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_ui->anotherFileButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_ui->mappingBackButton, &QPushButton::clicked, this,
            [this] { m_ui->stack->setCurrentWidget(m_ui->choosePage); });
    connect(m_ui->mappingContinueButton, &QPushButton::clicked, this, &ImportDialog::confirmMapping);
    connect(m_ui->encodingCombo, &QComboBox::activated, this,
            [this](int index) { chooseEncoding(m_ui->encodingCombo->itemData(index).toByteArray()); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelReading);
    connect(m_ui->inviteButton, &QPushButton::clicked, this, &ImportDialog::inviteSelected);
    connect(m_ui->noteButton, &QPushButton::clicked, this, &ImportDialog::inviteSelectedWithNote);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &ImportDialog::setFilter);
    // toggled, not clicked: a screen reader's Toggle action only toggles
    // (showGroup sets the boxes with their signals blocked).
    connect(m_ui->selectAllMembers, &QCheckBox::toggled, this, [this](bool on) { selectAll(true, on); });
    connect(m_ui->selectAllOthers, &QCheckBox::toggled, this, [this](bool on) { selectAll(false, on); });
    connect(m_model.get(), &ImportPreviewModel::checkedChanged, this, &ImportDialog::updateCounts);
    // The last step comes with the result, which replaces the page: a
    // progress bar paints at once when it moves (QProgressBar::setValue),
    // and that paint of a full bar would be wasted.
    connect(m_worker.get(), &ImportWorker::waitingForCheck, this,
            [this] { m_ui->readingLabel->setText(tr("Waiting for the check of the store to finish, then saving…")); });
    connect(m_worker.get(), &ImportWorker::progress, this, [this](int permille) {
        if (permille < m_ui->progressBar->maximum())
            m_ui->progressBar->setValue(permille);
    });
    connect(m_worker.get(), &ImportWorker::finished, this, &ImportDialog::onFinished);
    connect(m_worker.get(), &ImportWorker::kept, this, &ImportDialog::onKept);
    // R13's count follows invitations sent meanwhile (this window, another
    // one, another process): the preview never promises what cannot go.
    if (const ChangeFeed *feed = service.store().feed()) {
        connect(feed, &ChangeFeed::changed, this, [this](const ChangeSet &changes) {
            if (!m_sending && step() == Step::Preview && changes.touches(m_member, ChangeSet::Invitations))
                readLimit();
        });
    }
    connect(m_ui->keepBox, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(kKeepSetting, on);
        updateKeep();
    });

    m_ui->stack->setCurrentWidget(m_ui->choosePage);
    retranslate();
}

ImportDialog::~ImportDialog()
{
    // The main window closing with the preview open: the person's choice
    // still holds (the worker's end waits for the save).
    if (m_keepPending && !m_keeping && m_ui->keepBox->isChecked())
        m_worker->keep(m_model->matches(), m_member, m_clock.nowMs());
}

ImportDialog::Step ImportDialog::step() const
{
    const QWidget *page = m_ui->stack->currentWidget();
    if (page == m_ui->mappingPage)
        return Step::Mapping;
    if (page == m_ui->readingPage)
        return Step::Reading;
    if (page == m_ui->previewPage)
        return Step::Preview;
    return Step::Choose;
}

void ImportDialog::chooseFile()
{
    const QString path = Prompts::openFileName(
        this, tr("Choose an address book"),
        tr("Address books (*.csv *.vcf *.vcard *.ldif *.ldi *.txt *.tsv *.tab);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportDialog::openFile(const QString &path)
{
    if (m_worker->isRunning())
        return; // one file at a time; Cancel first
    if (m_keepPending && step() == Step::Preview) { // the file before is kept first, if so chosen
        keepIfChosen([this, path] { openFile(path); });
        return;
    }
    m_error.clear();
    m_encodingWasGuess = false;
    ImportProblem problem;
    if (!ContactReader::inspect(path, &m_head, &problem)) {
        showError(problem.toString());
        return;
    }
    if (m_head.needsMapping())
        ImportMappings::applyRemembered(m_service.store(), &m_head);
    if (m_head.needsCheck()) {
        showMapping();
        return;
    }
    startReading();
}

void ImportDialog::chooseEncoding(const QByteArray &name)
{
    if (m_worker->isRunning() || name.isEmpty())
        return;
    // What the person mapped so far stays: only the text changes.
    QList<ContactField> mapped;
    for (int i = 0; i < m_head.columns.size(); ++i) {
        if (const QComboBox *combo = mappingCombo(i))
            mapped.append(ContactField(combo->currentData().toInt()));
    }
    const bool guessedUncertain = !m_head.encodingCertain || m_encodingWasGuess;
    ImportHead head;
    ImportProblem problem;
    if (!ContactReader::inspect(m_head.path, &head, &problem, name)) {
        showError(problem.toString());
        return;
    }
    if (head.isCsv() && mapped.size() == head.columns.size())
        head.mapping = mapped;
    else if (head.needsMapping())
        ImportMappings::applyRemembered(m_service.store(), &head);
    m_head = head;
    m_encodingWasGuess = guessedUncertain;
    showMapping();
}

QComboBox *ImportDialog::encodingCombo() const
{
    return m_ui->encodingCombo;
}

void ImportDialog::fillEncodingCombo()
{
    QComboBox *combo = m_ui->encodingCombo;
    const QSignalBlocker block(combo);
    combo->clear();
    const QByteArray current = m_head.encoding == ImportEncoding::Other ? m_head.codec
        : m_head.encoding == ImportEncoding::Windows1252                ? QByteArray("windows-1252")
                                                                        : QByteArray("UTF-8");
    // A byte-order mark or UTF-16 leaves nothing to choose.
    const bool fixed = m_head.encoding == ImportEncoding::Utf8Bom || m_head.encoding == ImportEncoding::Utf16LE
        || m_head.encoding == ImportEncoding::Utf16BE;
    if (fixed) {
        combo->addItem(ImportText::encodingName(m_head.encoding), QByteArray());
    } else {
        for (const QByteArray &name : EncodingGuess::choices())
            combo->addItem(QString::fromLatin1(name), name);
        if (combo->findData(current) < 0)
            combo->addItem(QString::fromLatin1(current), current);
        combo->setCurrentIndex(combo->findData(current));
    }
    combo->setEnabled(!fixed);
}

void ImportDialog::showError(const QString &text)
{
    m_error = text;
    m_ui->errorLabel->setText(tr("Nothing was imported. %1").arg(text));
    m_ui->stack->setCurrentWidget(m_ui->choosePage);
}

void ImportDialog::fillMappingCombo(QComboBox *combo, ContactField current)
{
    combo->clear();
    for (int f = 0; f <= int(ContactField::Company); ++f)
        combo->addItem(ImportText::fieldName(ContactField(f)), f);
    combo->setCurrentIndex(combo->findData(int(current)));
}

void ImportDialog::showMapping()
{
    fillEncodingCombo();
    QTableWidget *table = m_ui->mappingTable;
    table->clearContents();
    if (!m_head.isCsv()) {
        showFirstContacts();
        return;
    }
    table->setRowCount(int(m_head.columns.size()));
    for (int i = 0; i < m_head.columns.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(m_head.columns.at(i)));
        auto *combo = new QComboBox(table);
        fillMappingCombo(combo, m_head.mapping.value(i));
        combo->setAccessibleName(tr("Meaning of column %1").arg(m_head.columns.at(i)));
        table->setCellWidget(i, 1, combo);
        QStringList values;
        for (const QStringList &row : std::as_const(m_head.samples)) {
            if (!row.value(i).isEmpty())
                values.append(row.value(i));
        }
        table->setItem(i, 2, new QTableWidgetItem(values.join(QStringLiteral(" · "))));
    }
    table->resizeColumnToContents(0);
    table->setColumnWidth(1, 180);
    m_ui->stack->setCurrentWidget(m_ui->mappingPage);
    retranslate();
}

// vCard and LDIF have no columns to map: the first contacts' names,
// addresses and companies show whether the encoding reads them right.
void ImportDialog::showFirstContacts()
{
    QTableWidget *table = m_ui->mappingTable;
    const ContactField fields[] = {ContactField::Name, ContactField::Email, ContactField::Company};
    table->setRowCount(int(std::size(fields)));
    for (int row = 0; row < int(std::size(fields)); ++row) {
        QStringList values;
        for (const ImportedContact &c : std::as_const(m_head.firstContacts)) {
            const QString v = fields[row] == ContactField::Name ? c.name
                : fields[row] == ContactField::Email            ? c.emails.join(QLatin1String(", "))
                                                                : c.company;
            if (!v.isEmpty())
                values.append(v);
        }
        auto *field = new QTableWidgetItem(ImportText::fieldName(fields[row]));
        field->setData(Qt::UserRole, int(fields[row]));
        table->setItem(row, 0, field);
        table->setItem(row, 1, new QTableWidgetItem());
        table->setItem(row, 2, new QTableWidgetItem(values.join(QStringLiteral(" · "))));
    }
    table->resizeColumnToContents(0);
    table->setColumnWidth(1, 180);
    m_ui->stack->setCurrentWidget(m_ui->mappingPage);
    retranslate();
}

QComboBox *ImportDialog::mappingCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_ui->mappingTable->cellWidget(column, 1));
}

void ImportDialog::confirmMapping()
{
    if (!m_head.isCsv()) {
        startReading();
        return;
    }
    QList<ContactField> mapping;
    for (int i = 0; i < m_head.columns.size(); ++i)
        mapping.append(ContactField(mappingCombo(i)->currentData().toInt()));
    if (!HeaderFormats::isUsable(mapping)) {
        m_ui->mappingLabel->setText(tr("Choose at least one column with a name or an email address."));
        return;
    }
    if (!HeaderFormats::hasName(mapping)
        && !Prompts::confirm(this, tr("No names"),
                             tr("No column is marked as holding names: your contacts would be listed by their "
                                "email addresses. Continue without names?"),
                             tr("Continue without names")))
        return;
    m_head.mapping = mapping;
    QString error;
    ImportMappings::save(m_service.store(), m_head.signature, mapping, &error); // a convenience only
    startReading();
}

void ImportDialog::startReading()
{
    m_ui->progressBar->setValue(0);
    m_ui->cancelButton->setEnabled(true);
    m_ui->stack->setCurrentWidget(m_ui->readingPage);
    retranslate();
    m_worker->start(m_head, m_member, m_clock.nowMs());
}

void ImportDialog::cancelReading()
{
    if (!m_worker->isRunning())
        return;
    m_worker->cancel();
    m_ui->cancelButton->setEnabled(false);
}

void ImportDialog::onFinished(const ImportOutcome &outcome)
{
    if (outcome.cancelled) {
        showError(tr("The import was canceled."));
        return;
    }
    if (!outcome.read.ok) {
        showError(outcome.read.error.toString());
        return;
    }
    if (!outcome.storeError.isEmpty()) {
        showError(tr("The contacts could not be saved: %1").arg(outcome.storeError));
        return;
    }
    m_encoding = outcome.read.encoding;
    m_codec = outcome.read.codec;
    m_warnings = int(outcome.read.warnings.size());
    m_firstWarning = m_warnings ? outcome.read.warnings.first().toString() : QString();
    m_sent = 0;
    m_refused.clear();
    m_invited = false;
    m_ui->filterEdit->clear();
    m_model->setMatches(outcome.matches, outcome.listedWithMembers);
    countKeepable();
    m_keepPending = m_keepable > 0;
    {
        const QSignalBlocker block(m_ui->keepBox);
        m_ui->keepBox->setChecked(QSettings().value(kKeepSetting, false).toBool());
    }
    m_ui->stack->setCurrentWidget(m_ui->previewPage);
    readLimit();
    retranslate(false);
}

void ImportDialog::readLimit()
{
    m_remaining = m_service.remainingThisWeek(m_member);
    m_nextSendMs = m_service.nextSendAfterLimitMs(m_member);
    updateCounts();
}

void ImportDialog::countKeepable()
{
    m_keepable = 0;
    m_renamed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ContactMatch &m = m_model->match(row);
        if (ContactMatch::isKeepable(m.status)) {
            ++m_keepable;
            m_renamed += m.renamed() ? 1 : 0;
        }
    }
}

void ImportDialog::keepIfChosen(std::function<void()> then)
{
    if (m_keeping)
        return; // `then` would run twice; the person asks again when it is done
    if (!m_keepPending || !m_ui->keepBox->isChecked()) {
        m_keepPending = false;
        then();
        return;
    }
    m_keeping = true;
    m_afterKeep = std::move(then);
    m_ui->previewPage->setEnabled(false);
    m_ui->resultLabel->setText(tr("Keeping your contacts…"));
    m_ui->resultLabel->setVisible(true);
    m_worker->keep(m_model->matches(), m_member, m_clock.nowMs());
}

void ImportDialog::onKept(const ContactSaveStats &stats, const QString &error)
{
    m_keeping = false;
    m_ui->previewPage->setEnabled(true);
    std::function<void()> then = std::exchange(m_afterKeep, {});
    if (!error.isEmpty()) {
        // Nothing was kept and the preview stays: try again, or untick.
        m_ui->resultLabel->setText(tr("Your contacts were not kept: %1").arg(error));
        return;
    }
    m_keepPending = false;
    const QLocale locale;
    emit contactsKept(tr("Kept in your imported contacts: %1 new, %2 updated.")
                          .arg(locale.toString(stats.added), locale.toString(stats.updated)));
    if (then)
        then();
}

void ImportDialog::done(int result)
{
    if (m_keeping)
        return; // closes when the contacts are kept
    keepIfChosen([this, result] { QDialog::done(result); });
}

void ImportDialog::setFilter(const QString &text)
{
    if (m_ui->filterEdit->text() != text)
        m_ui->filterEdit->setText(text);
    m_membersFilter->setText(text);
    m_othersFilter->setText(text);
    updateCounts();
}

void ImportDialog::selectAll(bool members, bool checked)
{
    const ImportGroupFilter *filter = members ? m_membersFilter : m_othersFilter;
    m_model->setChecked(filter->selectableSourceRows(), checked);
}

void ImportDialog::inviteSelected()
{
    sendInvitations(m_model->checkedRows(), {});
}

// R1's note, written once for everyone selected: members and addresses.
void ImportDialog::inviteSelectedWithNote()
{
    const QList<int> rows = m_model->checkedRows();
    if (rows.isEmpty())
        return;
    const ContactMatch &first = m_model->match(rows.first());
    const QString who = rows.size() > 1 ? tr("the %Ln selected people", "", int(rows.size()))
        : first.contact.name.isEmpty()  ? first.email
                                        : first.contact.name;
    if (const std::optional<QString> note = Prompts::askNote(this, who))
        sendInvitations(rows, *note);
}

// R13 in the order shown: as many as this week has left go, the rest
// wait for the person to send them on another day (never half-sent by
// chance of file order, and not 37,000 refusals from the store).
void ImportDialog::sendInvitations(const QList<int> &rows, const QString &note)
{
    if (rows.isEmpty())
        return;
    m_sent = 0;
    m_limited = 0;
    m_refused.clear();
    const QScopedValueRollback<bool> sending(m_sending, true);
    int left = m_service.remainingThisWeek(m_member);
    for (int row : rows) {
        const ContactMatch &m = m_model->match(row);
        const ContactStatus before = m_model->status(row);
        ActionResult r;
        if (left > 0) {
            r = m.isMember() ? m_service.invite(m_member, m.memberId, note, InvitationSource::AddressBook)
                             : m_service.inviteByEmail(m_member, m.email, note, InvitationSource::AddressBook);
        }
        if (left <= 0 || r.reason == Refusal::WeeklyLimit) {
            left = 0;
            ++m_limited;
            m_model->setOutcome(row, before, tr("Not sent: this week’s limit is reached"));
        } else if (r.ok()) {
            ++m_sent;
            --left;
            m_model->setOutcome(row, r.acceptedInstead ? ContactStatus::Connected : ContactStatus::InvitationSent);
        } else {
            m_refused.append(tr("%1: %2").arg(m.contact.name.isEmpty() ? m.email : m.contact.name, r.message));
            m_model->setOutcome(row, before, r.message);
        }
    }
    m_invited = true;
    readLimit();
    retranslate();
}

void ImportDialog::updateCounts()
{
    using G = ImportPreviewModel::Group;
    showGroup(m_ui->membersTitle, m_ui->selectAllMembers, m_ui->membersView, m_membersFilter,
              tr("Already on My Network (%1)"), m_model->count(G::Members));
    showGroup(m_ui->othersTitle, m_ui->selectAllOthers, m_ui->othersView, m_othersFilter,
              tr("Not on My Network yet — invite by email (%1)"), m_model->count(G::NonMembers));
    const int checked = m_model->checkedCount(G::Members) + m_model->checkedCount(G::NonMembers);
    const QLocale locale;
    m_ui->inviteButton->setText(
        checked > m_remaining && m_remaining > 0
            ? tr("Invite %1 of %2 selected").arg(locale.toString(m_remaining), locale.toString(checked))
            : checked ? tr("Invite %Ln selected", "", checked)
                      : tr("Invite selected"));
    m_ui->inviteButton->setEnabled(checked > 0 && m_remaining > 0);
    m_ui->noteButton->setEnabled(checked > 0 && m_remaining > 0);
    updateLimit(checked);
    // "Nothing is selected for you" is no longer true once someone is.
    if (!m_invited)
        m_ui->resultLabel->setVisible(checked == 0);
}

// A group's title with its count ("3 of 50,000" under a filter), its
// Select all ticked when every row it would select is, and no room taken
// at all when the file has nobody in it.
void ImportDialog::showGroup(QLabel *title, QCheckBox *selectAll, QWidget *view, const ImportGroupFilter *filter,
                             const QString &text, int count)
{
    const QLocale locale;
    const bool filtered = !m_ui->filterEdit->text().trimmed().isEmpty();
    title->setText(text.arg(filtered ? tr("%1 of %2").arg(locale.toString(filter->rowCount()), locale.toString(count))
                                     : locale.toString(count)));
    for (QWidget *w : {static_cast<QWidget *>(title), static_cast<QWidget *>(selectAll), view})
        w->setVisible(count > 0);
    const ImportGroupFilter::SelectAll state = filter->selectAllState();
    const QSignalBlocker block(selectAll);
    selectAll->setEnabled(state.possible);
    selectAll->setChecked(state.done);
}

// R13 before sending: how many are left, and which of the selected would
// go when they are more.
void ImportDialog::updateLimit(int checked)
{
    const QLocale locale;
    const QString from = DateText::longDate(m_nextSendMs);
    QString text;
    if (m_remaining <= 0) {
        text = tr("You have sent this week’s invitations; you can send again from %1.").arg(from);
    } else if (checked > m_remaining) {
        text = tr("Only %1 of the %2 selected can be invited this week: the first %1 in the lists above, members "
                  "first. You can invite more from %3.")
                   .arg(locale.toString(m_remaining), locale.toString(checked), from);
    } else {
        text = tr("You can send %Ln more invitation(s) this week.", "", m_remaining);
    }
    m_ui->limitLabel->setText(text);
}

// What the last Invite did: the count sent, what the limit held back with
// its date, and each other refusal with its reason.
void ImportDialog::showSendResult()
{
    const QLocale locale;
    QString result = tr("%Ln invitation(s) sent.", "", m_sent);
    if (m_limited) {
        result += QLatin1Char(' ')
            + tr("%1 not sent: this week’s limit; you can send again from %2.")
                  .arg(locale.toString(m_limited), DateText::longDate(m_nextSendMs));
    }
    if (!m_refused.isEmpty()) {
        result += QLatin1Char(' ') + tr("%Ln not sent for another reason:", "", int(m_refused.size()));
        for (const QString &line : m_refused.mid(0, kShownRefusals))
            result += QStringLiteral("\n• ") + line;
        if (m_refused.size() > kShownRefusals)
            result += QLatin1Char('\n') + tr("…and %Ln more.", "", int(m_refused.size() - kShownRefusals));
    }
    m_ui->resultLabel->setText(result);
}

// The choice to keep the file's contacts, and what it means, in a sentence.
void ImportDialog::updateKeep()
{
    const QLocale locale;
    m_ui->keepBox->setText(tr("Keep these %1 contacts (only you can see them)").arg(locale.toString(m_keepable)));
    QString hint = tr("People who join later with one of their addresses are then suggested to you. If you leave "
                      "this unticked, nothing of the file stays once you close this window.");
    if (m_renamed > 0) {
        hint += QLatin1Char(' ')
            + tr("%1 of them are in your contacts under another name; keeping gives them the names in this file.")
                  .arg(locale.toString(m_renamed));
    }
    m_ui->keepHint->setText(hint);
    m_ui->keepBox->setVisible(m_keepable > 0);
    m_ui->keepHint->setVisible(m_keepable > 0);
}

void ImportDialog::updateSummary()
{
    const QLocale locale;
    QString text = tr("%1 · %2 · %Ln contact(s) read", "", m_model->rowCount())
                       .arg(QFileInfo(m_head.path).fileName(), ImportText::formatName(m_head.format));
    text += QLatin1Char('\n') + tr("Encoding %1").arg(ImportText::encodingName(m_encoding, m_codec));
    if (m_head.isCsv())
        text += tr(", separated by %1").arg(ImportText::delimiterName(m_head.delimiter));
    text += QLatin1Char('.');
    if (m_warnings)
        text += QLatin1Char('\n') + tr("%Ln line(s) had problems; the first: %1", "", m_warnings).arg(m_firstWarning);
    m_ui->summaryLabel->setText(text);
}

QString ImportDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString ImportDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

QString ImportDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

QString ImportDialog::inviteButtonText() const
{
    return m_ui->inviteButton->text();
}

QCheckBox *ImportDialog::keepBox() const
{
    return m_ui->keepBox;
}

QString ImportDialog::keepHintText() const
{
    return m_ui->keepHint->text();
}

QString ImportDialog::limitText() const
{
    return m_ui->limitLabel->text();
}

QTableView *ImportDialog::membersView() const
{
    return m_ui->membersView;
}

QTableView *ImportDialog::othersView() const
{
    return m_ui->othersView;
}

void ImportDialog::retranslate(bool languageChanged)
{
    QStringList check;
    if (!m_head.hasHeader) {
        check.append(tr("This file has no header line: its first line is already a contact, shown with the "
                        "others. Tell us what each column contains."));
    } else if (m_head.needsMapping()) {
        check.append(tr("We don't recognize this file's header. Tell us what each column contains; "
                        "the first values of each column are shown beside it."));
    }
    if (!m_head.encodingCertain) {
        check.append(tr("We are not sure which encoding this file uses and read it as %1. If the names below "
                        "look wrong, choose another encoding.")
                         .arg(ImportText::encodingName(m_head.encoding, m_head.codec)));
    } else if (m_encodingWasGuess) {
        check.append(
            tr("Read as %1. Check the names below.").arg(ImportText::encodingName(m_head.encoding, m_head.codec)));
    }
    if (check.isEmpty())
        check.append(tr("Check what each column contains; the first values of each column are shown beside it."));
    m_ui->mappingLabel->setText(check.join(QLatin1Char(' ')));
    m_ui->mappingTable->setHorizontalHeaderLabels(
        {m_head.isCsv() ? tr("Column") : tr("Field"), tr("Contains"), tr("First values")});
    m_ui->mappingTable->setColumnHidden(1, !m_head.isCsv());
    if (!m_head.isCsv()) {
        for (int row = 0; row < m_ui->mappingTable->rowCount(); ++row) {
            const auto field = ContactField(m_ui->mappingTable->item(row, 0)->data(Qt::UserRole).toInt());
            m_ui->mappingTable->item(row, 0)->setText(ImportText::fieldName(field));
        }
    }
    for (int i = 0; i < m_head.columns.size(); ++i) {
        if (QComboBox *combo = mappingCombo(i)) {
            for (int item = 0; item < combo->count(); ++item)
                combo->setItemText(item, ImportText::fieldName(ContactField(combo->itemData(item).toInt())));
        }
    }
    m_ui->readingLabel->setText(tr("Reading %1 and looking for members…").arg(QFileInfo(m_head.path).fileName()));
    if (!m_error.isEmpty())
        m_ui->errorLabel->setText(tr("Nothing was imported. %1").arg(m_error));
    updateSummary();
    updateKeep();
    updateCounts();
    if (languageChanged)
        m_model->retranslate();
    if (m_keeping)
        m_ui->resultLabel->setText(tr("Keeping your contacts…"));
    else if (m_invited)
        showSendResult();
    else
        m_ui->resultLabel->setText(tr("Nothing is selected for you: check the people you want to invite."));
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate(true);
    }
    QDialog::changeEvent(event);
}

void ImportDialog::reject()
{
    if (m_keeping)
        return; // a save once begun ends; the dialog closes after it
    // Closing while reading cancels; the worker then keeps nothing.
    m_worker->cancel();
    QDialog::reject();
}
