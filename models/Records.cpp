#include "models/Records.h"

#include "models/MovementKind.h"

namespace talentflow {

const QStringList &movementKinds()
{
    static const QStringList kinds = movementKindKeys();
    return kinds;
}

const QStringList &changeLogEntities()
{
    static const QStringList entities{QStringLiteral("source"), QStringLiteral("person"), QStringLiteral("company"),
                                      QStringLiteral("movement"), QStringLiteral("role"), QStringLiteral("citation")};
    return entities;
}

const QStringList &changeLogActions()
{
    static const QStringList actions{QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("remove")};
    return actions;
}

} // namespace talentflow
