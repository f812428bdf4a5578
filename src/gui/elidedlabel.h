#pragma once

#include <QLabel>

// A one-line label for the status bar that gives way when space is short:
// the middle of its text becomes "…" (a server's path, a long error) and
// the whole text is in the tooltip, instead of widening the window past
// the screen.
class ElidedLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_full;
};
