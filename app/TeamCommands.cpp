#include "app/TeamCommands.h"

#include "models/DataTransfer.h"
#include "models/Database.h"
#include "models/DatabaseCopy.h"
#include "models/TeamDatabase.h"
#include "models/TeamSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>

namespace talentflow {

namespace {

int failure(const QString &message)
{
    spdlog::error("{}", message.toStdString());
    return 1;
}

// A database of either engine, open for one command.
struct OpenDatabase
{
    std::unique_ptr<Database> file;
    std::unique_ptr<TeamDatabase> team;

    QSqlDatabase connection() const { return file ? file->connection() : team->connection(); }
};

std::optional<OpenDatabase> openSource(const CommandLineOptions &options, QString *error)
{
    OpenDatabase opened;
    if (TeamDatabaseAddress::looksLikeAddress(options.databasePath)) {
        const std::optional<TeamDatabaseAddress> address = TeamDatabaseAddress::parse(options.databasePath, error);
        if (address)
            opened.team = TeamDatabase::open(*address, error);
    } else {
        opened.file = options.databasePath.isEmpty() ? Database::openOrCreateDefault(error)
                                                     : Database::open(options.databasePath, error, nullptr, Database::Access::ReadOnly);
    }
    if (!opened.file && !opened.team)
        return std::nullopt;
    return opened;
}

void printCopied(const CopyStats &stats, const QString &target)
{
    std::printf("copied %lld rows (%lld movements, %lld citations) into %s\n", static_cast<long long>(stats.rows),
                static_cast<long long>(stats.movements), static_cast<long long>(stats.citations), qPrintable(target));
}

int copyToTeam(OpenDatabase &source, const QString &targetText)
{
    QString error;
    const std::optional<TeamDatabaseAddress> address = TeamDatabaseAddress::parse(targetText, &error);
    if (!address)
        return failure(error);
    std::unique_ptr<TeamDatabase> target = TeamDatabase::open(*address, &error);
    if (!target)
        return failure(error);
    if (target->isReadOnly())
        return failure(QStringLiteral("the login %1 may only read %2; a copy needs %3")
                           .arg(target->user(), address->toString(), TeamSchema::editorRole()));
    QSqlDatabase from = source.connection();
    QSqlDatabase to = target->connection();
    const std::optional<CopyStats> stats = DatabaseCopy::copy(from, to, &error);
    if (!stats)
        return failure(QStringLiteral("nothing was copied into %1: %2").arg(address->toString(), error));
    printCopied(*stats, address->toString());
    return 0;
}

int copyToFile(OpenDatabase &source, const QString &path)
{
    // The file appears once the copy is whole: written under another name beside it, then renamed,
    // which never replaces a file that is there.
    if (QFileInfo::exists(path))
        return failure(QStringLiteral("%1 exists; a copy never overwrites a file").arg(path));
    const QFileInfo target(path);
    const QString partial = target.absoluteDir().filePath(
        QStringLiteral(".%1.copying-%2").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    const auto removePartial = [&partial] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
    };
    QString error;
    std::optional<CopyStats> stats;
    {
        std::unique_ptr<Database> file = Database::create(partial, Database::Contents::Empty, &error);
        if (!file) {
            removePartial();
            return failure(error);
        }
        QSqlDatabase from = source.connection();
        QSqlDatabase to = file->connection();
        stats = DatabaseCopy::copy(from, to, &error);
    }
    if (!stats) {
        removePartial();
        return failure(QStringLiteral("nothing was copied into %1: %2").arg(path, error));
    }
    if (!QFile::rename(partial, path)) {
        removePartial();
        return failure(QStringLiteral("cannot name the copy %1; nothing was written").arg(path));
    }
    printCopied(*stats, path);
    return 0;
}

} // namespace

int runInitTeamDatabase(const CommandLineOptions &options)
{
    QString error;
    const std::optional<TeamDatabaseAddress> address = TeamDatabaseAddress::parse(options.initTeamDatabase, &error);
    if (!address || !TeamDatabase::initialize(*address, &error))
        return failure(error);
    std::printf("set up %s: schema %d; logins granted %s read it, those granted %s also write\n",
                qPrintable(address->toString()), Database::SchemaVersion, qPrintable(TeamSchema::viewerRole()),
                qPrintable(TeamSchema::editorRole()));
    return 0;
}

bool isEngineCommand(const CommandLineOptions &options)
{
    return !options.copyTo.isEmpty()
        || (TeamDatabaseAddress::looksLikeAddress(options.databasePath) && !options.exportDataPath.isEmpty());
}

int runEngineCommand(const CommandLineOptions &options)
{
    QString error;
    std::optional<OpenDatabase> source = openSource(options, &error);
    if (!source)
        return failure(error);
    if (!options.copyTo.isEmpty()) {
        return TeamDatabaseAddress::looksLikeAddress(options.copyTo) ? copyToTeam(*source, options.copyTo)
                                                                     : copyToFile(*source, options.copyTo);
    }
    if (!DataTransfer::exportFrom(source->connection(), options.exportDataPath, &error))
        return failure(QStringLiteral("export failed: %1").arg(error));
    return 0;
}

} // namespace talentflow
