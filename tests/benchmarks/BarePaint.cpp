#include "BarePaint.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCategoryAxis>
#include <QChartView>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScatterSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <functional>

namespace talentflow::benchmark {

namespace {

// Shows `bare` at `shown`'s size, then the median time of `runs` calls of `paint`, each from an
// idle event loop; -1 if it cannot be shown.
double showAndTime(QWidget &bare, const QWidget &shown, int runs, const std::function<void()> &paint)
{
    bare.resize(shown.size());
    bare.show();
    if (!QTest::qWaitForWindowExposed(&bare))
        return -1;
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QApplication::processEvents();
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

double bareChartMs(const QChartView &shown, int runs)
{
    // What the shown chart draws with Qt Charts' own series and axes: its scatter points as they
    // look, the lanes' labels and the date axis. Its own items (bars, legend) are left out.
    QList<QScatterSeries *> scatters;
    for (QAbstractSeries *series : shown.chart()->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            scatters.append(scatter);
    }
    const QCategoryAxis *lanes = nullptr;
    const QDateTimeAxis *dates = nullptr;
    for (QAbstractAxis *axis : shown.chart()->axes()) {
        if (auto *categories = qobject_cast<QCategoryAxis *>(axis))
            lanes = categories;
        else if (auto *dateAxis = qobject_cast<QDateTimeAxis *>(axis))
            dates = dateAxis;
    }
    if (!lanes || !dates)
        return -1;

    QChartView bare;
    bare.setRenderHints(shown.renderHints());
    return showAndTime(bare, shown, runs, [&] {
        auto *chart = new QChart;
        chart->legend()->setVisible(shown.chart()->legend()->isVisible());
        chart->setMargins(shown.chart()->margins());
        auto *axisX = new QDateTimeAxis;
        axisX->setRange(dates->min(), dates->max());
        axisX->setFormat(dates->format());
        axisX->setTickCount(dates->tickCount());
        axisX->setGridLineVisible(dates->isGridLineVisible());
        axisX->setLabelsFont(dates->labelsFont());
        auto *axisY = new QCategoryAxis;
        axisY->setLabelsPosition(lanes->labelsPosition());
        axisY->setGridLineVisible(lanes->isGridLineVisible());
        axisY->setLabelsFont(lanes->labelsFont());
        axisY->setRange(lanes->min(), lanes->max());
        for (const QString &label : const_cast<QCategoryAxis *>(lanes)->categoriesLabels())
            axisY->append(label, lanes->endValue(label));
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        for (const QScatterSeries *shownSeries : scatters) {
            auto *series = new QScatterSeries;
            series->setMarkerShape(shownSeries->markerShape());
            series->setMarkerSize(shownSeries->markerSize());
            series->setPen(shownSeries->pen());
            series->setBrush(shownSeries->brush());
            series->append(shownSeries->points());
            chart->addSeries(series);
            series->attachAxis(axisX);
            series->attachAxis(axisY);
        }
        QChart *previous = bare.chart();
        bare.setChart(chart);
        delete previous;
        bare.viewport()->repaint();
    });
}

} // namespace talentflow::benchmark
