#pragma once

#include <QAbstractListModel>
#include <QSet>

// A list model that follows the store with row-level signals only: rows
// that left are removed, new ones inserted where they sort, changed ones
// reported, so a view keeps its scroll position and selection.
class SyncedListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

signals:
    // A read of the store failed; the rows already shown stay.
    void readFailed(const QString &error);

protected:
    // True while rows are being inserted or removed: a view (or the model
    // tester) asking for more from inside those signals is told no.
    bool m_changingRows = false;

    // Brings `rows` to `fresh`; both in the model's order with unique keys.
    template<typename Row, typename KeyOf, typename Same>
    void syncRows(QList<Row> &rows, const QList<Row> &fresh, KeyOf keyOf, Same same)
    {
        const bool wasChanging = m_changingRows;
        m_changingRows = true;
        QSet<decltype(keyOf(fresh.first()))> freshKeys;
        for (const Row &r : fresh)
            freshKeys.insert(keyOf(r));
        for (int i = int(rows.size()) - 1; i >= 0; --i) {
            if (!freshKeys.contains(keyOf(rows.at(i)))) {
                beginRemoveRows({}, i, i);
                rows.removeAt(i);
                endRemoveRows();
            }
        }
        int j = 0;
        for (const Row &r : fresh) {
            if (j < rows.size() && keyOf(rows.at(j)) == keyOf(r)) {
                if (!same(rows.at(j), r)) {
                    rows[j] = r;
                    emit dataChanged(index(j), index(j));
                }
            } else {
                beginInsertRows({}, j, j);
                rows.insert(j, r);
                endInsertRows();
            }
            ++j;
        }
        m_changingRows = wasChanging;
    }
};
