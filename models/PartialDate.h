#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace talentflow {

enum class DatePrecision { Unknown, Year, Month, Day };

// A date known to the day, the month, the year, or not at all, as the
// articles state it. Stored as "YYYY", "YYYY-MM", "YYYY-MM-DD" or null.
class PartialDate
{
public:
    PartialDate() = default;
    static PartialDate year(int year);
    static PartialDate month(int year, int month);
    static PartialDate day(int year, int month, int day);

    // Parses the ISO-like forms above; an empty string is an unknown date.
    static std::optional<PartialDate> fromIso(const QString &text, QString *error = nullptr);
    // Parses a date and checks that it agrees with the named precision.
    static std::optional<PartialDate> fromIsoWithPrecision(const QString &text, const QString &precision,
                                                           QString *error = nullptr);

    static QString precisionName(DatePrecision precision);
    static std::optional<DatePrecision> precisionFromName(const QString &name);

    DatePrecision precision() const { return m_precision; }
    bool isKnown() const { return m_precision != DatePrecision::Unknown; }
    QString toIso() const;
    QString precisionName() const { return precisionName(m_precision); }

    // The span the date stands for: a whole year, a month, or one day.
    QDate firstDay() const;
    QDate lastDay() const;

    // "25 Sep 2024" / "Sep 2024" / "2024" in English, "2024年9月25日" / "2024年9月" / "2024年" in Chinese.
    QString toDisplayString(bool chinese) const;

    bool operator==(const PartialDate &other) const
    {
        return m_precision == other.m_precision && m_year == other.m_year && m_month == other.m_month
            && m_day == other.m_day;
    }
    bool operator!=(const PartialDate &other) const { return !(*this == other); }

private:
    DatePrecision m_precision = DatePrecision::Unknown;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace talentflow
