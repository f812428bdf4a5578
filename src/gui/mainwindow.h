#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class Clock;
class ExpiryEngine;
class InvitationService;

// The window as a signed-in member sees it. For now: who you are and the
// counts of your network, kept live from the service and the engine.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(InvitationService &service, ExpiryEngine &engine, Clock &clock, qint64 memberId,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    qint64 memberId() const { return m_memberId; }

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    InvitationService &m_service;
    ExpiryEngine &m_engine;
    Clock &m_clock;
    qint64 m_memberId;
};
