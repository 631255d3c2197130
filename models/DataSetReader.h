#pragma once

#include "models/Records.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace talentflow {

// Reads a whole database into records, ordered by id (citations by source and offset).
class DataSetReader
{
public:
    explicit DataSetReader(QSqlDatabase db);

    std::optional<DataSet> readAll(QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace talentflow
