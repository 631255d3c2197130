#include "ui/chart/TimelineChart.h"

#include "ui/SourceCitation.h"

#include "ui/UiLanguage.h"
#include "ui/chart/TimelineBars.h"
#include "ui/chart/TimelineCaption.h"
#include "ui/chart/TimelineLanes.h"
#include "ui/MovementKindNames.h"
#include "ui/chart/UndatedBand.h"

#include <QCategoryAxis>
#include <QSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QTextDocument>
#include <QValueAxis>

#include <cmath>

namespace talentflow {

namespace {

const QColor barColor(0x9e, 0xc5, 0xe6);
const QColor leaveColor(0xf5, 0xc0, 0x6f);
const QColor headingColor(0xee, 0xf1, 0xf4);

QString name(const QString &en, const QString &zh)
{
    return displayName(en, zh, uiLanguage());
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

int TimelineChart::laneCount() const
{
    return m_lanes->count();
}

int TimelineChart::availableLaneCount() const
{
    return m_lanes->available();
}

qint64 TimelineChart::laneKey(int lane) const
{
    return m_lanes->key(lane);
}

QString TimelineChart::laneName(int lane) const
{
    return m_lanes->name(lane);
}

bool TimelineChart::isHeadingLane(int lane) const
{
    return m_lanes->isHeading(lane);
}

int TimelineChart::laneOf(qint64 key) const
{
    return m_lanes->laneOf(key);
}

QList<int> TimelineChart::lanesOfPerson(qint64 personId) const
{
    const bool nested = m_spec.kind == TimelineKind::Departures && m_spec.grouping == LaneGrouping::Company;
    return m_lanes->lanesOfPerson(personId, nested);
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
    if (m.returning) {
        const qint64 back = m.toCompanyId ? *m.toCompanyId : m.companyId;
        const CompanyRecord returnedTo = m_companies.value(back);
        text += QStringLiteral("<br><span style='color:#b03a2e'>↩ %1</span>")
                    .arg(tr("Back at %1, a company they had left").arg(name(returnedTo.nameEn, returnedTo.nameZh)).toHtmlEscaped());
    }
    if (m.disputed)
        text += QStringLiteral("<br><span style='color:#d62728'>⚠ %1</span>").arg(tr("Articles disagree"));
    if (!m.firstExcerpt.isEmpty())
        text += QStringLiteral("<br><i>“%1”</i>").arg(m.firstExcerpt.toHtmlEscaped());
    QStringList sources;
    for (int number : m_sourceNumbering.numbers(m.sourceIds))
        sources.append(QStringLiteral("[%1] %2").arg(number).arg(
            SourceCitation::shortName(m_sourceNumbering.sources().at(number - 1)).toHtmlEscaped()));
    if (!sources.isEmpty())
        text += QStringLiteral("<br>") + tr("Sources: %1").arg(sources.join(QStringLiteral(" · ")));
    return text;
}

QPointF TimelineChart::markerPosition(const PlacedMarker &placed) const
{
    return m_markers->position(placed);
}

bool TimelineChart::isMarkerShown(const PlacedMarker &placed) const
{
    return m_markers->isShown(placed);
}

void TimelineChart::build(const TimelineData &data, const QList<FounderStep> &steps)
{
    m_people = data.people;
    m_companies = data.companies;
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    if (!m_spec.framed)
        m_chart->setTitle(timelineTitle(m_spec));
    m_chart->setBackgroundVisible(!m_spec.transparent);
    m_chart->legend()->hide();

    const TimelineLanes::Choice chosen = TimelineLanes::choose(data, m_spec.kind, m_spec.laneLimit);
    addTimeAxis(data);
    m_lanes = std::make_unique<TimelineLanes>(chosen);
    m_chart->addAxis(m_lanes->axis(), Qt::AlignLeft);
    // An empty series on both axes maps values to points even with no markers.
    m_anchor = new QLineSeries;
    m_chart->addSeries(m_anchor);
    m_anchor->attachAxis(m_axisX);
    m_anchor->attachAxis(m_lanes->axis());
    m_bars = new TimelineBars(m_chart, m_anchor);
    addBars(chosen.lanes);
    m_markers = std::make_unique<TimelineMarkers>(m_chart, m_bars);
    m_markers->add(data, chosen.lanes, m_axisX, m_lanes->axis(), m_legendEntries);
    addFounderCount(steps);
    addCaption(data);
    numberSources(data);

    QFont labelFont = m_chart->font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    m_legend = new TimelineLegend(m_legendEntries, labelFont, m_chart);
    m_legend->setZValue(20);
    addEmptyNote(data, chosen.lanes.isEmpty(), titleFont);
    updateTicks(0);
    m_caption->showText(false);
}

void TimelineChart::numberSources(const TimelineData &data)
{
    QSet<qint64> cited;
    for (const PlacedMarker &placed : m_markers->placed())
        for (qint64 id : placed.marker.sourceIds)
            cited.insert(id);
    QList<SourceRecord> sources;
    for (const SourceRecord &source : data.citedSources)
        if (cited.contains(source.id))
            sources.append(source);
    m_sourceNumbering = SourceNumbering(sources);
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

void TimelineChart::addFounderCount(const QList<FounderStep> &steps)
{
    if (m_spec.kind != TimelineKind::Founders || steps.isEmpty())
        return;
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, qMax(1, m_lanes->count()));
    countAxis->setTickCount(qMin(m_lanes->count(), 11) + 1);
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
    CaptionFacts facts;
    facts.kind = m_spec.kind;
    facts.filterText = m_spec.filter.text();
    facts.sourceCount = m_spec.framed ? -1 : data.sourceCount;
    facts.finalPresent = m_finalPresent;
    facts.finalOnLeave = m_finalOnLeave;
    facts.shownLanes = m_lanes->personLaneCount();
    facts.availableLanes = m_lanes->available();
    facts.detailed = m_markers->isDetailed();
    facts.markerCount = m_markers->count();
    facts.labelsDestinations = m_markers->labelsDestinations();
    facts.undatedShown = m_markers->undatedCount();
    QFont labelFont = m_chart->font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    m_caption = std::make_unique<TimelineCaption>(facts, labelFont, m_chart);
}

void TimelineChart::addEmptyNote(const TimelineData &data, bool noLanes, const QFont &titleFont)
{
    QString note;
    if (noLanes)
        note = data.lanes.isEmpty() && !m_spec.filter.search.isEmpty() ? tr("No matches for “%1”").arg(m_spec.filter.search) : tr("Nothing to draw for this selection");
    else if (!data.dateRange().first.isValid())
        note = tr("No article dates these moves: see the band at the right");
    if (note.isEmpty())
        return;
    m_emptyNote = new QGraphicsSimpleTextItem(note, m_chart);
    QFont noteFont = titleFont;
    if (!noLanes)
        noteFont.setBold(false);
    m_emptyNote->setFont(noteFont);
    m_emptyNote->setBrush(QColor(0x66, 0x66, 0x66));
    m_emptyNote->setZValue(20);
}

void TimelineChart::updateTicks(qreal plotWidth)
{
    const qint64 from = qint64(m_axisX->min());
    const qint64 to = qint64(m_axisX->max());
    const qreal days = qMax<qreal>(1, qreal(to - from) / (24.0 * 3600 * 1000));
    const qreal width = plotWidth > 10 ? plotWidth : m_chart->size().width() - 150;
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
    // Say what a tick means, in the caption's last line (shown by fitCaption()).
    m_caption->setTickNote(m_nothingDated, m_step);
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
    texts.append(m_caption->shownText());
    if (m_markers->band())
        texts.append(m_markers->band()->header());
    texts.append(m_markers->destinationTexts());
    if (m_emptyNote)
        texts.append(m_emptyNote->text());
    texts.removeAll(QString());
    return texts;
}

void TimelineChart::layoutOverlays()
{
    const QRectF plot = m_chart->plotArea();
    updateTicks(plot.width());
    m_bars->relayout();
    if (UndatedBand *band = m_markers->band()) {
        const qreal left = m_chart->rect().right() - m_chart->margins().right() + 6;
        // The heading goes one label row below the ticks, clear of the last tick's label.
        const qreal headingY = plot.bottom() + 6 + (m_nothingDated ? 0 : 2 + QFontMetricsF(m_axisX->labelsFont()).height());
        band->relayout(left, plot, headingY, [this](int lane) {
            return m_chart->mapToPosition(QPointF(0, lane), m_anchor).y();
        });
    }
    m_markers->placeDestinations(m_anchor);
    if (m_emptyNote)
        m_emptyNote->setPos(plot.center() - m_emptyNote->boundingRect().center());
    fitCaption(m_chart->rect());
}

void TimelineChart::prepareLayout(const QRectF &whole)
{
    // Laid out at this size already (an export fitted first): the plot's own width.
    if (m_chart->size() == whole.size() && !m_chart->plotArea().isEmpty()) {
        updateTicks(m_chart->plotArea().width());
        fitCaption(whole);
        return;
    }
    // The plot is what the margins and the vertical axes leave. An estimate: Qt Charts adds its
    // own padding, and where the estimate picks other ticks than the plot's width does,
    // layoutOverlays() corrects them at the cost of the second layout. Qt Charts gives the
    // vertical axes at most 40% of the chart.
    constexpr qreal axisPadding = 60;
    qreal axes = m_lanes->widestLabel() + axisPadding;
    for (const QAbstractAxis *axis : m_chart->axes(Qt::Vertical)) {
        if (axis->alignment() != Qt::AlignRight)
            continue;
        // The founders' count: two digits and its title, turned on its side.
        axes += QFontMetricsF(axis->labelsFont()).horizontalAdvance(QStringLiteral("00"))
            + (axis->titleText().isEmpty() ? 0 : QFontMetricsF(axis->titleFont()).height()) + 20;
    }
    const QMargins margins = m_chart->margins();
    const qreal plot = whole.width() - margins.left() - margins.right();
    updateTicks(qMax(plot - qMin(axes, 0.4 * whole.width()), qreal(11)));
    fitCaption(whole);
}

void TimelineChart::fitCaption(const QRectF &whole)
{
    if (!m_caption)
        return;
    // Legend and caption wrap to the chart's width; the bottom margin grows to make room. Room for
    // the band's heading in the time axis' row comes from the axis itself.
    const int wanted = m_caption->layout(whole, m_legend);
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
    return qMax<qreal>(TimelineMarkers::markerSize + 10, m_lanes->labelHeight() + 6);
}

void TimelineChart::setLaneWindow(int first, int count)
{
    m_lanes->setWindow(first, count);
}

int TimelineChart::firstVisibleLane() const
{
    return m_lanes->firstVisible();
}

int TimelineChart::visibleLaneCount() const
{
    return m_lanes->visibleCount();
}

int TimelineChart::lanesThatFit() const
{
    return lanesThatFit(m_chart->plotArea().height());
}

int TimelineChart::lanesThatFit(qreal plotHeight) const
{
    return m_lanes->thatFit(plotHeight, minimumLaneHeight());
}

} // namespace talentflow
