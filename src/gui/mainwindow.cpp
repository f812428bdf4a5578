#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "clock.h"
#include "expiryengine.h"
#include "invitationservice.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>

MainWindow::MainWindow(InvitationService &service, ExpiryEngine &engine, Clock &clock, qint64 memberId,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_service(service)
    , m_engine(engine)
    , m_clock(clock)
    , m_memberId(memberId)
{
    m_ui->setupUi(this);
    for (auto signal : {&InvitationService::invitationSent, &InvitationService::invitationAccepted,
                        &InvitationService::invitationIgnored, &InvitationService::invitationWithdrawn})
        connect(&m_service, signal, this, &MainWindow::refresh);
    connect(&m_service, &InvitationService::memberJoined, this, &MainWindow::refresh);
    connect(&m_engine, &ExpiryEngine::ran, this, &MainWindow::refresh);
    connect(&m_clock, &Clock::changed, this, &MainWindow::refresh);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    const Network &network = m_service.network();
    const std::optional<Member> me = network.member(m_memberId);
    const QLocale locale;
    m_ui->memberName->setText(me ? me->name : tr("Unknown member"));
    m_ui->memberHeadline->setText(me ? me->headline : QString());
    setWindowTitle(me ? tr("My Network – %1").arg(me->name) : tr("My Network"));

    const NetworkCounts c = network.counts(m_memberId);
    m_ui->connectionsCount->setText(locale.toString(c.connections));
    m_ui->contactsCount->setText(locale.toString(c.contacts));
    m_ui->sentCount->setText(locale.toString(c.sentPending));
    m_ui->receivedCount->setText(locale.toString(c.receivedPending));
    m_ui->notificationsCount->setText(locale.toString(c.unreadNotifications));
    m_ui->weeklyRemaining->setText(tr("You can send %n more invitation(s) this week.", "",
                                      m_service.remainingThisWeek(m_memberId)));
    m_ui->overviewText->setText(tr("%n invitation(s) waiting for your answer.", "", c.receivedPending)
                                + QLatin1Char('\n')
                                + tr("%n invitation(s) you sent are waiting for an answer.", "", c.sentPending));

    const qint64 next = m_engine.nextDueMs();
    m_ui->engineText->setText(
        next ? tr("Next reminder or expiry: %1")
                   .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(next).toLocalTime(), QLocale::ShortFormat))
             : tr("No reminders or expiries are scheduled."));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toLocalTime();
    statusBar()->showMessage(tr("Now: %1").arg(locale.toString(now, QLocale::ShortFormat)));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QMainWindow::changeEvent(event);
}
