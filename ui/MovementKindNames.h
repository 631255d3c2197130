#pragma once

#include <QString>

namespace talentflow {

// The movement kind as a reader says it, in the UI language ("left", "离职").
QString movementKindLabel(const QString &kind);

} // namespace talentflow
