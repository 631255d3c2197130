#include "models/DataSetReader.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace talentflow {

namespace {

PartialDate storedDate(const QVariant &date)
{
    // Stored dates were validated on the way in; an unreadable one reads as unknown.
    return PartialDate::fromIso(date.toString()).value_or(PartialDate());
}

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

DataSetReader::DataSetReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<DataSet> DataSetReader::readAll(QString *error) const
{
    DataSet data;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto run = [&](const char *sql) {
        if (query.exec(QString::fromLatin1(sql)))
            return true;
        if (error)
            *error = QStringLiteral("cannot read the database: %1").arg(query.lastError().text());
        return false;
    };

    if (!run("SELECT id, file, title, publisher, language, published, body, sha256, url FROM source ORDER BY id"))
        return std::nullopt;
    while (query.next()) {
        data.sources.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString(), query.value(4).toString(), storedDate(query.value(5)),
                             query.value(6).toString(), query.value(7).toString(), query.value(8).toString()});
    }
    if (!run("SELECT source_id, body, sha256, replaced_at FROM source_version ORDER BY source_id, id"))
        return std::nullopt;
    {
        QHash<qint64, int> sourceIndex;
        for (int i = 0; i < data.sources.size(); ++i)
            sourceIndex.insert(data.sources.at(i).id, i);
        while (query.next()) {
            const auto at = sourceIndex.constFind(query.value(0).toLongLong());
            if (at != sourceIndex.cend())
                data.sources[*at].versions.append(
                    {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
        }
    }

    if (!run("SELECT id, name_en, name_zh FROM company ORDER BY id"))
        return std::nullopt;
    while (query.next())
        data.companies.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});

    if (!run("SELECT id, name_en, name_zh FROM person ORDER BY id"))
        return std::nullopt;
    QHash<qint64, int> personIndex;
    while (query.next()) {
        personIndex.insert(query.value(0).toLongLong(), data.people.size());
        data.people.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), {}});
    }
    if (!run("SELECT person_id, alias FROM person_alias ORDER BY person_id, id"))
        return std::nullopt;
    while (query.next())
        data.people[personIndex.value(query.value(0).toLongLong())].aliases.append(query.value(1).toString());

    if (!run("SELECT id, topic_en, topic_zh FROM dispute ORDER BY id"))
        return std::nullopt;
    QHash<qint64, int> disputeIndex;
    while (query.next()) {
        disputeIndex.insert(query.value(0).toLongLong(), data.disputes.size());
        data.disputes.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), {}});
    }
    QHash<qint64, QPair<int, int>> sideIndex;
    if (!run("SELECT id, dispute_id, summary_en, summary_zh FROM dispute_side ORDER BY id"))
        return std::nullopt;
    while (query.next()) {
        const int disputeAt = disputeIndex.value(query.value(1).toLongLong());
        sideIndex.insert(query.value(0).toLongLong(), {disputeAt, int(data.disputes[disputeAt].sides.size())});
        data.disputes[disputeAt].sides.append({query.value(2).toString(), query.value(3).toString(), {}});
    }

    if (!run("SELECT id, person_id, company_id, title_en, title_zh, start_date, end_date, dispute_id, date_note, "
             "ended_undated FROM role ORDER BY id"))
        return std::nullopt;
    QHash<qint64, int> roleIndex;
    while (query.next()) {
        RoleRecord role;
        role.id = query.value(0).toLongLong();
        role.personId = query.value(1).toLongLong();
        role.companyId = query.value(2).toLongLong();
        role.titleEn = query.value(3).toString();
        role.titleZh = query.value(4).toString();
        role.start = storedDate(query.value(5));
        role.end = storedDate(query.value(6));
        role.disputeId = optionalId(query.value(7));
        role.dateNote = query.value(8).toString();
        role.endedUndated = query.value(9).toBool();
        roleIndex.insert(role.id, data.roles.size());
        data.roles.append(role);
    }

    if (!run("SELECT id, person_id, kind, company_id, to_company_id, date, dispute_id, date_note FROM movement "
             "ORDER BY id"))
        return std::nullopt;
    QHash<qint64, int> movementIndex;
    while (query.next()) {
        MovementRecord movement;
        movement.id = query.value(0).toLongLong();
        movement.personId = query.value(1).toLongLong();
        movement.kind = query.value(2).toString();
        movement.companyId = query.value(3).toLongLong();
        movement.toCompanyId = optionalId(query.value(4));
        movement.date = storedDate(query.value(5));
        movement.disputeId = optionalId(query.value(6));
        movement.dateNote = query.value(7).toString();
        movementIndex.insert(movement.id, data.movements.size());
        data.movements.append(movement);
    }

    if (!run("SELECT role_id, movement_id, dispute_side_id, source_id, start, \"end\", text, id, prefix, suffix, "
             "body_sha256, stated_date, stated_precision, stated_field, anchor_state, review_start, review_end FROM citation "
             "ORDER BY source_id, start, \"end\", id"))
        return std::nullopt;
    while (query.next()) {
        CitationRecord citation{query.value(3).toLongLong(), query.value(4).toInt(), query.value(5).toInt(),
                                query.value(6).toString()};
        citation.id = query.value(7).toLongLong();
        citation.prefix = query.value(8).toString();
        citation.suffix = query.value(9).toString();
        citation.bodySha256 = query.value(10).toString();
        citation.statedDate = PartialDate::fromIsoWithPrecision(query.value(11).toString(), query.value(12).toString())
                                  .value_or(PartialDate());
        if (citation.statedDate.isKnown())
            citation.statedField = query.value(13).toString();
        citation.anchorState = query.value(14).toString();
        if (!query.value(15).isNull() && !query.value(16).isNull()) {
            citation.reviewStart = query.value(15).toInt();
            citation.reviewEnd = query.value(16).toInt();
        }
        if (!query.value(0).isNull()) {
            data.roles[roleIndex.value(query.value(0).toLongLong())].citations.append(citation);
        } else if (!query.value(1).isNull()) {
            data.movements[movementIndex.value(query.value(1).toLongLong())].citations.append(citation);
        } else {
            const QPair<int, int> at = sideIndex.value(query.value(2).toLongLong());
            data.disputes[at.first].sides[at.second].citations.append(citation);
        }
    }

    if (!run("SELECT id, at, entity, entity_id, action, before, after FROM change_log ORDER BY id"))
        return std::nullopt;
    while (query.next()) {
        ChangeLogRecord change;
        change.id = query.value(0).toLongLong();
        change.at = query.value(1).toString();
        change.entity = query.value(2).toString();
        change.entityId = query.value(3).toLongLong();
        change.action = query.value(4).toString();
        // Written from JSON objects only; anything else is damage, said rather than dropped.
        for (const auto &[column, value] : {std::pair{5, &change.before}, std::pair{6, &change.after}}) {
            if (query.value(column).isNull())
                continue;
            const QJsonDocument document = QJsonDocument::fromJson(query.value(column).toString().toUtf8());
            if (!document.isObject()) {
                if (error)
                    *error = QStringLiteral("cannot read the database: change_log row %1: \"%2\" is not a JSON object")
                                 .arg(change.id)
                                 .arg(column == 5 ? QStringLiteral("before") : QStringLiteral("after"));
                return std::nullopt;
            }
            *value = document.object();
        }
        data.changes.append(change);
    }
    return data;
}

} // namespace talentflow
