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

namespace talentflow::benchmark {

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

double bareTableRepaintMs(const QTableView &shown, int runs)
{
    const QAbstractItemModel *source = shown.model();
    const int firstRow = std::max(shown.rowAt(0), 0);
    int lastRow = shown.rowAt(shown.viewport()->height() - 1);
    if (lastRow < 0)
        lastRow = source->rowCount() - 1;
    QStandardItemModel model(0, source->columnCount());
    for (int column = 0; column < source->columnCount(); ++column)
        model.setHorizontalHeaderItem(column, new QStandardItem(source->headerData(column, Qt::Horizontal).toString()));
    for (int row = firstRow; row <= lastRow; ++row) {
        QList<QStandardItem *> items;
        for (int column = 0; column < source->columnCount(); ++column)
            items.append(new QStandardItem(source->index(row, column).data().toString()));
        model.appendRow(items);
    }

    QTableView bare;
    bare.setFont(shown.font());
    bare.setSelectionBehavior(QAbstractItemView::SelectRows);
    bare.setModel(&model);
    for (int column = 0; column < source->columnCount(); ++column)
        bare.horizontalHeader()->resizeSection(column, shown.horizontalHeader()->sectionSize(column));
    bare.resize(shown.size());
    bare.show();
    if (!QTest::qWaitForWindowExposed(&bare))
        return 0;
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        bare.reset();
        bare.viewport()->repaint();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

double bareChartMs(const QChartView &shown, int runs)
{
    // What the shown chart draws: its scatter points, the lanes' labels, the date range.
    QList<QList<QPointF>> pointsOfSeries;
    for (QAbstractSeries *series : shown.chart()->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            pointsOfSeries.append(scatter->points());
    }
    QList<QPair<QString, qreal>> lanes;
    QDateTime from;
    QDateTime to;
    for (QAbstractAxis *axis : shown.chart()->axes()) {
        if (auto *categories = qobject_cast<QCategoryAxis *>(axis)) {
            for (const QString &label : categories->categoriesLabels())
                lanes.append({label, categories->endValue(label)});
        } else if (auto *dates = qobject_cast<QDateTimeAxis *>(axis)) {
            from = dates->min();
            to = dates->max();
        }
    }

    QChartView bare;
    bare.setRenderHint(QPainter::Antialiasing);
    bare.resize(shown.size());
    bare.show();
    if (!QTest::qWaitForWindowExposed(&bare))
        return 0;
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        auto *chart = new QChart;
        auto *axisX = new QDateTimeAxis;
        axisX->setRange(from, to);
        auto *axisY = new QCategoryAxis;
        axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (const auto &[label, value] : lanes)
            axisY->append(label, value);
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        for (const QList<QPointF> &points : pointsOfSeries) {
            auto *series = new QScatterSeries;
            series->append(points);
            chart->addSeries(series);
            series->attachAxis(axisX);
            series->attachAxis(axisY);
        }
        QChart *previous = bare.chart();
        bare.setChart(chart);
        delete previous;
        bare.viewport()->repaint();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

} // namespace talentflow::benchmark
