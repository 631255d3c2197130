#include "models/CitedSources.h"

#include "models/SqlDialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace talentflow {

namespace {

QString idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

CitedSources::CitedSources(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<QList<SourceRecord>> CitedSources::sources(const QList<qint64> &ids, QString *error) const
{
    QList<SourceRecord> found;
    if (ids.isEmpty())
        return found;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, file, title, publisher, language, published, url FROM source "
                                 "WHERE id IN (SELECT value FROM %1 AS wanted) ORDER BY id").arg(SqlDialect::idTable(m_db, QStringLiteral(":ids"))));
    query.bindValue(QStringLiteral(":ids"), idArray(ids));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        SourceRecord source;
        source.id = query.value(0).toLongLong();
        source.file = query.value(1).toString();
        source.title = query.value(2).toString();
        source.publisher = query.value(3).toString();
        source.language = query.value(4).toString();
        source.published = PartialDate::fromIso(query.value(5).toString()).value_or(PartialDate());
        source.url = query.value(6).toString();
        found.append(source);
    }
    return found;
}

std::optional<QHash<qint64, CitedMove>> CitedSources::moves(const QList<qint64> &movementIds, QString *error) const
{
    QHash<qint64, CitedMove> found;
    if (movementIds.isEmpty())
        return found;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.id, m.kind, m.date, "
        "(SELECT text FROM citation WHERE movement_id = m.id ORDER BY source_id, start LIMIT 1), "
        "(SELECT %1 FROM (SELECT DISTINCT source_id FROM citation WHERE movement_id = m.id "
        "ORDER BY source_id) AS cited) "
        "FROM %2 AS w JOIN movement m ON m.id = w.value")
                      .arg(SqlDialect::commaList(m_db, QStringLiteral("source_id")), SqlDialect::idTable(m_db, QStringLiteral(":ids"))));
    query.bindValue(QStringLiteral(":ids"), idArray(movementIds));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        CitedMove move;
        move.kind = query.value(1).toString();
        move.date = PartialDate::fromIso(query.value(2).toString()).value_or(PartialDate());
        move.firstExcerpt = query.value(3).toString();
        for (const QString &id : query.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            move.sourceIds.append(id.toLongLong());
        found.insert(query.value(0).toLongLong(), move);
    }
    return found;
}

std::optional<FlowCitations> CitedSources::ofFlow(const TalentFlowData &data, QString *error) const
{
    QSet<qint64> moveIds;
    for (const FlowRibbon &ribbon : data.ribbons)
        for (const FlowMember &member : ribbon.members)
            for (qint64 id : {member.departureId, member.arrivalId})
                if (id > 0)
                    moveIds.insert(id);
    FlowCitations citations;
    std::optional<QHash<qint64, CitedMove>> moves = this->moves(QList<qint64>(moveIds.begin(), moveIds.end()), error);
    if (!moves)
        return std::nullopt;
    citations.moves = std::move(*moves);
    QSet<qint64> sourceIds;
    for (const CitedMove &move : std::as_const(citations.moves))
        for (qint64 id : move.sourceIds)
            sourceIds.insert(id);
    std::optional<QList<SourceRecord>> sources = this->sources(QList<qint64>(sourceIds.begin(), sourceIds.end()), error);
    if (!sources)
        return std::nullopt;
    citations.sources = std::move(*sources);
    return citations;
}

SourceNumbering::SourceNumbering(const QList<SourceRecord> &sources)
    : m_sources(sources)
{
    for (int i = 0; i < m_sources.size(); ++i)
        m_numbers.insert(m_sources.at(i).id, i + 1);
}

QList<int> SourceNumbering::numbers(const QList<qint64> &sourceIds) const
{
    QList<int> numbers;
    for (qint64 id : sourceIds)
        if (const int n = number(id); n > 0 && !numbers.contains(n))
            numbers.append(n);
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

QString SourceNumbering::list(const QList<qint64> &sourceIds) const
{
    QStringList parts;
    for (int n : numbers(sourceIds))
        parts.append(QString::number(n));
    return parts.join(QStringLiteral(", "));
}

} // namespace talentflow
