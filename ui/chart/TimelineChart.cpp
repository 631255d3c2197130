#include "ui/chart/TimelineChart.h"

#include "ui/MovementKindNames.h"
#include "ui/chart/MovementKindStyle.h"
#include "ui/chart/TimelineBars.h"
#include "ui/UiLanguage.h"
#include "ui/chart/UndatedBand.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace talentflow {

namespace {

// Beyond these, no one could tell lanes or points apart: show the busiest lanes, and one marker
// per lane, kind and month.
constexpr int maxLanes = 80;
constexpr int detailedMarkerLimit = 3000;
// Destination labels are scene items of their own; past this many they would cost more than they
// tell, and tooltips still name every destination.
constexpr int labelledMarkerLimit = 400;
// Blank lane-heights above the first lane and below the last.
constexpr qreal lanePadding = 0.6;

const QColor barColor(0x9e, 0xc5, 0xe6);
const QColor leaveColor(0xf5, 0xc0, 0x6f);
const QColor headingColor(0xee, 0xf1, 0xf4);
constexpr qreal markerSize = 12;

QString name(const QString &en, const QString &zh)
{
    return displayName(en, zh, uiLanguage());
}

qreal laneLoad(const TimelineLane &lane)
{
    return lane.markers.size() + lane.bars.size();
}

bool hasSomethingToDraw(const TimelineLane &lane)
{
    if (!lane.markers.isEmpty())
        return true; // dated on the axis, or undated in the band
    for (const TimelineBar &bar : lane.bars) {
        if (bar.start.isKnown())
            return true;
    }
    return false;
}

} // namespace

QString timelineTitle(const TimelineSpec &spec)
{
    if (spec.kind == TimelineKind::Founders)
        return TimelineChart::tr("Founding team: who is still there");
    const QString subject = spec.filter.subject();
    if (subject.isEmpty())
        return TimelineChart::tr("Departures timeline");
    return TimelineChart::tr("Departures: %1").arg(subject);
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

QString TimelineChart::laneName(int lane) const
{
    const TimelineLane &l = m_lanes.at(lane);
    return name(l.nameEn, l.nameZh);
}

int TimelineChart::laneOf(qint64 key) const
{
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes.at(i).key == key && !m_lanes.at(i).heading)
            return i;
    }
    return -1;
}

QList<int> TimelineChart::lanesOfPerson(qint64 personId) const
{
    QList<int> lanes;
    if (personId == 0)
        return lanes;
    for (int i = 0; i < m_lanes.size(); ++i) {
        const TimelineLane &lane = m_lanes.at(i);
        const bool nested = m_spec.kind == TimelineKind::Departures && m_spec.grouping == LaneGrouping::Company;
        if (nested ? lane.personId == personId : lane.key == personId)
            lanes.append(i);
    }
    return lanes;
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
    const QString date = m.date.isKnown() ? m.date.toDisplayString(uiIsChinese()) : tr("date not stated");
    QString text = QStringLiteral("<b>%1</b><br>%2 · %3 · %4")
                       .arg(name(person.nameEn, person.nameZh).toHtmlEscaped(), date.toHtmlEscaped(),
                            movementKindLabel(m.kind).toHtmlEscaped(), where);
    if (m.disputed)
        text += QStringLiteral("<br><span style='color:#d62728'>⚠ %1</span>").arg(tr("Articles disagree"));
    if (!m.firstExcerpt.isEmpty())
        text += QStringLiteral("<br><i>“%1”</i>").arg(m.firstExcerpt.toHtmlEscaped());
    return text;
}

QPointF TimelineChart::markerPosition(const PlacedMarker &placed) const
{
    if (placed.isUndated())
        return m_band->position(placed.bandEntry);
    return m_chart->mapToPosition(placed.value, placed.series);
}

bool TimelineChart::isMarkerShown(const PlacedMarker &placed) const
{
    if (placed.isUndated())
        return m_band->isShown(placed.bandEntry);
    return m_chart->plotArea().adjusted(-1, -1, 1, 1).contains(markerPosition(placed));
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
    m_chart->legend()->hide();

    const QList<const TimelineLane *> lanes = chooseLanes(data);
    addTimeAxis(data);
    addLaneAxis(lanes);
    // An empty series on both axes maps values to points even with no markers.
    m_anchor = new QLineSeries;
    m_chart->addSeries(m_anchor);
    m_anchor->attachAxis(m_axisX);
    m_anchor->attachAxis(m_axisY);
    m_bars = new TimelineBars(m_chart, m_anchor);
    addBars(lanes);
    addMarkers(data, lanes);
    addFounderCount(steps);
    addCaption(data);

    QFont labelFont = m_chart->font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    m_legend = new TimelineLegend(m_legendEntries, labelFont, m_chart);
    m_legend->setZValue(20);
    QString note;
    if (lanes.isEmpty())
        note = data.lanes.isEmpty() && !m_spec.filter.search.isEmpty() ? tr("No matches for “%1”").arg(m_spec.filter.search) : tr("Nothing to draw for this selection");
    else if (!data.dateRange().first.isValid())
        note = tr("No article dates these moves: see the band at the right");
    if (!note.isEmpty()) {
        m_emptyNote = new QGraphicsSimpleTextItem(note, m_chart);
        QFont noteFont = titleFont;
        if (!lanes.isEmpty())
            noteFont.setBold(false);
        m_emptyNote->setFont(noteFont);
        m_emptyNote->setBrush(QColor(0x66, 0x66, 0x66));
        m_emptyNote->setZValue(20);
    }
    updateTicks();
    m_caption->setPlainText(captionText(false));
}

QList<const TimelineLane *> TimelineChart::chooseLanes(const TimelineData &data)
{
    // Every lane with something to draw, dated or not; founders always have their lane.
    QList<const TimelineLane *> drawable;
    for (const TimelineLane &lane : data.lanes) {
        if (lane.heading || hasSomethingToDraw(lane) || m_spec.kind == TimelineKind::Founders)
            drawable.append(&lane);
    }
    QList<const TimelineLane *> rows;
    for (const TimelineLane *lane : drawable) {
        if (!lane->heading)
            rows.append(lane);
    }
    m_availableLanes = int(rows.size()) + data.omittedLanes;
    const int limit = m_spec.laneLimit > 0 ? qMin(m_spec.laneLimit, maxLanes) : maxLanes;
    QSet<const TimelineLane *> kept(rows.cbegin(), rows.cend());
    if (rows.size() > limit) {
        QList<const TimelineLane *> busiest = rows;
        std::stable_sort(busiest.begin(), busiest.end(), [](const TimelineLane *a, const TimelineLane *b) {
            return laneLoad(*a) > laneLoad(*b);
        });
        kept = QSet<const TimelineLane *>(busiest.cbegin(), busiest.cbegin() + limit);
    }
    // Headings stay only above people that stay.
    QList<const TimelineLane *> chosen;
    for (int i = 0; i < drawable.size(); ++i) {
        const TimelineLane *lane = drawable.at(i);
        if (!lane->heading) {
            if (kept.contains(lane))
                chosen.append(lane);
            continue;
        }
        for (int j = i + 1; j < drawable.size() && !drawable.at(j)->heading; ++j) {
            if (kept.contains(drawable.at(j))) {
                chosen.append(lane);
                break;
            }
        }
    }
    for (const TimelineLane *lane : chosen) {
        TimelineLane names;
        names.key = lane->key;
        names.heading = lane->heading;
        names.personId = lane->personId;
        names.nameEn = lane->nameEn;
        names.nameZh = lane->nameZh;
        m_lanes.append(names);
    }
    return chosen;
}

void TimelineChart::addTimeAxis(const TimelineData &data)
{
    // The default view runs from the first of January before the earliest date to the first of
    // January after the latest, so it opens and closes on a tick.
    const QPair<QDate, QDate> range = data.dateRange();
    // A date within two months of a year's edge gets that neighbouring year too, so no marker
    // sits on the plot's border.
    const QDate from = range.first.isValid() ? QDate(range.first.addMonths(-2).year(), 1, 1) : QDate(2015, 1, 1);
    const QDate to = range.second.isValid() ? QDate(range.second.addMonths(2).year() + 1, 1, 1) : QDate(2025, 1, 1);
    m_rangeFrom = chartMsecs(from);
    m_rangeTo = chartMsecs(to);
    m_axisX = new QCategoryAxis;
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisX->setTruncateLabels(false);
    m_axisX->setRange(qreal(m_rangeFrom), qreal(m_rangeTo));
    m_axisX->setTitleText(tr("Date"));
    if (!range.first.isValid()) {
        // Nothing dated: an axis of years would only suggest dates no article gives.
        m_nothingDated = true;
        m_axisX->setLabelsVisible(false);
        m_axisX->setGridLineVisible(false);
        m_axisX->setTitleVisible(false);
    }
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    // A tick at the plot's right edge is centred there: room for half its label, so it is whole.
    const QFontMetricsF metrics(m_axisX->labelsFont());
    const bool chinese = uiIsChinese();
    const qreal half = qMax(metrics.horizontalAdvance(calendarTickLabel(QDate(2024, 12, 1), CalendarStep::Month, chinese)),
                            metrics.horizontalAdvance(calendarTickLabel(QDate(2024, 1, 1), CalendarStep::Year, chinese))) / 2;
    QMargins margins = m_chart->margins();
    margins.setRight(qMax(margins.right(), int(std::ceil(half)) + 4));
    m_chart->setMargins(margins);
}

void TimelineChart::addLaneAxis(const QList<const TimelineLane *> &lanes)
{
    m_axisY = new QCategoryAxis;
    m_axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisY->setGridLineVisible(false);
    m_axisY->setReverse(true);
    m_axisY->setTruncateLabels(false); // names stay whole; lanes are kept tall enough for them
    for (int i = 0; i < lanes.size(); ++i) {
        QString label = name(lanes.at(i)->nameEn, lanes.at(i)->nameZh);
        if (lanes.at(i)->heading)
            label = QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped());
        // Category labels must be unique; a zero-width space keeps same-named lanes apart.
        while (m_laneLabels.contains(label))
            label += QChar(0x200B);
        m_laneLabels.append(label);
        // Measured once, and only as far as any axis could show: a hostile name may be a megabyte.
        QFont font = m_axisY->labelsFont();
        font.setBold(lanes.at(i)->heading);
        m_laneWidths.append(QFontMetricsF(font).horizontalAdvance(name(lanes.at(i)->nameEn, lanes.at(i)->nameZh).left(400)));
    }
    setLaneWindow(0, int(lanes.size()));
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
}

void TimelineChart::addBars(const QList<const TimelineLane *> &lanes)
{
    const auto segment = [&](qint64 x1, qint64 x2, qreal y, const QPen &pen) {
        m_bars->add(QPointF(qreal(x1), y), QPointF(qreal(x2), y), pen);
    };
    // Company headings: a tinted row across the plot.
    for (int i = 0; i < lanes.size(); ++i) {
        if (lanes.at(i)->heading)
            m_bars->addBand(i, headingColor);
    }
    // Tenure bars from a stated start: solid to a stated end; dotted on to the edge where the
    // articles give no end (in the founder view an open stretch means still there, so solid).
    // A role with no stated start is not drawn as a bar: its end shows as a marker, if moved.
    const bool foundersView = m_spec.kind == TimelineKind::Founders;
    for (int i = 0; i < lanes.size(); ++i) {
        for (const TimelineBar &bar : lanes.at(i)->bars) {
            if (!bar.start.isKnown())
                continue;
            const qint64 x1 = chartPosition(bar.start);
            const qint64 x2 = bar.end.isKnown() ? chartPosition(bar.end) : m_rangeTo;
            Qt::PenStyle style = bar.end.isKnown() || foundersView ? Qt::SolidLine : Qt::DotLine;
            if (bar.onLeave)
                style = Qt::DashLine;
            segment(x1, x2, i, QPen(bar.onLeave ? leaveColor : barColor, 7, style, Qt::FlatCap));
        }
    }
}

void TimelineChart::addMarkers(const TimelineData &data, const QList<const TimelineLane *> &lanes)
{
    for (const TimelineLane *lane : lanes)
        m_markerCount += int(lane->markers.size());
    m_detailed = m_markerCount <= detailedMarkerLimit;

    const QList<MovementKind> kinds = movementKindsInLegendOrder();
    QHash<int, QScatterSeries *> seriesOfKind; // by MovementKind
    auto *disputedSeries = new QScatterSeries;
    disputedSeries->setName(tr("Disputed"));
    disputedSeries->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    disputedSeries->setMarkerSize(markerSize + 10);
    disputedSeries->setColor(Qt::transparent);
    disputedSeries->setBorderColor(QColor(0xd6, 0x27, 0x28));
    disputedSeries->setPen(QPen(QColor(0xd6, 0x27, 0x28), 2, Qt::DashLine));
    for (MovementKind kind : kinds) {
        const MovementKindStyle style = movementKindStyle(kind);
        auto *series = new QScatterSeries;
        series->setName(movementKindLabel(kind));
        series->setMarkerShape(style.shape);
        series->setMarkerSize(markerSize);
        series->setColor(style.color);
        series->setBorderColor(Qt::white);
        seriesOfKind.insert(int(kind), series);
    }
    QFont labelFont = m_chart->font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    m_band = new UndatedBand(tr("Date not stated"), labelFont, m_chart);
    for (int i = 0; i < lanes.size(); ++i) {
        QSet<QString> drawn; // kind and month, when thinning
        QList<const TimelineMarker *> undated;
        for (const TimelineMarker &marker : lanes.at(i)->markers) {
            const std::optional<MovementKind> kind = movementKindFromKey(marker.kind);
            if (!kind)
                continue;
            if (!marker.date.isKnown()) {
                undated.append(&marker);
                continue;
            }
            if (!m_detailed) {
                const QString bucket = marker.kind + marker.date.firstDay().toString(QStringLiteral("yyyyMM"));
                if (drawn.contains(bucket))
                    continue;
                drawn.insert(bucket);
            }
            const qreal x = qreal(chartPosition(marker.date));
            QScatterSeries *series = seriesOfKind.value(int(*kind));
            series->append(x, i);
            m_markers.append({QPointF(x, i), marker, series});
            if (marker.disputed)
                disputedSeries->append(x, i);
            if (!m_detailed)
                continue;
            // An imprecise date is drawn as its whole span, with the marker at its middle.
            if (marker.date.precision() != DatePrecision::Day) {
                QColor spanColor = series->color();
                spanColor.setAlpha(150);
                m_bars->add(QPointF(qreal(chartMsecs(marker.date.firstDay())), i),
                            QPointF(qreal(chartMsecs(marker.date.lastDay().addDays(1))), i),
                            QPen(spanColor, 3, Qt::SolidLine, Qt::FlatCap), markerSize / 2 + 3);
            }
            if (m_markerCount > labelledMarkerLimit || !marker.toCompanyId || !data.companies.contains(*marker.toCompanyId))
                continue;
            const CompanyRecord &to = data.companies.value(*marker.toCompanyId);
            auto *box = new QGraphicsRectItem(m_chart);
            box->setBrush(QColor(0xff, 0xff, 0xff, 225));
            box->setPen(Qt::NoPen);
            box->setZValue(20);
            auto *item = new QGraphicsSimpleTextItem(QStringLiteral("→ ") + name(to.nameEn, to.nameZh), box);
            item->setFont(labelFont);
            item->setBrush(QColor(0x33, 0x33, 0x33));
            item->setPos(2, 0);
            box->setRect(QRectF(QPointF(0, 0), item->boundingRect().size() + QSizeF(4, 0)));
            m_destinations.append({QPointF(x, i), box, item});
        }
        // Moves no article dates, in the order the articles tell them.
        std::stable_sort(undated.begin(), undated.end(), [](const TimelineMarker *a, const TimelineMarker *b) {
            if (a->firstSourceId != b->firstSourceId)
                return a->firstSourceId < b->firstSourceId;
            return a->firstCitationStart < b->firstCitationStart;
        });
        for (const TimelineMarker *marker : undated) {
            const MovementKindStyle style = movementKindStyle(*movementKindFromKey(marker->kind));
            const int entry = m_band->add(i, style.shape, style.color);
            if (entry >= 0)
                m_markers.append({QPointF(0, i), *marker, nullptr, entry});
            ++m_undatedShown; // drawn, or counted in its lane's "+N"
        }
    }
    for (MovementKind kind : kinds) {
        const MovementKindStyle style = movementKindStyle(kind);
        QScatterSeries *series = seriesOfKind.value(int(kind));
        const QString key = movementKindKey(kind);
        bool used = series->count() > 0;
        for (const PlacedMarker &placed : std::as_const(m_markers))
            used = used || (placed.isUndated() && placed.marker.kind == key);
        if (!used) {
            delete series;
            continue;
        }
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        m_legendEntries.append({LegendEntry::Symbol::Marker, style.shape, style.color, QPen(), series->name()});
    }
    if (disputedSeries->count() > 0) {
        m_chart->addSeries(disputedSeries);
        disputedSeries->attachAxis(m_axisX);
        disputedSeries->attachAxis(m_axisY);
        m_legendEntries.append({LegendEntry::Symbol::Ring, {}, {}, disputedSeries->pen(), disputedSeries->name()});
    } else {
        delete disputedSeries;
    }
    if (m_band->isEmpty()) {
        delete m_band;
        m_band = nullptr;
    } else {
        m_legendEntries.append({LegendEntry::Symbol::Undated, {}, QColor(0x66, 0x66, 0x66), QPen(),
                                tr("Date not stated (hollow, in the hatched band)")});
        QMargins margins = m_chart->margins();
        margins.setRight(qMax(margins.right(), int(m_band->preferredWidth()) + 12));
        m_chart->setMargins(margins);
    }
}

void TimelineChart::addFounderCount(const QList<FounderStep> &steps)
{
    if (m_spec.kind != TimelineKind::Founders || steps.isEmpty())
        return;
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, qMax(1, int(m_lanes.size())));
    countAxis->setTickCount(qMin(int(m_lanes.size()), 11) + 1);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTitleText(tr("Founders still there"));
    countAxis->setGridLineVisible(false); // its lines would cut across the lanes at other heights
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
        const qint64 x = chartMsecs(step.date);
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
        series->attachAxis(m_axisX);
        series->attachAxis(countAxis);
        m_legendEntries.append({LegendEntry::Symbol::Line, {}, {}, series->pen(), series->name()});
    }
}

void TimelineChart::addCaption(const TimelineData &data)
{
    QStringList caption;
    if (m_finalPresent >= 0)
        caption.append(tr("Now: %n still there", nullptr, m_finalPresent) + QStringLiteral(", ")
                       + tr("%n on leave", nullptr, m_finalOnLeave));
    if (!m_spec.filter.text().isEmpty() && m_spec.kind == TimelineKind::Departures)
        caption.append(m_spec.filter.text());
    caption.append(tr("Sources: %n article(s)", nullptr, data.sourceCount));
    const int shown = int(std::count_if(m_lanes.cbegin(), m_lanes.cend(), [](const TimelineLane &l) { return !l.heading; }));
    if (shown < m_availableLanes)
        caption.append(tr("Showing the %1 busiest of %2 lanes; filter or search to see others").arg(shown).arg(m_availableLanes));
    if (!m_detailed)
        caption.append(tr("%n move(s): one marker per lane, kind and month", nullptr, m_markerCount));
    if (m_markerCount > labelledMarkerLimit)
        caption.append(tr("Destinations are named in the tooltips"));
    if (m_undatedShown > 0)
        caption.append(tr("%n move(s) without a stated date, in the hatched band at the right", nullptr, m_undatedShown));
    caption.append(m_spec.kind == TimelineKind::Founders
                       ? tr("Bars: time at the company; dashed: on leave; thin lines: the span of an imprecise date")
                       : tr("Bars: roles from their stated start; dotted where no end is stated; thin lines: the span of an imprecise date"));
    caption.append(QString()); // the tick note, filled in by updateTicks()
    QFont labelFont = m_chart->font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    m_caption = new QGraphicsTextItem(m_chart);
    m_caption->setFont(labelFont);
    m_caption->setDefaultTextColor(QColor(0x55, 0x55, 0x55));
    m_captionParts = caption;
    QTextOption centered(Qt::AlignHCenter);
    centered.setWrapMode(QTextOption::WordWrap);
    m_caption->document()->setDefaultTextOption(centered);
}

void TimelineChart::updateTicks()
{
    const QRectF plot = m_chart->plotArea();
    const qint64 from = qint64(m_axisX->min());
    const qint64 to = qint64(m_axisX->max());
    const qreal days = qMax<qreal>(1, qreal(to - from) / (24.0 * 3600 * 1000));
    const qreal width = plot.width() > 10 ? plot.width() : m_chart->size().width() - 150;
    const QFontMetricsF metrics(m_axisX->labelsFont());
    const bool chinese = uiIsChinese();
    m_step = chooseCalendarStep(qMax<qreal>(1, width) / days, chinese,
                                [&metrics](const QString &text) { return metrics.horizontalAdvance(text); });
    const QList<CalendarTick> ticks =
        m_nothingDated ? QList<CalendarTick>() : calendarTicks(chartDateAt(from), chartDateAt(to), m_step, chinese);
    bool same = ticks.size() == m_ticks.size();
    for (int i = 0; same && i < ticks.size(); ++i)
        same = ticks.at(i).date == m_ticks.at(i).date && ticks.at(i).label == m_ticks.at(i).label;
    if (!same) {
        m_ticks = ticks;
        for (const QString &label : m_axisX->categoriesLabels())
            m_axisX->remove(label);
        for (const CalendarTick &tick : ticks)
            m_axisX->append(tick.label, qreal(chartMsecs(tick.date)));
    }
    // The first category starts at the axis' left edge: Qt Charts draws a grid line there, which
    // elsewhere would stand at a date that is no calendar boundary.
    const QStringList labels = m_axisX->categoriesLabels();
    if (!labels.isEmpty() && !qFuzzyCompare(m_axisX->startValue(labels.first()), qreal(from)))
        m_axisX->setStartValue(qreal(from)); // moves the first category's start
    // Say what a tick means, in the caption's last line.
    const QString note = m_nothingDated                            ? QString()
                         : int(m_step) >= int(CalendarStep::Year)  ? tr("Each year label marks 1 January of that year")
                                                                : tr("Each label marks the first day of its month");
    m_captionParts.last() = note; // shown by fitCaption()
}

QStringList TimelineChart::visibleTexts() const
{
    QStringList texts{m_chart->title()};
    for (QAbstractAxis *axis : m_chart->axes()) {
        texts.append(axis->titleText());
        if (auto *categories = qobject_cast<QCategoryAxis *>(axis)) {
            for (QString label : categories->categoriesLabels()) {
                label.remove(QChar(0x200B));
                QTextDocument html;
                html.setHtml(label);
                texts.append(html.toPlainText().trimmed());
            }
        }
    }
    texts.append(m_legend->labels());
    texts.append(m_caption->toPlainText());
    if (m_band)
        texts.append(m_band->header());
    for (const DestinationLabel &label : m_destinations)
        texts.append(label.item->text());
    if (m_emptyNote)
        texts.append(m_emptyNote->text());
    texts.removeAll(QString());
    return texts;
}

void TimelineChart::layoutOverlays()
{
    const QRectF plot = m_chart->plotArea();
    updateTicks();
    m_bars->relayout();
    if (m_band) {
        const qreal left = m_chart->rect().right() - m_chart->margins().right() + 6;
        // The heading goes one label row below the ticks, clear of the last tick's label.
        const qreal headingY = plot.bottom() + 6 + (m_nothingDated ? 0 : 2 + QFontMetricsF(m_axisX->labelsFont()).height());
        m_band->relayout(left, plot, headingY, [this](int lane) {
            return m_chart->mapToPosition(QPointF(0, lane), m_anchor).y();
        });
    }
    placeDestinations();
    if (m_emptyNote)
        m_emptyNote->setPos(plot.center() - m_emptyNote->boundingRect().center());
    fitCaption(m_chart->rect());
}

void TimelineChart::placeDestinations()
{
    if (m_destinations.isEmpty())
        return;
    const QRectF plot = m_chart->plotArea();
    // What a label must not cover: every marker, and the labels placed before it.
    QList<QRectF> taken;
    taken.reserve(m_markers.size() + m_destinations.size());
    for (const PlacedMarker &placed : std::as_const(m_markers)) {
        if (placed.isUndated())
            continue;
        const QPointF at = m_chart->mapToPosition(placed.value, placed.series);
        const qreal r = placed.marker.disputed ? (markerSize + 10) / 2 : markerSize / 2;
        taken.append(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
    }
    const auto isFree = [&taken](const QRectF &box) {
        for (const QRectF &other : std::as_const(taken)) {
            if (other.intersects(box))
                return false;
        }
        return true;
    };
    for (const DestinationLabel &label : std::as_const(m_destinations)) {
        const QPointF at = m_chart->mapToPosition(label.value, m_anchor);
        const QSizeF size = label.box->rect().size();
        const qreal gap = markerSize / 2 + 3;
        const QRectF right(at.x() + gap, at.y() - size.height() / 2, size.width(), size.height());
        const QRectF left(at.x() - gap - size.width(), at.y() - size.height() / 2, size.width(), size.height());
        bool placed = false;
        for (const QRectF &box : {right, left}) {
            if (plot.contains(box) && isFree(box)) {
                label.box->setPos(box.topLeft());
                taken.append(box);
                placed = true;
                break;
            }
        }
        // A label that fits nowhere is left to the tooltip.
        label.box->setVisible(placed);
    }
}

QString TimelineChart::captionText(bool compact) const
{
    // A short chart keeps its height for the lanes: the caption drops the key to the bars, which
    // an export still gives; what a tick marks stays.
    QStringList parts = m_captionParts;
    if (compact)
        parts.removeAt(parts.size() - 2);
    parts.removeAll(QString());
    return parts.join(QStringLiteral("  ·  "));
}

void TimelineChart::fitCaption(const QRectF &whole)
{
    if (!m_caption)
        return;
    // Legend and caption wrap to the chart's width; the bottom margin grows to make room.
    const qreal width = qMax(100.0, whole.width() - 24);
    const QString text = captionText(whole.height() < 480);
    if (m_caption->toPlainText() != text)
        m_caption->setPlainText(text);
    m_caption->setTextWidth(width);
    const qreal height = m_caption->boundingRect().height();
    m_caption->setPos(whole.left() + 12, whole.bottom() - height - 4);
    const qreal legendHeight = m_legend->layout(width);
    m_legend->setPos(whole.left() + 12, whole.bottom() - height - 8 - legendHeight);
    // Room for the band's heading in the time axis' row comes from the axis itself.
    const int wanted = int(height + legendHeight) + 14;
    if (m_chart->margins().bottom() != wanted) {
        QMargins margins = m_chart->margins();
        margins.setBottom(wanted);
        m_chart->setMargins(margins);
    }
}

void TimelineChart::setTimeRange(qint64 from, qint64 to)
{
    // Zoom and pan stay within fifty years of the data, where every tick is a real date.
    const qint64 earliest = chartMsecs(chartDateAt(m_rangeFrom).addYears(-50));
    const qint64 latest = chartMsecs(chartDateAt(m_rangeTo).addYears(50));
    const qint64 span = qMin(to - from, latest - earliest);
    from = qBound(earliest, from, latest - span);
    to = from + span;
    m_axisX->setRange(qreal(from), qreal(to));
    layoutOverlays();
}

void TimelineChart::resetZoom()
{
    setTimeRange(m_rangeFrom, m_rangeTo);
}

qreal TimelineChart::minimumLaneHeight() const
{
    // A name's line height and a little air; at least room for a marker and its dispute ring.
    return qMax<qreal>(markerSize + 10, QFontMetricsF(m_axisY->labelsFont()).height() + 6);
}

void TimelineChart::setLaneWindow(int first, int count)
{
    const int total = int(m_laneLabels.size());
    count = qBound(1, count, qMax(1, total));
    first = qBound(0, first, qMax(0, total - count));
    if (first == m_firstLane && count == m_visibleLanes && !m_axisY->categoriesLabels().isEmpty())
        return;
    m_firstLane = first;
    m_visibleLanes = count;
    // Only the lanes in the window are categories (the axis draws every category, in range or
    // not). The widest name of the window is padded to the widest of all, so the axis keeps its
    // width and the plot does not shift as the lanes scroll.
    for (const QString &label : m_axisY->categoriesLabels())
        m_axisY->remove(label);
    const qreal widestOfAll = m_laneWidths.isEmpty() ? 0 : *std::max_element(m_laneWidths.cbegin(), m_laneWidths.cend());
    int widest = first;
    for (int i = first; i < first + count && i < total; ++i)
        widest = m_laneWidths.at(i) > m_laneWidths.at(widest) ? i : widest;
    m_axisY->setStartValue(first - lanePadding);
    for (int i = first; i < first + count && i < total; ++i) {
        QString label = m_laneLabels.at(i);
        if (i == widest) {
            const qreal space = QFontMetricsF(m_axisY->labelsFont()).horizontalAdvance(QChar(0xA0));
            const int pad = int(std::ceil((widestOfAll - m_laneWidths.at(i)) / qMax<qreal>(1, space)));
            label.prepend(QString(qMax(0, pad), QChar(0xA0)));
        }
        m_axisY->append(label, i);
    }
    m_axisY->setRange(first - lanePadding, qMax(first + lanePadding, first + count - 1 + lanePadding));
}

int TimelineChart::lanesThatFit() const
{
    const qreal lanes = m_chart->plotArea().height() / minimumLaneHeight() - 2 * lanePadding + 1;
    return qMax(1, int(std::floor(lanes + 1e-6)));
}

} // namespace talentflow
