#include "models/EvidenceReading.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace talentflow {

namespace {

// English month names and their common abbreviations, capitalised as names are ("may" is a verb).
const QString monthNames = QStringLiteral(
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?");

int monthNumber(const QString &name)
{
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
                                    QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
                                    QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

enum class Parts { YearMonthDay, YearMonth, MonthDay, Year };

struct DatePattern
{
    QRegularExpression expression;
    Parts parts;
    int year;  // capture numbers; 0 when absent
    int month; // a number, or a month's name when monthIsName
    int day;
    bool monthIsName;
};

const QList<DatePattern> &datePatterns()
{
    static const QList<DatePattern> patterns{
        {QRegularExpression(QStringLiteral("(?<!\\d)(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d)")), Parts::YearMonthDay, 1, 2, 3, false},
        {QRegularExpression(QStringLiteral("(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]")), Parts::YearMonthDay, 1, 2, 3, false},
        {QRegularExpression(QStringLiteral("(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月")), Parts::YearMonth, 1, 2, 0, false},
        {QRegularExpression(QStringLiteral("(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]")), Parts::MonthDay, 0, 1, 2, false},
        {QRegularExpression(QStringLiteral("(?<!\\d)(\\d{4})\\s*年(?!代)")), Parts::Year, 1, 0, 0, false},
        {QRegularExpression(QStringLiteral("\\b%1\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b").arg(monthNames)), Parts::YearMonthDay, 3, 1, 2, true},
        {QRegularExpression(QStringLiteral("\\b(\\d{1,2})\\s+%1,?\\s+(\\d{4})\\b").arg(monthNames)), Parts::YearMonthDay, 3, 2, 1, true},
        {QRegularExpression(QStringLiteral("\\b%1,?\\s+(\\d{4})\\b").arg(monthNames)), Parts::YearMonth, 2, 1, 0, true},
        {QRegularExpression(QStringLiteral("\\b%1\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b").arg(monthNames)), Parts::MonthDay, 0, 1, 2, true},
        {QRegularExpression(QStringLiteral("\\b(\\d{1,2})\\s+%1\\b").arg(monthNames)), Parts::MonthDay, 0, 2, 1, true},
        // A year alone; not a count or a sum (2000万, 2000多名, 2000人, $2024, 2024%), nor a model's
        // number (RTX 2080).
        {QRegularExpression(QStringLiteral("(?<![\\d$¥]|\\d[.,])(?<![A-Z] )(?<![A-Za-z])((?:19|20)\\d{2})(?![\\d%万亿多人名元]|[.,]\\d|\\s*(?:美元|dollars|people|employees))")), Parts::Year, 1, 0, 0, false},
    };
    return patterns;
}

std::optional<PartialDate> dateOf(const DatePattern &pattern, const QRegularExpressionMatch &match, const PartialDate &published)
{
    int year = pattern.year ? match.captured(pattern.year).toInt() : (published.isKnown() ? published.firstDay().year() : 0);
    if (year == 0)
        return std::nullopt; // a day and month with no year anywhere: not a date to offer
    const int month = pattern.month == 0 ? 0
        : pattern.monthIsName            ? monthNumber(match.captured(pattern.month))
                                         : match.captured(pattern.month).toInt();
    const int day = pattern.day ? match.captured(pattern.day).toInt() : 0;
    switch (pattern.parts) {
    case Parts::MonthDay:
        // "12月28日" in an article of 3 January is last year's: an article reports what happened.
        if (published.precision() != DatePrecision::Year && QDate::isValid(year, month, day)
            && QDate(year, month, day) > published.lastDay())
            --year;
        [[fallthrough]];
    case Parts::YearMonthDay:
        if (!QDate::isValid(year, month, day))
            return std::nullopt;
        return PartialDate::day(year, month, day);
    case Parts::YearMonth:
        if (month < 1 || month > 12)
            return std::nullopt;
        return PartialDate::month(year, month);
    case Parts::Year:
        return PartialDate::year(year);
    }
    return std::nullopt;
}

struct KindWords
{
    MovementKind kind;
    QRegularExpression words;
};

// The most specific kinds first: a firing is also a leaving, a reinstatement also a joining.
const QList<KindWords> &kindWords()
{
    static const auto caseless = QRegularExpression::CaseInsensitiveOption;
    // 创始人 is a title (联合创始人 … 离职 is a leaving), so founding is read from the verbs alone.
    static const QList<KindWords> table{
        {MovementKind::Fired, QRegularExpression(QStringLiteral(
             "解雇|开除|炒鱿鱼|\\b(?:fired|fires|firing|dismissed|dismissal|sacked|terminated)\\b"), caseless)},
        {MovementKind::Ousted, QRegularExpression(QStringLiteral(
             "罢免|赶下台|驱逐|逐出|\\b(?:ousted|ousting|ouster)\\b"), caseless)},
        {MovementKind::Reinstated, QRegularExpression(QStringLiteral(
             "复职|官复原职|重新担任|\\b(?:reinstated|reinstatement)\\b"), caseless)},
        {MovementKind::Sabbatical, QRegularExpression(QStringLiteral(
             "休假|长假|\\bsabbatical\\b|\\bleave of absence\\b"), caseless)},
        {MovementKind::Founded, QRegularExpression(QStringLiteral(
             "创立|创办|(?:共同|联合)创建|\\b(?:co-?founded|founded|co-?founds|founds)\\b"), caseless)},
        {MovementKind::Left, QRegularExpression(QStringLiteral(
             "离开|离职|出走|辞职|辞去|请辞|辞任|卸任|离任|跳槽|告别|"
             "\\b(?:left|leaves|leaving|departed|departs|departure|quit|quits|quitting|resigned|resigns|resignation)\\b|"
             "\\bstep(?:s|ped|ping)?\\s+(?:away|down)\\b"), caseless)},
        {MovementKind::Joined, QRegularExpression(QStringLiteral(
             "加入|入职|加盟|进入|回归|重返|"
             "\\b(?:join|joins|joined|joining|rejoin|rejoins|rejoined|hired|hires|returned|returns|returning)\\b"), caseless)},
        {MovementKind::RoleChange, QRegularExpression(QStringLiteral(
             "晋升|升任|出任|改任|\\b(?:promoted|appointed)\\b"), caseless)},
    };
    return table;
}

} // namespace

std::optional<PartialDate> readStatedDate(const QString &text, const PartialDate &published)
{
    // Full-width digits and letters (from a Chinese input method) read as their ASCII forms.
    const QString normal = text.normalized(QString::NormalizationForm_KC);
    // The date that comes first in the text; at one place, the most precise reading of it.
    std::optional<PartialDate> first;
    qsizetype firstAt = -1;
    for (const DatePattern &pattern : datePatterns()) {
        QRegularExpressionMatchIterator matches = pattern.expression.globalMatch(normal);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            const std::optional<PartialDate> date = dateOf(pattern, match, published);
            if (!date)
                continue;
            if (firstAt < 0 || match.capturedStart() < firstAt) {
                first = date;
                firstAt = match.capturedStart();
            }
            break;
        }
    }
    return first;
}

std::optional<MovementKind> readMovementKind(const QString &text)
{
    const QString normal = text.normalized(QString::NormalizationForm_KC);
    for (const KindWords &entry : kindWords()) {
        if (entry.words.match(normal).hasMatch())
            return entry.kind;
    }
    return std::nullopt;
}

} // namespace talentflow
