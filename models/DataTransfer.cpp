#include "models/DataTransfer.h"

#include "models/SqlDialect.h"

#include "models/BundledArticles.h"
#include "models/CsvExporter.h"
#include "models/DataSetReader.h"
#include "models/Database.h"
#include "models/JsonExchange.h"
#include "models/JsonSectionReader.h"
#include "models/Schema.h"

#include <QFile>
#include <QJsonArray>
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
    return exportFrom(m_database.connection(), path, error);
}

bool DataTransfer::exportFrom(const QSqlDatabase &db, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String("csv")) {
        if (error)
            *error = QStringLiteral("cannot export to %1: the file name must end in .json or .csv").arg(path);
        return false;
    }
    const std::optional<DataSet> data = DataSetReader(db).readAll(error);
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

// True when the file brings more roles, moves and citations than the database holds.
bool isBulkLoad(QSqlDatabase &db, qint64 incomingRows)
{
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT (SELECT count(*) FROM role) + (SELECT count(*) FROM movement) "
                                   "+ (SELECT count(*) FROM citation)"))
        || !count.next())
        return false;
    return incomingRows > count.value(0).toLongLong();
}

// The sections read whole on the first pass: few records each, and every fact refers to them.
bool isReferencedSection(const QString &section)
{
    return section == QLatin1String("sources") || section == QLatin1String("companies") || section == QLatin1String("people");
}

} // namespace

bool DataTransfer::importFrom(const QString &path, MergeStats *stats, QString *error, const ImportProgressHandler &progress)
{
    m_cancelled = false;
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
    const QString fileName = QFileInfo(path).fileName();
    if (file.isSequential()) {
        if (error)
            *error = QStringLiteral("%1: an import reads its file twice, so it cannot read a pipe or a device; save it to a "
                                    "file first").arg(fileName);
        return false;
    }
    QString why;
    const auto failed = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(fileName, m_cancelled ? QStringLiteral("the import was cancelled") : reason);
        return false;
    };
    const qint64 size = std::max<qint64>(file.size(), 1);
    const auto report = [&](ImportProgress::Step step, qint64 done, qint64 total) {
        m_cancelled = m_cancelled || (progress && !progress(ImportProgress{step, done, total}));
        return !m_cancelled;
    };
    QElapsedTimer phase;
    phase.start();

    // First pass: the header and the records every fact refers to, checked before anything is
    // written; the facts are only counted. Nothing of the file is held but those records.
    QJsonValue format;
    QJsonValue version;
    QHash<QString, QJsonArray> referenced;
    QHash<QString, JsonSection> sections;
    JsonSectionReader::Handlers firstPass;
    firstPass.wantsElements = isReferencedSection;
    firstPass.element = [&referenced](const QString &section, qint64, const QJsonValue &element) {
        referenced[section].append(element);
        return true;
    };
    firstPass.value = [&](const QString &key, const QJsonValue &value) {
        if (key == QLatin1String("format"))
            format = value;
        else if (key == QLatin1String("version"))
            version = value;
        return true;
    };
    firstPass.progress = [&](qint64 bytes) { return report(ImportProgress::Step::Checking, bytes, size); };
    if (JsonSectionReader::read(file, firstPass, &sections, &why) != JsonSectionReader::Outcome::Read
        || !report(ImportProgress::Step::Checking, size, size))
        return failed(why);
    JsonRecordReader reader;
    const auto isArray = [&sections](const QString &section) { return sections.value(section).isArray; };
    if (!reader.readHeader(format, version, isArray, &why))
        return failed(why);
    for (const QString &section : {QStringLiteral("sources"), QStringLiteral("companies"), QStringLiteral("people")}) {
        const QJsonArray elements = referenced.take(section);
        for (qsizetype i = 0; i < elements.size(); ++i) {
            if (!reader.read(section, i, elements.at(i), &why))
                return failed(why);
        }
    }
    DataSet &records = reader.records();
    if (!resolveBodies(records, &why))
        return failed(why);
    const JsonExchange::SourcesById sourcesById = JsonExchange::sourcesById(records.sources);
    const bool withChangeLog = reader.sections().contains(QStringLiteral("change_log"));
    spdlog::debug("import: checked the header, articles, companies and people in {} ms", phase.restart());

    QSqlDatabase db = m_database.connection();
    const bool team = m_database.isTeamDatabase();
    // A large merge touches many pages: keep them in memory rather than spilling and re-reading.
    if (!team)
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -262144"));
    const auto restoreCache = qScopeGuard([&db, team] {
        if (!team)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -65536"));
    });
    // The write lock first, so a busy database is reported before any work.
    QSqlError busy;
    if (!SqlDialect::beginWrite(db, &busy))
        return failed(describeSqlError(busy));
    bool committed = false;
    auto rollBack = qScopeGuard([&db, &committed] {
        if (!committed)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    });
    MergeStats local;
    MergeStats &merged = stats ? *stats : local;
    const auto failedWriting = [&](const QString &reason) {
        merged = MergeStats();
        return failed(reason);
    };
    // Many rows into few: updating every read index row by row costs more than building it once.
    const JsonSection roles = sections.value(QStringLiteral("roles"));
    const JsonSection movements = sections.value(QStringLiteral("movements"));
    std::optional<QStringList> droppedIndexes;
    // On a server other editors read meanwhile, the indexes stay.
    if (!team && isBulkLoad(db, roles.elements + roles.nestedObjects + movements.elements + movements.nestedObjects)) {
        droppedIndexes = dropReadIndexes(db, &why);
        if (!droppedIndexes)
            return failedWriting(why);
    }
    DataSetWriter writer(db);
    bool written = writer.start(withChangeLog && sections.value(QStringLiteral("change_log")).elements > 0, &merged, &why);
    for (const SourceRecord &source : std::as_const(records.sources)) // never detached: the writer keeps pointers
        written = written && writer.add(source);
    for (const CompanyRecord &company : records.companies)
        written = written && writer.add(company);
    for (const PersonRecord &person : records.people)
        written = written && writer.add(person);
    if (!written)
        return failedWriting(why);
    records.companies.clear();
    records.people.clear();

    // Second pass: each fact is checked, its citations verified against the articles' texts,
    // and written, one at a time; a failure anywhere rolls the whole file back.
    JsonSectionReader::Handlers secondPass;
    secondPass.wantsElements = [&](const QString &section) {
        return section == QLatin1String("roles") || section == QLatin1String("movements")
            || (withChangeLog && section == QLatin1String("change_log"));
    };
    secondPass.element = [&](const QString &section, qint64 index, const QJsonValue &element) {
        if (!reader.read(section, index, element, &why))
            return false;
        if (section == QLatin1String("roles")) {
            const RoleRecord role = records.roles.takeLast();
            return JsonExchange::verifyCitations(sourcesById, QStringLiteral("roles[%1] (id %2)").arg(index).arg(role.id),
                                                 role.citations, &why)
                && writer.add(role);
        }
        if (section == QLatin1String("movements")) {
            const MovementRecord movement = records.movements.takeLast();
            return JsonExchange::verifyCitations(sourcesById, QStringLiteral("movements[%1] (id %2)").arg(index).arg(movement.id),
                                                 movement.citations, &why)
                && writer.add(movement);
        }
        return true; // the change log, kept in records until every fact has its id here
    };
    secondPass.progress = [&](qint64 bytes) { return report(ImportProgress::Step::Writing, bytes, size); };
    if (!file.seek(0))
        return failedWriting(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (JsonSectionReader::read(file, secondPass, nullptr, &why) != JsonSectionReader::Outcome::Read
        || !writer.finish(records.changes) || !report(ImportProgress::Step::Writing, size, size))
        return failedWriting(why);
    spdlog::debug("import: wrote the records in {} ms", phase.restart());
    if (merged.total() == 0) {
        // Nothing new: undo the dropped indexes too, so a repeated import leaves the file as it was.
        spdlog::info("imported {}: nothing new", path.toStdString());
        return true;
    }
    if (!report(ImportProgress::Step::Indexing, 0, 3))
        return failedWriting(QString());
    if (droppedIndexes && !createIndexes(db, *droppedIndexes, &why))
        return failedWriting(why);
    spdlog::debug("import: built the read indexes in {} ms", phase.restart());
    if (!report(ImportProgress::Step::Indexing, 1, 3))
        return failedWriting(QString());
    if (!rebuildSearchIndex(db, &why))
        return failedWriting(why);
    spdlog::debug("import: indexed in {} ms", phase.restart());
    if (!report(ImportProgress::Step::Indexing, 2, 3))
        return failedWriting(QString());
    // The file's own ids were kept where free: the server's next ids follow them.
    for (const char *table : {"source", "company", "person", "dispute", "role", "movement", "citation", "change_log"}) {
        if (!SqlDialect::followExplicitIds(db, QLatin1String(table), &why))
            return failedWriting(why);
    }
    QSqlQuery end(db);
    if (!end.exec(QStringLiteral("COMMIT")))
        return failedWriting(describeSqlError(end.lastError()));
    committed = true;
    if (progress)
        progress(ImportProgress{ImportProgress::Step::Indexing, 3, 3}); // too late to cancel: the import is in

    spdlog::debug("import: committed in {} ms", phase.restart());
    spdlog::info("imported {}", path.toStdString());
    return true;
}

} // namespace talentflow
