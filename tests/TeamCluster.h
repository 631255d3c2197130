#pragma once

// The throwaway PostgreSQL cluster a test run starts (tests/postgres/cluster.sh), as the team
// database tests use it: its administrator, new databases and logins named for this process, and
// a seeded file copied into one. TALENTFLOW_TEST_POSTGRESQL is the administrator's address.

#include "models/Database.h"
#include "models/DatabaseCopy.h"
#include "models/TeamDatabase.h"
#include "models/TeamDatabaseAddress.h"

#include <QCoreApplication>
#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace talentflow::testing {

class TeamCluster
{
public:
    // Reads the administrator's address and creates the logins named (reader, writer, …) for this
    // run; empty on success, else why not.
    QString start(const QStringList &logins)
    {
        const QString admin = qEnvironmentVariable("TALENTFLOW_TEST_POSTGRESQL");
        if (admin.isEmpty())
            return QStringLiteral("TALENTFLOW_TEST_POSTGRESQL is not set: ctest starts the cluster and sets it");
        QString error;
        const std::optional<TeamDatabaseAddress> parsed = TeamDatabaseAddress::parse(admin, &error);
        if (!parsed)
            return error;
        m_admin = *parsed;
        m_run = QString::number(QCoreApplication::applicationPid());
        m_logins = logins;
        QStringList statements;
        for (const QString &name : logins)
            statements.append(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login(name)));
        return asAdministrator(statements) ? QString() : QStringLiteral("cannot create the test's logins");
    }

    // Drops this run's databases and logins: roles belong to the whole cluster.
    void stop()
    {
        QStringList statements;
        for (int database = 1; database <= m_databases; ++database)
            statements.append(QStringLiteral("DROP DATABASE IF EXISTS team_%1_%2 WITH (FORCE)").arg(m_run).arg(database));
        for (const QString &name : m_logins)
            statements.append(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login(name)));
        asAdministrator(statements);
    }

    const TeamDatabaseAddress &admin() const { return m_admin; }

    // A login's name in this run.
    QString login(const QString &name) const { return QStringLiteral("%1_%2").arg(name, m_run); }

    // Runs statements as the cluster's administrator, on its maintenance database unless told.
    bool asAdministrator(const QStringList &statements, const QString &database = QString())
    {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            db.setHostName(m_admin.host);
            db.setPort(m_admin.port);
            db.setUserName(m_admin.user);
            db.setDatabaseName(database.isEmpty() ? m_admin.database : database);
            ok = db.open();
            if (!ok)
                qWarning() << db.lastError().text();
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (ok && !query.exec(statement)) {
                    qWarning() << statement << query.lastError().text();
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        return ok;
    }

    // A new, empty database, and its address for the administrator.
    TeamDatabaseAddress newDatabase(const QString &owner = QString())
    {
        TeamDatabaseAddress address = m_admin;
        address.database = QStringLiteral("team_%1_%2").arg(m_run).arg(++m_databases);
        const QString ownedBy = owner.isEmpty() ? QString() : QStringLiteral(" OWNER ") + owner;
        if (!asAdministrator({QStringLiteral("CREATE DATABASE %1%2").arg(address.database, ownedBy)}))
            address.database.clear();
        return address;
    }

    static TeamDatabaseAddress as(TeamDatabaseAddress address, const QString &login)
    {
        address.user = login;
        return address;
    }

    // A freshly seeded file in dir, and a new team database holding its copy; file is null when
    // either could not be made.
    TeamDatabaseAddress seededFileAndItsCopy(const QTemporaryDir &dir, std::unique_ptr<Database> &file)
    {
        QString error;
        file = Database::create(dir.filePath(QStringLiteral("seed.sqlite")), Database::Contents::Seeded, &error);
        const TeamDatabaseAddress address = newDatabase();
        std::unique_ptr<TeamDatabase> team = file && TeamDatabase::initialize(address, &error) ? TeamDatabase::open(address, &error) : nullptr;
        QSqlDatabase from = file ? file->connection() : QSqlDatabase();
        QSqlDatabase to = team ? team->connection() : QSqlDatabase();
        if (!team || !DatabaseCopy::copy(from, to, &error)) {
            qWarning() << error;
            file.reset();
        }
        return address;
    }

private:
    TeamDatabaseAddress m_admin;
    QString m_run;
    QStringList m_logins;
    int m_databases = 0;
};

} // namespace talentflow::testing
