#pragma once

#include <QSqlDatabase>

class Dialect;

// What the change feed reads from: an open connection and its dialect.
// The store implements it; the feed knows only this, so the store can own
// and publish to its feed without the two including each other.
class FeedSource
{
public:
    virtual ~FeedSource() = default;
    virtual bool isOpen() const = 0;
    virtual QSqlDatabase database() const = 0;
    // Where notices are listened for: a session of its own on the server
    // when queries go through a pooler (which keeps no LISTEN).
    virtual QSqlDatabase listenDatabase() const { return database(); }
    virtual const Dialect &dialect() const = 0;
};
