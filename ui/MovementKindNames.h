#pragma once

#include "models/MovementKind.h"

#include <QString>

namespace talentflow {

// The movement kind as a reader says it, in the UI language ("left", "离职").
QString movementKindLabel(MovementKind kind);
// The same for a stored key; a key outside the vocabulary is shown as it is.
QString movementKindLabel(const QString &kind);

} // namespace talentflow
