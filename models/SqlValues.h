#pragma once

#include <QString>

namespace talentflow {

// Binding a null QString stores NULL; NOT NULL text columns take '' instead.
inline QString notNullText(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace talentflow
