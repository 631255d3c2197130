#include "ui/MovementKindNames.h"

#include <QCoreApplication>

namespace talentflow {

QString movementKindLabel(const QString &kind)
{
    static const char *const labels[][2] = {
        {"joined", QT_TRANSLATE_NOOP("MovementKind", "joined")},
        {"left", QT_TRANSLATE_NOOP("MovementKind", "left")},
        {"fired", QT_TRANSLATE_NOOP("MovementKind", "fired")},
        {"founded", QT_TRANSLATE_NOOP("MovementKind", "founded")},
        {"sabbatical", QT_TRANSLATE_NOOP("MovementKind", "sabbatical")},
        {"role_change", QT_TRANSLATE_NOOP("MovementKind", "role change")},
        {"ousted", QT_TRANSLATE_NOOP("MovementKind", "ousted")},
        {"reinstated", QT_TRANSLATE_NOOP("MovementKind", "reinstated")},
    };
    for (const auto &label : labels) {
        if (kind == QLatin1String(label[0]))
            return QCoreApplication::translate("MovementKind", label[1]);
    }
    return kind;
}

} // namespace talentflow
