#pragma once

#include "models/Records.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace talentflow {

// Lookups of people by name.
class PeopleRepository
{
public:
    explicit PeopleRepository(QSqlDatabase db);

    // People whose English or Chinese name or any alias equals the text (Latin letters
    // compared without regard to case).
    std::optional<QList<PersonRecord>> findByName(const QString &name, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace talentflow
