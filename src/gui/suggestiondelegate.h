#pragma once

#include "gui/buttondelegate.h"

// A person you may know as a grid card: avatar, name, headline, why they
// are suggested, Connect under the name and a Dismiss cross in the corner.
// A card acted on shows "Pending", or "Dismissed" with Undo, in place.
class SuggestionDelegate final : public ButtonDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionDelegate)
public:
    enum Button { Dismiss = 0, Connect = 1 };
    static constexpr int kWidth = 232; // at the usual font; more with a larger one
    static constexpr int kHeight = 250;
    // A card's cell for `font`: a large system font gets larger cards, so
    // names and reasons stay whole.
    static QSize cardSize(const QFont &font);

    using ButtonDelegate::ButtonDelegate;

    QList<QRect> buttonRects(const QStyleOptionViewItem &option) const override;
    QString buttonText(int button) const override;
    bool offersNote(const QModelIndex &index) const override;
    int defaultButton() const override { return Connect; }
    int deleteButton() const override { return Dismiss; }
    void press(const QModelIndex &index, int button) override;
    QString buttonAccessibleName(const QModelIndex &index, int button) const override;
    bool hasAction(const QModelIndex &index, int button) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    void connectClicked(const QModelIndex &index);
    void dismissClicked(const QModelIndex &index);
    void undoClicked(const QModelIndex &index);
};
