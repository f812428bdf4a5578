#pragma once

#include <QSize>

#include "store/storeconfig.h"

#include <QString>

class QApplication;

// What the command line asked for.
struct Options
{
    StoreConfig config;
    bool demo = true;
    qint64 member = 1;
    bool memberGiven = false;
    QString page;
    QString screenshot; // a picture of the window instead of a window
    QSize screenshotSize{1100, 760};
    QString importPreview; // a printed preview instead of a window
    QByteArray importEncoding; // --encoding: the preview's file is in this encoding
    bool exitAfterFirstPaint = false;
    int exitCode = -1; // set when the app must end right away (bad option)

    // A window for a person (not a picture, not a printout).
    bool gui() const { return screenshot.isEmpty() && importPreview.isEmpty(); }

    // Parses the arguments (--help and --version print and exit here);
    // an unusable option gets a message on stderr and exitCode 2.
    static Options parse(QApplication &app);
};
