#include "gui/connectionspage.h"

#include "gui/cardlistview.h"
#include "gui/messagebar.h"
#include "gui/prompts.h"
#include "gui/searchresultdelegate.h"
#include "models/connectionlistmodel.h"
#include "models/roles.h"
#include "rules/invitationservice.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionsPage::ConnectionsPage(InvitationService &service, Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(std::make_unique<ConnectionListModel>(service, clock))
    , m_delegate(new SearchResultDelegate(this))
    , m_back(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_sortLabel(new QLabel(this))
    , m_sort(new QComboBox(this))
    , m_view(new CardListView(this))
{
    m_back->setObjectName(QStringLiteral("connectionsBackButton"));
    m_back->setFlat(true);
    m_title->setObjectName(QStringLiteral("connectionsPageTitle"));
    m_filter->setObjectName(QStringLiteral("connectionsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_sort->setObjectName(QStringLiteral("connectionsSort"));
    m_sortLabel->setBuddy(m_sort);
    auto *header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addWidget(m_title);
    header->addStretch();
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_filter, 1);
    controls->addWidget(m_sortLabel);
    controls->addWidget(m_sort);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    setTabOrder(m_back, m_filter);
    setTabOrder(m_filter, m_sort);
    setTabOrder(m_sort, m_view);

    m_view->setCardDelegate(m_delegate);
    m_view->setModel(m_model.get());
    connect(m_back, &QPushButton::clicked, this, &ConnectionsPage::backRequested);
    connect(m_filter, &QLineEdit::textChanged, m_model.get(), &ConnectionListModel::setFilter);
    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_model->setSort(ConnectionListModel::Sort(m_sort->itemData(index).toInt())); });
    connect(m_model.get(), &ConnectionListModel::countsChanged, this, &ConnectionsPage::updateTitle);
    connect(m_view, &CardListView::cardClicked, this,
            [this](const QModelIndex &index) { emit profileRequested(index.data(Roles::PersonId).toLongLong()); });
    connect(m_delegate, &SearchResultDelegate::actionTriggered, this, &ConnectionsPage::remove);
    retranslate();
}

ConnectionsPage::~ConnectionsPage() = default;

void ConnectionsPage::setMember(qint64 memberId)
{
    m_member = memberId;
    m_loaded = false;
    m_filter->clear();
    // Read when the page is first shown: a member's connections are
    // thousands of rows the window's first paint does not need.
    if (isVisible())
        load();
}

void ConnectionsPage::load()
{
    m_loaded = true;
    m_model->setMember(m_member);
    updateTitle();
}

void ConnectionsPage::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        load();
    QWidget::showEvent(event);
}

void ConnectionsPage::remove(const QModelIndex &index)
{
    const qint64 other = index.data(Roles::PersonId).toLongLong();
    const QString name = index.data(Roles::PersonName).toString();
    if (!Prompts::confirm(this, tr("Remove connection"),
                          tr("Remove %1 from your connections? %1 won't be notified, and either of you can send a new "
                             "invitation at any time.")
                              .arg(name),
                          tr("Remove")))
        return;
    const qint64 member = m_member;
    const QString done = tr("%1 was removed from your connections.").arg(name);
    if (!m_bar) {
        const ActionResult r = m_service.removeConnection(member, other);
        emit feedback(r.ok() ? done : r.message, !r.ok());
        return;
    }
    // Out of sight until the offer ends, and removed only then.
    m_bar->offerCardUndo({m_view}, index, done,
                         [this, member, other] { return m_service.removeConnection(member, other); });
}

void ConnectionsPage::updateTitle()
{
    const QLocale locale;
    const int total = m_model->totalCount();
    const int matching = m_model->matchCount();
    m_title->setText(m_model->filter().isEmpty()
                         ? tr("Connections (%1)").arg(locale.toString(total))
                         : tr("Connections (%1 of %2)").arg(locale.toString(matching), locale.toString(total)));
    m_view->setEmptyText(m_model->filter().isEmpty()
                             ? tr("No connections yet. People whose invitations you accept, and who accept yours, "
                                  "appear here.")
                             : tr("None of your connections matches “%1”.").arg(m_model->filter()));
}

void ConnectionsPage::retranslate()
{
    m_back->setText(tr("‹ Back"));
    m_filter->setPlaceholderText(tr("Search by name"));
    m_filter->setAccessibleName(tr("Search your connections by name, headline, company or place"));
    m_sortLabel->setText(tr("&Sort by:"));
    const QSignalBlocker blocker(m_sort);
    const int current = m_sort->currentIndex();
    m_sort->clear();
    m_sort->addItem(tr("Recently added"), int(ConnectionListModel::Sort::RecentlyAdded));
    m_sort->addItem(tr("First name"), int(ConnectionListModel::Sort::FirstName));
    m_sort->addItem(tr("Last name"), int(ConnectionListModel::Sort::LastName));
    m_sort->setCurrentIndex(qMax(0, current));
    m_view->setAccessibleName(tr("Your connections"));
    updateTitle();
}

void ConnectionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
