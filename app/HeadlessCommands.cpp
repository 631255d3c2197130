#include "app/HeadlessCommands.h"

#include "models/DataTransfer.h"
#include "models/Database.h"

#include <spdlog/spdlog.h>

#include <cstdio>

namespace talentflow {

namespace {

int failure(const QString &message)
{
    spdlog::error("{}", message.toStdString());
    return 1;
}

} // namespace

int runHeadless(const CommandLineOptions &options)
{
    QString error;
    std::unique_ptr<Database> database;
    if (!options.newDatabasePath.isEmpty()) {
        database = Database::create(options.newDatabasePath,
                                    options.newDatabaseEmpty ? Database::Contents::Empty : Database::Contents::Seeded,
                                    &error);
    } else if (!options.databasePath.isEmpty()) {
        database = Database::open(options.databasePath, &error);
    } else {
        database = Database::openOrCreateDefault(&error);
    }
    if (!database)
        return failure(error);

    DataTransfer transfer(*database);
    if (!options.importDataPath.isEmpty()) {
        MergeStats stats;
        if (!transfer.importFrom(options.importDataPath, &stats, &error))
            return failure(QStringLiteral("import failed: %1").arg(error));
        std::printf("imported %d new records (%d roles, %d movements, %d citations)\n", stats.total(), stats.roles,
                    stats.movements, stats.citations);
    }
    if (!options.exportDataPath.isEmpty() && !transfer.exportTo(options.exportDataPath, &error))
        return failure(QStringLiteral("export failed: %1").arg(error));
    return 0;
}

} // namespace talentflow
