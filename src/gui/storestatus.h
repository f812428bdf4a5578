#pragma once

#include <QLabel>

class ExpiryEngine;

// The status bar's word on the store itself: a check after an unclean
// shutdown under way, or the engine's runs failing (another program holding
// the write lock) and when they are retried. Empty while all is well.
class StoreStatus final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreStatus)
public:
    explicit StoreStatus(ExpiryEngine &engine, QWidget *parent = nullptr);

    void setChecking(bool checking);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    ExpiryEngine &m_engine;
    bool m_checking = false;
};
