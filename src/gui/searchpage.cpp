#include "gui/searchpage.h"
#include "gui/prompts.h"

#include "gui/cardlistview.h"
#include "gui/searchresultdelegate.h"
#include "models/membersearchmodel.h"
#include "models/roles.h"
#include "rules/invitationservice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

SearchPage::SearchPage(InvitationService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(std::make_unique<MemberSearchModel>(service.store()))
    , m_delegate(new SearchResultDelegate(this))
    , m_title(new QLabel(this))
    , m_view(new CardListView(this))
{
    m_title->setObjectName(QStringLiteral("searchTitle"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(narrowingRow());
    layout->addWidget(m_view, 1);
    // Tab reaches the narrowing fields, then the results, as they are read.
    setTabOrder(m_school, m_view);
    m_view->setCardDelegate(m_delegate);
    m_view->setModel(m_model.get());
    connect(m_view, &CardListView::cardClicked, this,
            [this](const QModelIndex &index) { emit profileRequested(index.data(Roles::PersonId).toLongLong()); });
    connect(m_delegate, &SearchResultDelegate::actionTriggered, this,
            [this](const QModelIndex &index) { connectTo(index, QString()); });
    connect(m_view, &CardListView::connectWithNoteRequested, this, [this](const QModelIndex &index) {
        const QPersistentModelIndex card(index);
        if (const std::optional<QString> note = Prompts::askNote(this, index.data(Roles::PersonName).toString()))
            connectTo(card, *note);
    });
    retranslate();
}

SearchPage::~SearchPage() = default;

void SearchPage::connectTo(const QModelIndex &index, const QString &note)
{
    const qint64 other = index.data(Roles::PersonId).toLongLong();
    const QString name = index.data(Roles::PersonName).toString();
    const ActionResult r = m_service.invite(m_viewer, other, note, InvitationSource::Search);
    emit feedback(!r.ok()                 ? r.message
                      : r.acceptedInstead ? tr("You and %1 are now connected.").arg(name)
                                          : tr("Invitation sent to %1.").arg(name),
                  !r.ok());
}

// R19: a search narrowed by company, location or school, as typed.
QWidget *SearchPage::narrowingRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_narrowLabel = new QLabel(row);
    layout->addWidget(m_narrowLabel);
    for (QLineEdit **edit : {&m_company, &m_location, &m_school}) {
        *edit = new QLineEdit(row);
        (*edit)->setClearButtonEnabled(true);
        layout->addWidget(*edit, 1);
        connect(*edit, &QLineEdit::textChanged, this, &SearchPage::rerun);
    }
    m_company->setObjectName(QStringLiteral("narrowCompany"));
    m_location->setObjectName(QStringLiteral("narrowLocation"));
    m_school->setObjectName(QStringLiteral("narrowSchool"));
    return row;
}

void SearchPage::search(qint64 viewer, const QString &text)
{
    m_viewer = viewer;
    m_text = text.trimmed();
    for (QLineEdit *edit : {m_company, m_location, m_school}) {
        const QSignalBlocker quiet(edit);
        edit->clear();
    }
    m_model->setViewer(&m_service, viewer);
    rerun();
}

void SearchPage::rerun()
{
    m_model->setFilter(m_text, {m_company->text(), m_location->text(), m_school->text()});
    retranslate();
}

void SearchPage::retranslate()
{
    const int n = m_model->rowCount();
    m_title->setText(n >= MemberSearchModel::kLimit
                         ? tr("The first %1 people for “%2”").arg(QLocale().toString(n), m_text)
                         : tr("%Ln result(s) for “%1”", "", n).arg(m_text));
    m_view->setEmptyText(tr("Nobody matches “%1”. Try part of a name, a headline or a company.").arg(m_text));
    m_view->setAccessibleName(tr("Search results"));
    m_narrowLabel->setText(tr("Narrow by:"));
    m_company->setPlaceholderText(tr("Company"));
    m_company->setAccessibleName(tr("Narrow the results by company"));
    m_location->setPlaceholderText(tr("Location"));
    m_location->setAccessibleName(tr("Narrow the results by location"));
    m_school->setPlaceholderText(tr("School"));
    m_school->setAccessibleName(tr("Narrow the results by school"));
}

void SearchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
