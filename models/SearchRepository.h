#pragma once

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

private:
    QSqlDatabase m_db;
};

} // namespace talentflow
