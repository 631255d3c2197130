#include "models/ArticleRepository.h"
#include "models/DataTransfer.h"
#include "models/Database.h"
#include "models/FactRepository.h"

#include "TestFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace talentflow;

namespace {

const QString yoshiChar = QString::fromUtf8("\xF0\xA0\xAE\xB7"); // 𠮷, two UTF-16 units

// An article corrected twice (the texts tst_replacetext reanchors): the first correction puts ten
// characters before quote A, fixes a typo in quote B (which then waits for review, its fixed
// words offered) and drops the paragraph of quote C (an orphan); the second adds a line at the end.
const QString zophQuoteA = QStringLiteral("Barret Zoph ") + yoshiChar + QStringLiteral(" left OpenAI for the new lab");
const QString zophQuoteB = QStringLiteral("Zoph was fired for unethical conduct, the lab's chef executive wrote");
const QString zophFixedB = QStringLiteral("Zoph was fired for unethical conduct, the lab's chief executive wrote");
const QString zophQuoteC = QStringLiteral("Zoph would stay on as an adviser until the summer");
const QString zophQuoteD = QStringLiteral("Mira Murati founded Thinking Machines Lab in February 2025");

QString zophText(int version)
{
    const QString intro = QStringLiteral("Dispatch filed late on a Tuesday evening by our correspondent in the city. ") + zophQuoteD
        + QStringLiteral(", after six years at OpenAI, and raised money within weeks.\n\n")
        + QStringLiteral("Later that year, people close to the company said that ") + yoshiChar;
    const QString afterA = yoshiChar + QStringLiteral(" in the autumn, with two colleagues who followed him.\n\n")
        + QStringLiteral("In January 2026 the lab said: ");
    const QString afterB = QStringLiteral(", in a message seen by reporters that same morning.\n\n");
    const QString ending = QStringLiteral("Neither company replied to requests for comment before publication.");
    if (version == 1)
        return intro + zophQuoteA + afterA + zophQuoteB + afterB + QStringLiteral("A separate note, since withdrawn, had claimed that ")
            + zophQuoteC + QStringLiteral(" according to two employees who later recanted.\n\n") + ending;
    const QString second = intro + QStringLiteral("[Update") + yoshiChar + QStringLiteral("] ") + zophQuoteA + afterA + zophFixedB
        + afterB + ending;
    return version == 2 ? second : second + QStringLiteral("\nCorrected on Friday.");
}

QString hexSha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

// Export, import and their round trip; every kind of bad input is refused without a write.
class TestExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_seedExport;   // the seeded database, as export writes it (format 2)
    QByteArray m_seedFormatOne; // the same in format 1, as an earlier build wrote it
    QByteArray m_editedExport; // the seeded database after a person's edits (editedDatabase)
    QByteArray m_replacedExport; // the seeded database with an article corrected twice (replacedDatabase)

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QString yoshi() { return QString::fromUtf8("\xF0\xA0\xAE\xB7"); } // 𠮷, two UTF-16 units

    // Every row of a query, read with a connection of the test's own.
    static QList<QVariantList> rows(const QString &file, const QString &sql, const QVariantList &bound = {})
    {
        QList<QVariantList> result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(file);
            if (!db.open())
                qFatal("cannot open %s", qPrintable(file));
            QSqlQuery query(db);
            query.prepare(sql);
            for (int i = 0; i < bound.size(); ++i)
                query.bindValue(i, bound.at(i));
            if (!query.exec())
                qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            while (query.next()) {
                QVariantList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values.append(query.value(i));
                result.append(values);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return result;
    }

    static QVariant value(const QString &file, const QString &sql, const QVariantList &bound = {})
    {
        const QList<QVariantList> found = rows(file, sql, bound);
        return found.isEmpty() ? QVariant() : found.first().value(0);
    }

    // A format-2 file as format 1 has it: no change log, no addresses, citations without their
    // ids, anchors and stated dates, and a publisher only beside a body.
    static QByteArray toFormatOne(const QByteArray &json)
    {
        QJsonObject root = QJsonDocument::fromJson(json).object();
        root[QStringLiteral("version")] = 1;
        root.remove(QStringLiteral("change_log"));
        QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
        for (qsizetype i = 0; i < sources.size(); ++i) {
            QJsonObject source = sources.at(i).toObject();
            source.remove(QStringLiteral("url"));
            if (!source.contains(QStringLiteral("body")))
                source.remove(QStringLiteral("publisher"));
            sources[i] = source;
        }
        root[QStringLiteral("sources")] = sources;
        for (const char *section : {"roles", "movements"}) {
            QJsonArray records = root.value(QLatin1String(section)).toArray();
            for (qsizetype i = 0; i < records.size(); ++i) {
                QJsonObject record = records.at(i).toObject();
                QJsonArray citations = record.value(QStringLiteral("citations")).toArray();
                for (qsizetype c = 0; c < citations.size(); ++c) {
                    const QJsonObject citation = citations.at(c).toObject();
                    citations[c] = QJsonObject{{QStringLiteral("source_id"), citation.value(QStringLiteral("source_id"))},
                                               {QStringLiteral("start"), citation.value(QStringLiteral("start"))},
                                               {QStringLiteral("end"), citation.value(QStringLiteral("end"))},
                                               {QStringLiteral("text"), citation.value(QStringLiteral("text"))}};
                }
                record[QStringLiteral("citations")] = citations;
                records[i] = record;
            }
            root[QLatin1String(section)] = records;
        }
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

    // A seeded database after every kind of edit format 2 carries beyond format 1: an article
    // with an address, a publisher and a date, whose text and title hold 𠮷; a bundled article's
    // corrected details; a move of a new person (𠮷田花子) cited by words holding 𠮷; words that
    // state a day for that move, date an undated seeded move, and end a seeded role. The change
    // log holds each of them.
    static void editedDatabase(const QString &file)
    {
        QString error;
        std::unique_ptr<Database> db = Database::create(file, Database::Contents::Seeded, &error);
        QVERIFY2(db, qPrintable(error));
        ArticleRepository articles(db->connection());
        NewArticle article;
        article.file = QStringLiteral("yoshida.txt");
        article.title = yoshi() + QStringLiteral("田花子离开 OpenAI");
        article.publisher = QStringLiteral("Example Daily");
        article.url = QStringLiteral("https://example.com/news/yoshida?id=1");
        article.language = QStringLiteral("zh");
        article.published = PartialDate::day(2026, 1, 15);
        article.body = QStringLiteral("2026年1月14日,") + yoshi() + QStringLiteral("田花子离开了 OpenAI,加入 Thinking Machines Lab。\n她说:“")
            + yoshi() + QStringLiteral("是我的姓。”");
        bool existing = true;
        const std::optional<qint64> sourceId = articles.add(article, &existing, &error);
        QVERIFY2(sourceId && !existing, qPrintable(error));

        std::optional<ArticleDetails> bundled = articles.details(1, &error);
        QVERIFY2(bundled, qPrintable(error));
        bundled->url = QStringLiteral("https://example.com/000");
        bundled->publisher = QStringLiteral("AIGC.BAR (corrected)");
        bundled->published = PartialDate::month(2025, 10);
        QVERIFY2(articles.setDetails(1, *bundled, &error), qPrintable(error));

        FactRepository facts(db->connection());
        const std::optional<QuoteSpan> quote = facts.locate(*sourceId, yoshi() + QStringLiteral("田花子离开了 OpenAI"), 0, &error);
        QVERIFY2(quote, qPrintable(error));
        const std::optional<QList<qint64>> openAi = facts.findCompanies(QStringLiteral("OpenAI"), &error);
        const std::optional<QList<qint64>> tml = facts.findCompanies(QStringLiteral("Thinking Machines Lab"), &error);
        QVERIFY(openAi && openAi->size() == 1 && tml && tml->size() == 1);
        NewMovement movement;
        movement.person = NamedRecord{0, yoshi() + QStringLiteral("田花子")};
        movement.kind = MovementKind::Left;
        movement.company = NamedRecord{openAi->first(), {}};
        movement.destination = NamedRecord{tml->first(), {}};
        movement.date = PartialDate::month(2026, 1);
        movement.quote = *quote;
        const std::optional<FactIds> added = facts.addMovement(movement, FactIds{}, &error);
        QVERIFY2(added && added->newPerson, qPrintable(error));

        const std::optional<QuoteSpan> day = facts.locate(*sourceId, QStringLiteral("2026年1月14日"), 0, &error);
        QVERIFY2(day, qPrintable(error));
        const PartialDate stated = PartialDate::day(2026, 1, 14);
        QVERIFY2(facts.cite(NewCitation{FactRef{FactType::Movement, added->factId}, *day, stated, FactField::Date}, &error),
                 qPrintable(error));
        const qint64 undated =
            value(file, QStringLiteral("SELECT id FROM movement WHERE precision = 'unknown' ORDER BY id LIMIT 1")).toLongLong();
        QVERIFY(undated > 0);
        const std::optional<CitationEdit> dated =
            facts.cite(NewCitation{FactRef{FactType::Movement, undated}, *day, stated, FactField::Date}, &error);
        QVERIFY2(dated && dated->datedFact, qPrintable(error));
        const qint64 openRole = value(file, QStringLiteral("SELECT id FROM role WHERE end_precision = 'unknown' AND "
                                                           "start_date IS NOT NULL ORDER BY id LIMIT 1"))
                                    .toLongLong();
        QVERIFY(openRole > 0);
        QVERIFY2(facts.cite(NewCitation{FactRef{FactType::Role, openRole}, *day, stated, FactField::End}, &error),
                 qPrintable(error));
    }

    // A seeded database with an article whose text was corrected twice (zophText 1 → 2 → 3): it
    // keeps both earlier texts; quote D (cited for a move) stays, A moves, B waits for review on a
    // move and C, cited for a role, is an orphan. B and C still name the first text.
    static void replacedDatabase(const QString &file)
    {
        QString error;
        std::unique_ptr<Database> db = Database::create(file, Database::Contents::Seeded, &error);
        QVERIFY2(db, qPrintable(error));
        ArticleRepository articles(db->connection());
        NewArticle article;
        article.file = QStringLiteral("zoph.txt");
        article.title = QStringLiteral("Zoph and the lab");
        article.language = QStringLiteral("en");
        article.body = zophText(1);
        bool existing = true;
        const std::optional<qint64> sourceId = articles.add(article, &existing, &error);
        QVERIFY2(sourceId && !existing, qPrintable(error));

        const qint64 zoph = value(file, QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        const qint64 fired = value(file, QStringLiteral("SELECT id FROM movement WHERE person_id = ? AND kind = 'fired'"), {zoph})
                                 .toLongLong();
        const qint64 left = value(file, QStringLiteral("SELECT id FROM movement WHERE person_id = ? AND kind = 'left' "
                                                       "ORDER BY id LIMIT 1"), {zoph}).toLongLong();
        const qint64 role = value(file, QStringLiteral("SELECT id FROM role WHERE person_id = ? ORDER BY id LIMIT 1"), {zoph})
                                .toLongLong();
        QVERIFY(zoph > 0 && fired > 0 && left > 0 && role > 0);
        FactRepository facts(db->connection());
        const std::pair<FactRef, QString> cited[] = {{FactRef{FactType::Movement, left}, zophQuoteD},
                                                      {FactRef{FactType::Movement, left}, zophQuoteA},
                                                      {FactRef{FactType::Movement, fired}, zophQuoteB},
                                                      {FactRef{FactType::Role, role}, zophQuoteC}};
        for (const auto &[fact, words] : cited) {
            const std::optional<QuoteSpan> span = facts.locate(*sourceId, words, 0, &error);
            QVERIFY2(span, qPrintable(error));
            NewCitation citation;
            citation.fact = fact;
            citation.quote = *span;
            citation.field = fact.type == FactType::Role ? FactField::Start : FactField::Date;
            QVERIFY2(facts.cite(citation, &error), qPrintable(error));
        }
        const std::optional<TextReplacement> first = articles.replaceText(*sourceId, zophText(2), &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->count(AnchorOutcome::NeedsReview), 1);
        QCOMPARE(first->count(AnchorOutcome::Orphan), 1);
        QVERIFY2(articles.replaceText(*sourceId, zophText(3), &error), qPrintable(error));
    }

    // Where a citation is in an export: its fact's array, the fact's place in it and its id, and
    // the citation's place among the fact's.
    struct CitationPlace
    {
        const char *section = "movements";
        int index = -1;
        qint64 factId = 0;
        int citation = -1;
        qint64 sourceId = 0;

        QString fact() const { return QStringLiteral("%1[%2] (id %3)").arg(QLatin1String(section)).arg(index).arg(factId); }
        // As the checks against an article's texts name it, and as the checks of its fields do.
        QString named(qint64 citationId) const
        {
            return QStringLiteral("%1 citation %2 (id %3): ").arg(fact()).arg(citation).arg(citationId);
        }
        QString field() const { return QStringLiteral("%1: citation %2: ").arg(fact()).arg(citation); }
    };

    static CitationPlace placeOf(const QByteArray &json, qint64 citationId)
    {
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        for (const char *section : {"movements", "roles"}) {
            const QJsonArray records = root.value(QLatin1String(section)).toArray();
            for (int i = 0; i < records.size(); ++i) {
                const QJsonArray citations = records.at(i).toObject().value(QStringLiteral("citations")).toArray();
                for (int c = 0; c < citations.size(); ++c) {
                    const QJsonObject citation = citations.at(c).toObject();
                    if (citation.value(QStringLiteral("id")).toInteger() == citationId)
                        return CitationPlace{section, i, records.at(i).toObject().value(QStringLiteral("id")).toInteger(), c,
                                             citation.value(QStringLiteral("source_id")).toInteger()};
                }
            }
        }
        qFatal("citation %lld is not in the file", citationId);
    }

    // The place of a source in an export's array.
    static int sourceIndex(const QByteArray &json, qint64 sourceId)
    {
        const QJsonArray sources = QJsonDocument::fromJson(json).object().value(QStringLiteral("sources")).toArray();
        for (int i = 0; i < sources.size(); ++i) {
            if (sources.at(i).toObject().value(QStringLiteral("id")).toInteger() == sourceId)
                return i;
        }
        qFatal("source %lld is not in the file", sourceId);
    }

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

    // The seed export (or another file) with one change applied to its JSON.
    QByteArray mutated(const std::function<void(QJsonObject &)> &change) const { return mutated(m_seedExport, change); }

    static QByteArray mutated(const QByteArray &json, const std::function<void(QJsonObject &)> &change)
    {
        QJsonObject root = QJsonDocument::fromJson(json).object();
        change(root);
        return QJsonDocument(root).toJson();
    }

    static void editCitation(QJsonObject &root, const char *section, int index, int citation,
                             const std::function<void(QJsonObject &)> &change)
    {
        editRecord(root, section, index, [&](QJsonObject &record) {
            QJsonArray citations = record.value(QStringLiteral("citations")).toArray();
            QJsonObject c = citations.at(citation).toObject();
            change(c);
            citations[citation] = c;
            record[QStringLiteral("citations")] = citations;
        });
    }

    // Where the edited export keeps the move of 𠮷田花子 (the last one), and the id of its second
    // citation: the words 𠮷田花子离开了 OpenAI, after the day its first one states.
    struct Place
    {
        int index = 0;
        qint64 id = 0;
        qint64 citationId = 0;
    };

    Place addedMove() const
    {
        const QJsonArray movements = QJsonDocument::fromJson(m_editedExport).object().value(QStringLiteral("movements")).toArray();
        const QJsonObject last = movements.last().toObject();
        return Place{int(movements.size() - 1), last.value(QStringLiteral("id")).toInteger(),
                     last.value(QStringLiteral("citations")).toArray().at(1).toObject().value(QStringLiteral("id")).toInteger()};
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
        m_seedFormatOne = toFormatOne(m_seedExport);
        TestFiles::write(path(QStringLiteral("seeded-v1.json")), m_seedFormatOne);

        editedDatabase(path(QStringLiteral("edited.sqlite")));
        std::unique_ptr<Database> edited = Database::open(path(QStringLiteral("edited.sqlite")), &error);
        QVERIFY2(edited, qPrintable(error));
        m_editedExport = exportOf(*edited, QStringLiteral("edited.json"));

        replacedDatabase(path(QStringLiteral("replaced.sqlite")));
        std::unique_ptr<Database> replaced = Database::open(path(QStringLiteral("replaced.sqlite")), &error);
        QVERIFY2(replaced, qPrintable(error));
        m_replacedExport = exportOf(*replaced, QStringLiteral("replaced.json"));
    }

    void exportFollowsFormatTwo()
    {
        const QJsonObject root = QJsonDocument::fromJson(m_editedExport).object();
        QCOMPARE(root.keys(), (QStringList{"change_log", "companies", "format", "movements", "people", "roles", "sources",
                                           "version"}));
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("talentflow-export"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 2);
        const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
        const QJsonObject bundled = sources.first().toObject();
        QCOMPARE(bundled.keys(), (QStringList{"file", "id", "language", "published", "published_precision", "publisher",
                                              "title", "url"}));
        QCOMPARE(bundled.value(QStringLiteral("file")).toString(), QStringLiteral("000_100769667a3654fc.txt"));
        QCOMPARE(bundled.value(QStringLiteral("url")).toString(), QStringLiteral("https://example.com/000"));
        QCOMPARE(bundled.value(QStringLiteral("publisher")).toString(), QStringLiteral("AIGC.BAR (corrected)"));
        const QJsonObject added = sources.last().toObject();
        QCOMPARE(added.keys(), (QStringList{"body", "file", "id", "language", "published", "published_precision",
                                            "publisher", "title", "url"}));
        QCOMPARE(added.value(QStringLiteral("url")).toString(), QStringLiteral("https://example.com/news/yoshida?id=1"));
        QCOMPARE(added.value(QStringLiteral("published")).toString(), QStringLiteral("2026-01-15"));
        QVERIFY(added.value(QStringLiteral("body")).toString().contains(yoshi()));

        const QJsonObject movement = root.value(QStringLiteral("movements")).toArray().first().toObject();
        QCOMPARE(movement.keys(), (QStringList{"citations", "company_id", "date", "id", "kind", "person_id",
                                               "precision", "to_company_id"}));
        const QJsonObject citation = movement.value(QStringLiteral("citations")).toArray().first().toObject();
        QCOMPARE(citation.keys(), (QStringList{"body_sha256", "end", "id", "prefix", "source_id", "start", "suffix", "text"}));
        const QJsonObject role = root.value(QStringLiteral("roles")).toArray().first().toObject();
        QCOMPARE(role.keys(), (QStringList{"citations", "company_id", "end", "end_precision", "id", "person_id",
                                           "start", "start_precision", "title_en", "title_zh"}));

        // The stated dates: one for each fact cited with a date, and no stated fields elsewhere.
        QStringList statedFields;
        int withoutDate = 0;
        for (const char *section : {"movements", "roles"}) {
            for (const QJsonValue record : root.value(QLatin1String(section)).toArray()) {
                for (const QJsonValue value : record.toObject().value(QStringLiteral("citations")).toArray()) {
                    const QJsonObject c = value.toObject();
                    if (!c.contains(QStringLiteral("stated_date"))) {
                        withoutDate += c.contains(QStringLiteral("stated_field")) || c.contains(QStringLiteral("stated_precision")) ? 0 : 1;
                        continue;
                    }
                    QCOMPARE(c.keys(), (QStringList{"body_sha256", "end", "id", "prefix", "source_id", "start", "stated_date",
                                                    "stated_field", "stated_precision", "suffix", "text"}));
                    QCOMPARE(c.value(QStringLiteral("stated_date")).toString(), QStringLiteral("2026-01-14"));
                    QCOMPARE(c.value(QStringLiteral("stated_precision")).toString(), QStringLiteral("day"));
                    statedFields.append(c.value(QStringLiteral("stated_field")).toString());
                }
            }
        }
        statedFields.sort();
        QCOMPARE(statedFields, (QStringList{"date", "date", "end"}));
        QCOMPARE(withoutDate, value(path(QStringLiteral("edited.sqlite")),
                                    QStringLiteral("SELECT count(*) FROM citation WHERE dispute_side_id IS NULL AND "
                                                   "stated_date IS NULL")).toInt());
        QVERIFY(withoutDate > 200);

        // The change log: every row with its fields, oldest first, values as objects or null.
        const QJsonArray changes = root.value(QStringLiteral("change_log")).toArray();
        const QList<QVariantList> stored = rows(path(QStringLiteral("edited.sqlite")),
                                                QStringLiteral("SELECT id, at, entity, entity_id, action, before, after "
                                                               "FROM change_log ORDER BY id"));
        QCOMPARE(changes.size(), stored.size());
        QVERIFY(changes.size() >= 8); // two articles' rows, a person, a move, four citations, two dated facts
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const QJsonObject change = changes.at(i).toObject();
            QCOMPARE(change.keys(), (QStringList{"action", "after", "at", "before", "entity", "entity_id", "id"}));
            QCOMPARE(change.value(QStringLiteral("id")).toInteger(), stored.at(i).at(0).toLongLong());
            QCOMPARE(change.value(QStringLiteral("at")).toString(), stored.at(i).at(1).toString());
            QCOMPARE(change.value(QStringLiteral("entity")).toString(), stored.at(i).at(2).toString());
            QCOMPARE(change.value(QStringLiteral("entity_id")).toInteger(), stored.at(i).at(3).toLongLong());
            QCOMPARE(change.value(QStringLiteral("action")).toString(), stored.at(i).at(4).toString());
            for (int column : {5, 6}) {
                const QJsonValue values = change.value(column == 5 ? QStringLiteral("before") : QStringLiteral("after"));
                if (stored.at(i).at(column).isNull())
                    QVERIFY(values.isNull());
                else
                    QCOMPARE(values.toObject(), QJsonDocument::fromJson(stored.at(i).at(column).toString().toUtf8()).object());
            }
        }
        QStringList entities;
        for (const QJsonValue change : changes)
            entities.append(change.toObject().value(QStringLiteral("entity")).toString());
        for (const char *entity : {"source", "person", "movement", "role", "citation"})
            QVERIFY2(entities.contains(QLatin1String(entity)), entity);
    }

    // Export → import into an empty database → export gives the same bytes, and the database
    // read back holds every value the edited one does.
    void everyEditSurvivesTheRoundTrip()
    {
        QString error;
        const QString copy = path(QStringLiteral("edited-copy.sqlite"));
        {
            std::unique_ptr<Database> empty = Database::create(copy, Database::Contents::Empty, &error);
            QVERIFY2(empty, qPrintable(error));
            MergeStats stats;
            QVERIFY2(DataTransfer(*empty).importFrom(path(QStringLiteral("edited.json")), &stats, &error), qPrintable(error));
            QCOMPARE(stats.changes, int(QJsonDocument::fromJson(m_editedExport).object().value(QStringLiteral("change_log")).toArray().size()));
            QCOMPARE(exportOf(*empty, QStringLiteral("edited-again.json")), m_editedExport);
        }
        const QString original = path(QStringLiteral("edited.sqlite"));
        const QStringList tables{
            QStringLiteral("SELECT id, file, title, publisher, url, language, published, published_precision, body, sha256 "
                           "FROM source ORDER BY id"),
            QStringLiteral("SELECT id, name_en, name_zh FROM person ORDER BY id"),
            QStringLiteral("SELECT person_id, alias FROM person_alias ORDER BY person_id, alias"),
            QStringLiteral("SELECT id, name_en, name_zh FROM company ORDER BY id"),
            QStringLiteral("SELECT id, person_id, kind, company_id, to_company_id, date, precision FROM movement ORDER BY id"),
            QStringLiteral("SELECT id, person_id, company_id, title_en, title_zh, start_date, start_precision, end_date, "
                           "end_precision FROM role ORDER BY id"),
            QStringLiteral("SELECT id, role_id, movement_id, source_id, start, end, text, prefix, suffix, body_sha256, "
                           "stated_date, stated_precision, stated_field FROM citation WHERE dispute_side_id IS NULL ORDER BY id"),
            QStringLiteral("SELECT id, at, entity, entity_id, action, before, after FROM change_log ORDER BY id"),
        };
        for (const QString &sql : tables) {
            const QList<QVariantList> before = rows(original, sql);
            QVERIFY2(!before.isEmpty(), qPrintable(sql));
            QCOMPARE(rows(copy, sql), before);
        }
        // What the edits wrote is there: the address, the stated dates, 𠮷 in an article, a quote and a name.
        QCOMPARE(value(copy, QStringLiteral("SELECT count(*) FROM citation WHERE stated_date = '2026-01-14' AND "
                                            "stated_precision = 'day'")).toInt(), 3);
        QCOMPARE(value(copy, QStringLiteral("SELECT url FROM source WHERE file LIKE 'yoshida%'")).toString(),
                 QStringLiteral("https://example.com/news/yoshida?id=1"));
        QVERIFY(value(copy, QStringLiteral("SELECT count(*) FROM citation WHERE instr(text, ?) > 0"), {yoshi()}).toInt() == 1);
        QVERIFY(value(copy, QStringLiteral("SELECT count(*) FROM person WHERE name_zh = ?"), {yoshi() + QStringLiteral("田花子")}).toInt() == 1);

        // A second import of the same file changes nothing, the change log included.
        const QByteArray digest = TestFiles::digest(copy);
        std::unique_ptr<Database> again = Database::open(copy, &error);
        QVERIFY2(again, qPrintable(error));
        MergeStats second;
        QVERIFY2(DataTransfer(*again).importFrom(path(QStringLiteral("edited.json")), &second, &error), qPrintable(error));
        QCOMPARE(second.total(), 0);
        QCOMPARE(exportOf(*again, QStringLiteral("edited-third.json")), m_editedExport);
        again.reset();
        QCOMPARE(TestFiles::digest(copy), digest);
    }

    // An article's earlier texts and the citations still on them travel in the file: export →
    // import into an empty database → export gives the same bytes, and the database read back
    // keeps the texts, the states and the span offered for review.
    void replacedTextsSurviveTheRoundTrip()
    {
        const QString original = path(QStringLiteral("replaced.sqlite"));
        const qint64 article = value(original, QStringLiteral("SELECT id FROM source WHERE file LIKE 'zoph%'")).toLongLong();
        QVERIFY(article > 0);
        const QJsonObject root = QJsonDocument::fromJson(m_replacedExport).object();

        // The article carries its two earlier texts, oldest first; no other article has the field.
        const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
        const QJsonObject source = sources.at(sourceIndex(m_replacedExport, article)).toObject();
        QCOMPARE(source.keys(), (QStringList{"body", "file", "id", "language", "published", "published_precision", "publisher",
                                             "title", "url", "versions"}));
        QCOMPARE(source.value(QStringLiteral("body")).toString(), zophText(3));
        const QJsonArray versions = source.value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        const QList<QVariantList> kept = rows(original, QStringLiteral("SELECT body, sha256, replaced_at FROM source_version "
                                                                       "WHERE source_id = ? ORDER BY id"), {article});
        QCOMPARE(kept.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject version = versions.at(i).toObject();
            QCOMPARE(version.keys(), (QStringList{"body", "replaced_at", "sha256"}));
            QCOMPARE(version.value(QStringLiteral("body")).toString(), zophText(i + 1));
            QCOMPARE(version.value(QStringLiteral("sha256")).toString(), hexSha256(zophText(i + 1)));
            QCOMPARE(version.value(QStringLiteral("replaced_at")).toString(), kept.at(i).at(2).toString());
        }
        int withVersions = 0;
        for (const QJsonValue other : sources)
            withVersions += other.toObject().contains(QStringLiteral("versions")) ? 1 : 0;
        QCOMPARE(withVersions, 1);

        // The review and the orphan say so, the review with its span; an anchored citation says nothing.
        const qint64 review = value(original, QStringLiteral("SELECT id FROM citation WHERE anchor_state = 'review'")).toLongLong();
        const qint64 orphan = value(original, QStringLiteral("SELECT id FROM citation WHERE anchor_state = 'orphan'")).toLongLong();
        const qint64 moved = value(original, QStringLiteral("SELECT id FROM citation WHERE source_id = ? AND text = ?"),
                                   {article, zophQuoteA}).toLongLong();
        QVERIFY(review > 0 && orphan > 0 && moved > 0);
        const auto citationJson = [&root, this](qint64 id) {
            const CitationPlace at = placeOf(m_replacedExport, id);
            return root.value(QLatin1String(at.section)).toArray().at(at.index).toObject().value(QStringLiteral("citations"))
                .toArray().at(at.citation).toObject();
        };
        const QJsonObject reviewed = citationJson(review);
        QCOMPARE(reviewed.keys(), (QStringList{"anchor_state", "body_sha256", "end", "id", "prefix", "review_end", "review_start",
                                               "source_id", "start", "suffix", "text"}));
        QCOMPARE(reviewed.value(QStringLiteral("anchor_state")).toString(), QStringLiteral("review"));
        QCOMPARE(reviewed.value(QStringLiteral("text")).toString(), zophQuoteB);
        QCOMPARE(reviewed.value(QStringLiteral("body_sha256")).toString(), hexSha256(zophText(1)));
        const int reviewStart = reviewed.value(QStringLiteral("review_start")).toInt();
        QCOMPARE(zophText(3).mid(reviewStart, reviewed.value(QStringLiteral("review_end")).toInt() - reviewStart), zophFixedB);
        const QJsonObject orphaned = citationJson(orphan);
        QCOMPARE(orphaned.value(QStringLiteral("anchor_state")).toString(), QStringLiteral("orphan"));
        QVERIFY(!orphaned.contains(QStringLiteral("review_start")) && !orphaned.contains(QStringLiteral("review_end")));
        QCOMPARE(orphaned.value(QStringLiteral("text")).toString(), zophQuoteC);
        QCOMPARE(orphaned.value(QStringLiteral("body_sha256")).toString(), hexSha256(zophText(1)));
        QCOMPARE(citationJson(moved).keys(), (QStringList{"body_sha256", "end", "id", "prefix", "source_id", "start", "suffix", "text"}));

        // Into an empty database, and out again: the same bytes.
        QString error;
        const QString copy = path(QStringLiteral("replaced-copy.sqlite"));
        {
            std::unique_ptr<Database> empty = Database::create(copy, Database::Contents::Empty, &error);
            QVERIFY2(empty, qPrintable(error));
            MergeStats stats;
            QVERIFY2(DataTransfer(*empty).importFrom(path(QStringLiteral("replaced.json")), &stats, &error), qPrintable(error));
            QCOMPARE(exportOf(*empty, QStringLiteral("replaced-again.json")), m_replacedExport);
        }
        for (const QString &sql : {QStringLiteral("SELECT id, source_id, body, sha256, replaced_at FROM source_version ORDER BY id"),
                                   QStringLiteral("SELECT id, role_id, movement_id, source_id, start, end, text, prefix, suffix, "
                                                  "body_sha256, anchor_state, review_start, review_end FROM citation "
                                                  "WHERE dispute_side_id IS NULL ORDER BY id")}) {
            const QList<QVariantList> before = rows(original, sql);
            QVERIFY2(!before.isEmpty(), qPrintable(sql));
            QCOMPARE(rows(copy, sql), before);
        }
        // Counted on their own: the two kept texts, one review with its span, one orphan without.
        QCOMPARE(value(copy, QStringLiteral("SELECT count(*) FROM source_version WHERE source_id = ?"), {article}).toInt(), 2);
        QCOMPARE(value(copy, QStringLiteral("SELECT count(*) FROM source_version")).toInt(), 2);
        QCOMPARE(value(copy, QStringLiteral("SELECT count(*) FROM citation WHERE anchor_state = 'review' AND id = ? "
                                            "AND review_start IS NOT NULL AND review_end > review_start"), {review}).toInt(), 1);
        QCOMPARE(value(copy, QStringLiteral("SELECT count(*) FROM citation WHERE anchor_state = 'orphan' AND id = ? "
                                            "AND review_start IS NULL AND review_end IS NULL"), {orphan}).toInt(), 1);
        QCOMPARE(value(copy, QStringLiteral("SELECT count(*) FROM citation WHERE anchor_state <> 'anchored'")).toInt(), 2);
        // Each of them names a kept text of its article, and its words are that text's at its offsets.
        const QList<QVariantList> waiting = rows(copy, QStringLiteral("SELECT c.start, c.end, c.text, v.body, v.sha256 FROM citation c "
                                                                      "JOIN source_version v ON v.source_id = c.source_id "
                                                                      "AND v.sha256 = c.body_sha256 WHERE c.anchor_state <> 'anchored'"));
        QCOMPARE(waiting.size(), 2);
        for (const QVariantList &row : waiting) {
            QCOMPARE(row.at(3).toString().mid(row.at(0).toInt(), row.at(1).toInt() - row.at(0).toInt()), row.at(2).toString());
            QCOMPARE(hexSha256(row.at(3).toString()), row.at(4).toString());
        }

        // A second import adds nothing: no text is kept twice.
        const QByteArray digest = TestFiles::digest(copy);
        {
            std::unique_ptr<Database> again = Database::open(copy, &error);
            QVERIFY2(again, qPrintable(error));
            MergeStats second;
            QVERIFY2(DataTransfer(*again).importFrom(path(QStringLiteral("replaced.json")), &second, &error), qPrintable(error));
            QCOMPARE(second.total(), 0);
        }
        QCOMPARE(TestFiles::digest(copy), digest);

        // Into a database holding the article without its newer earlier text: only that one is added.
        rows(copy, QStringLiteral("DELETE FROM source_version WHERE sha256 = ?"), {hexSha256(zophText(2))});
        QCOMPARE(value(copy, QStringLiteral("SELECT count(*) FROM source_version")).toInt(), 1);
        std::unique_ptr<Database> missing = Database::open(copy, &error);
        QVERIFY2(missing, qPrintable(error));
        MergeStats third;
        QVERIFY2(DataTransfer(*missing).importFrom(path(QStringLiteral("replaced.json")), &third, &error), qPrintable(error));
        QCOMPARE(third.total(), 1);
        QCOMPARE(value(copy, QStringLiteral("SELECT count(*) FROM source_version WHERE source_id = ? AND sha256 = ?"),
                       {article, hexSha256(zophText(2))}).toInt(), 1);
        QCOMPARE(value(copy, QStringLiteral("SELECT count(*) FROM source_version")).toInt(), 2);
        QCOMPARE(exportOf(*missing, QStringLiteral("replaced-restored.json")), m_replacedExport);
    }

    // A bundled article whose text was corrected carries its new text and the bundled one.
    void aCorrectedBundledArticleCarriesBothTexts()
    {
        QString error;
        const QString file = path(QStringLiteral("bundled-corrected.sqlite"));
        QByteArray exported;
        QString bundled;
        {
            std::unique_ptr<Database> db = Database::create(file, Database::Contents::Seeded, &error);
            QVERIFY2(db, qPrintable(error));
            bundled = value(file, QStringLiteral("SELECT body FROM source WHERE id = 1")).toString();
            QVERIFY(bundled.size() > 1000);
            QVERIFY2(ArticleRepository(db->connection()).replaceText(1, bundled + QStringLiteral("\n(Corrected.)"), &error),
                     qPrintable(error));
            exported = exportOf(*db, QStringLiteral("bundled-corrected.json"));
        }
        const QJsonObject source = QJsonDocument::fromJson(exported).object().value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.value(QStringLiteral("body")).toString(), bundled + QStringLiteral("\n(Corrected.)"));
        const QJsonArray versions = source.value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().toObject().value(QStringLiteral("body")).toString(), bundled);
        QVERIFY(!exported.contains("\"anchor_state\"")); // the words of every citation are still there

        const QString copy = path(QStringLiteral("bundled-corrected-copy.sqlite"));
        std::unique_ptr<Database> empty = Database::create(copy, Database::Contents::Empty, &error);
        QVERIFY2(empty, qPrintable(error));
        MergeStats stats;
        QVERIFY2(DataTransfer(*empty).importFrom(path(QStringLiteral("bundled-corrected.json")), &stats, &error), qPrintable(error));
        QCOMPARE(exportOf(*empty, QStringLiteral("bundled-corrected-again.json")), exported);
        QCOMPARE(value(copy, QStringLiteral("SELECT body FROM source_version WHERE source_id = 1")).toString(), bundled);
    }

    // A file written before format 2 still imports, with its anchors computed, and says what it said.
    void formatOneStillImports()
    {
        QString error;
        const QString file = path(QStringLiteral("from-v1.sqlite"));
        std::unique_ptr<Database> db = Database::create(file, Database::Contents::Empty, &error);
        QVERIFY2(db, qPrintable(error));
        MergeStats stats;
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("seeded-v1.json")), &stats, &error), qPrintable(error));
        QVERIFY(stats.movements > 50);
        QCOMPARE(stats.changes, 0);
        const QByteArray exported = exportOf(*db, QStringLiteral("from-v1.json"));
        QCOMPARE(QJsonDocument::fromJson(exported).object().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(toFormatOne(exported), m_seedFormatOne);
        QCOMPARE(value(file, QStringLiteral("SELECT count(*) FROM citation WHERE body_sha256 = '' OR "
                                            "(prefix = '' AND start > 0)")).toInt(), 0);
        QCOMPARE(value(file, QStringLiteral("SELECT count(*) FROM change_log")).toInt(), 0);
        QCOMPARE(value(file, QStringLiteral("SELECT count(*) FROM source_version")).toInt(), 0);
        QCOMPARE(value(file, QStringLiteral("SELECT count(*) FROM citation WHERE anchor_state <> 'anchored' OR "
                                            "review_start IS NOT NULL")).toInt(), 0);
        // The format-1 file of an edited database: its edits' facts, not its history.
        MergeStats edited;
        TestFiles::write(path(QStringLiteral("edited-v1.json")), toFormatOne(m_editedExport));
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("edited-v1.json")), &edited, &error), qPrintable(error));
        QCOMPARE(edited.movements, 2); // 𠮷田花子's, and the seeded move dated since (a new natural key)
        QCOMPARE(edited.roles, 1);    // the seeded role ended since
        QCOMPARE(value(file, QStringLiteral("SELECT count(*) FROM citation WHERE stated_date IS NOT NULL")).toInt(), 0);
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
        QTest::newRow("wrong version") << mutated([](QJsonObject &r) { r[QStringLiteral("version")] = 3; })
                                       << "unsupported format version 3 (this build reads versions 1 to 2)";
        QTest::newRow("version 0") << mutated([](QJsonObject &r) { r[QStringLiteral("version")] = 0; })
                                   << "unsupported format version 0";
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

        // Format 2's own fields.
        QTest::newRow("v2 without a change log") << mutated([](QJsonObject &r) { r.remove(QStringLiteral("change_log")); })
                                                 << "missing array \"change_log\"";
        QTest::newRow("v2 source without url") << mutated([](QJsonObject &r) {
            editRecord(r, "sources", 0, [](QJsonObject &s) { s.remove(QStringLiteral("url")); });
        }) << "sources[0] (id 1): missing field \"url\"";
        QTest::newRow("v2 url not on the web") << mutated([](QJsonObject &r) {
            editRecord(r, "sources", 1, [](QJsonObject &s) { s[QStringLiteral("url")] = QStringLiteral("javascript:alert(1)"); });
        }) << "sources[1] (id 2): \"url\" is not an http or https address";
        QTest::newRow("v2 citation without prefix") << mutated([](QJsonObject &r) {
            editCitation(r, "movements", 0, 0, [](QJsonObject &c) { c.remove(QStringLiteral("prefix")); });
        }) << "movements[0] (id 1): citation 0: missing field \"prefix\"";
        QTest::newRow("v2 citation without id") << mutated([](QJsonObject &r) {
            editCitation(r, "roles", 0, 0, [](QJsonObject &c) { c.remove(QStringLiteral("id")); });
        }) << "roles[0] (id 1): citation 0: missing field \"id\"";
        const qint64 firstCitation = QJsonDocument::fromJson(m_seedExport).object().value(QStringLiteral("movements")).toArray()
                                         .first().toObject().value(QStringLiteral("citations")).toArray().first().toObject()
                                         .value(QStringLiteral("id")).toInteger();
        QTest::newRow("v2 citation id twice") << mutated([firstCitation](QJsonObject &r) {
            editCitation(r, "roles", 0, 0, [firstCitation](QJsonObject &c) { c[QStringLiteral("id")] = firstCitation; });
        // Refused where the file repeats it: an export writes "movements" before "roles".
        }) << QStringLiteral("roles[0] (id 1): citation 0: citation id %1 is used twice").arg(firstCitation);

        // A format-2 citation's anchor must be the one its article and offsets give.
        const Place added = addedMove();
        const QString named = QStringLiteral("movements[%1] (id %2) citation 1 (id %3): ").arg(added.index).arg(added.id).arg(added.citationId);
        QTest::newRow("v2 wrong prefix") << mutated(m_editedExport, [added](QJsonObject &r) {
            editCitation(r, "movements", added.index, 1, [](QJsonObject &c) {
                c[QStringLiteral("prefix")] = QStringLiteral("X") + c.value(QStringLiteral("prefix")).toString().mid(1);
            });
        }) << named + "\"prefix\" does not agree with source 6";
        QTest::newRow("v2 prefix one character short") << mutated(m_editedExport, [added](QJsonObject &r) {
            editCitation(r, "movements", added.index, 1, [](QJsonObject &c) {
                c[QStringLiteral("prefix")] = c.value(QStringLiteral("prefix")).toString().mid(1);
            });
        }) << named + "\"prefix\" does not agree";
        QTest::newRow("v2 wrong suffix") << mutated(m_editedExport, [added](QJsonObject &r) {
            editCitation(r, "movements", added.index, 1, [](QJsonObject &c) {
                c[QStringLiteral("suffix")] = c.value(QStringLiteral("suffix")).toString() + QStringLiteral("!");
            });
        }) << named + "\"suffix\" does not agree";
        QTest::newRow("v2 wrong digest") << mutated(m_editedExport, [added](QJsonObject &r) {
            editCitation(r, "movements", added.index, 1, [](QJsonObject &c) {
                c[QStringLiteral("body_sha256")] = QString(64, QLatin1Char('0'));
            });
        }) << named + "\"body_sha256\" does not agree";
        QTest::newRow("v2 stated field of a role on a move") << mutated(m_editedExport, [added](QJsonObject &r) {
            editCitation(r, "movements", added.index, 1, [](QJsonObject &c) {
                c[QStringLiteral("stated_date")] = QStringLiteral("2026-01");
                c[QStringLiteral("stated_precision")] = QStringLiteral("month");
                c[QStringLiteral("stated_field")] = QStringLiteral("end");
            });
        }) << QStringLiteral("movements[%1] (id %2): citation 1: \"stated_field\" must be date, not \"end\"").arg(added.index).arg(added.id);
        QTest::newRow("v2 stated date alone") << mutated(m_editedExport, [added](QJsonObject &r) {
            editCitation(r, "movements", added.index, 1, [](QJsonObject &c) { c[QStringLiteral("stated_date")] = QStringLiteral("2026"); });
        }) << "\"stated_date\", \"stated_precision\" and \"stated_field\" go together";
        QTest::newRow("v2 stated date against its precision") << mutated(m_editedExport, [added](QJsonObject &r) {
            editCitation(r, "movements", added.index, 1, [](QJsonObject &c) {
                c[QStringLiteral("stated_date")] = QStringLiteral("2026-01");
                c[QStringLiteral("stated_precision")] = QStringLiteral("day");
                c[QStringLiteral("stated_field")] = QStringLiteral("date");
            });
        }) << "\"stated_date\": ";
        QTest::newRow("v2 unknown change action") << mutated(m_editedExport, [](QJsonObject &r) {
            editRecord(r, "change_log", 0, [](QJsonObject &c) { c[QStringLiteral("action")] = QStringLiteral("undo"); });
        }) << "change_log[0] (id 1): unknown action \"undo\"";
        QTest::newRow("v2 unknown change entity") << mutated(m_editedExport, [](QJsonObject &r) {
            editRecord(r, "change_log", 0, [](QJsonObject &c) { c[QStringLiteral("entity")] = QStringLiteral("dispute"); });
        }) << "change_log[0] (id 1): unknown entity \"dispute\"";
        QTest::newRow("v2 change without a time") << mutated(m_editedExport, [](QJsonObject &r) {
            editRecord(r, "change_log", 1, [](QJsonObject &c) { c[QStringLiteral("at")] = QStringLiteral("yesterday"); });
        }) << "change_log[1] (id 2): \"at\" must be a date and time";
        QTest::newRow("v2 change values not an object") << mutated(m_editedExport, [](QJsonObject &r) {
            editRecord(r, "change_log", 0, [](QJsonObject &c) { c[QStringLiteral("after")] = QJsonArray{1, 2}; });
        }) << "change_log[0] (id 1): \"after\" must be an object or null";
        QTest::newRow("v2 change id twice") << mutated(m_editedExport, [](QJsonObject &r) {
            editRecord(r, "change_log", 1, [](QJsonObject &c) { c[QStringLiteral("id")] = 1; });
        }) << "change_log[1] (id 1): id 1 is used twice";
        QTest::newRow("v2 change without entity_id") << mutated(m_editedExport, [](QJsonObject &r) {
            editRecord(r, "change_log", 0, [](QJsonObject &c) { c.remove(QStringLiteral("entity_id")); });
        }) << "change_log[0] (id 1): missing field \"entity_id\"";

        // An article's earlier texts, and the citations on them or waiting for review.
        const QString replaced = path(QStringLiteral("replaced.sqlite"));
        const qint64 review = value(replaced, QStringLiteral("SELECT id FROM citation WHERE anchor_state = 'review'")).toLongLong();
        const qint64 orphan = value(replaced, QStringLiteral("SELECT id FROM citation WHERE anchor_state = 'orphan'")).toLongLong();
        const qint64 moved = value(replaced, QStringLiteral("SELECT id FROM citation WHERE text = ?"), {zophQuoteA}).toLongLong();
        QVERIFY(review > 0 && orphan > 0 && moved > 0);
        const CitationPlace inReview = placeOf(m_replacedExport, review);
        const CitationPlace isOrphan = placeOf(m_replacedExport, orphan);
        const CitationPlace isMoved = placeOf(m_replacedExport, moved);
        const qint64 zoph = inReview.sourceId;
        const int reviewStart = value(replaced, QStringLiteral("SELECT review_start FROM citation WHERE id = ?"), {review}).toInt();
        const int zophAt = sourceIndex(m_replacedExport, zoph);
        const QString zophSource = QStringLiteral("sources[%1] (id %2): ").arg(zophAt).arg(zoph);
        const auto citationOf = [this](const CitationPlace &at, const std::function<void(QJsonObject &)> &change) {
            return mutated(m_replacedExport, [&](QJsonObject &r) { editCitation(r, at.section, at.index, at.citation, change); });
        };
        const auto versionOf = [&](int version, const std::function<void(QJsonObject &)> &change) {
            return mutated(m_replacedExport, [&](QJsonObject &r) {
                editRecord(r, "sources", zophAt, [&](QJsonObject &s) {
                    QJsonArray versions = s.value(QStringLiteral("versions")).toArray();
                    if (version >= versions.size())
                        return; // a file without them: the row fails on the message
                    QJsonObject v = versions.at(version).toObject();
                    change(v);
                    versions[version] = v;
                    s[QStringLiteral("versions")] = versions;
                });
            });
        };
        QTest::newRow("v2 unknown anchor state") << citationOf(inReview, [](QJsonObject &c) {
            c[QStringLiteral("anchor_state")] = QStringLiteral("lost");
        }) << inReview.field() + "\"anchor_state\" must be \"anchored\", \"review\" or \"orphan\", not \"lost\"";
        QTest::newRow("v2 anchor state not a string") << citationOf(isOrphan, [](QJsonObject &c) {
            c[QStringLiteral("anchor_state")] = 2;
        }) << isOrphan.field() + "\"anchor_state\" must be a string";
        QTest::newRow("v2 review without its span") << citationOf(inReview, [](QJsonObject &c) {
            c.remove(QStringLiteral("review_end"));
        }) << inReview.field() + "missing field \"review_end\"";
        QTest::newRow("v2 span on an orphan") << citationOf(isOrphan, [](QJsonObject &c) {
            c[QStringLiteral("review_start")] = 0;
            c[QStringLiteral("review_end")] = 4;
        }) << isOrphan.field() + "\"review_start\" and \"review_end\" go with \"anchor_state\": \"review\" only";
        QTest::newRow("v2 span on an anchored citation") << citationOf(isMoved, [](QJsonObject &c) {
            c[QStringLiteral("review_end")] = 4;
        }) << isMoved.field() + "\"review_start\" and \"review_end\" go with \"anchor_state\": \"review\" only";
        QTest::newRow("v2 empty review span") << citationOf(inReview, [](QJsonObject &c) {
            c[QStringLiteral("review_end")] = c.value(QStringLiteral("review_start"));
        }) << inReview.field() + QStringLiteral("\"review_end\" %1 must be greater than \"review_start\" %1").arg(reviewStart);
        QTest::newRow("v2 review span past the text") << citationOf(inReview, [](QJsonObject &c) {
            c[QStringLiteral("review_end")] = int(zophText(3).size()) + 1;
        }) << inReview.named(review) + QStringLiteral("\"review_end\" %1 is past the end of source %2's text (%3 UTF-16 units)")
                                          .arg(zophText(3).size() + 1).arg(zoph).arg(zophText(3).size());
        QTest::newRow("v2 review naming no kept text") << citationOf(inReview, [](QJsonObject &c) {
            c[QStringLiteral("body_sha256")] = QString(64, QLatin1Char('0'));
        }) << inReview.named(review) + QStringLiteral("\"body_sha256\" names no earlier text of source %1").arg(zoph);
        QTest::newRow("v2 orphan naming the current text") << citationOf(isOrphan, [](QJsonObject &c) {
            c[QStringLiteral("body_sha256")] = hexSha256(zophText(3));
        }) << isOrphan.named(orphan) + QStringLiteral("\"body_sha256\" names no earlier text of source %1").arg(zoph);
        QTest::newRow("v2 orphan with its article's texts left out") << mutated(m_replacedExport, [&](QJsonObject &r) {
            editRecord(r, "sources", zophAt, [](QJsonObject &s) { s.remove(QStringLiteral("versions")); });
            // Every citation on an earlier text fails now; the first in the file is named.
        }) << QStringLiteral("\"body_sha256\" names no earlier text of source %1").arg(zoph);
        QTest::newRow("v2 anchored citation on an earlier text") << citationOf(isMoved, [](QJsonObject &c) {
            c[QStringLiteral("body_sha256")] = hexSha256(zophText(1));
        }) << isMoved.named(moved) + "\"body_sha256\" does not agree with source";
        QTest::newRow("v2 review words not in its earlier text") << citationOf(inReview, [](QJsonObject &c) {
            c[QStringLiteral("start")] = c.value(QStringLiteral("start")).toInt() + 1;
            c[QStringLiteral("end")] = c.value(QStringLiteral("end")).toInt() + 1;
        }) << QStringLiteral("%1 citation %2: text does not match the earlier text %3 of source %4")
                  .arg(inReview.fact()).arg(inReview.citation).arg(hexSha256(zophText(1)).left(12)).arg(zoph);
        QTest::newRow("v2 orphan's prefix not its earlier text's") << citationOf(isOrphan, [](QJsonObject &c) {
            c[QStringLiteral("prefix")] = QStringLiteral("X") + c.value(QStringLiteral("prefix")).toString().mid(1);
        }) << isOrphan.named(orphan) + QStringLiteral("\"prefix\" does not agree with the earlier text %1 of source %2")
                                            .arg(hexSha256(zophText(1)).left(12)).arg(zoph);
        QTest::newRow("v2 review's suffix from the current text") << citationOf(inReview, [](QJsonObject &c) {
            c[QStringLiteral("suffix")] = zophText(3).mid(c.value(QStringLiteral("end")).toInt(), 32);
        }) << inReview.named(review) + "\"suffix\" does not agree with the earlier text";
        QTest::newRow("v2 versions not an array") << mutated(m_replacedExport, [&](QJsonObject &r) {
            editRecord(r, "sources", zophAt, [](QJsonObject &s) { s[QStringLiteral("versions")] = QStringLiteral("old"); });
        }) << zophSource + "\"versions\" must be an array of objects";
        QTest::newRow("v2 version's digest not its text's") << versionOf(1, [](QJsonObject &v) {
            v[QStringLiteral("sha256")] = hexSha256(zophText(1));
        }) << zophSource + "versions[1]: \"sha256\" is not the digest of its \"body\"";
        QTest::newRow("v2 version's text changed") << versionOf(0, [](QJsonObject &v) {
            v[QStringLiteral("body")] = v.value(QStringLiteral("body")).toString() + QStringLiteral(" ");
        }) << zophSource + "versions[0]: \"sha256\" is not the digest of its \"body\"";
        QTest::newRow("v2 version without a text") << versionOf(0, [](QJsonObject &v) { v.remove(QStringLiteral("body")); })
                                                   << zophSource + "versions[0]: missing field \"body\"";
        QTest::newRow("v2 version with an empty text") << versionOf(1, [](QJsonObject &v) {
            v[QStringLiteral("body")] = QString();
            v[QStringLiteral("sha256")] = hexSha256(QString());
        }) << zophSource + "versions[1]: \"body\" must not be empty";
        QTest::newRow("v2 version without a time") << versionOf(1, [](QJsonObject &v) {
            v[QStringLiteral("replaced_at")] = QStringLiteral("last week");
        }) << zophSource + "versions[1]: \"replaced_at\" must be a date and time";
        QTest::newRow("v2 version over 5 MB") << versionOf(0, [](QJsonObject &v) {
            const QString body = yoshiChar.repeated(ArticleRepository::maxBodyBytes / 4) + QStringLiteral("!");
            v[QStringLiteral("body")] = body;
            v[QStringLiteral("sha256")] = hexSha256(body);
        }) << zophSource + "versions[0]: \"body\" is larger than 5 MB";

        // What a person's edits may not store, an import may not either; in either format.
        const QString longName(FactRepository::maxNameLength + 1, QLatin1Char('n'));
        const QString longTitle(FactRepository::maxTitleLength + 1, QLatin1Char('t'));
        for (const auto &[format, base] : {std::pair{"v2", m_seedExport}, std::pair{"v1", m_seedFormatOne}}) {
            const auto row = [format = format](const char *name) -> QTestData & {
                return QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(format), QLatin1String(name))));
            };
            row("person's name over 300") << mutated(base, [&](QJsonObject &r) {
                editRecord(r, "people", 0, [&](QJsonObject &p) { p[QStringLiteral("name_en")] = longName; });
            }) << "people[0] (id 1): \"name_en\" is longer than 300 characters";
            row("a 20 MB name") << mutated(base, [&](QJsonObject &r) {
                editRecord(r, "people", 2, [&](QJsonObject &p) { p[QStringLiteral("name_zh")] = QString(20 * 1024 * 1024, QChar(0x540D)); });
            }) << "people[2] (id 3): \"name_zh\" is longer than 300 characters";
            row("company's name over 300") << mutated(base, [&](QJsonObject &r) {
                editRecord(r, "companies", 1, [&](QJsonObject &c) { c[QStringLiteral("name_zh")] = longName; });
            }) << "companies[1] (id 2): \"name_zh\" is longer than 300 characters";
            row("alias over 300") << mutated(base, [&](QJsonObject &r) {
                editRecord(r, "people", 1, [&](QJsonObject &p) {
                    QJsonArray aliases = p.value(QStringLiteral("aliases")).toArray();
                    aliases.append(longName);
                    p[QStringLiteral("aliases")] = aliases;
                });
            }) << "people[1] (id 2): an alias is longer than 300 characters";
            row("role's title over 1000") << mutated(base, [&](QJsonObject &r) {
                editRecord(r, "roles", 0, [&](QJsonObject &m) { m[QStringLiteral("title_en")] = longTitle; });
            }) << "roles[0] (id 1): \"title_en\" is longer than 1000 characters";
            row("article's title over 1000") << mutated(base, [&](QJsonObject &r) {
                editRecord(r, "sources", 0, [&](QJsonObject &s) { s[QStringLiteral("title")] = longTitle; });
            }) << "sources[0] (id 1): \"title\" is longer than 1000 characters";
            row("publisher over 300") << mutated(base, [&](QJsonObject &r) {
                editRecord(r, "sources", 2, [&](QJsonObject &s) { s[QStringLiteral("publisher")] = longName; });
            }) << "sources[2] (id 3): \"publisher\" is longer than 300 characters";
            // 4 bytes of UTF-8 each: 2.6 million UTF-16 units, one more than 5 MB.
            row("article over 5 MB") << mutated(base, [&](QJsonObject &r) {
                editRecord(r, "sources", 0, [&](QJsonObject &s) {
                    s[QStringLiteral("body")] = yoshi().repeated(ArticleRepository::maxBodyBytes / 4) + QStringLiteral("!");
                });
            }) << "sources[0] (id 1): \"body\" is larger than 5 MB";
        }
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

    // The longest name, alias, title, publisher and article an edit may store import too.
    void limitsLetTheLongestThrough()
    {
        const QString name(FactRepository::maxNameLength, QLatin1Char('n'));
        const QString title(FactRepository::maxTitleLength, QLatin1Char('t'));
        // Exactly 5 MB of UTF-8, the last character four bytes of it.
        const QString body = QString(ArticleRepository::maxBodyBytes - 4, QLatin1Char('a')) + yoshi();
        QCOMPARE(body.toUtf8().size(), ArticleRepository::maxBodyBytes);
        TestFiles::write(path(QStringLiteral("longest.json")), mutated([&](QJsonObject &r) {
            editRecord(r, "people", 0, [&](QJsonObject &p) {
                p[QStringLiteral("name_en")] = name;
                p[QStringLiteral("aliases")] = QJsonArray{name};
            });
            editRecord(r, "companies", 0, [&](QJsonObject &c) { c[QStringLiteral("name_zh")] = name; });
            editRecord(r, "roles", 0, [&](QJsonObject &m) { m[QStringLiteral("title_zh")] = title; });
            editRecord(r, "sources", 0, [&](QJsonObject &s) {
                s[QStringLiteral("title")] = title;
                s[QStringLiteral("publisher")] = name;
            });
            QJsonArray sources = r.value(QStringLiteral("sources")).toArray();
            sources.append(QJsonObject{{QStringLiteral("id"), 99}, {QStringLiteral("file"), QStringLiteral("big.txt")},
                                       {QStringLiteral("title"), QStringLiteral("Big")}, {QStringLiteral("publisher"), QString()},
                                       {QStringLiteral("url"), QString()}, {QStringLiteral("language"), QStringLiteral("en")},
                                       {QStringLiteral("published"), QJsonValue()},
                                       {QStringLiteral("published_precision"), QStringLiteral("unknown")},
                                       {QStringLiteral("body"), body}});
            r[QStringLiteral("sources")] = sources;
        }));
        QString error;
        const QString file = path(QStringLiteral("longest.sqlite"));
        std::unique_ptr<Database> db = Database::create(file, Database::Contents::Empty, &error);
        QVERIFY2(db, qPrintable(error));
        MergeStats stats;
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("longest.json")), &stats, &error), qPrintable(error));
        QCOMPARE(value(file, QStringLiteral("SELECT length(name_en) FROM person WHERE id = 1")).toInt(), 300);
        QCOMPARE(value(file, QStringLiteral("SELECT length(alias) FROM person_alias WHERE person_id = 1")).toInt(), 300);
        QCOMPARE(value(file, QStringLiteral("SELECT length(name_zh) FROM company WHERE id = 1")).toInt(), 300);
        QCOMPARE(value(file, QStringLiteral("SELECT length(title_zh) FROM role WHERE id = 1")).toInt(), 1000);
        QCOMPARE(value(file, QStringLiteral("SELECT length(title) || ' ' || length(publisher) FROM source WHERE id = 1")).toString(),
                 QStringLiteral("1000 300"));
        QCOMPARE(value(file, QStringLiteral("SELECT length(CAST(body AS BLOB)) FROM source WHERE file = 'big.txt'")).toInt(),
                 ArticleRepository::maxBodyBytes);
    }

    // The change log of a file merged into a database with a log and records of its own: its
    // rows come after the database's, in their order, and name this database's records.
    void theChangeLogMergesIntoAFilledDatabase()
    {
        QString error;
        const QString file = path(QStringLiteral("filled.sqlite"));
        {
            // Edits of its own first, which take the ids the edited database's took.
            std::unique_ptr<Database> db = Database::create(file, Database::Contents::Seeded, &error);
            QVERIFY2(db, qPrintable(error));
            NewArticle article;
            article.title = QStringLiteral("Bea");
            article.language = QStringLiteral("en");
            article.body = QStringLiteral("Bea Example left OpenAI.");
            bool existing = true;
            const std::optional<qint64> sourceId = ArticleRepository(db->connection()).add(article, &existing, &error);
            QVERIFY2(sourceId, qPrintable(error));
            FactRepository facts(db->connection());
            NewMovement movement;
            movement.person = NamedRecord{0, QStringLiteral("Bea Example")};
            movement.company = NamedRecord{1, {}};
            movement.quote = *facts.locate(*sourceId, QStringLiteral("Bea Example left OpenAI"), 0, &error);
            QVERIFY2(facts.addMovement(movement, FactIds{}, &error), qPrintable(error));
        }
        const QList<QVariantList> own = rows(file, QStringLiteral("SELECT id, at, entity, entity_id, action, before, after "
                                                                  "FROM change_log ORDER BY id"));
        QVERIFY(own.size() >= 4);
        const qint64 lastOwn = own.last().at(0).toLongLong();
        const QList<QVariantList> theirs = rows(path(QStringLiteral("edited.sqlite")),
                                                QStringLiteral("SELECT id, at, entity, entity_id, action FROM change_log ORDER BY id"));
        QVERIFY(theirs.first().at(0).toLongLong() <= lastOwn); // their ids are taken here

        std::unique_ptr<Database> db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error));
        MergeStats stats;
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("edited.json")), &stats, &error), qPrintable(error));
        QCOMPARE(stats.changes, int(theirs.size()));

        // The database's own rows untouched; the file's after them, in order, numbered on from them.
        const QList<QVariantList> after = rows(file, QStringLiteral("SELECT id, at, entity, entity_id, action, before, after "
                                                                    "FROM change_log ORDER BY id"));
        QCOMPARE(after.mid(0, own.size()), own);
        QCOMPARE(after.size(), own.size() + theirs.size());
        for (qsizetype i = 0; i < theirs.size(); ++i) {
            const QVariantList &row = after.at(own.size() + i);
            QCOMPARE(row.at(0).toLongLong(), lastOwn + 1 + i);
            QCOMPARE(row.at(1), theirs.at(i).at(1)); // at
            QCOMPARE(row.at(2), theirs.at(i).at(2)); // entity
            QCOMPARE(row.at(4), theirs.at(i).at(4)); // action
        }
        // The ids they name are this database's: the article, the person, the move, the citations.
        const qint64 yoshida = value(file, QStringLiteral("SELECT id FROM source WHERE file LIKE 'yoshida%'")).toLongLong();
        const qint64 theirYoshida =
            value(path(QStringLiteral("edited.sqlite")), QStringLiteral("SELECT id FROM source WHERE file LIKE 'yoshida%'")).toLongLong();
        QVERIFY(yoshida != theirYoshida);
        const QVariantList bound{lastOwn};
        QCOMPARE(value(file, QStringLiteral("SELECT count(*) FROM change_log c JOIN source s ON s.id = c.entity_id WHERE c.id > ? "
                                            "AND c.entity = 'source' AND c.action = 'add' AND s.sha256 = json_extract(c.after, '$.sha256')"),
                       bound).toInt(), 1);
        QCOMPARE(value(file, QStringLiteral("SELECT entity_id FROM change_log WHERE id > ? AND entity = 'source' AND action = 'add'"),
                       bound).toLongLong(), yoshida);
        const qint64 person = value(file, QStringLiteral("SELECT id FROM person WHERE name_zh = ?"), {yoshi() + QStringLiteral("田花子")})
                                  .toLongLong();
        QVERIFY(person > 0);
        QCOMPARE(value(file, QStringLiteral("SELECT entity_id FROM change_log WHERE id > ? AND entity = 'person'"), bound).toLongLong(),
                 person);
        QCOMPARE(value(file, QStringLiteral("SELECT count(*) FROM change_log c JOIN movement m ON m.id = c.entity_id WHERE c.id > ? "
                                            "AND c.entity = 'movement' AND c.action = 'add' AND m.person_id = ? "
                                            "AND json_extract(c.after, '$.person_id') = m.person_id"),
                       {lastOwn, person}).toInt(), 1);
        // Each citation's row names the citation and the fact it backs here, at its words.
        const int citationRows = value(file, QStringLiteral("SELECT count(*) FROM change_log WHERE id > ? AND entity = 'citation'"),
                                       bound).toInt();
        QCOMPARE(citationRows, 4);
        QCOMPARE(value(file, QStringLiteral("SELECT count(*) FROM change_log c JOIN citation x ON x.id = c.entity_id "
                                            "WHERE c.id > ? AND c.entity = 'citation' AND x.source_id = json_extract(c.after, '$.source_id') "
                                            "AND x.start = json_extract(c.after, '$.start') AND x.text = json_extract(c.after, '$.text') "
                                            "AND coalesce(x.movement_id, x.role_id) = coalesce(json_extract(c.after, '$.movement_id'), "
                                            "json_extract(c.after, '$.role_id'))"),
                       bound).toInt(),
                 citationRows);
        // And the dated move's row names the move holding the date it gave.
        QCOMPARE(value(file, QStringLiteral("SELECT count(*) FROM change_log c JOIN movement m ON m.id = c.entity_id WHERE c.id > ? "
                                            "AND c.entity = 'movement' AND c.action = 'edit' AND m.date = json_extract(c.after, '$.date')"),
                       bound).toInt(), 1);

        // Again: nothing new.
        MergeStats again;
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("edited.json")), &again, &error), qPrintable(error));
        QCOMPARE(again.total(), 0);
        QCOMPARE(value(file, QStringLiteral("SELECT count(*) FROM change_log")).toInt(), int(after.size()));
    }

    // Two rows alike to the millisecond are two rows: both are kept, and kept once; a row's id is
    // kept where it comes after the log's last.
    void alikeChangeRowsAreBothKept()
    {
        QJsonObject root = QJsonDocument::fromJson(m_editedExport).object();
        QJsonArray changes = root.value(QStringLiteral("change_log")).toArray();
        QJsonObject twin = changes.last().toObject();
        twin[QStringLiteral("id")] = twin.value(QStringLiteral("id")).toInteger() + 5; // an id after a gap is kept too
        changes.append(twin);
        root[QStringLiteral("change_log")] = changes;
        const QByteArray twins = QJsonDocument(root).toJson();
        TestFiles::write(path(QStringLiteral("twins.json")), twins);
        QString error;
        const QString empty = path(QStringLiteral("twins.sqlite"));
        std::unique_ptr<Database> db = Database::create(empty, Database::Contents::Empty, &error);
        QVERIFY2(db, qPrintable(error));
        MergeStats stats;
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("twins.json")), &stats, &error), qPrintable(error));
        QCOMPARE(stats.changes, int(changes.size()));
        QCOMPARE(exportOf(*db, QStringLiteral("twins-again.json")), twins);

        // Into a log with a row of its own, where the file's rows are matched against the log's.
        const QString file = path(QStringLiteral("twins-own.sqlite"));
        db = Database::create(file, Database::Contents::Seeded, &error);
        QVERIFY2(db, qPrintable(error));
        NewArticle article{QString(), QStringLiteral("Own"), QString(), QString(), QStringLiteral("en"), PartialDate(),
                           QStringLiteral("An article of this database's own.")};
        bool existing = true;
        QVERIFY2(ArticleRepository(db->connection()).add(article, &existing, &error), qPrintable(error));
        MergeStats into;
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("twins.json")), &into, &error), qPrintable(error));
        QCOMPARE(into.changes, int(changes.size()));
        QCOMPARE(value(file, QStringLiteral("SELECT count(*) FROM change_log")).toInt(), int(changes.size() + 1));
        MergeStats again;
        QVERIFY2(DataTransfer(*db).importFrom(path(QStringLiteral("twins.json")), &again, &error), qPrintable(error));
        QCOMPARE(again.total(), 0);
        QCOMPARE(value(file, QStringLiteral("SELECT count(*) FROM change_log")).toInt(), int(changes.size() + 1));

        // A log holding one of them takes the other.
        const QString single = path(QStringLiteral("single.sqlite"));
        std::unique_ptr<Database> one = Database::create(single, Database::Contents::Empty, &error);
        QVERIFY2(one, qPrintable(error));
        MergeStats first;
        QVERIFY2(DataTransfer(*one).importFrom(path(QStringLiteral("edited.json")), &first, &error), qPrintable(error));
        QCOMPARE(first.changes, int(changes.size() - 1));
        MergeStats second;
        QVERIFY2(DataTransfer(*one).importFrom(path(QStringLiteral("twins.json")), &second, &error), qPrintable(error));
        QCOMPARE(second.total(), 1);
        QCOMPARE(second.changes, 1);
        QCOMPARE(exportOf(*one, QStringLiteral("single-again.json")), twins);
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
