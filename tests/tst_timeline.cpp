#include "models/DataSession.h"
#include "models/Database.h"
#include "models/RolesTableModel.h"
#include "models/TimelineRepository.h"
#include "ui/chart/ChartExporter.h"
#include "ui/chart/ChartPanel.h"
#include "ui/MainWindow.h"
#include "ui/browse/PersonSelection.h"
#include "ui/browse/RolesTableView.h"
#include "ui/chart/TimelineView.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace talentflow;

// The timeline charts: data, export at exact sizes, linked selection, and the crash guard.
class TestTimeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static double pixelStdDev(const QImage &image)
    {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                const double grey = qGray(image.pixel(x, y));
                sum += grey;
                squares += grey * grey;
                ++n;
            }
        }
        const double mean = sum / n;
        return std::sqrt(squares / n - mean * mean);
    }

    qint64 companyId(const QString &nameEn)
    {
        QString error;
        return TimelineRepository(m_db->connection()).companyIdByName(nameEn, &error).value_or(0);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_db = Database::create(path(QStringLiteral("t.sqlite")), Database::Contents::Seeded, &error);
        QVERIFY2(m_db, qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->setPersistent(false);
        m_window->setDatabase(Database::open(path(QStringLiteral("t.sqlite")), &error));
        m_window->resize(1500, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void founderViewHasElevenLanesAndEndsAtTwo()
    {
        QString error;
        const std::optional<FounderTimeline> founders =
            TimelineRepository(m_db->connection()).founders(companyId(QStringLiteral("OpenAI")), &error);
        QVERIFY2(founders, qPrintable(error));
        QCOMPARE(founders->data.lanes.size(), 11);
        QVERIFY(!founders->steps.isEmpty());
        QCOMPARE(founders->steps.first().present, 11); // all eleven at the founding
        // Articles 001 and 004: two remain; article 002 counts Brockman, on sabbatical, as a third.
        QCOMPARE(founders->steps.last().present, 2);
        QCOMPARE(founders->steps.last().onLeave, 1);

        TimelineChart chart(founders->data, founders->steps, TimelineSpec{TimelineKind::Founders, LaneGrouping::Person, {}});
        QCOMPARE(chart.laneCount(), 11);
        QCOMPARE(chart.finalPresentCount(), 2);
        QCOMPARE(chart.finalOnLeaveCount(), 1);
        // Cheung's two disputed departure years are both drawn.
        int cheungDepartures = 0;
        for (const PlacedMarker &placed : chart.markers())
            cheungDepartures += placed.marker.disputed && placed.marker.kind == QLatin1String("left") ? 1 : 0;
        QCOMPARE(cheungDepartures, 2);
    }

    // The caption wraps to the export's width and sets the bottom margin. Sized before the chart
    // took the export's size, the chart is laid out once; after, twice (the larger share of a
    // large chart's render time).
    void anExportLaysTheChartOutOnce()
    {
        QString error;
        ChartRequest request;
        const std::optional<TimelineInput> input = TimelineRepository(m_db->connection()).load(request, &error);
        QVERIFY2(input, qPrintable(error));
        TimelineChart chart(input->data, input->steps, request.spec());
        QSignalSpy plotAreas(chart.chart(), &QChart::plotAreaChanged);
        const QImage image = ChartExporter::renderImage(chart, QSize(1600, 900), 1);
        QCOMPARE(image.size(), QSize(1600, 900));
        QCOMPARE(plotAreas.count(), 1);
    }

    void imprecisePlacedAtTheMiddleOfTheirSpan()
    {
        QCOMPARE(chartDate(*PartialDate::fromIso(QStringLiteral("2017"))), QDate(2017, 7, 2));
        QCOMPARE(chartDate(*PartialDate::fromIso(QStringLiteral("2024-09"))), QDate(2024, 9, 15));
        QCOMPARE(chartDate(*PartialDate::fromIso(QStringLiteral("2024-09-26"))), QDate(2024, 9, 26));
        QVERIFY(!chartDate(PartialDate()).isValid());
    }

    void departuresFollowTheCompanyFilter()
    {
        QString error;
        TimelineRepository repository(m_db->connection());
        const TimelineData all = *repository.departures(RoleFilter{}, LaneGrouping::Person, &error);
        const TimelineData anthropic =
            *repository.departures(RoleFilter{companyId(QStringLiteral("Anthropic")), std::nullopt}, LaneGrouping::Person, &error);
        QVERIFY(all.lanes.size() > 20);
        QCOMPARE(anthropic.lanes.size(), 1);
        QCOMPARE(anthropic.lanes.first().nameEn, QStringLiteral("John Schulman"));
        const TimelineData companies = *repository.departures(RoleFilter{}, LaneGrouping::Company, &error);
        QVERIFY(companies.lanes.size() > 10);
    }

    // The rule itself is tested on hand-built lanes (tst_timelinelayout); here, that the
    // repository's lanes come in its order, per person and nested under companies.
    void lanesComeInTheLayoutsOrder()
    {
        QString error;
        TimelineRepository repository(m_db->connection());
        const TimelineData all = *repository.departures(RoleFilter{}, LaneGrouping::Person, &error);
        QVERIFY(all.lanes.size() > 20);
        QList<TimelineLane> sorted = all.lanes;
        sortLanes(sorted);
        for (qsizetype i = 0; i < all.lanes.size(); ++i)
            QCOMPARE(all.lanes.at(i).key, sorted.at(i).key);
        QVERIFY(laneStart(all.lanes.first()).isValid());

        const TimelineData companies = *repository.departures(RoleFilter{}, LaneGrouping::Company, &error);
        QVERIFY(companies.lanes.first().heading);
        for (qsizetype i = 0; i < companies.lanes.size();) {
            QVERIFY(companies.lanes.at(i).heading);
            qsizetype end = i + 1;
            while (end < companies.lanes.size() && !companies.lanes.at(end).heading)
                ++end;
            QList<TimelineLane> staff = companies.lanes.mid(i + 1, end - i - 1);
            sortLanes(staff);
            for (qsizetype j = 0; j < staff.size(); ++j)
                QCOMPARE(companies.lanes.at(i + 1 + j).personId, staff.at(j).personId);
            i = end;
        }
    }

    // More moves than a chart can show apart keep the 80 busiest lanes; the test adds a company
    // with 26,000 moves, of 100 people, to a copy of the seed.
    void aVeryLargeSelectionKeepsTheBusiestLanes()
    {
        QString error;
        const QString file = path(QStringLiteral("large.sqlite"));
        std::unique_ptr<Database> db = Database::create(file, Database::Contents::Seeded, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlDatabase connection = db->connection();
        QVERIFY(connection.transaction());
        QSqlQuery insert(connection);
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO company (name_en) VALUES ('Megacorp')")));
        const qint64 megacorp = insert.lastInsertId().toLongLong();
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO company (name_en) VALUES ('Elsewhere')")));
        const qint64 elsewhere = insert.lastInsertId().toLongLong();
        QSqlQuery person(connection);
        QVERIFY(person.prepare(QStringLiteral("INSERT INTO person (name_en) VALUES (:name)")));
        QSqlQuery role(connection);
        QVERIFY(role.prepare(QStringLiteral("INSERT INTO role (person_id, company_id, title_en, title_zh, start_date, start_precision, end_precision) "
                                            "VALUES (:person, :company, 'Engineer', '工程师', '2020', 'year', 'unknown')")));
        QSqlQuery move(connection);
        QVERIFY(move.prepare(QStringLiteral("INSERT INTO movement (person_id, kind, company_id, date, precision) "
                                            "VALUES (:person, 'joined', :company, :date, 'day')")));
        QList<qint64> people;
        for (int i = 0; i < 100; ++i) {
            person.bindValue(QStringLiteral(":name"), QStringLiteral("Worker %1").arg(i, 3, 10, QLatin1Char('0')));
            QVERIFY(person.exec());
            people.append(person.lastInsertId().toLongLong());
            // Person i has 200 + i moves at Megacorp, so the busiest are the last ones.
            for (int n = 0; n < 200 + i; ++n) {
                move.bindValue(QStringLiteral(":person"), people.last());
                move.bindValue(QStringLiteral(":company"), megacorp);
                move.bindValue(QStringLiteral(":date"), QDate(2000, 1, 1).addDays(n).toString(Qt::ISODate));
                QVERIFY(move.exec());
            }
        }
        // Only the first 50 hold a role at Megacorp at first: the company has 24,950 moves, but
        // the moves of the people its table shows are 11,225, few enough to draw every lane.
        for (int i = 0; i < 50; ++i) {
            role.bindValue(QStringLiteral(":person"), people.at(i));
            role.bindValue(QStringLiteral(":company"), megacorp);
            QVERIFY(role.exec());
        }
        QVERIFY(connection.commit());
        TimelineRepository repository(connection);
        const TimelineData some = *repository.departures(RoleFilter{megacorp, std::nullopt}, LaneGrouping::Person, &error);
        QCOMPARE(some.lanes.size(), 50);
        QCOMPARE(some.omittedLanes, 0);

        // With everyone's role, 24,950 moves: the 80 busiest lanes, 20 left out.
        QVERIFY(connection.transaction());
        for (int i = 50; i < 100; ++i) {
            role.bindValue(QStringLiteral(":person"), people.at(i));
            role.bindValue(QStringLiteral(":company"), megacorp);
            QVERIFY(role.exec());
        }
        QVERIFY(connection.commit());
        const TimelineData all = *repository.departures(RoleFilter{megacorp, std::nullopt}, LaneGrouping::Person, &error);
        QCOMPARE(all.lanes.size(), 80);
        QCOMPARE(all.omittedLanes, 20);
        for (const TimelineLane &lane : all.lanes)
            QVERIFY2(lane.key >= people.at(20), qPrintable(lane.nameEn)); // the 20 quietest are out
        // Another company with no moves draws nothing, large database or not.
        const TimelineData none = *repository.departures(RoleFilter{elsewhere, std::nullopt}, LaneGrouping::Person, &error);
        QCOMPARE(none.lanes.size(), 0);
        // Unfiltered, the whole file is over the limit too.
        const TimelineData everything = *repository.departures(RoleFilter{}, LaneGrouping::Person, &error);
        QCOMPARE(everything.lanes.size(), 80);
        QVERIFY(everything.omittedLanes > 20);
    }

    void exportHasExactlyTheRequestedPixels_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("view");
        QTest::newRow("wide 1x") << QSize(1600, 900) << 1 << 0;
        QTest::newRow("narrow 2x") << QSize(600, 800) << 2 << 0;
        QTest::newRow("small 3x") << QSize(400, 300) << 3 << 1;
        QTest::newRow("founders 2x") << QSize(1200, 700) << 2 << 1;
    }

    void exportHasExactlyTheRequestedPixels()
    {
        QFETCH(QSize, size);
        QFETCH(int, scale);
        QFETCH(int, view);
        m_window->chartPanel()->findChild<QComboBox *>(QStringLiteral("chartKind"))->setCurrentIndex(view);
        const QString png = path(QStringLiteral("chart.png"));
        QString error;
        QVERIFY2(m_window->chartPanel()->exportChart(png, size, scale, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), size * scale);
        QVERIFY2(pixelStdDev(image) > 8, qPrintable(QStringLiteral("the chart is blank: %1").arg(pixelStdDev(image))));
        m_window->chartPanel()->findChild<QComboBox *>(QStringLiteral("chartKind"))->setCurrentIndex(0);
    }

    void exportChangesWithTheCompanyFilter()
    {
        QComboBox *company = m_window->findChild<QComboBox *>(QStringLiteral("companyFilter"));
        QString error;
        company->setCurrentIndex(0);
        QVERIFY(m_window->chartPanel()->exportChart(path(QStringLiteral("all.png")), QSize(800, 600), 1, &error));
        company->setCurrentIndex(company->findText(QStringLiteral("Anthropic")));
        QVERIFY(m_window->chartPanel()->exportChart(path(QStringLiteral("anthropic.png")), QSize(800, 600), 1, &error));
        company->setCurrentIndex(0);
        QVERIFY(QImage(path(QStringLiteral("all.png"))) != QImage(path(QStringLiteral("anthropic.png"))));
    }

    void exportsSvg()
    {
        QString error;
        QVERIFY2(m_window->chartPanel()->exportChart(path(QStringLiteral("chart.svg")), QSize(1000, 600), 1, &error),
                 qPrintable(error));
        QFile svg(path(QStringLiteral("chart.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Departures timeline"));
    }

    void exportRefusesBadRequestsWithoutAFile()
    {
        QString error;
        ChartPanel *panel = m_window->chartPanel();
        QVERIFY(!panel->exportChart(path(QStringLiteral("zero.png")), QSize(0, 0), 1, &error));
        QVERIFY(!panel->exportChart(path(QStringLiteral("huge.png")), QSize(100000, 100000), 1, &error));
        QVERIFY(!panel->exportChart(path(QStringLiteral("scale.png")), QSize(800, 600), 4, &error));
        QVERIFY(!panel->exportChart(path(QStringLiteral("no/folder/x.png")), QSize(800, 600), 1, &error));
        QVERIFY(error.contains(QStringLiteral("cannot write")));
        QVERIFY(!panel->exportChart(path(QStringLiteral("x.jpg")), QSize(800, 600), 1, &error));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("zero*"), QStringLiteral("huge*"), QStringLiteral("scale*"),
                                              QStringLiteral("x.*")})
                    .isEmpty());
    }

    void clickingAMarkerSelectsItsPerson()
    {
        TimelineView *view = m_window->findChild<TimelineView *>(QStringLiteral("timelineView"));
        QVERIFY(view && view->timeline());
        const PlacedMarker *karpathy = nullptr;
        for (const PlacedMarker &placed : view->timeline()->markers()) {
            if (placed.marker.kind == QLatin1String("left") && placed.marker.toCompanyId
                && view->timeline()->laneOf(placed.marker.personId) >= 0
                && view->rect().contains(view->viewPosition(placed))) {
                karpathy = &placed;
                break;
            }
        }
        QVERIFY(karpathy);
        const QPoint at = view->viewPosition(*karpathy);
        QCOMPARE(view->markerAt(at), karpathy);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_window->selection()->personId(), karpathy->marker.personId);
        // …and the table followed.
        QCOMPARE(m_window->rolesView()->currentPersonId(), karpathy->marker.personId);
        QCOMPARE(view->highlightedKey(), karpathy->marker.personId);
    }

    void selectingInTheTableHighlightsTheLane()
    {
        RolesTableView *table = m_window->rolesView();
        QAbstractItemModel *model = table->model();
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (model->index(r, RolesTableModel::Person).data().toString() == QLatin1String("Vicki Cheung"))
                row = r;
        }
        QVERIFY(row >= 0);
        table->setCurrentIndex(model->index(row, RolesTableModel::Title));
        const qint64 cheung = model->index(row, 0).data(RolesTableModel::PersonIdRole).toLongLong();
        QCOMPARE(m_window->selection()->personId(), cheung);
        TimelineView *view = m_window->findChild<TimelineView *>(QStringLiteral("timelineView"));
        QCOMPARE(view->highlightedKey(), cheung);
    }

    void largeDatabasesLoadTheChartInTheBackground()
    {
        ChartPanel *panel = m_window->chartPanel();
        DataSession *session = m_window->session();
        session->setLargeThreshold(0); // treat the seed as large
        const auto restore = qScopeGuard([session] { session->setLargeThreshold(DataSession::defaultLargeMoves); });
        // Every answer on a worker delivered or dropped: the workers done, then their hand-over.
        const auto settle = [session] {
            for (int round = 0; round < 3; ++round) {
                session->waitForWorkers();
                QCoreApplication::processEvents();
            }
        };
        QSignalSpy rebuilt(panel, &ChartPanel::rebuilt);
        panel->findChild<QComboBox *>(QStringLiteral("chartKind"))->setCurrentIndex(1);
        QCOMPARE(rebuilt.count(), 0); // not drawn synchronously
        settle();
        QCOMPARE(rebuilt.count(), 1);
        TimelineView *view = m_window->findChild<TimelineView *>(QStringLiteral("timelineView"));
        QCOMPARE(view->timeline()->laneCount(), 11);
        // A newer request supersedes an older one still running: two asked, one drawn.
        panel->findChild<QComboBox *>(QStringLiteral("chartKind"))->setCurrentIndex(0);
        panel->findChild<QComboBox *>(QStringLiteral("chartGrouping"))->setCurrentIndex(1);
        QString error;
        const TimelineChart companyLanes(*TimelineRepository(m_db->connection()).departures(RoleFilter{}, LaneGrouping::Company, &error),
                                         {}, TimelineSpec{TimelineKind::Departures, LaneGrouping::Company, {}});
        settle();
        QCOMPARE(rebuilt.count(), 2);
        QCOMPARE(view->timeline()->laneCount(), companyLanes.laneCount());
        QCOMPARE(view->timeline()->laneKey(0), companyLanes.laneKey(0));
        panel->findChild<QComboBox *>(QStringLiteral("chartGrouping"))->setCurrentIndex(0);
        settle();
        QCOMPARE(rebuilt.count(), 3);
    }

    void clicksEverywhereNeverCrash()
    {
        // Every point of the view on a grid, margins and empty plot areas included: press, move,
        // release, double-click and wheel, in both charts and both lane groupings.
        TimelineView *view = m_window->findChild<TimelineView *>(QStringLiteral("timelineView"));
        QComboBox *kind = m_window->chartPanel()->findChild<QComboBox *>(QStringLiteral("chartKind"));
        QComboBox *grouping = m_window->chartPanel()->findChild<QComboBox *>(QStringLiteral("chartGrouping"));
        int clicks = 0;
        for (int k = 0; k < 2; ++k) {
            kind->setCurrentIndex(k);
            for (int g = 0; g < (k == 0 ? 2 : 1); ++g) {
                grouping->setCurrentIndex(g);
                QWidget *surface = view->viewport();
                for (int y = 0; y < surface->height(); y += 13) {
                    for (int x = 0; x < surface->width(); x += 17) {
                        QTest::mousePress(surface, Qt::LeftButton, {}, QPoint(x, y));
                        QTest::mouseRelease(surface, Qt::LeftButton, {}, QPoint(x, y));
                        ++clicks;
                    }
                }
                QTest::mouseDClick(surface, Qt::LeftButton, {}, surface->rect().center());
                QTest::mousePress(surface, Qt::LeftButton, {}, QPoint(10, 10));
                QTest::mouseMove(surface, QPoint(200, 40));
                QTest::mouseRelease(surface, Qt::LeftButton, {}, QPoint(200, 40));
                for (int step = 0; step < 6; ++step) {
                    QWheelEvent wheel(QPointF(surface->width() / 2.0, surface->height() / 2.0), QCursor::pos(), QPoint(),
                                      QPoint(0, step < 3 ? 120 : -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
                    QApplication::sendEvent(surface, &wheel);
                }
                view->resetZoom();
            }
        }
        grouping->setCurrentIndex(0);
        kind->setCurrentIndex(0);
        QVERIFY(clicks > 1000);
        QVERIFY(m_window->isVisible());
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
