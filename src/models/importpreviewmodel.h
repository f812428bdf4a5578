#pragma once

#include "import/contactmatcher.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

// The contacts of one import as the preview shows them: name, address and
// status, a check box on each row Invite selected may act on. Nothing is
// checked to begin with. The matches are shared with the import's outcome,
// never copied: a file can hold 100,000 of them.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)
public:
    enum Column { NameColumn, EmailColumn, StatusColumn, ColumnCount };
    enum class Group { Members, NonMembers };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setMatches(const QList<ContactMatch> &matches);
    // Matches already in order, the first `members` of them listed with
    // members: nothing to look through, for any number of contacts.
    void setMatches(const QList<ContactMatch> &matches, qsizetype members);
    // Every match as classified, in the file's order after members first.
    const QList<ContactMatch> &matches() const { return m_matches; }
    // The match as classified; its status() may have moved on since.
    const ContactMatch &match(int row) const { return m_matches.at(m_order.empty() ? row : m_order[size_t(row)]); }
    ContactStatus status(int row) const { return m_statusNow.value(row, match(row).status); }
    bool isSelectable(int row) const;
    bool isChecked(int row) const { return m_isChecked[size_t(row)]; }
    Group group(int row) const { return row < m_count[0] ? Group::Members : Group::NonMembers; }
    // Case-insensitive in name, address or company.
    bool contains(int row, const QString &text) const;
    static Group groupOf(const ContactMatch &match);
    // The contact's addresses besides the one shown (the one that matched,
    // or the primary), for "+2 more" and its tooltip.
    static QStringList otherAddresses(const ContactMatch &match);

    // One change signal for any number of rows (Select all on 100,000).
    void setChecked(const QList<int> &rows, bool checked);
    QList<int> checkedRows() const;
    int checkedCount(Group group) const { return m_checked[int(group)]; }
    int count(Group group) const { return m_count[int(group)]; }
    // After an invitation: the row's new status, unchecked.
    void setOutcome(int row, ContactStatus status, const QString &refusal = QString());
    // Statuses and headers are written when shown; tell the views.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void checkedChanged();

private:
    void reset(const QList<ContactMatch> &matches, qsizetype members, std::vector<int> order);

    QList<ContactMatch> m_matches; // shared with the outcome
    std::vector<int> m_order; // members first; empty when the matches already are
    QHash<int, ContactStatus> m_statusNow; // rows whose status changed since, after invitations
    std::vector<bool> m_isChecked;
    QHash<int, QString> m_refusals; // row -> why the invitation was refused
    int m_checked[2] = {0, 0};
    int m_count[2] = {0, 0};
};
