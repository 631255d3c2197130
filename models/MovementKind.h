#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace talentflow {

// A kind of move. The stored text of each (movement.kind) is in its table entry.
enum class MovementKind { Joined, Left, Fired, Founded, Sabbatical, RoleChange, Ousted, Reinstated };

// Which way a move takes a person, relative to the company it happens at.
enum class MovementDirection {
    Arrival,   // at the company from then on
    Departure, // gone from it
    Leave,     // away for a while, still on its staff
    Within,    // a change inside it
};

// A role's status; the roles table stores and sorts these keys.
enum class RoleStatus { Current, Left, OnLeave };

// One row of the vocabulary: everything else about a kind is derived from it.
struct MovementKindEntry
{
    MovementKind kind;
    const char *key; // as stored in movement.kind and exchanged in JSON
    MovementDirection direction;
    RoleStatus status; // of a role whose latest move at its company is of this kind
};

// Every kind once, in the schema's order. The schema's CHECK lists the same keys (tests hold it to
// this table; a migration would be needed to change it).
const QList<MovementKindEntry> &movementKindTable();

const MovementKindEntry &movementKindEntry(MovementKind kind);
QString movementKindKey(MovementKind kind);
std::optional<MovementKind> movementKindFromKey(const QString &key);
// Every key, in the table's order.
QStringList movementKindKeys();

// "current", "left", "on_leave": the roles table's status keys.
QString roleStatusKey(RoleStatus status);

// An SQL CASE over a column of stored kinds giving the role status each implies. Its literals come
// from the fixed table, never from data; kindColumn is an identifier written in code.
QString roleStatusCaseSql(const QString &kindColumn);

} // namespace talentflow
