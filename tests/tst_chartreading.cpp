#include "models/Database.h"
#include "models/TimelineRepository.h"
#include "ui/chart/CalendarTicks.h"
#include "ui/chart/ChartExporter.h"
#include "ui/chart/ChartPanel.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/chart/TimelineChart.h"
#include "ui/chart/TimelineView.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QValueAxis>
#include <QChart>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace talentflow;

namespace {

// A chart as an export of this size builds it, from the database's data for the request.
std::unique_ptr<TimelineChart> buildFromDatabase(Database &database, const ChartRequest &request, const QSize &size,
                                                 QString *error)
{
    const std::optional<TimelineInput> input = TimelineRepository(database.connection()).load(request, error);
    return input ? ChartExporter::buildToFit(*input, request.spec(), size) : nullptr;
}

// A word tesseract read, with its box in image pixels.
struct OcrWord
{
    QString text;
    QRect box;
};

QList<OcrWord> ocr(const QString &png, const QString &languages, int pageMode = 11)
{
    QProcess tesseract;
    tesseract.start(QStringLiteral("tesseract"), {png, QStringLiteral("-"), QStringLiteral("-l"), languages,
                                                  QStringLiteral("--psm"), QString::number(pageMode), QStringLiteral("tsv")});
    if (!tesseract.waitForFinished(120000) || tesseract.exitCode() != 0)
        return {};
    QList<OcrWord> words;
    const QStringList lines = QString::fromUtf8(tesseract.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() < 12 || f.at(0) != QLatin1String("5") || f.at(11).trimmed().isEmpty())
            continue;
        words.append({f.at(11).trimmed(), QRect(f.at(6).toInt(), f.at(7).toInt(), f.at(8).toInt(), f.at(9).toInt())});
    }
    return words;
}

// OCR reads a capital I as a small l now and then; compare words as a reader would.
QString readable(QString text)
{
    text = text.toLower();
    text.replace(QLatin1Char('l'), QLatin1Char('i'));
    text.remove(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]")));
    return text;
}

int occurrences(const QString &haystack, const QString &needle)
{
    int count = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        ++count;
    return count;
}

// The centres of the blobs of one colour in an image, left to right.
QList<QPointF> blobsOfColour(const QImage &image, QRgb colour)
{
    QList<QPointF> centres;
    QImage seen(image.size(), QImage::Format_Mono);
    seen.fill(0);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != colour || seen.pixelIndex(x, y))
                continue;
            QList<QPoint> stack{QPoint(x, y)};
            seen.setPixel(x, y, 1);
            qreal sx = 0, sy = 0;
            int n = 0;
            while (!stack.isEmpty()) {
                const QPoint p = stack.takeLast();
                sx += p.x();
                sy += p.y();
                ++n;
                for (const QPoint d : {QPoint(1, 0), QPoint(-1, 0), QPoint(0, 1), QPoint(0, -1)}) {
                    const QPoint q = p + d;
                    if (image.rect().contains(q) && !seen.pixelIndex(q.x(), q.y()) && image.pixel(q) == colour) {
                        seen.setPixel(q.x(), q.y(), 1);
                        stack.append(q);
                    }
                }
            }
            if (n >= 20) // a marker, not a stray anti-aliased pixel
                centres.append(QPointF(sx / n, sy / n));
        }
    }
    std::sort(centres.begin(), centres.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    return centres;
}

TimelineMarker move(qint64 id, qint64 person, const char *kind, const PartialDate &date)
{
    TimelineMarker marker;
    marker.movementId = id;
    marker.personId = person;
    marker.kind = QLatin1String(kind);
    marker.companyId = 1;
    marker.date = date;
    return marker;
}

// Three people with moves on a day, in a month and in a year.
TimelineData threePrecisions()
{
    TimelineData data;
    data.companies.insert(1, {1, QStringLiteral("Acme"), QString()});
    const QStringList names{QStringLiteral("Day Person"), QStringLiteral("Month Person"), QStringLiteral("Year Person")};
    for (int i = 0; i < names.size(); ++i) {
        data.people.insert(i + 1, {i + 1, names.at(i), QString(), {}});
        TimelineLane lane;
        lane.key = i + 1;
        lane.nameEn = names.at(i);
        data.lanes.append(lane);
    }
    data.lanes[0].markers.append(move(1, 1, "left", PartialDate::day(2020, 1, 1)));
    data.lanes[1].markers.append(move(2, 2, "joined", PartialDate::month(2021, 3)));
    data.lanes[2].markers.append(move(3, 3, "left", PartialDate::year(2022)));
    data.sourceCount = 1;
    return data;
}

} // namespace

// What a reader sees in a chart: where the labels stand against the marks, read back from the
// chart's own drawing and, end to end, from the exported picture by OCR.
class TestChartReading : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_seeded;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Lays a chart out at a size in a scene, as a window or an export would.
    struct Stage
    {
        QGraphicsScene scene;
        TimelineChart *timeline;
        Stage(TimelineChart &chart, const QSize &size)
            : timeline(&chart)
        {
            scene.addItem(chart.chart());
            chart.fitCaption(QRectF(QPointF(), QSizeF(size)));
            chart.chart()->setGeometry(QRectF(QPointF(), QSizeF(size)));
            settle();
        }
        ~Stage() { scene.removeItem(timeline->chart()); }
        void settle()
        {
            for (int pass = 0; pass < 4; ++pass) {
                QCoreApplication::sendPostedEvents();
                timeline->layoutOverlays();
            }
        }
    };

    // Every visible piece of text the chart drew, in chart coordinates (zero-width spaces that
    // keep same-named lanes apart removed).
    static QList<QPair<QString, QRectF>> drawnTexts(QChart *chart)
    {
        QList<QPair<QString, QRectF>> texts;
        QList<QGraphicsItem *> items = chart->childItems();
        while (!items.isEmpty()) {
            QGraphicsItem *item = items.takeFirst();
            items.append(item->childItems());
            if (!item->isVisible())
                continue;
            QString text;
            if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                text = rich->toPlainText();
            else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                text = simple->text();
            text.remove(QChar(0x200B));
            text = text.trimmed(); // the lane axis pads one name to keep its width
            if (!text.isEmpty())
                texts.append({text, item->mapRectToItem(chart, item->boundingRect())});
        }
        return texts;
    }

    static QList<QRectF> boxesOf(const QList<QPair<QString, QRectF>> &drawn, const QString &text)
    {
        QList<QRectF> boxes;
        for (const auto &item : drawn) {
            if (item.first == text)
                boxes.append(item.second);
        }
        return boxes;
    }

    static const PlacedMarker &markerOf(const TimelineChart &chart, qint64 movementId)
    {
        for (const PlacedMarker &placed : chart.markers()) {
            if (placed.marker.movementId == movementId)
                return placed;
        }
        qFatal("no marker %lld", movementId);
    }

    QString binary() const { return QStringLiteral(TALENTFLOW_BINARY); }

    bool exportChart(const QStringList &arguments, QString *output)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(binary(), arguments);
        const bool ok = process.waitForFinished(60000) && process.exitCode() == 0;
        *output = QString::fromUtf8(process.readAllStandardError());
        return ok;
    }

    // The seeded database's departures, as the chart reads them.
    std::optional<TimelineInput> seededDepartures() const
    {
        QString error;
        const std::unique_ptr<Database> db = Database::open(m_seeded, &error);
        std::optional<TimelineInput> input = db ? TimelineRepository(db->connection()).load(ChartRequest(), &error) : std::nullopt;
        if (!input)
            qWarning("%s", qPrintable(error));
        return input;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_seeded = path(QStringLiteral("seed.sqlite"));
        QString error;
        QVERIFY2(Database::create(m_seeded, Database::Contents::Seeded, &error), qPrintable(error));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("tesseract")).isEmpty(),
                 "tesseract-ocr is needed (packaging/install-deps.sh installs it)");
    }

    // A day-precise move sits on its calendar tick; a month's and a year's at the middle of the
    // two ticks that bound them; at three zoom levels, with labels increasing, never repeated
    // and never skipped.
    void marksSitOnTheirCalendarTicks_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("step");
        QTest::newRow("decades") << QDate(1980, 1, 1) << QDate(2060, 1, 1) << int(CalendarStep::FiveYears);
        QTest::newRow("years") << QDate(2017, 1, 1) << QDate(2025, 1, 1) << int(CalendarStep::Year);
        QTest::newRow("quarters") << QDate(2019, 7, 1) << QDate(2022, 7, 1) << int(CalendarStep::Quarter);
        QTest::newRow("months") << QDate(2019, 12, 1) << QDate(2020, 6, 1) << int(CalendarStep::Month);
        QTest::newRow("months 2021") << QDate(2021, 1, 1) << QDate(2021, 8, 1) << int(CalendarStep::Month);
    }

    void marksSitOnTheirCalendarTicks()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, step);
        TimelineChart chart(threePrecisions(), {}, TimelineSpec{});
        Stage stage(chart, QSize(1600, 900));
        chart.setTimeRange(chartMsecs(from), chartMsecs(to));
        stage.settle();
        QCOMPARE(int(chart.tickStep()), step);

        const QList<QPair<QString, QRectF>> drawn = drawnTexts(chart.chart());
        const QList<CalendarTick> &ticks = chart.ticks();
        QVERIFY(ticks.size() >= 3);
        QHash<QDate, qreal> tickX;
        for (int i = 0; i < ticks.size(); ++i) {
            const CalendarTick &tick = ticks.at(i);
            const QList<QRectF> boxes = boxesOf(drawn, tick.label);
            QVERIFY2(boxes.size() == 1, qPrintable(tick.label + QStringLiteral(" is not drawn once")));
            tickX.insert(tick.date, boxes.first().center().x());
            // Consecutive: each label one step after the one before, further right, and new.
            if (i > 0) {
                QCOMPARE(ticks.at(i - 1).date.addMonths(step), tick.date);
                QVERIFY(tickX.value(tick.date) > tickX.value(ticks.at(i - 1).date));
                QVERIFY(tick.label != ticks.at(i - 1).label);
            }
        }
        const auto x = [&](qint64 id) { return chart.markerPosition(markerOf(chart, id)).x(); };
        if (tickX.contains(QDate(2020, 1, 1)))
            QVERIFY2(qAbs(x(1) - tickX.value(QDate(2020, 1, 1))) <= 1.0,
                     qPrintable(QStringLiteral("1 Jan 2020 at %1, its tick at %2").arg(x(1)).arg(tickX.value(QDate(2020, 1, 1)))));
        if (tickX.contains(QDate(2021, 3, 1)) && tickX.contains(QDate(2021, 4, 1)))
            QVERIFY(qAbs(x(2) - (tickX.value(QDate(2021, 3, 1)) + tickX.value(QDate(2021, 4, 1))) / 2) <= 1.0);
        if (tickX.contains(QDate(2022, 1, 1)) && tickX.contains(QDate(2023, 1, 1)))
            QVERIFY(qAbs(x(3) - (tickX.value(QDate(2022, 1, 1)) + tickX.value(QDate(2023, 1, 1))) / 2) <= 1.0);
        // And no tick label is drawn twice.
        QSet<QString> labels;
        for (const CalendarTick &tick : ticks)
            labels.insert(tick.label);
        QCOMPARE(labels.size(), ticks.size());
    }

    // After a pan that keeps the same ticks, no grid line is left at the old left edge, and no
    // pan or zoom reaches dates where a tick would be no real year.
    void panningKeepsTicksOnBoundaries()
    {
        TimelineChart chart(threePrecisions(), {}, TimelineSpec{});
        Stage stage(chart, QSize(1600, 900));
        chart.setTimeRange(chartMsecs(QDate(2019, 3, 1)), chartMsecs(QDate(2024, 3, 1)));
        stage.settle();
        const QList<CalendarTick> before = chart.ticks();
        chart.setTimeRange(chartMsecs(QDate(2019, 2, 1)), chartMsecs(QDate(2024, 2, 1)));
        stage.settle();
        QCOMPARE(chart.ticks().first().date, before.first().date); // the same ticks…
        // …and the first category, where Qt Charts draws a grid line, starts at the left edge.
        QCOMPARE(chart.timeAxis()->startValue(chart.timeAxis()->categoriesLabels().first()), chart.timeAxis()->min());
        chart.setTimeRange(chartMsecs(QDate(1000, 1, 1)), chartMsecs(QDate(1100, 1, 1)));
        stage.settle();
        QVERIFY(chartDateAt(qint64(chart.timeAxis()->min())).year() >= 1960);
        for (const CalendarTick &tick : chart.ticks())
            QVERIFY(tick.date.isValid() && tick.date.year() >= 1960 && tick.date.day() == 1);
    }

    void monthLabelsFollowTheLanguage()
    {
        QCOMPARE(calendarTickLabel(QDate(2024, 9, 1), CalendarStep::Month, false), QStringLiteral("Sep 2024"));
        QCOMPARE(calendarTickLabel(QDate(2024, 9, 1), CalendarStep::Month, true), QStringLiteral("2024年9月"));
        QCOMPARE(calendarTickLabel(QDate(2024, 1, 1), CalendarStep::Year, true), QStringLiteral("2024年"));
        // Quarters start in January, April, July and October, whatever the range's first day.
        const QList<CalendarTick> quarters = calendarTicks(QDate(2024, 2, 15), QDate(2025, 1, 1), CalendarStep::Quarter, false);
        QCOMPARE(quarters.first().date, QDate(2024, 4, 1));
        QCOMPARE(quarters.last().date, QDate(2025, 1, 1));
        QCOMPARE(calendarTicks(QDate(2011, 3, 1), QDate(2031, 1, 1), CalendarStep::FiveYears, false).first().date, QDate(2015, 1, 1));
    }

    // End to end: an exported PNG, read back by OCR. Moves on 1 January 2020 and 2022; the
    // labels "2020" and "2022" stand within 1% of the image's width of their markers, and the
    // year labels run without a gap.
    void exportedYearsStandAtTheirMarkers()
    {
        const QString file = path(QStringLiteral("two.sqlite"));
        QString error;
        {
            std::unique_ptr<Database> db = Database::create(file, Database::Contents::Empty, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO company (id, name_en) VALUES (1, 'Acme')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO person (id, name_en) VALUES (1, 'Ann Early'), (2, 'Bo Later')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO role (person_id, company_id, title_en, title_zh, start_precision, end_precision) "
                                          "VALUES (1, 1, 'Engineer', '工程师', 'unknown', 'unknown'), (2, 1, 'Engineer', '工程师', 'unknown', 'unknown')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO movement (person_id, kind, company_id, date, precision) VALUES "
                                          "(1, 'left', 1, '2020-01-01', 'day'), (2, 'left', 1, '2022-01-01', 'day')")));
        }
        const QString png = path(QStringLiteral("two.png"));
        QString output;
        QVERIFY2(exportChart({QStringLiteral("--plain"), QStringLiteral("--database"), file, QStringLiteral("--export-chart"), png, QStringLiteral("--size"),
                              QStringLiteral("800x500"), QStringLiteral("--scale"), QStringLiteral("3"), QStringLiteral("--lang"),
                              QStringLiteral("en")},
                             &output),
                 qPrintable(output));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(2400, 1500));
        const QList<OcrWord> words = ocr(png, QStringLiteral("eng"));
        QMap<int, qreal> years; // year -> label centre
        int axisRow = image.height();
        for (const OcrWord &word : words) {
            static const QRegularExpression year(QStringLiteral("^(19|20)\\d\\d$"));
            if (year.match(word.text).hasMatch()) {
                years.insert(word.text.toInt(), word.box.center().x());
                axisRow = qMin(axisRow, word.box.top());
            }
        }
        // The two moves' markers: red blobs above the axis' labels (the legend's is below).
        QList<QPointF> markers;
        for (const QPointF &blob : blobsOfColour(image.convertToFormat(QImage::Format_RGB32), qRgb(0xd6, 0x27, 0x28))) {
            if (blob.y() < axisRow)
                markers.append(blob);
        }
        QCOMPARE(markers.size(), 2);
        QStringList readYears;
        for (int year : years.keys())
            readYears.append(QString::number(year));
        QVERIFY2(years.contains(2020) && years.contains(2022), qPrintable(QStringLiteral("OCR read the years ") + readYears.join(QLatin1Char(' '))));
        const qreal tolerance = image.width() * 0.01;
        QVERIFY2(qAbs(years.value(2020) - markers.first().x()) <= tolerance,
                 qPrintable(QStringLiteral("2020 at %1, its marker at %2").arg(years.value(2020)).arg(markers.first().x())));
        QVERIFY2(qAbs(years.value(2022) - markers.last().x()) <= tolerance,
                 qPrintable(QStringLiteral("2022 at %1, its marker at %2").arg(years.value(2022)).arg(markers.last().x())));
        const QList<int> read = years.keys();
        for (int i = 1; i < read.size(); ++i)
            QCOMPARE(read.at(i), read.at(i - 1) + 1);
        for (int i = 1; i < read.size(); ++i)
            QVERIFY(years.value(read.at(i)) > years.value(read.at(i - 1)));
    }

    // Every founder's name is on the exported chart once, at ordinary sizes, read by OCR.
    void founderNamesAreReadableAtOrdinarySizes_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("language");
        QTest::newRow("1000x700 en") << QStringLiteral("1000x700") << QStringLiteral("en");
        QTest::newRow("800x600 en") << QStringLiteral("800x600") << QStringLiteral("en");
        QTest::newRow("1000x700 zh") << QStringLiteral("1000x700") << QStringLiteral("zh");
        QTest::newRow("800x600 zh") << QStringLiteral("800x600") << QStringLiteral("zh");
    }

    void founderNamesAreReadableAtOrdinarySizes()
    {
        QFETCH(QString, size);
        QFETCH(QString, language);
        const QString png = path(QStringLiteral("founders-%1-%2.png").arg(size, language));
        QString output;
        QVERIFY2(exportChart({QStringLiteral("--plain"), QStringLiteral("--database"), m_seeded, QStringLiteral("--export-chart"), png, QStringLiteral("--view"),
                              QStringLiteral("founders"), QStringLiteral("--size"), size, QStringLiteral("--lang"), language,
                              QStringLiteral("--scale"), QStringLiteral("3")},
                             &output),
                 qPrintable(output));
        QString text;
        for (const OcrWord &word : ocr(png, language == QLatin1String("zh") ? QStringLiteral("chi_sim+eng") : QStringLiteral("eng")))
            text += readable(word.text);
        // The founders as the chart names them: English names in English; in Chinese, the
        // Latin-script names of founders the articles give no Chinese name (tesseract's Chinese
        // model misreads several of the others even on a clean render, so those are checked by
        // their drawn geometry in lanesNeverOverlap instead).
        QStringList founders{QStringLiteral("Andrej Karpathy"), QStringLiteral("Durk Kingma"), QStringLiteral("Pamela Vagata"),
                             QStringLiteral("Vicki Cheung"), QStringLiteral("Wojciech Zaremba")};
        if (language == QLatin1String("en"))
            founders << QStringLiteral("Elon Musk") << QStringLiteral("Greg Brockman") << QStringLiteral("Ilya Sutskever")
                     << QStringLiteral("John Schulman") << QStringLiteral("Sam Altman") << QStringLiteral("Trevor Blackwell");
        for (const QString &founder : founders)
            QVERIFY2(occurrences(text, readable(founder)) == 1,
                     qPrintable(QStringLiteral("%1 read %2 times in %3").arg(founder).arg(occurrences(text, readable(founder))).arg(text)));
    }

    // Lane names and destination labels: none overlaps another, or a marker, at any size.
    void labelsNeverOverlap_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("grouping");
        QTest::addColumn<bool>("chinese");
        for (const bool chinese : {false, true}) {
            for (const QSize size : {QSize(1600, 1000), QSize(1280, 800), QSize(1000, 700), QSize(800, 600)}) {
                const QString at = QStringLiteral("%1x%2 %3").arg(size.width()).arg(size.height()).arg(chinese ? "zh" : "en");
                QTest::newRow(qPrintable(at + QStringLiteral(" departures"))) << size << 0 << 0 << chinese;
                QTest::newRow(qPrintable(at + QStringLiteral(" companies"))) << size << 0 << 1 << chinese;
                QTest::newRow(qPrintable(at + QStringLiteral(" founders"))) << size << 1 << 0 << chinese;
                QTest::newRow(qPrintable(at + QStringLiteral(" Google"))) << size << 2 << 0 << chinese;
            }
        }
    }

    void labelsNeverOverlap()
    {
        QFETCH(QSize, size);
        QFETCH(int, kind);
        QFETCH(int, grouping);
        QFETCH(bool, chinese);
        LanguageManager languages;
        languages.setLanguage(chinese ? DisplayLanguage::Chinese : DisplayLanguage::English);
        const auto backToEnglish = qScopeGuard([&languages] { languages.setLanguage(DisplayLanguage::English); });
        QString error;
        std::unique_ptr<Database> db = Database::open(m_seeded, &error);
        QVERIFY2(db, qPrintable(error));
        ChartRequest request;
        request.kind = kind == 1 ? TimelineKind::Founders : TimelineKind::Departures;
        request.grouping = LaneGrouping(grouping);
        if (kind == 2) { // one company with no undated move: no band widens the right margin
            QSqlQuery google(db->connection());
            QVERIFY(google.exec(QStringLiteral("SELECT id FROM company WHERE name_en = 'Google'")) && google.next());
            request.filter.companyId = google.value(0).toLongLong();
        }
        std::unique_ptr<TimelineChart> chart = buildFromDatabase(*db, request, size, &error);
        QVERIFY2(chart, qPrintable(error));
        Stage stage(*chart, size);
        QList<QRectF> boxes;
        QStringList names;
        const QList<QPair<QString, QRectF>> drawn = drawnTexts(chart->chart());
        QHash<QString, int> lanesNamed;
        for (int lane = 0; lane < chart->laneCount(); ++lane)
            ++lanesNamed[chart->laneName(lane)];
        for (auto it = lanesNamed.cbegin(); it != lanesNamed.cend(); ++it) {
            const QList<QRectF> found = boxesOf(drawn, it.key());
            QVERIFY2(found.size() >= it.value(), qPrintable(it.key() + QStringLiteral(" is not drawn whole on each of its lanes")));
            for (const QRectF &box : found) {
                boxes.append(box);
                names.append(it.key());
            }
        }
        for (const auto &item : drawn) {
            if (item.first.startsWith(QStringLiteral("→ "))) {
                boxes.append(item.second);
                names.append(item.first);
            }
        }
        QVERIFY(boxes.size() >= 2);
        // Nothing is cut by the chart's edge: ticks, names, the band's heading, legend, caption.
        const QRectF whole = chart->chart()->rect().adjusted(-1, -1, 1, 1);
        for (const auto &item : drawn)
            QVERIFY2(whole.contains(item.second), qPrintable(item.first + QStringLiteral(" is cut by the edge")));
        for (int i = 0; i < boxes.size(); ++i) {
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes.at(i).adjusted(0, 1, 0, -1).intersects(boxes.at(j).adjusted(0, 1, 0, -1)),
                         qPrintable(QStringLiteral("%1 overlaps %2").arg(names.at(i), names.at(j))));
        }
        // Every lane of an export gets room for its name: the busiest that fit, and a caption
        // that says so when some are left out.
        const QRectF plot = chart->chart()->plotArea();
        QVERIFY(plot.height() / (chart->visibleLaneCount() - 1 + 1.2) >= chart->minimumLaneHeight() - 0.5);
        QCOMPARE(chart->visibleLaneCount(), chart->laneCount()); // an export shows every lane it keeps
        int people = 0;
        for (int lane = 0; lane < chart->laneCount(); ++lane)
            people += chart->isHeadingLane(lane) ? 0 : 1;
        if (people < chart->availableLaneCount()) {
            const QString caption = chart->visibleTexts().join(QLatin1Char(' '));
            QVERIFY2(caption.contains(QString::number(people)) && caption.contains(QString::number(chart->availableLaneCount())),
                     qPrintable(caption));
        }
    }

    // Article 000 dates none of Thinking Machines Lab's moves; they are drawn all the same, in
    // the band for moves without a stated date, and read back from the exported picture.
    void undatedMovesAreDrawn()
    {
        const QString png = path(QStringLiteral("tml.png"));
        QString output;
        QVERIFY2(exportChart({QStringLiteral("--database"), m_seeded, QStringLiteral("--export-chart"), png, QStringLiteral("--company"),
                              QStringLiteral("Thinking Machines Lab"), QStringLiteral("--size"), QStringLiteral("1000x700"),
                              QStringLiteral("--scale"), QStringLiteral("2"), QStringLiteral("--lang"), QStringLiteral("en")},
                             &output),
                 qPrintable(output));
        QString text;
        for (const OcrWord &word : ocr(png, QStringLiteral("eng")))
            text += readable(word.text);
        for (const QString &name : {QStringLiteral("Barret Zoph"), QStringLiteral("Luke Metz"), QStringLiteral("Sam Schoenholz"),
                                    QStringLiteral("Lia Guy"), QStringLiteral("Ian O’Connell"), QStringLiteral("Andrew Tulloch"),
                                    QStringLiteral("Date not stated"), QStringLiteral("Departures: Thinking Machines Lab")})
            QVERIFY2(text.contains(readable(name)), qPrintable(name + QStringLiteral(" not read in ") + text));

        // Each of those moves is drawn in the band, at its person's lane, right of every date.
        QString error;
        std::unique_ptr<Database> db = Database::open(m_seeded, &error);
        QVERIFY2(db, qPrintable(error));
        ChartRequest request;
        QSqlQuery company(db->connection());
        QVERIFY(company.exec(QStringLiteral("SELECT id FROM company WHERE name_en = 'Thinking Machines Lab'")) && company.next());
        request.filter.companyId = company.value(0).toLongLong();
        std::unique_ptr<TimelineChart> chart = buildFromDatabase(*db, request, QSize(1000, 700), &error);
        Stage stage(*chart, QSize(1000, 700));
        QSqlQuery undated(db->connection());
        QVERIFY(undated.prepare(QStringLiteral("SELECT count(*) FROM movement WHERE date IS NULL AND (company_id = :c OR to_company_id = :c)")));
        undated.bindValue(QStringLiteral(":c"), *request.filter.companyId);
        QVERIFY(undated.exec() && undated.next());
        int inBand = 0;
        for (const PlacedMarker &placed : chart->markers()) {
            if (!placed.isUndated())
                continue;
            ++inBand;
            QVERIFY(chart->markerPosition(placed).x() > chart->chart()->plotArea().right());
            QCOMPARE(chart->laneName(int(placed.value.y())), chart->laneName(chart->lanesOfPerson(placed.marker.personId).first()));
        }
        QCOMPARE(inBand, undated.value(0).toInt());
        QVERIFY(inBand >= 10);
    }

    // With nothing dated, no year is drawn: an axis of years would suggest dates no article gives.
    void nothingDatedDrawsNoYears()
    {
        TimelineData data = threePrecisions();
        for (TimelineLane &lane : data.lanes)
            lane.markers.first().date = PartialDate();
        TimelineChart chart(data, {}, TimelineSpec{});
        Stage stage(chart, QSize(1000, 600));
        QVERIFY(chart.ticks().isEmpty());
        QCOMPARE(chart.markers().size(), 3);
        for (const PlacedMarker &placed : chart.markers())
            QVERIFY(placed.isUndated());
        static const QRegularExpression year(QStringLiteral("\\b(19|20)\\d\\d\\b"));
        for (const auto &text : drawnTexts(chart.chart()))
            QVERIFY2(!year.match(text.first).hasMatch() && text.first != QLatin1String("Date"), qPrintable(text.first));
    }

    // Each layout of a chart lays out every name on its lane axis. The ticks an export's chart
    // needs are chosen for its size before its layout, so no tick changes after the layout and
    // asks for a second one.
    void anExportLaysItsChartOutOnce_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("founders");
        QTest::newRow("departures 1600x900 en") << QSize(1600, 900) << QStringLiteral("en") << false;
        QTest::newRow("departures 800x600 en") << QSize(800, 600) << QStringLiteral("en") << false;
        QTest::newRow("departures 1200x700 zh") << QSize(1200, 700) << QStringLiteral("zh") << false;
        QTest::newRow("founders 1600x900 en") << QSize(1600, 900) << QStringLiteral("en") << true;
        QTest::newRow("founders 700x900 zh") << QSize(700, 900) << QStringLiteral("zh") << true;
    }

    void anExportLaysItsChartOutOnce()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QFETCH(bool, founders);
        LanguageManager languages;
        languages.setLanguage(language == QLatin1String("zh") ? DisplayLanguage::Chinese : DisplayLanguage::English);
        const auto backToEnglish = qScopeGuard([&languages] { languages.setLanguage(DisplayLanguage::English); });
        ChartRequest request;
        request.kind = founders ? TimelineKind::Founders : TimelineKind::Departures;
        QString error;
        std::unique_ptr<Database> db = Database::open(m_seeded, &error);
        QVERIFY2(db, qPrintable(error));
        const std::optional<TimelineInput> input = TimelineRepository(db->connection()).load(request, &error);
        QVERIFY2(input, qPrintable(error));
        int ticksChangedAfterLayout = 0; // outlives the chart whose signal counts it
        TimelineChart chart(input->data, input->steps, request.spec());
        connect(chart.timeAxis(), &QCategoryAxis::categoriesChanged, this, [&] {
            if (!chart.chart()->plotArea().isEmpty())
                ++ticksChangedAfterLayout;
        });
        ChartExporter::renderImage(chart, size, 1);
        QVERIFY(!chart.ticks().isEmpty());
        QCOMPARE(ticksChangedAfterLayout, 0);
        // Laid out at its size already, the chart keeps its ticks when exported again.
        ChartExporter::renderImage(chart, size, 1);
        QCOMPARE(ticksChangedAfterLayout, 0);
    }

    // A new chart in the window takes the last one's lane window when the view kept its size,
    // so its lane axis is set once, not again after the layout.
    void aNewChartInTheSameViewSetsItsLanesOnce()
    {
        const ChartRequest request;
        const std::optional<TimelineInput> input = seededDepartures();
        QVERIFY(input);
        TimelineView view;
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTimeline(std::make_unique<TimelineChart>(input->data, input->steps, request.spec()));
        QCoreApplication::sendPostedEvents();
        QVERIFY(view.timeline()->visibleLaneCount() < view.timeline()->laneCount()); // a window of lanes

        auto next = std::make_unique<TimelineChart>(input->data, input->steps, request.spec());
        auto *lanes = qobject_cast<QValueAxis *>(next->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(lanes);
        int rangeChanges = 0;
        const QMetaObject::Connection counting =
            connect(lanes, &QValueAxis::rangeChanged, this, [&rangeChanges] { ++rangeChanges; });
        const auto stopCounting = qScopeGuard([counting] { QObject::disconnect(counting); });
        view.setTimeline(std::move(next));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(rangeChanges, 1);
        QCOMPARE(view.timeline()->visibleLaneCount(), view.timeline()->lanesThatFit());
    }

    void exportTitleNamesItsFilter()
    {
        TimelineSpec spec;
        spec.filter.companyName = QStringLiteral("Thinking Machines Lab");
        QCOMPARE(timelineTitle(spec), QStringLiteral("Departures: Thinking Machines Lab"));
        spec.filter.search = QStringLiteral("佐夫");
        QCOMPARE(timelineTitle(spec), QStringLiteral("Departures: Thinking Machines Lab · “佐夫”"));
        QCOMPARE(timelineTitle(TimelineSpec{}), QStringLiteral("Departures timeline"));
    }

    // The window: a tooltip stays while the pointer rests, a click pins it until Esc; keys zoom
    // and pan; lanes keep their height and the chart scrolls.
    void theWindowsChartIsReadableAndKeyboardDriven()
    {
        QString error;
        MainWindow window;
        window.setPersistent(false);
        window.setDatabase(Database::open(m_seeded, &error));
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TimelineView *view = window.findChild<TimelineView *>(QStringLiteral("timelineView"));
        QTRY_VERIFY(view->timeline() && view->timeline()->laneCount() > 20);
        TimelineChart *chart = view->timeline();
        QTRY_VERIFY(chart->chart()->plotArea().height() > 0 && chart->visibleLaneCount() < chart->laneCount());

        // Lanes keep their height: a window of them shows, and its scroll bar moves it while the
        // axes stay in place.
        const qreal laneHeight = chart->chart()->plotArea().height() / (chart->visibleLaneCount() - 1 + 1.2);
        QVERIFY2(laneHeight >= chart->minimumLaneHeight() - 0.5, qPrintable(QString::number(laneHeight)));
        QVERIFY(chart->visibleLaneCount() < chart->laneCount());
        QScrollBar *lanes = view->laneScrollBar();
        QVERIFY(lanes->isVisible());
        QCOMPARE(lanes->maximum(), chart->laneCount() - chart->visibleLaneCount());
        const QString lastLane = chart->laneName(chart->laneCount() - 1);
        QVERIFY(!chart->visibleTexts().contains(lastLane));
        view->setFocus();
        const qreal plotLeft = chart->chart()->plotArea().left();
        const QString firstLane = chart->laneName(0);
        for (int page = 0; page < 20 && lanes->value() < lanes->maximum(); ++page)
            QTest::keyClick(view, Qt::Key_PageDown);
        QCOMPARE(lanes->value(), lanes->maximum());
        // The axis relabels in its next layout pass.
        QTRY_VERIFY(chart->visibleTexts().contains(lastLane));
        QVERIFY(boxesOf(drawnTexts(chart->chart()), firstLane).isEmpty()); // scrolled away, not drawn outside
        // The plot stays put, give or take one padding space.
        QVERIFY2(qAbs(chart->chart()->plotArea().left() - plotLeft) < 2,
                 qPrintable(QStringLiteral("%1 -> %2").arg(plotLeft).arg(chart->chart()->plotArea().left())));
        const QRectF lastBox = boxesOf(drawnTexts(chart->chart()), lastLane).value(0);
        QVERIFY(chart->chart()->plotArea().adjusted(-400, 0, 0, 0).contains(lastBox.center()));
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(lanes->value(), lanes->maximum() - 1);
        lanes->setValue(0);
        QCOMPARE(chart->firstVisibleLane(), 0);
        QCoreApplication::sendPostedEvents(); // the lane axis lays out its new labels

        // Hover: the tooltip shows and stays while the pointer rests on the marker.
        const PlacedMarker *target = nullptr;
        for (const PlacedMarker &placed : chart->markers()) {
            if (!placed.marker.firstExcerpt.isEmpty() && chart->isMarkerShown(placed)) {
                target = &placed;
                break;
            }
        }
        QVERIFY(target);
        const QPoint at = view->viewPosition(*target);
        QTest::mouseMove(view->viewport(), at);
        QTRY_VERIFY(view->tip()->isVisible());
        QVERIFY(view->tip()->text().contains(target->marker.firstExcerpt.toHtmlEscaped()));
        // The graphics view answers the tool-tip event (sent after the pointer rests) by hiding
        // every tooltip; ours stays.
        QHelpEvent rest(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &rest);
        QVERIFY(view->tip()->isVisible());
        // Away from the marker it goes; a click pins it; Esc lets it go.
        QTest::mouseMove(view->viewport(), QPoint(2, 2));
        QVERIFY(!view->tip()->isVisible());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(view->tip()->isVisible() && view->isTipPinned());
        QTest::mouseMove(view->viewport(), QPoint(2, 2));
        QVERIFY(view->tip()->isVisible());
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!view->tip()->isVisible());
        // A pinned tooltip lets go when its marker scrolls out of the lane window.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(view->isTipPinned());
        lanes->setValue(lanes->maximum());
        QVERIFY(!view->tip()->isVisible());
        lanes->setValue(0);
        QCoreApplication::sendPostedEvents();

        // A sideways swipe does not zoom; a touchpad's small turns over the names add up to lanes.
        const qreal wide = chart->timeAxis()->max() - chart->timeAxis()->min();
        const QPointF middle = view->viewport()->rect().center();
        QWheelEvent swipe(middle, view->viewport()->mapToGlobal(middle), QPoint(), QPoint(120, 0), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &swipe);
        QCOMPARE(chart->timeAxis()->max() - chart->timeAxis()->min(), wide);
        const QPointF names(4, middle.y());
        for (int step = 0; step < 8; ++step) {
            QWheelEvent small(names, view->viewport()->mapToGlobal(names), QPoint(), QPoint(0, -15), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(view->viewport(), &small);
        }
        QCOMPARE(lanes->value(), 1);
        lanes->setValue(0);

        // Keys: + zooms in, − out, arrows pan, 0 resets; the ticks follow.
        view->setFocus();
        const qreal span = chart->timeAxis()->max() - chart->timeAxis()->min();
        for (int i = 0; i < 14; ++i)
            QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(chart->timeAxis()->max() - chart->timeAxis()->min() < span / 5);
        QVERIFY(int(chart->tickStep()) < int(CalendarStep::Year));
        const qreal before = chart->timeAxis()->min();
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(chart->timeAxis()->min() > before);
        QTest::keyClick(view, Qt::Key_Left);
        QTest::keyClick(view, Qt::Key_Left);
        QVERIFY(chart->timeAxis()->min() < before);
        QTest::keyClick(view, Qt::Key_Minus);
        QTest::keyClick(view, Qt::Key_0);
        QCOMPARE(qint64(chart->timeAxis()->min()), chart->rangeFrom());
        QCOMPARE(qint64(chart->timeAxis()->max()), chart->rangeTo());

        // A search that finds no one: the chart says so too.
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("zzqx"));
        QTRY_VERIFY(view->timeline()->visibleTexts().contains(QStringLiteral("No matches for “zzqx”")));
        search->clear();
        QTRY_VERIFY(view->timeline()->laneCount() > 20);
    }

    // A search that leaves nobody to show (here: a search for someone at another company)
    // says so in the chart, in the UI's language.
    void aSearchWithNoMatchSaysSo()
    {
        TimelineSpec spec;
        spec.filter.search = QStringLiteral("zzqx");
        TimelineChart chart(TimelineData{}, {}, spec);
        QVERIFY(chart.visibleTexts().contains(QStringLiteral("No matches for “zzqx”")));
    }
};

QTEST_MAIN(TestChartReading)
#include "tst_chartreading.moc"
