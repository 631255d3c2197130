#include "StatementTrace.h"
#include "models/DataSession.h"
#include "models/Database.h"
#include "models/FlowLayout.h"
#include "models/CsvExporter.h"
#include "models/FlowRepository.h"
#include "models/RolesTableModel.h"
#include "models/TimelineRepository.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/browse/RolesTableView.h"
#include "ui/browse/DetailPane.h"
#include "ui/browse/PersonSelection.h"
#include "ui/chart/ChartExporter.h"
#include "ui/chart/ChartPanel.h"
#include "ui/chart/FlowView.h"
#include "ui/chart/TimelineView.h"

#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QSet>
#include <QImageReader>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QHelpEvent>

using namespace talentflow;

namespace {

// A ribbon as a line a reader can check: "OpenAI 2024 → Anthropic 2024: John Schulman".
QString described(const TalentFlowData &data, const FlowRibbon &ribbon)
{
    const auto company = [&data](qint64 id) {
        if (id == FlowRibbon::noDestination)
            return QStringLiteral("(nowhere stated)");
        if (id == FlowRibbon::otherCompanies)
            return QStringLiteral("(other)");
        return data.companies.value(id).nameEn;
    };
    QStringList names;
    for (const FlowMember &member : ribbon.members)
        names.append(member.nameEn + (member.returning ? QStringLiteral(" ↩") : QString()));
    return QStringLiteral("%1 %2 → %3 %4: %5")
        .arg(company(ribbon.fromCompanyId), FlowPeriod::key(ribbon.fromPeriod, data.periods, data.undatedSteps),
             company(ribbon.toCompanyId), FlowPeriod::key(ribbon.toPeriod, data.periods, data.undatedSteps),
             names.join(QStringLiteral(", ")));
}

QStringList describedAll(const TalentFlowData &data)
{
    QStringList lines;
    for (const FlowRibbon &ribbon : data.ribbons)
        lines.append(described(data, ribbon));
    return lines;
}

// The CSV's rows, split on commas outside quotes.
QList<QStringList> csvRows(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        QStringList cells;
        QString cell;
        bool quoted = false;
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == QLatin1Char('"')) {
                if (quoted && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = !quoted;
                }
            } else if (c == QLatin1Char(',') && !quoted) {
                cells.append(cell);
                cell.clear();
            } else {
                cell += c;
            }
        }
        cells.append(cell);
        rows.append(cells);
    }
    return rows;
}

} // namespace

// The talent flow: transfers read from each person's own path, returns found, every ribbon
// forward in time, the CSV equal to the drawing, and the view's click and highlight.
class TestTalentFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_seed;
    int m_databases = 0;

    std::unique_ptr<Database> emptyDatabase()
    {
        QString error;
        auto database = Database::create(m_dir.filePath(QStringLiteral("empty%1.sqlite").arg(++m_databases)),
                                         Database::Contents::Empty, &error);
        if (!database)
            qFatal("cannot create a database: %s", qPrintable(error));
        return database;
    }

    static void exec(Database &database, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(database.connection());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }

    static void addMove(Database &database, qint64 person, const char *kind, qint64 at, const QVariant &to,
                        const QString &date)
    {
        const QString precision = date.isEmpty() ? QStringLiteral("unknown")
            : date.size() == 4                  ? QStringLiteral("year")
            : date.size() == 7                  ? QStringLiteral("month")
                                                : QStringLiteral("day");
        exec(database,
             QStringLiteral("INSERT INTO movement (person_id, kind, company_id, to_company_id, date, precision) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             {person, QString::fromLatin1(kind), at, to, date.isEmpty() ? QVariant() : QVariant(date), precision});
    }

    static TalentFlowData flows(Database &database, FlowQuery query = {})
    {
        QString error;
        const std::optional<TalentFlowData> data = FlowRepository(database.connection()).load(query, &error);
        if (!data)
            qFatal("cannot read the flow: %s", qPrintable(error));
        return *data;
    }

    // A window on the seed, in English, shown at this size; null if it could not open.
    std::unique_ptr<MainWindow> windowOnTheSeed(const QSize &size, std::optional<int> largeThreshold = std::nullopt)
    {
        QString error;
        auto database = Database::open(m_seed->path(), &error);
        if (!database) {
            qWarning("cannot open the seed: %s", qPrintable(error));
            return nullptr;
        }
        auto window = std::make_unique<MainWindow>();
        window->setPersistent(false);
        window->languageManager()->setLanguage(DisplayLanguage::English);
        if (largeThreshold)
            window->session()->setLargeThreshold(*largeThreshold);
        window->setDatabase(std::move(database));
        window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

    qint64 seedId(const char *table, const char *nameEn)
    {
        QSqlQuery query(m_seed->connection());
        query.prepare(QStringLiteral("SELECT id FROM %1 WHERE name_en = ?").arg(QLatin1String(table)));
        query.addBindValue(QString::fromUtf8(nameEn));
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_seed = Database::create(m_dir.filePath(QStringLiteral("seed.sqlite")), Database::Contents::Seeded, &error);
        QVERIFY2(m_seed, qPrintable(error));
    }

    // A → B → A → C → A, every move naming its destination: four ribbons, two of them returns.
    void aReturnAfterEveryStayElsewhere()
    {
        auto database = emptyDatabase();
        for (const char *name : {"A", "B", "C"})
            exec(*database, QStringLiteral("INSERT INTO company (name_en) VALUES (?)"), {QString::fromLatin1(name)});
        exec(*database, QStringLiteral("INSERT INTO person (name_en) VALUES ('Pat')"));
        addMove(*database, 1, "founded", 1, {}, QStringLiteral("2010"));
        addMove(*database, 1, "left", 1, 2, QStringLiteral("2011-03"));
        addMove(*database, 1, "left", 2, 1, QStringLiteral("2013"));
        addMove(*database, 1, "left", 1, 3, QStringLiteral("2015-06-01"));
        addMove(*database, 1, "joined", 3, {}, QStringLiteral("2015-07"));
        addMove(*database, 1, "left", 3, 1, QStringLiteral("2018"));
        const TalentFlowData data = flows(*database);
        QCOMPARE(describedAll(data), QStringList({QStringLiteral("A 2011 → B 2011: Pat"), QStringLiteral("B 2013 → A 2013: Pat ↩"),
                                                  QStringLiteral("A 2015 → C 2015: Pat"), QStringLiteral("C 2018 → A 2018: Pat ↩")}));
        // Two-year columns put 2011 in 2010–2011 and 2018 in 2018–2019.
        FlowQuery twoYears;
        twoYears.periods = FlowPeriods::TwoYears;
        QCOMPARE(describedAll(flows(*database, twoYears)).constFirst(), QStringLiteral("A 2010-2011 → B 2010-2011: Pat"));
        FlowQuery eras;
        eras.periods = FlowPeriods::Eras;
        QCOMPARE(describedAll(flows(*database, eras)).constFirst(), QStringLiteral("A before-2015 → B before-2015: Pat"));
    }

    // A return stated only as a departure naming where the person goes back to, with no arrival
    // there: the timeline marks that departure as the flow does, in every chart that shows it.
    void aReturnNamedOnlyByADeparturesDestination()
    {
        auto database = emptyDatabase();
        for (const char *name : {"A", "B"})
            exec(*database, QStringLiteral("INSERT INTO company (name_en) VALUES (?)"), {QString::fromLatin1(name)});
        exec(*database, QStringLiteral("INSERT INTO person (name_en) VALUES ('Kim'), ('Lee')"));
        addMove(*database, 1, "left", 1, 2, QStringLiteral("2011"));
        addMove(*database, 1, "left", 2, 1, QStringLiteral("2013")); // back to A
        addMove(*database, 2, "left", 1, 2, QStringLiteral("2012")); // never back
        // A company's chart shows the people with a role there.
        for (const QVariantList &role : {QVariantList{1, 1}, QVariantList{1, 2}, QVariantList{2, 1}, QVariantList{2, 2}})
            exec(*database, QStringLiteral("INSERT INTO role (person_id, company_id, title_en, title_zh, start_precision, end_precision) "
                                           "VALUES (?, ?, 'Engineer', '', 'unknown', 'unknown')"), role);
        QCOMPARE(describedAll(flows(*database)), QStringList({QStringLiteral("A 2011 → B 2011: Kim"), QStringLiteral("A 2012 → B 2012: Lee"),
                                                              QStringLiteral("B 2013 → A 2013: Kim ↩")}));
        for (const std::optional<qint64> &company : {std::optional<qint64>(), std::optional<qint64>(1), std::optional<qint64>(2)}) {
            TimelineQuery query;
            query.filter.companyId = company;
            QString error;
            const std::optional<TimelineInput> input = TimelineRepository(database->connection()).load(query, &error);
            QVERIFY2(input, qPrintable(error));
            QList<qint64> returning;
            for (const TimelineLane &lane : input->data.lanes) {
                for (const TimelineMarker &marker : lane.markers) {
                    if (marker.returning)
                        returning.append(marker.movementId);
                }
            }
            QCOMPARE(returning, QList<qint64>{2});
        }
    }

    // A departure no article dates, then a dated arrival back: the undated move stays undated, and
    // the stay elsewhere ends where the next begins.
    void aReturnWithoutAStatedDeparture()
    {
        auto database = emptyDatabase();
        for (const char *name : {"A", "B"})
            exec(*database, QStringLiteral("INSERT INTO company (name_en) VALUES (?)"), {QString::fromLatin1(name)});
        exec(*database, QStringLiteral("INSERT INTO person (name_en) VALUES ('Sam')"));
        addMove(*database, 1, "founded", 1, {}, QStringLiteral("2010"));
        addMove(*database, 1, "left", 1, 2, QString());
        addMove(*database, 1, "joined", 1, {}, QStringLiteral("2020"));
        addMove(*database, 1, "left", 1, {}, QStringLiteral("2022"));
        const TalentFlowData data = flows(*database);
        // Ribbons are listed by the period they leave in; the undated steps come after every year.
        QCOMPARE(describedAll(data), QStringList({QStringLiteral("B 2020 → A 2020: Sam ↩"),
                                                  QStringLiteral("A 2022 → (nowhere stated) 2022: Sam"),
                                                  QStringLiteral("A undated → B undated: Sam")}));
    }

    // The seed's returns: Karpathy by 2023, Altman's reinstatement within the month (a return:
    // he was out of the company, as the articles say), Thinking Machines Lab's people back at OpenAI.
    void seedFlowsShowTheReturnsTheArticlesState()
    {
        const TalentFlowData data = flows(*m_seed);
        const QStringList lines = describedAll(data);
        for (const char *expected : {"Tesla 2023 → OpenAI 2023: Andrej Karpathy ↩", "OpenAI 2023 → OpenAI 2023: Sam Altman ↩",
                                     "OpenAI 2024 → Safe Superintelligence Inc 2024: Ilya Sutskever",
                                     "OpenAI 2024 → Anthropic 2024: John Schulman",
                                     "OpenAI 2024 → Thinking Machines Lab undated-1: Mira Murati, Barret Zoph",
                                     "Thinking Machines Lab undated-1 → OpenAI undated-1: Luke Metz ↩, Sam Schoenholz ↩, Lia Guy ↩",
                                     "Thinking Machines Lab undated-2 → OpenAI undated-2: Barret Zoph ↩",
                                     "OpenAI 2024 → (nowhere stated) 2024: Bob McGrew"})
            QVERIFY2(lines.contains(QString::fromUtf8(expected)), qPrintable(lines.join(QLatin1Char('\n'))));
        // Never a guessed date: Murati's Thinking Machines Lab is founded at a time no article states.
        QVERIFY(!lines.join(QLatin1Char('\n')).contains(QStringLiteral("Thinking Machines Lab 2025")));
    }

    void theCompanyFilterKeepsItsInflowsAndOutflows()
    {
        FlowQuery query;
        const qint64 lab = seedId("company", "Thinking Machines Lab");
        query.filter.companyId = lab;
        const TalentFlowData data = flows(*m_seed, query);
        QVERIFY(!data.ribbons.isEmpty());
        for (const FlowRibbon &ribbon : data.ribbons)
            QVERIFY(ribbon.fromCompanyId == lab || ribbon.toCompanyId == lab);
        // Zoph's whole path is read, so his second undated step stays the second.
        QVERIFY(describedAll(data).contains(QStringLiteral("Thinking Machines Lab undated-2 → OpenAI undated-2: Barret Zoph ↩")));
    }

    // 1,000 moves among five companies, going round in circles, a tenth undated: the layout
    // finishes, and every ribbon runs from left to right.
    void aThousandCyclicMovesHaveNoBackwardRibbon()
    {
        auto database = emptyDatabase();
        for (int company = 1; company <= 5; ++company)
            exec(*database, QStringLiteral("INSERT INTO company (name_en) VALUES (?)"), {QStringLiteral("Co %1").arg(company)});
        QRandomGenerator random(18);
        exec(*database, QStringLiteral("BEGIN"));
        for (int person = 1; person <= 100; ++person) {
            exec(*database, QStringLiteral("INSERT INTO person (name_en) VALUES (?)"), {QStringLiteral("P%1").arg(person)});
            int at = 1 + person % 5;
            int year = 2000 + int(random.bounded(5));
            addMove(*database, person, "joined", at, {}, QString::number(year));
            for (int move = 0; move < 9; ++move) {
                const int to = move % 3 == 2 ? 1 + person % 5 : 1 + int(random.bounded(5)); // back to the first often
                year += int(random.bounded(3));
                const bool undated = random.bounded(10) == 0;
                addMove(*database, person, "left", at, to == at ? QVariant() : QVariant(to),
                        undated ? QString() : QString::number(year));
                at = to;
            }
        }
        exec(*database, QStringLiteral("COMMIT"));
        QCOMPARE(QSqlQuery(QStringLiteral("SELECT count(*) FROM movement"), database->connection()).next(), true);
        FlowQuery query;
        query.companyLimit = 3; // and the rest merge into Other companies
        const TalentFlowData data = flows(*database, query);
        QVERIFY(data.ribbons.size() > 50);
        QCOMPARE(data.otherCompanies, 2);
        int returning = 0;
        const FlowLayout layout(data, QRectF(0, 0, 1600, 900), 150, 16);
        QCOMPARE(layout.ribbons().size(), data.ribbons.size());
        for (const FlowLayout::PlacedRibbon &placed : layout.ribbons()) {
            const FlowRibbon &ribbon = data.ribbons.at(placed.ribbon);
            QVERIFY2(placed.target.left() > placed.source.left(), qPrintable(described(data, ribbon)));
            QVERIFY(placed.targetBoundary > placed.sourceBoundary);
            returning += ribbon.returning();
        }
        QVERIFY(returning > 0);
        // Every person is drawn as often as they move: the ribbons' people add up to the moves that
        // leave a company (each of these moves is a departure).
        int people = 0;
        for (const FlowRibbon &ribbon : data.ribbons)
            people += int(ribbon.members.size());
        QSqlQuery departures(QStringLiteral("SELECT count(*) FROM movement WHERE kind = 'left'"), database->connection());
        QVERIFY(departures.next());
        QCOMPARE(people, departures.value(0).toInt());
        // The counts read with the ribbons stay true after ribbons merge into Other companies.
        for (const FlowRibbon &ribbon : data.ribbons) {
            QSet<qint64> everyone;
            QSet<qint64> returned;
            for (const FlowMember &member : ribbon.members) {
                everyone.insert(member.personId);
                if (member.returning)
                    returned.insert(member.personId);
            }
            QCOMPARE(ribbon.people(), int(everyone.size()));
            QCOMPARE(ribbon.returning(), int(returned.size()));
        }
        QSqlQuery movers(QStringLiteral("SELECT count(DISTINCT person_id) FROM movement WHERE kind = 'left'"), database->connection());
        QVERIFY(movers.next());
        QCOMPARE(data.people(), movers.value(0).toInt());
    }

    // The CSV is the drawing's twin: one row per drawn ribbon, with its people and returns.
    void theCsvEqualsTheDrawnRibbons()
    {
        const QString csvPath = m_dir.filePath(QStringLiteral("flows.csv"));
        QProcess cli;
        cli.start(QStringLiteral(TALENTFLOW_BINARY), {QStringLiteral("--database"), m_seed->path(),
                                                     QStringLiteral("--export-flows"), csvPath, QStringLiteral("--lang"),
                                                     QStringLiteral("en")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = csvRows(file.readAll());
        QCOMPARE(rows.constFirst(), QStringList({QStringLiteral("from_company"), QStringLiteral("from_period"),
                                                 QStringLiteral("to_company"), QStringLiteral("to_period"),
                                                 QStringLiteral("people"), QStringLiteral("names"), QStringLiteral("boomerangs")}));
        FlowDiagram diagram(flows(*m_seed), FilterDescription());
        diagram.layoutTo(QSizeF(1600, 900));
        int drawn = 0;
        for (QGraphicsItem *item : diagram.items()) {
            if (qgraphicsitem_cast<QGraphicsPathItem *>(item) && item->data(0).isValid())
                ++drawn;
        }
        QCOMPARE(rows.size() - 1, drawn);
        QCOMPARE(rows.size() - 1, diagram.data().ribbons.size());
        for (int i = 1; i < rows.size(); ++i) {
            const FlowRibbon &ribbon = diagram.data().ribbons.at(i - 1);
            QCOMPARE(rows.at(i).at(4).toInt(), ribbon.people());
            QCOMPARE(rows.at(i).at(6).isEmpty(), ribbon.returning() == 0);
            // What the tooltip of that ribbon names, the row names.
            for (const QString &name : rows.at(i).at(5).split(QStringLiteral("; ")))
                QVERIFY(diagram.tooltip(i - 1).contains(name.toHtmlEscaped()));
        }
        QVERIFY(rows.contains(QStringList({QStringLiteral("Tesla"), QStringLiteral("2023"), QStringLiteral("OpenAI"),
                                           QStringLiteral("2023"), QStringLiteral("1"), QStringLiteral("Andrej Karpathy"),
                                           QStringLiteral("Andrej Karpathy")})));
    }

    // Exports come out at exactly their size and scale, in both languages.
    void exportsHaveExactSizes()
    {
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh")}) {
            const QString png = m_dir.filePath(QStringLiteral("flows_%1.png").arg(lang));
            const QString svg = m_dir.filePath(QStringLiteral("flows_%1.svg").arg(lang));
            for (const QStringList &extra : {QStringList{png, QStringLiteral("--size"), QStringLiteral("800x600"),
                                                         QStringLiteral("--scale"), QStringLiteral("2")},
                                             QStringList{svg}}) {
                QProcess cli;
                cli.start(QStringLiteral(TALENTFLOW_BINARY),
                          QStringList{QStringLiteral("--database"), m_seed->path(), QStringLiteral("--view"),
                                      QStringLiteral("flows"), QStringLiteral("--lang"), lang,
                                      QStringLiteral("--export-chart")}
                              + extra);
                QVERIFY(cli.waitForFinished(60000));
                QCOMPARE(cli.exitCode(), 0);
            }
            QCOMPARE(QImage(png).size(), QSize(1600, 1200));
            QFile file(svg);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            QVERIFY(text.contains(QStringLiteral("width=\"1600\"")) || text.contains(QStringLiteral("width=\"423")));
            QVERIFY(text.contains(lang == QLatin1String("zh") ? QStringLiteral("人才流向") : QStringLiteral("Talent flow")));
        }
    }

    // An export draws the chart the window shows from the data it was drawn from, not read a
    // second time on the GUI thread (a talent flow of a million moves takes seconds); a chart
    // whose answer is still on its way is read then, for the filter it is asked with.
    void anExportDrawsWhatIsShownWithoutReadingItAgain()
    {
        auto opened = windowOnTheSeed(QSize(1200, 800), 0); // every read on a worker, as on a large file
        QVERIFY(opened);
        MainWindow &window = *opened;
        QString error;
        ChartPanel *panel = window.findChild<ChartPanel *>();
        QSignalSpy rebuilt(panel, &ChartPanel::rebuilt);
        QTRY_VERIFY(panel->view()->timeline()); // the first chart, drawn after the first frame
        window.session()->waitForWorkers();
        QCoreApplication::processEvents();
        const QSqlDatabase connection = qobject_cast<RolesTableModel *>(window.rolesView()->model())->database();

        const auto statementsOfAnExport = [&](QString *title) {
            StatementTrace trace(connection);
            QString why;
            const std::unique_ptr<ExportedChart> chart = panel->exportedChart(&why);
            if (!chart)
                qFatal("no chart to export: %s", qPrintable(why));
            *title = ChartExporter::prefill(*chart, ChartExportSettings()).title;
            return trace.statements();
        };
        QString title;
        QCOMPARE(statementsOfAnExport(&title), QStringList());
        QCOMPARE(title, QStringLiteral("Departures timeline"));

        rebuilt.clear();
        panel->setChart(2);
        QVERIFY(rebuilt.wait(10000));
        const QStringList flowStatements = statementsOfAnExport(&title);
        for (const QString &statement : flowStatements)
            QVERIFY2(!statement.startsWith(QStringLiteral("WITH ev AS")), qPrintable(statement));

        // Asked for and not yet answered: read now, for the company asked for.
        panel->setChart(0);
        window.session()->waitForWorkers();
        QCoreApplication::processEvents();
        FilterDescription company;
        company.companyName = QStringLiteral("Thinking Machines Lab");
        RoleFilter filter;
        filter.companyId = seedId("company", "Thinking Machines Lab");
        panel->setFilter(filter, company);
        QVERIFY(!statementsOfAnExport(&title).isEmpty());
        QVERIFY2(title.contains(QStringLiteral("Thinking Machines Lab")), qPrintable(title));
    }

    // The window's PNG export is rendered on the GUI thread and compressed and written on a
    // worker: the call returns before the file is written, and the answer comes back through the
    // event loop with both files whole, the PNG carrying its title and description.
    void aPngExportIsWrittenOnAWorker()
    {
        auto opened = windowOnTheSeed(QSize(1200, 800));
        QVERIFY(opened);
        ChartPanel *panel = opened->chartPanel();
        QTRY_VERIFY(panel->view()->timeline()); // the first chart, drawn after the first frame
        QString error;
        const std::unique_ptr<ExportedChart> chart = panel->exportedChart(&error);
        QVERIFY2(chart, qPrintable(error));
        ChartExportSettings settings;
        settings.size = QSize(1600, 900);
        settings.scale = 2;
        settings.dataPath = m_dir.filePath(QStringLiteral("worker-data.csv"));
        const QString png = m_dir.filePath(QStringLiteral("worker.png"));
        std::optional<PreparedExport> prepared = ChartExporter::preparePng(*chart, png, settings, &error);
        QVERIFY2(prepared, qPrintable(error));
        const ExportResult result = prepared->result;

        std::optional<QString> answer;
        ChartExporter::writeInBackground(std::move(*prepared), this, [&answer](const QString &failure) { answer = failure; });
        QVERIFY(!answer); // not before the event loop delivers it
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
        QVERIFY2(answer->isEmpty(), qPrintable(*answer));
        QImageReader reader(png);
        QCOMPARE(reader.size(), QSize(3200, 1800));
        QCOMPARE(reader.text(QStringLiteral("Title")), result.title);
        QCOMPARE(reader.text(QStringLiteral("Description")), result.alt);
        QFile data(settings.dataPath);
        QVERIFY(data.open(QIODevice::ReadOnly));
        QCOMPARE(data.readAll(), CsvExporter::marksToCsv(result.marks));

        // A file that cannot be written: the answer says why, and neither file is left behind.
        const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/chart.png"));
        ChartExportSettings withData;
        withData.dataPath = m_dir.filePath(QStringLiteral("refused-data.csv"));
        std::optional<PreparedExport> refused = ChartExporter::preparePng(*chart, nowhere, withData, &error);
        QVERIFY2(refused, qPrintable(error));
        answer.reset();
        ChartExporter::writeInBackground(std::move(*refused), this, [&answer](const QString &failure) { answer = failure; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
        QVERIFY2(answer->contains(nowhere), qPrintable(*answer));
        QVERIFY(!QFile::exists(nowhere));
        QVERIFY(!QFile::exists(withData.dataPath));
    }

    // In the window: the columns' years stand where the ribbons leave, a click lists a ribbon's
    // people with the articles' words, and a selected person's path stands out.
    void clickListsPeopleAndSelectionHighlightsThePath()
    {
        auto opened = windowOnTheSeed(QSize(1600, 900));
        QVERIFY(opened);
        MainWindow &window = *opened;
        ChartPanel *panel = window.findChild<ChartPanel *>();
        QVERIFY(panel);
        QSignalSpy rebuilt(panel, &ChartPanel::rebuilt);
        panel->setChart(2);
        QVERIFY(rebuilt.count() > 0 || rebuilt.wait(10000));
        FlowView *view = panel->flowView();
        QVERIFY(view->isVisible());
        FlowDiagram *diagram = view->diagram();
        QVERIFY(diagram);
        const FlowLayout *layout = diagram->layout();

        int sutskever = -1;
        int karpathy = -1;
        for (int i = 0; i < diagram->data().ribbons.size(); ++i) {
            const QString line = described(diagram->data(), diagram->data().ribbons.at(i));
            if (line.contains(QStringLiteral("Ilya Sutskever")))
                sutskever = i;
            if (line == QStringLiteral("OpenAI 2024 → Eureka Labs 2024: Andrej Karpathy"))
                karpathy = i;
        }
        QVERIFY(sutskever >= 0 && karpathy >= 0);
        const auto placedOf = [layout](int ribbon) {
            for (const FlowLayout::PlacedRibbon &placed : layout->ribbons()) {
                if (placed.ribbon == ribbon)
                    return placed;
            }
            return FlowLayout::PlacedRibbon();
        };
        // The ribbon leaves at the start of the column headed 2024.
        const FlowLayout::PlacedRibbon left = placedOf(sutskever);
        const int column = int(layout->columns().indexOf(2024));
        QVERIFY(column >= 0);
        QCOMPARE(left.source.left(), layout->columnLeft(column) + layout->nodeWidth() / 2);

        const QPointF inside = left.source.center() + QPointF(layout->nodeWidth(), 0);
        QCOMPARE(diagram->ribbonAt(inside), sutskever);
        // Resting the pointer on the ribbon shows its heading and people, written on demand.
        const QPoint over = view->mapFromScene(inside);
        QHelpEvent rest(QEvent::ToolTip, over, view->viewport()->mapToGlobal(over));
        QCoreApplication::sendEvent(view->viewport(), &rest);
        QVERIFY2(QToolTip::isVisible() && QToolTip::text() == diagram->tooltip(sutskever), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QStringLiteral("Ilya Sutskever")));
        QToolTip::hideText();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(inside));
        DetailPane *pane = window.findChild<DetailPane *>();
        QVERIFY(pane->showsRibbon());
        const QString listed = pane->html();
        QVERIFY(listed.contains(QStringLiteral("Ilya Sutskever")));
        QVERIFY(!pane->shownCitations().isEmpty());
        for (const CitationView &citation : pane->shownCitations())
            QVERIFY(listed.contains(citation.excerpt.toHtmlEscaped()));

        // Selecting Karpathy: his ribbons are drawn strong, the others faint.
        window.findChild<PersonSelection *>()->select(seedId("person", "Andrej Karpathy"));
        QVERIFY(diagram->isHighlighted(karpathy));
        QVERIFY(!diagram->isHighlighted(sutskever));
        const QImage shown = view->viewport()->grab().toImage();
        const auto darkness = [&](int ribbon) {
            const QColor c = shown.pixelColor(view->mapFromScene(placedOf(ribbon).source.center()
                                                                 + QPointF(layout->nodeWidth(), 0)));
            return 765 - (c.red() + c.green() + c.blue());
        };
        QVERIFY2(darkness(karpathy) > darkness(sutskever) + 150,
                 qPrintable(QStringLiteral("%1 vs %2").arg(darkness(karpathy)).arg(darkness(sutskever))));
    }

    // A flow of many ribbons takes seconds to fill at 1M moves: the window draws them on a worker
    // and, once they are in, shows what the export draws of the same flow, plain and highlighted.
    void aLargeFlowDrawnOnAWorkerShowsWhatItsExportDraws()
    {
        TalentFlowData data;
        constexpr int companies = 6;
        for (qint64 id = 1; id <= companies; ++id)
            data.companies.insert(id, {id, QStringLiteral("Company %1").arg(id), QString()});
        qint64 person = 0;
        for (int year = 2000; year < 2020; ++year) {
            for (qint64 from = 1; from <= companies; ++from) {
                for (qint64 to = 1; to <= companies; ++to) {
                    if (to == from)
                        continue;
                    FlowRibbon ribbon;
                    ribbon.fromCompanyId = from;
                    ribbon.fromPeriod = year;
                    ribbon.toCompanyId = to;
                    ribbon.toPeriod = year + int(to % 2);
                    for (int member = 0; member < 1 + int((from + to + year) % 3); ++member) {
                        ++person;
                        ribbon.members.append({person, QStringLiteral("P%1").arg(person), QString(), person, 0, person % 7 == 0});
                    }
                    data.ribbons.append(ribbon);
                }
            }
        }
        QVERIFY(data.ribbons.size() >= FlowDiagram::ribbonsDrawnInBackground);

        FlowView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDiagram(std::make_unique<FlowDiagram>(data, FilterDescription()));
        FlowDiagram *diagram = view.diagram();
        // The picture comes back through the event loop: not yet. Meanwhile a note says so, over
        // every other item (the ↩ marks included), and goes once the ribbons are in.
        QVERIFY(!diagram->areRibbonsReady());
        const auto drawingNote = [diagram]() -> QGraphicsSimpleTextItem * {
            for (QGraphicsItem *item : diagram->items()) {
                auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item);
                if (text && text->text() == FlowDiagram::tr("Drawing the ribbons…"))
                    return text;
            }
            return nullptr;
        };
        QGraphicsSimpleTextItem *note = drawingNote();
        QVERIFY(note);
        for (QGraphicsItem *item : diagram->items()) {
            if (item != note)
                QVERIFY2(item->zValue() < note->zValue(), qPrintable(QString::number(item->zValue())));
        }
        const qint64 highlighted = data.ribbons.at(40).members.constFirst().personId;
        for (const qint64 personId : {qint64(0), highlighted}) {
            QSignalSpy ready(diagram, &FlowDiagram::ribbonsReady);
            view.highlightPerson(personId);
            if (!diagram->areRibbonsReady())
                QVERIFY(ready.wait(60000));
            QVERIFY(!drawingNote());
            const QImage shown = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
            const int ratio = qRound(view.devicePixelRatioF());
            FlowDiagram exported(data, FilterDescription());
            exported.highlightPerson(personId);
            const QImage expected =
                ChartExporter::renderImage(exported, view.viewport()->size(), ratio).convertToFormat(QImage::Format_RGB32);
            QCOMPARE(shown.size(), expected.size());
            int different = 0;
            int coloured = 0; // ribbons' colours, not the greys of text, grid and nodes
            for (int y = 0; y < shown.height(); ++y) {
                for (int x = 0; x < shown.width(); ++x) {
                    const QColor a = shown.pixelColor(x, y);
                    const QColor b = expected.pixelColor(x, y);
                    if (qAbs(a.red() - b.red()) > 24 || qAbs(a.green() - b.green()) > 24 || qAbs(a.blue() - b.blue()) > 24)
                        ++different;
                    if (qMax(a.red(), qMax(a.green(), a.blue())) - qMin(a.red(), qMin(a.green(), a.blue())) > 40)
                        ++coloured;
                }
            }
            const int pixels = shown.width() * shown.height();
            QVERIFY2(coloured > pixels / 10, qPrintable(QString::number(coloured)));
            // Along the highlighted person's ribbon, drawn strong over the faint others, pixel for pixel.
            if (personId != 0) {
                const QPainterPath lit = diagram->ribbonShape(40);
                QVERIFY(diagram->isHighlighted(40));
                for (qreal at = 0.05; at < 0.5; at += 0.05) {
                    // The path runs along the top edge and back along the bottom: halfway across is inside.
                    const QPointF top = lit.pointAtPercent(at);
                    const QPointF bottom = lit.pointAtPercent(1 - at);
                    const QPoint inside = view.mapFromScene((top + bottom) / 2) * ratio;
                    const QColor a = shown.pixelColor(inside);
                    const QColor b = expected.pixelColor(inside);
                    QVERIFY2(qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) < 30,
                             qPrintable(QStringLiteral("at %1,%2: %3 shown, %4 exported").arg(inside.x()).arg(inside.y())
                                            .arg(a.name(), b.name())));
                }
            }
            QVERIFY2(different < pixels / 200, qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(different).arg(pixels)));
        }
    }
};

QTEST_MAIN(TestTalentFlow)
#include "tst_talentflow.moc"
