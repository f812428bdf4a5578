#pragma once

#include "base/types.h"

#include <QDialog>
#include <QImage>

class InvitationService;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// Who you are (R19): the first start's "Welcome" on a store with no
// members, and Edit profile afterwards. Every field shows how much of the
// store's limit it uses while it is typed; a photo is chosen or dropped,
// cropped to a square and stored re-encoded. Saving goes through the
// rules; a refusal is shown here and the dialog stays open.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Welcome, Edit };
    // What exec() returns in Mode::Welcome when the person would rather
    // join a team network with an invitation code (R21).
    static constexpr int kJoinTeam = 2;
    // `member` 0 with Mode::Welcome: the dialog creates the member.
    ProfileDialog(Mode mode, InvitationService &service, qint64 member, QWidget *parent = nullptr);

    qint64 memberId() const { return m_member; }
    // The picture file a person chose or dropped, as the dialog takes it:
    // read, then cropped (a test passes the crop it wants).
    bool takePicture(const QString &path, const QRect &crop = {});
    void setField(const char *name, const QString &text);
    QString errorText() const;
    // Saves through the rules and closes, or shows why not and stays.
    void accept() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QFormLayout *addFields();
    QLineEdit *addField(const char *name, const QString &label, int limit);
    void addPhotoRow();
    void fill(const Member &m);
    Member entered() const;
    void choosePicture();
    void showPhoto();
    bool save();

    Mode m_mode;
    InvitationService &m_service;
    qint64 m_member;
    QList<QLineEdit *> m_fields;
    QLabel *m_photo = nullptr;
    QPushButton *m_removePhoto = nullptr;
    QLabel *m_error = nullptr;
    QImage m_shown; // the photo as it is or will be
    QByteArray m_small, m_large; // a new photo to store
    bool m_photoChanged = false;
};
