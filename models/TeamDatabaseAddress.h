#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace talentflow {

// Where a team's PostgreSQL database is: postgresql://USER@HOST[:PORT]/DB[?sslmode=…], or with
// ?host=/socket/folder for a server on this machine. A password is refused: the address ends up
// in the settings (recent databases) and in logs, while libpq reads the password from the
// PostgreSQL password file (~/.pgpass) on its own.
struct TeamDatabaseAddress
{
    Q_DECLARE_TR_FUNCTIONS(talentflow::TeamDatabaseAddress)

public:    QString user;
    QString host; // a name, an address, or a folder holding the server's Unix socket
    int port = 5432;
    QString database;
    QString sslMode; // empty: libpq's default (prefer)

    // Whether text is meant as a team database's address rather than a file's path.
    static bool looksLikeAddress(const QString &text);
    // The address, or nullopt and why it is not one.
    static std::optional<TeamDatabaseAddress> parse(const QString &text, QString *error);

    // The address again, without a password (it never holds one), for titles, logs and settings.
    QString toString() const;
    // libpq's connection options beyond host, port, user and database.
    QString connectOptions() const;
};

} // namespace talentflow
