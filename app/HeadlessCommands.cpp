#include "app/HeadlessCommands.h"

#include "models/ArticleRepository.h"
#include "models/DataTransfer.h"
#include "models/Database.h"
#include "ui/edit/ArticleFile.h"

#include <QFileInfo>

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

std::unique_ptr<Database> openRequestedDatabase(const CommandLineOptions &options, QString *error)
{
    if (!options.newDatabasePath.isEmpty()) {
        return Database::create(options.newDatabasePath,
                                options.newDatabaseEmpty ? Database::Contents::Empty : Database::Contents::Seeded, error);
    }
    if (!options.databasePath.isEmpty())
        return Database::open(options.databasePath, error);
    return Database::openOrCreateDefault(error);
}

int runAddSource(const CommandLineOptions &options)
{
    QString error;
    // The article is read and checked before the database is opened: a refusal writes nothing.
    const std::optional<QString> body = readArticleFile(options.addSourcePath, &error);
    if (!body)
        return failure(QStringLiteral("cannot add the article: %1").arg(error));
    NewArticle article;
    article.file = QFileInfo(options.addSourcePath).fileName();
    article.body = *body;
    article.title = options.articleTitle.isEmpty() ? ArticleRepository::titleFromText(*body) : options.articleTitle;
    article.publisher = options.articlePublisher;
    article.url = options.articleUrl;
    article.language = options.articleLanguage.isEmpty() ? ArticleRepository::guessLanguage(*body) : options.articleLanguage;
    article.published = options.articlePublished;
    const QString problem = ArticleRepository::problemWith(article);
    if (!problem.isEmpty())
        return failure(QStringLiteral("cannot add the article: %1").arg(problem));
    std::unique_ptr<Database> database = openRequestedDatabase(options, &error);
    if (!database)
        return failure(error);
    if (database->isReadOnly())
        return failure(QStringLiteral("cannot add the article: %1 is read-only").arg(database->path()));
    bool existing = false;
    const std::optional<qint64> id = ArticleRepository(database->connection()).add(article, &existing, &error);
    if (!id)
        return failure(QStringLiteral("cannot add the article: %1").arg(error));
    if (existing)
        spdlog::warn("{} is already stored as source {}; its title, publisher, address and date are unchanged",
                     article.file.toStdString(), *id);
    else
        spdlog::info("added article {} as source {}", article.file.toStdString(), *id);
    std::printf("source %lld\n", static_cast<long long>(*id));
    return 0;
}

int runHeadless(const CommandLineOptions &options)
{
    QString error;
    std::unique_ptr<Database> database;
    database = openRequestedDatabase(options, &error);
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
