#include "models/Database.h"

#include "models/DataSetWriter.h"
#include "models/Schema.h"
#include "models/SeedReader.h"
#include "models/TeamDatabase.h"
#include "models/Summaries.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSqlDriver>
#include <QUrl>

#include <algorithm>

#include <sqlite3.h>

#include <spdlog/spdlog.h>

namespace talentflow {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("talentflow-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool execPragma(QSqlDatabase &db, const QString &pragma, QString *error, QVariant *value = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(pragma)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (value)
        *value = query.next() ? query.value(0) : QVariant();
    return true;
}

void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
}

Database::~Database()
{
    if (!m_team)
        dropConnection(m_connectionName);
}

std::unique_ptr<Database> Database::openTeam(const QString &address, QString *error, Problem *problem)
{
    const std::optional<TeamDatabaseAddress> parsed = TeamDatabaseAddress::parse(address, error);
    TeamDatabase::Problem teamProblem = TeamDatabase::Problem::None;
    std::unique_ptr<TeamDatabase> team = parsed ? TeamDatabase::open(*parsed, error, &teamProblem) : nullptr;
    if (!team) {
        if (problem)
            *problem = teamProblem == TeamDatabase::Problem::Newer ? Problem::Newer
                : teamProblem == TeamDatabase::Problem::NotInitialized ? Problem::NotTalentflow
                                                                        : Problem::Other;
        return nullptr;
    }
    std::unique_ptr<Database> database(new Database(QString(), parsed->toString()));
    database->m_team = std::move(team);
    database->m_readOnly = database->m_team->isReadOnly();
    return database;
}

bool Database::mayWriteTeamDatabase() const
{
    return m_team && !m_team->isReadOnly();
}

bool Database::isConnected() const
{
    return !m_team || m_team->isConnected();
}

bool Database::reconnect(QString *error)
{
    return !m_team || m_team->reconnect(error);
}

QString Database::displayName() const
{
    if (m_team)
        return QStringLiteral("%1 (%2)").arg(m_team->address().database,
                                             m_team->address().host.startsWith(QLatin1Char('/')) ? QStringLiteral("localhost")
                                                                                                 : m_team->address().host);
    return QFileInfo(m_path).fileName();
}

bool Database::setPageCacheKb(int kilobytes)
{
    if (m_team)
        return true; // the server keeps its own cache
    // A negative cache_size is a size in KiB (an integer, not user text).
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(std::max(kilobytes, 1)));
}

QSqlDatabase Database::connection() const
{
    if (m_team)
        return m_team->connection();
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error, Problem *problem, Access access,
                                          Verify verify)
{
    if (TeamDatabaseAddress::looksLikeAddress(path))
        return openTeam(path, error, problem);
    Problem local = Problem::None;
    Problem &why = problem ? *problem : local;
    why = Problem::None;
    const QFileInfo file(path);
    if (!file.isFile()) {
        why = Problem::Missing;
        if (error)
            *error = QStringLiteral("no database file at %1").arg(path);
        return nullptr;
    }
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(name, file.absoluteFilePath()));
    // Read-only media or permissions: open read-only and immutable, so SQLite never tries to
    // create a journal or shared-memory file next to it.
    database->m_readOnly = access == Access::ReadOnly || !file.isWritable() || !QFileInfo(file.absolutePath()).isWritable();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (database->m_readOnly) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?mode=ro&immutable=1"));
    } else {
        db.setDatabaseName(path);
    }
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(path, describeSqlError(db.lastError(), &why));
        return nullptr;
    }
    QString reason;
    if (!database->configure(&reason, &why, verify)) {
        if (error)
            *error = QStringLiteral("cannot use %1: %2").arg(path, reason);
        return nullptr;
    }
    spdlog::info("opened database {}{}", path.toStdString(), database->m_readOnly ? " (read-only)" : "");
    return database;
}

bool Database::configure(QString *error, Problem *problem, Verify verify)
{
    QSqlDatabase db = connection();
    const auto refuse = [&](Problem kind, const QString &why) {
        *problem = kind;
        if (error)
            *error = why;
        return false;
    };
    const auto pragma = [&](const QString &statement, QVariant *value = nullptr) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            Problem kind = Problem::Other;
            const QString why = describeSqlError(query.lastError(), &kind);
            refuse(kind, why);
            return false;
        }
        if (value)
            *value = query.next() ? query.value(0) : QVariant();
        return true;
    };

    // SQLite's guidance for files from elsewhere: no writes to the schema by SQL, no functions
    // run from the schema, and page checks as they are read.
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData()))
            sqlite3_db_config(sqlite, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    }
    QVariant value;
    // Qt's open() succeeds on any file; a damaged or foreign file fails at the first statement.
    if (!pragma(QStringLiteral("PRAGMA trusted_schema = OFF")) || !pragma(QStringLiteral("PRAGMA cell_size_check = ON"))
        || !pragma(QStringLiteral("PRAGMA application_id"), &value))
        return false;
    if (value.toInt() != ApplicationId)
        return refuse(Problem::NotTalentflow, QStringLiteral("not a Talentflow database"));
    if (!pragma(QStringLiteral("PRAGMA user_version"), &value))
        return false;
    const int version = value.toInt();
    if (version > SchemaVersion)
        return refuse(Problem::Newer, QStringLiteral("schema version %1 is newer than this build understands (%2)")
                                          .arg(version)
                                          .arg(SchemaVersion));
    if (version < 1)
        return refuse(Problem::NotTalentflow, QStringLiteral("schema version %1 is not supported").arg(version));

    // Talentflow's schema has no views, and no triggers but those keeping its summaries, word for
    // word: any other would run someone else's code.
    QSqlQuery objects(db);
    if (!objects.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"))) {
        Problem kind = Problem::Other;
        const QString why = describeSqlError(objects.lastError(), &kind);
        return refuse(kind, why);
    }
    int ownTriggers = 0;
    while (objects.next()) {
        if (objects.value(0).toString() == QLatin1String("trigger")
            && Summaries::isOwnTrigger(objects.value(1).toString(), objects.value(2).toString())) {
            ++ownTriggers;
            continue;
        }
        return refuse(Problem::UnsafeSchema, QStringLiteral("the file contains a %1 (\"%2\"), which Talentflow does not run")
                                                 .arg(objects.value(0).toString(), objects.value(1).toString()));
    }
    // Without all of them the summaries would no longer follow the facts.
    if (version >= Summaries::sinceVersion && ownTriggers != Summaries::triggerCount())
        return refuse(Problem::UnsafeSchema, QStringLiteral("the file lacks triggers that keep its summaries exact"));
    for (const char *table : {"source", "company", "person", "person_alias", "role", "movement", "citation"}) {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"));
        exists.bindValue(QStringLiteral(":name"), QLatin1String(table));
        if (!exists.exec() || !exists.next())
            return refuse(Problem::NotTalentflow, QStringLiteral("not a Talentflow database (no %1 table)").arg(QLatin1String(table)));
    }
    if (verify == Verify::Now && !quickCheck(error)) {
        *problem = Problem::Damaged;
        return false;
    }
    // recursive_triggers: a row that INSERT OR REPLACE deletes is counted out of the summaries too.
    if (!pragma(QStringLiteral("PRAGMA foreign_keys = ON")) || !pragma(QStringLiteral("PRAGMA recursive_triggers = ON"))
        || !pragma(QStringLiteral("PRAGMA busy_timeout = 2000"))
        || !pragma(QStringLiteral("PRAGMA cache_size = -65536")) || !pragma(QStringLiteral("PRAGMA temp_store = MEMORY")))
        return false;
    if (version == SchemaVersion)
        return true;
    if (m_readOnly)
        return refuse(Problem::ReadOnlyUpgrade,
                      QStringLiteral("schema version %1 needs an upgrade, and the file is read-only").arg(version));
    if (!migrate(version, error)) {
        *problem = Problem::Other;
        return false;
    }
    return true;
}

bool Database::quickCheck(QString *error) const
{
    if (m_team)
        return true; // the server checks its own pages
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        if (error)
            *error = describeSqlError(query.lastError());
        return false;
    }
    const QString verdict = query.next() ? query.value(0).toString() : QString();
    if (verdict == QLatin1String("ok"))
        return true;
    if (error)
        *error = QStringLiteral("the file is damaged (%1)").arg(verdict.left(200));
    return false;
}

QString describeSqlError(const QSqlError &error, Database::Problem *problem)
{
    SqlFailure failure = SqlFailure::Other;
    const QString text = describeSqlError(error, &failure);
    switch (failure) {
    case SqlFailure::Busy:
        *problem = Database::Problem::Busy;
        break;
    case SqlFailure::Damaged:
        *problem = Database::Problem::Damaged;
        break;
    case SqlFailure::NotSqlite:
        *problem = Database::Problem::NotTalentflow;
        break;
    case SqlFailure::Other:
        *problem = Database::Problem::Other;
        break;
    }
    return text;
}

bool Database::migrate(int fromVersion, QString *error)
{
    QSqlDatabase db = connection();
    // A copy of the file as it was, before anything changes.
    const QString backup = QStringLiteral("%1.v%2.backup").arg(m_path).arg(fromVersion);
    QFile::remove(backup);
    QSqlQuery vacuum(db);
    vacuum.prepare(QStringLiteral("VACUUM INTO :backup"));
    vacuum.bindValue(QStringLiteral(":backup"), backup);
    if (!vacuum.exec()) {
        if (error)
            *error = QStringLiteral("cannot back up before upgrading: %1").arg(vacuum.lastError().text());
        return false;
    }
    QString why;
    // Minutes on a large file: only when the upgrade changes what the search index holds.
    const bool reindex = fromVersion < lastSearchIndexChange;
    bool ok = db.transaction() && migrateSchema(db, fromVersion, &why) && (!reindex || rebuildSearchIndex(db, &why))
        && execPragma(db, QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), &why) && db.commit();
    if (!ok) {
        db.rollback();
        if (error)
            *error = QStringLiteral("cannot upgrade from schema version %1: %2 (the file is unchanged; a copy is at %3)")
                         .arg(fromVersion)
                         .arg(why.isEmpty() ? db.lastError().text() : why, backup);
        return false;
    }
    spdlog::info("upgraded {} from schema version {} to {}; backup at {}", m_path.toStdString(), fromVersion,
                 SchemaVersion, backup.toStdString());
    return true;
}

std::unique_ptr<Database> Database::create(const QString &path, Contents contents, QString *error)
{
    if (QFileInfo::exists(path)) {
        if (error)
            *error = QStringLiteral("%1 already exists; it is never overwritten").arg(path);
        return nullptr;
    }
    const QString partialPath = path + QStringLiteral(".partial");
    QFile::remove(partialPath);

    const QString name = nextConnectionName();
    QString why;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(partialPath);
        if (!db.open()) {
            why = db.lastError().text();
        } else {
            ok = execPragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), &why)
                && execPragma(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), &why)
                && db.transaction();
            ok = ok && createSchema(db, &why);
            if (ok && contents == Contents::Seeded) {
                const std::optional<DataSet> seed = SeedReader::readBuiltIn(&why);
                ok = seed && DataSetWriter(db).merge(*seed, nullptr, &why);
            }
            ok = ok && rebuildSearchIndex(db, &why);
            ok = ok && execPragma(db, QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), &why);
            if (ok && !db.commit()) {
                ok = false;
                why = db.lastError().text();
            }
            if (!ok)
                db.rollback();
            ok = ok && execPragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), &why);
        }
    }
    dropConnection(name);

    if (ok && !QFile::rename(partialPath, path)) {
        ok = false;
        why = QStringLiteral("cannot move the new file into place");
    }
    if (!ok) {
        QFile::remove(partialPath);
        QFile::remove(partialPath + QStringLiteral("-wal"));
        QFile::remove(partialPath + QStringLiteral("-shm"));
        if (error)
            *error = QStringLiteral("cannot create %1: %2").arg(path, why);
        return nullptr;
    }
    spdlog::info("created {} database {}", contents == Contents::Seeded ? "seeded" : "empty", path.toStdString());
    return open(path, error);
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("talentflow.sqlite"));
}

std::unique_ptr<Database> Database::openOrCreateDefault(QString *error, Verify verify)
{
    const QString path = defaultPath();
    if (QFileInfo::exists(path))
        return open(path, error, nullptr, Access::Automatic, verify);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create the folder for %1").arg(path);
        return nullptr;
    }
    return create(path, Contents::Seeded, error);
}

} // namespace talentflow
