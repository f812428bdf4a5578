// libFuzzer entry (clang only): see fuzz/CMakeLists.txt.
#include "fuzzreader.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzReaderOnce(data, size);
}
