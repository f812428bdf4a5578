#include "gui/profiledialog.h"

#include "base/textlimits.h"
#include "gui/cardpainter.h"
#include "gui/photocropdialog.h"
#include "gui/prompts.h"
#include "import/photoimage.h"
#include "models/relativetime.h"
#include "rules/invitationservice.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kPhotoSide = 96;
}

ProfileDialog::ProfileDialog(Mode mode, InvitationService &service, qint64 member, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_service(service)
    , m_member(member)
{
    const bool welcome = mode == Mode::Welcome;
    setWindowTitle(welcome ? tr("Welcome to My Network") : tr("Edit profile"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(welcome ? tr("Tell people who you are. Your name and e-mail address are needed; the rest "
                                          "helps people recognise you and find what you have in common.")
                                     : tr("This is how other members see you."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    addPhotoRow();
    layout->addLayout(addFields());
    m_fields.at(0)->setPlaceholderText(tr("First and last name"));
    m_fields.at(1)->setPlaceholderText(tr("For example: Product designer at Acme"));
    if (service.store().config().isTeam()) {
        // The login is tied to the address its administrator gave.
        m_fields.at(5)->setReadOnly(true);
        m_fields.at(5)->setToolTip(tr("Your e-mail address belongs to your login: the administrator changes it."));
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setWordWrap(true);
    m_error->setProperty("error", true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(welcome ? tr("Create my profile") : tr("Save"), QDialogButtonBox::AcceptRole)->setDefault(true);
    if (welcome) {
        // R21: invited to a team network, a person starts there instead.
        QPushButton *join = buttons->addButton(tr("Join with an invitation code…"), QDialogButtonBox::ActionRole);
        join->setObjectName(QStringLiteral("joinTeamButton"));
        connect(join, &QPushButton::clicked, this, [this] { done(kJoinTeam); });
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (const std::optional<Member> m = member ? service.network().member(member) : std::nullopt)
        fill(*m);
    connect(m_fields.at(0), &QLineEdit::textChanged, this, [this] {
        if (m_shown.isNull())
            showPhoto(); // the initials follow the name as it is typed
    });
    showPhoto();
    setMinimumWidth(520);
    // Typing starts with the name, not on the photo's buttons.
    m_fields.at(0)->setFocus();
}

// Every field with its label and its count, in the order people read them.
QFormLayout *ProfileDialog::addFields()
{
    auto *form = new QFormLayout;
    const struct
    {
        const char *name;
        QString label;
        int limit;
    } fields[] = {
        {"name", tr("&Name *"), TextLimits::kName},           {"headline", tr("&Headline"), TextLimits::kHeadline},
        {"company", tr("&Company"), TextLimits::kCompany},    {"school", tr("&School"), TextLimits::kSchool},
        {"location", tr("&Location"), TextLimits::kLocation}, {"email", tr("&E-mail *"), TextLimits::kEmail},
        {"phone", tr("&Phone"), TextLimits::kPhone},
    };
    for (const auto &f : fields) {
        QLineEdit *edit = addField(f.name, f.label, f.limit);
        auto *label = new QLabel(f.label, this);
        label->setBuddy(edit);
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(edit->property("counter").value<QLabel *>());
        form->addRow(label, row);
    }
    return form;
}

QLineEdit *ProfileDialog::addField(const char *name, const QString &label, int limit)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setMaxLength(limit);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QStringLiteral(" *")));
    auto *counter = new QLabel(this);
    counter->setObjectName(QLatin1String(name) + QStringLiteral("Count"));
    counter->setForegroundRole(QPalette::PlaceholderText);
    counter->setMinimumWidth(counter->fontMetrics().horizontalAdvance(QStringLiteral("000 / 000")));
    counter->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    edit->setProperty("counter", QVariant::fromValue(counter));
    const auto count = [edit, counter, limit] {
        counter->setText(tr("%1 / %2").arg(edit->text().size()).arg(limit));
        counter->setAccessibleName(tr("%1 of %2 characters used").arg(edit->text().size()).arg(limit));
    };
    connect(edit, &QLineEdit::textChanged, counter, count);
    count();
    m_fields.append(edit);
    return edit;
}

void ProfileDialog::addPhotoRow()
{
    auto *row = new QHBoxLayout;
    m_photo = new QLabel(this);
    m_photo->setObjectName(QStringLiteral("profilePhoto"));
    m_photo->setFixedSize(kPhotoSide, kPhotoSide);
    row->addWidget(m_photo);
    auto *column = new QVBoxLayout;
    auto *choose = new QPushButton(tr("Choose &photo…"), this);
    choose->setObjectName(QStringLiteral("choosePhoto"));
    m_removePhoto = new QPushButton(tr("&Remove photo"), this);
    m_removePhoto->setObjectName(QStringLiteral("removePhoto"));
    auto *hint = new QLabel(tr("PNG, JPEG or WebP, up to 10 MB. You can also drop a picture here."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(choose);
    column->addWidget(m_removePhoto);
    column->addWidget(hint);
    column->addStretch();
    row->addLayout(column, 1);
    qobject_cast<QVBoxLayout *>(layout())->addLayout(row);
    connect(choose, &QPushButton::clicked, this, &ProfileDialog::choosePicture);
    connect(m_removePhoto, &QPushButton::clicked, this, [this] {
        m_small.clear();
        m_large.clear();
        m_shown = QImage();
        m_photoChanged = true;
        showPhoto();
    });
    if (m_member)
        m_shown = PhotoImage::decode(m_service.network().photo(m_member, true));
}

void ProfileDialog::fill(const Member &m)
{
    const QString values[] = {m.name, m.headline, m.company, m.school, m.location, m.email, m.phone};
    for (int i = 0; i < m_fields.size(); ++i)
        m_fields.at(i)->setText(values[i]);
}

Member ProfileDialog::entered() const
{
    Member m;
    QString *targets[] = {&m.name, &m.headline, &m.company, &m.school, &m.location, &m.email, &m.phone};
    for (int i = 0; i < m_fields.size(); ++i)
        *targets[i] = m_fields.at(i)->text().trimmed();
    return m;
}

void ProfileDialog::setField(const char *name, const QString &text)
{
    if (auto *edit = findChild<QLineEdit *>(QLatin1String(name)))
        edit->setText(text);
}

QString ProfileDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ProfileDialog::choosePicture()
{
    const QString path = Prompts::openFileName(this, tr("Choose a photo"),
                                               tr("Pictures (*.png *.jpg *.jpeg *.webp);;All files (*)"));
    if (!path.isEmpty())
        takePicture(path);
}

bool ProfileDialog::takePicture(const QString &path, const QRect &crop)
{
    QString error;
    const QImage image = PhotoImage::load(path, &error);
    if (image.isNull()) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    QRect square = crop;
    if (square.isEmpty()) {
        PhotoCropDialog dialog(image, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        square = dialog.crop();
    }
    const PhotoImage::Encoded encoded = PhotoImage::encode(image, square);
    m_small = encoded.small;
    m_large = encoded.large;
    m_shown = PhotoImage::decode(m_large);
    m_photoChanged = true;
    m_error->hide();
    showPhoto();
    return true;
}

void ProfileDialog::showPhoto()
{
    QPixmap pixmap(kPhotoSide, kPhotoSide);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const QRect circle = pixmap.rect().adjusted(1, 1, -1, -1);
    if (!m_shown.isNull()) {
        CardPainter::photo(&p, circle, m_shown);
    } else {
        const QString name = m_fields.value(0) ? m_fields.at(0)->text() : QString();
        QFont f = font();
        f.setBold(true);
        f.setPointSizeF(font().pointSizeF() * 2.2);
        CardPainter::avatar(&p, circle, CardPainter::avatarColor(name), RelativeTime::initials(name), f);
    }
    p.end();
    m_photo->setPixmap(pixmap);
    m_photo->setAccessibleName(m_shown.isNull() ? tr("No photo yet") : tr("Your photo"));
    m_removePhoto->setEnabled(!m_shown.isNull());
}

void ProfileDialog::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void ProfileDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    takePicture(urls.first().toLocalFile());
}

bool ProfileDialog::save()
{
    const Member m = entered();
    ActionResult r;
    if (m_mode == Mode::Welcome && !m_member) {
        const JoinResult j = m_service.join(m);
        r = j.result;
        if (r.ok())
            m_member = j.memberId;
    } else if (m.name.isEmpty()) {
        r = ActionResult::refused(Refusal::NameRequired);
    } else {
        r = m_service.updateProfile(m_member, m);
    }
    if (r.ok() && m_photoChanged) {
        r = m_service.setPhoto(m_member, m_small, m_large);
        m_photoChanged = !r.ok();
    }
    if (!r.ok()) {
        m_error->setText(r.message);
        m_error->show();
    }
    return r.ok();
}

void ProfileDialog::accept()
{
    if (entered().name.isEmpty()) {
        m_error->setText(Refusal::message(Refusal::NameRequired));
        m_error->show();
        m_fields.at(0)->setFocus();
        return;
    }
    if (save())
        QDialog::accept();
}
