#pragma once

#include <QStringList>

// Word lists for the demo network: a mixed German and English network.
namespace DemoNames {

struct Flavour
{
    QStringList firstNames;
    QStringList lastNames;
    QStringList cities;
    QStringList roles;        // "%1" is the company
    QStringList notes;        // "%1" is the recipient's first name
    QStringList domains;
};

const Flavour &german();
const Flavour &english();
const QStringList &companies();
const QStringList &schools();

}
