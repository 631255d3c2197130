#include "TestFiles.h"
#include "models/DataSession.h"
#include "models/Database.h"
#include "models/RolesTableModel.h"
#include "models/SearchRepository.h"
#include "models/TimelineRepository.h"
#include "models/WorkerStartGate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <sqlite3.h>

using namespace talentflow;

namespace {

// How often any connection opened meanwhile read the summaries' totals (the unfiltered counts).
QAtomicInt totalsReads;

int countTotalsReads(unsigned, void *, void *statement, void *)
{
    const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
    if (sql && std::strstr(sql, "FROM summary_total"))
        totalsReads.ref();
    return 0;
}

// Run by SQLite for every connection opened while it is registered: workers' ones too.
int traceTotalsReads(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, &countTotalsReads, nullptr);
    return SQLITE_OK;
}

} // namespace

// The data session: answers at once or from workers by the database's size, decided in one
// place; newer requests overtake older ones; errors reach the caller; imports are seen everywhere.
class TestSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString seededCopy()
    {
        QString error;
        const QString file = m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_files));
        std::unique_ptr<Database> db = Database::create(file, Database::Contents::Seeded, &error);
        [&] { QVERIFY2(db, qPrintable(error)); }();
        return file;
    }

    static std::unique_ptr<Database> open(const QString &file)
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(file, &error);
        [&] { QVERIFY2(db, qPrintable(error)); }();
        return db;
    }

    static int movements(const QString &file)
    {
        return *TimelineRepository(open(file)->connection()).movementCount(nullptr);
    }

    // Every answer still on a worker delivered (or dropped): waits for the workers, then for the
    // queued hand-over to the GUI thread, never for a length of time.
    static void settle(DataSession &session)
    {
        for (int round = 0; round < 3; ++round) {
            session.waitForWorkers();
            QCoreApplication::processEvents();
        }
    }

    // Runs SQL on a connection of the test's own, behind the session's back.
    static void alter(const QString &file, const QString &sql)
    {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("behind"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void aSmallDatabaseAnswersAtOnceALargeOneFromAWorker()
    {
        const QString file = seededCopy();
        DataSession session;
        session.setDatabase(open(file));
        QVERIFY(!session.isLarge());
        int answers = 0;
        session.companies(this, [&](const Answer<QList<CompanyRecord>> &companies) {
            QVERIFY(companies);
            ++answers;
        });
        QCOMPARE(answers, 1); // before the call returned

        session.setLargeThreshold(0);
        QVERIFY(session.isLarge());
        QList<CompanyRecord> listed;
        session.companies(this, [&](const Answer<QList<CompanyRecord>> &companies) {
            listed = companies.value.value_or(QList<CompanyRecord>());
            ++answers;
        });
        QCOMPARE(answers, 1); // on its way
        settle(session);
        QCOMPARE(answers, 2);
        QString error;
        QCOMPARE(listed.size(), BrowseRepository(open(file)->connection()).companies(&error)->size());
    }

    void aNewerRequestOvertakesAnOlderOne()
    {
        const QString file = seededCopy();
        DataSession session;
        session.setDatabase(open(file));
        session.setLargeThreshold(0);
        QStringList answered;
        QList<qint64> people;
        for (const QString &text : {QStringLiteral("穆拉"), QStringLiteral("佐夫")}) {
            session.resolveFilter(FilterRequest{0, QString(), text}, this, [&, text](const Answer<ResolvedFilter> &resolved) {
                answered.append(text);
                people = resolved.value ? resolved.value->filter.personIds.value_or(QList<qint64>()) : QList<qint64>();
            });
        }
        QVERIFY(answered.isEmpty()); // a short search of a large database scans on a worker
        settle(session);
        QCOMPARE(answered, QStringList{QStringLiteral("佐夫")}); // the older search never reports
        QString error;
        QCOMPARE(people, *SearchRepository(open(file)->connection()).matchingPeople(QStringLiteral("佐夫"), &error));
    }

    // Requests held back until the window's first paint, the way its first ones are: one
    // overtaken by then is never read, so it takes no core from the one that counts.
    void anOvertakenRequestIsNotRead()
    {
        DataSession session;
        session.setDatabase(open(seededCopy()));
        session.setLargeThreshold(0);
        sqlite3_auto_extension(reinterpret_cast<void (*)()>(&traceTotalsReads));
        WorkerStartGate::hold();
        int answers = 0;
        std::optional<Answer<ShownCounts>> counted;
        for (int i = 0; i < 2; ++i) {
            session.counts(RoleFilter{}, this, [&](const Answer<ShownCounts> &counts) {
                ++answers;
                counted = counts;
            });
        }
        totalsReads = 0;
        WorkerStartGate::release();
        settle(session);
        sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(&traceTotalsReads));
        QCOMPARE(answers, 1);
        QVERIFY2(counted->value, qPrintable(counted->error));
        QVERIFY(counted->value->movements > 0);
        QCOMPARE(totalsReads.loadRelaxed(), 1);
    }

    void anAnswerForTheLastDatabaseNeverReachesTheNext()
    {
        DataSession session;
        session.setDatabase(open(seededCopy()));
        session.setLargeThreshold(0);
        bool answered = false;
        session.counts(RoleFilter{}, this, [&](const Answer<ShownCounts> &) { answered = true; });
        session.setDatabase(open(seededCopy()));
        settle(session);
        QVERIFY(!answered);
    }

    // A search that fails on a worker reports its error: it used to arrive empty.
    void aWorkersErrorReachesTheCaller()
    {
        const QString file = seededCopy();
        DataSession session;
        session.setDatabase(open(file));
        session.setLargeThreshold(0);
        alter(file, QStringLiteral("DROP TABLE search_index"));
        for (const QString &text : {QStringLiteral("穆"), QStringLiteral("Murati")}) { // a worker, then here
            std::optional<Answer<ResolvedFilter>> answer;
            session.resolveFilter(FilterRequest{0, QString(), text}, this,
                                  [&](const Answer<ResolvedFilter> &resolved) { answer = resolved; });
            settle(session);
            QVERIFY(answer.has_value());
            QVERIFY(!answer->value);
            QVERIFY(!answer->error.isEmpty());
        }
    }

    // A database whose moves cannot be counted is not taken for a small one.
    void aFailedCountIsReportedNotTakenForZero()
    {
        const QString file = seededCopy();
        DataSession session;
        session.setDatabase(open(file));
        QVERIFY(!session.isLarge());
        alter(file, QStringLiteral("ALTER TABLE movement RENAME TO movement_gone"));
        QSignalSpy failed(&session, &DataSession::failed);
        session.setLargeThreshold(DataSession::defaultLargeMoves); // decides again
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(session.isLarge()); // workers keep the window responsive whatever the file holds
    }

    // After an import the session decides "large" again, once, for every view.
    void anImportThatMakesTheDatabaseLargeIsSeenEverywhere()
    {
        const QString file = seededCopy();
        DataSession session;
        session.setDatabase(open(file));
        session.setLargeThreshold(movements(file)); // one more move makes it large
        QVERIFY(!session.isLarge());
        const QString extra = m_dir.filePath(QStringLiteral("extra.json"));
        TestFiles::write(extra, TestFiles::oneNewMovement());
        QSignalSpy changed(&session, &DataSession::dataChanged);
        std::optional<Answer<MergeStats>> imported;
        session.importFile(extra, this, [&](const Answer<MergeStats> &stats) { imported = stats; });
        QVERIFY(session.isImporting());
        settle(session);
        QCOMPARE(changed.count(), 1);
        QVERIFY(imported && imported->value);
        QCOMPARE(imported->value->movements, 1);
        QVERIFY(!session.isImporting());
        QVERIFY(session.isLarge());
        // Every kind of request now goes to a worker.
        int answers = 0;
        session.companies(this, [&](const Answer<QList<CompanyRecord>> &) { ++answers; });
        session.counts(RoleFilter{}, this, [&](const Answer<ShownCounts> &) { ++answers; });
        session.resolveFilter(FilterRequest{0, QString(), QStringLiteral("Ad")}, this, [&](const Answer<ResolvedFilter> &) { ++answers; });
        QCOMPARE(answers, 0);
        settle(session);
        QCOMPARE(answers, 3);
    }

    // The import wrote to the file open when it started: it answers (closing its progress and
    // enabling Import again) even when another file is open by then, which it does not refresh.
    void anImportAnswersAfterAnotherFileIsOpened()
    {
        const QString first = seededCopy();
        DataSession session;
        session.setDatabase(open(first));
        const QString extra = m_dir.filePath(QStringLiteral("extra-switch.json"));
        TestFiles::write(extra, TestFiles::oneNewMovement());
        QSignalSpy changed(&session, &DataSession::dataChanged);
        std::optional<Answer<MergeStats>> imported;
        const int before = movements(first);
        session.importFile(extra, this, [&](const Answer<MergeStats> &stats) { imported = stats; });
        session.setDatabase(open(seededCopy()));
        settle(session);
        QVERIFY(imported.has_value());
        QVERIFY2(imported->value, qPrintable(imported->error));
        QVERIFY(!session.isImporting());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(movements(first), before + 1);
    }

    // An import that cannot start says why, at once: no silent refusal.
    void aRefusedImportSaysWhy()
    {
        DataSession session;
        std::optional<Answer<MergeStats>> answer;
        session.importFile(m_dir.filePath(QStringLiteral("extra.json")), this, [&](const Answer<MergeStats> &stats) { answer = stats; });
        QVERIFY(answer.has_value());
        QVERIFY(!answer->value);
        QVERIFY(!answer->error.isEmpty());
    }

    // A file is closed once the views have let go of it: the table's model holds a statement on
    // its connection, and closing first left the model reading a connection that was gone.
    void theLastDatabaseClosesAfterTheViewsLetGo()
    {
        DataSession session;
        session.setDatabase(open(seededCopy()));
        RolesTableModel *model = session.createRolesModel(this);
        QVERIFY(model);
        QVERIFY(model->select());
        QVERIFY(model->rowCount() > 0);
        connect(&session, &DataSession::databaseChanged, this, [&model] {
            delete model;
            model = nullptr;
        });
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
        session.setDatabase(open(seededCopy()));
        QVERIFY(!model);
    }

    void aContextThatIsGoneGetsNoAnswer()
    {
        DataSession session;
        session.setDatabase(open(seededCopy()));
        session.setLargeThreshold(0);
        bool answered = false;
        auto *context = new QObject;
        session.counts(RoleFilter{}, context, [&](const Answer<ShownCounts> &) { answered = true; });
        delete context;
        settle(session);
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
