#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace talentflow {

// How many rows of each kind a copy wrote.
struct CopyStats
{
    int tables = 0;
    qint64 rows = 0;
    qint64 movements = 0;
    qint64 citations = 0;
};

// Copies every article, fact, citation, reading and logged change of one Talentflow database
// into another, of either engine, with their ids: SQLite to PostgreSQL and back. The source is
// read in one consistent snapshot; the target is written in one transaction and must hold no
// data yet (a copy never merges). What is derived from the data (the search index, a file's
// counts) is not copied: the target makes its own.
namespace DatabaseCopy {

// Called after each table with its name; returning false cancels the copy (nothing is written).
using Progress = std::function<bool(const QString &table, qint64 rows)>;

// Whether the database holds no article, person, company or log entry.
std::optional<bool> isEmpty(QSqlDatabase &db, QString *error);

std::optional<CopyStats> copy(QSqlDatabase &from, QSqlDatabase &to, QString *error, const Progress &progress = {});

} // namespace DatabaseCopy

} // namespace talentflow
