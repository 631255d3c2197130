#pragma once

#include "models/Records.h"

#include <QSqlDatabase>
#include <QString>

namespace talentflow {

struct MergeStats
{
    int sources = 0;
    int companies = 0;
    int people = 0;
    int aliases = 0;
    int disputes = 0;
    int roles = 0;
    int movements = 0;
    int citations = 0;

    int total() const { return sources + companies + people + aliases + disputes + roles + movements + citations; }
};

// Merges records into a database: a record that is already there (same natural key) is
// matched, not duplicated, so merging the same data twice changes nothing. A new record keeps
// its own id when that id is free, so a file imported into an empty database keeps its ids.
// The caller owns the transaction; on failure it must roll back.
class DataSetWriter
{
public:
    explicit DataSetWriter(QSqlDatabase db);

    bool merge(const DataSet &data, MergeStats *stats, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace talentflow
