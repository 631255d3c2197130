#include "BarePaint.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCategoryAxis>
#include <QChartView>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QScatterSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace talentflow::benchmark {

void sleepInEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

namespace {

// Shows `bare` at `shown`'s size, then the median time of `runs` calls of `paint`, each after
// the same pause as Talentflow's runs; -1 if it cannot be shown.
double showAndTime(QWidget &bare, const QWidget &shown, int runs, const std::function<void()> &paint)
{
    bare.resize(shown.size());
    bare.show();
    if (!QTest::qWaitForWindowExposed(&bare))
        return -1;
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QApplication::processEvents();
        sleepInEventLoop(QuietBeforeEachRunMs);
        QElapsedTimer timer;
        timer.start();
        paint();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.isEmpty() ? -1 : times.at(times.size() / 2);
}

} // namespace

double bareTableRepaintMs(const QTableView &shown, int runs)
{
    const QAbstractItemModel *source = shown.model();
    const QHeaderView *header = shown.horizontalHeader();
    QList<int> columns; // the ones on screen, in their on-screen order
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    const int firstRow = std::max(shown.rowAt(0), 0);
    int lastRow = shown.rowAt(shown.viewport()->height() - 1);
    if (lastRow < 0)
        lastRow = source->rowCount() - 1;
    QStandardItemModel model(0, int(columns.size()));
    for (int column = 0; column < columns.size(); ++column)
        model.setHorizontalHeaderItem(column, new QStandardItem(source->headerData(columns.at(column), Qt::Horizontal).toString()));
    for (int row = firstRow; row <= lastRow; ++row) {
        QList<QStandardItem *> items;
        for (int column : columns)
            items.append(new QStandardItem(source->index(row, column).data().toString()));
        model.appendRow(items);
    }

    // The shown view's settings, so the bare one paints as many rows and cells, as they look.
    QTableView bare;
    bare.setFont(shown.font());
    bare.setSelectionBehavior(shown.selectionBehavior());
    bare.setAlternatingRowColors(shown.alternatingRowColors());
    bare.setWordWrap(shown.wordWrap());
    bare.setTextElideMode(shown.textElideMode());
    bare.setShowGrid(shown.showGrid());
    bare.verticalHeader()->setVisible(shown.verticalHeader()->isVisible());
    bare.verticalHeader()->setDefaultSectionSize(shown.verticalHeader()->defaultSectionSize());
    bare.setModel(&model);
    for (int column = 0; column < columns.size(); ++column) {
        bare.horizontalHeader()->setSectionResizeMode(column, header->sectionResizeMode(columns.at(column)));
        bare.horizontalHeader()->resizeSection(column, header->sectionSize(columns.at(column)));
    }
    return showAndTime(bare, shown, runs, [&bare] {
        bare.reset();
        bare.viewport()->repaint();
    });
}

namespace {

// A timeline's axes as TimelineChart draws them: category axes both, the dates' ticks along the
// bottom placed at their times, the lanes' names up the left.
struct TimelineAxes
{
    const QCategoryAxis *dates = nullptr;
    const QCategoryAxis *lanes = nullptr;
    bool found() const { return dates && lanes; }
};

TimelineAxes axesOf(const QChart &shown)
{
    TimelineAxes axes;
    for (QAbstractAxis *axis : shown.axes()) {
        auto *categories = qobject_cast<QCategoryAxis *>(axis);
        if (categories && axis->alignment() == Qt::AlignBottom)
            axes.dates = categories;
        else if (categories && axis->alignment() == Qt::AlignLeft)
            axes.lanes = categories;
    }
    return axes;
}

QCategoryAxis *copyOf(const QCategoryAxis &shown)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(shown.labelsPosition());
    axis->setTruncateLabels(shown.truncateLabels());
    axis->setLabelsVisible(shown.labelsVisible());
    axis->setGridLineVisible(shown.isGridLineVisible());
    axis->setLabelsFont(shown.labelsFont());
    axis->setRange(shown.min(), shown.max());
    auto &categories = const_cast<QCategoryAxis &>(shown); // categoriesLabels() is not const
    for (const QString &label : categories.categoriesLabels())
        axis->append(label, shown.endValue(label));
    return axis;
}

// What `shown` draws with Qt Charts' own series and axes: its scatter points as they look, the
// lanes' names and the dates' ticks. Its own items (bars, legend) are left out.
QChart *bareCopy(const QChart &shown, const TimelineAxes &axes)
{
    auto *chart = new QChart;
    chart->legend()->setVisible(shown.legend()->isVisible());
    chart->setMargins(shown.margins());
    QCategoryAxis *axisX = copyOf(*axes.dates);
    QCategoryAxis *axisY = copyOf(*axes.lanes);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *shownSeries : shown.series()) {
        const auto *scatter = qobject_cast<QScatterSeries *>(shownSeries);
        if (!scatter)
            continue;
        auto *series = new QScatterSeries;
        series->setMarkerShape(scatter->markerShape());
        series->setMarkerSize(scatter->markerSize());
        series->setPen(scatter->pen());
        series->setBrush(scatter->brush());
        series->append(scatter->points());
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    return chart;
}

} // namespace

double bareChartMs(const QChartView &shown, int runs)
{
    const TimelineAxes axes = shown.chart() ? axesOf(*shown.chart()) : TimelineAxes();
    if (!axes.found())
        return -1;
    QChartView bare;
    bare.setRenderHints(shown.renderHints());
    return showAndTime(bare, shown, runs, [&] {
        QChart *previous = bare.chart();
        bare.setChart(bareCopy(*shown.chart(), axes));
        delete previous;
        bare.viewport()->repaint();
    });
}

double bareChartImageMs(const QChart &shown, const QSize &size, int scale, int runs, const QString &pngPath)
{
    const TimelineAxes axes = axesOf(shown);
    if (!axes.found())
        return -1;
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        sleepInEventLoop(QuietBeforeEachRunMs);
        QElapsedTimer timer;
        timer.start();
        // Built, laid out in a scene and painted as an export paints a chart.
        QGraphicsScene scene;
        QChart *chart = bareCopy(shown, axes);
        scene.addItem(chart); // the scene owns it from here
        const QRectF area(QPointF(0, 0), QSizeF(size));
        chart->setGeometry(area);
        scene.setSceneRect(area);
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene.render(&painter, area, area);
        painter.end();
        if (!pngPath.isEmpty() && !image.save(pngPath, "PNG"))
            return -1;
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.isEmpty() ? -1 : times.at(times.size() / 2);
}

} // namespace talentflow::benchmark
