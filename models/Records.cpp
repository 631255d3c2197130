#include "models/Records.h"

#include "models/MovementKind.h"

namespace talentflow {

const QStringList &movementKinds()
{
    static const QStringList kinds = movementKindKeys();
    return kinds;
}

} // namespace talentflow
