#include "models/PartialDate.h"

namespace talentflow {

PartialDate PartialDate::year(int year)
{
    PartialDate date;
    date.m_precision = DatePrecision::Year;
    date.m_year = year;
    return date;
}

PartialDate PartialDate::month(int year, int month)
{
    PartialDate date = PartialDate::year(year);
    date.m_precision = DatePrecision::Month;
    date.m_month = month;
    return date;
}

PartialDate PartialDate::day(int year, int month, int day)
{
    PartialDate date = PartialDate::month(year, month);
    date.m_precision = DatePrecision::Day;
    date.m_day = day;
    return date;
}

std::optional<PartialDate> PartialDate::fromIso(const QString &text, QString *error)
{
    if (text.isEmpty())
        return PartialDate();

    auto fail = [&](const QString &why) -> std::optional<PartialDate> {
        if (error)
            *error = QStringLiteral("invalid date \"%1\": %2").arg(text, why);
        return std::nullopt;
    };
    // YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits, read by hand: a regular expression here was a
    // visible share of painting the table and of loading a chart.
    const auto digits = [&text](qsizetype from, qsizetype count, int *value) {
        int read = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            read = read * 10 + int(c - u'0');
        }
        *value = read;
        return true;
    };
    const qsizetype length = text.size();
    int y = 0;
    int m = 0;
    int d = 0;
    const bool wellFormed = (length == 4 || length == 7 || length == 10) && digits(0, 4, &y)
        && (length < 7 || (text.at(4) == u'-' && digits(5, 2, &m)))
        && (length < 10 || (text.at(7) == u'-' && digits(8, 2, &d)));
    if (!wellFormed)
        return fail(QStringLiteral("expected YYYY, YYYY-MM or YYYY-MM-DD"));

    if (y < 1)
        return fail(QStringLiteral("year out of range"));
    if (length == 4)
        return year(y);
    if (m < 1 || m > 12)
        return fail(QStringLiteral("month out of range"));
    if (length == 7)
        return month(y, m);
    if (!QDate::isValid(y, m, d))
        return fail(QStringLiteral("no such day"));
    return day(y, m, d);
}

std::optional<PartialDate> PartialDate::fromIsoWithPrecision(const QString &text, const QString &precision,
                                                              QString *error)
{
    const std::optional<DatePrecision> expected = precisionFromName(precision);
    if (!expected) {
        if (error)
            *error = QStringLiteral("invalid precision \"%1\": expected day, month, year or unknown").arg(precision);
        return std::nullopt;
    }
    std::optional<PartialDate> date = fromIso(text, error);
    if (!date)
        return std::nullopt;
    if (date->precision() != *expected) {
        if (error)
            *error = QStringLiteral("date \"%1\" does not agree with precision \"%2\"").arg(text, precision);
        return std::nullopt;
    }
    return date;
}

QString PartialDate::precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Year:
        return QStringLiteral("year");
    case DatePrecision::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<DatePrecision> PartialDate::precisionFromName(const QString &name)
{
    for (DatePrecision p : {DatePrecision::Unknown, DatePrecision::Year, DatePrecision::Month, DatePrecision::Day}) {
        if (precisionName(p) == name)
            return p;
    }
    return std::nullopt;
}

QString PartialDate::toIso() const
{
    switch (m_precision) {
    case DatePrecision::Day:
        return QStringLiteral("%1-%2-%3")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'))
            .arg(m_day, 2, 10, QLatin1Char('0'));
    case DatePrecision::Month:
        return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
    case DatePrecision::Year:
        return QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    case DatePrecision::Unknown:
        break;
    }
    return QString();
}

QDate PartialDate::firstDay() const
{
    switch (m_precision) {
    case DatePrecision::Day:
        return QDate(m_year, m_month, m_day);
    case DatePrecision::Month:
        return QDate(m_year, m_month, 1);
    case DatePrecision::Year:
        return QDate(m_year, 1, 1);
    case DatePrecision::Unknown:
        break;
    }
    return QDate();
}

QDate PartialDate::lastDay() const
{
    switch (m_precision) {
    case DatePrecision::Day:
        return firstDay();
    case DatePrecision::Month:
        return QDate(m_year, m_month, 1).addMonths(1).addDays(-1);
    case DatePrecision::Year:
        return QDate(m_year, 12, 31);
    case DatePrecision::Unknown:
        break;
    }
    return QDate();
}

QString PartialDate::toDisplayString(bool chinese) const
{
    static const char *const monthsEn[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    switch (m_precision) {
    case DatePrecision::Day:
        return chinese ? QStringLiteral("%1年%2月%3日").arg(m_year).arg(m_month).arg(m_day)
                       : QStringLiteral("%1 %2 %3").arg(m_day).arg(QLatin1String(monthsEn[m_month - 1])).arg(m_year);
    case DatePrecision::Month:
        return chinese ? QStringLiteral("%1年%2月").arg(m_year).arg(m_month)
                       : QStringLiteral("%1 %2").arg(QLatin1String(monthsEn[m_month - 1])).arg(m_year);
    case DatePrecision::Year:
        return chinese ? QStringLiteral("%1年").arg(m_year) : QString::number(m_year);
    case DatePrecision::Unknown:
        break;
    }
    return QString();
}

} // namespace talentflow
