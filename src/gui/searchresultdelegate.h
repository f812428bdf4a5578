#pragma once

#include "gui/buttondelegate.h"

// A person in a list (search results, someone's connections, one's own
// connections): avatar, name, headline, company and place (or the model's
// detail line), and at the right the one button that fits where the viewer
// stands with them, or the model's own action.
class SearchResultDelegate final : public ButtonDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)
public:
    using ButtonDelegate::ButtonDelegate;

    QList<QRect> buttonRects(const QStyleOptionViewItem &option) const override;
    QString buttonText(int) const override { return {}; }
    bool offersNote(const QModelIndex &index) const override;
    int defaultButton() const override { return 0; }
    void press(const QModelIndex &index, int button) override;
    QString buttonAccessibleName(const QModelIndex &index, int button) const override;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    void actionTriggered(const QModelIndex &index);

private:
    QRect buttonRect(const QStyleOptionViewItem &option) const;
};
