#include "ui/chart/TimelineCaption.h"

#include "ui/chart/TimelineChart.h"
#include "ui/chart/TimelineLegend.h"

#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QTextOption>

namespace talentflow {

TimelineCaption::TimelineCaption(const CaptionFacts &facts, const QFont &font, QGraphicsItem *parent)
    : m_item(new QGraphicsTextItem(parent))
{
    if (facts.finalPresent >= 0)
        m_parts.append(TimelineChart::tr("Now: %n still there", nullptr, facts.finalPresent) + QStringLiteral(", ")
                       + TimelineChart::tr("%n on leave", nullptr, facts.finalOnLeave));
    if (!facts.filterText.isEmpty() && facts.kind == TimelineKind::Departures)
        m_parts.append(facts.filterText);
    if (facts.sourceCount >= 0)
        m_parts.append(TimelineChart::tr("Sources: %n article(s)", nullptr, facts.sourceCount));
    if (facts.shownLanes < facts.availableLanes)
        m_parts.append(TimelineChart::tr("Showing the %1 busiest of %2 lanes; filter or search to see others")
                           .arg(facts.shownLanes)
                           .arg(facts.availableLanes));
    if (!facts.detailed)
        m_parts.append(TimelineChart::tr("%n move(s): one marker per lane, kind and month", nullptr, facts.markerCount));
    if (!facts.labelsDestinations)
        m_parts.append(TimelineChart::tr("Destinations are named in the tooltips"));
    if (facts.undatedShown > 0)
        m_parts.append(TimelineChart::tr("%n move(s) without a stated date, in the hatched band at the right", nullptr, facts.undatedShown));
    m_parts.append(facts.kind == TimelineKind::Founders
                       ? TimelineChart::tr("Bars: time at the company; dashed: on leave; thin lines: the span of an imprecise date")
                       : TimelineChart::tr("Bars: roles from their stated start; dotted where no end is stated; thin lines: the span of an imprecise date"));
    m_parts.append(QString()); // the tick note, set by setTickNote()
    m_item->setFont(font);
    m_item->setDefaultTextColor(QColor(0x55, 0x55, 0x55));
    QTextOption centered(Qt::AlignHCenter);
    centered.setWrapMode(QTextOption::WordWrap);
    m_item->document()->setDefaultTextOption(centered);
}

void TimelineCaption::setTickNote(bool nothingDated, CalendarStep step)
{
    m_parts.last() = nothingDated                           ? QString()
                     : int(step) >= int(CalendarStep::Year) ? TimelineChart::tr("Each year label marks 1 January of that year")
                                                            : TimelineChart::tr("Each label marks the first day of its month");
}

QString TimelineCaption::text(bool compact) const
{
    // A short chart keeps its height for the lanes: the caption drops the key to the bars, which
    // an export still gives; what a tick marks stays.
    QStringList parts = m_parts;
    if (compact)
        parts.removeAt(parts.size() - 2);
    parts.removeAll(QString());
    return parts.join(QStringLiteral("  ·  "));
}

QString TimelineCaption::shownText() const
{
    return m_item->toPlainText();
}

void TimelineCaption::showText(bool compact)
{
    m_item->setPlainText(text(compact));
}

int TimelineCaption::layout(const QRectF &whole, TimelineLegend *legend)
{
    const qreal width = qMax(100.0, whole.width() - 24);
    const QString text = this->text(whole.height() < 480);
    if (m_item->toPlainText() != text)
        m_item->setPlainText(text);
    m_item->setTextWidth(width);
    const qreal height = m_item->boundingRect().height();
    m_item->setPos(whole.left() + 12, whole.bottom() - height - 4);
    const qreal legendHeight = legend->layout(width);
    legend->setPos(whole.left() + 12, whole.bottom() - height - 8 - legendHeight);
    return int(height + legendHeight) + 14;
}

} // namespace talentflow
