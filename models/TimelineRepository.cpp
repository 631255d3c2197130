#include "models/TimelineRepository.h"

#include "models/CitedSources.h"
#include "models/FilterCondition.h"
#include "models/FlowRepository.h"
#include "models/MovementKind.h"
#include "models/SqlDialect.h"
#include "models/Summaries.h"
#include "models/TimelineLayout.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <limits>

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace talentflow {

namespace {

PartialDate storedDate(const QVariant &value)
{
    return PartialDate::fromIso(value.toString()).value_or(PartialDate());
}

bool fail(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

TimelineRepository::TimelineRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool TimelineRepository::loadNames(TimelineData &data, QString *error) const
{
    // Names arrive with the rows that use them; only the source count is read here.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM source")) || !query.next())
        return fail(query, error);
    data.sourceCount = query.value(0).toInt();
    return true;
}

namespace {

constexpr int largeMoveCount = 20000;
constexpr int laneLimit = 80;

void remember(QHash<qint64, PersonRecord> &people, const QVariant &id, const QVariant &en, const QVariant &zh)
{
    const qint64 key = id.toLongLong();
    if (!people.contains(key))
        people.insert(key, {key, en.toString(), zh.toString(), {}});
}

void remember(QHash<qint64, CompanyRecord> &companies, const QVariant &id, const QVariant &en, const QVariant &zh)
{
    if (id.isNull())
        return;
    const qint64 key = id.toLongLong();
    if (!companies.contains(key))
        companies.insert(key, {key, en.toString(), zh.toString()});
}

// A move with its first excerpt and the names it needs; markerFromRow() reads one row of it.
const char *const markerSelectText =
    "SELECT m.id, m.person_id, m.kind, m.company_id, m.to_company_id, m.date, m.dispute_id, "
    "c.text, p.name_en, p.name_zh, co.name_en, co.name_zh, t.name_en, t.name_zh, c.source_id, c.start, "
    "(SELECT %1 FROM (SELECT DISTINCT source_id FROM citation WHERE movement_id = m.id "
    "ORDER BY source_id) AS cited) "
    "FROM movement m JOIN person p ON p.id = m.person_id JOIN company co ON co.id = m.company_id "
    "LEFT JOIN company t ON t.id = m.to_company_id "
    "LEFT JOIN citation c ON c.id = (SELECT id FROM citation WHERE movement_id = m.id ORDER BY source_id, start LIMIT 1)";

QString markerSelect(const QSqlDatabase &db)
{
    return QString::fromLatin1(markerSelectText).arg(SqlDialect::commaList(db, QStringLiteral("source_id")));
}

TimelineMarker markerFromRow(const QSqlQuery &row, TimelineData &data)
{
    remember(data.people, row.value(1), row.value(8), row.value(9));
    remember(data.companies, row.value(3), row.value(10), row.value(11));
    remember(data.companies, row.value(4), row.value(12), row.value(13));
    TimelineMarker marker;
    marker.movementId = row.value(0).toLongLong();
    marker.personId = row.value(1).toLongLong();
    marker.kind = row.value(2).toString();
    marker.companyId = row.value(3).toLongLong();
    if (!row.value(4).isNull())
        marker.toCompanyId = row.value(4).toLongLong();
    marker.date = storedDate(row.value(5));
    marker.disputed = !row.value(6).isNull();
    marker.firstExcerpt = row.value(7).toString();
    marker.firstSourceId = row.value(14).toLongLong();
    marker.firstCitationStart = row.value(15).toInt();
    for (const QString &id : row.value(16).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        marker.sourceIds.append(id.toLongLong());
    return marker;
}

} // namespace

std::optional<TimelineData> TimelineRepository::departures(const RoleFilter &filter, LaneGrouping grouping,
                                                           QString *error) const
{
    TimelineData data;
    if (!loadNames(data, error))
        return std::nullopt;
    if (filter.personIds && filter.personIds->isEmpty())
        return data;

    // The moves and roles the table's filter shows; the busiest lanes below add one more bound list.
    SqlCondition moves = FilterCondition::movements(filter, QStringLiteral("m"), m_db);
    SqlCondition roles = FilterCondition::roles(filter, QStringLiteral("r"), m_db);

    // More moves than a chart can show apart: keep the lanes with the most moves. Only whether
    // there are more than that matters, so the count stops there; and a company's moves at it and
    // to it, read from its two indexes, bound its chart's moves from above without the people.
    // Unfiltered, the summaries answer how many there are and who is busiest, without reading a move.
    const bool everything = !filter.companyId && !filter.personIds;
    std::optional<SummaryTotals> totals;
    if (everything) {
        totals = Summaries(m_db).totals(error);
        if (!totals)
            return std::nullopt;
    }
    bool large = true;
    if (totals) {
        large = totals->movements > largeMoveCount;
    } else if (filter.companyId) {
        QSqlQuery bound(m_db);
        bound.prepare(QStringLiteral("SELECT (SELECT count(*) FROM movement WHERE company_id = :company) "
                                     "+ (SELECT count(*) FROM movement WHERE to_company_id = :company)"));
        bound.bindValue(QStringLiteral(":company"), *filter.companyId);
        if (!bound.exec() || !bound.next())
            return fail(bound, error), std::nullopt;
        large = bound.value(0).toInt() > largeMoveCount;
    }
    if (large && !totals) {
        QSqlQuery count(m_db);
        count.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM movement m WHERE ") + moves.sql
                      + QStringLiteral(" LIMIT :enough) AS enough"));
        moves.bindTo(count);
        count.bindValue(QStringLiteral(":enough"), largeMoveCount + 1);
        if (!count.exec() || !count.next())
            return fail(count, error), std::nullopt;
        large = count.value(0).toInt() > largeMoveCount;
    }
    if (large) {
        const bool byPerson = grouping == LaneGrouping::Person;
        const QString key = byPerson ? QStringLiteral("person_id") : QStringLiteral("company_id");
        QJsonArray keys;
        if (totals) {
            const Summaries summaries(m_db);
            const std::optional<QList<qint64>> busiest =
                byPerson ? summaries.busiestPeople(laneLimit, error) : summaries.busiestCompanies(laneLimit, error);
            if (!busiest)
                return std::nullopt;
            for (qint64 id : *busiest)
                keys.append(id);
            const int lanes = byPerson ? totals->peopleWithMoves : totals->companiesWithMoves;
            data.omittedLanes = qMax(0, lanes - int(keys.size()));
        } else {
            QSqlQuery busiest(m_db);
            busiest.prepare(QStringLiteral("SELECT m.%1, count(*) FROM movement m WHERE %2 GROUP BY m.%1 "
                                           "ORDER BY 2 DESC, m.%1 LIMIT :lanes")
                                .arg(key, moves.sql));
            moves.bindTo(busiest);
            busiest.bindValue(QStringLiteral(":lanes"), laneLimit);
            if (!busiest.exec())
                return fail(busiest, error), std::nullopt;
            while (busiest.next())
                keys.append(busiest.value(0).toLongLong());
            QSqlQuery lanes(m_db);
            lanes.prepare(QStringLiteral("SELECT count(DISTINCT m.%1) FROM movement m WHERE %2").arg(key, moves.sql));
            moves.bindTo(lanes);
            if (lanes.exec() && lanes.next())
                data.omittedLanes = qMax(0, lanes.value(0).toInt() - int(keys.size()));
        }
        const QString busiestLanes = QStringLiteral(":busiest_lanes");
        const QVariant keyList = QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact));
        const QString only = QStringLiteral(" AND %1.%2 IN (SELECT value FROM %3 AS busiest)");
        moves.sql += only.arg(QStringLiteral("m"), key, SqlDialect::idTable(m_db, busiestLanes));
        moves.values.append({busiestLanes, keyList});
        roles.sql += only.arg(QStringLiteral("r"), key, SqlDialect::idTable(m_db, busiestLanes));
        roles.values.append({busiestLanes, keyList});
    }

    QHash<qint64, int> laneOf;
    const auto lane = [&](qint64 personId, qint64 companyId) -> TimelineLane & {
        const qint64 key = grouping == LaneGrouping::Person ? personId : companyId;
        if (!laneOf.contains(key)) {
            TimelineLane created;
            created.key = key;
            if (grouping == LaneGrouping::Person) {
                created.nameEn = data.people.value(key).nameEn;
                created.nameZh = data.people.value(key).nameZh;
            } else {
                created.nameEn = data.companies.value(key).nameEn;
                created.nameZh = data.companies.value(key).nameZh;
            }
            laneOf.insert(key, int(data.lanes.size()));
            data.lanes.append(created);
        }
        return data.lanes[laneOf.value(key)];
    };

    QSqlQuery roleRows(m_db);
    roleRows.setForwardOnly(true);
    roleRows.prepare(QStringLiteral("SELECT r.person_id, r.company_id, r.start_date, r.end_date, r.title_en, r.title_zh, "
                                 "p.name_en, p.name_zh, c.name_en, c.name_zh "
                                 "FROM role r JOIN person p ON p.id = r.person_id JOIN company c ON c.id = r.company_id")
                  + QStringLiteral(" WHERE ") + roles.sql + QStringLiteral(" ORDER BY r.start_date NULLS FIRST, r.id"));
    roles.bindTo(roleRows);
    if (!roleRows.exec())
        return fail(roleRows, error), std::nullopt;
    while (roleRows.next()) {
        remember(data.people, roleRows.value(0), roleRows.value(6), roleRows.value(7));
        remember(data.companies, roleRows.value(1), roleRows.value(8), roleRows.value(9));
        TimelineBar bar;
        bar.personId = roleRows.value(0).toLongLong();
        bar.companyId = roleRows.value(1).toLongLong();
        bar.start = storedDate(roleRows.value(2));
        bar.end = storedDate(roleRows.value(3));
        bar.titleEn = roleRows.value(4).toString();
        bar.titleZh = roleRows.value(5).toString();
        lane(bar.personId, bar.companyId).bars.append(bar);
    }

    QSqlQuery moveRows(m_db);
    moveRows.setForwardOnly(true);
    moveRows.prepare(markerSelect(m_db) + QStringLiteral(" WHERE ") + moves.sql
                     + QStringLiteral(" ORDER BY m.date NULLS FIRST, m.id"));
    moves.bindTo(moveRows);
    if (!moveRows.exec())
        return fail(moveRows, error), std::nullopt;
    while (moveRows.next()) {
        const TimelineMarker marker = markerFromRow(moveRows, data);
        if (!marker.date.isKnown())
            ++data.undatedMarkers;
        lane(marker.personId, marker.companyId).markers.append(marker);
    }
    sortLanes(data.lanes);
    if (grouping == LaneGrouping::Company)
        data.lanes = nestPeopleUnderCompanies(data.lanes, data.people);
    return data;
}

std::optional<int> TimelineRepository::movementCount(QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(max(id), 0) FROM movement")) || !query.next())
        return fail(query, error), std::nullopt;
    return query.value(0).toInt();
}

std::optional<QList<qint64>> TimelineRepository::mayReturn(const QList<qint64> &people, QString *error) const
{
    // A return goes back to a company the path left before, or (undated) to one where a role
    // ended at an unstated time. Anyone else's path, read whole by the talent flow, cannot hold
    // one; most people of a large file have no such move, and a path costs a window query.
    // Each person's moves are read once and compared here: compared in SQL, each departure looked
    // up the person's other moves again (8 ms for the largest company's 169 people, 4 here).
    RoleFilter filter;
    filter.personIds = people;
    const SqlCondition moves = FilterCondition::roles(filter, QStringLiteral("m"), m_db);
    const SqlCondition ended = FilterCondition::roles(filter, QStringLiteral("r"), m_db);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.person_id, m.kind, m.company_id, m.to_company_id FROM movement m WHERE %1").arg(moves.sql));
    moves.bindTo(query);
    if (!query.exec())
        return fail(query, error), std::nullopt;
    struct Move
    {
        bool departure = false;
        qint64 company = 0;
        qint64 toCompany = 0;
    };
    const QStringList departureKinds = {movementKindKey(MovementKind::Left), movementKindKey(MovementKind::Fired),
                                        movementKindKey(MovementKind::Ousted)};
    QHash<qint64, QList<Move>> paths;
    while (query.next()) {
        paths[query.value(0).toLongLong()].append(
            {departureKinds.contains(query.value(1).toString()), query.value(2).toLongLong(), query.value(3).toLongLong()});
    }
    QSet<qint64> found;
    for (auto path = paths.cbegin(); path != paths.cend(); ++path) {
        // Left a company and seen at it again: moving on to the same company, or another move
        // at or to it (each move counted once, even when it names the company twice).
        QHash<qint64, int> movesTouching;
        for (const Move &move : path.value()) {
            ++movesTouching[move.company];
            if (move.toCompany && move.toCompany != move.company)
                ++movesTouching[move.toCompany];
        }
        for (const Move &move : path.value()) {
            if (move.departure && (move.toCompany == move.company || movesTouching.value(move.company) > 1)) {
                found.insert(path.key());
                break;
            }
        }
    }

    QSqlQuery undated(m_db);
    undated.setForwardOnly(true);
    undated.prepare(QStringLiteral("SELECT DISTINCT r.person_id FROM role r WHERE %1 AND r.ended_undated = 1").arg(ended.sql));
    ended.bindTo(undated);
    if (!undated.exec())
        return fail(undated, error), std::nullopt;
    while (undated.next())
        found.insert(undated.value(0).toLongLong());
    return QList<qint64>(found.cbegin(), found.cend());
}

bool TimelineRepository::markReturns(TimelineData &data, QString *error) const
{
    // The returns are the talent flow's: each person's whole path read in their own order.
    QSet<qint64> people;
    for (const TimelineLane &lane : std::as_const(data.lanes)) {
        for (const TimelineMarker &marker : lane.markers)
            people.insert(marker.personId);
    }
    // A chart of company lanes on a very large file can hold more people than is worth a second
    // read; its tooltips and the detail pane still say who returned.
    constexpr int mostPeople = 5000;
    if (people.isEmpty() || people.size() > mostPeople)
        return true;
    const std::optional<QList<qint64>> candidates = mayReturn(QList<qint64>(people.cbegin(), people.cend()), error);
    if (!candidates)
        return false;
    if (candidates->isEmpty())
        return true;
    FlowQuery query;
    query.filter.personIds = *candidates;
    query.companyLimit = std::numeric_limits<int>::max();
    const std::optional<TalentFlowData> flows = FlowRepository(m_db).load(query, error);
    if (!flows)
        return false;
    QSet<qint64> returns;
    for (const FlowRibbon &ribbon : flows->ribbons) {
        for (const FlowMember &member : ribbon.members) {
            if (member.returning)
                returns.insert(member.arrivalId > 0 ? member.arrivalId : member.departureId);
        }
    }
    for (TimelineLane &lane : data.lanes) {
        for (TimelineMarker &marker : lane.markers)
            marker.returning = returns.contains(marker.movementId);
    }
    return true;
}

std::optional<TimelineInput> TimelineRepository::load(const TimelineQuery &query, QString *error) const
{
    if (query.kind == TimelineKind::Founders) {
        qint64 companyId = query.foundersCompanyId;
        if (companyId == 0) {
            const std::optional<qint64> openAi = companyIdByName(QStringLiteral("OpenAI"), error);
            if (!openAi)
                return std::nullopt;
            companyId = *openAi;
        }
        std::optional<FounderTimeline> founders = this->founders(companyId, error);
        if (!founders || !markReturns(founders->data, error) || !loadCitedSources(founders->data, error))
            return std::nullopt;
        return TimelineInput{std::move(founders->data), std::move(founders->steps)};
    }
    std::optional<TimelineData> data = departures(query.filter, query.grouping, error);
    if (!data || !markReturns(*data, error) || !loadCitedSources(*data, error))
        return std::nullopt;
    return TimelineInput{std::move(*data), {}};
}

bool TimelineRepository::loadCitedSources(TimelineData &data, QString *error) const
{
    QSet<qint64> ids;
    for (const TimelineLane &lane : std::as_const(data.lanes))
        for (const TimelineMarker &marker : lane.markers)
            for (qint64 id : marker.sourceIds)
                ids.insert(id);
    std::optional<QList<SourceRecord>> sources = CitedSources(m_db).sources(QList<qint64>(ids.begin(), ids.end()), error);
    if (!sources)
        return false;
    data.citedSources = std::move(*sources);
    return true;
}

std::optional<qint64> TimelineRepository::companyIdByName(const QString &nameEn, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM company WHERE name_en = :name"));
    query.bindValue(QStringLiteral(":name"), nameEn);
    if (!query.exec())
        return fail(query, error), std::nullopt;
    if (!query.next()) {
        if (error)
            *error = QCoreApplication::translate("talentflow::TimelineRepository", "no company named %1").arg(nameEn);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<FounderTimeline> TimelineRepository::founders(qint64 companyId, QString *error) const
{
    TimelineData data;
    if (!loadNames(data, error))
        return std::nullopt;
    QSqlQuery moves(m_db);
    moves.setForwardOnly(true);
    moves.prepare(markerSelect(m_db)
                  + QStringLiteral(" WHERE m.company_id = :company AND m.person_id IN "
                                   "(SELECT person_id FROM movement WHERE kind = :founded AND company_id = :company) "
                                   "ORDER BY m.person_id, m.date NULLS FIRST, m.id"));
    moves.bindValue(QStringLiteral(":company"), companyId);
    moves.bindValue(QStringLiteral(":founded"), movementKindKey(MovementKind::Founded));
    if (!moves.exec())
        return fail(moves, error), std::nullopt;
    QHash<qint64, int> laneOf;
    while (moves.next()) {
        const TimelineMarker marker = markerFromRow(moves, data);
        if (!laneOf.contains(marker.personId)) {
            TimelineLane lane;
            lane.key = marker.personId;
            lane.nameEn = data.people.value(marker.personId).nameEn;
            lane.nameZh = data.people.value(marker.personId).nameZh;
            laneOf.insert(marker.personId, int(data.lanes.size()));
            data.lanes.append(lane);
        }
        if (!marker.date.isKnown())
            ++data.undatedMarkers;
        data.lanes[laneOf.value(marker.personId)].markers.append(marker);
    }
    FounderTimeline timeline = buildFounderTimeline(data.lanes, companyId);
    timeline.data.companies = data.companies;
    timeline.data.people = data.people;
    timeline.data.undatedMarkers = data.undatedMarkers;
    timeline.data.sourceCount = data.sourceCount;
    return timeline;
}

} // namespace talentflow
