// Talentflow's performance benchmark. Each operation is measured next to its floor in the same
// run, on the same machine and data, and the table reports the ratio: the machines are shared
// and noisy, so absolute times mislead while ratios hold.
//
//   talentflow_benchmark [--dir DIR] [--people N] [--roles N] [--movements N] [--reuse]
//
// Floors: a bare Qt window with a table and an empty chart (start-up), the sqlite3 command-line
// tool running the same queries (filter, search, sort, timeline) or importing the same rows as
// CSV (import). Memory is absolute (peak resident set while scrolling the whole table).

#include "models/BrowseRepository.h"
#include "models/Database.h"
#include "models/RolesTableModel.h"
#include "ui/BackgroundTask.h"
#include "ui/ChartExporter.h"
#include "ui/ChartPanel.h"
#include "ui/FilterBar.h"
#include "ui/MainWindow.h"
#include "ui/RolesTableView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace talentflow;

namespace {

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

qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+)")).match(text);
    return match.captured(1).toLongLong();
}

// Runs statements in the sqlite3 shell with its timer on; returns the sum of their real times.
double sqliteMs(const QString &database, const QStringList &statements)
{
    QString script = QStringLiteral(".output /dev/null\n.timer on\n");
    for (const QString &statement : statements)
        script += statement + QStringLiteral(";\n");
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {database});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    double total = 0;
    const QString out = QString::fromUtf8(shell.readAllStandardOutput());
    QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("Run Time: real ([0-9.]+)")).globalMatch(out);
    while (it.hasNext())
        total += it.next().captured(1).toDouble() * 1000.0;
    return total;
}

double processMs(const QString &program, const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(-1);
    if (process.exitCode() != 0)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Result
{
    QString operation;
    double ours = 0;
    double floor = 0;
    double target = 0; // ratio, or MB for memory
    qint64 stall = -1;
    bool absolute = false;
};

// Lets the window's background work finish, so one operation's workers do not slow the next.
void settle()
{
    databaseWorkPool()->waitForDone();
    QCoreApplication::processEvents();
}

void waitForChart(ChartPanel *panel, QSignalSpy &rebuilt)
{
    if (rebuilt.isEmpty())
        rebuilt.wait(600000);
    Q_UNUSED(panel)
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("talentflow-benchmark"));
    const QStringList args = QCoreApplication::arguments();
    const QString dir = option(args, QStringLiteral("--dir"), QDir::temp().filePath(QStringLiteral("talentflow-benchmark")));
    QDir().mkpath(dir);
    const QString people = option(args, QStringLiteral("--people"), QStringLiteral("100000"));
    const QString roles = option(args, QStringLiteral("--roles"), QStringLiteral("200000"));
    const QString movements = option(args, QStringLiteral("--movements"), QStringLiteral("1000000"));
    const QString json = dir + QStringLiteral("/data-%1.json").arg(movements);
    const QString database = dir + QStringLiteral("/data-%1.sqlite").arg(movements);
    const QString here = QCoreApplication::applicationDirPath();
    const QString talentflow = QStringLiteral(TALENTFLOW_BINARY);
    QList<Result> results;

    std::printf("data: %s people, %s roles, %s movements in %s\n", qPrintable(people), qPrintable(roles),
                qPrintable(movements), qPrintable(dir));
    if (!QFile::exists(json)) {
        std::printf("generating…\n");
        processMs(here + QStringLiteral("/talentflow_generate_dataset"),
                  {json, QStringLiteral("--people"), people, QStringLiteral("--roles"), roles, QStringLiteral("--movements"), movements});
    }

    // Import, vs sqlite3 .import of the same movement rows as CSV.
    if (!args.contains(QStringLiteral("--reuse")) || !QFile::exists(database)) {
        std::printf("importing…\n");
        QFile::remove(database);
        processMs(talentflow, {QStringLiteral("--new-database"), database, QStringLiteral("--empty")});
        const double ours = processMs(talentflow, {QStringLiteral("--database"), database, QStringLiteral("--import-data"), json});
        const QString csv = dir + QStringLiteral("/movements.csv");
        // The movement rows as CSV, written by a plain shell (sqliteMs sends its output to /dev/null).
        QProcess exporter;
        exporter.setStandardOutputFile(csv);
        exporter.start(QStringLiteral("sqlite3"), {QStringLiteral("-csv"), database,
                                                   QStringLiteral("SELECT id, person_id, kind, company_id, to_company_id, date, precision FROM movement")});
        exporter.waitForFinished(-1);
        const QString floorDb = dir + QStringLiteral("/floor.sqlite");
        QFile::remove(floorDb);
        const double floor = sqliteMs(floorDb, {QStringLiteral("CREATE TABLE movement (id INTEGER PRIMARY KEY, person_id INTEGER, kind TEXT, "
                                                              "company_id INTEGER, to_company_id INTEGER, date TEXT, precision TEXT)"),
                                                QStringLiteral(".import --csv %1 movement").arg(csv)});
        // .import is not timed by .timer: time the whole shell for it.
        QFile::remove(floorDb);
        const double floorWhole = processMs(QStringLiteral("sqlite3"), {floorDb, QStringLiteral("CREATE TABLE movement (id INTEGER PRIMARY KEY, person_id INTEGER, kind TEXT, "
                                                                                                "company_id INTEGER, to_company_id INTEGER, date TEXT, precision TEXT)"),
                                                                        QStringLiteral(".import --csv %1 movement").arg(csv)});
        results.append({QStringLiteral("import %1 movements").arg(movements), ours, std::max(floor, floorWhole), 3});
    }

    // Start to first paint, vs a bare window. Three runs each, medians.
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TALENTFLOW_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
        QList<double> ours;
        QList<double> floor;
        for (int run = 0; run < 3; ++run) {
            ours.append(processMs(talentflow, {QStringLiteral("--database"), database}, env));
            floor.append(processMs(here + QStringLiteral("/talentflow_bare_window"), {}, env));
        }
        results.append({QStringLiteral("start to first painted window"), median(ours), median(floor), 1.5});
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
    waitForChart(panel, firstChart);
    QCoreApplication::processEvents();
    StallMonitor stalls;
    auto *model = qobject_cast<RolesTableModel *>(window.rolesView()->model());

    // Peak memory while scrolling the whole table, top to bottom.
    {
        settle();
        stalls.start();
        QTableView *view = window.rolesView();
        while (model->canFetchMore()) {
            model->fetchMore();
            view->scrollToBottom();
            QCoreApplication::processEvents();
        }
        Result memory{QStringLiteral("peak memory scrolling all %1 roles").arg(model->rowCount()), double(peakResidentKb()) / 1024.0, 0, 300};
        memory.absolute = true;
        memory.stall = stalls.stop();
        results.append(memory);
        window.rolesView()->scrollToTop();
    }

    // Company filter: first screen of the table, the counts and the chart.
    {
        QSignalSpy rebuilt(panel, &ChartPanel::rebuilt);
        QSignalSpy applied(&window, &MainWindow::filterApplied);
        settle();
        stalls.start();
        QElapsedTimer timer;
        timer.start();
        window.filterBar()->setCompanyId(company);
        if (applied.isEmpty())
            applied.wait(600000);
        const qint64 tableShown = timer.elapsed();
        waitForChart(panel, rebuilt);
        const qint64 chartShown = timer.elapsed();
        window.grab();
        const double ours = double(timer.nsecsElapsed()) / 1e6;
        std::printf("company filter: table %lld ms, chart %lld ms, painted %.0f ms\n", qint64(tableShown), qint64(chartShown), ours);
        const qint64 stall = stalls.stop();
        const QString c = QString::number(company);
        const double floor = sqliteMs(database, {
            model->currentStatement() + QStringLiteral(" LIMIT 256"),
            QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT r.person_id FROM role r WHERE r.company_id = %1)").arg(c),
            QStringLiteral("SELECT count(*) FROM movement m WHERE m.person_id IN (SELECT DISTINCT r.person_id FROM role r WHERE r.company_id = %1) "
                           "AND (m.company_id = %1 OR m.to_company_id = %1)").arg(c),
            QStringLiteral("SELECT r.person_id, r.company_id, r.start_date, r.end_date, r.title_en, r.title_zh FROM role r WHERE r.company_id = %1").arg(c),
            QStringLiteral("SELECT m.id, m.person_id, m.kind, m.company_id, m.to_company_id, m.date, m.dispute_id, "
                           "(SELECT c.text FROM citation c WHERE c.movement_id = m.id ORDER BY c.source_id, c.start LIMIT 1) FROM movement m "
                           "WHERE m.person_id IN (SELECT DISTINCT r.person_id FROM role r WHERE r.company_id = %1) AND (m.company_id = %1 OR m.to_company_id = %1)").arg(c)});
        results.append({QStringLiteral("company filter (table, counts, chart)"), ours, floor, 2, stall});
    }
    window.filterBar()->setCompanyId(0);
    QCoreApplication::processEvents();

    // Search, in both scripts.
    QSqlQuery sample(window.rolesView()->model() ? qobject_cast<RolesTableModel *>(window.rolesView()->model())->database() : QSqlDatabase());
    sample.exec(QStringLiteral("SELECT name_en, name_zh FROM person WHERE id = 4242"));
    sample.next();
    const QString english = sample.value(0).toString().section(QLatin1Char(' '), 1, 1); // a surname
    const QString chinese = sample.value(1).toString().left(2);                         // two characters
    sample.finish();
    for (const QString &text : {english, chinese}) {
        QSignalSpy applied(&window, &MainWindow::filterApplied);
        settle();
        stalls.start();
        QElapsedTimer timer;
        timer.start();
        window.filterBar()->setSearchText(text);
        if (applied.isEmpty())
            applied.wait(600000);
        QCoreApplication::processEvents();
        const double ours = double(timer.nsecsElapsed()) / 1e6;
        const qint64 stall = stalls.stop();
        QString quoted = text;
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        const QString query = text.size() >= 3
            ? QStringLiteral("SELECT DISTINCT person_id FROM search_index WHERE search_index MATCH '\"%1\"' ORDER BY person_id").arg(quoted)
            : QStringLiteral("SELECT DISTINCT person_id FROM search_index WHERE text LIKE '%%1%' ESCAPE '\\' ORDER BY person_id").arg(quoted);
        const double floor = sqliteMs(database, {query, model->currentStatement() + QStringLiteral(" LIMIT 256")});
        results.append({QStringLiteral("search \"%1\"").arg(text), ours, floor, 1.5, stall});
    }
    window.filterBar()->setSearchText(QString());
    QCoreApplication::processEvents();

    // Sort by date to the first screen.
    {
        settle();
        stalls.start();
        QElapsedTimer timer;
        timer.start();
        window.rolesView()->sortByColumn(RolesTableModel::Start, Qt::DescendingOrder);
        QCoreApplication::processEvents();
        const double ours = double(timer.nsecsElapsed()) / 1e6;
        const qint64 stall = stalls.stop();
        const double floor = sqliteMs(database, {model->currentStatement() + QStringLiteral(" LIMIT 256")});
        results.append({QStringLiteral("sort by start date"), ours, floor, 2, stall});
    }

    // The timeline of the largest company, built and rendered at 1600×900 @2×.
    {
        settle();
        stalls.start();
        QElapsedTimer timer;
        timer.start();
        ChartRequest request;
        request.filter.companyId = company;
        QElapsedTimer phase;
        phase.start();
        std::unique_ptr<Database> own = Database::open(database, &error, nullptr, Database::Access::Automatic, Database::Verify::Later);
        const qint64 opened = phase.restart();
        const std::optional<TimelineInput> input = own ? ChartExporter::load(*own, request, &error) : std::nullopt;
        if (!input) {
            std::fprintf(stderr, "timeline: %s\n", qPrintable(error));
            return 1;
        }
        const qint64 loaded = phase.restart();
        TimelineChart chart(input->data, input->steps, TimelineSpec{request.kind, request.grouping, request.filterText});
        const qint64 built = phase.restart();
        const QImage image = ChartExporter::renderImage(chart, QSize(1600, 900), 2);
        const qint64 rendered = phase.restart();
        const double ours = double(timer.nsecsElapsed()) / 1e6;
        std::printf("timeline: open %lld ms, load %lld ms, build %lld ms, render %lld ms\n", qint64(opened), qint64(loaded),
                    qint64(built), qint64(rendered));
        const qint64 stall = stalls.stop();
        image.save(dir + QStringLiteral("/timeline.png")); // to look at; encoding is not timed
        const double floor = sqliteMs(database, {QStringLiteral("SELECT person_id, kind, substr(date, 1, 7), count(*) FROM movement "
                                                                "WHERE company_id = %1 OR to_company_id = %1 GROUP BY 1, 2, 3").arg(company)});
        results.append({QStringLiteral("timeline of the largest company, 1600×900 @2×"), ours, floor, 3, stall});
    }

    std::printf("\n| operation | Talentflow | floor | ratio | target | longest GUI stall |\n|---|---:|---:|---:|---:|---:|\n");
    bool allMet = true;
    for (const Result &r : results) {
        const bool met = r.absolute ? r.ours <= r.target : r.ours / std::max(r.floor, 0.001) <= r.target;
        const bool stallMet = r.stall < 0 || r.stall <= 100;
        allMet = allMet && met && stallMet;
        if (r.absolute)
            std::printf("| %s | %.0f MB | — | — | ≤ %.0f MB %s | %s |\n", qPrintable(r.operation), r.ours, r.target, met ? "✓" : "✗",
                        r.stall < 0 ? "—" : qPrintable(QStringLiteral("%1 ms %2").arg(r.stall).arg(stallMet ? QStringLiteral("✓") : QStringLiteral("✗"))));
        else
            std::printf("| %s | %.1f ms | %.1f ms | %.2f× | ≤ %.1f× %s | %s |\n", qPrintable(r.operation), r.ours, r.floor,
                        r.ours / std::max(r.floor, 0.001), r.target, met ? "✓" : "✗",
                        r.stall < 0 ? "—" : qPrintable(QStringLiteral("%1 ms %2").arg(r.stall).arg(stallMet ? QStringLiteral("✓") : QStringLiteral("✗"))));
    }
    std::printf("\n%s\n", allMet ? "every target met" : "some targets missed");
    return allMet ? 0 : 1;
}
