#include "models/Summaries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace talentflow {

namespace {

// A row stays while it counts something, so the tables hold exactly the people and companies
// that appear in a fact. The CHECKs make a count that would go wrong fail its write instead.
const char *const tables[] = {
    "CREATE TABLE IF NOT EXISTS person_summary (person_id INTEGER PRIMARY KEY, "
    "roles INTEGER NOT NULL CHECK (roles >= 0), moves INTEGER NOT NULL CHECK (moves >= 0))",
    "CREATE INDEX IF NOT EXISTS person_summary_busiest ON person_summary(moves DESC, person_id)",
    // moves: at the company; arrivals: naming it as the destination.
    "CREATE TABLE IF NOT EXISTS company_summary (company_id INTEGER PRIMARY KEY, "
    "roles INTEGER NOT NULL CHECK (roles >= 0), moves INTEGER NOT NULL CHECK (moves >= 0), "
    "arrivals INTEGER NOT NULL CHECK (arrivals >= 0))",
    "CREATE INDEX IF NOT EXISTS company_summary_busiest ON company_summary(moves DESC, company_id)",
    "CREATE TABLE IF NOT EXISTS summary_total (id INTEGER PRIMARY KEY CHECK (id = 1), "
    "movements INTEGER NOT NULL CHECK (movements >= 0), people_with_roles INTEGER NOT NULL CHECK (people_with_roles >= 0), "
    "people_with_moves INTEGER NOT NULL CHECK (people_with_moves >= 0), "
    "companies_with_moves INTEGER NOT NULL CHECK (companies_with_moves >= 0))",
};

// A fact counted in (for NEW) or out (for OLD). Every statement finds its row by its key.
QString countMoveIn(const QString &row)
{
    return QStringLiteral(
               "INSERT INTO person_summary (person_id, roles, moves) VALUES (%1.person_id, 0, 1) "
               "ON CONFLICT (person_id) DO UPDATE SET moves = moves + 1; "
               "INSERT INTO company_summary (company_id, roles, moves, arrivals) VALUES (%1.company_id, 0, 1, 0) "
               "ON CONFLICT (company_id) DO UPDATE SET moves = moves + 1; "
               "INSERT INTO company_summary (company_id, roles, moves, arrivals) SELECT %1.to_company_id, 0, 0, 1 "
               "WHERE %1.to_company_id IS NOT NULL ON CONFLICT (company_id) DO UPDATE SET arrivals = arrivals + 1; ")
        .arg(row);
}

QString countMoveOut(const QString &row)
{
    return QStringLiteral("UPDATE person_summary SET moves = moves - 1 WHERE person_id = %1.person_id; "
                          "UPDATE company_summary SET moves = moves - 1 WHERE company_id = %1.company_id; "
                          "UPDATE company_summary SET arrivals = arrivals - 1 WHERE company_id = %1.to_company_id; ")
        .arg(row);
}

QString countRoleIn(const QString &row)
{
    return QStringLiteral("INSERT INTO person_summary (person_id, roles, moves) VALUES (%1.person_id, 1, 0) "
                          "ON CONFLICT (person_id) DO UPDATE SET roles = roles + 1; "
                          "INSERT INTO company_summary (company_id, roles, moves, arrivals) VALUES (%1.company_id, 1, 0, 0) "
                          "ON CONFLICT (company_id) DO UPDATE SET roles = roles + 1; ")
        .arg(row);
}

QString countRoleOut(const QString &row)
{
    return QStringLiteral("UPDATE person_summary SET roles = roles - 1 WHERE person_id = %1.person_id; "
                          "UPDATE company_summary SET roles = roles - 1 WHERE company_id = %1.company_id; ")
        .arg(row);
}

// The rows an OLD fact may have left counting nothing.
QString dropEmpty(const QString &companies)
{
    return QStringLiteral("DELETE FROM person_summary WHERE person_id = OLD.person_id AND roles = 0 AND moves = 0; "
                          "DELETE FROM company_summary WHERE company_id IN (%1) AND roles = 0 AND moves = 0 "
                          "AND arrivals = 0; ")
        .arg(companies);
}

const QString moveCompanies = QStringLiteral("OLD.company_id, OLD.to_company_id");
const QString roleCompanies = QStringLiteral("OLD.company_id");

QString totalsChange(const char *table, const QString &sign, const QString &row)
{
    // Each kept row adds itself to the totals, and takes itself back when it changes or goes.
    if (QLatin1String(table) == QLatin1String("person_summary"))
        return QStringLiteral("UPDATE summary_total SET movements = movements %1 %2.moves, "
                              "people_with_roles = people_with_roles %1 (%2.roles > 0), "
                              "people_with_moves = people_with_moves %1 (%2.moves > 0) WHERE id = 1; ")
            .arg(sign, row);
    return QStringLiteral("UPDATE summary_total SET companies_with_moves = companies_with_moves %1 (%2.moves > 0) "
                          "WHERE id = 1; ")
        .arg(sign, row);
}

struct Trigger
{
    QString name;
    QString sql;
};

QList<Trigger> makeTriggers()
{
    const QString newRow = QStringLiteral("NEW");
    const QString oldRow = QStringLiteral("OLD");
    const QString plus = QStringLiteral("+");
    const QString minus = QStringLiteral("-");
    QList<Trigger> triggers;
    const auto add = [&triggers](const QString &name, const QString &event, const QString &body) {
        // Spelled as SQLite stores it: one space after CREATE TRIGGER, nothing to normalise.
        triggers.append({name, QStringLiteral("CREATE TRIGGER %1 %2 BEGIN %3END").arg(name, event, body)});
    };
    add(QStringLiteral("summary_movement_insert"), QStringLiteral("AFTER INSERT ON movement"), countMoveIn(newRow));
    add(QStringLiteral("summary_movement_delete"), QStringLiteral("AFTER DELETE ON movement"),
        countMoveOut(oldRow) + dropEmpty(moveCompanies));
    // Only a change of whom or where it counts for; counted in first, so a row kept by both
    // sides is never dropped in between.
    add(QStringLiteral("summary_movement_update"),
        QStringLiteral("AFTER UPDATE OF person_id, company_id, to_company_id ON movement WHEN "
                       "NEW.person_id IS NOT OLD.person_id OR NEW.company_id IS NOT OLD.company_id "
                       "OR NEW.to_company_id IS NOT OLD.to_company_id"),
        countMoveIn(newRow) + countMoveOut(oldRow) + dropEmpty(moveCompanies));
    add(QStringLiteral("summary_role_insert"), QStringLiteral("AFTER INSERT ON role"), countRoleIn(newRow));
    add(QStringLiteral("summary_role_delete"), QStringLiteral("AFTER DELETE ON role"),
        countRoleOut(oldRow) + dropEmpty(roleCompanies));
    add(QStringLiteral("summary_role_update"),
        QStringLiteral("AFTER UPDATE OF person_id, company_id ON role WHEN "
                       "NEW.person_id IS NOT OLD.person_id OR NEW.company_id IS NOT OLD.company_id"),
        countRoleIn(newRow) + countRoleOut(oldRow) + dropEmpty(roleCompanies));
    for (const char *table : {"person_summary", "company_summary"}) {
        // summary_person_insert on person_summary, and so on.
        const QString on = QLatin1String(table);
        const QString prefix = QStringLiteral("summary_") + on.left(on.indexOf(QLatin1Char('_')));
        add(prefix + QStringLiteral("_insert"), QStringLiteral("AFTER INSERT ON ") + on, totalsChange(table, plus, newRow));
        add(prefix + QStringLiteral("_update"), QStringLiteral("AFTER UPDATE ON ") + on,
            totalsChange(table, minus, oldRow) + totalsChange(table, plus, newRow));
        add(prefix + QStringLiteral("_delete"), QStringLiteral("AFTER DELETE ON ") + on, totalsChange(table, minus, oldRow));
    }
    return triggers;
}

const QList<Trigger> &triggers()
{
    static const QList<Trigger> all = makeTriggers();
    return all;
}

QStringList dropTriggerStatements()
{
    QStringList statements;
    for (const Trigger &trigger : triggers())
        statements.append(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(trigger.name));
    return statements;
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            if (error)
                *error = QStringLiteral("cannot build the summaries: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace

Summaries::Summaries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList Summaries::rebuildStatements()
{
    // Written with the triggers gone, so each row is inserted once and the totals read after.
    QStringList statements = dropTriggerStatements();
    statements += {
        QStringLiteral("DELETE FROM person_summary"),
        QStringLiteral("DELETE FROM company_summary"),
        QStringLiteral("DELETE FROM summary_total"),
        QStringLiteral("INSERT INTO person_summary (person_id, roles, moves) "
                       "SELECT person_id, sum(roles), sum(moves) FROM ("
                       "SELECT person_id, count(*) AS roles, 0 AS moves FROM role GROUP BY person_id "
                       "UNION ALL SELECT person_id, 0, count(*) FROM movement GROUP BY person_id) GROUP BY person_id"),
        QStringLiteral("INSERT INTO company_summary (company_id, roles, moves, arrivals) "
                       "SELECT company_id, sum(roles), sum(moves), sum(arrivals) FROM ("
                       "SELECT company_id, count(*) AS roles, 0 AS moves, 0 AS arrivals FROM role GROUP BY company_id "
                       "UNION ALL SELECT company_id, 0, count(*), 0 FROM movement GROUP BY company_id "
                       "UNION ALL SELECT to_company_id, 0, 0, count(*) FROM movement WHERE to_company_id IS NOT NULL "
                       "GROUP BY to_company_id) GROUP BY company_id"),
        QStringLiteral("INSERT INTO summary_total (id, movements, people_with_roles, people_with_moves, companies_with_moves) "
                       "SELECT 1, (SELECT IFNULL(sum(moves), 0) FROM person_summary), "
                       "(SELECT count(*) FROM person_summary WHERE roles > 0), "
                       "(SELECT count(*) FROM person_summary WHERE moves > 0), "
                       "(SELECT count(*) FROM company_summary WHERE moves > 0)"),
    };
    for (const Trigger &trigger : triggers())
        statements.append(trigger.sql);
    return statements;
}

bool Summaries::isOwnTrigger(const QString &name, const QString &sql)
{
    for (const Trigger &trigger : triggers()) {
        if (trigger.name == name)
            return trigger.sql == sql;
    }
    return false;
}

int Summaries::triggerCount()
{
    return int(triggers().size());
}

bool Summaries::create(QString *error)
{
    QStringList statements;
    for (const char *statement : tables)
        statements.append(QString::fromLatin1(statement));
    return execAll(m_db, statements, error) && rebuild(error);
}

bool Summaries::rebuild(QString *error)
{
    return execAll(m_db, rebuildStatements(), error);
}

bool Summaries::dropTriggers(QString *error)
{
    return execAll(m_db, dropTriggerStatements(), error);
}

std::optional<SummaryTotals> Summaries::totals(QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT movements, people_with_roles, people_with_moves, companies_with_moves "
                                   "FROM summary_total WHERE id = 1"))) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = QStringLiteral("the file's summaries are missing");
        return std::nullopt;
    }
    SummaryTotals totals;
    totals.movements = query.value(0).toLongLong();
    totals.peopleWithRoles = query.value(1).toInt();
    totals.peopleWithMoves = query.value(2).toInt();
    totals.companiesWithMoves = query.value(3).toInt();
    return totals;
}

std::optional<QList<qint64>> Summaries::busiestPeople(int limit, QString *error) const
{
    // In the order of person_summary_busiest, which the LIMIT stops reading.
    return busiest(QStringLiteral("SELECT person_id FROM person_summary WHERE moves > 0 "
                                  "ORDER BY moves DESC, person_id LIMIT :limit"),
                   limit, error);
}

std::optional<QList<qint64>> Summaries::busiestCompanies(int limit, QString *error) const
{
    return busiest(QStringLiteral("SELECT company_id FROM company_summary WHERE moves > 0 "
                                  "ORDER BY moves DESC, company_id LIMIT :limit"),
                   limit, error);
}

std::optional<QList<qint64>> Summaries::busiest(const QString &sql, int limit, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace talentflow
