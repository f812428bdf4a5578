#pragma once

#include <QWidget>

// A page of a QStackedWidget that counts for the stack's size only while it
// is the page shown. QStackedWidget asks every page for its size, so each
// switch laid out the word-wrapped paragraphs of pages nobody sees: in the
// import dialog most of the 10 ms the window spent showing the preview of
// 100,000 contacts.
class StackPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackPage)
public:
    explicit StackPage(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    bool isShownPage() const;
};
