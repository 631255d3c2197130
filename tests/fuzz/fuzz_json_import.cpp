// libFuzzer target: the JSON importer, from bytes to a merge into a scratch database, and the
// streaming reader the file import reads with, every element built. Any crash, sanitizer report
// or leak is a finding.
#include "models/BundledArticles.h"
#include "models/DataSetWriter.h"
#include "models/JsonExchange.h"
#include "models/JsonSectionReader.h"
#include "models/Schema.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstddef>
#include <cstdint>

namespace {
QSqlDatabase *scratch = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    QString error;
    if (!db.open() || !talentflow::createSchema(db, &error))
        qFatal("cannot set up the scratch database: %s", qPrintable(error));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    scratch = &db;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    {
        QBuffer buffer;
        buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
        buffer.open(QIODevice::ReadOnly);
        talentflow::JsonSectionReader::Handlers everything;
        everything.wantsElements = [](const QString &) { return true; };
        everything.element = [](const QString &, qint64, const QJsonValue &element) { return !element.isUndefined(); };
        everything.value = [](const QString &, const QJsonValue &value) { return !value.isUndefined(); };
        everything.progress = [](qint64 bytes) { return bytes >= 0; };
        talentflow::JsonSectionReader::read(buffer, everything, nullptr, &error);
    }
    std::optional<talentflow::DataSet> parsed =
        talentflow::JsonExchange::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!parsed)
        return 0;
    for (talentflow::SourceRecord &source : parsed->sources)
        source.sha256 = talentflow::bodySha256(source.body); // as the import does: format 2 anchors name it
    if (!talentflow::JsonExchange::verifyCitations(*parsed, &error))
        return 0;
    // Merge and roll back, so every input starts from the same empty database.
    QSqlQuery(*scratch).exec(QStringLiteral("BEGIN"));
    talentflow::MergeStats stats;
    talentflow::DataSetWriter(*scratch).merge(*parsed, &stats, &error);
    talentflow::rebuildSearchIndex(*scratch, &error);
    QSqlQuery(*scratch).exec(QStringLiteral("ROLLBACK"));
    return 0;
}
