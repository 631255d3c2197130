#pragma once

#include "models/FactRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace talentflow {

// What a move says, as its edit form shows it.
struct MovementFields
{
    MovementKind kind = MovementKind::Left;
    qint64 companyId = 0;
    qint64 toCompanyId = 0; // 0: not stated
    PartialDate date;

    bool operator==(const MovementFields &other) const
    {
        return kind == other.kind && companyId == other.companyId && toCompanyId == other.toCompanyId && date == other.date;
    }
};

// What a role says, as its edit form shows it.
struct RoleFields
{
    qint64 companyId = 0;
    QString titleEn;
    QString titleZh;
    PartialDate start;
    PartialDate end;

    bool operator==(const RoleFields &other) const
    {
        return companyId == other.companyId && titleEn == other.titleEn && titleZh == other.titleZh && start == other.start
            && end == other.end;
    }
};

// Rows as they were stored, column by column, to put back exactly as they were.
struct StoredRows
{
    QVariantMap fact;           // empty when only a citation was taken
    QList<QVariantMap> citations;
};

// Corrections and removals of stored facts and their citations. Each call is one transaction
// with its change-log rows. An edit names the row version it was based on; a row changed since
// (in another window) is refused, naming the fact.
class FactEditor
{
public:
    explicit FactEditor(QSqlDatabase db);

    std::optional<MovementFields> movement(qint64 id, QString *error) const;
    std::optional<RoleFields> role(qint64 id, QString *error) const;
    static QString problemWith(const RoleFields &role);
    std::optional<int> citationCount(const FactRef &fact, QString *error) const;

    // The fact's new row version.
    std::optional<int> editMovement(qint64 id, const MovementFields &fields, int basedOnVersion, QString *error);
    std::optional<int> editRole(qint64 id, const RoleFields &fields, int basedOnVersion, QString *error);

    // Removes the fact with its citations; what was removed, to put back.
    std::optional<StoredRows> removeFact(const FactRef &fact, int basedOnVersion, QString *error);
    // Removes one citation; refused when it is its fact's last (remove the fact instead).
    std::optional<StoredRows> removeCitation(qint64 citationId, QString *error);
    // Puts removed rows back, with their ids; a fact comes back one row version above the one it
    // was removed at. The fact's row version afterwards (a citation alone leaves it as it is).
    std::optional<int> restore(const StoredRows &rows, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace talentflow
