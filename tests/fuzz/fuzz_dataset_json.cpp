// libFuzzer target: the import-file parser must turn any bytes into a dataset or a DatasetError,
// never a crash, a hang or a sanitizer report.
#include "io/DatasetJson.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto parsed = salon::DatasetJson::parse(input);
    if (parsed) {
        // What parses must serialize and parse back to the same dataset.
        const auto again = salon::DatasetJson::parse(salon::DatasetJson::serialize(*parsed));
        if (!again || !(*again == *parsed))
            __builtin_trap();
    } else if (parsed.error().path.isEmpty() && parsed.error().message.isEmpty()) {
        __builtin_trap(); // every failure must say what is wrong
    }
    return 0;
}
