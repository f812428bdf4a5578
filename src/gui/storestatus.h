#pragma once

#include "gui/elidedlabel.h"

#include <QTimer>

class EngineStatus;
class ServerLink;

// The status bar's word on the store itself: a check after an unclean
// shutdown under way, or the engine's runs failing (another program holding
// the write lock) and when they are retried. Empty while all is well.
class StoreStatus final : public ElidedLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreStatus)
public:
    explicit StoreStatus(EngineStatus &engine, QWidget *parent = nullptr);

    void setChecking(bool checking);
    // A team store's connection: "Reconnecting…" while the server is away.
    void follow(ServerLink &link, const QString &server);
    // A list or the change feed could not read the store: shown until the
    // next read that works (the engine's next run, or a minute).
    void showReadFailure(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    EngineStatus &m_engine;
    bool m_checking = false;
    bool m_reconnecting = false;
    int m_reconnectInMs = 0;
    QString m_server;
    QString m_readFailure;
    QTimer m_readFailureTimer;
};
