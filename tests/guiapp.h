#pragma once

#include "gui/cardlistview.h"
#include "gui/mainwindow.h"
#include "gui/mynetworkpage.h"
#include "rules/expiryengine.h"
#include "rules/invitationservice.h"
#include "runtime/appcontext.h"
#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The real window on a small network, in real time shifted as the test says.
struct App
{
    QTemporaryDir dir;
    AppContext context;
    Store &store;
    SimulatedClock &clock;
    InvitationService *service = nullptr;
    ExpiryEngine *engine = nullptr;
    std::unique_ptr<MainWindow> window;
    qint64 me = 0, anna = 0, ben = 0, cem = 0;

    App()
        : store(context.store())
        , clock(context.clock())
    {
        QString error;
        if (!context.open(StoreConfig::sqlite(dir.filePath(QStringLiteral("gui.sqlite"))), false, &error))
            qFatal("%s", qPrintable(error));
        service = &context.service();
        engine = &context.engine();
        me = add(QStringLiteral("Mia Meyer"));
        anna = add(QStringLiteral("Anna Schmidt"));
        ben = add(QStringLiteral("Ben Taylor"));
        cem = add(QStringLiteral("Cem Kaya"));
        engine->start();
    }
    qint64 add(const QString &name)
    {
        Member m;
        m.name = name;
        m.headline = QStringLiteral("Engineer");
        m.email = name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@example.org");
        return service->join(m).memberId;
    }
    void show()
    {
        window = std::make_unique<MainWindow>(context, me);
        window->resize(1100, 760);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
    MyNetworkPage *page() const { return window->page(); }
    int count(const QString &sql, std::initializer_list<QVariant> params = {}) const
    {
        QSqlQuery q(store.database());
        q.prepare(sql);
        for (const QVariant &p : params)
            q.addBindValue(p);
        if (!q.exec() || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toInt();
    }
    void click(CardListView *view, int row, int button)
    {
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        const QRect r = view->buttonRect(index, button);
        QVERIFY(r.isValid());
        QTest::mouseMove(view->viewport(), r.center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
    }
};
