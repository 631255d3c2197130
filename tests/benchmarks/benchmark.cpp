// Talentflow's performance benchmark. Each operation is measured next to its floor in the same
// run, on the same machine and data, and the table reports the ratio: the machines are shared
// and noisy, so absolute times mislead while ratios hold.
//
//   talentflow_benchmark [--dir DIR] [--people N] [--roles N] [--movements N] [--reuse] [--runs N]
//                        [--only import,startup,window,chart,memory,filter,search,sort,timeline,export,flows,edit]
//
// --runs and --only are for profiling one operation (perf record); the table is only complete
// without --only.
//
// The data: synthetic people and companies whose moves and roles copy the verbatim citations of
// the seeded database's (talentflow_generate_dataset --citations-from, 2 to 5 a move), with the
// seed's articles, so the import checks every citation against its article.
//
// Floors, as issue 21 states them:
// - import: the sqlite3 command-line tool .importing, as CSV, every row the import wrote;
// - start-up: a bare Qt window with a table and an empty chart (on the seeded database);
// - the complete window of the large file: the same window of a freshly seeded database;
// - the departures chart: matplotlib scattering every move the chart counts (departures_matplotlib.py);
// - the interactive operations (filter, search, sort, timeline): the least possible, the sqlite3
//   shell running the same queries plus bare Qt widgets painting the same screen, each run after
//   the same pause as Talentflow's (a person's click comes after one; caches cool in it);
// - the others (search's answer, talent flow, edit): the sqlite3 shell running the same queries.
// Memory is absolute: the peak resident set of the import and of the large file's window
// (GNU time), and of this process while it scrolls the whole table.

#include "BarePaint.h"
#include "models/BrowseRepository.h"
#include "models/Database.h"
#include "models/FlowRepository.h"
#include "models/RolesTableModel.h"
#include "models/SearchRepository.h"
#include "models/Summaries.h"
#include "models/AllocatorTuning.h"
#include "models/WorkerPool.h"
#include "ui/chart/ChartExporter.h"
#include "ui/chart/ChartPanel.h"
#include "ui/chart/TimelineChart.h"
#include "ui/chart/TimelineView.h"
#include "ui/browse/FilterBar.h"
#include "ui/MainWindow.h"
#include "ui/browse/RolesTableView.h"
#include "ui/edit/EditHistory.h"
#include "ui/edit/Workbench.h"
#include "models/WorkerStartGate.h"

#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>

using namespace talentflow;

namespace {

const char *const usage =
    "usage: talentflow_benchmark [--dir DIR] [--people N] [--roles N] [--movements N] [--reuse] [--runs N]\n"
    "                            [--only import,startup,window,chart,memory,filter,search,sort,timeline,export,flows,edit]\n"
    "DIR (default: the temporary folder's talentflow-benchmark) holds cited-M.json and cited-M.sqlite\n"
    "(M: --movements, default 1000000), and seed.sqlite, seeded afresh on every run. A missing JSON\n"
    "file is generated from the seed's citations; the database is imported again from it unless\n"
    "--reuse finds it there, or --only leaves out import.\n";

// Whether every argument is one the benchmark knows: a mistyped one must not start an import
// that replaces the database.
bool knownArguments(const QStringList &args)
{
    static const QStringList valued{QStringLiteral("--dir"), QStringLiteral("--people"), QStringLiteral("--roles"),
                                    QStringLiteral("--movements"), QStringLiteral("--runs"), QStringLiteral("--only")};
    for (int i = 1; i < args.size(); ++i) {
        if (valued.contains(args.at(i)) && i + 1 < args.size())
            ++i;
        else if (args.at(i) != QLatin1String("--reuse"))
            return false;
    }
    return true;
}

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const int at = int(args.indexOf(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

// The longest time the GUI thread went without running its event loop.
class StallMonitor : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_sinceTick.restart());
        });
    }
    void start()
    {
        m_longest = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 stop()
    {
        QCoreApplication::processEvents();
        m_timer.stop();
        return std::max(m_longest, m_sinceTick.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

// Whether a widget has painted since it was armed, so an operation ends once what it changed is
// on the screen: the paint the event loop makes, not a grab that repaints the whole window.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *widget)
    {
        widget->installEventFilter(this);
    }
    void arm()
    {
        m_painted = false;
    }
    // Runs the event loop until the widget has painted since arm(), or a second has passed
    // (said, since the run's time is then wrong): a timer wakes the loop if nothing else does.
    void waitForPaint()
    {
        QElapsedTimer limit;
        limit.start();
        QTimer wake;
        wake.start(1000);
        while (!m_painted && limit.elapsed() < 1000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (!m_painted)
            std::printf("  (no paint within a second)\n");
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Seen as the paint starts; the processEvents() that delivers it returns once it ends.
        if (event->type() == QEvent::Paint)
            m_painted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = true;
};

qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+)")).match(text);
    return match.captured(1).toLongLong();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The median of runs each of which had to succeed: -1 (meets no target) if one failed.
double medianOfAll(const QList<double> &runs)
{
    return std::any_of(runs.cbegin(), runs.cend(), [](double ms) { return ms < 0; }) ? -1 : median(runs);
}

void printRuns(const char *name, const QList<double> &runs)
{
    QStringList shown;
    for (double ms : runs)
        shown.append(QString::number(ms, 'f', 1));
    std::printf("%s: %s ms\n", name, qPrintable(shown.join(QStringLiteral(", "))));
}

// The table's statement for the sqlite3 shell, its bound values set as shell parameters first.
QString tableStatement(const RolesTableModel &model)
{
    QString text;
    for (const auto &[name, value] : model.currentCondition().values) {
        const QString literal = value.typeId() == QMetaType::QString
            ? QStringLiteral("'%1'").arg(value.toString().replace(QLatin1Char('\''), QStringLiteral("''")))
            : value.toString();
        text += QStringLiteral(".parameter set %1 \"%2\"\n").arg(name, literal);
    }
    return text + model.currentStatement() + QStringLiteral(" LIMIT 256");
}

// The talent flow's statement for the sqlite3 shell, its bound values set as shell parameters first.
QString flowStatement(const FlowQuery &query)
{
    const SqlCondition statement = FlowRepository::statement(query, QSqlDatabase()); // no connection: SQLite's words, for the shell
    QString text;
    for (const auto &[name, value] : statement.values) {
        const QString literal = value.typeId() == QMetaType::QString
            ? QStringLiteral("'%1'").arg(value.toString().replace(QLatin1Char('\''), QStringLiteral("''")))
            : value.toString();
        text += QStringLiteral(".parameter set %1 \"%2\"\n").arg(name, literal);
    }
    return text + statement.sql;
}

// The wall time of one sqlite3 shell running a script.
double shellMs(const QString &database, const QString &script)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {database});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const QByteArray errors = shell.readAllStandardError();
    if (!errors.isEmpty() || shell.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3: %s\n", errors.constData());
        return -1;
    }
    return ms;
}

// The time the sqlite3 shell takes to run statements, each run after the statements `before`
// (what the window ran before the operation: unfiltered, unsorted), as Talentflow's runs are.
// sqlite3's .timer prints wall time to the millisecond only, which misreads statements of one or
// two milliseconds; so the shell runs [before, statements] many times over and [before] as many
// times, and the difference of the two shells' wall times, divided by the count, is the floor
// (the shell's own start-up cancels out). The median of three such pairs.
double sqliteMs(const QString &database, const QStringList &statements, const QStringList &before = {})
{
    // A busy timeout like the application's: a reader can meet a lock for a moment in WAL mode.
    // The connection settings of the application's own (busy timeout, page cache, temp store).
    const QString header =
        QStringLiteral(".timeout 2000\nPRAGMA cache_size = -65536;\nPRAGMA temp_store = MEMORY;\n.output /dev/null\n");
    const auto script = [&](int repeats, bool withStatements) {
        QString text = header;
        for (int run = 0; run < repeats; ++run) {
            for (const QString &statement : before)
                text += statement + QStringLiteral(";\n");
            if (withStatements) {
                for (const QString &statement : statements)
                    text += statement + QStringLiteral(";\n");
            }
        }
        return text;
    };
    // Enough repeats for about a second of the statements, at least three. A key lookup of a
    // tenth of a millisecond needs thousands: at 400 its difference was lost in the noise of two
    // shells' start-up, and the floor came out negative.
    double once = shellMs(database, script(1, true)) - shellMs(database, script(1, false));
    if (once < 20) // within the shells' start-up noise: estimate again over twenty runs
        once = (shellMs(database, script(20, true)) - shellMs(database, script(20, false))) / 20;
    const int repeats = std::clamp(int(1000.0 / std::max(once, 0.1)), 3, 3000);
    QList<double> floors;
    for (int pair = 0; pair < 3; ++pair) {
        const double with = shellMs(database, script(repeats, true));
        const double without = shellMs(database, script(repeats, false));
        if (with < 0 || without < 0)
            return 0;
        floors.append((with - without) / repeats);
    }
    // Below the shells' noise a floor can come out negative: it is then too small to measure.
    return std::max(0.0, median(floors));
}

// The time SQLite takes to run statements the way Talentflow's interactive runs meet them: each
// run after `before` and then the same pause (benchmark::QuietBeforeEachRunMs) as theirs, in one
// sqlite3 shell. Run back to back, a statement of a millisecond takes about half as long as after
// a pause, caches still warm. Each statement's time is the CPU time (user + system) the shell's
// .timer reports to the microsecond, which for pages in the operating system's cache is its wall
// time; its wall time is printed to the millisecond only. The median of `runs`; 0 if unmeasured.
double sqliteAfterPauseMs(const QString &database, const QStringList &statements, const QStringList &before = {}, int runs = 15)
{
    QString script = QStringLiteral(".timeout 2000\nPRAGMA cache_size = -65536;\nPRAGMA temp_store = MEMORY;\n.output /dev/null\n");
    const QString pause = QStringLiteral(".shell sleep %1\n").arg(benchmark::QuietBeforeEachRunMs / 1000.0);
    for (int run = 0; run < runs; ++run) {
        for (const QString &statement : before)
            script += statement + QStringLiteral(";\n");
        script += pause + QStringLiteral(".timer on\n");
        for (const QString &statement : statements)
            script += statement + QStringLiteral(";\n");
        script += QStringLiteral(".timer off\n");
    }
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {database});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    if (shell.exitCode() != 0 || !shell.readAllStandardError().isEmpty())
        return 0;
    // "Run Time: real 0.001 user 0.000960 sys 0.000000", a line per timed statement.
    static const QRegularExpression timing(QStringLiteral("Run Time: real [0-9.]+ user ([0-9.]+) sys ([0-9.]+)"));
    QList<double> statementMs;
    for (const QString &line : QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = timing.match(line);
        if (match.hasMatch())
            statementMs.append((match.captured(1).toDouble() + match.captured(2).toDouble()) * 1000.0);
    }
    if (statementMs.isEmpty() || statementMs.size() % runs != 0)
        return 0;
    const qsizetype perRun = statementMs.size() / runs;
    QList<double> runMs;
    for (qsizetype first = 0; first < statementMs.size(); first += perRun)
        runMs.append(std::accumulate(statementMs.begin() + first, statementMs.begin() + first + perRun, 0.0));
    return median(runMs);
}

double processMs(const QString &program, const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(-1);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        return -1; // meets no target
    }
    return ms;
}

// What a window of the application runs in here: no display, and settings of its own.
QProcessEnvironment windowEnvironment(const QString &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    return env;
}

// The first value a query gives in the sqlite3 shell, as text.
QString shellValue(const QString &database, const QString &query)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {database, query});
    shell.waitForFinished(-1);
    return QString::fromUtf8(shell.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0);
}

// One run of a child process: its wall time, the peak of its resident set, and what it printed.
struct ChildRun
{
    double ms = -1; // -1: it failed
    double peakMb = -1;
    QByteArray output;
};

// Runs a child under GNU time, which reports the child's own peak resident set (the kernel's
// maxrss of that one process), not this process's nor the sum of its children's.
ChildRun runMeasured(const QString &program, const QStringList &arguments,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    ChildRun run;
    QTemporaryFile report;
    if (!report.open())
        return run;
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/usr/bin/time"), QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"),
                                                                report.fileName(), program} + arguments);
    process.waitForFinished(-1);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    run.output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        return run;
    }
    // The last line is the peak resident set in KiB.
    const QList<QByteArray> lines = report.readAll().trimmed().split('\n');
    bool read = false;
    const double kb = lines.constLast().trimmed().toDouble(&read);
    run.ms = ms;
    run.peakMb = read ? kb / 1024.0 : -1;
    return run;
}

// A row of the table. The ratio is Talentflow's time over the floor; `floorIs` names the floor.
struct Result
{
    QString operation;
    double ours = 0;
    double floor = 0;
    QString floorIs;
    double target = 0; // ratio, or MB for memory
    qint64 stall = -1;
    bool absolute = false;
    // The parts of a "least possible" floor, for the table that shows them.
    double queryFloor = -1; // the sqlite3 shell's time for the same statements
    double barePaint = -1;  // what Qt's widgets alone take to paint the screen the operation ends on
};

const QString sqliteFloor = QStringLiteral("sqlite3 shell");
const QString leastPossible = QStringLiteral("least possible");

Result memoryRow(const QString &operation, double peakMb, double targetMb)
{
    Result result{operation, peakMb, 0, QString(), targetMb};
    result.absolute = true;
    return result;
}

// Lets the window finish what the previous operation started (queries in the pool, the results
// they post back, the repaint those results ask for), so each operation starts from an idle
// window, as a person's next click does.
void settle()
{
    QElapsedTimer idle;
    idle.start();
    while (idle.elapsed() < benchmark::QuietBeforeEachRunMs) {
        // Not waitForDone(): that retires the pool's threads, and with them the connections the
        // workers keep between a person's clicks.
        if (databaseWorkPool()->activeThreadCount() > 0 || WorkerStartGate::isHeld())
            idle.restart();
        // Sleeps in the event loop as an idle window does, rather than spinning a core the
        // workers need.
        benchmark::sleepInEventLoop(10);
    }
}

// Each interactive operation runs this many times (--runs), each from an idle window; the table
// shows the median, next to its floor (see sqliteMs).
int Runs = 5;

// The operations --only names; all of them without it.
QStringList onlyOperations;
bool wanted(const char *operation)
{
    return onlyOperations.isEmpty() || onlyOperations.contains(QLatin1String(operation));
}

struct Timing
{
    double median = 0;
    qint64 longestStall = 0;
};

// An interactive operation's row: its floor is the least possible, the sqlite3 floor of the rows
// it shows and then bare Qt widgets painting them (see BarePaint.h), or `least` where the parts
// overlap; unmeasured (0) when the bare paint could not be measured.
Result interactive(const QString &operation, const Timing &timing, double queryFloor, double barePaint, double least = -1)
{
    Result result{operation, timing.median, 0, leastPossible, 1.5, timing.longestStall};
    result.queryFloor = queryFloor;
    result.barePaint = barePaint;
    if (barePaint >= 0 && queryFloor > 0)
        result.floor = least >= 0 ? least : queryFloor + barePaint;
    return result;
}

Timing measure(const QString &name, StallMonitor &stalls, const std::function<void()> &prepare,
               const std::function<void()> &operation)
{
    QList<double> times;
    Timing timing;
    for (int run = 0; run < Runs; ++run) {
        prepare();
        settle();
        stalls.start();
        QElapsedTimer timer;
        timer.start();
        operation();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        // The stall watch goes on until the window is idle again: work the operation set off
        // after it ended (a search's chart) stalls the person's next keystroke just the same.
        settle();
        timing.longestStall = std::max(timing.longestStall, stalls.stop());
    }
    printRuns(qPrintable(name), times);
    timing.median = median(times);
    return timing;
}

// The tables an import writes, in the order their references need, each with its columns as
// read back from CSV: an empty field is NULL wherever the column allows NULL.
struct TableColumns
{
    const char *table;
    const char *columns;
};
const TableColumns importedTables[] = {
    {"source", "id, file, title, publisher, language, NULLIF(published, ''), published_precision, body, sha256, url"},
    {"company", "id, name_en, name_zh, row_version"},
    {"person", "id, name_en, name_zh, row_version"},
    {"person_alias", "id, person_id, alias"},
    {"dispute", "id, topic_en, topic_zh"},
    {"dispute_side", "id, dispute_id, summary_en, summary_zh"},
    {"role", "id, person_id, company_id, title_en, title_zh, NULLIF(start_date, ''), start_precision, "
             "NULLIF(end_date, ''), end_precision, NULLIF(dispute_id, ''), NULLIF(date_note, ''), ended_undated, row_version"},
    {"movement", "id, person_id, kind, company_id, NULLIF(to_company_id, ''), NULLIF(date, ''), precision, "
                 "NULLIF(dispute_id, ''), NULLIF(date_note, ''), row_version"},
    {"citation", "id, NULLIF(role_id, ''), NULLIF(movement_id, ''), NULLIF(dispute_side_id, ''), source_id, start, end, text, "
                 "prefix, suffix, body_sha256, NULLIF(stated_date, ''), stated_precision, NULLIF(stated_field, ''), anchor_state, "
                 "NULLIF(review_start, ''), NULLIF(review_end, '')"},
    // Its rowids too, as the import writes them (models/SearchIndex), in rowid order as read.
    {"search_index", "entry, person_id, text"},
    {"search_key", "entry, person_id, kind, key"},
};

void writeCsv(const QString &database, const QString &query, const QString &csv)
{
    QProcess exporter;
    exporter.setStandardOutputFile(csv);
    exporter.start(QStringLiteral("sqlite3"), {QStringLiteral("-csv"), database, query});
    exporter.waitForFinished(-1);
}

// The import's floor: the sqlite3 tool .importing, as CSV, every row Talentflow's import wrote
// (each table's rows, the search index's too) into a file with the same schema, in one
// transaction, with the same page cache. Returns its time, and the time of the movement rows
// alone into a bare table (the narrower floor, printed for comparison).
std::pair<double, double> importFloors(const QString &talentflow, const QString &database, const QString &dir)
{
    const QString floorDb = dir + QStringLiteral("/floor.sqlite");
    QFile::remove(floorDb);
    QFile::remove(floorDb + QStringLiteral("-wal"));
    processMs(talentflow, {QStringLiteral("--new-database"), floorDb, QStringLiteral("--empty")});
    // Like the import, the shell loads the rows with the indexes dropped and builds them at the end.
    QProcess definitions;
    definitions.start(QStringLiteral("sqlite3"), {floorDb, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")});
    definitions.waitForFinished(-1);
    const QStringList indexes = QString::fromUtf8(definitions.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // The import's page cache (models/DataTransfer).
    QString script = QStringLiteral("PRAGMA cache_size = -262144;\nPRAGMA temp_store = MEMORY;\nBEGIN;\n");
    for (const QString &index : indexes)
        script += QStringLiteral("DROP INDEX %1;\n").arg(index.section(QLatin1Char(' '), 2, 2));
    // And without the summaries' triggers, filling the summaries once at the end, as the import does.
    QProcess triggers;
    triggers.start(QStringLiteral("sqlite3"), {floorDb, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")});
    triggers.waitForFinished(-1);
    for (const QString &trigger : QString::fromUtf8(triggers.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        script += QStringLiteral("DROP TRIGGER %1;\n").arg(trigger);
    for (const TableColumns &table : importedTables) {
        const QString name = QLatin1String(table.table);
        const QString csv = dir + QStringLiteral("/%1.csv").arg(name);
        const bool virtualTable = name == QLatin1String("search_index");
        writeCsv(database, QStringLiteral("SELECT %1 FROM %2").arg(virtualTable ? QStringLiteral("rowid, person_id, text") : QStringLiteral("*"), name), csv);
        if (virtualTable) {
            script += QStringLiteral("CREATE TEMP TABLE csv_%1 (entry INTEGER, person_id INTEGER, text TEXT);\n"
                                     ".import --csv %2 csv_%1\n"
                                     "INSERT INTO %1 (rowid, person_id, text) SELECT %3 FROM csv_%1;\n")
                          .arg(name, csv, QLatin1String(table.columns));
            continue;
        }
        script += QStringLiteral("CREATE TEMP TABLE csv_%1 AS SELECT * FROM %1 WHERE 0;\n"
                                 ".import --csv %2 csv_%1\n"
                                 "INSERT INTO %1 SELECT %3 FROM csv_%1;\n")
                      .arg(name, csv, QLatin1String(table.columns));
    }
    for (const QString &index : indexes)
        script += index + QStringLiteral(";\n");
    for (const QString &statement : Summaries::rebuildStatements())
        script += statement + QStringLiteral(";\n");
    script += QStringLiteral("COMMIT;\n");
    const QString scriptFile = dir + QStringLiteral("/floor.sql");
    QFile out(scriptFile);
    out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    out.write(script.toUtf8());
    out.close();
    const double everyRow = processMs(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), floorDb, QStringLiteral(".read %1").arg(scriptFile)});

    const QString movementsDb = dir + QStringLiteral("/floor-movements.sqlite");
    QFile::remove(movementsDb);
    const double movementRows = processMs(QStringLiteral("sqlite3"), {movementsDb, QStringLiteral("CREATE TABLE movement (id INTEGER PRIMARY KEY, person_id INTEGER, kind TEXT, "
                                                                                                  "company_id INTEGER, to_company_id INTEGER, date TEXT, precision TEXT, dispute_id INTEGER)"),
                                                                      QStringLiteral(".import --csv %1 movement").arg(dir + QStringLiteral("/movement.csv"))});
    return {everyRow, movementRows};
}

QString millis(double ms)
{
    return ms < 0 ? QStringLiteral("failed") : QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
}

// Prints each row with its floor, ratio and target, then the parts of each least-possible floor;
// returns whether every row met its target and its stall limit.
bool printTable(const QList<Result> &results)
{
    constexpr qint64 stallLimitMs = 100;
    std::printf("\n| operation | Talentflow | floor | floor is | ratio | target | longest GUI stall |\n"
                "|---|---:|---:|---|---:|---:|---:|\n");
    bool allMet = true;
    for (const Result &r : results) {
        // A run that failed, or a floor that could not be measured, meets nothing.
        const bool measured = r.ours > 0 && (r.absolute || r.floor > 0);
        const bool met = measured && (r.absolute ? r.ours <= r.target : r.ours / r.floor <= r.target);
        const bool stallMet = r.stall < 0 || r.stall <= stallLimitMs;
        allMet = allMet && met && stallMet;
        const QString stall = r.stall < 0 ? QStringLiteral("—") : QStringLiteral("%1 ms %2").arg(r.stall).arg(stallMet ? QStringLiteral("✓") : QStringLiteral("✗"));
        const char *mark = met ? "✓" : "✗";
        if (r.absolute) {
            const QString peak = r.ours > 0 ? QStringLiteral("%1 MB").arg(r.ours, 0, 'f', 0) : QStringLiteral("failed");
            std::printf("| %s | %s | — | — | — | ≤ %.0f MB %s | %s |\n", qPrintable(r.operation), qPrintable(peak), r.target, mark,
                        qPrintable(stall));
            continue;
        }
        const QString floor = r.floor > 0 ? millis(r.floor) : QStringLiteral("unmeasured");
        const QString ratio = measured ? QStringLiteral("%1×").arg(r.ours / r.floor, 0, 'f', 2) : QStringLiteral("—");
        std::printf("| %s | %s | %s | %s | %s | ≤ %.1f× %s | %s |\n", qPrintable(r.operation), qPrintable(millis(r.ours)),
                    qPrintable(floor), qPrintable(r.floorIs), qPrintable(ratio), r.target, mark, qPrintable(stall));
    }

    // The least a Qt Widgets window could take: the sqlite3 floor of the rows an operation shows,
    // then bare Qt widgets painting them. The last column is what the ratio to the sqlite3 shell
    // alone would be.
    bool headed = false;
    for (const Result &r : results) {
        if (r.floorIs != leastPossible)
            continue;
        if (!headed) {
            std::printf("\n| operation | sqlite3 shell | bare Qt paint | least possible | Talentflow / sqlite3 shell |\n"
                        "|---|---:|---:|---:|---:|\n");
            headed = true;
        }
        const QString paint = r.barePaint >= 0 ? millis(r.barePaint) : QStringLiteral("unmeasured");
        const QString least = r.floor > 0 ? millis(r.floor) : QStringLiteral("unmeasured");
        const QString ratio = r.ours > 0 && r.queryFloor > 0 ? QStringLiteral("%1×").arg(r.ours / r.queryFloor, 0, 'f', 2) : QStringLiteral("—");
        std::printf("| %s | %s | %s | %s | %s |\n", qPrintable(r.operation), qPrintable(millis(r.queryFloor)), qPrintable(paint),
                    qPrintable(least), qPrintable(ratio));
    }
    return allMet;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    tuneAllocatorForLargeResults(); // as the application does
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("talentflow-benchmark"));
    const QStringList args = QCoreApplication::arguments();
    if (!knownArguments(args)) {
        const bool help = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
        std::fputs(usage, help ? stdout : stderr);
        return help ? 0 : 2;
    }
    const QString dir = option(args, QStringLiteral("--dir"), QDir::temp().filePath(QStringLiteral("talentflow-benchmark")));
    QDir().mkpath(dir);
    Runs = std::max(1, option(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    onlyOperations = option(args, QStringLiteral("--only"), QString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString people = option(args, QStringLiteral("--people"), QStringLiteral("100000"));
    const QString roles = option(args, QStringLiteral("--roles"), QStringLiteral("200000"));
    const QString movements = option(args, QStringLiteral("--movements"), QStringLiteral("1000000"));
    const QString json = dir + QStringLiteral("/cited-%1.json").arg(movements);
    const QString database = dir + QStringLiteral("/cited-%1.sqlite").arg(movements);
    const QString here = QCoreApplication::applicationDirPath();
    const QString talentflow = QStringLiteral(TALENTFLOW_BINARY);
    const QProcessEnvironment gui = windowEnvironment(dir);
    const QString imageSize = QStringLiteral("1600x900");
    QList<Result> results;

    std::printf("data: %s people, %s roles, %s movements in %s\n", qPrintable(people), qPrintable(roles),
                qPrintable(movements), qPrintable(dir));
    // A freshly seeded database: what the large file's window is measured against, and, exported,
    // the citations and articles the generated facts copy.
    const QString seed = dir + QStringLiteral("/seed.sqlite");
    const QString seedJson = dir + QStringLiteral("/seed.json");
    for (const QString &stale : {seed, seed + QStringLiteral("-wal"), seed + QStringLiteral("-shm"), seedJson})
        QFile::remove(stale);
    if (processMs(talentflow, {QStringLiteral("--new-database"), seed}) < 0
        || processMs(talentflow, {QStringLiteral("--database"), seed, QStringLiteral("--export-data"), seedJson}) < 0)
        return 1;
    const bool importing = wanted("import") && (!args.contains(QStringLiteral("--reuse")) || !QFile::exists(database));
    if (importing && !QFile::exists(json)) {
        std::printf("generating…\n");
        const ChildRun generated = runMeasured(here + QStringLiteral("/talentflow_generate_dataset"),
                                               {json, QStringLiteral("--people"), people, QStringLiteral("--roles"), roles,
                                                QStringLiteral("--movements"), movements, QStringLiteral("--citations-from"), seedJson});
        if (generated.ms < 0) {
            QFile::remove(json); // half a file would be taken for a whole one next time
            return 1;
        }
        std::printf("%s", generated.output.constData());
    }

    // Import, vs sqlite3 .import of the same rows as CSV; and the import's peak memory.
    if (importing) {
        std::printf("importing…\n");
        QFile::remove(database);
        processMs(talentflow, {QStringLiteral("--new-database"), database, QStringLiteral("--empty")});
        const ChildRun ours = runMeasured(talentflow, {QStringLiteral("--database"), database, QStringLiteral("--import-data"), json});
        std::printf("%s", ours.output.constData());
        if (ours.ms < 0)
            return 1; // every measure after this one reads what the import wrote
        const auto [everyRow, movementRows] = importFloors(talentflow, database, dir);
        std::printf("import: %.0f ms, peak %.0f MB; sqlite3 .import of every row it wrote %.0f ms (%.2f×), of the movement rows "
                    "alone %.0f ms (%.2f×)\n",
                    ours.ms, ours.peakMb, everyRow, ours.ms / everyRow, movementRows, ours.ms / movementRows);
        const QString citations = shellValue(database, QStringLiteral("SELECT count(*) FROM citation"));
        results.append({QStringLiteral("import %1 movements, %2 citations").arg(movements, citations), ours.ms, everyRow,
                        QStringLiteral("sqlite3 .import"), 2});
        results.append(memoryRow(QStringLiteral("peak memory of the import"), ours.peakMb, 600));
    }

    // Start to first paint of the seeded database, vs a bare window. Medians of as many runs each.
    if (wanted("startup")) {
        QProcessEnvironment firstPaint = gui;
        firstPaint.insert(QStringLiteral("TALENTFLOW_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        QList<double> ours;
        QList<double> floor;
        for (int run = 0; run < Runs; ++run) {
            ours.append(processMs(talentflow, {QStringLiteral("--database"), seed}, firstPaint));
            floor.append(processMs(here + QStringLiteral("/talentflow_bare_window"), {}, firstPaint));
        }
        printRuns("start to first paint (seeded database)", ours);
        printRuns("bare window", floor);
        results.append({QStringLiteral("start to first painted window (seeded database)"), medianOfAll(ours), medianOfAll(floor),
                        QStringLiteral("bare Qt window"), 1.5});
    }

    // The complete window (--screenshot exits once the chart, counts and company list are in) of
    // the large file, vs the same of the seeded database, in turns; and the large one's peak memory.
    if (wanted("window")) {
        QList<double> large;
        QList<double> seeded;
        double peakMb = 0;
        for (int run = 0; run < Runs; ++run) {
            const ChildRun ours = runMeasured(talentflow, {QStringLiteral("--database"), database, QStringLiteral("--screenshot"),
                                                           dir + QStringLiteral("/window.png"), QStringLiteral("--size"), imageSize}, gui);
            const ChildRun floor = runMeasured(talentflow, {QStringLiteral("--database"), seed, QStringLiteral("--screenshot"),
                                                            dir + QStringLiteral("/window-seed.png"), QStringLiteral("--size"), imageSize}, gui);
            large.append(ours.ms);
            seeded.append(floor.ms);
            // The worst run's; a run that failed or went unmeasured fails the row.
            peakMb = ours.peakMb < 0 || peakMb < 0 ? -1 : std::max(peakMb, ours.peakMb);
        }
        printRuns("complete window", large);
        printRuns("complete window (seeded database)", seeded);
        results.append({QStringLiteral("complete window, %1").arg(imageSize), medianOfAll(large), medianOfAll(seeded),
                        QStringLiteral("seeded window"), 3});
        results.append(memoryRow(QStringLiteral("peak memory of the complete window"), peakMb, 300));
    }

    // The departures chart as a PNG, vs matplotlib scattering every move it counts, in turns.
    if (wanted("chart")) {
        // Debian's python3-matplotlib is installed for the system's interpreter, which another
        // python3 earlier on the PATH (pyenv, a virtual environment) may not see.
        const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
        QList<double> ours;
        QList<double> floor;
        for (int run = 0; run < Runs; ++run) {
            ours.append(processMs(talentflow, {QStringLiteral("--database"), database, QStringLiteral("--export-chart"),
                                               dir + QStringLiteral("/departures.png"), QStringLiteral("--view"),
                                               QStringLiteral("departures"), QStringLiteral("--size"), imageSize}, gui));
            floor.append(processMs(python, {QStringLiteral(TALENTFLOW_BENCHMARK_SOURCES "/departures_matplotlib.py"), database,
                                            dir + QStringLiteral("/departures-matplotlib.png"), imageSize}));
        }
        printRuns("departures chart", ours);
        printRuns("matplotlib", floor);
        results.append({QStringLiteral("departures chart, %1 PNG").arg(imageSize), medianOfAll(ours), medianOfAll(floor),
                        QStringLiteral("matplotlib"), 0.5});
    }

    QString error;
    std::unique_ptr<Database> db = Database::open(database, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // The company with the most roles.
    QSqlQuery biggest(db->connection());
    biggest.exec(QStringLiteral("SELECT company_id, count(*) FROM role GROUP BY company_id ORDER BY 2 DESC LIMIT 1"));
    biggest.next();
    const qint64 company = biggest.value(0).toLongLong();
    biggest.finish();

    MainWindow window;
    window.setPersistent(false);
    window.setDatabase(std::move(db));
    window.resize(1600, 1000);
    window.show();
    ChartPanel *panel = window.chartPanel();
    QSignalSpy firstChart(panel, &ChartPanel::rebuilt);
    if (firstChart.isEmpty())
        firstChart.wait(600000);
    QCoreApplication::processEvents();
    StallMonitor stalls;
    auto *model = qobject_cast<RolesTableModel *>(window.rolesView()->model());

    // Peak memory while scrolling the whole table, top to bottom.
    if (wanted("memory")) {
        settle();
        stalls.start();
        QTableView *view = window.rolesView();
        while (model->canFetchMore()) {
            model->fetchMore();
            view->scrollToBottom();
            QCoreApplication::processEvents();
        }
        Result memory = memoryRow(QStringLiteral("peak memory scrolling all %1 roles").arg(model->rowCount()),
                                  double(peakResidentKb()) / 1024.0, 300);
        memory.stall = stalls.stop();
        results.append(memory);
        window.rolesView()->scrollToTop();
    }

    // What each interactive operation's preparation leaves the table running: the whole table,
    // in its first order. The floors run it before each of their runs too.
    const QString unfiltered = tableStatement(*model);

    // Company filter: first screen of the table, the counts and the chart. The first run starts
    // from the fully scrolled table above, so it also releases every row fetched there.
    if (wanted("filter")) {
        // Timed until the new chart is painted: a new chart is painted after its rows, the table's after its own.
        PaintWatcher chartPainted(panel->findChild<QChartView *>()->viewport());
        const Timing timing = measure(QStringLiteral("company filter"), stalls, [&] { window.filterBar()->setCompanyId(0); }, [&] {
            QSignalSpy rebuilt(panel, &ChartPanel::rebuilt);
            const QMetaObject::Connection armed = QObject::connect(panel, &ChartPanel::rebuilt, &chartPainted, &PaintWatcher::arm);
            QSignalSpy applied(&window, &MainWindow::filterApplied);
            QElapsedTimer timer;
            timer.start();
            window.filterBar()->setCompanyId(company);
            if (applied.isEmpty())
                applied.wait(600000);
            const qint64 tableShown = timer.elapsed();
            if (rebuilt.isEmpty())
                rebuilt.wait(600000);
            const qint64 chartShown = timer.elapsed();
            chartPainted.waitForPaint();
            QObject::disconnect(armed);
            std::printf("  table %lld ms, chart %lld ms, painted %lld ms\n", qint64(tableShown), qint64(chartShown), qint64(timer.elapsed()));
        });
        const QString c = QString::number(company);
        // Its people's moves at or to it, from the company's two indexes alone (models/FilterCondition).
        const QString companyMoves =
            QStringLiteral("m.id IN (SELECT id FROM movement WHERE company_id = %1 AND person_id IN (SELECT person_id FROM role WHERE company_id = %1) "
                           "UNION ALL SELECT id FROM movement WHERE to_company_id = %1 AND person_id IN (SELECT person_id FROM role WHERE company_id = %1))")
                .arg(c);
        const QStringList table = {tableStatement(*model)};
        const QStringList counts = {
            QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT r.person_id FROM role r WHERE r.company_id = %1)").arg(c),
            QStringLiteral("SELECT count(*) FROM movement m WHERE %1").arg(companyMoves)};
        const QStringList chart = {
            QStringLiteral("SELECT r.person_id, r.company_id, r.start_date, r.end_date, r.title_en, r.title_zh FROM role r WHERE r.company_id = %1").arg(c),
            QStringLiteral("SELECT m.id, m.person_id, m.kind, m.company_id, m.to_company_id, m.date, m.dispute_id, "
                           "(SELECT c.text FROM citation c WHERE c.movement_id = m.id ORDER BY c.source_id, c.start LIMIT 1) FROM movement m "
                           "WHERE %1").arg(companyMoves)};
        const double floor = sqliteAfterPauseMs(database, table + counts + chart, {unfiltered});
        const double bareTable = benchmark::bareTableRepaintMs(*window.rolesView(), Runs * 3);
        const double bareChart = benchmark::bareChartMs(*panel->findChild<QChartView *>(), Runs);
        const QString name = QStringLiteral("company filter (table, counts, chart)");
        if (bareTable >= 0 && bareChart >= 0) {
            // The queries may run side by side on workers, but each paint follows its own rows,
            // and both paints take turns on the GUI thread.
            const double tableFloor = sqliteAfterPauseMs(database, table, {unfiltered});
            const double chartFloor = sqliteAfterPauseMs(database, chart, {unfiltered});
            const double least = std::max({tableFloor + bareTable, chartFloor + bareChart, bareTable + bareChart});
            results.append(interactive(name, timing, floor, bareTable + bareChart, least));
        } else {
            results.append(interactive(name, timing, floor, -1));
        }
    }
    window.filterBar()->setCompanyId(0);
    settle();

    // Search, in both scripts.
    QSqlQuery sample(model->database());
    sample.exec(QStringLiteral("SELECT name_en, name_zh FROM person WHERE id = 4242"));
    sample.next();
    const QString english = sample.value(0).toString().section(QLatin1Char(' '), 1, 1); // a surname
    const QString chinese = sample.value(1).toString().left(2);                         // two characters
    sample.finish();
    // The pinyin of the same person's Chinese name, as a reader types it without an input method.
    sample.exec(QStringLiteral("SELECT key FROM search_key WHERE person_id = 4242 AND kind = 3 ORDER BY length(key) DESC LIMIT 1"));
    const QString pinyin = sample.next() ? sample.value(0).toString() : QString();
    sample.finish();
    for (const QString &text : {english, chinese, pinyin}) {
        if (text.isEmpty())
            continue;
        if (!wanted("search"))
            break;
        const Timing timing = measure(QStringLiteral("search \"%1\"").arg(text), stalls, [&] { window.filterBar()->setSearchText(QString()); }, [&] {
            QSignalSpy applied(&window, &MainWindow::filterApplied);
            window.filterBar()->setSearchText(text);
            if (applied.isEmpty())
                applied.wait(600000);
            QCoreApplication::processEvents();
        });
        QString quoted = text;
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        // The pinyin's floor is the lookup of its key, the others' the index's substring query.
        const QString query = text == pinyin
            ? QStringLiteral("SELECT DISTINCT person_id FROM search_key WHERE key = '%1' ORDER BY person_id").arg(quoted)
            : text.size() >= 3
            ? QStringLiteral("SELECT DISTINCT person_id FROM search_index WHERE search_index MATCH '\"%1\"' ORDER BY person_id").arg(quoted)
            : QStringLiteral("SELECT DISTINCT person_id FROM search_index WHERE text LIKE '%%1%' ESCAPE '\\' ORDER BY person_id").arg(quoted);
        const double floor = sqliteAfterPauseMs(database, {query, tableStatement(*model)}, {unfiltered});
        // The rows come from the matches: the table's paint follows the whole query.
        results.append(interactive((text == pinyin ? QStringLiteral("search \"%1\" (pinyin key)") : QStringLiteral("search \"%1\"")).arg(text),
                                   timing, floor, benchmark::bareTableRepaintMs(*window.rolesView(), Runs * 3)));
    }
    window.filterBar()->setSearchText(QString());
    settle();

    // The pinyin search's answer alone (every key lookup, the substring query and the names the
    // status bar shows), next to the same statements in the sqlite3 shell.
    if (wanted("search") && !pinyin.isEmpty()) {
        const SearchRepository search(model->database());
        QString error;
        QList<double> times;
        for (int run = 0; run < 200; ++run) {
            QElapsedTimer timer;
            timer.start();
            const std::optional<SearchOutcome> found = search.search(pinyin, &error);
            times.append(timer.nsecsElapsed() / 1e6);
            if (!found || found->matches.isEmpty())
                std::printf("the pinyin search found no one: %s\n", qPrintable(error));
        }
        QString quoted = pinyin;
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        // The same lookup: the statements the search runs, with the same values (models/SearchRepository).
        const double floor = sqliteMs(
            database,
            {QStringLiteral("SELECT k.person_id, k.kind, k.key, k.entry, (SELECT text FROM search_index WHERE rowid = k.entry) "
                            "FROM search_key k WHERE k.key IN ('%1', '%1')").arg(quoted),
             QStringLiteral("SELECT k.person_id, (SELECT text FROM search_index WHERE rowid = k.entry) FROM search_key k "
                            "WHERE k.key > '%1' AND k.key < '%1{' AND k.kind = 3").arg(quoted),
             QStringLiteral("SELECT rowid, person_id, CASE WHEN rowid < %2 THEN text END FROM search_index "
                            "WHERE search_index MATCH '\"%1\"'").arg(quoted).arg(qint64(4) << 56),
             QStringLiteral("SELECT name_en, name_zh FROM person WHERE id = 4242")});
        std::printf("search's answer for \"%s\": median of 200 runs %.3f ms\n", qPrintable(pinyin), median(times));
        results.append({QStringLiteral("search's answer for \"%1\" (pinyin key)").arg(pinyin), median(times), floor, sqliteFloor, 1.5});
    }

    // Sort by date to the first screen.
    if (wanted("sort")) {
        const Timing timing = measure(QStringLiteral("sort by start date"), stalls,
                                      [&] { window.rolesView()->sortByColumn(RolesTableModel::Person, Qt::AscendingOrder); }, [&] {
                                          window.rolesView()->sortByColumn(RolesTableModel::Start, Qt::DescendingOrder);
                                          QCoreApplication::processEvents();
                                      });
        const double floor = sqliteAfterPauseMs(database, {tableStatement(*model)}, {unfiltered});
        results.append(interactive(QStringLiteral("sort by start date"), timing, floor,
                                   benchmark::bareTableRepaintMs(*window.rolesView(), Runs * 3)));
    }

    // The timeline of the largest company, built and rendered at 1600×900 @2×.
    if (wanted("timeline")) {
        bool loaded = true;
        QImage image;
        // What a run builds is torn down before the next (untimed): the operation ends with the image.
        std::unique_ptr<Database> own;
        std::optional<TimelineInput> input;
        std::unique_ptr<TimelineChart> chart;
        const auto tearDown = [&] {
            chart.reset();
            input.reset();
            own.reset();
        };
        const Timing timing = measure(QStringLiteral("timeline"), stalls, tearDown, [&] {
            ChartRequest request;
            request.filter.companyId = company;
            QElapsedTimer phase;
            phase.start();
            own = Database::open(database, &error, nullptr, Database::Access::Automatic, Database::Verify::Later);
            const qint64 opened = phase.restart();
            input = own ? TimelineRepository(own->connection()).load(request, &error) : std::nullopt;
            if (!input) {
                loaded = false;
                return;
            }
            const qint64 load = phase.restart();
            chart = std::make_unique<TimelineChart>(input->data, input->steps, request.spec());
            const qint64 built = phase.restart();
            image = ChartExporter::renderImage(*chart, QSize(1600, 900), 2);
            std::printf("  open %lld ms, load %lld ms, build %lld ms, render %lld ms\n", qint64(opened), qint64(load),
                        qint64(built), qint64(phase.elapsed()));
        });
        if (!loaded) {
            std::fprintf(stderr, "timeline: %s\n", qPrintable(error));
            return 1;
        }
        // Qt Charts alone drawing the last run's points, lanes and dates into as large an image.
        const double barePaint = chart ? benchmark::bareChartImageMs(*chart->chart(), QSize(1600, 900), 2, Runs) : -1;
        tearDown();
        image.save(dir + QStringLiteral("/timeline.png")); // to look at; encoding is not timed
        const double floor = sqliteAfterPauseMs(database, {QStringLiteral("SELECT person_id, kind, substr(date, 1, 7), count(*) FROM movement "
                                                                "WHERE company_id = %1 OR to_company_id = %1 GROUP BY 1, 2, 3").arg(company)},
                                      {});
        Result rendered = interactive(QStringLiteral("timeline of the largest company, 1600×900 @2×"), timing, floor, barePaint);
        // Read and rendered with no window, as the command line's --export-chart does: there is
        // no window to stall. The window's own export is the next row.
        rendered.stall = -1;
        results.append(rendered);
    }

    // The window exports the chart it shows (the largest company's) as a 1600×900 @2× PNG, as
    // File ▸ Export Chart does: drawn from the data it was drawn from and rendered on the GUI
    // thread, compressed and written on a worker; timed until written. Its least possible: Qt
    // Charts alone rendering the same points, lanes and dates into as large an image and writing
    // it as PNG, all on one thread.
    if (wanted("export")) {
        QSignalSpy rebuilt(panel, &ChartPanel::rebuilt);
        window.filterBar()->setCompanyId(company);
        if (rebuilt.isEmpty())
            rebuilt.wait(600000);
        settle();
        const QString png = dir + QStringLiteral("/window-export.png");
        bool exported = true;
        const Timing timing = measure(QStringLiteral("export the window's chart"), stalls, [] {}, [&] {
            ChartExportSettings settings;
            settings.size = QSize(1600, 900);
            settings.scale = 2;
            settings.asInWindow = true;
            const std::unique_ptr<ExportedChart> shown = panel->exportedChart(&error);
            std::optional<PreparedExport> prepared = shown ? ChartExporter::preparePng(*shown, png, settings, &error) : std::nullopt;
            if (!prepared) {
                exported = false;
                return;
            }
            std::optional<QString> written;
            ChartExporter::writeInBackground(std::move(*prepared), &window, [&written](const QString &failure) { written = failure; });
            while (!written)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            if (!written->isEmpty()) {
                error = *written;
                exported = false;
            }
        });
        if (!exported) {
            std::fprintf(stderr, "export: %s\n", qPrintable(error));
            return 1;
        }
        const TimelineChart *shown = panel->view()->timeline();
        const double least = shown ? benchmark::bareChartImageMs(*shown->chart(), QSize(1600, 900), 2, Runs,
                                                                 dir + QStringLiteral("/bare-export.png"))
                                   : -1;
        Result result{QStringLiteral("export the window's chart of the largest company, 1600×900 @2× PNG"), timing.median, least,
                      QStringLiteral("bare Qt render + PNG"), 1.5, timing.longestStall};
        results.append(result);
        window.filterBar()->setCompanyId(0);
        settle();
    }

    // The talent flow of every move, read and laid out at 1600×900, against its one statement in
    // the sqlite3 shell (every person's path, counted per company and year).
    if (wanted("flows")) {
        bool loaded = true;
        std::unique_ptr<Database> own;
        std::optional<TalentFlowData> data;
        std::unique_ptr<FlowDiagram> diagram;
        const auto tearDown = [&] {
            diagram.reset();
            data.reset();
            own.reset();
        };
        const FlowQuery query;
        qint64 diagramMs = 0; // the longest building and laying out of the diagram
        const Timing timing = measure(QStringLiteral("talent flow"), stalls, tearDown, [&] {
            own = Database::open(database, &error, nullptr, Database::Access::Automatic, Database::Verify::Later);
            data = own ? FlowRepository(own->connection()).load(query, &error) : std::nullopt;
            if (!data) {
                loaded = false;
                return;
            }
            QElapsedTimer onGuiThread;
            onGuiThread.start();
            diagram = std::make_unique<FlowDiagram>(*data, FilterDescription());
            diagram->drawRibbonsInBackground(1); // as FlowView has it
            diagram->layoutTo(QSizeF(1600, 900));
            diagram->highlightPerson(0); // as the view does when it takes the diagram
            ChartExporter::renderImage(*diagram, QSize(1600, 900), 1); // its first paint
            const qint64 shown = onGuiThread.elapsed();
            // Then the ribbons, filled on a worker, and the paint that shows them.
            QSignalSpy ready(diagram.get(), &FlowDiagram::ribbonsReady);
            if (!diagram->areRibbonsReady() && !ready.wait(600000)) {
                loaded = false;
                error = QStringLiteral("the ribbons were never drawn");
                return;
            }
            onGuiThread.restart();
            ChartExporter::renderImage(*diagram, QSize(1600, 900), 1);
            const qint64 repainted = onGuiThread.elapsed();
            diagramMs = std::max({diagramMs, shown, repainted});
            std::printf("  diagram built and painted %lld ms, painted again with its ribbons %lld ms\n", shown, repainted);
        });
        if (!loaded) {
            std::fprintf(stderr, "flows: %s\n", qPrintable(error));
            return 1;
        }
        ChartExporter::renderImage(*diagram, QSize(1600, 900), 1).save(dir + QStringLiteral("/flows.png")); // to look at
        tearDown();
        const double floor = sqliteMs(database, {flowStatement(query)}, {});
        // The window reads the flows on a worker (DataSession::flows) and fills the ribbons on
        // another; it only builds, lays out and paints the diagram on its GUI thread, and paints
        // again when the ribbons are in: those are its stalls, not this thread's whole run.
        results.append({QStringLiteral("talent flow of every move, 1600×900"), timing.median, floor, sqliteFloor, 3, diagramMs});
    }

    // An edit and its undo as the workbench makes them: words of an article cited as evidence
    // that dates an undated move, to the window showing the change (table, counts and chart
    // refreshed and painted); then Edit ▸ Undo, the same way. The floor: the edit's own writes in
    // the sqlite3 shell (rolled back, so each repeat starts from the same file), then the
    // statements the unfiltered window reads again: the table's first screen, the counts, and
    // the chart's busiest lanes with their roles and moves.
    if (wanted("edit")) {
        QSqlQuery pick(model->database());
        pick.exec(QStringLiteral("SELECT m.id, m.person_id FROM movement m WHERE m.date IS NULL LIMIT 1"));
        const bool haveMove = pick.next();
        const qint64 movement = pick.value(0).toLongLong();
        const qint64 person = pick.value(1).toLongLong();
        pick.finish();
        pick.exec(QStringLiteral("SELECT id, body FROM source ORDER BY id LIMIT 1"));
        const bool haveSource = pick.next();
        const qint64 source = pick.value(0).toLongLong();
        const QString body = pick.value(1).toString();
        pick.finish();
        if (!haveMove || !haveSource || body.size() < 40) {
            std::fprintf(stderr, "edit: no undated move or no article to cite\n");
            return 1;
        }
        NewCitation citation;
        citation.fact = {FactType::Movement, movement};
        citation.quote = {source, 0, 40};
        citation.statedDate = PartialDate::day(2026, 1, 14);
        EditHistory *history = window.workbench()->history();
        QUndoStack *stack = history->stack();
        bool refused = false;
        const auto waitForWindow = [&](const std::function<void()> &change) {
            QSignalSpy rebuilt(panel, &ChartPanel::rebuilt);
            QSignalSpy applied(&window, &MainWindow::filterApplied);
            QElapsedTimer timer;
            timer.start();
            change();
            const qint64 written = timer.elapsed(); // the write, and what its signal ran at once
            if (applied.isEmpty())
                applied.wait(600000);
            const qint64 tableShown = timer.elapsed();
            if (rebuilt.isEmpty())
                rebuilt.wait(600000);
            const qint64 chartShown = timer.elapsed();
            window.grab();
            std::printf("  written %lld ms, table %lld ms, chart %lld ms, painted %lld ms\n", written, tableShown, chartShown,
                        qint64(timer.elapsed()));
        };
        const Timing cited = measure(QStringLiteral("cite evidence"), stalls,
                                     [&] {
                                         if (stack->canUndo()) {
                                             stack->undo();
                                             settle();
                                         }
                                     },
                                     [&] {
                                         waitForWindow([&] {
                                             QString why;
                                             refused = !history->cite(citation, [] { return QStringLiteral("benchmark"); }, &why) || refused;
                                         });
                                     });
        const Timing undone = measure(QStringLiteral("undo the citation"), stalls,
                                      [&] {
                                          if (stack->canRedo()) {
                                              stack->redo();
                                              settle();
                                          }
                                      },
                                      [&] { waitForWindow([&] { stack->undo(); }); });
        if (refused) {
            std::fprintf(stderr, "edit: the citation was refused\n");
            return 1;
        }
        const QString excerpt = body.left(40).replace(QLatin1Char('\''), QStringLiteral("''"));
        const QString m = QString::number(movement);
        const QStringList writes = {
            QStringLiteral("BEGIN IMMEDIATE"),
            QStringLiteral("SELECT person_id, date, precision, date_note, row_version FROM movement WHERE id = %1").arg(m),
            QStringLiteral("UPDATE movement SET date = '2026-01-14', precision = 'day', date_note = NULL, row_version = row_version + 1 WHERE id = %1").arg(m),
            QStringLiteral("INSERT INTO change_log (at, entity, entity_id, action, before, after) VALUES ('2026-01-01T00:00:00Z', 'movement', %1, 'edit', '{}', '{}')").arg(m),
            QStringLiteral("INSERT INTO citation (movement_id, source_id, start, end, text, prefix, suffix, body_sha256) VALUES (%1, %2, 0, 40, '%3', '', '', '')")
                .arg(m).arg(source).arg(excerpt),
            QStringLiteral("INSERT INTO change_log (at, entity, entity_id, action, before, after) VALUES ('2026-01-01T00:00:00Z', 'citation', 1, 'add', '{}', '{}')"),
            QStringLiteral("INSERT INTO search_index (person_id, text) VALUES (%1, '%2')").arg(person).arg(excerpt),
            QStringLiteral("ROLLBACK")};
        // The chart of the whole file: the 80 people with the most moves (TimelineRepository).
        QSqlQuery busiest(model->database());
        busiest.exec(QStringLiteral("SELECT person_id FROM movement GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 80"));
        QStringList lanes;
        while (busiest.next())
            lanes.append(busiest.value(0).toString());
        busiest.finish();
        const QString inLanes = QStringLiteral("IN (SELECT value FROM json_each('[%1]'))").arg(lanes.join(QLatin1Char(',')));
        const QStringList reread = {
            unfiltered, QStringLiteral("SELECT count(DISTINCT person_id) FROM role"), QStringLiteral("SELECT count(*) FROM movement"),
            QStringLiteral("SELECT count(*) FROM source"), QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM movement m LIMIT 20001)"),
            QStringLiteral("SELECT m.person_id, count(*) FROM movement m GROUP BY m.person_id ORDER BY 2 DESC, m.person_id LIMIT 80"),
            QStringLiteral("SELECT count(DISTINCT m.person_id) FROM movement m"),
            QStringLiteral("SELECT r.person_id, r.company_id, r.start_date, r.end_date, r.title_en, r.title_zh, p.name_en, p.name_zh, "
                           "c.name_en, c.name_zh FROM role r JOIN person p ON p.id = r.person_id JOIN company c ON c.id = r.company_id "
                           "WHERE r.person_id %1 ORDER BY r.start_date, r.id").arg(inLanes),
            QStringLiteral("SELECT m.id, m.person_id, m.kind, m.company_id, m.to_company_id, m.date, m.dispute_id, c.text, p.name_en, "
                           "p.name_zh, co.name_en, co.name_zh, t.name_en, t.name_zh, c.source_id, c.start FROM movement m "
                           "JOIN person p ON p.id = m.person_id JOIN company co ON co.id = m.company_id "
                           "LEFT JOIN company t ON t.id = m.to_company_id LEFT JOIN citation c ON c.id = "
                           "(SELECT id FROM citation WHERE movement_id = m.id ORDER BY source_id, start LIMIT 1) "
                           "WHERE m.person_id %1 ORDER BY m.date, m.id").arg(inLanes)};
        const double floor = sqliteMs(database, writes + reread, {});
        results.append({QStringLiteral("cite evidence, to the updated window"), cited.median, floor, sqliteFloor, 3, cited.longestStall});
        results.append({QStringLiteral("undo it, to the updated window"), undone.median, floor, sqliteFloor, 3, undone.longestStall});
    }

    const bool allMet = printTable(results);
    if (!onlyOperations.isEmpty()) {
        std::printf("\npartial run (--only): not every operation was measured\n");
        return allMet ? 0 : 1;
    }
    std::printf("\n%s\n", allMet ? "every target met" : "some targets missed");
    return allMet ? 0 : 1;
}
