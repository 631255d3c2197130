#include "ui/chart/CalendarTicks.h"

#include "models/PartialDate.h"

#include <QDateTime>
#include <QTimeZone>

namespace talentflow {

qint64 chartMsecs(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 chartPosition(const PartialDate &date)
{
    if (date.precision() == DatePrecision::Day)
        return chartMsecs(date.firstDay());
    return (chartMsecs(date.firstDay()) + chartMsecs(date.lastDay().addDays(1))) / 2;
}

QDate chartDateAt(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).date();
}

QString calendarTickLabel(const QDate &date, CalendarStep step, bool chinese)
{
    if (int(step) >= int(CalendarStep::Year))
        return chinese ? QStringLiteral("%1年").arg(date.year()) : QString::number(date.year());
    return PartialDate::month(date.year(), date.month()).toDisplayString(chinese);
}

CalendarStep chooseCalendarStep(qreal pixelsPerDay, bool chinese, const std::function<qreal(const QString &)> &labelWidth)
{
    constexpr CalendarStep steps[] = {CalendarStep::Month,    CalendarStep::Quarter,   CalendarStep::Year,
                                      CalendarStep::TwoYears, CalendarStep::FiveYears, CalendarStep::TenYears};
    constexpr qreal gap = 14; // blank pixels between neighbouring labels
    // The widest label of each kind: a long month name and a four-digit year.
    const qreal monthWidth = labelWidth(calendarTickLabel(QDate(2024, 12, 1), CalendarStep::Month, chinese));
    const qreal yearWidth = labelWidth(calendarTickLabel(QDate(2024, 1, 1), CalendarStep::Year, chinese));
    for (CalendarStep step : steps) {
        // The shortest stretch of this step: February, or a quarter of 90 days, or 365 days a year.
        const int months = int(step);
        const qreal shortestDays = months == 1 ? 28 : months == 3 ? 90 : 365.0 * months / 12;
        const qreal width = months < 12 ? monthWidth : yearWidth;
        // A label is centred on its tick, so half of each neighbour's width must fit.
        if (shortestDays * pixelsPerDay >= width + gap)
            return step;
    }
    return CalendarStep::TenYears;
}

QList<CalendarTick> calendarTicks(const QDate &from, const QDate &to, CalendarStep step, bool chinese)
{
    QList<CalendarTick> ticks;
    if (!from.isValid() || !to.isValid() || to < from)
        return ticks;
    const int months = int(step);
    // The first boundary on or after from: a month start whose index divides by the step
    // (quarters start in Jan/Apr/Jul/Oct, two-year steps on even years, five on 2020, 2025, …).
    const int firstIndex = from.year() * 12 + from.month() - 1 + (from.day() > 1 ? 1 : 0);
    int index = (firstIndex + months - 1) / months * months;
    for (;; index += months) {
        const QDate date(index / 12, index % 12 + 1, 1);
        if (date > to)
            break;
        ticks.append({date, calendarTickLabel(date, step, chinese)});
    }
    return ticks;
}

} // namespace talentflow
