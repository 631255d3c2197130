#pragma once

#include "models/SqlErrors.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>


namespace talentflow {

class TeamDatabase;

// One open Talentflow database file: a named QSQLITE connection with foreign keys on,
// WAL journaling, and a schema whose version this build understands.
class Database
{
public:
    static constexpr int SchemaVersion = 12;
    static constexpr qint32 ApplicationId = 0x54466c77; // "TFlw"

    enum class Contents { Empty, Seeded };

    // Why a file could not be opened, so the interface can say it in the user's language.
    enum class Problem { None, Missing, NotTalentflow, Damaged, Newer, UnsafeSchema, Busy, ReadOnlyUpgrade, Other };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens an existing file, defensively: SQLITE_DBCONFIG_DEFENSIVE, trusted_schema off,
    // cell size checks, the application id and schema version, no views and no triggers but the
    // schema's own (those keeping the summaries, each with exactly its text), and a
    // quick_check. A missing path is an error; nothing is created and a refused file is not
    // modified. A file or folder the user cannot write opens read-only.
    enum class Access { Automatic, ReadOnly };
    // Later: skip the quick_check here, for a caller that runs quickCheck() in the background
    // (the window's start-up on the user's own database must not wait for a full scan).
    enum class Verify { Now, Later };
    // A team database's address (postgresql://…) in place of the path opens it through
    // TeamDatabase, read-only when the login is a viewer.
    static std::unique_ptr<Database> open(const QString &path, QString *error, Problem *problem = nullptr,
                                          Access access = Access::Automatic, Verify verify = Verify::Now);
    // PRAGMA quick_check on this connection: true when the file is sound.
    bool quickCheck(QString *error) const;

    // Creates a new file (never overwriting one) and opens it. The file appears only once
    // it is complete, so a failure leaves nothing behind.
    static std::unique_ptr<Database> create(const QString &path, Contents contents, QString *error);

    // Opens the user's database, creating it from the built-in seed on first use.
    static std::unique_ptr<Database> openOrCreateDefault(QString *error, Verify verify = Verify::Now);
    static QString defaultPath();

    // Caps this connection's page cache (the default is 64 MB; a connection kept open on a worker
    // thread for later queries should hold less).
    bool setPageCacheKb(int kilobytes);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // A team's PostgreSQL database rather than a file; path() is then its address.
    bool isTeamDatabase() const { return m_team != nullptr; }
    // On a team database: whether the login may write there.
    bool mayWriteTeamDatabase() const;
    // Whether a team database's server still answers (a file always does), and connecting to it
    // again after it was lost.
    bool isConnected() const;
    bool reconnect(QString *error);
    // A short name for titles: the file's name, or the team database's name and server.
    QString displayName() const;

private:
    Database(QString connectionName, QString path);
    static std::unique_ptr<Database> openTeam(const QString &address, QString *error, Problem *problem);
    bool configure(QString *error, Problem *problem, Verify verify);
    bool migrate(int fromVersion, QString *error);

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    std::unique_ptr<TeamDatabase> m_team;
};

// A database error in plain words, and the kind of problem it is for opening a file.
QString describeSqlError(const QSqlError &error, Database::Problem *problem);

} // namespace talentflow
