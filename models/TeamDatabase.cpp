#include "models/TeamDatabase.h"

#include "models/Database.h"
#include "models/TeamSchema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace talentflow {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("talentflow-team-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

bool refuse(QString *error, TeamDatabase::Problem *problem, TeamDatabase::Problem kind, const QString &why)
{
    if (error)
        *error = why;
    if (problem)
        *problem = kind;
    return false;
}

// Opens the named connection to the address, or says why the server could not be reached.
bool connectTo(const QString &name, const TeamDatabaseAddress &address, QString *error, TeamDatabase::Problem *problem)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return refuse(error, problem, TeamDatabase::Problem::NoDriver,
                      TeamDatabase::tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setUserName(address.user);
    db.setDatabaseName(address.database);
    db.setConnectOptions(address.connectOptions());
    if (!db.open())
        return refuse(error, problem, TeamDatabase::Problem::Unreachable,
                      TeamDatabase::tr("Cannot connect to the team database %1: %2")
                          .arg(address.toString(), db.lastError().databaseText().trimmed()));
    return true;
}

} // namespace

TeamDatabase::TeamDatabase(QString connectionName, TeamDatabaseAddress address)
    : m_connectionName(std::move(connectionName))
    , m_address(std::move(address))
{
}

TeamDatabase::~TeamDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase TeamDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<TeamDatabase> TeamDatabase::open(const TeamDatabaseAddress &address, QString *error, Problem *problem)
{
    if (problem)
        *problem = Problem::None;
    std::unique_ptr<TeamDatabase> team(new TeamDatabase(nextConnectionName(), address));
    if (!connectTo(team->m_connectionName, address, error, problem))
        return nullptr;
    QSqlDatabase db = team->connection();
    const auto unreadable = [&](const QString &why) {
        return refuse(error, problem, Problem::Other, tr("Cannot read the team database %1: %2").arg(address.toString(), why));
    };
    QString why;
    const std::optional<bool> initialized = TeamSchema::exists(db, &why);
    if (!initialized)
        return unreadable(why), nullptr;
    if (!*initialized)
        return refuse(error, problem, Problem::NotInitialized,
                      tr("%1 holds no Talentflow data yet. Its administrator sets it up with "
                         "talentflow --init-team-database %1")
                          .arg(address.toString())),
               nullptr;

    // What the login may do is what the server grants it: the editor role's right to change
    // moves, or at least the viewer's to read.
    QSqlQuery rights(db);
    if (!rights.exec(QStringLiteral("SELECT current_user, has_table_privilege('movement', 'UPDATE'), "
                                    "has_table_privilege('schema_version', 'SELECT')"))
        || !rights.next())
        return unreadable(rights.lastError().text()), nullptr;
    team->m_user = rights.value(0).toString();
    if (rights.value(1).toBool())
        team->m_access = Access::Editor;
    else if (rights.value(2).toBool())
        team->m_access = Access::Viewer;
    else
        return refuse(error, problem, Problem::NoAccess,
                      tr("The login %1 may not read the team database %2. Its administrator grants it %3 or %4.")
                          .arg(team->m_user, address.toString(), TeamSchema::viewerRole(), TeamSchema::editorRole())),
               nullptr;

    const std::optional<int> version = TeamSchema::version(db, &why);
    if (!version)
        return unreadable(why), nullptr;
    if (*version > Database::SchemaVersion)
        return refuse(error, problem, Problem::Newer,
                      tr("The team database %1 was set up by a newer Talentflow (schema %2; this one knows %3).")
                          .arg(address.toString())
                          .arg(*version)
                          .arg(Database::SchemaVersion)),
               nullptr;
    if (*version < Database::SchemaVersion)
        return refuse(error, problem, Problem::Older,
                      tr("The team database %1 has the older schema %2; this Talentflow needs %3.")
                          .arg(address.toString())
                          .arg(*version)
                          .arg(Database::SchemaVersion)),
               nullptr;
    return team;
}

bool TeamDatabase::initialize(const TeamDatabaseAddress &address, QString *error, Problem *problem)
{
    if (problem)
        *problem = Problem::None;
    const QString name = nextConnectionName();
    bool done = false;
    {
        if (!connectTo(name, address, error, problem)) {
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QString why;
        const std::optional<int> version = TeamSchema::version(db, &why);
        if (!version)
            refuse(error, problem, Problem::Other, tr("Cannot read the team database %1: %2").arg(address.toString(), why));
        else if (*version != 0)
            refuse(error, problem, Problem::Other,
                   tr("The team database %1 is already set up (schema %2); nothing was changed.")
                       .arg(address.toString())
                       .arg(*version));
        else if (!TeamSchema::create(db, &why))
            refuse(error, problem, Problem::Other,
                   tr("Cannot set up the team database %1; nothing was changed: %2").arg(address.toString(), why));
        else
            done = true;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

bool TeamDatabase::isConnected() const
{
    QSqlQuery ping(connection());
    return ping.exec(QStringLiteral("SELECT 1"));
}

bool TeamDatabase::reconnect(QString *error)
{
    QSqlDatabase db = connection();
    db.close();
    if (db.open())
        return true;
    if (error)
        *error = db.lastError().text().trimmed();
    return false;
}

} // namespace talentflow
