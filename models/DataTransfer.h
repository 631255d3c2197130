#pragma once

#include "models/DataSetWriter.h"

#include <QString>

namespace talentflow {

class Database;

// File-level export and import. Export picks JSON or CSV by the file's extension and never
// leaves a partial file. Import validates the whole file before it writes anything, then
// merges it in one transaction: on any error the database is left exactly as it was.
class DataTransfer
{
public:
    explicit DataTransfer(Database &database);

    bool exportTo(const QString &path, QString *error) const;
    bool importFrom(const QString &path, MergeStats *stats, QString *error);

private:
    bool resolveBodies(DataSet &data, QString *error) const;

    Database &m_database;
};

} // namespace talentflow
