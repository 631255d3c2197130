#include "models/ArticleRepository.h"
#include "models/CitationAnchors.h"
#include "models/Database.h"
#include "models/FactRepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace talentflow;

namespace {

const QString checkConnection = QStringLiteral("facts-check");

// Every table an edit could write to.
const QStringList allTables{
    QStringLiteral("source"), QStringLiteral("company"), QStringLiteral("person"), QStringLiteral("person_alias"),
    QStringLiteral("dispute"), QStringLiteral("dispute_side"), QStringLiteral("role"), QStringLiteral("movement"),
    QStringLiteral("citation"), QStringLiteral("change_log"), QStringLiteral("search_index"),
};

// The same, without the change log: what an edit and its undo leave exactly as it was.
QStringList tablesButTheLog()
{
    QStringList tables = allTables;
    tables.removeAll(QStringLiteral("change_log"));
    return tables;
}

// The first article: plain text, so SQLite's substr (which counts characters) agrees with the
// UTF-16 offsets, and every context is a whole 32 units.
const QString intro = QStringLiteral("Reporting from San Francisco on the morning the news broke. ");
const QString firingWords = QStringLiteral("Thinking Machines Lab fired Barret Zoph on 14 January 2026");
const QString afterFiring = QStringLiteral(", and he went back to OpenAI within hours, people familiar with it said. ");
const QString leftWords = QStringLiteral("He had left OpenAI on 25 September 2024");
const QString ending = QStringLiteral(", a day before the date most reports give. Barret Zoph declined to comment.");

QString plainBody()
{
    return intro + firingWords + afterFiring + leftWords + ending;
}

// The second article: 𠮷 (U+20BB7, two UTF-16 units) right where a context would cut it in half,
// inside a quote, and at a quote's either edge.
const QString yoshi = QString::fromUtf8("\xF0\xA0\xAE\xB7"); // 𠮷
const QString before31 = QStringLiteral("abcdefghijklmnopqrstuvwxyz01234");
const QString after31 = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ56789");
const QString insideWords = QStringLiteral("吉野家的") + yoshi + QStringLiteral("字");
const QString startsWithYoshi = yoshi + QStringLiteral("田先生说");
const QString endsWithYoshi = QStringLiteral("写作") + yoshi;
const QString yoshiTail = QStringLiteral("。结尾");

QString yoshiBody()
{
    return yoshi + before31 + insideWords + after31 + yoshi + QStringLiteral("。") + startsWithYoshi
        + QStringLiteral("了,他") + endsWithYoshi + yoshiTail;
}

QString hexSha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

// Stops the test at a refusal that failed, as QVERIFY would.
#define EXPECT_REFUSED(what, attempt, fragment)                                                                        \
    do {                                                                                                               \
        expectRefused(what, attempt, fragment);                                                                        \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

// FactRepository against a seeded database of its own per test; every result is read back with
// the test's own SQL on a second connection, never through the repository.
class TestFacts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;

    qint64 m_zoph = 0;
    qint64 m_murati = 0;
    qint64 m_openAi = 0;
    qint64 m_tml = 0;
    qint64 m_firing = 0;     // undated
    qint64 m_leftOpenAi = 0; // 2024-09-26
    qint64 m_plain = 0;      // the articles added for these tests
    qint64 m_yoshi = 0;

    FactRepository facts() const { return FactRepository(m_db->connection()); }

    static QSqlQuery run(const QString &sql, const QVariantList &bound)
    {
        QSqlQuery query(QSqlDatabase::database(checkConnection));
        if (!query.prepare(sql))
            qFatal("cannot prepare %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        for (int i = 0; i < bound.size(); ++i)
            query.bindValue(i, bound.at(i));
        if (!query.exec())
            qFatal("cannot run %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query;
    }

    // The first column of the first row, or an invalid QVariant when there is none.
    static QVariant value(const QString &sql, const QVariantList &bound = {})
    {
        QSqlQuery query = run(sql, bound);
        return query.next() ? query.value(0) : QVariant();
    }

    static QVariantList row(const QString &sql, const QVariantList &bound = {})
    {
        QSqlQuery query = run(sql, bound);
        QVariantList values;
        if (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i));
        }
        return values;
    }

    static QStringList strings(const QString &sql, const QVariantList &bound = {})
    {
        QSqlQuery query = run(sql, bound);
        QStringList values;
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            values.append(columns.join(QLatin1Char(' ')));
        }
        return values;
    }

    // Every row of the tables, NULL told apart from '' and numbers from text; with
    // Versions::LeftOut, every column but the row versions, which an undo moves on rather than
    // back.
    enum class Versions { Kept, LeftOut };
    static QStringList dump(const QStringList &tables = allTables, Versions versions = Versions::Kept)
    {
        QStringList lines;
        for (const QString &table : tables) {
            // The names are this file's constants.
            QSqlQuery query = run(table == QLatin1String("search_index")
                                      ? QStringLiteral("SELECT rowid, person_id, text FROM search_index ORDER BY rowid")
                                      : QStringLiteral("SELECT rowid, * FROM %1 ORDER BY rowid").arg(table),
                                  {});
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i) {
                    if (versions == Versions::LeftOut && query.record().fieldName(i) == QLatin1String("row_version"))
                        continue;
                    const QVariant v = query.value(i);
                    values.append(v.isNull() ? QStringLiteral("NULL")
                                             : QStringLiteral("%1:%2").arg(QLatin1String(v.typeName()), v.toString()));
                }
                lines.append(table + QLatin1Char(' ') + values.join(QLatin1Char('|')));
            }
        }
        return lines;
    }

    static qint64 lastLogId() { return value(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")).toLongLong(); }

    // entity, entity id and action of the change-log rows after the given one, sorted.
    static QStringList logSince(qint64 id)
    {
        QStringList rows = strings(QStringLiteral("SELECT entity, entity_id, action FROM change_log WHERE id > ?"), {id});
        rows.sort();
        return rows;
    }

    static QStringList sorted(QStringList rows)
    {
        rows.sort();
        return rows;
    }

    static QJsonObject logJson(qint64 since, const QString &entity, const QString &action, const char *column)
    {
        // The column is before or after, named by the test.
        return QJsonDocument::fromJson(value(QStringLiteral("SELECT %1 FROM change_log WHERE id > ? AND entity = ? AND action = ?")
                                                 .arg(QLatin1String(column)),
                                             {since, entity, action})
                                           .toString()
                                           .toUtf8())
            .object();
    }

    static int indexed(qint64 personId, const QString &text)
    {
        return value(QStringLiteral("SELECT count(*) FROM search_index WHERE person_id = ? AND text = ?"), {personId, text}).toInt();
    }

    qint64 addArticle(const QString &title, const QString &language, const QString &body)
    {
        NewArticle article;
        article.file = title + QStringLiteral(".txt");
        article.title = title;
        article.language = language;
        article.body = body;
        bool existing = true;
        QString error;
        const std::optional<qint64> id = ArticleRepository(m_db->connection()).add(article, &existing, &error);
        if (!id || existing)
            qFatal("cannot add the article %s: %s", qPrintable(title), qPrintable(error));
        return *id;
    }

    static QuoteSpan spanOf(qint64 sourceId, const QString &body, const QString &words, int from = 0)
    {
        const int start = int(body.indexOf(words, from));
        if (start < 0)
            qFatal("the test's words are not in its article: %s", qPrintable(words));
        return QuoteSpan{sourceId, start, start + int(words.size())};
    }

    QuoteSpan plainSpan(const QString &words) const { return spanOf(m_plain, plainBody(), words); }

    static NewCitation citationOf(qint64 movementId, const QuoteSpan &quote, const PartialDate &stated = {}, int version = -1)
    {
        NewCitation citation;
        citation.fact = FactRef{FactType::Movement, movementId};
        citation.quote = quote;
        citation.statedDate = stated;
        citation.field = FactField::Date;
        citation.factVersion = version;
        return citation;
    }

    // The attempt is refused, says why (the fragment), in one line, and writes nothing at all.
    void expectRefused(const char *what, const std::function<bool(QString *)> &attempt, const QString &fragment)
    {
        const QStringList before = dump();
        QString error;
        QVERIFY2(!attempt(&error), what);
        QVERIFY2(error.contains(fragment), qPrintable(QStringLiteral("%1: \"%2\" does not say \"%3\"")
                                                          .arg(QLatin1String(what), error, fragment)));
        QVERIFY2(!error.contains(QLatin1Char('\n')), what);
        QCOMPARE(dump(), before);
    }

    std::function<bool(QString *)> citing(const NewCitation &citation)
    {
        return [this, citation](QString *error) { return facts().cite(citation, error).has_value(); };
    }

    std::function<bool(QString *)> addingMovement(const NewMovement &movement)
    {
        return [this, movement](QString *error) { return facts().addMovement(movement, FactIds(), error).has_value(); };
    }

    std::function<bool(QString *)> addingRole(const NewRole &role)
    {
        return [this, role](QString *error) { return facts().addRole(role, FactIds(), error).has_value(); };
    }

    NewMovement zophJoinsOpenAi(const QuoteSpan &quote) const
    {
        NewMovement movement;
        movement.person.id = m_zoph;
        movement.kind = MovementKind::Joined;
        movement.company.id = m_openAi;
        movement.date = PartialDate::month(2026, 1);
        movement.quote = quote;
        return movement;
    }

    NewRole zophRole(const QString &title, const QuoteSpan &quote) const
    {
        NewRole role;
        role.person.id = m_zoph;
        role.company.id = m_openAi;
        role.title = title;
        role.start = PartialDate::month(2026, 1);
        role.quote = quote;
        return role;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        const QString file = m_dir.filePath(QStringLiteral("facts-%1.sqlite").arg(++m_files));
        QString error;
        m_db = Database::create(file, Database::Contents::Seeded, &error);
        QVERIFY2(m_db, qPrintable(error));
        {
            QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkConnection);
            check.setDatabaseName(file);
            QVERIFY2(check.open(), qPrintable(check.lastError().text()));
        }
        m_zoph = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        m_murati = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Mira Murati'")).toLongLong();
        m_openAi = value(QStringLiteral("SELECT id FROM company WHERE name_en = 'OpenAI'")).toLongLong();
        m_tml = value(QStringLiteral("SELECT id FROM company WHERE name_en = 'Thinking Machines Lab'")).toLongLong();
        m_firing = value(QStringLiteral("SELECT id FROM movement WHERE person_id = ? AND kind = 'fired'"), {m_zoph}).toLongLong();
        m_leftOpenAi = value(QStringLiteral("SELECT id FROM movement WHERE person_id = ? AND kind = 'left' AND company_id = ?"
                                            " AND date = '2024-09-26'"),
                             {m_zoph, m_openAi})
                           .toLongLong();
        QVERIFY(m_zoph > 0 && m_murati > 0 && m_openAi > 0 && m_tml > 0 && m_firing > 0 && m_leftOpenAi > 0);
        m_plain = addArticle(QStringLiteral("Zoph fired"), QStringLiteral("en"), plainBody());
        m_yoshi = addArticle(QStringLiteral("吉"), QStringLiteral("zh"), yoshiBody());
    }

    void cleanup()
    {
        QSqlDatabase::database(checkConnection, false).close();
        QSqlDatabase::removeDatabase(checkConnection);
        m_db.reset();
    }

    // A stated day dates the undated firing; taking the citation back restores every row but the
    // firing's version, which moves on; made again with its id, it takes that id.
    void citingDatesAnUndatedFactAndUncitingRestoresIt()
    {
        const QStringList tables = tablesButTheLog();
        const QStringList before = dump(tables, Versions::LeftOut);
        const QVariantList firingBefore =
            row(QStringLiteral("SELECT date, precision, date_note, row_version FROM movement WHERE id = ?"), {m_firing});
        QVERIFY(firingBefore.at(0).isNull());
        QCOMPARE(firingBefore.at(1).toString(), QStringLiteral("unknown"));
        const QString note = firingBefore.at(2).toString();
        QVERIFY(note.contains(QStringLiteral("On Wednesday")));
        QCOMPARE(firingBefore.at(3).toInt(), 0);
        QCOMPARE(indexed(m_zoph, firingWords), 0);

        const QuoteSpan quote = plainSpan(firingWords);
        QCOMPARE(quote.start, int(intro.size()));
        const NewCitation citation = citationOf(m_firing, quote, PartialDate::day(2026, 1, 14), 0);
        const qint64 logBefore = lastLogId();
        QString error;
        const std::optional<CitationEdit> done = facts().cite(citation, &error);
        QVERIFY2(done, qPrintable(error));
        QVERIFY(done->datedFact);
        QVERIFY(!done->disputed);
        QCOMPARE(done->dateBefore, PartialDate());
        QCOMPARE(done->dateNoteBefore, note);
        QCOMPARE(done->versionAfter, 1);

        QCOMPARE(row(QStringLiteral("SELECT date, precision, date_note IS NULL, row_version FROM movement WHERE id = ?"), {m_firing}),
                 (QVariantList{QStringLiteral("2026-01-14"), QStringLiteral("day"), 1, 1}));

        const qint64 citationId = done->citationId;
        const QVariantList stored = row(QStringLiteral(
            "SELECT movement_id, role_id IS NULL, dispute_side_id IS NULL, source_id, start, end, text, prefix, suffix, body_sha256, "
            "stated_date, stated_precision, stated_field FROM citation WHERE id = ?"), {citationId});
        QCOMPARE(stored.size(), 13);
        QCOMPARE(stored.at(0).toLongLong(), m_firing);
        QCOMPARE(stored.at(1).toInt(), 1);
        QCOMPARE(stored.at(2).toInt(), 1);
        QCOMPARE(stored.at(3).toLongLong(), m_plain);
        QCOMPARE(stored.at(4).toInt(), quote.start);
        QCOMPARE(stored.at(5).toInt(), quote.end);
        QCOMPARE(stored.at(6).toString(), firingWords);
        // The stored offsets point at the stored words in the stored text.
        QCOMPARE(value(QStringLiteral("SELECT substr(s.body, c.start + 1, c.end - c.start) = c.text FROM citation c "
                                      "JOIN source s ON s.id = c.source_id WHERE c.id = ?"), {citationId}).toInt(), 1);
        QCOMPARE(stored.at(7).toString(), intro.right(32));
        QCOMPARE(stored.at(8).toString(), afterFiring.left(32));
        const QString sha256 = value(QStringLiteral("SELECT sha256 FROM source WHERE id = ?"), {m_plain}).toString();
        QCOMPARE(sha256, hexSha256(plainBody()));
        QCOMPARE(stored.at(9).toString(), sha256);
        QCOMPARE(stored.at(10).toString(), QStringLiteral("2026-01-14"));
        QCOMPARE(stored.at(11).toString(), QStringLiteral("day"));
        QCOMPARE(stored.at(12).toString(), QStringLiteral("date"));

        QCOMPARE(logSince(logBefore), sorted({QStringLiteral("citation %1 add").arg(citationId),
                                                   QStringLiteral("movement %1 edit").arg(m_firing)}));
        const QJsonObject editBefore = logJson(logBefore, QStringLiteral("movement"), QStringLiteral("edit"), "before");
        const QJsonObject editAfter = logJson(logBefore, QStringLiteral("movement"), QStringLiteral("edit"), "after");
        QVERIFY(editBefore.value(QStringLiteral("date")).isNull());
        QCOMPARE(editBefore.value(QStringLiteral("date_note")).toString(), note);
        QCOMPARE(editAfter.value(QStringLiteral("date")).toString(), QStringLiteral("2026-01-14"));
        QCOMPARE(editAfter.value(QStringLiteral("precision")).toString(), QStringLiteral("day"));

        QCOMPARE(indexed(m_zoph, firingWords), 1);
        // Search finds Zoph by the cited words.
        QCOMPARE(strings(QStringLiteral("SELECT DISTINCT person_id FROM search_index WHERE search_index MATCH ?"),
                         {QStringLiteral("\"fired Barret Zoph on 14 January\"")}),
                 QStringList{QString::number(m_zoph)});
        const QStringList cited = dump(tables, Versions::LeftOut);

        const qint64 logBeforeUncite = lastLogId();
        const std::optional<int> unciting = facts().uncite(citation, *done, done->versionAfter, &error);
        QVERIFY2(unciting, qPrintable(error));
        QCOMPARE(dump(tables, Versions::LeftOut), before);
        // A version it never had: an edit read while it was dated is stale.
        QCOMPARE(*unciting, 2);
        QCOMPARE(row(QStringLiteral("SELECT date IS NULL, precision, date_note, row_version FROM movement WHERE id = ?"), {m_firing}),
                 (QVariantList{1, QStringLiteral("unknown"), note, 2}));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM citation WHERE id = ?"), {citationId}).toInt(), 0);
        QCOMPARE(indexed(m_zoph, firingWords), 0);
        QCOMPARE(logSince(logBeforeUncite), sorted({QStringLiteral("citation %1 remove").arg(citationId),
                                                         QStringLiteral("movement %1 edit").arg(m_firing)}));
        QCOMPARE(logJson(logBeforeUncite, QStringLiteral("movement"), QStringLiteral("edit"), "after")
                     .value(QStringLiteral("date_note"))
                     .toString(),
                 note);

        // Another row takes the next free id, so the citation made again must ask for its own.
        QVERIFY(run(QStringLiteral("INSERT INTO citation (id, movement_id, source_id, start, end, text) VALUES (?, ?, ?, 0, 9, ?)"),
                    {citationId + 1, m_leftOpenAi, m_plain, intro.left(9)})
                    .numRowsAffected()
            == 1);
        NewCitation redone = citation;
        redone.factVersion = *unciting;
        const std::optional<CitationEdit> again = facts().cite(redone, &error, citationId);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->citationId, citationId);
        QVERIFY(again->datedFact);
        QCOMPARE(again->versionAfter, 3);
        QVERIFY(run(QStringLiteral("DELETE FROM citation WHERE id = ?"), {citationId + 1}).numRowsAffected() == 1);
        QCOMPARE(dump(tables, Versions::LeftOut), cited);
    }

    // A date other than the fact's is kept on the citation and the fact keeps its own.
    void aDifferentDateIsKeptAsADispute()
    {
        const QuoteSpan quote = plainSpan(leftWords);
        const qint64 logBefore = lastLogId();
        QString error;
        const std::optional<CitationEdit> done =
            facts().cite(citationOf(m_leftOpenAi, quote, PartialDate::day(2024, 9, 25), 0), &error);
        QVERIFY2(done, qPrintable(error));
        QVERIFY(done->disputed);
        QVERIFY(!done->datedFact);
        QCOMPARE(done->versionAfter, 0);
        QCOMPARE(done->dateBefore, PartialDate::day(2024, 9, 26));
        QCOMPARE(row(QStringLiteral("SELECT date, precision, row_version FROM movement WHERE id = ?"), {m_leftOpenAi}),
                 (QVariantList{QStringLiteral("2024-09-26"), QStringLiteral("day"), 0}));
        QCOMPARE(row(QStringLiteral("SELECT stated_date, stated_precision, stated_field, text FROM citation WHERE id = ?"),
                     {done->citationId}),
                 (QVariantList{QStringLiteral("2024-09-25"), QStringLiteral("day"), QStringLiteral("date"), leftWords}));
        // The fact itself was not edited.
        QCOMPARE(logSince(logBefore), QStringList{QStringLiteral("citation %1 add").arg(done->citationId)});

        // The same date agrees; so does words that state none.
        const std::optional<CitationEdit> same =
            facts().cite(citationOf(m_leftOpenAi, plainSpan(QStringLiteral("left OpenAI")), PartialDate::day(2024, 9, 26)), &error);
        QVERIFY2(same, qPrintable(error));
        QVERIFY(!same->disputed);
        QVERIFY(!same->datedFact);
        const std::optional<CitationEdit> undated =
            facts().cite(citationOf(m_leftOpenAi, plainSpan(QStringLiteral("He had left"))), &error);
        QVERIFY2(undated, qPrintable(error));
        QVERIFY(!undated->disputed);
        QCOMPARE(row(QStringLiteral("SELECT stated_date IS NULL, stated_precision, stated_field IS NULL FROM citation WHERE id = ?"),
                     {undated->citationId}),
                 (QVariantList{1, QStringLiteral("unknown"), 1}));
        QCOMPARE(value(QStringLiteral("SELECT row_version FROM movement WHERE id = ?"), {m_leftOpenAi}).toInt(), 0);

        // A date told less precisely that holds the fact's agrees with it; one that does not is a
        // dispute. Each is taken back before the next: the same words back a fact once.
        const QuoteSpan other = plainSpan(QStringLiteral("on 25 September 2024"));
        const auto disputes = [&](qint64 movement, const PartialDate &stated) {
            const NewCitation citation = citationOf(movement, other, stated);
            const std::optional<CitationEdit> cited = facts().cite(citation, &error);
            if (!cited)
                qFatal("cannot cite: %s", qPrintable(error));
            if (!facts().uncite(citation, *cited, cited->versionAfter, &error))
                qFatal("cannot take the citation back: %s", qPrintable(error));
            return cited->disputed;
        };
        for (const PartialDate &holding : {PartialDate::month(2024, 9), PartialDate::year(2024)})
            QVERIFY2(!disputes(m_leftOpenAi, holding), qPrintable(holding.toIso()));
        for (const PartialDate &outside : {PartialDate::month(2024, 10), PartialDate::year(2023)})
            QVERIFY2(disputes(m_leftOpenAi, outside), qPrintable(outside.toIso()));
        // So does a date told more precisely within a fact's year.
        const qint64 leftGoogle = value(QStringLiteral("SELECT m.id FROM movement m JOIN company c ON c.id = m.company_id "
                                                       "WHERE m.person_id = ? AND m.kind = 'left' AND c.name_en = 'Google'"),
                                        {m_zoph})
                                      .toLongLong();
        QCOMPARE(value(QStringLiteral("SELECT date FROM movement WHERE id = ?"), {leftGoogle}).toString(), QStringLiteral("2022"));
        QVERIFY(!disputes(leftGoogle, PartialDate::day(2022, 5, 1)));
        QVERIFY(disputes(leftGoogle, PartialDate::day(2021, 12, 31)));
        QCOMPARE(value(QStringLiteral("SELECT date FROM movement WHERE id = ?"), {leftGoogle}).toString(), QStringLiteral("2022"));

        // Taking the disputing citation back leaves the fact's date alone.
        // Taken back, it leaves the version as it is: the fact was not written.
        QCOMPARE(facts().uncite(citationOf(m_leftOpenAi, quote, PartialDate::day(2024, 9, 25), 0), *done, done->versionAfter, &error),
                 std::optional<int>(0));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM citation WHERE id = ?"), {done->citationId}).toInt(), 0);
        QCOMPARE(row(QStringLiteral("SELECT date, precision, row_version FROM movement WHERE id = ?"), {m_leftOpenAi}),
                 (QVariantList{QStringLiteral("2024-09-26"), QStringLiteral("day"), 0}));
    }

    // A citation made from a version of the fact that another edit has since changed is refused.
    void aStaleFactVersionIsRefused()
    {
        QString error;
        QCOMPARE(value(QStringLiteral("SELECT row_version FROM movement WHERE id = ?"), {m_firing}).toInt(), 0);
        // Another window dates the firing first.
        QVERIFY2(facts().cite(citationOf(m_firing, plainSpan(firingWords), PartialDate::day(2026, 1, 14), 0), &error),
                 qPrintable(error));
        QCOMPARE(value(QStringLiteral("SELECT row_version FROM movement WHERE id = ?"), {m_firing}).toInt(), 1);
        EXPECT_REFUSED("a citation read at version 0",
                       citing(citationOf(m_firing, plainSpan(QStringLiteral("Barret Zoph declined")), PartialDate::day(2026, 1, 13), 0)),
                       QStringLiteral("changed"));
        // Read again, it is made.
        QVERIFY2(facts().cite(citationOf(m_firing, plainSpan(QStringLiteral("Barret Zoph declined")), PartialDate::day(2026, 1, 13), 1),
                              &error),
                 qPrintable(error));
    }

    // A citation is not taken back from a fact changed since it was made.
    void uncitingAChangedFactIsRefused()
    {
        QString error;
        const NewCitation dating = citationOf(m_firing, plainSpan(firingWords), PartialDate::day(2026, 1, 14), 0);
        const std::optional<CitationEdit> dated = facts().cite(dating, &error);
        QVERIFY2(dated, qPrintable(error));
        run(QStringLiteral("UPDATE movement SET row_version = row_version + 1 WHERE id = ?"), {m_firing});
        EXPECT_REFUSED("the dated fact's version moved on",
                       [&](QString *why) { return facts().uncite(dating, *dated, dated->versionAfter, why).has_value(); },
                       QStringLiteral("changed"));
        // Its date changed, at the version the citation left.
        run(QStringLiteral("UPDATE movement SET row_version = 1, date = '2026-01-15' WHERE id = ?"), {m_firing});
        EXPECT_REFUSED("the dated fact's date changed",
                       [&](QString *why) { return facts().uncite(dating, *dated, dated->versionAfter, why).has_value(); },
                       QStringLiteral("changed"));

        // A citation that did not date its fact is refused the same way.
        const NewCitation disputing = citationOf(m_leftOpenAi, plainSpan(leftWords), PartialDate::day(2024, 9, 25), 0);
        const std::optional<CitationEdit> disputed = facts().cite(disputing, &error);
        QVERIFY2(disputed, qPrintable(error));
        run(QStringLiteral("UPDATE movement SET row_version = row_version + 1 WHERE id = ?"), {m_leftOpenAi});
        EXPECT_REFUSED("the disputed fact's version moved on",
                       [&](QString *why) { return facts().uncite(disputing, *disputed, disputed->versionAfter, why).has_value(); },
                       QStringLiteral("changed"));

        // A citation no longer there.
        run(QStringLiteral("UPDATE movement SET row_version = 0 WHERE id = ?"), {m_leftOpenAi});
        run(QStringLiteral("DELETE FROM citation WHERE id = ?"), {disputed->citationId});
        EXPECT_REFUSED("the citation is gone",
                       [&](QString *why) { return facts().uncite(disputing, *disputed, disputed->versionAfter, why).has_value(); },
                       QStringLiteral("no longer there"));
    }

    void addingAMoveOfStoredRecordsAndTakingItBack()
    {
        const QStringList tables = tablesButTheLog();
        const QStringList before = dump(tables);
        const QuoteSpan quote = plainSpan(QStringLiteral("he went back to OpenAI within hours"));
        const qint64 logBefore = lastLogId();
        QString error;
        const std::optional<FactIds> ids = facts().addMovement(zophJoinsOpenAi(quote), FactIds(), &error);
        QVERIFY2(ids, qPrintable(error));
        QCOMPARE(ids->personId, m_zoph);
        QCOMPARE(ids->companyId, m_openAi);
        QCOMPARE(ids->destinationId, qint64(0));
        QVERIFY(!ids->newPerson && !ids->newCompany && !ids->newDestination);
        QCOMPARE(row(QStringLiteral("SELECT person_id, kind, company_id, to_company_id IS NULL, date, precision, date_note IS NULL, "
                                    "row_version FROM movement WHERE id = ?"), {ids->factId}),
                 (QVariantList{m_zoph, QStringLiteral("joined"), m_openAi, 1, QStringLiteral("2026-01"), QStringLiteral("month"), 1, 0}));
        QCOMPARE(row(QStringLiteral("SELECT movement_id, source_id, start, end, text, prefix, suffix, stated_date IS NULL, "
                                    "stated_precision, stated_field IS NULL FROM citation WHERE id = ?"), {ids->citationId}),
                 (QVariantList{ids->factId, m_plain, quote.start, quote.end, QStringLiteral("he went back to OpenAI within hours"),
                               plainBody().mid(quote.start - 32, 32), plainBody().mid(quote.end, 32), 1,
                               QStringLiteral("unknown"), 1}));
        QCOMPARE(logSince(logBefore), sorted({QStringLiteral("citation %1 add").arg(ids->citationId),
                                                   QStringLiteral("movement %1 add").arg(ids->factId)}));
        QCOMPARE(indexed(m_zoph, QStringLiteral("he went back to OpenAI within hours")), 1);
        const QStringList added = dump(tables);

        const qint64 logBeforeRemove = lastLogId();
        QVERIFY2(facts().removeAdded(FactType::Movement, *ids, ids->factVersion, &error), qPrintable(error));
        QCOMPARE(dump(tables), before);
        QCOMPARE(logSince(logBeforeRemove), sorted({QStringLiteral("citation %1 remove").arg(ids->citationId),
                                                         QStringLiteral("movement %1 remove").arg(ids->factId)}));

        // Made again with its ids, between rows that took the next free ones.
        run(QStringLiteral("INSERT INTO movement (id, person_id, kind, company_id, precision) VALUES (?, ?, 'left', ?, 'unknown')"),
            {ids->factId + 1, m_murati, m_openAi});
        run(QStringLiteral("INSERT INTO citation (id, movement_id, source_id, start, end, text) VALUES (?, ?, ?, 0, 9, ?)"),
            {ids->citationId + 1, ids->factId + 1, m_plain, intro.left(9)});
        const std::optional<FactIds> again = facts().addMovement(zophJoinsOpenAi(quote), *ids, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->factId, ids->factId);
        QCOMPARE(again->citationId, ids->citationId);
        run(QStringLiteral("DELETE FROM citation WHERE id = ?"), {ids->citationId + 1});
        run(QStringLiteral("DELETE FROM movement WHERE id = ?"), {ids->factId + 1});
        QCOMPARE(dump(tables), added);
    }

    // A new person (in the script of the name) and new companies come and go with their move.
    void addingAMoveOfNewRecordsAndTakingItBack()
    {
        const QStringList tables = tablesButTheLog();
        const QStringList before = dump(tables);
        const QuoteSpan quote = plainSpan(QStringLiteral("people familiar with it said"));
        NewMovement movement;
        movement.person.newName = QStringLiteral("  李雷 ");
        movement.kind = MovementKind::Left;
        movement.company.newName = QStringLiteral("Example Robotics");
        movement.destination = NamedRecord{0, QStringLiteral("韩梅梅实验室")};
        movement.date = PartialDate::year(2026);
        movement.quote = quote;
        const qint64 logBefore = lastLogId();
        QString error;
        const std::optional<FactIds> ids = facts().addMovement(movement, FactIds(), &error);
        QVERIFY2(ids, qPrintable(error));
        QVERIFY(ids->newPerson && ids->newCompany && ids->newDestination);
        QCOMPARE(row(QStringLiteral("SELECT name_en, name_zh, row_version FROM person WHERE id = ?"), {ids->personId}),
                 (QVariantList{QString(), QStringLiteral("李雷"), 0}));
        QCOMPARE(row(QStringLiteral("SELECT name_en, name_zh FROM company WHERE id = ?"), {ids->companyId}),
                 (QVariantList{QStringLiteral("Example Robotics"), QString()}));
        QCOMPARE(row(QStringLiteral("SELECT name_en, name_zh FROM company WHERE id = ?"), {ids->destinationId}),
                 (QVariantList{QString(), QStringLiteral("韩梅梅实验室")}));
        QCOMPARE(row(QStringLiteral("SELECT person_id, kind, company_id, to_company_id, date, precision FROM movement WHERE id = ?"),
                     {ids->factId}),
                 (QVariantList{ids->personId, QStringLiteral("left"), ids->companyId, ids->destinationId, QStringLiteral("2026"),
                               QStringLiteral("year")}));
        QCOMPARE(value(QStringLiteral("SELECT movement_id FROM citation WHERE id = ?"), {ids->citationId}).toLongLong(), ids->factId);
        QCOMPARE(indexed(ids->personId, QStringLiteral("李雷")), 1);
        QCOMPARE(indexed(ids->personId, QStringLiteral("people familiar with it said")), 1);
        QCOMPARE(logSince(logBefore), sorted({QStringLiteral("citation %1 add").arg(ids->citationId),
                                                   QStringLiteral("company %1 add").arg(ids->companyId),
                                                   QStringLiteral("company %1 add").arg(ids->destinationId),
                                                   QStringLiteral("movement %1 add").arg(ids->factId),
                                                   QStringLiteral("person %1 add").arg(ids->personId)}));
        const QStringList addedButVersions = dump(tables, Versions::LeftOut);

        const qint64 logBeforeRemove = lastLogId();
        const std::optional<FactIds> removed = facts().removeAdded(FactType::Movement, *ids, ids->factVersion, &error);
        QVERIFY2(removed, qPrintable(error));
        QCOMPARE(dump(tables), before);
        QCOMPARE(logSince(logBeforeRemove), sorted({QStringLiteral("citation %1 remove").arg(ids->citationId),
                                                         QStringLiteral("company %1 remove").arg(ids->companyId),
                                                         QStringLiteral("company %1 remove").arg(ids->destinationId),
                                                         QStringLiteral("movement %1 remove").arg(ids->factId),
                                                         QStringLiteral("person %1 remove").arg(ids->personId)}));
        // What a redo passes back: each row a version above the one it was removed at.
        QCOMPARE((QList<int>{removed->factVersion, removed->personVersion, removed->companyVersion, removed->destinationVersion}),
                 (QList<int>{1, 1, 1, 1}));

        // Made again with the ids it had, every one of them comes back, at those versions.
        const std::optional<FactIds> again = facts().addMovement(movement, *removed, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->factId, ids->factId);
        QCOMPARE(again->citationId, ids->citationId);
        QCOMPARE(again->personId, ids->personId);
        QCOMPARE(again->companyId, ids->companyId);
        QCOMPARE(again->destinationId, ids->destinationId);
        QCOMPARE(dump(tables, Versions::LeftOut), addedButVersions);
        QCOMPARE(value(QStringLiteral("SELECT row_version FROM movement WHERE id = ?"), {ids->factId}).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT row_version FROM person WHERE id = ?"), {ids->personId}).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT row_version FROM company WHERE id = ?"), {ids->companyId}).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT row_version FROM company WHERE id = ?"), {ids->destinationId}).toInt(), 1);
        QCOMPARE(again->factVersion, 1);

        // A company something else names by then stays when the move is taken back.
        NewRole role = zophRole(QStringLiteral("Adviser"), plainSpan(QStringLiteral("Barret Zoph declined")));
        role.company.id = ids->companyId;
        const std::optional<FactIds> roleIds = facts().addRole(role, FactIds(), &error);
        QVERIFY2(roleIds, qPrintable(error));
        QVERIFY2(facts().removeAdded(FactType::Movement, *again, again->factVersion, &error), qPrintable(error));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM company WHERE id = ?"), {ids->companyId}).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM company WHERE id = ?"), {ids->destinationId}).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {ids->personId}).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM search_index WHERE person_id = ?"), {ids->personId}).toInt(), 0);

        // A name of characters outside the BMP alone is Chinese too.
        NewMovement yoshiCompany = zophJoinsOpenAi(quote);
        yoshiCompany.company = NamedRecord{0, yoshi + yoshi};
        const std::optional<FactIds> yoshiIds = facts().addMovement(yoshiCompany, FactIds(), &error);
        QVERIFY2(yoshiIds, qPrintable(error));
        QCOMPARE(row(QStringLiteral("SELECT name_en, name_zh FROM company WHERE id = ?"), {yoshiIds->companyId}),
                 (QVariantList{QString(), yoshi + yoshi}));

        // A Latin name goes to the English one.
        movement.person.newName = QStringLiteral("Ada Example");
        movement.destination.reset();
        movement.company = NamedRecord{m_tml, QString()};
        const std::optional<FactIds> ada = facts().addMovement(movement, FactIds(), &error);
        QVERIFY2(ada, qPrintable(error));
        QVERIFY(ada->newPerson && !ada->newCompany);
        QCOMPARE(row(QStringLiteral("SELECT name_en, name_zh FROM person WHERE id = ?"), {ada->personId}),
                 (QVariantList{QStringLiteral("Ada Example"), QString()}));
    }

    // A new person or company may not take a name already stored, as a name or an alias.
    void aNewRecordWithAStoredNameIsRefused()
    {
        const QuoteSpan quote = plainSpan(firingWords);
        for (const QString &name : {QStringLiteral("穆拉蒂"), QStringLiteral("Mira Murati"), QStringLiteral("mira murati"),
                                    QStringLiteral("米拉·穆拉蒂"), QStringLiteral(" Zoph ")}) {
            NewMovement movement = zophJoinsOpenAi(quote);
            movement.person = NamedRecord{0, name};
            EXPECT_REFUSED(qPrintable(name), addingMovement(movement), QStringLiteral("already stored"));
        }
        NewMovement movement = zophJoinsOpenAi(quote);
        movement.company = NamedRecord{0, QStringLiteral("openai")};
        EXPECT_REFUSED("company openai", addingMovement(movement), QStringLiteral("already stored"));
        movement = zophJoinsOpenAi(quote);
        movement.destination = NamedRecord{0, QStringLiteral("Thinking Machines Lab")};
        EXPECT_REFUSED("destination Thinking Machines Lab", addingMovement(movement), QStringLiteral("already stored"));
        NewRole role = zophRole(QStringLiteral("Adviser"), quote);
        role.person = NamedRecord{0, QStringLiteral("Murati")};
        EXPECT_REFUSED("role of Murati", addingRole(role), QStringLiteral("already stored"));
    }

    void addingARoleAndTakingItBack()
    {
        const QStringList tables = tablesButTheLog();
        const QStringList before = dump(tables);
        const QuoteSpan quote = plainSpan(QStringLiteral("Barret Zoph declined to comment"));
        QString error;
        NewRole role = zophRole(QStringLiteral(" Chief Scientist "), quote);
        role.end = PartialDate::day(2026, 3, 1);
        const qint64 logBefore = lastLogId();
        const std::optional<FactIds> ids = facts().addRole(role, FactIds(), &error);
        QVERIFY2(ids, qPrintable(error));
        QCOMPARE(row(QStringLiteral("SELECT person_id, company_id, title_en, title_zh, start_date, start_precision, end_date, "
                                    "end_precision, row_version FROM role WHERE id = ?"), {ids->factId}),
                 (QVariantList{m_zoph, m_openAi, QStringLiteral("Chief Scientist"), QString(), QStringLiteral("2026-01"),
                               QStringLiteral("month"), QStringLiteral("2026-03-01"), QStringLiteral("day"), 0}));
        QCOMPARE(row(QStringLiteral("SELECT role_id, movement_id IS NULL, text, stated_field IS NULL FROM citation WHERE id = ?"),
                     {ids->citationId}),
                 (QVariantList{ids->factId, 1, QStringLiteral("Barret Zoph declined to comment"), 1}));
        QCOMPARE(indexed(m_zoph, QStringLiteral("Chief Scientist")), 1);
        QCOMPARE(indexed(m_zoph, QStringLiteral("Barret Zoph declined to comment")), 1);
        QCOMPARE(logSince(logBefore), sorted({QStringLiteral("citation %1 add").arg(ids->citationId),
                                                   QStringLiteral("role %1 add").arg(ids->factId)}));
        QVERIFY2(facts().removeAdded(FactType::Role, *ids, ids->factVersion, &error), qPrintable(error));
        QCOMPARE(dump(tables), before);

        // A Chinese title goes to the Chinese column, and comes and goes the same way.
        role = zophRole(QStringLiteral("首席科学家"), quote);
        const std::optional<FactIds> chinese = facts().addRole(role, FactIds(), &error);
        QVERIFY2(chinese, qPrintable(error));
        QCOMPARE(row(QStringLiteral("SELECT title_en, title_zh, end_date IS NULL, end_precision FROM role WHERE id = ?"),
                     {chinese->factId}),
                 (QVariantList{QString(), QStringLiteral("首席科学家"), 1, QStringLiteral("unknown")}));
        QCOMPARE(indexed(m_zoph, QStringLiteral("首席科学家")), 1);
        QVERIFY2(facts().removeAdded(FactType::Role, *chinese, chinese->factVersion, &error), qPrintable(error));
        QCOMPARE(dump(tables), before);

        // A role cited again since is kept.
        const std::optional<FactIds> cited = facts().addRole(role, FactIds(), &error);
        QVERIFY2(cited, qPrintable(error));
        NewCitation more = citationOf(cited->factId, plainSpan(firingWords));
        more.fact.type = FactType::Role;
        more.field = FactField::Start;
        QVERIFY2(facts().cite(more, &error), qPrintable(error));
        EXPECT_REFUSED("a role cited again",
                       [&](QString *why) { return facts().removeAdded(FactType::Role, *cited, cited->factVersion, why).has_value(); },
                       QStringLiteral("cited again"));
        // And one another window has changed since.
        const std::optional<FactIds> changed = facts().addRole(role, FactIds(), &error);
        QVERIFY2(changed, qPrintable(error));
        run(QStringLiteral("UPDATE role SET row_version = row_version + 1 WHERE id = ?"), {changed->factId});
        EXPECT_REFUSED("a role changed since",
                       [&](QString *why) { return facts().removeAdded(FactType::Role, *changed, changed->factVersion, why).has_value(); },
                       QStringLiteral("role %1 was changed in another window since; it is kept").arg(changed->factId));

        // It cannot end before it starts.
        role = zophRole(QStringLiteral("Adviser"), quote);
        role.start = PartialDate::month(2026, 2);
        role.end = PartialDate::day(2026, 1, 31);
        EXPECT_REFUSED("end before start", addingRole(role), QStringLiteral("before it starts"));
        role.end = PartialDate::year(2025);
        EXPECT_REFUSED("end a year before start", addingRole(role), QStringLiteral("before it starts"));
        // Ending in the month it starts is not before.
        role.end = PartialDate::day(2026, 2, 1);
        QVERIFY2(facts().addRole(role, FactIds(), &error), qPrintable(error));
    }

    // A cited role's start and end are its dates; its date note goes with the date it explained.
    void citingARolesEnd()
    {
        const qint64 tmlRole = value(QStringLiteral("SELECT id FROM role WHERE person_id = ? AND company_id = ?"), {m_zoph, m_tml})
                                   .toLongLong();
        QVERIFY(tmlRole > 0);
        const QStringList before = dump(tablesButTheLog(), Versions::LeftOut);
        NewCitation citation = citationOf(tmlRole, plainSpan(firingWords), PartialDate::day(2026, 1, 14), 0);
        citation.fact.type = FactType::Role;
        citation.field = FactField::End;
        QString error;
        const std::optional<CitationEdit> done = facts().cite(citation, &error);
        QVERIFY2(done, qPrintable(error));
        QVERIFY(done->datedFact);
        QCOMPARE(row(QStringLiteral("SELECT start_date IS NULL, start_precision, end_date, end_precision, row_version FROM role "
                                    "WHERE id = ?"), {tmlRole}),
                 (QVariantList{1, QStringLiteral("unknown"), QStringLiteral("2026-01-14"), QStringLiteral("day"), 1}));
        QCOMPARE(value(QStringLiteral("SELECT stated_field FROM citation WHERE id = ?"), {done->citationId}).toString(),
                 QStringLiteral("end"));
        QCOMPARE(facts().uncite(citation, *done, done->versionAfter, &error), std::optional<int>(2));
        QCOMPARE(dump(tablesButTheLog(), Versions::LeftOut), before);
    }

    // A role dated by a citation must still end after it starts; the same words twice for one
    // fact are one citation; a role's date note, which speaks of both its dates, stays.
    void citingKeepsARoleInOrderAndOneCitationPerWords()
    {
        const qint64 role = value(QStringLiteral("SELECT id FROM role WHERE person_id = ? AND company_id = ?"), {m_zoph, m_tml})
                                .toLongLong();
        run(QStringLiteral("UPDATE role SET start_date = '2025-02', start_precision = 'month', date_note = 'Both dates derived.' "
                           "WHERE id = ?"),
            {role});
        NewCitation early = citationOf(role, plainSpan(firingWords), PartialDate::month(2024, 1));
        early.fact.type = FactType::Role;
        early.field = FactField::End;
        EXPECT_REFUSED("an end before the start", citing(early), QStringLiteral("before it starts"));

        NewCitation later = early;
        later.statedDate = PartialDate::day(2026, 1, 14);
        QString error;
        const std::optional<CitationEdit> done = facts().cite(later, &error);
        QVERIFY2(done, qPrintable(error));
        QCOMPARE(value(QStringLiteral("SELECT date_note FROM role WHERE id = ?"), {role}).toString(), QStringLiteral("Both dates derived."));
        EXPECT_REFUSED("the same words again", citing(later), QStringLiteral("already back"));
        const NewCitation again = citationOf(m_firing, plainSpan(firingWords));
        QVERIFY2(facts().cite(again, &error), qPrintable(error)); // the same words for another fact are fine
    }

    // A blank name finds no one, although some records have an empty column in one script.
    void aBlankNameFindsNothing()
    {
        QVERIFY(value(QStringLiteral("SELECT count(*) FROM person WHERE name_zh = ''")).toInt() > 0);
        QString error;
        for (const QString &blank : {QString(), QStringLiteral(" ")}) {
            QCOMPARE(facts().findPeople(blank, &error), std::optional<QList<qint64>>(QList<qint64>()));
            QCOMPARE(facts().findCompanies(blank, &error), std::optional<QList<qint64>>(QList<qint64>()));
        }
    }

    // Each of these is refused with its reason, and leaves every table as it was.
    void refusalsWriteNothing()
    {
        const QString body = yoshiBody();
        const int yoshiAt = int(body.indexOf(insideWords) + insideWords.indexOf(yoshi)); // the one inside the words
        QVERIFY(body.at(yoshiAt).isHighSurrogate());
        const QuoteSpan good = plainSpan(firingWords);
        const auto movementWith = [&](const QuoteSpan &quote) { return citing(citationOf(m_leftOpenAi, quote)); };

        const int plainLength = int(plainBody().size());
        EXPECT_REFUSED("a negative start", movementWith(QuoteSpan{m_plain, -1, 5}), QStringLiteral("not in source"));
        EXPECT_REFUSED("an end past the text", movementWith(QuoteSpan{m_plain, 10, plainLength + 1}), QStringLiteral("not in source"));
        EXPECT_REFUSED("a span past the text", movementWith(QuoteSpan{m_plain, plainLength, plainLength + 3}),
                       QStringLiteral("not in source"));
        EXPECT_REFUSED("an end before the start", movementWith(QuoteSpan{m_plain, 10, 5}), QStringLiteral("not in source"));
        EXPECT_REFUSED("no words", movementWith(QuoteSpan{m_plain, 10, 10}), QStringLiteral("not in source"));
        const int space = int(intro.indexOf(QLatin1Char(' ')));
        EXPECT_REFUSED("a space", movementWith(QuoteSpan{m_plain, space, space + 1}), QStringLiteral("the quote is empty"));
        EXPECT_REFUSED("a start inside 𠮷", movementWith(QuoteSpan{m_yoshi, yoshiAt + 1, yoshiAt + 4}),
                       QStringLiteral("cut a character in half"));
        EXPECT_REFUSED("an end inside 𠮷", movementWith(QuoteSpan{m_yoshi, yoshiAt - 3, yoshiAt + 1}),
                       QStringLiteral("cut a character in half"));
        EXPECT_REFUSED("only half of 𠮷", movementWith(QuoteSpan{m_yoshi, yoshiAt, yoshiAt + 1}),
                       QStringLiteral("cut a character in half"));
        EXPECT_REFUSED("an unknown article", movementWith(QuoteSpan{99999, 0, 5}), QStringLiteral("no source 99999"));
        EXPECT_REFUSED("an unknown move", citing(citationOf(99999, good)), QStringLiteral("no movement 99999"));
        NewCitation roleCitation = citationOf(99999, good);
        roleCitation.fact.type = FactType::Role;
        roleCitation.field = FactField::Start;
        EXPECT_REFUSED("an unknown role", citing(roleCitation), QStringLiteral("no role 99999"));
        NewCitation start = citationOf(m_firing, good, PartialDate::day(2026, 1, 14));
        start.field = FactField::Start;
        EXPECT_REFUSED("a move's start", citing(start), QStringLiteral("one date"));
        start.field = FactField::End;
        EXPECT_REFUSED("a move's end", citing(start), QStringLiteral("one date"));
        roleCitation.field = FactField::Date;
        EXPECT_REFUSED("a role's date", citing(roleCitation), QStringLiteral("start or its end"));

        // The half pair refused in each kind of edit, not only in citing.
        NewMovement movement = zophJoinsOpenAi(QuoteSpan{m_yoshi, yoshiAt + 1, yoshiAt + 4});
        EXPECT_REFUSED("a move quoting half of 𠮷", addingMovement(movement), QStringLiteral("cut a character in half"));
        EXPECT_REFUSED("a role quoting half of 𠮷", addingRole(zophRole(QStringLiteral("Adviser"), movement.quote)),
                       QStringLiteral("cut a character in half"));

        // Names.
        movement = zophJoinsOpenAi(good);
        movement.person = NamedRecord{0, QString(301, QLatin1Char('a'))};
        EXPECT_REFUSED("a name of 301 characters", addingMovement(movement), QStringLiteral("longer than 300"));
        movement.person = NamedRecord{0, QString()};
        EXPECT_REFUSED("no name", addingMovement(movement), QStringLiteral("name is empty"));
        movement.person = NamedRecord{0, QStringLiteral(" \t ")};
        EXPECT_REFUSED("a blank name", addingMovement(movement), QStringLiteral("name is empty"));
        movement = zophJoinsOpenAi(good);
        movement.company = NamedRecord{0, QString(301, QLatin1Char('b'))};
        EXPECT_REFUSED("a company name of 301 characters", addingMovement(movement), QStringLiteral("longer than 300"));
        movement = zophJoinsOpenAi(good);
        movement.destination = NamedRecord{0, QString()};
        EXPECT_REFUSED("a destination without a name", addingMovement(movement), QStringLiteral("name is empty"));
        movement = zophJoinsOpenAi(good);
        movement.person = NamedRecord{99999, QString()};
        EXPECT_REFUSED("an unknown person", addingMovement(movement), QStringLiteral("no person 99999"));
        movement = zophJoinsOpenAi(good);
        movement.company = NamedRecord{99999, QString()};
        EXPECT_REFUSED("an unknown company", addingMovement(movement), QStringLiteral("no company 99999"));
        movement = zophJoinsOpenAi(good);
        movement.destination = NamedRecord{99999, QString()};
        EXPECT_REFUSED("an unknown destination", addingMovement(movement), QStringLiteral("no company 99999"));
        movement = zophJoinsOpenAi(QuoteSpan{99999, 0, 5});
        EXPECT_REFUSED("a move citing an unknown article", addingMovement(movement), QStringLiteral("no source 99999"));
        // A new person whose move is refused later is not left behind.
        movement = zophJoinsOpenAi(good);
        movement.person = NamedRecord{0, QStringLiteral("Ada Example")};
        movement.company = NamedRecord{99999, QString()};
        EXPECT_REFUSED("a new person at an unknown company", addingMovement(movement), QStringLiteral("no company 99999"));

        // Titles.
        NewRole role = zophRole(QString(1001, QLatin1Char('t')), good);
        EXPECT_REFUSED("a title of 1001 characters", addingRole(role), QStringLiteral("longer than 1000"));
        role.title = QStringLiteral("  ");
        EXPECT_REFUSED("a blank title", addingRole(role), QStringLiteral("title is empty"));
        role = zophRole(QStringLiteral("Adviser"), good);
        role.person = NamedRecord{99999, QString()};
        EXPECT_REFUSED("a role of an unknown person", addingRole(role), QStringLiteral("no person 99999"));
        role = zophRole(QStringLiteral("Adviser"), good);
        role.person = NamedRecord{0, QString(301, QLatin1Char('c'))};
        EXPECT_REFUSED("a role of a name of 301 characters", addingRole(role), QStringLiteral("longer than 300"));

        // At most 5000 characters of words.
        const qint64 longArticle = addArticle(QStringLiteral("long"), QStringLiteral("en"), QString(6000, QLatin1Char('w')));
        EXPECT_REFUSED("a quote of 5001 characters", movementWith(QuoteSpan{longArticle, 10, 5011}), QStringLiteral("longer than 5000"));
        EXPECT_REFUSED("a move quoting 5001 characters", addingMovement(zophJoinsOpenAi(QuoteSpan{longArticle, 0, 5001})),
                       QStringLiteral("longer than 5000"));

        // The limits themselves are allowed.
        QString error;
        QVERIFY2(facts().cite(citationOf(m_leftOpenAi, QuoteSpan{longArticle, 10, 5010}), &error), qPrintable(error));
        movement = zophJoinsOpenAi(good);
        movement.person = NamedRecord{0, QString(300, QLatin1Char('a'))};
        QVERIFY2(facts().addMovement(movement, FactIds(), &error), qPrintable(error));
        QVERIFY2(facts().addRole(zophRole(QString(1000, QLatin1Char('t')), good), FactIds(), &error), qPrintable(error));
    }

    // 𠮷 inside a quote and at either edge of one is stored whole, and so are its contexts.
    void charactersOutsideTheBasicPlaneStayWhole()
    {
        const QString body = yoshiBody();
        struct Expected
        {
            QString words;
            QString prefix;
            QString suffix;
        };
        const QList<Expected> cases{
            // 𠮷 stands 33 units before the words and 31 after them: a 32-unit context would cut it.
            {insideWords, before31, after31},
            {startsWithYoshi, after31.right(29) + yoshi + QStringLiteral("。"), QStringLiteral("了,他") + endsWithYoshi + yoshiTail},
            {endsWithYoshi, QString(), yoshiTail},
        };
        for (const Expected &expected : cases) {
            const QuoteSpan quote = spanOf(m_yoshi, body, expected.words);
            QString error;
            const std::optional<CitationEdit> done = facts().cite(citationOf(m_leftOpenAi, quote), &error);
            QVERIFY2(done, qPrintable(error));
            const QVariantList stored =
                row(QStringLiteral("SELECT start, end, text, prefix, suffix FROM citation WHERE id = ?"), {done->citationId});
            QCOMPARE(stored.at(0).toInt(), quote.start);
            QCOMPARE(stored.at(1).toInt(), quote.end);
            QCOMPARE(stored.at(2).toString(), expected.words);
            const QString prefix = stored.at(3).toString();
            const QString suffix = stored.at(4).toString();
            if (!expected.prefix.isNull())
                QCOMPARE(prefix, expected.prefix);
            QCOMPARE(suffix, expected.suffix);
            QVERIFY(prefix.size() <= 32 && suffix.size() <= 32);
            QCOMPARE(body.mid(quote.start - prefix.size(), prefix.size()), prefix);
            QCOMPARE(body.mid(quote.end, suffix.size()), suffix);
            // Whole characters: valid UTF-16 on both sides, so UTF-8 holds them unchanged.
            QCOMPARE(QString::fromUtf8(prefix.toUtf8()), prefix);
            QCOMPARE(QString::fromUtf8(suffix.toUtf8()), suffix);
            QVERIFY(prefix.isEmpty() || !prefix.front().isLowSurrogate());
            QVERIFY(suffix.isEmpty() || !suffix.back().isHighSurrogate());
        }
        QCOMPARE(int(before31.size()), 31);
        QCOMPARE(int(after31.size()), 31);

        // The anchors a version-7 file's citations are given on upgrade are the same ones.
        const QStringList anchored = dump({QStringLiteral("citation")});
        QCOMPARE(run(QStringLiteral("UPDATE citation SET prefix = '', suffix = '', body_sha256 = '' WHERE source_id = ?"), {m_yoshi})
                     .numRowsAffected(),
                 int(cases.size()));
        QVERIFY(dump({QStringLiteral("citation")}) != anchored);
        QSqlDatabase connection = m_db->connection();
        QString error;
        QVERIFY2(fillMissingAnchors(connection, &error), qPrintable(error));
        QCOMPARE(dump({QStringLiteral("citation")}), anchored);
    }

    // Names in either script, aliases, any case; a fact's row version as stored.
    void findingRecordsAndVersions()
    {
        QString error;
        for (const QString &name : {QStringLiteral("穆拉蒂"), QStringLiteral("mira murati"), QStringLiteral("米拉·穆拉蒂"),
                                    QStringLiteral(" Murati ")}) {
            const std::optional<QList<qint64>> found = facts().findPeople(name, &error);
            QVERIFY2(found, qPrintable(error));
            QCOMPARE(*found, QList<qint64>{m_murati});
        }
        const std::optional<QList<qint64>> nobody = facts().findPeople(QStringLiteral("Ada Example"), &error);
        QVERIFY2(nobody && nobody->isEmpty(), qPrintable(error));
        const qint64 google = value(QStringLiteral("SELECT id FROM company WHERE name_zh = '谷歌'")).toLongLong();
        for (const QString &name : {QStringLiteral("谷歌"), QStringLiteral("google")}) {
            const std::optional<QList<qint64>> found = facts().findCompanies(name, &error);
            QVERIFY2(found, qPrintable(error));
            QCOMPARE(*found, QList<qint64>{google});
        }
        const std::optional<QList<qint64>> none = facts().findCompanies(QStringLiteral("Example Robotics"), &error);
        QVERIFY2(none && none->isEmpty(), qPrintable(error));

        run(QStringLiteral("UPDATE movement SET row_version = 3 WHERE id = ?"), {m_firing});
        QCOMPARE(facts().factVersion(FactRef{FactType::Movement, m_firing}, &error), std::optional<int>(3));
        const qint64 role = value(QStringLiteral("SELECT min(id) FROM role")).toLongLong();
        run(QStringLiteral("UPDATE role SET row_version = 2 WHERE id = ?"), {role});
        QCOMPARE(facts().factVersion(FactRef{FactType::Role, role}, &error), std::optional<int>(2));
        QVERIFY(!facts().factVersion(FactRef{FactType::Movement, 99999}, &error));
        QVERIFY2(error.contains(QStringLiteral("no movement 99999")), qPrintable(error));
    }

    void locatingWords()
    {
        QString error;
        const QString body = plainBody();
        std::optional<QuoteSpan> found = facts().locate(m_plain, firingWords, 0, &error);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(found->sourceId, m_plain);
        QCOMPARE(found->start, int(intro.size()));
        QCOMPARE(found->end, int(intro.size() + firingWords.size()));
        QCOMPARE(value(QStringLiteral("SELECT substr(body, ?, ?) FROM source WHERE id = ?"),
                       {found->start + 1, found->end - found->start, m_plain})
                     .toString(),
                 firingWords);

        const QString twice = QStringLiteral("Barret Zoph");
        const int first = int(body.indexOf(twice));
        const int second = int(body.indexOf(twice, first + 1));
        QVERIFY(first >= 0 && second > first && body.indexOf(twice, second + 1) < 0);
        QVERIFY(!facts().locate(m_plain, twice, 0, &error));
        QVERIFY2(error.contains(QStringLiteral("2 times")), qPrintable(error));
        found = facts().locate(m_plain, twice, 1, &error);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(found->start, first);
        found = facts().locate(m_plain, twice, 2, &error);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(found->start, second);
        QCOMPARE(found->end, second + int(twice.size()));
        error.clear();
        QVERIFY(!facts().locate(m_plain, twice, 3, &error));
        QVERIFY2(error.contains(QStringLiteral("2 times")) && error.contains(QStringLiteral("not 3")), qPrintable(error));
        error.clear();
        QVERIFY(!facts().locate(m_plain, twice, -1, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!facts().locate(m_plain, QStringLiteral("Sam Altman"), 0, &error));
        QVERIFY2(error.contains(QStringLiteral("not in source")), qPrintable(error));
        error.clear();
        QVERIFY(!facts().locate(m_plain, QStringLiteral("  "), 0, &error));
        QVERIFY2(error.contains(QStringLiteral("empty")), qPrintable(error));
        error.clear();
        QVERIFY(!facts().locate(99999, twice, 0, &error));
        QVERIFY2(error.contains(QStringLiteral("no source 99999")), qPrintable(error));

        // In UTF-16 units: 𠮷 counts two.
        found = facts().locate(m_yoshi, endsWithYoshi, 0, &error);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(found->start, int(yoshiBody().indexOf(endsWithYoshi)));
        QCOMPARE(found->end - found->start, 4);
    }

    // At the text's edges the contexts are empty text, never NULL.
    void quotesAtTheEdgesHaveEmptyContexts()
    {
        const QString body = plainBody();
        const QString opening = QStringLiteral("Reporting from San Francisco");
        const QString closing = QStringLiteral("Barret Zoph declined to comment.");
        QVERIFY(body.endsWith(closing));
        QString error;
        const auto citeSpan = [&](const QuoteSpan &quote) {
            const std::optional<CitationEdit> done = facts().cite(citationOf(m_leftOpenAi, quote), &error);
            return done ? done->citationId : 0;
        };
        const qint64 atStart = citeSpan(QuoteSpan{m_plain, 0, int(opening.size())});
        QVERIFY2(atStart > 0, qPrintable(error));
        const qint64 atEnd = citeSpan(QuoteSpan{m_plain, int(body.size() - closing.size()), int(body.size())});
        QVERIFY2(atEnd > 0, qPrintable(error));
        const qint64 whole = citeSpan(QuoteSpan{m_plain, 0, int(body.size())});
        QVERIFY2(whole > 0, qPrintable(error));
        const QString sql = QStringLiteral("SELECT typeof(prefix), prefix, typeof(suffix), suffix, text FROM citation WHERE id = ?");
        QCOMPARE(row(sql, {atStart}), (QVariantList{QStringLiteral("text"), QString(), QStringLiteral("text"),
                                                    body.mid(opening.size(), 32), opening}));
        QCOMPARE(row(sql, {atEnd}), (QVariantList{QStringLiteral("text"), body.mid(body.size() - closing.size() - 32, 32),
                                                  QStringLiteral("text"), QString(), closing}));
        QCOMPARE(row(sql, {whole}), (QVariantList{QStringLiteral("text"), QString(), QStringLiteral("text"), QString(), body}));

        // So in an article that is one short line.
        const qint64 tiny = addArticle(QStringLiteral("tiny"), QStringLiteral("en"), QStringLiteral("Zoph left."));
        const qint64 tinyCitation = citeSpan(QuoteSpan{tiny, 0, 4});
        QVERIFY2(tinyCitation > 0, qPrintable(error));
        QCOMPARE(row(sql, {tinyCitation}), (QVariantList{QStringLiteral("text"), QString(), QStringLiteral("text"),
                                                         QStringLiteral(" left."), QStringLiteral("Zoph")}));
    }
};

QTEST_GUILESS_MAIN(TestFacts)
#include "tst_facts.moc"
