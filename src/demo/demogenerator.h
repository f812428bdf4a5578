#pragma once

#include "store/rulessettings.h"

#include <QString>

#include <functional>

class Store;

struct DemoOptions
{
    int members = 300;
    qint64 connections = 3000; // undirected links
    qint64 invitations = 1500;
    quint64 seed = 20261126;
    qint64 nowMs = 0;
    // Write the notifications and e-mails of reminders already sent.
    bool history = true;
    // Give member 1, the demo's "you", a hand-picked mix of invitations.
    bool focusMember = true;

    static DemoOptions demo(qint64 nowMs);
    // The benchmark shape: 10 invitations and 20 connections per member.
    static DemoOptions sized(qint64 invitations, qint64 nowMs);
};

// Fills an empty store with a deterministic network: the same seed and
// "now" always give the same rows.
class DemoGenerator final
{
    Q_DISABLE_COPY_MOVE(DemoGenerator)
public:
    explicit DemoGenerator(Store &store, const RulesSettings &rules = {});

    // One transaction: on failure the store is left empty.
    bool generate(const DemoOptions &options, QString *error);
    void setProgress(std::function<void(const QString &)> progress) { m_progress = std::move(progress); }

private:
    bool generateInTransaction(const DemoOptions &options, QString *error);
    bool dropIndexes(QList<QPair<QString, QString>> *indexes, QString *error);
    bool rebuildIndexes(const QList<QPair<QString, QString>> &indexes, QString *error);

    Store &m_store;
    RulesSettings m_rules;
    std::function<void(const QString &)> m_progress;
};
