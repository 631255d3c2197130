#include "models/ArticleRepository.h"
#include "models/Database.h"
#include "models/FactEditor.h"
#include "models/FactRepository.h"
#include "models/Summaries.h"
#include "StatementTrace.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace talentflow;

namespace {

const QString planConnection = QStringLiteral("edit-plans");

// What a plan line reads every row of: a table (by its name or alias), or the search index
// without a match or a rowid to go by. Subqueries and constant rows are not tables.
bool scansEveryRow(const QString &detail)
{
    static const QRegularExpression scan(QStringLiteral("^SCAN (?!CONSTANT ROW|\\(|subquery)"));
    static const QRegularExpression virtualScan(QStringLiteral("VIRTUAL TABLE INDEX \\d+:$"));
    if (!scan.match(detail).hasMatch())
        return false;
    return !detail.contains(QLatin1String("VIRTUAL TABLE")) || virtualScan.match(detail).hasMatch();
}

} // namespace

// Every statement an edit and its undo run, read with EXPLAIN QUERY PLAN: none may read a whole
// table or the whole search index. On a million moves one such statement takes seconds, and the
// window waits for it; on the small seed it takes no time, so only the plan can tell.
class TestEditPlans : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
    qint64 m_zoph = 0;
    qint64 m_openAi = 0;
    qint64 m_firing = 0; // undated
    qint64 m_article = 0;

    const QString m_body = QStringLiteral("Reporting from San Francisco. Thinking Machines Lab fired Barret Zoph on 14 "
                                          "January 2026, and he went back to OpenAI within hours. He had left OpenAI "
                                          "on 25 September 2024, people familiar with it said.");

    QSqlDatabase connection() const { return m_db->connection(); }
    FactRepository facts() const { return FactRepository(connection()); }
    FactEditor editor() const { return FactEditor(connection()); }
    ArticleRepository articles() const { return ArticleRepository(connection()); }

    QuoteSpan span(const QString &words) const
    {
        const int start = int(m_body.indexOf(words));
        if (start < 0)
            qFatal("the test's words are not in its article: %s", qPrintable(words));
        return QuoteSpan{m_article, start, start + int(words.size())};
    }

    static QVariant value(const QString &sql, const QVariantList &bound = {})
    {
        QSqlQuery query(QSqlDatabase::database(planConnection));
        query.prepare(sql);
        for (const QVariant &v : bound)
            query.addBindValue(v);
        if (!query.exec())
            qFatal("cannot run %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.next() ? query.value(0) : QVariant();
    }

    // Runs the edit with its statements traced; each statement whose plan reads every row of a
    // table, with that plan line.
    QStringList fullScansOf(const std::function<bool(QString *)> &edit)
    {
        QStringList statements;
        {
            StatementTrace trace(connection());
            QString error;
            if (!edit(&error)) {
                QTest::qFail(qPrintable(QStringLiteral("the edit was refused: %1").arg(error)), __FILE__, __LINE__);
                return {};
            }
            statements = trace.statements();
        }
        if (statements.isEmpty()) {
            QTest::qFail("no statement was traced", __FILE__, __LINE__);
            return {};
        }
        QStringList scans;
        sqlite3 *plans = sqliteHandleOf(QSqlDatabase::database(planConnection));
        for (const QString &sql : statements) {
            // The search index's own statements on its shadow tables go by rowid or read its few
            // settings.
            if (sql.contains(QLatin1String("'search_index_")))
                continue;
            // The statement's own text, as the application prepared it; its parameters stay unbound.
            QString error;
            const QStringList plan = queryPlanOf(plans, sql, &error);
            if (!error.isEmpty())
                scans.append(error);
            for (const QString &detail : plan) {
                if (scansEveryRow(detail))
                    scans.append(QStringLiteral("%1  ⟶  %2").arg(sql, detail));
            }
        }
        return scans;
    }

#define EXPECT_NO_FULL_SCAN(edit)                                                                                      \
    do {                                                                                                               \
        const QStringList scans = fullScansOf(edit);                                                                   \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
        QVERIFY2(scans.isEmpty(), qPrintable(scans.join(QLatin1Char('\n'))));                                        \
    } while (false)

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // The check itself: a whole table, the whole search index, and their indexed reads.
        QVERIFY(scansEveryRow(QStringLiteral("SCAN movement")));
        QVERIFY(scansEveryRow(QStringLiteral("SCAN c USING COVERING INDEX citation_identity")));
        QVERIFY(scansEveryRow(QStringLiteral("SCAN search_index VIRTUAL TABLE INDEX 0:")));
        QVERIFY(!scansEveryRow(QStringLiteral("SCAN search_index VIRTUAL TABLE INDEX 0:=")));
        QVERIFY(!scansEveryRow(QStringLiteral("SCAN search_index VIRTUAL TABLE INDEX 0:M2")));
        QVERIFY(!scansEveryRow(QStringLiteral("SEARCH movement USING INTEGER PRIMARY KEY (rowid=?)")));
        QVERIFY(!scansEveryRow(QStringLiteral("SCAN CONSTANT ROW")));
        QVERIFY(!scansEveryRow(QStringLiteral("SCAN (subquery-1)")));
    }

    void init()
    {
        const QString file = m_dir.filePath(QStringLiteral("plans-%1.sqlite").arg(++m_files));
        QString error;
        m_db = Database::create(file, Database::Contents::Seeded, &error);
        QVERIFY2(m_db, qPrintable(error));
        QSqlDatabase plans = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), planConnection);
        plans.setDatabaseName(file);
        QVERIFY2(plans.open(), qPrintable(plans.lastError().text()));
        m_zoph = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        m_openAi = value(QStringLiteral("SELECT id FROM company WHERE name_en = 'OpenAI'")).toLongLong();
        m_firing = value(QStringLiteral("SELECT id FROM movement WHERE person_id = ? AND kind = 'fired'"), {m_zoph}).toLongLong();
        QVERIFY(m_zoph > 0 && m_openAi > 0 && m_firing > 0);
        QVERIFY(value(QStringLiteral("SELECT date IS NULL FROM movement WHERE id = ?"), {m_firing}).toBool());
        NewArticle article;
        article.file = QStringLiteral("plans.txt");
        article.title = QStringLiteral("Zoph fired");
        article.language = QStringLiteral("en");
        article.body = m_body;
        bool existing = true;
        const std::optional<qint64> id = articles().add(article, &existing, &error);
        QVERIFY2(id && !existing, qPrintable(error));
        m_article = *id;
    }

    void cleanup()
    {
        QSqlDatabase::database(planConnection, false).close();
        QSqlDatabase::removeDatabase(planConnection);
        m_db.reset();
    }

    // The benchmark's edit: words that date an undated move, then their undo.
    void citeAndUncite()
    {
        NewCitation citation;
        citation.fact = {FactType::Movement, m_firing};
        citation.quote = span(QStringLiteral("Thinking Machines Lab fired Barret Zoph on 14 January 2026"));
        citation.statedDate = PartialDate::day(2026, 1, 14);
        std::optional<CitationEdit> done;
        EXPECT_NO_FULL_SCAN([&](QString *error) { return (done = facts().cite(citation, error)).has_value(); });
        EXPECT_NO_FULL_SCAN([&](QString *error) { return facts().uncite(citation, *done, done->versionAfter, error).has_value(); });
    }

    // A move and a role with a person and companies new to the file, and their undo, which
    // removes the names again.
    void addAndRemoveFactsWithNewNames()
    {
        NewMovement movement;
        movement.person.newName = QStringLiteral("Plan Tester");
        movement.kind = MovementKind::Left;
        movement.company.newName = QStringLiteral("Plan Labs");
        movement.destination = NamedRecord{0, QStringLiteral("计划公司")};
        movement.date = PartialDate::month(2025, 3);
        movement.quote = span(QStringLiteral("He had left OpenAI on 25 September 2024"));
        std::optional<FactIds> moved;
        EXPECT_NO_FULL_SCAN([&](QString *error) { return (moved = facts().addMovement(movement, {}, error)).has_value(); });
        EXPECT_NO_FULL_SCAN(
            [&](QString *error) { return facts().removeAdded(FactType::Movement, *moved, moved->factVersion, error).has_value(); });

        NewRole role;
        role.person.newName = QStringLiteral("计划者");
        role.company.id = m_openAi;
        role.title = QStringLiteral("Planner");
        role.start = PartialDate::year(2024);
        role.quote = span(QStringLiteral("he went back to OpenAI within hours"));
        std::optional<FactIds> added;
        EXPECT_NO_FULL_SCAN([&](QString *error) { return (added = facts().addRole(role, {}, error)).has_value(); });
        EXPECT_NO_FULL_SCAN(
            [&](QString *error) { return facts().removeAdded(FactType::Role, *added, added->factVersion, error).has_value(); });
    }

    // Corrections of stored facts, a fact removed and put back, a citation removed and put back.
    void correctRemoveAndRestore()
    {
        NewRole role;
        role.person.id = m_zoph;
        role.company.id = m_openAi;
        role.title = QStringLiteral("Researcher");
        role.quote = span(QStringLiteral("he went back to OpenAI within hours"));
        QString error;
        const std::optional<FactIds> added = facts().addRole(role, {}, &error);
        QVERIFY2(added, qPrintable(error));
        NewCitation second;
        second.fact = {FactType::Role, added->factId};
        second.field = FactField::Start;
        second.quote = span(QStringLiteral("Reporting from San Francisco"));
        const std::optional<CitationEdit> cited = facts().cite(second, &error);
        QVERIFY2(cited, qPrintable(error));

        const std::optional<MovementFields> move = editor().movement(m_firing, &error);
        QVERIFY2(move, qPrintable(error));
        MovementFields dated = *move;
        dated.date = PartialDate::day(2026, 1, 14);
        const int moveVersion = value(QStringLiteral("SELECT row_version FROM movement WHERE id = ?"), {m_firing}).toInt();
        EXPECT_NO_FULL_SCAN([&](QString *why) { return editor().editMovement(m_firing, dated, moveVersion, why).has_value(); });

        const std::optional<RoleFields> fields = editor().role(added->factId, &error);
        QVERIFY2(fields, qPrintable(error));
        RoleFields retitled = *fields;
        retitled.titleEn = QStringLiteral("Research Scientist");
        retitled.titleZh = QStringLiteral("研究员");
        int roleVersion = value(QStringLiteral("SELECT row_version FROM role WHERE id = ?"), {added->factId}).toInt();
        EXPECT_NO_FULL_SCAN([&](QString *why) { return editor().editRole(added->factId, retitled, roleVersion, why).has_value(); });

        std::optional<StoredRows> citationRows;
        EXPECT_NO_FULL_SCAN([&](QString *why) { return (citationRows = editor().removeCitation(cited->citationId, why)).has_value(); });
        EXPECT_NO_FULL_SCAN([&](QString *why) { return editor().restore(*citationRows, why).has_value(); });

        roleVersion = value(QStringLiteral("SELECT row_version FROM role WHERE id = ?"), {added->factId}).toInt();
        std::optional<StoredRows> factRows;
        EXPECT_NO_FULL_SCAN([&](QString *why) {
            return (factRows = editor().removeFact({FactType::Role, added->factId}, roleVersion, why)).has_value();
        });
        EXPECT_NO_FULL_SCAN([&](QString *why) { return editor().restore(*factRows, why).has_value(); });
    }

    // An article added, its details corrected and removed again; another's text replaced with a
    // citation waiting for review, the review accepted, and a second replacement taken back.
    void articleEdits()
    {
        NewArticle article;
        article.title = QStringLiteral("Second");
        article.language = QStringLiteral("en");
        article.body = QStringLiteral("Barret Zoph was fired for unethical conduct, the lab's chef executive wrote to staff.");
        std::optional<qint64> id;
        const auto adding = [&](QString *error) {
            bool existing = true;
            return (id = articles().add(article, &existing, error)).has_value() && !existing;
        };
        EXPECT_NO_FULL_SCAN(adding);
        ArticleDetails details{QStringLiteral("Second, corrected"), QStringLiteral("Wire"), QString(), QStringLiteral("en"),
                               PartialDate::year(2026)};
        EXPECT_NO_FULL_SCAN([&](QString *error) { return articles().setDetails(*id, details, error); });
        const QString sha = value(QStringLiteral("SELECT sha256 FROM source WHERE id = ?"), {*id}).toString();
        EXPECT_NO_FULL_SCAN([&](QString *error) { return articles().remove(*id, sha, error); });

        QString error;
        QVERIFY2(adding(&error), qPrintable(error));
        NewCitation citation;
        citation.fact = {FactType::Movement, m_firing};
        const QString words = QStringLiteral("fired for unethical conduct, the lab's chef executive wrote");
        const int start = int(article.body.indexOf(words));
        citation.quote = QuoteSpan{*id, start, start + int(words.size())};
        const std::optional<CitationEdit> cited = facts().cite(citation, &error);
        QVERIFY2(cited, qPrintable(error));
        const QString corrected = QString(article.body).replace(QStringLiteral("chef"), QStringLiteral("chief"));
        EXPECT_NO_FULL_SCAN([&](QString *why) { return articles().replaceText(*id, corrected, why).has_value(); });
        QCOMPARE(value(QStringLiteral("SELECT anchor_state FROM citation WHERE id = ?"), {cited->citationId}).toString(),
                 QStringLiteral("review"));
        std::optional<CitationAnchorChange> accepted;
        EXPECT_NO_FULL_SCAN([&](QString *why) {
            accepted = articles().acceptReview(cited->citationId, why);
            return accepted.has_value();
        });
        EXPECT_NO_FULL_SCAN([&](QString *why) { return articles().restoreCitationAnchor(*accepted, why); });
        EXPECT_NO_FULL_SCAN([&](QString *why) { return articles().keepAsOrphan(cited->citationId, why).has_value(); });

        const QString recorrected = QString(corrected).replace(QStringLiteral("to staff"), QStringLiteral("to all staff"));
        const std::optional<TextReplacement> again = articles().replaceText(*id, recorrected, &error);
        QVERIFY2(again, qPrintable(error));
        EXPECT_NO_FULL_SCAN([&](QString *why) { return articles().restoreText(*id, *again, why); });
    }

    // The triggers that keep the summaries run inside every edit above, where the statement's own
    // plan does not show them: each statement of theirs, with NEW and OLD bound as parameters,
    // finds its row by its key.
    void summaryTriggersFindTheirRowsByKey()
    {
        static const QRegularExpression rowValue(QStringLiteral("\\b(NEW|OLD)\\.(\\w+)"));
        QSqlQuery triggers(QSqlDatabase::database(planConnection));
        QVERIFY(triggers.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")));
        sqlite3 *plans = sqliteHandleOf(QSqlDatabase::database(planConnection));
        int triggerCount = 0;
        int statementCount = 0;
        QStringList scans;
        while (triggers.next()) {
            ++triggerCount;
            const QString sql = triggers.value(1).toString();
            const qsizetype begin = sql.indexOf(QLatin1String(" BEGIN "));
            QVERIFY2(begin > 0 && sql.endsWith(QLatin1String("END")), qPrintable(sql));
            const QString body = sql.mid(begin + 7, sql.size() - begin - 7 - 3);
            for (QString statement : body.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                statement = statement.trimmed();
                if (statement.isEmpty())
                    continue;
                ++statementCount;
                statement.replace(rowValue, QStringLiteral(":\\1_\\2"));
                QString error;
                const QStringList plan = queryPlanOf(plans, statement, &error);
                if (!error.isEmpty())
                    scans.append(error);
                for (const QString &detail : plan) {
                    if (scansEveryRow(detail))
                        scans.append(QStringLiteral("%1: %2  ⟶  %3").arg(triggers.value(0).toString(), statement, detail));
                }
            }
        }
        QCOMPARE(triggerCount, Summaries::triggerCount());
        QVERIFY(statementCount >= triggerCount);
        QVERIFY2(scans.isEmpty(), qPrintable(scans.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestEditPlans)
#include "tst_editplans.moc"
