#include "ui/chart/TimelineMarkers.h"

#include "models/MovementKind.h"
#include "ui/MovementKindNames.h"
#include "ui/UiLanguage.h"
#include "ui/chart/CalendarTicks.h"
#include "ui/chart/MovementKindStyle.h"
#include "ui/chart/TimelineBars.h"
#include "ui/chart/TimelineChart.h"
#include "ui/chart/UndatedBand.h"

#include <QChart>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QScatterSeries>
#include <QSet>

#include <algorithm>

namespace talentflow {

namespace {

// Beyond this, no one could tell points apart: one marker per lane, kind and month.
constexpr int detailedMarkerLimit = 3000;
// Destination labels are scene items of their own; past this many they would cost more than they
// tell, and tooltips still name every destination.
constexpr int labelledMarkerLimit = 400;

} // namespace

TimelineMarkers::TimelineMarkers(QChart *chart, TimelineBars *bars)
    : m_chart(chart)
    , m_bars(bars)
{
}

bool TimelineMarkers::labelsDestinations() const
{
    return m_count <= labelledMarkerLimit;
}

void TimelineMarkers::add(const TimelineData &data, const QList<const TimelineLane *> &lanes, QAbstractAxis *timeAxis,
                          QAbstractAxis *laneAxis, QList<LegendEntry> &legend)
{
    for (const TimelineLane *lane : lanes)
        m_count += int(lane->markers.size());
    m_detailed = m_count <= detailedMarkerLimit;

    const QList<MovementKind> kinds = movementKindsInLegendOrder();
    QHash<int, QScatterSeries *> seriesOfKind; // by MovementKind
    // A return: a solid ring in the talent flow's return colour.
    auto *returnSeries = new QScatterSeries;
    returnSeries->setName(TimelineChart::tr("↩ Return to a company left before"));
    returnSeries->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    returnSeries->setMarkerSize(markerSize + 6);
    returnSeries->setColor(Qt::transparent);
    returnSeries->setBorderColor(QColor(0xb0, 0x3a, 0x2e));
    returnSeries->setPen(QPen(QColor(0xb0, 0x3a, 0x2e), 2.5));
    auto *disputedSeries = new QScatterSeries;
    disputedSeries->setName(TimelineChart::tr("Disputed"));
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
    m_band = new UndatedBand(TimelineChart::tr("Date not stated"), labelFont, m_chart);
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
            m_placed.append({QPointF(x, i), marker, series});
            if (marker.disputed)
                disputedSeries->append(x, i);
            if (marker.returning)
                returnSeries->append(x, i);
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
            if (!labelsDestinations() || !marker.toCompanyId || !data.companies.contains(*marker.toCompanyId))
                continue;
            const CompanyRecord &to = data.companies.value(*marker.toCompanyId);
            auto *box = new QGraphicsRectItem(m_chart);
            box->setBrush(QColor(0xff, 0xff, 0xff, 225));
            box->setPen(Qt::NoPen);
            box->setZValue(20);
            auto *item = new QGraphicsSimpleTextItem(QStringLiteral("→ ") + displayName(to.nameEn, to.nameZh, uiLanguage()), box);
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
                m_placed.append({QPointF(0, i), *marker, nullptr, entry});
            ++m_undated; // drawn, or counted in its lane's "+N"
        }
    }
    for (MovementKind kind : kinds) {
        const MovementKindStyle style = movementKindStyle(kind);
        QScatterSeries *series = seriesOfKind.value(int(kind));
        const QString key = movementKindKey(kind);
        bool used = series->count() > 0;
        for (const PlacedMarker &placed : std::as_const(m_placed))
            used = used || (placed.isUndated() && placed.marker.kind == key);
        if (!used) {
            delete series;
            continue;
        }
        m_chart->addSeries(series);
        series->attachAxis(timeAxis);
        series->attachAxis(laneAxis);
        legend.append({LegendEntry::Symbol::Marker, style.shape, style.color, QPen(), series->name()});
    }
    if (returnSeries->count() > 0) {
        m_chart->addSeries(returnSeries);
        returnSeries->attachAxis(timeAxis);
        returnSeries->attachAxis(laneAxis);
        legend.append({LegendEntry::Symbol::Ring, {}, {}, returnSeries->pen(), returnSeries->name()});
    } else {
        delete returnSeries;
    }
    if (disputedSeries->count() > 0) {
        m_chart->addSeries(disputedSeries);
        disputedSeries->attachAxis(timeAxis);
        disputedSeries->attachAxis(laneAxis);
        legend.append({LegendEntry::Symbol::Ring, {}, {}, disputedSeries->pen(), disputedSeries->name()});
    } else {
        delete disputedSeries;
    }
    if (m_band->isEmpty()) {
        delete m_band;
        m_band = nullptr;
    } else {
        legend.append({LegendEntry::Symbol::Undated, {}, QColor(0x66, 0x66, 0x66), QPen(),
                       TimelineChart::tr("Date not stated (hollow, in the hatched band)")});
        QMargins margins = m_chart->margins();
        margins.setRight(qMax(margins.right(), int(m_band->preferredWidth()) + 12));
        m_chart->setMargins(margins);
    }
}

QPointF TimelineMarkers::position(const PlacedMarker &placed) const
{
    if (placed.isUndated())
        return m_band->position(placed.bandEntry);
    return m_chart->mapToPosition(placed.value, placed.series);
}

bool TimelineMarkers::isShown(const PlacedMarker &placed) const
{
    if (placed.isUndated())
        return m_band->isShown(placed.bandEntry);
    return m_chart->plotArea().adjusted(-1, -1, 1, 1).contains(position(placed));
}

void TimelineMarkers::placeDestinations(QAbstractSeries *anchor)
{
    if (m_destinations.isEmpty())
        return;
    const QRectF plot = m_chart->plotArea();
    // What a label must not cover: every marker, and the labels placed before it.
    QList<QRectF> taken;
    taken.reserve(m_placed.size() + m_destinations.size());
    for (const PlacedMarker &placed : std::as_const(m_placed)) {
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
        const QPointF at = m_chart->mapToPosition(label.value, anchor);
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

QStringList TimelineMarkers::destinationTexts() const
{
    QStringList texts;
    for (const DestinationLabel &label : m_destinations)
        texts.append(label.item->text());
    return texts;
}

} // namespace talentflow
