// Runs the fuzz entry over the seed corpus and over deterministic
// mutations of it, with any compiler: the fuzz target's CTest companion.
// Usage: mynetwork_fuzz_replay [corpus folders...]
#include "fuzzreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<QByteArray> seeds;
    for (const QString &folder : app.arguments().mid(1)) {
        for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files)) {
            QFile f(info.filePath());
            if (f.open(QIODevice::ReadOnly))
                seeds.append(f.readAll());
        }
    }
    QRandomGenerator rng(20261126);
    int runs = 0;
    for (const QByteArray &seed : std::as_const(seeds)) {
        fuzzReaderOnce(reinterpret_cast<const uint8_t *>(seed.constData()), size_t(seed.size()));
        ++runs;
        for (int i = 0; i < 300; ++i) {
            QByteArray m = seed;
            for (int edits = 1 + int(rng.bounded(8)); edits > 0; --edits) {
                const qsizetype pos = m.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(m.size())));
                static const char interesting[] = {'"',  ',',    ';',    '\t',   '\r',   '\n',   ':',    '=', '\\',
                                                   '\0', '\xff', '\xfe', '\xef', '\xbb', '\xbf', '\xc3', ' '};
                const char c = interesting[rng.bounded(quint32(sizeof interesting))];
                switch (rng.bounded(4)) {
                case 0:
                    m.insert(pos, c);
                    break;
                case 1:
                    if (!m.isEmpty())
                        m.remove(pos, 1 + qsizetype(rng.bounded(16)));
                    break;
                case 2:
                    if (!m.isEmpty())
                        m[pos] = c;
                    break;
                default:
                    m.insert(pos, m.mid(qsizetype(rng.bounded(quint32(m.size() + 1))), 64));
                    break;
                }
            }
            fuzzReaderOnce(reinterpret_cast<const uint8_t *>(m.constData()), size_t(m.size()));
            ++runs;
        }
    }
    std::printf("fuzz replay: %d inputs from %lld seeds, no crash\n", runs, static_cast<long long>(seeds.size()));
    return seeds.isEmpty() ? 1 : 0;
}
