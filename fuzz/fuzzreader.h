#pragma once

#include <cstddef>
#include <cstdint>

// Feeds one input to the address-book reader as a file (CSV or vCard, any
// encoding), with the recognised mapping and with every column mapped.
// Never fails: what it finds is that nothing crashes, hangs or leaks.
int fuzzReaderOnce(const uint8_t *data, size_t size);
