#include "gui/withdrawolddialog.h"

#include "ui_withdrawolddialog.h"

#include "base/clock.h"
#include "gui/style.h"
#include "models/withdrawcandidatesmodel.h"
#include "rules/invitationservice.h"

#include <QHeaderView>
#include <QPushButton>

namespace {
constexpr qint64 kWeekMs = 7 * kMsPerDay;
}

WithdrawOldDialog::WithdrawOldDialog(const InvitationService &service, const Clock &clock, qint64 member, int weeks,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WithdrawOldDialog>())
    , m_service(service)
    , m_clock(clock)
    , m_member(member)
    , m_model(std::make_unique<WithdrawCandidatesModel>())
{
    m_ui->setupUi(this);
    Style::fitToScreen(this, QSize(640, 480));
    m_withdraw = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    Style::setStyleName(m_withdraw, QStringLiteral("primaryButton"));
    m_ui->candidatesView->setModel(m_model.get());
    m_ui->candidatesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->weeksSpin->setValue(weeks);
    connect(m_ui->weeksSpin, &QSpinBox::valueChanged, this, &WithdrawOldDialog::reload);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

WithdrawOldDialog::~WithdrawOldDialog() = default;

void WithdrawOldDialog::setWeeks(int weeks)
{
    m_ui->weeksSpin->setValue(weeks);
}

int WithdrawOldDialog::weeks() const
{
    return m_ui->weeksSpin->value();
}

QList<qint64> WithdrawOldDialog::invitationIds() const
{
    return m_model->invitationIds();
}

QTableView *WithdrawOldDialog::view() const
{
    return m_ui->candidatesView;
}

void WithdrawOldDialog::reload()
{
    const qint64 now = m_clock.nowMs();
    m_model->load(m_service.network(), m_member, now - weeks() * kWeekMs, now + m_service.rules().cooldownMs);
    retranslate();
}

void WithdrawOldDialog::retranslate()
{
    const int days = int(m_service.rules().cooldownMs / kMsPerDay);
    m_ui->introLabel->setText(tr("Old invitations that were never answered make a network look stale. You can invite "
                                 "each person again %n day(s) after withdrawing.",
                                 "", days));
    m_ui->weeksUnit->setText(tr("week(s) ago", "", weeks()));
    const int n = m_model->rowCount();
    m_ui->countLabel->setText(n ? tr("%Ln invitation(s) will be withdrawn.", "", n)
                                : tr("No invitation you sent is that old."));
    m_withdraw->setText(n ? tr("Withdraw %Ln", "", n) : tr("Withdraw"));
    m_withdraw->setEnabled(n > 0);
}

void WithdrawOldDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        m_model->retranslate();
    }
    QDialog::changeEvent(event);
}
