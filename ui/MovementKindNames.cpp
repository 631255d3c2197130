#include "ui/MovementKindNames.h"

#include <QCoreApplication>

namespace talentflow {

QString movementKindLabel(MovementKind kind)
{
    // The context stays "MovementKind", where the translations are.
    switch (kind) {
    case MovementKind::Joined:
        return QCoreApplication::translate("MovementKind", "joined");
    case MovementKind::Left:
        return QCoreApplication::translate("MovementKind", "left");
    case MovementKind::Fired:
        return QCoreApplication::translate("MovementKind", "fired");
    case MovementKind::Founded:
        return QCoreApplication::translate("MovementKind", "founded");
    case MovementKind::Sabbatical:
        return QCoreApplication::translate("MovementKind", "sabbatical");
    case MovementKind::RoleChange:
        return QCoreApplication::translate("MovementKind", "role change");
    case MovementKind::Ousted:
        return QCoreApplication::translate("MovementKind", "ousted");
    case MovementKind::Reinstated:
        return QCoreApplication::translate("MovementKind", "reinstated");
    }
    Q_UNREACHABLE();
    return {};
}

QString movementKindLabel(const QString &kind)
{
    const std::optional<MovementKind> known = movementKindFromKey(kind);
    return known ? movementKindLabel(*known) : kind;
}

} // namespace talentflow
