#include "ui/SourceCitation.h"

#include <QStringList>

namespace talentflow {

namespace {

constexpr int shortTitleLength = 24;

QString undated(bool chinese)
{
    return chinese ? QStringLiteral("日期不详") : QStringLiteral("undated");
}

} // namespace

QString SourceCitation::shortName(const SourceRecord &source)
{
    if (!source.publisher.isEmpty())
        return source.publisher;
    if (source.title.size() <= shortTitleLength)
        return source.title;
    return source.title.left(shortTitleLength - 1) + QChar(0x2026);
}

QString SourceCitation::entry(const SourceRecord &source, bool chinese)
{
    const QString date = source.published.isKnown() ? source.published.toDisplayString(chinese) : undated(chinese);
    if (chinese) {
        QString text = source.publisher + QStringLiteral("《%1》").arg(source.title) + QStringLiteral(",") + date;
        if (!source.url.isEmpty())
            text += QStringLiteral(",") + source.url;
        return text;
    }
    QStringList parts;
    if (!source.publisher.isEmpty())
        parts.append(source.publisher);
    parts.append(QStringLiteral("“%1”").arg(source.title));
    parts.append(date);
    if (!source.url.isEmpty())
        parts.append(source.url);
    return parts.join(QStringLiteral(", "));
}

QString SourceCitation::citation(const QString &excerpt, const SourceRecord &source, int start, int end, bool chinese)
{
    if (chinese)
        return QStringLiteral("“%1”\n——%2\n存档:%3,第%4–%5字符")
            .arg(excerpt, entry(source, true), source.file)
            .arg(start)
            .arg(end);
    return QStringLiteral("“%1”\n— %2\nFor the record: %3, characters %4–%5")
        .arg(excerpt, entry(source, false), source.file)
        .arg(start)
        .arg(end);
}

} // namespace talentflow
