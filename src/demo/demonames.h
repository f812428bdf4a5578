#pragma once

#include <QStringList>

// Word lists for the demo network: a mixed German and English network.
namespace DemoNames {

struct Flavour
{
    QStringList firstNames;
    QStringList lastNames;
    QStringList cities;
    QStringList roles; // "%1" is the company; "female|male" where they differ
    QStringList notes; // "%1" is the recipient's first name
    QStringList domains;
    QStringList femaleFirstNames; // the others are male
};

const Flavour &german();
const Flavour &english();
const QStringList &companies();
const QStringList &schools();
// The role at `index` in the form that fits the person (German job titles
// have a female and a male form).
QString role(const Flavour &flavour, int index, const QString &firstName);

}
