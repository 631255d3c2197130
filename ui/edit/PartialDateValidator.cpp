#include "ui/edit/PartialDateValidator.h"

#include "models/PartialDate.h"
#include "ui/UiLanguage.h"

#include <QRegularExpression>

namespace talentflow {

QString PartialDateValidator::problemWith(const QString &text) const
{
    const QString date = text.trimmed();
    if (PartialDate::fromIso(date))
        return {}; // a date, or empty: not stated
    // What the person typed, as the reason quotes it: a pasted paragraph is not repeated whole.
    const QString quoted = date.size() > 24 ? date.left(24) + QStringLiteral("…") : date;
    static const QRegularExpression shape(QStringLiteral("^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$"));
    const QRegularExpressionMatch parts = shape.match(date);
    if (!parts.hasMatch())
        return tr("“%1” is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty where the articles do not say.")
            .arg(quoted);
    const int year = parts.captured(1).toInt();
    const int month = parts.captured(2).toInt();
    if (year < 1)
        return tr("“%1” is not a date: there is no year 0.").arg(quoted);
    if (month < 1 || month > 12)
        return tr("“%1” is not a date: there is no month %2.").arg(quoted, parts.captured(2));
    return tr("“%1” is not a date: %2 has no day %3.")
        .arg(quoted, PartialDate::month(year, month).toDisplayString(uiIsChinese()), parts.captured(3));
}

} // namespace talentflow
