#pragma once

#include "models/TeamDatabaseAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace talentflow {

// One connection to a team's PostgreSQL database (Qt's QPSQL driver, libpq underneath: the
// password comes from ~/.pgpass, TLS from the address' sslmode), with a schema this build
// understands, and what the login may do there.
class TeamDatabase
{
public:
    Q_DECLARE_TR_FUNCTIONS(talentflow::TeamDatabase)

public:
    enum class Access { Viewer, Editor };
    // Why a team database could not be opened, for the window to say in the user's language.
    enum class Problem { None, NoDriver, Unreachable, NotInitialized, Newer, Older, NoAccess, Other };

    ~TeamDatabase();
    TeamDatabase(const TeamDatabase &) = delete;
    TeamDatabase &operator=(const TeamDatabase &) = delete;

    // Connects and checks the schema's version and the login's rights; nothing is changed.
    static std::unique_ptr<TeamDatabase> open(const TeamDatabaseAddress &address, QString *error,
                                              Problem *problem = nullptr);
    // Creates the schema and the viewer and editor roles on an empty database, in one
    // transaction; a database that already holds a schema is left as it is.
    static bool initialize(const TeamDatabaseAddress &address, QString *error, Problem *problem = nullptr);

    QSqlDatabase connection() const;
    const TeamDatabaseAddress &address() const { return m_address; }
    Access access() const { return m_access; }
    bool isReadOnly() const { return m_access == Access::Viewer; }
    // Whether the server still answers on this connection (one round trip).
    bool isConnected() const;
    // Opens the connection again after it was lost; false (and why) while the server is away.
    bool reconnect(QString *error);
    // The login the server knows this connection as; the change log records it.
    QString user() const { return m_user; }

private:
    TeamDatabase(QString connectionName, TeamDatabaseAddress address);

    QString m_connectionName;
    TeamDatabaseAddress m_address;
    Access m_access = Access::Viewer;
    QString m_user;
};

} // namespace talentflow
