#include "ui/TimelineChartBuilder.h"

#include "ui/MovementKindNames.h"
#include "ui/TimelineBars.h"
#include "ui/TimelineLegend.h"
#include "ui/UiLanguage.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QTextOption>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QValueAxis>

namespace talentflow {

namespace {

struct KindStyle
{
    const char *kind;
    QColor color;
    QScatterSeries::MarkerShape shape;
};

// Departures stand out in warm colours; arrivals in cool ones; shapes tell them apart in print.
const KindStyle kindStyles[] = {
    {"left", QColor(0xd6, 0x27, 0x28), QScatterSeries::MarkerShapeCircle},
    {"fired", QColor(0x7f, 0x00, 0x00), QScatterSeries::MarkerShapeRectangle},
    {"ousted", QColor(0x94, 0x3c, 0xb4), QScatterSeries::MarkerShapeRotatedRectangle},
    {"sabbatical", QColor(0xf0, 0x8c, 0x00), QScatterSeries::MarkerShapeTriangle},
    {"reinstated", QColor(0x2c, 0xa0, 0x2c), QScatterSeries::MarkerShapeStar},
    {"joined", QColor(0x1f, 0x77, 0xb4), QScatterSeries::MarkerShapeStar},
    {"founded", QColor(0x55, 0x55, 0x55), QScatterSeries::MarkerShapePentagon},
    {"role_change", QColor(0x17, 0xa2, 0xb8), QScatterSeries::MarkerShapeCircle},
};

// Beyond these, no one could tell lanes or points apart: show the busiest lanes, and one marker
// per lane, kind and month.
constexpr int maxLanes = 80;
constexpr int detailedMarkerLimit = 3000;
// Destination labels are scene items of their own; past this many they would cost more than they
// tell, and tooltips still name every destination.
constexpr int labelledMarkerLimit = 400;

const QColor barColor(0x9e, 0xc5, 0xe6);
const QColor leaveColor(0xf5, 0xc0, 0x6f);
constexpr qreal markerSize = 12;
constexpr qint64 msPerDay = 24LL * 3600 * 1000;

qint64 msecs(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

QString name(const QString &en, const QString &zh)
{
    return displayName(en, zh, uiLanguage());
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

QString timelineTitle(const TimelineSpec &spec)
{
    if (spec.kind == TimelineKind::Founders)
        return TimelineChart::tr("Founding team: who is still there");
    return TimelineChart::tr("Departures timeline");
}

TimelineChart::TimelineChart(const TimelineData &data, const QList<FounderStep> &steps, const TimelineSpec &spec)
    : m_spec(spec)
    , m_chart(new QChart)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(8, 8, 8, 30)); // room for the caption below the legend
    build(data, steps);
}

TimelineChart::~TimelineChart()
{
    if (m_ownsChart)
        delete m_chart;
}

QChart *TimelineChart::releaseChart()
{
    m_ownsChart = false;
    return m_chart;
}

QString TimelineChart::tooltip(const PlacedMarker &placed) const
{
    const TimelineMarker &m = placed.marker;
    const PersonRecord person = m_people.value(m.personId);
    const CompanyRecord company = m_companies.value(m.companyId);
    QString where = name(company.nameEn, company.nameZh).toHtmlEscaped();
    if (m.toCompanyId) {
        const CompanyRecord to = m_companies.value(*m.toCompanyId);
        where += QStringLiteral(" → ") + name(to.nameEn, to.nameZh).toHtmlEscaped();
    }
    QString text = QStringLiteral("<b>%1</b><br>%2 · %3 · %4")
                       .arg(name(person.nameEn, person.nameZh).toHtmlEscaped(), m.date.toDisplayString(uiIsChinese()),
                            movementKindLabel(m.kind), where);
    if (m.disputed)
        text += QStringLiteral("<br><span style='color:#d62728'>⚠ %1</span>")
                    .arg(tr("Articles disagree"));
    if (!m.firstExcerpt.isEmpty())
        text += QStringLiteral("<br><i>“%1”</i>").arg(m.firstExcerpt.toHtmlEscaped());
    return QStringLiteral("<div style='max-width: 420px'>%1</div>").arg(text);
}

void TimelineChart::build(const TimelineData &data, const QList<FounderStep> &steps)
{
    m_people = data.people;
    m_companies = data.companies;
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->setTitle(timelineTitle(m_spec));

    // Lanes with something dated to draw; undated moves are counted in the caption instead.
    QList<const TimelineLane *> lanes;
    for (const TimelineLane &lane : data.lanes) {
        bool dated = false;
        for (const TimelineBar &bar : lane.bars)
            dated = dated || bar.start.isKnown() || bar.end.isKnown();
        for (const TimelineMarker &marker : lane.markers)
            dated = dated || marker.date.isKnown();
        if (dated || m_spec.kind == TimelineKind::Founders)
            lanes.append(&lane);
    }
    const int datedLaneCount = int(lanes.size());
    if (lanes.size() > maxLanes) {
        QList<const TimelineLane *> busiest = lanes;
        std::stable_sort(busiest.begin(), busiest.end(), [](const TimelineLane *a, const TimelineLane *b) {
            return a->markers.size() + a->bars.size() > b->markers.size() + b->bars.size();
        });
        busiest = busiest.mid(0, maxLanes);
        QList<const TimelineLane *> kept;
        for (const TimelineLane *lane : lanes) {
            if (busiest.contains(lane))
                kept.append(lane);
        }
        lanes = kept;
    }
    int markerCount = 0;
    for (const TimelineLane *lane : lanes)
        markerCount += int(lane->markers.size());
    const bool detailed = markerCount <= detailedMarkerLimit;
    const QPair<QDate, QDate> range = data.dateRange();
    QDate from = range.first.isValid() ? range.first.addMonths(-6) : QDate(2015, 1, 1);
    QDate to = range.second.isValid() ? range.second.addMonths(6) : QDate(2025, 1, 1);
    m_rangeFrom = msecs(from);
    m_rangeTo = msecs(to);

    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("yyyy"));
    axisX->setTickCount(qBound(3, int(from.daysTo(to) / 365) + 1, 13));
    axisX->setRange(QDateTime::fromMSecsSinceEpoch(m_rangeFrom, Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(m_rangeTo, Qt::UTC));
    axisX->setTitleText(tr("Year"));
    m_chart->addAxis(axisX, Qt::AlignBottom);

    auto *axisY = new QCategoryAxis;
    axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisY->setGridLineVisible(false);
    axisY->setReverse(true);
    axisY->setTruncateLabels(false); // names stay whole even when lanes are close together
    for (int i = 0; i < lanes.size(); ++i) {
        QString label = name(lanes.at(i)->nameEn, lanes.at(i)->nameZh);
        // Category labels must be unique; a zero-width space keeps same-named lanes apart.
        while (axisY->categoriesLabels().contains(label))
            label += QChar(0x200B);
        axisY->append(label, i);
        m_laneKeys.append(lanes.at(i)->key);
    }
    axisY->setRange(-0.7, qMax(0.7, lanes.size() - 0.3));
    m_chart->addAxis(axisY, Qt::AlignLeft);

    const auto attach = [&](QAbstractSeries *series) {
        m_chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    };
    // An empty series on both axes lets the bars map values to points even with no markers.
    auto *anchor = new QLineSeries;
    attach(anchor);
    m_bars = new TimelineBars(m_chart, anchor);
    const auto segment = [&](qint64 x1, qint64 x2, qreal y, const QPen &pen) {
        m_bars->add(QPointF(qreal(x1), y), QPointF(qreal(x2), y), pen);
    };

    // Tenure bars from a stated start: solid to a stated end; dotted on to the edge where the
    // articles give no end (in the founder view an open stretch means still there, so solid).
    // A role with no stated start is not drawn as a bar: its end shows as a marker, if moved.
    const bool foundersView = m_spec.kind == TimelineKind::Founders;
    for (int i = 0; i < lanes.size(); ++i) {
        for (const TimelineBar &bar : lanes.at(i)->bars) {
            if (!bar.start.isKnown())
                continue;
            const qint64 x1 = msecs(chartDate(bar.start));
            const qint64 x2 = bar.end.isKnown() ? msecs(chartDate(bar.end)) : m_rangeTo;
            Qt::PenStyle style = bar.end.isKnown() || foundersView ? Qt::SolidLine : Qt::DotLine;
            if (bar.onLeave)
                style = Qt::DashLine;
            segment(x1, x2, i, QPen(bar.onLeave ? leaveColor : barColor, 7, style, Qt::FlatCap));
        }
    }

    // Markers, one series per kind so the legend explains colour and shape.
    QHash<QString, QScatterSeries *> seriesOfKind;
    auto *disputedSeries = new QScatterSeries;
    disputedSeries->setName(tr("Disputed"));
    disputedSeries->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    disputedSeries->setMarkerSize(markerSize + 10);
    disputedSeries->setColor(Qt::transparent);
    disputedSeries->setBorderColor(QColor(0xd6, 0x27, 0x28));
    disputedSeries->setPen(QPen(QColor(0xd6, 0x27, 0x28), 2, Qt::DashLine));
    for (const KindStyle &style : kindStyles) {
        auto *series = new QScatterSeries;
        series->setName(movementKindLabel(QLatin1String(style.kind)));
        series->setMarkerShape(style.shape);
        series->setMarkerSize(markerSize);
        series->setColor(style.color);
        series->setBorderColor(Qt::white);
        seriesOfKind.insert(QLatin1String(style.kind), series);
    }
    QFont labelFont = m_chart->font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    for (int i = 0; i < lanes.size(); ++i) {
        QSet<QString> drawn; // kind and month, when thinning
        for (const TimelineMarker &marker : lanes.at(i)->markers) {
            if (!marker.date.isKnown() || !seriesOfKind.contains(marker.kind))
                continue;
            if (!detailed) {
                const QString bucket = marker.kind + marker.date.firstDay().toString(QStringLiteral("yyyyMM"));
                if (drawn.contains(bucket))
                    continue;
                drawn.insert(bucket);
            }
            const qreal x = msecs(chartDate(marker.date));
            QScatterSeries *series = seriesOfKind.value(marker.kind);
            series->append(x, i);
            m_markers.append({QPointF(x, i), marker, series});
            if (marker.disputed)
                disputedSeries->append(x, i);
            if (!detailed)
                continue;
            // An imprecise date is drawn as its whole span, with the marker at its middle.
            if (marker.date.precision() != DatePrecision::Day) {
                QColor spanColor = seriesOfKind.value(marker.kind)->color();
                spanColor.setAlpha(150);
                segment(msecs(marker.date.firstDay()) - msPerDay / 2, msecs(marker.date.lastDay()) + msPerDay / 2,
                        i + 0.28, QPen(spanColor, 3, Qt::SolidLine, Qt::FlatCap));
            }
            if (markerCount > labelledMarkerLimit)
                continue;
            const bool showsDestination = marker.toCompanyId && data.companies.contains(*marker.toCompanyId);
            const bool showsCompany = m_spec.grouping == LaneGrouping::Company && m_spec.kind == TimelineKind::Departures;
            QString text;
            if (showsCompany)
                text = name(data.people.value(marker.personId).nameEn, data.people.value(marker.personId).nameZh);
            if (showsDestination) {
                const CompanyRecord &to = data.companies.value(*marker.toCompanyId);
                text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("→ ") + name(to.nameEn, to.nameZh);
            }
            if (!text.isEmpty()) {
                auto *item = new QGraphicsSimpleTextItem(text, m_chart);
                item->setFont(labelFont);
                item->setBrush(QColor(0x33, 0x33, 0x33));
                item->setZValue(20);
                m_labels.append({QPointF(x, i), item, series});
            }
        }
    }
    QList<LegendEntry> legend;
    for (const KindStyle &style : kindStyles) {
        QScatterSeries *series = seriesOfKind.value(QLatin1String(style.kind));
        if (series->count() == 0) {
            delete series;
            continue;
        }
        attach(series);
        m_anchorSeries = series;
        legend.append({LegendEntry::Symbol::Marker, style.shape, style.color, QPen(), series->name()});
    }
    if (disputedSeries->count() > 0) {
        attach(disputedSeries);
        legend.append({LegendEntry::Symbol::Ring, {}, {}, disputedSeries->pen(), disputedSeries->name()});
    } else {
        delete disputedSeries;
    }

    // Founder view: how many founders are still there, and how many of those are on leave.
    if (m_spec.kind == TimelineKind::Founders && !steps.isEmpty()) {
        auto *countAxis = new QValueAxis;
        countAxis->setRange(0, qMax(1, lanes.size()));
        countAxis->setTickCount(qMin(lanes.size(), 11) + 1);
        countAxis->setLabelFormat(QStringLiteral("%d"));
        countAxis->setTitleText(tr("Founders still there"));
        m_chart->addAxis(countAxis, Qt::AlignRight);
        auto *present = new QLineSeries;
        present->setName(tr("Founders still there"));
        present->setPen(QPen(QColor(0x2c, 0x3e, 0x50), 2.5));
        auto *withLeave = new QLineSeries;
        withLeave->setName(tr("… counting those on leave"));
        withLeave->setPen(QPen(QColor(0xf0, 0x8c, 0x00), 2, Qt::DashLine));
        int lastPresent = 0;
        int lastTotal = 0;
        for (const FounderStep &step : steps) {
            const qint64 x = msecs(step.date);
            if (present->count() > 0) { // a step: along at the old count, then up or down
                present->append(x, lastPresent);
                withLeave->append(x, lastTotal);
            }
            present->append(x, step.present);
            withLeave->append(x, step.present + step.onLeave);
            lastPresent = step.present;
            lastTotal = step.present + step.onLeave;
        }
        present->append(m_rangeTo, lastPresent);
        withLeave->append(m_rangeTo, lastTotal);
        m_finalPresent = lastPresent;
        m_finalOnLeave = lastTotal - lastPresent;
        for (QLineSeries *series : {withLeave, present}) {
            m_chart->addSeries(series);
            series->attachAxis(axisX);
            series->attachAxis(countAxis);
            legend.append({LegendEntry::Symbol::Line, {}, {}, series->pen(), series->name()});
        }
        auto *endLabel = new QGraphicsSimpleTextItem(tr("%1 still there, %2 on leave").arg(lastPresent).arg(lastTotal - lastPresent), m_chart);
        QFont bold = labelFont;
        bold.setBold(true);
        endLabel->setFont(bold);
        endLabel->setZValue(20);
        // Anchored on the lane axis at the bottom right of the plot.
        AnchoredLabel anchored;
        anchored.value = QPointF(qreal(m_rangeTo), lanes.size() - 0.45);
        anchored.item = endLabel;
        m_labels.append(anchored);
    }

    m_chart->legend()->hide();
    m_legend = new TimelineLegend(legend, labelFont, m_chart);
    m_legend->setZValue(20);

    QStringList caption;
    if (!m_spec.filterText.isEmpty())
        caption.append(m_spec.filterText);
    caption.append(tr("Sources: %1 articles").arg(data.sourceCount));
    if (lanes.size() < datedLaneCount + data.omittedLanes)
        caption.append(tr("Showing the %1 busiest of %2 lanes; filter or search to see others")
                           .arg(lanes.size())
                           .arg(datedLaneCount + data.omittedLanes));
    if (!detailed)
        caption.append(tr("%1 moves: one marker per lane, kind and month").arg(markerCount));
    if (markerCount > labelledMarkerLimit)
        caption.append(tr("Destinations are named in the tooltips"));
    if (data.undatedMarkers > 0)
        caption.append(tr("%1 moves without a stated date are not drawn").arg(data.undatedMarkers));
    caption.append(foundersView ? tr("Bars: time at the company; dashed: on leave; thin lines: the span of an imprecise date")
                                : tr("Bars: roles from their stated start; dotted where no end is stated; thin lines: the span of an imprecise date"));
    m_caption = new QGraphicsTextItem(m_chart);
    m_caption->setFont(labelFont);
    m_caption->setDefaultTextColor(QColor(0x55, 0x55, 0x55));
    m_caption->setPlainText(caption.join(QStringLiteral("  ·  ")));
    QTextOption centered(Qt::AlignHCenter);
    centered.setWrapMode(QTextOption::WordWrap);
    m_caption->document()->setDefaultTextOption(centered);
    if (lanes.isEmpty()) {
        auto *empty = new QGraphicsSimpleTextItem(tr("Nothing dated to draw for this selection"), m_chart);
        empty->setFont(titleFont);
        empty->setBrush(QColor(0x88, 0x88, 0x88));
        AnchoredLabel anchored;
        anchored.item = empty; // no series: centred in the plot
        m_labels.append(anchored);
    }
}

QStringList TimelineChart::visibleTexts() const
{
    QStringList texts{m_chart->title()};
    for (QAbstractAxis *axis : m_chart->axes()) {
        texts.append(axis->titleText());
        if (auto *categories = qobject_cast<QCategoryAxis *>(axis))
            texts.append(categories->categoriesLabels());
    }
    texts.append(m_legend->labels());
    texts.append(m_caption->toPlainText());
    for (const AnchoredLabel &label : m_labels)
        texts.append(label.item->text());
    texts.removeAll(QString());
    return texts;
}

void TimelineChart::layoutOverlays()
{
    const QRectF plot = m_chart->plotArea();
    m_bars->relayout();
    for (const AnchoredLabel &label : m_labels) {
        QAbstractSeries *series = label.series;
        if (!series && label.value != QPointF() && !m_chart->series().isEmpty())
            series = m_chart->series().first();
        if (!series) {
            label.item->setPos(plot.center() - label.item->boundingRect().center());
            continue;
        }
        QPointF at = m_chart->mapToPosition(label.value, series);
        const QRectF box = label.item->boundingRect();
        if (!label.series)
            at += QPointF(-box.width() - 6, -box.height() / 2);
        else if (at.x() + 2 + box.width() <= plot.right())
            at += QPointF(2, -markerSize / 2 - box.height()); // above and right, clear of the lane's markers
        else
            at += QPointF(-2 - box.width(), -markerSize / 2 - box.height()); // no room: above and left
        label.item->setPos(at);
        label.item->setVisible(plot.adjusted(-2, -box.height(), 2, box.height()).contains(at));
    }
    fitCaption(m_chart->rect());
}

void TimelineChart::fitCaption(const QRectF &whole)
{
    if (m_caption) {
        // Legend and caption wrap to the chart's width; the bottom margin grows to make room.
        const qreal width = qMax(100.0, whole.width() - 24);
        m_caption->setTextWidth(width);
        const qreal height = m_caption->boundingRect().height();
        m_caption->setPos(whole.left() + 12, whole.bottom() - height - 4);
        const qreal legendHeight = m_legend->layout(width);
        m_legend->setPos(whole.left() + 12, whole.bottom() - height - 8 - legendHeight);
        const int wanted = int(height + legendHeight) + 14;
        if (m_chart->margins().bottom() != wanted) {
            QMargins margins = m_chart->margins();
            margins.setBottom(wanted);
            m_chart->setMargins(margins);
        }
    }
}

void TimelineChart::resetZoom()
{
    const QList<QAbstractAxis *> axes = m_chart->axes(Qt::Horizontal);
    if (!axes.isEmpty()) {
        axes.first()->setRange(QDateTime::fromMSecsSinceEpoch(m_rangeFrom, Qt::UTC),
                               QDateTime::fromMSecsSinceEpoch(m_rangeTo, Qt::UTC));
    }
    layoutOverlays();
}

} // namespace talentflow
