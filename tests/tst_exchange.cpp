#include "models/DataTransfer.h"
#include "models/Database.h"

#include "TestFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace talentflow;

// Export, import and their round trip; every kind of bad input is refused without a write.
class TestExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_seedExport; // the seeded database in format 1

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QStringList indexDefinitions(Database &db)
    {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' ORDER BY name"));
        QStringList definitions;
        while (query.next())
            definitions.append(query.value(0).toString());
        return definitions;
    }

    QByteArray exportOf(Database &db, const QString &name)
    {
        QString error;
        if (!DataTransfer(db).exportTo(path(name), &error))
            qFatal("export failed: %s", qPrintable(error));
        return TestFiles::read(path(name));
    }

    // The seed export with one change applied to its JSON.
    QByteArray mutated(const std::function<void(QJsonObject &)> &change) const
    {
        QJsonObject root = QJsonDocument::fromJson(m_seedExport).object();
        change(root);
        return QJsonDocument(root).toJson();
    }

    static void editRecord(QJsonObject &root, const char *section, int index,
                           const std::function<void(QJsonObject &)> &change)
    {
        QJsonArray array = root.value(QLatin1String(section)).toArray();
        QJsonObject record = array.at(index).toObject();
        change(record);
        array[index] = record;
        root[QLatin1String(section)] = array;
    }

    // The up to 32 UTF-16 units before and after a quote, never half of a surrogate pair.
    static QString contextBefore(const QString &body, int start)
    {
        int from = std::max(0, start - 32);
        if (from > 0 && body.at(from).isLowSurrogate())
            ++from;
        return body.mid(from, start - from);
    }

    static QString contextAfter(const QString &body, int end)
    {
        int to = std::min(int(body.size()), end + 32);
        if (to < body.size() && body.at(to - 1).isHighSurrogate())
            --to;
        return body.mid(end, to - end);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        std::unique_ptr<Database> seeded = Database::create(path(QStringLiteral("seeded.sqlite")),
                                                            Database::Contents::Seeded, &error);
        QVERIFY2(seeded, qPrintable(error));
        m_seedExport = exportOf(*seeded, QStringLiteral("seeded.json"));
        QVERIFY(m_seedExport.size() > 10000);
    }

    void exportFollowsFormatOne()
    {
        const QJsonObject root = QJsonDocument::fromJson(m_seedExport).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("talentflow-export"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        const QJsonObject source = root.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.keys(), (QStringList{"file", "id", "language", "published", "published_precision", "title"}));
        QCOMPARE(source.value(QStringLiteral("file")).toString(), QStringLiteral("000_100769667a3654fc.txt"));
        const QJsonObject movement = root.value(QStringLiteral("movements")).toArray().first().toObject();
        QCOMPARE(movement.keys(), (QStringList{"citations", "company_id", "date", "id", "kind", "person_id",
                                               "precision", "to_company_id"}));
        const QJsonObject citation = movement.value(QStringLiteral("citations")).toArray().first().toObject();
        QCOMPARE(citation.keys(), (QStringList{"end", "source_id", "start", "text"}));
        const QJsonObject role = root.value(QStringLiteral("roles")).toArray().first().toObject();
        QCOMPARE(role.keys(), (QStringList{"citations", "company_id", "end", "end_precision", "id", "person_id",
                                           "start", "start_precision", "title_en", "title_zh"}));
    }

    void roundTripIsIdenticalAndReimportChangesNothing()
    {
        QString error;
        std::unique_ptr<Database> empty =
            Database::create(path(QStringLiteral("roundtrip.sqlite")), Database::Contents::Empty, &error);
        QVERIFY2(empty, qPrintable(error));
        QCOMPARE(exportOf(*empty, QStringLiteral("empty.json")).contains("\"movements\": [\n    ]"), true);
        const QStringList freshIndexes = indexDefinitions(*empty);
        QVERIFY(freshIndexes.size() > 20);

        MergeStats first;
        QVERIFY2(DataTransfer(*empty).importFrom(path(QStringLiteral("seeded.json")), &first, &error), qPrintable(error));
        QVERIFY(first.movements > 50);
        QCOMPARE(exportOf(*empty, QStringLiteral("roundtrip.json")), m_seedExport);
        // Into an empty file the import drops the read indexes and builds them again, unchanged.
        QCOMPARE(indexDefinitions(*empty), freshIndexes);

        MergeStats second;
        QVERIFY2(DataTransfer(*empty).importFrom(path(QStringLiteral("seeded.json")), &second, &error), qPrintable(error));
        QCOMPARE(second.total(), 0);
        QCOMPARE(exportOf(*empty, QStringLiteral("roundtrip2.json")), m_seedExport);
    }

    // The read indexes a large import drops are built again from the schema's own statements: a
    // file's altered definition of one is not run again.
    void aLargeImportBuildsIndexesFromTheSchemaNotTheFile()
    {
        QString error;
        std::unique_ptr<Database> db =
            Database::create(path(QStringLiteral("altered.sqlite")), Database::Contents::Empty, &error);
        QVERIFY2(db, qPrintable(error));
        const QStringList fresh = indexDefinitions(*db);
        QSqlQuery alter(db->connection());
        QVERIFY(alter.exec(QStringLiteral("DROP INDEX role_person")));
        QVERIFY(alter.exec(QStringLiteral("CREATE INDEX role_person ON role(title_en, title_zh)")));
        MergeStats stats;
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("seeded.json")), &stats, &error), qPrintable(error));
        QVERIFY(stats.roles > 0);
        QCOMPARE(indexDefinitions(*db), fresh);
    }

    void importMergesNewRecordsIntoExistingOnes()
    {
        QString error;
        std::unique_ptr<Database> db =
            Database::create(path(QStringLiteral("merge.sqlite")), Database::Contents::Seeded, &error);
        QVERIFY(db);
        const QByteArray extra = TestFiles::oneNewMovement();
        TestFiles::write(path(QStringLiteral("extra.json")), extra);
        MergeStats stats;
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("extra.json")), &stats, &error), qPrintable(error));
        QCOMPARE(stats.people, 1);
        QCOMPARE(stats.companies, 0); // OpenAI matched by name, not duplicated
        QCOMPARE(stats.movements, 1);
        QCOMPARE(stats.sources, 1);
        MergeStats again;
        QVERIFY(DataTransfer(*db).importFrom(path(QStringLiteral("extra.json")), &again, &error));
        QCOMPARE(again.total(), 0);
    }

    // Repeats of one move or role (same natural key, other ids) merge into one row with the union
    // of their citations, whether the tables start empty (matched in memory) or not (by query).
    void repeatedRecordsMergeTheSameIntoEmptyAndFilledDatabases()
    {
        const QByteArray repeats = R"({"format": "talentflow-export", "version": 1,
            "sources": [{"id": 1, "file": "repeats.txt", "title": "Repeats", "language": "en", "published": "2025-01",
                         "published_precision": "month",
                         "body": "Ada Example joined OpenAI in January 2025. Ada Example was named Chief Example Officer."}],
            "companies": [{"id": 7, "name_en": "OpenAI", "name_zh": "OpenAI"}],
            "people": [{"id": 1, "name_en": "Ada Example", "name_zh": "", "aliases": []}],
            "roles": [
                {"id": 1, "person_id": 1, "company_id": 7, "title_en": "Chief Example Officer", "title_zh": "",
                 "start": null, "start_precision": "unknown", "end": null, "end_precision": "unknown",
                 "citations": [{"source_id": 1, "start": 43, "end": 86, "text": "Ada Example was named Chief Example Officer"}]},
                {"id": 2, "person_id": 1, "company_id": 7, "title_en": "Chief Example Officer", "title_zh": "",
                 "start": null, "start_precision": "unknown", "end": null, "end_precision": "unknown",
                 "citations": [{"source_id": 1, "start": 43, "end": 86, "text": "Ada Example was named Chief Example Officer"},
                               {"source_id": 1, "start": 0, "end": 25, "text": "Ada Example joined OpenAI"}]}],
            "movements": [
                {"id": 1, "person_id": 1, "kind": "joined", "company_id": 7, "to_company_id": null,
                 "date": "2025-01", "precision": "month",
                 "citations": [{"source_id": 1, "start": 0, "end": 25, "text": "Ada Example joined OpenAI"},
                               {"source_id": 1, "start": 0, "end": 25, "text": "Ada Example joined OpenAI"}]},
                {"id": 2, "person_id": 1, "kind": "joined", "company_id": 7, "to_company_id": null,
                 "date": "2025-01", "precision": "month",
                 "citations": [{"source_id": 1, "start": 26, "end": 41, "text": "in January 2025"}]},
                {"id": 3, "person_id": 1, "kind": "joined", "company_id": 7, "to_company_id": null,
                 "date": null, "precision": "unknown",
                 "citations": [{"source_id": 1, "start": 0, "end": 25, "text": "Ada Example joined OpenAI"}]}]})";
        TestFiles::write(path(QStringLiteral("repeats.json")), repeats);
        for (const Database::Contents contents : {Database::Contents::Empty, Database::Contents::Seeded}) {
            QString error;
            std::unique_ptr<Database> db = Database::create(
                path(contents == Database::Contents::Empty ? QStringLiteral("repeats-empty.sqlite") : QStringLiteral("repeats-seeded.sqlite")),
                contents, &error);
            QVERIFY2(db, qPrintable(error));
            MergeStats stats;
            QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("repeats.json")), &stats, &error), qPrintable(error));
            QCOMPARE(stats.roles, 1);
            QCOMPARE(stats.movements, 2); // the dated join (twice) and the undated one
            QCOMPARE(stats.citations, 2 + 3); // the role's two; the dated join's two, the undated join's one
            // Nothing new leaves the file as it was, though the file brings more rows than the
            // database holds (which drops and rebuilds the read indexes of a real import).
            const auto schemaVersion = [&db] {
                QSqlQuery query(db->connection());
                query.exec(QStringLiteral("PRAGMA schema_version"));
                return query.next() ? query.value(0).toInt() : -1;
            };
            const int before = schemaVersion();
            MergeStats again;
            QVERIFY(DataTransfer(*db).importFrom(path(QStringLiteral("repeats.json")), &again, &error));
            QCOMPARE(again.total(), 0);
            QCOMPARE(schemaVersion(), before);
        }
    }

    void rejectsBadInputWithoutWriting_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("not json") << QByteArray("{\"format\": \"talentflow-export\", ") << "not valid JSON";
        QTest::newRow("json array") << QByteArray("[1, 2]") << "top level must be a JSON object";
        QTest::newRow("wrong format") << mutated([](QJsonObject &r) { r[QStringLiteral("format")] = QStringLiteral("other"); })
                                      << "not a Talentflow export";
        QTest::newRow("wrong version") << mutated([](QJsonObject &r) { r[QStringLiteral("version")] = 2; })
                                       << "unsupported format version 2";
        QTest::newRow("missing section") << mutated([](QJsonObject &r) { r.remove(QStringLiteral("roles")); })
                                         << "missing array \"roles\"";
        QTest::newRow("missing field") << mutated([](QJsonObject &r) {
            editRecord(r, "movements", 3, [](QJsonObject &m) { m.remove(QStringLiteral("kind")); });
        }) << "movements[3] (id 4): missing field \"kind\"";
        QTest::newRow("wrong type") << mutated([](QJsonObject &r) {
            editRecord(r, "people", 0, [](QJsonObject &p) { p[QStringLiteral("name_en")] = 5; });
        }) << "people[0] (id 1): \"name_en\" must be a string";
        QTest::newRow("citation mismatch") << mutated([](QJsonObject &r) {
            editRecord(r, "movements", 5, [](QJsonObject &m) {
                QJsonArray citations = m.value(QStringLiteral("citations")).toArray();
                QJsonObject c = citations.at(0).toObject();
                c[QStringLiteral("start")] = c.value(QStringLiteral("start")).toInt() + 1;
                c[QStringLiteral("end")] = c.value(QStringLiteral("end")).toInt() + 1;
                citations[0] = c;
                m[QStringLiteral("citations")] = citations;
            });
        }) << "movements[5] (id 6) citation 0: text does not match source";
        QTest::newRow("citation past the end") << mutated([](QJsonObject &r) {
            editRecord(r, "roles", 2, [](QJsonObject &m) {
                QJsonArray citations = m.value(QStringLiteral("citations")).toArray();
                QJsonObject c = citations.at(0).toObject();
                c[QStringLiteral("start")] = 999999;
                c[QStringLiteral("end")] = 1000010;
                citations[0] = c;
                m[QStringLiteral("citations")] = citations;
            });
        }) << "roles[2] (id 3) citation 0: text does not match";
        // Found by fuzzing: a huge number where an offset goes was converted to int unchecked.
        QTest::newRow("offset out of range") << mutated([](QJsonObject &r) {
            editRecord(r, "roles", 2, [](QJsonObject &m) {
                QJsonArray citations = m.value(QStringLiteral("citations")).toArray();
                QJsonObject c = citations.at(0).toObject();
                c[QStringLiteral("end")] = 5.55556e+75;
                citations[0] = c;
                m[QStringLiteral("citations")] = citations;
            });
        }) << "roles[2] (id 3): citation 0: \"end\" must be a non-negative integer";
        // Also found by fuzzing: naming the record converted its huge id to an integer unchecked.
        QTest::newRow("id out of range") << mutated([](QJsonObject &r) {
            editRecord(r, "people", 0, [](QJsonObject &p) { p[QStringLiteral("id")] = 1.55556e+28; });
        }) << "people[0]: \"id\" must be a positive integer";
        QTest::newRow("no citations") << mutated([](QJsonObject &r) {
            editRecord(r, "roles", 0, [](QJsonObject &m) { m[QStringLiteral("citations")] = QJsonArray(); });
        }) << "roles[0] (id 1): cites nothing";
        QTest::newRow("dangling person") << mutated([](QJsonObject &r) {
            editRecord(r, "movements", 0, [](QJsonObject &m) { m[QStringLiteral("person_id")] = 999; });
        }) << "movements[0] (id 1): person_id 999 does not exist";
        QTest::newRow("dangling destination") << mutated([](QJsonObject &r) {
            editRecord(r, "movements", 1, [](QJsonObject &m) { m[QStringLiteral("to_company_id")] = 4242; });
        }) << "movements[1] (id 2): to_company_id 4242 does not exist";
        QTest::newRow("dangling source") << mutated([](QJsonObject &r) {
            editRecord(r, "roles", 1, [](QJsonObject &m) {
                QJsonArray citations = m.value(QStringLiteral("citations")).toArray();
                QJsonObject c = citations.at(0).toObject();
                c[QStringLiteral("source_id")] = 77;
                citations[0] = c;
                m[QStringLiteral("citations")] = citations;
            });
        }) << "roles[1] (id 2): citation 0: source_id 77 does not exist";
        QTest::newRow("invalid date") << mutated([](QJsonObject &r) {
            editRecord(r, "movements", 2, [](QJsonObject &m) {
                m[QStringLiteral("date")] = QStringLiteral("2024-13");
                m[QStringLiteral("precision")] = QStringLiteral("month");
            });
        }) << "movements[2] (id 3): \"date\": invalid date \"2024-13\"";
        QTest::newRow("impossible day") << mutated([](QJsonObject &r) {
            editRecord(r, "roles", 3, [](QJsonObject &m) {
                m[QStringLiteral("end")] = QStringLiteral("2023-02-29");
                m[QStringLiteral("end_precision")] = QStringLiteral("day");
            });
        }) << "roles[3] (id 4): \"end\": invalid date \"2023-02-29\"";
        QTest::newRow("date disagrees with precision") << mutated([](QJsonObject &r) {
            editRecord(r, "movements", 2, [](QJsonObject &m) { m[QStringLiteral("precision")] = QStringLiteral("day"); });
        }) << "does not agree with precision \"day\"";
        QTest::newRow("unknown kind") << mutated([](QJsonObject &r) {
            editRecord(r, "movements", 0, [](QJsonObject &m) { m[QStringLiteral("kind")] = QStringLiteral("retired"); });
        }) << "movements[0] (id 1): unknown kind \"retired\"";
        QTest::newRow("repeated id") << mutated([](QJsonObject &r) {
            editRecord(r, "companies", 1, [](QJsonObject &c) { c[QStringLiteral("id")] = 1; });
        }) << "companies[1] (id 1): id 1 is used twice";
        QTest::newRow("unknown article") << mutated([](QJsonObject &r) {
            editRecord(r, "sources", 0, [](QJsonObject &s) { s[QStringLiteral("file")] = QStringLiteral("missing.txt"); });
        }) << "sources[0] (id 1): the text of \"missing.txt\" is unknown";
        QTest::newRow("different text under a known name") << mutated([](QJsonObject &r) {
            editRecord(r, "sources", 0, [](QJsonObject &s) { s[QStringLiteral("body")] = QStringLiteral("Mira"); });
        }) << "already in the database with a different text";
    }

    void rejectsBadInputWithoutWriting()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const QString dbPath = path(QStringLiteral("target.sqlite"));
        if (!QFile::exists(dbPath)) {
            QString error;
            QVERIFY(Database::create(dbPath, Database::Contents::Seeded, &error));
        }
        const QByteArray before = TestFiles::digest(dbPath);
        TestFiles::write(path(QStringLiteral("bad.json")), input);
        {
            QString error;
            std::unique_ptr<Database> db = Database::open(dbPath, &error);
            QVERIFY(db);
            MergeStats stats;
            QVERIFY(!DataTransfer(*db).importFrom(path(QStringLiteral("bad.json")), &stats, &error));
            QVERIFY2(error.contains(expected), qPrintable(error));
            QVERIFY2(!error.contains(QLatin1Char('\n')), "errors are one line");
            QCOMPARE(stats.total(), 0);
            QCOMPARE(exportOf(*db, QStringLiteral("after.json")), m_seedExport);
        }
        QCOMPARE(TestFiles::digest(dbPath), before);
    }

    // An import writes every citation's anchor: the words around it in its article, in whole
    // characters, and the digest of that article's text.
    void importWritesCitationAnchors()
    {
        QString error;
        std::unique_ptr<Database> db =
            Database::create(path(QStringLiteral("anchors.sqlite")), Database::Contents::Empty, &error);
        QVERIFY2(db, qPrintable(error));
        MergeStats stats;
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("seeded.json")), &stats, &error), qPrintable(error));

        // An article of the file's own, with 𠮷 (two UTF-16 units) where a 32-unit context would
        // cut it in half on either side of the quote.
        const QString yoshi = QString::fromUtf8("\xF0\xA0\xAE\xB7");
        const QString before31 = QStringLiteral("abcdefghijklmnopqrstuvwxyz01234");
        const QString after31 = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ56789");
        const QString quote = QStringLiteral("Ada Example joined OpenAI");
        const QString body = yoshi + before31 + quote + after31 + yoshi + QStringLiteral(" in January 2025.");
        QJsonObject root = QJsonDocument::fromJson(TestFiles::oneNewMovement()).object();
        editRecord(root, "sources", 0, [&](QJsonObject &source) { source[QStringLiteral("body")] = body; });
        editRecord(root, "movements", 0, [&](QJsonObject &movement) {
            QJsonArray citations = movement.value(QStringLiteral("citations")).toArray();
            QJsonObject citation = citations.at(0).toObject();
            citation[QStringLiteral("start")] = 33;
            citation[QStringLiteral("end")] = 33 + int(quote.size());
            citations[0] = citation;
            movement[QStringLiteral("citations")] = citations;
        });
        TestFiles::write(path(QStringLiteral("yoshi.json")), QJsonDocument(root).toJson());
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("yoshi.json")), &stats, &error), qPrintable(error));

        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT c.start, c.end, c.text, c.prefix, c.suffix, c.body_sha256, s.sha256, s.body "
                                          "FROM citation c JOIN source s ON s.id = c.source_id ORDER BY c.id")));
        int citations = 0;
        int fullContexts = 0;
        bool yoshiSeen = false;
        while (query.next()) {
            ++citations;
            const int start = query.value(0).toInt();
            const int end = query.value(1).toInt();
            const QString text = query.value(2).toString();
            const QString prefix = query.value(3).toString();
            const QString suffix = query.value(4).toString();
            const QString articleBody = query.value(7).toString();
            const QString digest =
                QString::fromLatin1(QCryptographicHash::hash(articleBody.toUtf8(), QCryptographicHash::Sha256).toHex());
            QCOMPARE(query.value(6).toString(), digest);
            QCOMPARE(query.value(5).toString(), digest);
            QCOMPARE(articleBody.mid(start, end - start), text);
            QCOMPARE(prefix, contextBefore(articleBody, start));
            QCOMPARE(suffix, contextAfter(articleBody, end));
            fullContexts += prefix.size() == 32 && suffix.size() == 32 ? 1 : 0;
            if (text == quote) {
                yoshiSeen = true;
                QCOMPARE(prefix, before31);
                QCOMPARE(suffix, after31);
            }
        }
        // Every citation of the file (format 1 carries those of moves and roles), and the one added.
        int exported = 0;
        const QJsonObject seed = QJsonDocument::fromJson(m_seedExport).object();
        for (const char *section : {"movements", "roles"}) {
            for (const QJsonValue record : seed.value(QLatin1String(section)).toArray())
                exported += int(record.toObject().value(QStringLiteral("citations")).toArray().size());
        }
        QCOMPARE(citations, exported + 1);
        QVERIFY(fullContexts > 200);
        QVERIFY(yoshiSeen);
    }

    void exportsCsvWithBothScripts()
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(path(QStringLiteral("seeded.sqlite")), &error);
        QVERIFY(db);
        const QByteArray csv = exportOf(*db, QStringLiteral("seeded.csv"));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF" "record,id,person_en,person_zh,kind"));
        const QString text = QString::fromUtf8(csv);
        QVERIFY(text.contains(QStringLiteral("movement,")));
        QVERIFY(text.contains(QStringLiteral("Mira Murati,米拉·穆拉蒂,left")));
        QVERIFY(!DataTransfer(*db).exportTo(path(QStringLiteral("out.txt")), &error));
        QVERIFY(error.contains(QStringLiteral(".json or .csv")));
        QVERIFY(!QFile::exists(path(QStringLiteral("out.txt"))));
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
