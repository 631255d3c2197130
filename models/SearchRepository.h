#pragma once

#include "models/RoleFilter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace talentflow {

// Finds people by any part of a name, an alias or an excerpt cited about them, in either script.
// The user's text is always a bound value; quotes, % and _ match themselves.
class SearchRepository
{
public:
    explicit SearchRepository(QSqlDatabase db);

    // Ids of the matching people, in id order; nullopt on a database error.
    std::optional<QList<qint64>> matchingPeople(const QString &text, QString *error) const;
    // The roles a filter bar's request shows: its company, and the people its search finds.
    std::optional<RoleFilter> resolve(const FilterRequest &request, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace talentflow
