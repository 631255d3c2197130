#include "app/HeadlessCommands.h"

#include "app/TeamCommands.h"

#include "models/ArticleRepository.h"
#include "models/DataTransfer.h"
#include "models/Database.h"
#include "models/SearchIndex.h"
#include "models/SearchRepository.h"
#include "models/WriteTransaction.h"
#include "ui/LanguageManager.h"
#include "ui/browse/SearchExplanation.h"
#include "ui/edit/ArticleFile.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <limits>
#include <memory>

#include <unistd.h>

namespace talentflow {

namespace {

// A line every few seconds on a terminal; nothing in a pipe or a log, which wants the result only.
ImportProgressHandler importProgressLines()
{
    if (!isatty(fileno(stderr)))
        return {};
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto lastStep = std::make_shared<int>(-1);
    return [clock, lastStep](const ImportProgress &progress) {
        const int step = int(progress.step);
        if (progress.step != ImportProgress::Step::Indexing && step == *lastStep && clock->elapsed() < 3000)
            return true;
        *lastStep = step;
        clock->restart();
        const int percent = progress.total > 0 ? int(100 * progress.done / progress.total) : 0;
        switch (progress.step) {
        case ImportProgress::Step::Checking:
            std::fprintf(stderr, "talentflow: checking the file: %d%% (%lld of %lld MB)\n", percent,
                         static_cast<long long>(progress.done >> 20), static_cast<long long>(progress.total >> 20));
            break;
        case ImportProgress::Step::Writing:
            std::fprintf(stderr, "talentflow: importing: %d%% (%lld of %lld MB)\n", percent,
                         static_cast<long long>(progress.done >> 20), static_cast<long long>(progress.total >> 20));
            break;
        case ImportProgress::Step::Indexing:
            if (progress.done < progress.total)
                std::fprintf(stderr, "talentflow: building the indexes (step %lld of %lld)\n",
                             static_cast<long long>(progress.done + 1), static_cast<long long>(progress.total));
            break;
        }
        return true;
    };
}

} // namespace

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

int runFind(const CommandLineOptions &options)
{
    QString error;
    std::unique_ptr<Database> database = openRequestedDatabase(options, &error);
    if (!database)
        return failure(error);
    LanguageManager languages;
    languages.setLanguage(LanguageManager::fromCode(options.language.isEmpty() ? QStringLiteral("en") : options.language));
    // Every match named: a script gets every line whole.
    const std::optional<SearchOutcome> outcome =
        SearchRepository(database->connection()).search(options.findText, &error, std::numeric_limits<qsizetype>::max());
    if (!outcome)
        return failure(QStringLiteral("cannot search: %1").arg(error));
    const SearchOutcome &named = *outcome;
    for (const PersonMatch &match : named.matches) {
        std::printf("%lld\t%s\t%s\t%s\n", static_cast<long long>(match.personId), qPrintable(match.nameEn),
                    qPrintable(match.nameZh), qPrintable(MatchReasonText::of(match)));
    }
    if (named.matches.isEmpty()) {
        const QString suggestion = MatchReasonText::didYouMean(named, false);
        std::fprintf(stderr, "%s\n", qPrintable(suggestion.isEmpty() ? QStringLiteral("no one matches “%1”").arg(options.findText.trimmed())
                                                                   : QStringLiteral("no one matches “%1”. %2").arg(options.findText.trimmed(), suggestion)));
        return 1;
    }
    return 0;
}

int runSetReading(const CommandLineOptions &options)
{
    QString error;
    if (!NameKeys::hasHan(options.readingName))
        return failure(QStringLiteral("--set-reading: \"%1\" has no Chinese characters to read").arg(options.readingName));
    std::unique_ptr<Database> database = openRequestedDatabase(options, &error);
    if (!database)
        return failure(error);
    if (database->isReadOnly())
        return failure(QStringLiteral("cannot set the reading: %1 is read-only").arg(database->path()));
    QSqlDatabase db = database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return failure(QStringLiteral("cannot set the reading: %1").arg(transaction.error()));
    if (!SearchIndex(db).setReading(options.readingName, options.readingPinyin, &error)
        || !transaction.commit(&error))
        return failure(QStringLiteral("cannot set the reading: %1").arg(error));
    if (options.readingPinyin.isEmpty())
        spdlog::info("{} is read by the transliterator again", options.readingName.toStdString());
    else
        spdlog::info("{} is read {}", options.readingName.toStdString(), options.readingPinyin.toStdString());
    return 0;
}

int runHeadless(const CommandLineOptions &options)
{
    if (!options.initTeamDatabase.isEmpty())
        return runInitTeamDatabase(options);
    if (isEngineCommand(options))
        return runEngineCommand(options);
    if (options.isFind())
        return runFind(options);
    if (options.setsReading)
        return runSetReading(options);
    QString error;
    std::unique_ptr<Database> database;
    database = openRequestedDatabase(options, &error);
    if (!database)
        return failure(error);

    DataTransfer transfer(*database);
    if (!options.importDataPath.isEmpty()) {
        MergeStats stats;
        if (!transfer.importFrom(options.importDataPath, &stats, &error, importProgressLines()))
            return failure(QStringLiteral("import failed: %1").arg(error));
        std::printf("imported %d new records (%d roles, %d movements, %d citations)\n", stats.total(), stats.roles,
                    stats.movements, stats.citations);
        // Offered, never merged: a script or a person decides.
        QString why;
        const std::optional<QList<MergeCandidate>> pairs =
            SearchRepository(database->connection()).sameNamedAsNewPeople(stats.newPeople, 100, &why);
        for (const MergeCandidate &pair : pairs.value_or(QList<MergeCandidate>()))
            std::printf("possibly the same person: %lld and %lld: %s\n", static_cast<long long>(pair.personId),
                        static_cast<long long>(pair.stored.personId), qPrintable(MatchReasonText::pair(pair)));
    }
    if (!options.exportDataPath.isEmpty() && !transfer.exportTo(options.exportDataPath, &error))
        return failure(QStringLiteral("export failed: %1").arg(error));
    return 0;
}

} // namespace talentflow
