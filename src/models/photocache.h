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
    // What the small cache may hold: a 64 px photo is 16 KB decoded.
    static constexpr int kSmallCostKb = 4 * 1024;
    static constexpr int kLargeCostKb = 2 * 1024;

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
    // Members known to have no photo, so a scroll asks the store once.
    mutable QSet<qint64> m_without;
};
