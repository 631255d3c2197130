#include "StatementTrace.h"
#include "TestFiles.h"
#include "models/BrowseRepository.h"
#include "models/DataSession.h"
#include "models/DataTransfer.h"
#include "models/Database.h"
#include "models/Summaries.h"
#include "models/TimelineRepository.h"
#include "ui/edit/EditHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace talentflow;

namespace {

const QString checkConnection = QStringLiteral("summaries-check");

QString describe()
{
    return QString();
}

} // namespace

// Stops the test when the summaries no longer match the facts, naming the step.
#define EXPECT_EXACT(after)                                                                                            \
    do {                                                                                                               \
        expectExact(after);                                                                                            \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

// The summaries (models/Summaries) against the facts after every kind of write: each summary row
// and total is compared with counts this test makes itself, on a connection of its own, in SQL
// of its own; and what the window reads first on a large file is read without reading every move.
class TestSummaries : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_file;
    std::unique_ptr<DataSession> m_session;
    std::unique_ptr<EditHistory> m_history;

    qint64 m_zoph = 0;
    qint64 m_murati = 0;
    qint64 m_karpathy = 0;
    qint64 m_openAi = 0;
    qint64 m_tml = 0;

    static QSqlDatabase check() { return QSqlDatabase::database(checkConnection); }

    static QSqlQuery run(const QString &sql, const QVariantList &bound = {})
    {
        QSqlQuery query(check());
        if (!query.prepare(sql))
            qFatal("cannot prepare %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        for (int i = 0; i < bound.size(); ++i)
            query.bindValue(i, bound.at(i));
        if (!query.exec())
            qFatal("cannot run %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query;
    }

    static QVariant value(const QString &sql, const QVariantList &bound = {})
    {
        QSqlQuery query = run(sql, bound);
        return query.next() ? query.value(0) : QVariant();
    }

    static QStringList rows(const QString &sql)
    {
        QSqlQuery query = run(sql);
        QStringList lines;
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.value(i).toString());
            lines.append(columns.join(QLatin1Char('|')));
        }
        return lines;
    }

    // Per person and company, counted from the facts one row at a time; the totals by DISTINCT.
    static QStringList peopleCounted()
    {
        return rows(QStringLiteral(
            "SELECT id, roles, moves FROM (SELECT p.id, (SELECT count(*) FROM role r WHERE r.person_id = p.id) AS roles, "
            "(SELECT count(*) FROM movement m WHERE m.person_id = p.id) AS moves FROM person p) "
            "WHERE roles > 0 OR moves > 0 ORDER BY id"));
    }
    static QStringList companiesCounted()
    {
        return rows(QStringLiteral(
            "SELECT id, roles, moves, arrivals FROM (SELECT c.id, (SELECT count(*) FROM role r WHERE r.company_id = c.id) AS roles, "
            "(SELECT count(*) FROM movement m WHERE m.company_id = c.id) AS moves, "
            "(SELECT count(*) FROM movement m WHERE m.to_company_id = c.id) AS arrivals FROM company c) "
            "WHERE roles > 0 OR moves > 0 OR arrivals > 0 ORDER BY id"));
    }
    static QStringList totalsCounted()
    {
        return rows(QStringLiteral("SELECT (SELECT count(*) FROM movement), (SELECT count(DISTINCT person_id) FROM role), "
                                   "(SELECT count(DISTINCT person_id) FROM movement), "
                                   "(SELECT count(DISTINCT company_id) FROM movement)"));
    }

    // The summaries equal the facts, and so do the reads that answer from them.
    void expectExact(const char *after)
    {
        const auto same = [after](const QStringList &kept, const QStringList &counted, const char *what) {
            if (kept == counted)
                return true;
            QStringList missing;
            QStringList extra;
            for (const QString &row : counted)
                if (!kept.contains(row))
                    missing.append(row);
            for (const QString &row : kept)
                if (!counted.contains(row))
                    extra.append(row);
            QTest::qFail(qPrintable(QStringLiteral("after %1, %2: kept %3 but not %4")
                                        .arg(QLatin1String(after), QLatin1String(what), extra.join(QLatin1Char(' ')),
                                             missing.join(QLatin1Char(' ')))),
                         __FILE__, __LINE__);
            return false;
        };
        QVERIFY(!peopleCounted().isEmpty());
        if (!same(rows(QStringLiteral("SELECT person_id, roles, moves FROM person_summary ORDER BY person_id")), peopleCounted(),
                  "people")
            || !same(rows(QStringLiteral("SELECT company_id, roles, moves, arrivals FROM company_summary ORDER BY company_id")),
                     companiesCounted(), "companies")
            || !same(rows(QStringLiteral("SELECT movements, people_with_roles, people_with_moves, companies_with_moves "
                                         "FROM summary_total")),
                     totalsCounted(), "totals"))
            return;

        QString error;
        const std::optional<ShownCounts> counts = BrowseRepository(check()).shownCounts(RoleFilter{}, &error);
        QVERIFY2(counts, qPrintable(error));
        QCOMPARE(QStringLiteral("%1|%2").arg(counts->people).arg(counts->movements),
                 rows(QStringLiteral("SELECT count(DISTINCT person_id), (SELECT count(*) FROM movement) FROM role")).first());
        const std::optional<QList<CompanyRecord>> companies = BrowseRepository(check()).companies(&error);
        QVERIFY2(companies, qPrintable(error));
        QStringList listed;
        for (const CompanyRecord &company : *companies)
            listed.append(QString::number(company.id));
        listed.sort();
        QStringList named = rows(QStringLiteral("SELECT company_id FROM role UNION SELECT company_id FROM movement "
                                                "UNION SELECT to_company_id FROM movement WHERE to_company_id IS NOT NULL"));
        named.sort();
        QCOMPARE(listed, named);
    }

    QUndoStack *stack() const { return m_history->stack(); }

    void step(bool undo)
    {
        QSignalSpy failed(m_history.get(), &EditHistory::failed);
        const int index = stack()->index();
        if (undo)
            stack()->undo();
        else
            stack()->redo();
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(stack()->index(), index + (undo ? -1 : 1));
    }

    // Every step undone, then redone, the summaries checked after each.
    void undoAndRedoEverything()
    {
        const int steps = stack()->index();
        QVERIFY(steps > 0);
        for (int i = 0; i < steps; ++i) {
            step(true);
            if (QTest::currentTestFailed())
                return;
            EXPECT_EXACT(qPrintable(QStringLiteral("undoing %1").arg(stack()->text(stack()->index()))));
        }
        for (int i = 0; i < steps; ++i) {
            step(false);
            if (QTest::currentTestFailed())
                return;
            EXPECT_EXACT(qPrintable(QStringLiteral("redoing %1").arg(stack()->text(stack()->index() - 1))));
        }
    }

    QuoteSpan someWords() const
    {
        const qint64 source = value(QStringLiteral("SELECT min(id) FROM source")).toLongLong();
        return QuoteSpan{source, 0, 20};
    }

    static int versionOf(const QString &table, qint64 id)
    {
        // The table is one of this file's constants.
        return value(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table), {id}).toInt();
    }

    void openCheck(const QString &file)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkConnection);
        db.setDatabaseName(file);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    }

    static void closeCheck()
    {
        QSqlDatabase::database(checkConnection, false).close();
        QSqlDatabase::removeDatabase(checkConnection);
    }

    void settle()
    {
        for (int round = 0; round < 3; ++round) {
            m_session->waitForWorkers();
            QCoreApplication::processEvents();
        }
    }

    std::optional<MergeStats> import(const QString &json)
    {
        std::optional<Answer<MergeStats>> answer;
        m_session->importFile(json, this, [&answer](const Answer<MergeStats> &done) { answer = done; });
        settle();
        if (!answer || !answer->value) {
            QTest::qFail(qPrintable(QStringLiteral("the import failed: %1").arg(answer ? answer->error : QStringLiteral("no answer"))),
                         __FILE__, __LINE__);
            return std::nullopt;
        }
        return answer->value;
    }

    static int ownTriggers() { return value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).toInt(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_file = m_dir.filePath(QStringLiteral("summaries-%1.sqlite").arg(++m_files));
        QString error;
        std::unique_ptr<Database> db = Database::create(m_file, Database::Contents::Seeded, &error);
        QVERIFY2(db, qPrintable(error));
        m_session = std::make_unique<DataSession>();
        m_session->setDatabase(std::move(db));
        m_history = std::make_unique<EditHistory>(m_session.get());
        openCheck(m_file);
        m_zoph = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        m_murati = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Mira Murati'")).toLongLong();
        m_karpathy = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Andrej Karpathy'")).toLongLong();
        m_openAi = value(QStringLiteral("SELECT id FROM company WHERE name_en = 'OpenAI'")).toLongLong();
        m_tml = value(QStringLiteral("SELECT id FROM company WHERE name_en = 'Thinking Machines Lab'")).toLongLong();
        QVERIFY(m_zoph > 0 && m_murati > 0 && m_karpathy > 0 && m_openAi > 0 && m_tml > 0);
    }

    void cleanup()
    {
        closeCheck();
        m_history.reset();
        m_session.reset();
    }

    void aNewDatabaseStartsExact()
    {
        EXPECT_EXACT("creating the seeded file");
        QCOMPARE(ownTriggers(), Summaries::triggerCount());
    }

    // Moves and roles added with new people and companies, moved to another person or company,
    // and removed; then all of it undone and redone.
    void factEditsUndoneAndRedone()
    {
        QString error;
        NewMovement move;
        move.person.newName = QStringLiteral("Summary Tester");
        move.kind = MovementKind::Left;
        move.company.newName = QStringLiteral("Summary Labs");
        move.destination = NamedRecord{0, QStringLiteral("汇总公司")};
        move.date = PartialDate::month(2025, 3);
        move.quote = someWords();
        const std::optional<FactIds> added = m_history->addMovement(move, describe, &error);
        QVERIFY2(added, qPrintable(error));
        EXPECT_EXACT("adding a move with a new person, company and destination");

        NewRole role;
        role.person.id = added->personId;
        role.company.id = added->destinationId;
        role.title = QStringLiteral("Tester");
        role.quote = someWords();
        const std::optional<FactIds> addedRole = m_history->addRole(role, describe, &error);
        QVERIFY2(addedRole, qPrintable(error));
        EXPECT_EXACT("adding a role");

        // Zoph's firing now at OpenAI, to the new company; then to no stated destination.
        const qint64 firing = value(QStringLiteral("SELECT id FROM movement WHERE person_id = ? AND kind = 'fired'"), {m_zoph}).toLongLong();
        const Answer<MovementFields> fields = m_session->movementFields(firing);
        QVERIFY2(fields, qPrintable(fields.error));
        MovementFields moved = *fields.value;
        moved.companyId = m_openAi;
        moved.toCompanyId = added->companyId;
        QVERIFY2(m_history->editMovement(firing, moved, versionOf(QStringLiteral("movement"), firing), describe, &error),
                 qPrintable(error));
        EXPECT_EXACT("moving a move to another company and destination");
        moved.toCompanyId = 0;
        QVERIFY2(m_history->editMovement(firing, moved, versionOf(QStringLiteral("movement"), firing), describe, &error),
                 qPrintable(error));
        EXPECT_EXACT("dropping a move's destination");

        // The new person's only role, at another company: the one it leaves counts it no more.
        const Answer<RoleFields> roleFields = m_session->roleFields(addedRole->factId);
        QVERIFY2(roleFields, qPrintable(roleFields.error));
        RoleFields retitled = *roleFields.value;
        retitled.companyId = m_tml;
        QVERIFY2(m_history->editRole(addedRole->factId, retitled, versionOf(QStringLiteral("role"), addedRole->factId), describe,
                                     &error),
                 qPrintable(error));
        EXPECT_EXACT("moving a role to another company");

        const qint64 karpathyMove = value(QStringLiteral("SELECT min(id) FROM movement WHERE person_id = ?"), {m_karpathy}).toLongLong();
        QVERIFY2(m_history->removeFact({FactType::Movement, karpathyMove}, versionOf(QStringLiteral("movement"), karpathyMove),
                                       describe, &error),
                 qPrintable(error));
        EXPECT_EXACT("removing a move");
        const qint64 muratiRole = value(QStringLiteral("SELECT min(id) FROM role WHERE person_id = ?"), {m_murati}).toLongLong();
        QVERIFY2(m_history->removeFact({FactType::Role, muratiRole}, versionOf(QStringLiteral("role"), muratiRole), describe, &error),
                 qPrintable(error));
        EXPECT_EXACT("removing a role");

        undoAndRedoEverything();
    }

    // Two people made one (every fact of one handed to the other), a person removed with all
    // their facts; both undone and redone.
    void mergesAndRemovalsUndoneAndRedone()
    {
        QString error;
        QVERIFY2(m_history->mergePeople(m_murati, versionOf(QStringLiteral("person"), m_murati), m_zoph,
                                        versionOf(QStringLiteral("person"), m_zoph), describe, &error),
                 qPrintable(error));
        EXPECT_EXACT("merging Zoph into Murati");
        QVERIFY(value(QStringLiteral("SELECT count(*) FROM person_summary WHERE person_id = ?"), {m_zoph}).toInt() == 0);
        QVERIFY2(m_history->removePerson(m_karpathy, versionOf(QStringLiteral("person"), m_karpathy), describe, &error),
                 qPrintable(error));
        EXPECT_EXACT("removing Karpathy");
        undoAndRedoEverything();
    }

    // A small import is counted row by row; a bulk load into an empty file fills the summaries
    // once at the end and leaves the triggers in place for the next write; an import with
    // nothing new leaves everything as it was.
    void importsLeaveTheSummariesExact()
    {
        const QString small = m_dir.filePath(QStringLiteral("small.json"));
        TestFiles::write(small, TestFiles::oneNewMovement());
        const std::optional<MergeStats> one = import(small);
        QVERIFY(one);
        QCOMPARE(one->movements, 1);
        EXPECT_EXACT("a small import");

        const QString everything = m_dir.filePath(QStringLiteral("everything-%1.json").arg(m_files));
        QString error;
        QVERIFY2(m_session->exportTo(everything, &error), qPrintable(error));
        closeCheck();
        const QString empty = m_dir.filePath(QStringLiteral("empty-%1.sqlite").arg(m_files));
        std::unique_ptr<Database> db = Database::create(empty, Database::Contents::Empty, &error);
        QVERIFY2(db, qPrintable(error));
        m_history.reset();
        m_session->setDatabase(std::move(db));
        m_history = std::make_unique<EditHistory>(m_session.get());
        openCheck(empty);
        const std::optional<MergeStats> all = import(everything);
        QVERIFY(all);
        QVERIFY(all->movements > 50);
        EXPECT_EXACT("a bulk load into an empty file");
        QCOMPARE(ownTriggers(), Summaries::triggerCount());

        // The triggers are back: the next write is counted.
        NewMovement move;
        move.person.newName = QStringLiteral("After The Load");
        move.kind = MovementKind::Joined;
        move.company.id = value(QStringLiteral("SELECT id FROM company WHERE name_en = 'OpenAI'")).toLongLong();
        move.quote = someWords();
        QVERIFY2(m_history->addMovement(move, describe, &error), qPrintable(error));
        EXPECT_EXACT("an edit after a bulk load");

        const std::optional<MergeStats> again = import(everything);
        QVERIFY(again);
        QCOMPARE(again->total(), 0);
        EXPECT_EXACT("an import with nothing new");
        QCOMPARE(ownTriggers(), Summaries::triggerCount());
    }

    // A file from before the summaries gets them, counted from its facts, when it is opened;
    // its search index, which version 12 does not change, is kept as it was rather than built
    // again (minutes on a large file): an entry taken out behind its back stays out.
    void anUpgradeBuildsTheSummaries()
    {
        QString error;
        NewRole role;
        role.person.id = m_zoph;
        role.company.newName = QStringLiteral("Upgrade Labs");
        role.title = QStringLiteral("Advisor");
        role.quote = someWords();
        QVERIFY2(m_history->addRole(role, describe, &error), qPrintable(error));
        m_history.reset();
        m_session.reset();
        QStringList undo;
        for (const QString &trigger : rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
            undo.append(QStringLiteral("DROP TRIGGER %1").arg(trigger));
        undo += {QStringLiteral("DROP TABLE person_summary"), QStringLiteral("DROP TABLE company_summary"),
                 QStringLiteral("DROP TABLE summary_total"), QStringLiteral("PRAGMA user_version = 11")};
        const qint64 entry = value(QStringLiteral("SELECT max(rowid) FROM search_index")).toLongLong();
        QVERIFY(entry > 0);
        undo.append(QStringLiteral("DELETE FROM search_index WHERE rowid = %1").arg(entry));
        for (const QString &statement : undo)
            run(statement);
        closeCheck();

        std::unique_ptr<Database> upgraded = Database::open(m_file, &error);
        QVERIFY2(upgraded, qPrintable(error));
        QVERIFY(QFile::exists(m_file + QStringLiteral(".v11.backup")));
        openCheck(m_file);
        QCOMPARE(value(QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
        QCOMPARE(ownTriggers(), Summaries::triggerCount());
        EXPECT_EXACT("upgrading from version 11");
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM search_index WHERE rowid = ?"), {entry}).toInt(), 0);
    }

    // The schema's triggers are trusted only as it wrote them, and only all of them together.
    void refusesChangedOrMissingTriggers_data()
    {
        QTest::addColumn<QStringList>("change");
        QTest::addColumn<QString>("says");
        QTest::newRow("one rewritten") << QStringList{
            QStringLiteral("DROP TRIGGER summary_role_insert"),
            QStringLiteral("CREATE TRIGGER summary_role_insert AFTER INSERT ON role BEGIN DELETE FROM person; END")}
                                       << QStringLiteral("summary_role_insert");
        QTest::newRow("one missing") << QStringList{QStringLiteral("DROP TRIGGER summary_movement_delete")}
                                     << QStringLiteral("lacks triggers");
    }

    void refusesChangedOrMissingTriggers()
    {
        QFETCH(QStringList, change);
        QFETCH(QString, says);
        m_history.reset();
        m_session.reset();
        for (const QString &statement : change)
            run(statement);
        closeCheck();
        QString error;
        Database::Problem problem = Database::Problem::None;
        QVERIFY(!Database::open(m_file, &error, &problem));
        QVERIFY(problem == Database::Problem::UnsafeSchema);
        QVERIFY2(error.contains(says), qPrintable(error));
        openCheck(m_file);
    }

    // On a file over the large threshold, what the window reads first (the counts, the company
    // list, the chart's busiest lanes) comes from the summaries: no statement reads every move,
    // role or person, and the lanes are the busiest by the test's own count.
    void theFirstReadsOfALargeFileScanNoFacts()
    {
        // 3,000 people with 7 to 19 moves each, over the seed's companies; every third with a role.
        run(QStringLiteral("BEGIN"));
        run(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                           "INSERT INTO person (name_en) SELECT 'Worker ' || i FROM n"));
        run(QStringLiteral(
            "WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 18), "
            "companies AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM company) "
            "INSERT INTO movement (person_id, kind, company_id, to_company_id, date, precision) "
            "SELECT p.id, 'joined', c.id, CASE WHEN k.j % 4 = 0 THEN d.id END, printf('%04d-01-01', 2000 + k.j), 'day' "
            "FROM person p JOIN k ON k.j < 7 + p.id % 13 "
            "JOIN companies c ON c.n = (p.id + k.j) % c.total JOIN companies d ON d.n = (p.id + k.j + 1) % d.total "
            "WHERE p.name_en LIKE 'Worker %'"));
        run(QStringLiteral("INSERT INTO role (person_id, company_id, title_en, title_zh, start_precision, end_precision) "
                           "SELECT id, (SELECT min(id) FROM company), 'Worker', '员工', 'unknown', 'unknown' "
                           "FROM person WHERE name_en LIKE 'Worker %' AND id % 3 = 0"));
        run(QStringLiteral("COMMIT"));
        QVERIFY(value(QStringLiteral("SELECT count(*) FROM movement")).toInt() > 20000);
        EXPECT_EXACT("a large insert");

        QString error;
        QStringList statements;
        std::optional<TimelineInput> byPerson;
        std::optional<TimelineInput> byCompany;
        {
            StatementTrace trace(check());
            QVERIFY2(BrowseRepository(check()).shownCounts(RoleFilter{}, &error), qPrintable(error));
            QVERIFY2(BrowseRepository(check()).companies(&error), qPrintable(error));
            TimelineQuery query;
            byPerson = TimelineRepository(check()).load(query, &error);
            QVERIFY2(byPerson, qPrintable(error));
            query.grouping = LaneGrouping::Company;
            byCompany = TimelineRepository(check()).load(query, &error);
            QVERIFY2(byCompany, qPrintable(error));
            statements = trace.statements();
        }

        // A fact table read whole, by its name or by the alias the statement gives it. The
        // company list reads each company once, in its name's order, and the chart counts the
        // articles; both are a few thousand rows at most, never a row per move.
        static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)"));
        static const QRegularExpression aliasOf(QStringLiteral("\\b(?:FROM|JOIN)\\s+(\\w+)\\s+(?:AS\\s+)?(\\w+)"));
        const QStringList facts{QStringLiteral("movement"), QStringLiteral("role"), QStringLiteral("person"),
                                QStringLiteral("citation"), QStringLiteral("person_alias")};
        QStringList scans;
        for (const QString &sql : statements) {
            QStringList factNames = facts;
            for (auto match = aliasOf.globalMatch(sql); match.hasNext();) {
                const QRegularExpressionMatch alias = match.next();
                if (facts.contains(alias.captured(1)))
                    factNames.append(alias.captured(2));
            }
            const QStringList plan = queryPlanOf(sqliteHandleOf(check()), sql, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const QString &detail : plan) {
                const QRegularExpressionMatch scanned = scan.match(detail);
                if (scanned.hasMatch() && factNames.contains(scanned.captured(1)))
                    scans.append(QStringLiteral("%1  ⟶  %2").arg(sql, detail));
            }
        }
        QVERIFY(statements.size() > 5);
        QVERIFY2(scans.isEmpty(), qPrintable(scans.join(QLatin1Char('\n'))));

        // The lanes drawn are the 80 busiest, and the caption's count of the rest is exact.
        const auto lanesOf = [](const TimelineData &data) {
            QStringList keys;
            for (const TimelineLane &lane : data.lanes)
                keys.append(QString::number(lane.key));
            keys.sort();
            return keys;
        };
        const auto busiest = [](const char *key) {
            QStringList keys = rows(QStringLiteral("SELECT %1 FROM movement GROUP BY %1 ORDER BY count(*) DESC, %1 LIMIT 80")
                                        .arg(QLatin1String(key)));
            keys.sort();
            return keys;
        };
        QCOMPARE(lanesOf(byPerson->data), busiest("person_id"));
        QCOMPARE(byPerson->data.omittedLanes, value(QStringLiteral("SELECT count(DISTINCT person_id) FROM movement")).toInt() - 80);
        const QStringList companyLanes = busiest("company_id");
        QCOMPARE(byCompany->data.omittedLanes,
                 qMax(0, value(QStringLiteral("SELECT count(DISTINCT company_id) FROM movement")).toInt() - int(companyLanes.size())));
    }
};

QTEST_MAIN(TestSummaries)
#include "tst_summaries.moc"
