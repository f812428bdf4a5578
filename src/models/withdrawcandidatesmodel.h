#pragma once

#include <QAbstractTableModel>
#include <QList>

class Network;

// The sent invitations a bulk withdraw would take back: who, when sent,
// and from when they can be invited again. Dates are written when shown,
// in the current language.
class WithdrawCandidatesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WithdrawCandidatesModel)
public:
    enum Column { NameColumn, SentColumn, AgainColumn, ColumnCount };

    explicit WithdrawCandidatesModel(QObject *parent = nullptr);

    // Every invitation the member still awaits an answer to, sent before
    // `cutoffMs`, oldest first; all can be invited again on `againMs`.
    void load(const Network &network, qint64 member, qint64 cutoffMs, qint64 againMs);
    QList<qint64> invitationIds() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        qint64 invitationId = 0;
        QString name;
        qint64 sentMs = 0;
    };
    QList<Row> m_rows;
    qint64 m_againMs = 0;
};
