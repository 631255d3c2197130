#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace talentflow {

class PartialDate;

// The step between two ticks of a time axis, always a whole number of calendar months.
enum class CalendarStep { Month = 1, Quarter = 3, Year = 12, TwoYears = 24, FiveYears = 60, TenYears = 120 };

struct CalendarTick
{
    QDate date; // the first day of a month, quarter or year
    QString label;
};

// The chart's time coordinate: milliseconds since the epoch at 00:00 UTC of a day. A tick and a
// day-precise date share it, so "2024" sits exactly where 1 January 2024 begins.
qint64 chartMsecs(const QDate &date);
// Where a date is drawn: a day at its start, a month or year at the middle of its span.
qint64 chartPosition(const PartialDate &date);
QDate chartDateAt(qint64 msecs);

// A tick's label in the UI language: "2024" / "2024年", or "Sep 2024" / "2024年9月".
QString calendarTickLabel(const QDate &date, CalendarStep step, bool chinese);

// The finest step whose labels do not collide at this scale, and its ticks on calendar
// boundaries between from and to (inclusive). labelWidth measures a label in pixels.
CalendarStep chooseCalendarStep(qreal pixelsPerDay, bool chinese, const std::function<qreal(const QString &)> &labelWidth);
QList<CalendarTick> calendarTicks(const QDate &from, const QDate &to, CalendarStep step, bool chinese);

} // namespace talentflow
