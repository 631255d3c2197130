// libFuzzer target: the date-with-precision parser and its formatting.
#include "models/PartialDate.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const int split = bytes.indexOf('|');
    const QString text = QString::fromUtf8(split < 0 ? bytes : bytes.left(split));
    if (const std::optional<talentflow::PartialDate> date = talentflow::PartialDate::fromIso(text)) {
        // What parses must round-trip and span a valid period.
        if (talentflow::PartialDate::fromIso(date->toIso()) != date)
            __builtin_trap();
        if (date->isKnown() && (!date->firstDay().isValid() || date->lastDay() < date->firstDay()))
            __builtin_trap();
        date->toDisplayString(true);
        date->toDisplayString(false);
    }
    if (split >= 0)
        talentflow::PartialDate::fromIsoWithPrecision(text, QString::fromUtf8(bytes.mid(split + 1)));
    return 0;
}
