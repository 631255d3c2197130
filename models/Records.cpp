#include "models/Records.h"

namespace talentflow {

const QStringList &movementKinds()
{
    static const QStringList kinds = {
        QStringLiteral("joined"),     QStringLiteral("left"),        QStringLiteral("fired"),
        QStringLiteral("founded"),    QStringLiteral("sabbatical"),  QStringLiteral("role_change"),
        QStringLiteral("ousted"),     QStringLiteral("reinstated"),
    };
    return kinds;
}

} // namespace talentflow
