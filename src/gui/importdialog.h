#pragma once

#include "addressbook/contactreader.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ImportDialog;
}
class Clock;
class ImportGroupFilter;
class ImportPreviewModel;
class ImportWorker;
class InvitationService;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
struct ContactSaveStats;
struct ImportOutcome;

// Grow your network: choose an address book, map its columns if the
// header is unknown, watch it being read (Cancel keeps nothing), then pick
// members to connect with and addresses to invite.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    enum class Step { Choose, Mapping, Reading, Preview };

    ImportDialog(InvitationService &service, const Clock &clock, qint64 member, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Asks for a file (through Prompts), then opens it.
    void chooseFile();
    void openFile(const QString &path);
    Step step() const;

    // For tests and the screenshots.
    QComboBox *mappingCombo(int column) const;
    QComboBox *encodingCombo() const;
    // Reads the file again as `name` (a QStringDecoder name) and shows its first values.
    void chooseEncoding(const QByteArray &name);
    void confirmMapping();
    ImportPreviewModel *previewModel() const { return m_model.get(); }
    QTableView *membersView() const;
    QTableView *othersView() const;
    void setFilter(const QString &text);
    void selectAll(bool members, bool checked);
    void inviteSelected();
    void inviteSelectedWithNote();
    void sendInvitations(const QList<int> &rows, const QString &note);
    void cancelReading();
    QString summaryText() const;
    QString resultText() const;
    QString errorText() const;
    QString inviteButtonText() const;
    QCheckBox *keepBox() const;
    QString keepHintText() const;
    QString limitText() const;

signals:
    // The file's contacts were kept (counts and suggestions follow); what
    // was kept in a sentence for the window's message bar.
    void contactsKept(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;
    // Closing keeps the contacts first when the person chose to.
    void done(int result) override;

private:
    void showError(const QString &text);
    void showMapping();
    void showFirstContacts();
    void fillEncodingCombo();
    void startReading();
    void onFinished(const ImportOutcome &outcome);
    void updateCounts();
    void showGroup(QLabel *title, QCheckBox *selectAll, QWidget *view, const ImportGroupFilter *filter,
                   const QString &text, int count);
    void updateSummary();
    // Runs `then` once the previewed file's contacts are kept, if the
    // person chose so; at once otherwise. A failure stays on the preview.
    void keepIfChosen(std::function<void()> then);
    void onKept(const ContactSaveStats &stats, const QString &error);
    void countKeepable();
    void updateKeep();
    // R13: how many invitations this week has left, and from when more.
    void readLimit();
    void updateLimit(int checked);
    void showSendResult();
    // Texts of the current step; the model's too after a language change.
    void retranslate(bool languageChanged = false);
    void fillMappingCombo(QComboBox *combo, ContactField current);

    std::unique_ptr<Ui::ImportDialog> m_ui;
    InvitationService &m_service;
    const Clock &m_clock;
    qint64 m_member;
    std::unique_ptr<ImportWorker> m_worker;
    std::unique_ptr<ImportPreviewModel> m_model;
    ImportGroupFilter *m_membersFilter;
    ImportGroupFilter *m_othersFilter;
    ImportHead m_head;
    ImportEncoding m_encoding = ImportEncoding::Utf8;
    QByteArray m_codec;
    bool m_encodingWasGuess = false; // the person replaced an uncertain guess
    int m_warnings = 0;
    int m_keepable = 0; // contacts keeping the preview's file would store
    int m_renamed = 0; // of them, kept before under another name
    bool m_keepPending = false; // the preview's file is not kept yet
    bool m_keeping = false;
    std::function<void()> m_afterKeep;
    int m_remaining = 0; // R13: invitations left this week
    qint64 m_nextSendMs = 0; // and when more can go
    int m_limited = 0; // selected but held back by the limit
    bool m_sending = false; // Invite is under way: its own sends are counted after
    QString m_firstWarning;
    int m_sent = 0;
    QStringList m_refused;
    bool m_invited = false;
    QString m_error; // the last problem, as the reader worded it
};
