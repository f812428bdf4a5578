#include "gui/profilepage.h"

#include "ui_profilepage.h"

#include "base/clock.h"
#include "base/datetext.h"
#include "gui/cardlistview.h"
#include "gui/cardpainter.h"
#include "gui/prompts.h"
#include "gui/searchresultdelegate.h"
#include "import/photoimage.h"
#include "models/membersearchmodel.h"
#include "models/photocache.h"
#include "models/relationtext.h"
#include "models/relativetime.h"
#include "models/roles.h"
#include "rules/invitationservice.h"
#include "store/changefeed.h"
#include "store/store.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

namespace {

// The same colour as on every card: one person, one colour.
QPixmap avatarPixmap(const QString &name, const QFont &font, const QImage &photo)
{
    QPixmap pixmap(96, 96);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    QFont f = font;
    f.setBold(true);
    f.setPointSizeF(font.pointSizeF() * 2.2);
    if (!photo.isNull())
        CardPainter::photo(&p, pixmap.rect().adjusted(1, 1, -1, -1), photo);
    else
        CardPainter::avatar(&p, pixmap.rect().adjusted(1, 1, -1, -1), CardPainter::avatarColor(name),
                            RelativeTime::initials(name), f);
    p.end();
    return pixmap;
}

// Overlapping circles, one per person: their photo or their initials.
QPixmap facesPixmap(const QList<QPair<qint64, QString>> &people, const QList<QImage> &faces, const QFont &font)
{
    constexpr int side = 28;
    constexpr int step = 20;
    QPixmap pixmap(qMax(1, side + step * int(people.size() - 1)), side);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    QFont small = font;
    small.setBold(true);
    small.setPointSizeF(font.pointSizeF() * 0.8);
    for (int i = 0; i < people.size(); ++i) {
        const QRect circle(i * step, 0, side, side);
        if (!faces.at(i).isNull())
            CardPainter::photo(&p, circle, faces.at(i));
        else
            CardPainter::avatar(&p, circle, CardPainter::avatarColor(people.at(i).second),
                                RelativeTime::initials(people.at(i).second), small);
    }
    p.end();
    return pixmap;
}

}

ProfilePage::ProfilePage(InvitationService &service, Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfilePage>())
    , m_service(service)
    , m_clock(clock)
    , m_connections(std::make_unique<MemberSearchModel>(service.store()))
    , m_delegate(new SearchResultDelegate(this))
{
    m_ui->setupUi(this);
    m_ui->connectionsView->setCardDelegate(m_delegate);
    m_ui->connectionsView->setModel(m_connections.get());
    connect(m_ui->backButton, &QPushButton::clicked, this, &ProfilePage::backRequested);
    connect(m_ui->actionButton, &QPushButton::clicked, this, &ProfilePage::pressAction);
    connect(m_ui->secondaryButton, &QPushButton::clicked, this, &ProfilePage::secondary);
    connect(m_ui->connectionsView, &CardListView::cardClicked, this,
            [this](const QModelIndex &index) { emit profileRequested(index.data(Roles::PersonId).toLongLong()); });
    connect(m_delegate, &SearchResultDelegate::actionTriggered, this,
            [this](const QModelIndex &index) { inviteFromList(index, QString()); });
    connect(m_ui->connectionsView, &CardListView::connectWithNoteRequested, this, [this](const QModelIndex &index) {
        const QPersistentModelIndex card(index);
        if (const std::optional<QString> note = Prompts::askNote(this, index.data(Roles::PersonName).toString()))
            inviteFromList(card, *note);
    });
    connect(service.store().feed(), &ChangeFeed::changed, this, [this](const ChangeSet &changes) {
        const int topics = ChangeSet::Invitations | ChangeSet::Connections | ChangeSet::Profile;
        if (changes.touches(m_viewer, topics) || changes.touches(m_member, topics))
            refresh();
    });
    connect(&clock, &Clock::changed, this, &ProfilePage::refresh);
    connect(m_ui->mutualLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("member:")))
            emit profileRequested(link.mid(7).toLongLong());
    });
}

ProfilePage::~ProfilePage() = default;

void ProfilePage::showProfile(qint64 viewer, qint64 member)
{
    m_viewer = viewer;
    m_member = member;
    refresh();
}

void ProfilePage::refresh()
{
    if (!m_member)
        return;
    const ProfileView v = m_service.network().profile(m_viewer, m_member);
    const QLocale locale;
    m_ui->backButton->setText(tr("‹ Back"));
    m_ui->avatar->setPixmap(
        avatarPixmap(v.member.name, font(), PhotoImage::decode(m_service.network().photo(m_member, true))));
    m_ui->nameLabel->setText(v.member.name);
    m_ui->headlineLabel->setText(v.member.headline);
    QStringList place{v.member.company, v.member.location};
    place.removeAll(QString());
    m_ui->placeLabel->setText(place.join(QStringLiteral(" · ")));
    QString counts = tr("%Ln connection(s)", "", v.connectionCount);
    if (const QString degree = RelationText::degree(v.relation, v.mutualCount); !degree.isEmpty())
        counts = tr("%1 degree").arg(degree) + QStringLiteral(" · ") + counts;
    m_ui->countsLabel->setText(counts);
    showMutual(v);
    if (v.fullAccess) {
        QStringList lines;
        if (!v.member.school.isEmpty())
            lines << tr("Studied at %1").arg(v.member.school);
        lines << tr("Email: %1").arg(v.member.email);
        if (!v.member.phone.isEmpty())
            lines << tr("Phone: %1").arg(v.member.phone);
        m_ui->privateLabel->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_ui->privateLabel->setText(
            tr("Contact details and connections are visible to %1's connections only.").arg(v.member.name));
    }
    showActions(v.relation);
    m_ui->connectionsTitle->setVisible(v.fullAccess);
    m_ui->connectionsView->setVisible(v.fullAccess);
    // Without the list, the empty space goes below the card, not into it.
    m_ui->layout->setStretch(4, v.fullAccess ? 0 : 1);
    m_ui->connectionsTitle->setText(tr("Connections of %1").arg(v.member.name));
    if (v.fullAccess) {
        m_connections->setConnectionsOf(m_member);
        m_connections->setViewer(&m_service, m_viewer);
    }
}

// The one button where the viewer stands with the person, and the second:
// Ignore beside Accept, "Add a note" beside Connect (Connect itself sends
// without one), Edit profile on one's own.
void ProfilePage::showActions(const Relation &relation)
{
    m_ui->actionButton->setText(RelationText::button(relation));
    m_ui->actionButton->setEnabled(RelationText::actionable(relation) || relation.kind == Relation::InvitationSent);
    if (relation.kind == Relation::InvitationSent)
        m_ui->actionButton->setText(tr("Pending – withdraw"));
    switch (relation.kind) {
    case Relation::InvitationReceived:
        m_ui->secondaryButton->setText(tr("Ignore"));
        break;
    case Relation::CanConnect:
        m_ui->secondaryButton->setText(tr("Add a note…"));
        break;
    case Relation::Self:
        m_ui->secondaryButton->setText(tr("Edit profile…"));
        break;
    default:
        break;
    }
    m_ui->secondaryButton->setVisible(relation.kind == Relation::InvitationReceived
                                      || relation.kind == Relation::CanConnect || relation.kind == Relation::Self);
    m_ui->actionButton->setVisible(relation.kind != Relation::Self);
}

// Up to three mutual connections with their faces, each name opening that
// profile (R19): people recognise people, not counts.
void ProfilePage::showMutual(const ProfileView &v)
{
    const bool shown = v.relation.kind != Relation::Self;
    m_ui->mutualFaces->setVisible(shown && v.mutualCount > 0);
    m_ui->mutualLabel->setVisible(shown);
    if (!shown)
        return;
    const auto people = m_service.network().mutualConnections(m_viewer, m_member, 3);
    QStringList links;
    QList<QImage> faces;
    const PhotoCache *photos = PhotoCache::current();
    for (const auto &[id, name] : people) {
        links.append(QStringLiteral("<a href=\"member:%1\">%2</a>").arg(id).arg(name.toHtmlEscaped()));
        faces.append(photos ? photos->photo(id) : QImage());
    }
    m_ui->mutualLabel->setText(RelativeTime::mutualNamed(links, v.mutualCount));
    m_ui->mutualFaces->setPixmap(facesPixmap(people, faces, font()));
}

QString ProfilePage::actionText() const
{
    return m_ui->actionButton->text();
}

bool ProfilePage::isActionEnabled() const
{
    return m_ui->actionButton->isEnabled() && m_ui->actionButton->isVisible();
}

void ProfilePage::pressAction()
{
    const Relation relation = m_service.network().relation(m_viewer, m_member);
    const QString name = m_service.network().member(m_member)->name;
    ActionResult r;
    QString done;
    switch (relation.kind) {
    case Relation::CanConnect:
        r = m_service.invite(m_viewer, m_member, QString(), InvitationSource::Profile);
        done = tr("Invitation sent to %1.").arg(name);
        break;
    case Relation::InvitationReceived:
        r = m_service.accept(m_viewer, relation.invitationId);
        done = tr("You and %1 are now connected.").arg(name);
        break;
    case Relation::InvitationSent: {
        const qint64 again = m_clock.nowMs() + m_service.rules().cooldownMs;
        const QString date = DateText::longDate(again);
        if (!Prompts::confirm(this, tr("Withdraw invitation"),
                              tr("Withdraw your invitation to %1? You can invite %1 again on %2.").arg(name, date),
                              tr("Withdraw")))
            return;
        r = m_service.withdraw(m_viewer, relation.invitationId);
        done = tr("Invitation to %1 withdrawn. You can invite %1 again on %2.").arg(name, date);
        break;
    }
    default:
        return;
    }
    emit feedback(r.ok() ? done : r.message, !r.ok());
}

void ProfilePage::secondary()
{
    const Relation relation = m_service.network().relation(m_viewer, m_member);
    if (relation.kind == Relation::Self) {
        emit editProfileRequested();
        return;
    }
    if (relation.kind == Relation::CanConnect) {
        connectWithNote();
        return;
    }
    if (relation.kind != Relation::InvitationReceived)
        return;
    const ActionResult r = m_service.ignore(m_viewer, relation.invitationId);
    emit feedback(r.ok() ? tr("Invitation ignored.") : r.message, !r.ok());
}

void ProfilePage::inviteFromList(const QModelIndex &index, const QString &note)
{
    const qint64 other = index.data(Roles::PersonId).toLongLong();
    const ActionResult r = m_service.invite(m_viewer, other, note, InvitationSource::Profile);
    emit feedback(r.ok() ? tr("Invitation sent to %1.").arg(index.data(Roles::PersonName).toString()) : r.message,
                  !r.ok());
}

// R1's personal note, written before the invitation goes.
void ProfilePage::connectWithNote()
{
    const QString name = m_service.network().member(m_member)->name;
    const std::optional<QString> note = Prompts::askNote(this, name);
    if (!note)
        return;
    const ActionResult r = m_service.invite(m_viewer, m_member, *note, InvitationSource::Profile);
    emit feedback(r.ok() ? tr("Invitation sent to %1.").arg(name) : r.message, !r.ok());
}

void ProfilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}
