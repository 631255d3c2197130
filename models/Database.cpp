#include "models/Database.h"

#include "models/DataSetWriter.h"
#include "models/Schema.h"
#include "models/SeedReader.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

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
    dropConnection(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        if (error)
            *error = QStringLiteral("no database file at %1").arg(path);
        return nullptr;
    }
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(name, QFileInfo(path).absoluteFilePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        return nullptr;
    }
    QString why;
    if (!database->configure(&why)) {
        if (error)
            *error = QStringLiteral("cannot use %1: %2").arg(path, why);
        return nullptr;
    }
    spdlog::info("opened database {}", path.toStdString());
    return database;
}

bool Database::configure(QString *error)
{
    QSqlDatabase db = connection();
    QVariant value;
    // Qt's open() succeeds on any file; a damaged or foreign file fails at the first statement.
    if (!execPragma(db, QStringLiteral("PRAGMA application_id"), error, &value))
        return false;
    if (value.toInt() != ApplicationId) {
        if (error)
            *error = QStringLiteral("not a Talentflow database");
        return false;
    }
    if (!execPragma(db, QStringLiteral("PRAGMA user_version"), error, &value))
        return false;
    const int version = value.toInt();
    if (version > SchemaVersion) {
        if (error)
            *error = QStringLiteral("schema version %1 is newer than this build understands (%2)")
                         .arg(version)
                         .arg(SchemaVersion);
        return false;
    }
    if (version < 1) {
        if (error)
            *error = QStringLiteral("schema version %1 is not supported").arg(version);
        return false;
    }
    if (!execPragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
        || !execPragma(db, QStringLiteral("PRAGMA busy_timeout = 2000"), error))
        return false;
    return version == SchemaVersion || migrate(version, error);
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
    bool ok = db.transaction() && migrateSchema(db, fromVersion, &why) && rebuildSearchIndex(db, &why)
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

std::unique_ptr<Database> Database::openOrCreateDefault(QString *error)
{
    const QString path = defaultPath();
    if (QFileInfo::exists(path))
        return open(path, error);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create the folder for %1").arg(path);
        return nullptr;
    }
    return create(path, Contents::Seeded, error);
}

} // namespace talentflow
