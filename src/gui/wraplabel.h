#pragma once

#include <QLabel>
#include <QSize>
#include <QString>

#include <array>

// A word-wrapped label that measures its text once per width. QLabel
// lays the whole text out again on every size question, and one layout
// pass asks each label many times (the import preview's labels were
// shaped over 400 times to show the page once).
class WrapLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapLabel)
public:
    explicit WrapLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    // Forgets every measure when the text changed since they were taken
    // (QLabel::setText is not virtual, so the text is compared instead).
    void checkText() const;

    struct Height
    {
        int width = -1;
        int height = 0;
    };
    mutable QString m_measured;
    mutable bool m_stale = true;
    mutable QSize m_hint;
    mutable QSize m_minimum;
    mutable std::array<Height, 4> m_heights{};
    mutable size_t m_next = 0;
};
