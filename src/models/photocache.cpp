#include "models/photocache.h"

#include "base/changeset.h"
#include "import/photoimage.h"
#include "rules/network.h"
#include "store/changefeed.h"

namespace {
PhotoCache *s_current = nullptr;
}

PhotoCache::PhotoCache(const Network &network, ChangeFeed *feed, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    s_current = this;
    if (feed)
        connect(feed, &ChangeFeed::changed, this, &PhotoCache::forget);
}

PhotoCache::~PhotoCache()
{
    if (s_current == this)
        s_current = nullptr;
}

PhotoCache *PhotoCache::current()
{
    return s_current;
}

QImage PhotoCache::photo(qint64 member, bool large) const
{
    if (member <= 0 || m_without.contains(member))
        return {};
    QCache<qint64, QImage> &cache = large ? m_large : m_small;
    if (const QImage *known = cache.object(member))
        return *known;
    const QImage image = PhotoImage::decode(m_network.photo(member, large));
    if (image.isNull()) {
        m_without.insert(member, new bool(true));
        return {};
    }
    cache.insert(member, new QImage(image), qMax<int>(1, int(image.sizeInBytes() / 1024)));
    return image;
}

void PhotoCache::forget(const ChangeSet &changes)
{
    if (changes.everything) {
        m_small.clear();
        m_large.clear();
        m_without.clear();
        emit changed(0);
        return;
    }
    for (auto it = changes.members.cbegin(); it != changes.members.cend(); ++it) {
        if (!(it.value() & ChangeSet::Profile) || it.key() == 0)
            continue;
        m_small.remove(it.key());
        m_large.remove(it.key());
        m_without.remove(it.key());
        emit changed(it.key());
    }
}
