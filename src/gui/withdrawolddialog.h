#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class WithdrawOldDialog;
}
class Clock;
class InvitationService;
class QPushButton;
class QTableView;
class WithdrawCandidatesModel;

// "Withdraw all older than N weeks": pick N, see at once whom it affects
// and from when each can be invited again, then withdraw them in one go.
class WithdrawOldDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WithdrawOldDialog)
public:
    WithdrawOldDialog(const InvitationService &service, const Clock &clock, qint64 member, int weeks,
                      QWidget *parent = nullptr);
    ~WithdrawOldDialog() override;

    void setWeeks(int weeks);
    int weeks() const;
    QList<qint64> invitationIds() const;
    QTableView *view() const;
    QPushButton *withdrawButton() const { return m_withdraw; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();

    std::unique_ptr<Ui::WithdrawOldDialog> m_ui;
    const InvitationService &m_service;
    const Clock &m_clock;
    qint64 m_member;
    std::unique_ptr<WithdrawCandidatesModel> m_model;
    QPushButton *m_withdraw;
};
