#include "models/DataTransfer.h"

#include "models/BundledArticles.h"
#include "models/CsvExporter.h"
#include "models/DataSetReader.h"
#include "models/Database.h"
#include "models/JsonExchange.h"
#include "models/Schema.h"

#include <QFile>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace talentflow {

DataTransfer::DataTransfer(Database &database)
    : m_database(database)
{
}

bool DataTransfer::exportTo(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String("csv")) {
        if (error)
            *error = QStringLiteral("cannot export to %1: the file name must end in .json or .csv").arg(path);
        return false;
    }
    const std::optional<DataSet> data = DataSetReader(m_database.connection()).readAll(error);
    if (!data)
        return false;
    const QByteArray bytes = suffix == QLatin1String("json") ? JsonExchange::toJson(*data) : CsvExporter::toCsv(*data);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    spdlog::info("exported {} roles and {} movements to {}", data->roles.size(), data->movements.size(),
                 path.toStdString());
    return true;
}

bool DataTransfer::resolveBodies(DataSet &data, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT body FROM source WHERE file = :file"));
    for (int i = 0; i < data.sources.size(); ++i) {
        SourceRecord &source = data.sources[i];
        query.bindValue(QStringLiteral(":file"), source.file);
        if (!query.exec()) {
            if (error)
                *error = QStringLiteral("cannot read the database: %1").arg(query.lastError().text());
            return false;
        }
        const QString stored = query.next() ? query.value(0).toString() : QString();
        if (!source.body.isEmpty() && !stored.isNull() && stored != source.body) {
            if (error)
                *error = QStringLiteral("sources[%1] (id %2): \"%3\" is already in the database with a different text")
                             .arg(i)
                             .arg(source.id)
                             .arg(source.file);
            return false;
        }
        if (source.body.isEmpty())
            source.body = stored.isNull() ? bundledArticleBody(source.file) : stored;
        if (source.body.isEmpty()) {
            if (error)
                *error = QStringLiteral("sources[%1] (id %2): the text of \"%3\" is unknown: it is not in this "
                                        "database, not among the bundled articles, and the record has no \"body\"")
                             .arg(i)
                             .arg(source.id)
                             .arg(source.file);
            return false;
        }
        source.sha256 = bodySha256(source.body);
    }
    return true;
}

namespace {

qint64 incomingRows(const DataSet &data)
{
    qint64 rows = data.roles.size() + data.movements.size();
    for (const RoleRecord &role : data.roles)
        rows += role.citations.size();
    for (const MovementRecord &movement : data.movements)
        rows += movement.citations.size();
    return rows;
}

// True when the data brings more roles, moves and citations than the database holds.
bool isBulkLoad(QSqlDatabase &db, const DataSet &data)
{
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT (SELECT count(*) FROM role) + (SELECT count(*) FROM movement) "
                                   "+ (SELECT count(*) FROM citation)"))
        || !count.next())
        return false;
    return incomingRows(data) > count.value(0).toLongLong();
}

} // namespace

bool DataTransfer::importFrom(const QString &path, MergeStats *stats, QString *error)
{
    if (m_database.isReadOnly()) {
        if (error)
            *error = QStringLiteral("%1 is read-only; importing into it is disabled").arg(m_database.path());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    QElapsedTimer phase;
    phase.start();
    std::optional<DataSet> data = JsonExchange::fromJson(file.readAll(), &why);
    spdlog::debug("import: parsed in {} ms", phase.restart());
    if (!data || !resolveBodies(*data, &why) || !JsonExchange::verifyCitations(*data, &why)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), why);
        return false;
    }

    QSqlDatabase db = m_database.connection();
    // A large merge touches many pages: keep them in memory rather than spilling and re-reading.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -1048576"));
    const auto restoreCache = qScopeGuard([&db] { QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -65536")); });
    // IMMEDIATE takes the write lock now, so a busy database is reported before any work.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), describeSqlError(begin.lastError()));
        return false;
    }
    MergeStats local;
    MergeStats &merged = stats ? *stats : local;
    spdlog::debug("import: checked in {} ms", phase.restart());
    QSqlQuery end(db);
    // Many rows into few: updating every read index row by row costs more than building it once.
    std::optional<QStringList> droppedIndexes;
    bool mergedOk = true;
    if (isBulkLoad(db, *data)) {
        droppedIndexes = dropReadIndexes(db, &why);
        mergedOk = droppedIndexes.has_value();
        spdlog::debug("import: dropped the read indexes in {} ms", phase.restart());
    }
    mergedOk = mergedOk && DataSetWriter(db).merge(*data, &merged, &why);
    // The records are in the database now: their memory serves the index builds that follow.
    data.reset();
    spdlog::debug("import: merged in {} ms", phase.restart());
    if (mergedOk && merged.total() == 0) {
        // Nothing new: undo the dropped indexes too, so a repeated import leaves the file as it was.
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        spdlog::info("imported {}: nothing new", path.toStdString());
        return true;
    }
    const bool rebuiltOk = mergedOk && (!droppedIndexes || createIndexes(db, *droppedIndexes, &why));
    if (droppedIndexes)
        spdlog::debug("import: built the read indexes in {} ms", phase.restart());
    const bool indexedOk = rebuiltOk && rebuildSearchIndex(db, &why);
    spdlog::debug("import: indexed in {} ms", phase.restart());
    if (!indexedOk || !end.exec(QStringLiteral("COMMIT"))) {
        if (why.isEmpty())
            why = describeSqlError(end.lastError());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        merged = MergeStats();
        if (error)
            *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), why);
        return false;
    }
    spdlog::debug("import: committed in {} ms", phase.restart());
    spdlog::info("imported {}", path.toStdString());
    return true;
}

} // namespace talentflow
