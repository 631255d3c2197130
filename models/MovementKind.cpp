#include "models/MovementKind.h"

namespace talentflow {

namespace {

// A key as an SQL string literal. Keys are fixed lower-case words, so nothing needs escaping;
// anything else is a programming error.
QString sqlLiteral(const QString &key)
{
    for (const QChar c : key)
        Q_ASSERT((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('_'));
    return QLatin1Char('\'') + key + QLatin1Char('\'');
}

} // namespace

const QList<MovementKindEntry> &movementKindTable()
{
    using D = MovementDirection;
    static const QList<MovementKindEntry> table = {
        {MovementKind::Joined, "joined", D::Arrival, RoleStatus::Current},
        {MovementKind::Left, "left", D::Departure, RoleStatus::Left},
        {MovementKind::Fired, "fired", D::Departure, RoleStatus::Left},
        {MovementKind::Founded, "founded", D::Arrival, RoleStatus::Current},
        {MovementKind::Sabbatical, "sabbatical", D::Leave, RoleStatus::OnLeave},
        {MovementKind::RoleChange, "role_change", D::Within, RoleStatus::Current},
        {MovementKind::Ousted, "ousted", D::Departure, RoleStatus::Left},
        {MovementKind::Reinstated, "reinstated", D::Arrival, RoleStatus::Current},
    };
    return table;
}

const MovementKindEntry &movementKindEntry(MovementKind kind)
{
    const QList<MovementKindEntry> &table = movementKindTable();
    for (const MovementKindEntry &entry : table) {
        if (entry.kind == kind)
            return entry;
    }
    Q_UNREACHABLE(); // every kind has its row (tst_movementkind)
    return table.first();
}

QString movementKindKey(MovementKind kind)
{
    return QLatin1String(movementKindEntry(kind).key);
}

std::optional<MovementKind> movementKindFromKey(const QString &key)
{
    for (const MovementKindEntry &entry : movementKindTable()) {
        if (key == QLatin1String(entry.key))
            return entry.kind;
    }
    return std::nullopt;
}

QStringList movementKindKeys()
{
    QStringList keys;
    for (const MovementKindEntry &entry : movementKindTable())
        keys.append(QLatin1String(entry.key));
    return keys;
}

QString roleStatusKey(RoleStatus status)
{
    switch (status) {
    case RoleStatus::Current:
        return QStringLiteral("current");
    case RoleStatus::Left:
        return QStringLiteral("left");
    case RoleStatus::OnLeave:
        return QStringLiteral("on_leave");
    }
    Q_UNREACHABLE();
    return {};
}

QString roleStatusCaseSql(const QString &kindColumn)
{
    // A WHEN for every kind: the CHECK admits no other, so no ELSE is needed.
    QString sql = QStringLiteral("CASE ") + kindColumn;
    for (const MovementKindEntry &entry : movementKindTable())
        sql += QStringLiteral(" WHEN %1 THEN %2").arg(sqlLiteral(QLatin1String(entry.key)), sqlLiteral(roleStatusKey(entry.status)));
    return sql + QStringLiteral(" END");
}

} // namespace talentflow
