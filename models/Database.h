#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace talentflow {

// One open Talentflow database file: a named QSQLITE connection with foreign keys on,
// WAL journaling, and a schema whose version this build understands.
class Database
{
public:
    static constexpr int SchemaVersion = 2;
    static constexpr qint32 ApplicationId = 0x54466c77; // "TFlw"

    enum class Contents { Empty, Seeded };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens an existing file. A missing path is an error; nothing is created.
    static std::unique_ptr<Database> open(const QString &path, QString *error);

    // Creates a new file (never overwriting one) and opens it. The file appears only once
    // it is complete, so a failure leaves nothing behind.
    static std::unique_ptr<Database> create(const QString &path, Contents contents, QString *error);

    // Opens the user's database, creating it from the built-in seed on first use.
    static std::unique_ptr<Database> openOrCreateDefault(QString *error);
    static QString defaultPath();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }

private:
    Database(QString connectionName, QString path);
    bool configure(QString *error);
    bool migrate(int fromVersion, QString *error);

    QString m_connectionName;
    QString m_path;
};

} // namespace talentflow
