#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>

struct ChangeSet;
class ChangeFeed;
class Network;

// People's photos as the window paints them (R19): read from the store and
// decoded only for the rows on screen, kept by size in a small cache, and
// forgotten when a profile changes, whoever changed it (the feed). One per
// window; delegates reach the window's through current().
class PhotoCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoCache)
public:
    // What the caches may hold: a 64 px photo is 16 KB decoded, and a
    // screen shows a few dozen; a 256 px one 256 KB, and a screen shows one
    // or two. A long scroll keeps the memory it started with.
    static constexpr int kSmallCostKb = 1024;
    static constexpr int kLargeCostKb = 1024;
    static constexpr int kKnownWithout = 4096;

    PhotoCache(const Network &network, ChangeFeed *feed, QObject *parent = nullptr);
    ~PhotoCache() override;
    static PhotoCache *current();

    // The member's photo, or a null image (no photo, or not a member).
    QImage photo(qint64 member, bool large = false) const;

signals:
    // A member's photo changed (0: possibly everyone's).
    void changed(qint64 member);

private:
    void forget(const ChangeSet &changes);

    const Network &m_network;
    mutable QCache<qint64, QImage> m_small{kSmallCostKb};
    mutable QCache<qint64, QImage> m_large{kLargeCostKb};
    // Members lately known to have no photo, so a repaint asks the store
    // once (bounded too: 100,000 rows must not grow it).
    mutable QCache<qint64, bool> m_without{kKnownWithout};
};
