#include "ui/chart/TimelineLanes.h"

#include "ui/UiLanguage.h"

#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace talentflow {

namespace {

// Beyond this, no one could tell lanes apart: show the busiest.
constexpr int maxLanes = 80;
// Blank lane-heights above the first lane and below the last.
constexpr qreal lanePadding = 0.6;

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

QString name(const TimelineLane &lane)
{
    return displayName(lane.nameEn, lane.nameZh, uiLanguage());
}

} // namespace

TimelineLanes::Choice TimelineLanes::choose(const TimelineData &data, TimelineKind kind, int laneLimit)
{
    QList<const TimelineLane *> drawable;
    for (const TimelineLane &lane : data.lanes) {
        if (lane.heading || hasSomethingToDraw(lane) || kind == TimelineKind::Founders)
            drawable.append(&lane);
    }
    QList<const TimelineLane *> rows;
    for (const TimelineLane *lane : drawable) {
        if (!lane->heading)
            rows.append(lane);
    }
    Choice choice;
    choice.available = int(rows.size()) + data.omittedLanes;
    const int limit = laneLimit > 0 ? qMin(laneLimit, maxLanes) : maxLanes;
    QSet<const TimelineLane *> kept(rows.cbegin(), rows.cend());
    if (rows.size() > limit) {
        QList<const TimelineLane *> busiest = rows;
        std::stable_sort(busiest.begin(), busiest.end(), [](const TimelineLane *a, const TimelineLane *b) {
            return laneLoad(*a) > laneLoad(*b);
        });
        kept = QSet<const TimelineLane *>(busiest.cbegin(), busiest.cbegin() + limit);
    }
    for (int i = 0; i < drawable.size(); ++i) {
        const TimelineLane *lane = drawable.at(i);
        if (!lane->heading) {
            if (kept.contains(lane))
                choice.lanes.append(lane);
            continue;
        }
        for (int j = i + 1; j < drawable.size() && !drawable.at(j)->heading; ++j) {
            if (kept.contains(drawable.at(j))) {
                choice.lanes.append(lane);
                break;
            }
        }
    }
    return choice;
}

TimelineLanes::TimelineLanes(const Choice &choice)
    : m_available(choice.available)
    , m_axis(new QCategoryAxis)
{
    for (const TimelineLane *lane : choice.lanes) {
        TimelineLane names;
        names.key = lane->key;
        names.heading = lane->heading;
        names.personId = lane->personId;
        names.nameEn = lane->nameEn;
        names.nameZh = lane->nameZh;
        m_lanes.append(names);
    }
    m_axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axis->setGridLineVisible(false);
    m_axis->setReverse(true);
    m_axis->setTruncateLabels(false); // names stay whole; lanes are kept tall enough for them
    for (const TimelineLane &lane : std::as_const(m_lanes)) {
        QString label = talentflow::name(lane);
        if (lane.heading)
            label = QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped());
        // Category labels must be unique; a zero-width space keeps same-named lanes apart.
        while (m_labels.contains(label))
            label += QChar(0x200B);
        m_labels.append(label);
        // Measured once, and only as far as any axis could show: a hostile name may be a megabyte.
        QFont font = m_axis->labelsFont();
        font.setBold(lane.heading);
        m_widths.append(QFontMetricsF(font).horizontalAdvance(talentflow::name(lane).left(400)));
    }
    setWindow(0, count());
}

int TimelineLanes::personLaneCount() const
{
    return int(std::count_if(m_lanes.cbegin(), m_lanes.cend(), [](const TimelineLane &l) { return !l.heading; }));
}

QString TimelineLanes::name(int lane) const
{
    return talentflow::name(m_lanes.at(lane));
}

int TimelineLanes::laneOf(qint64 key) const
{
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes.at(i).key == key && !m_lanes.at(i).heading)
            return i;
    }
    return -1;
}

QList<int> TimelineLanes::lanesOfPerson(qint64 personId, bool nested) const
{
    QList<int> lanes;
    if (personId == 0)
        return lanes;
    for (int i = 0; i < m_lanes.size(); ++i) {
        const TimelineLane &lane = m_lanes.at(i);
        if (nested ? lane.personId == personId : lane.key == personId)
            lanes.append(i);
    }
    return lanes;
}

void TimelineLanes::setWindow(int first, int count)
{
    const int total = int(m_labels.size());
    count = qBound(1, count, qMax(1, total));
    first = qBound(0, first, qMax(0, total - count));
    if (first == m_first && count == m_visible && !m_axis->categoriesLabels().isEmpty())
        return;
    m_first = first;
    m_visible = count;
    // Only the lanes in the window are categories (the axis draws every category, in range or
    // not). The widest name of the window is padded to the widest of all, so the axis keeps its
    // width and the plot does not shift as the lanes scroll.
    for (const QString &label : m_axis->categoriesLabels())
        m_axis->remove(label);
    const qreal widestOfAll = widestLabel();
    int widest = first;
    for (int i = first; i < first + count && i < total; ++i)
        widest = m_widths.at(i) > m_widths.at(widest) ? i : widest;
    m_axis->setStartValue(first - lanePadding);
    for (int i = first; i < first + count && i < total; ++i) {
        QString label = m_labels.at(i);
        if (i == widest) {
            const qreal space = QFontMetricsF(m_axis->labelsFont()).horizontalAdvance(QChar(0xA0));
            const int pad = int(std::ceil((widestOfAll - m_widths.at(i)) / qMax<qreal>(1, space)));
            label.prepend(QString(qMax(0, pad), QChar(0xA0)));
        }
        m_axis->append(label, i);
    }
    m_axis->setRange(first - lanePadding, qMax(first + lanePadding, first + count - 1 + lanePadding));
}

qreal TimelineLanes::widestLabel() const
{
    return m_widths.isEmpty() ? 0 : *std::max_element(m_widths.cbegin(), m_widths.cend());
}

qreal TimelineLanes::labelHeight() const
{
    return QFontMetricsF(m_axis->labelsFont()).height();
}

int TimelineLanes::thatFit(qreal plotHeight, qreal laneHeight) const
{
    const qreal lanes = plotHeight / laneHeight - 2 * lanePadding + 1;
    return qMax(1, int(std::floor(lanes + 1e-6)));
}

} // namespace talentflow
