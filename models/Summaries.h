#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace talentflow {

// The whole file's counts, one row.
struct SummaryTotals
{
    qint64 movements = 0;
    int peopleWithRoles = 0;
    int peopleWithMoves = 0;
    int companiesWithMoves = 0;
};

// Counts kept beside the facts (schema version 12), so that what the window shows first on a
// large file (the status counts, the company list, the chart's busiest lanes) is a lookup rather
// than a scan of every move: per person their roles and moves, per company its roles, the moves
// at it and the moves to it, and the totals. Triggers keep them exact in the transaction of each
// write, whoever makes it; a bulk load drops the triggers and fills the summaries once at the end.
class Summaries
{
public:
    // The schema version that brought them.
    static constexpr int sinceVersion = 12;

    explicit Summaries(QSqlDatabase db);

    // Fills the summaries from the facts with one GROUP BY each and makes the triggers again.
    static QStringList rebuildStatements();
    // Whether this is one of the schema's triggers, with exactly the text the schema gives it
    // (SQLite keeps a trigger's text as it was created).
    static bool isOwnTrigger(const QString &name, const QString &sql);
    static int triggerCount();

    // Each needs a transaction held by the caller.
    // Makes the tables (if missing) and fills them: the upgrade to version 12.
    bool create(QString *error);
    bool rebuild(QString *error);
    // Drops the triggers, so a bulk load writes its rows alone; rebuildStatements() follow it.
    bool dropTriggers(QString *error);

    std::optional<SummaryTotals> totals(QString *error) const;
    // The ids with the most moves (people: all their moves; companies: the moves at them),
    // most first, ties by id; none with no move.
    std::optional<QList<qint64>> busiestPeople(int limit, QString *error) const;
    std::optional<QList<qint64>> busiestCompanies(int limit, QString *error) const;

private:
    std::optional<QList<qint64>> busiest(const QString &sql, int limit, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace talentflow
