#pragma once

#include "models/FilterCondition.h"
#include "models/TalentFlow.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace talentflow {

// The talent flow read from the moves: each person's path in their own order (stated dates
// first, then the order the data set lists the moves, never a guessed date), turned into
// transfers and counted per company and period in one statement.
class FlowRepository
{
public:
    explicit FlowRepository(QSqlDatabase db);

    // The ribbons the filter's people make (with a company filter, those leaving or reaching
    // it), the busiest companies kept and the rest merged.
    std::optional<TalentFlowData> load(const FlowQuery &query, QString *error) const;

    // The statement load() runs and its values (the benchmark gives both to the sqlite3 shell).
    static SqlCondition statement(const FlowQuery &query, const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
};

} // namespace talentflow
