#pragma once

#include <QList>

#include "models/Records.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

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
    int changes = 0; // rows appended to the change log
    int versions = 0; // earlier texts of articles kept
    QList<qint64> newPeople; // ids of the people the merge added

    int total() const
    {
        return sources + companies + people + aliases + disputes + roles + movements + citations + changes + versions;
    }
};

// Merges records into a database: a record that is already there (same natural key) is
// matched, not duplicated, so merging the same data twice changes nothing. A new record keeps
// its own id when that id is free, so a file imported into an empty database keeps its ids.
// An article's earlier texts are kept with it, except one the database already keeps (the same
// digest); a citation is matched by its fact, article, offsets and the digest of the text they
// are in, and a new one keeps its anchor state and the span offered for its review.
//
// The change log's rows are appended after the log's own, oldest first, each as it was: its
// time, entity, action, and the values before and after. A row keeps its id when that id comes
// after every row already in the log (always, into an empty log), and otherwise takes the next
// one. The record ids it names (its entity's id, and the *_id values before and after) are
// translated as the merge translated the data's records, so that it speaks of this database's
// rows; an id of a record the data no longer holds (one taken back before the export) stays as
// it was. A row already in the log (same time, entity, id, action and values) is not added again.
// The caller owns the transaction; on failure it must roll back.
class Merger;

class DataSetWriter
{
public:
    explicit DataSetWriter(QSqlDatabase db);
    ~DataSetWriter();

    bool merge(const DataSet &data, MergeStats *stats, QString *error);

    // The same merge a record at a time, for data too large to hold at once: start(), then the
    // sources, companies, people and disputes, then roles and movements in any order, then
    // finish() with the change log. The sources must outlive the merge (citations are anchored
    // in their texts). After a failure, stop and roll back.
    bool start(bool withChangeLog, MergeStats *stats, QString *error);
    bool add(const SourceRecord &source);
    bool add(const CompanyRecord &company);
    bool add(const PersonRecord &person);
    bool add(const DisputeRecord &dispute);
    bool add(const RoleRecord &role);
    bool add(const MovementRecord &movement);
    bool finish(const QList<ChangeLogRecord> &changes);

private:
    QSqlDatabase m_db;
    std::unique_ptr<Merger> m_merger;
    MergeStats m_localStats;
};

} // namespace talentflow
