#pragma once

#include "models/DataSetWriter.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace talentflow {

class Database;

// Where an import is: reading the file through to check its header, articles, companies and
// people (done and total: bytes), reading it again to check and write each fact (bytes), then
// building the indexes (steps).
struct ImportProgress
{
    enum class Step { Checking, Writing, Indexing };
    Step step;
    qint64 done;
    qint64 total;
};
// Returns false to cancel the import.
using ImportProgressHandler = std::function<bool(const ImportProgress &)>;

// File-level export and import. Export picks JSON or CSV by the file's extension and never
// leaves a partial file. Import reads the file twice with a streaming parser, so its memory
// does not grow with the file: first the records every fact refers to, checked before anything
// is written; then each fact, checked and written in turn, in one transaction. On any error,
// or a cancel, the database is left exactly as it was.
class DataTransfer
{
public:
    explicit DataTransfer(Database &database);

    bool exportTo(const QString &path, QString *error) const;
    // The same export from a connection of either engine (a team's PostgreSQL database too).
    static bool exportFrom(const QSqlDatabase &db, const QString &path, QString *error);
    bool importFrom(const QString &path, MergeStats *stats, QString *error, const ImportProgressHandler &progress = {});
    // Whether the last import stopped because its progress handler asked it to.
    bool wasCancelled() const { return m_cancelled; }

private:
    bool resolveBodies(DataSet &data, QString *error) const;

    Database &m_database;
    bool m_cancelled = false;
};

} // namespace talentflow
