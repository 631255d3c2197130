#include "models/PersonDetailRepository.h"

#include "models/SqlDialect.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace talentflow {

namespace {

PartialDate storedDate(const QVariant &value)
{
    return PartialDate::fromIso(value.toString()).value_or(PartialDate());
}

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

class DetailReader
{
public:
    DetailReader(const QSqlDatabase &db, QString *error)
        : m_db(db)
        , m_error(error)
    {
    }

    bool exec(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        if (m_error)
            *m_error = query.lastError().text();
        return false;
    }

    // The citations of one role, movement or dispute side, with their article and paragraph.
    std::optional<QList<CitationView>> citations(const QString &column, qint64 id)
    {
        // column is one of three fixed names chosen by this file.
        // A citation waiting for review, or an orphan, stands in the replaced text its digest
        // names: its paragraph is read there.
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT c.source_id, c.start, c.end, c.text, s.file, s.title, s.publisher, "
                                     "s.published, CASE WHEN c.anchor_state = 'anchored' THEN s.body ELSE "
                                     "coalesce((SELECT v.body FROM source_version v WHERE v.source_id = c.source_id AND "
                                     "v.sha256 = c.body_sha256 ORDER BY v.id DESC LIMIT 1), s.body) END, "
                                     "c.stated_date, c.stated_field, c.id, s.url FROM citation c JOIN source s ON s.id = c.source_id "
                                     "WHERE c.%1 = :id ORDER BY c.source_id, c.start")
                          .arg(column));
        query.bindValue(QStringLiteral(":id"), id);
        if (!exec(query))
            return std::nullopt;
        QList<CitationView> views;
        while (query.next()) {
            CitationView view;
            view.sourceId = query.value(0).toLongLong();
            view.start = query.value(1).toInt();
            view.end = query.value(2).toInt();
            view.excerpt = query.value(3).toString();
            view.file = query.value(4).toString();
            view.title = query.value(5).toString();
            view.publisher = query.value(6).toString();
            view.published = storedDate(query.value(7));
            view.statedDate = storedDate(query.value(9));
            view.statedField = query.value(10).toString();
            view.id = query.value(11).toLongLong();
            view.url = query.value(12).toString();
            const QString body = query.value(8).toString();
            const int from = view.start > 0 ? int(body.lastIndexOf(QLatin1Char('\n'), view.start - 1)) + 1 : 0;
            int to = int(body.indexOf(QLatin1Char('\n'), view.end));
            if (to < 0)
                to = int(body.size());
            view.paragraphStart = from;
            view.paragraph = body.mid(from, to - from);
            views.append(view);
        }
        return views;
    }

    std::optional<CompanyRecord> company(qint64 id)
    {
        if (m_companies.contains(id))
            return m_companies.value(id);
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT name_en, name_zh FROM company WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), id);
        if (!exec(query))
            return std::nullopt;
        CompanyRecord record{id, {}, {}};
        if (query.next()) {
            record.nameEn = query.value(0).toString();
            record.nameZh = query.value(1).toString();
        }
        m_companies.insert(id, record);
        return record;
    }

private:
    QSqlDatabase m_db;
    QString *m_error;
    QHash<qint64, CompanyRecord> m_companies;
};

// The moves a query selected (id, kind, company_id, to_company_id, date, dispute_id, date_note),
// with their citations; the disputes they take part in are added to disputeIds.
bool readMovements(QSqlQuery &movements, DetailReader &reader, QList<MovementView> &into, QList<qint64> *disputeIds)
{
    while (movements.next()) {
        MovementView movement;
        movement.id = movements.value(0).toLongLong();
        movement.kind = movements.value(1).toString();
        const std::optional<CompanyRecord> company = reader.company(movements.value(2).toLongLong());
        const std::optional<QList<CitationView>> citations =
            reader.citations(QStringLiteral("movement_id"), movement.id);
        if (!company || !citations)
            return false;
        movement.company = *company;
        if (!movements.value(3).isNull()) {
            movement.destination = reader.company(movements.value(3).toLongLong());
            if (!movement.destination)
                return false;
        }
        movement.date = storedDate(movements.value(4));
        movement.disputeId = optionalId(movements.value(5));
        movement.dateNote = movements.value(6).toString();
        movement.citations = *citations;
        if (movement.disputeId && !disputeIds->contains(*movement.disputeId))
            disputeIds->append(*movement.disputeId);
        into.append(movement);
    }
    return true;
}

} // namespace

PersonDetailRepository::PersonDetailRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<PersonDetail> PersonDetailRepository::personDetail(qint64 personId, QString *error) const
{
    if (error)
        error->clear();
    DetailReader reader(m_db, error);
    PersonDetail detail;

    QSqlQuery person(m_db);
    person.prepare(QStringLiteral("SELECT name_en, name_zh FROM person WHERE id = :id"));
    person.bindValue(QStringLiteral(":id"), personId);
    if (!reader.exec(person) || !person.next())
        return std::nullopt;
    detail.person = {personId, person.value(0).toString(), person.value(1).toString(), {}};

    QSqlQuery aliases(m_db);
    aliases.prepare(QStringLiteral("SELECT alias FROM person_alias WHERE person_id = :id ORDER BY id"));
    aliases.bindValue(QStringLiteral(":id"), personId);
    if (!reader.exec(aliases))
        return std::nullopt;
    while (aliases.next())
        detail.person.aliases.append(aliases.value(0).toString());

    QList<qint64> disputeIds;
    QSqlQuery roles(m_db);
    roles.prepare(QStringLiteral("SELECT id, company_id, title_en, title_zh, start_date, end_date, dispute_id, "
                                 "date_note, ended_undated FROM role "
                                 "WHERE person_id = :id ORDER BY start_date IS NULL, start_date, id"));
    roles.bindValue(QStringLiteral(":id"), personId);
    if (!reader.exec(roles))
        return std::nullopt;
    while (roles.next()) {
        RoleView role;
        role.id = roles.value(0).toLongLong();
        const std::optional<CompanyRecord> company = reader.company(roles.value(1).toLongLong());
        const std::optional<QList<CitationView>> citations = reader.citations(QStringLiteral("role_id"), role.id);
        if (!company || !citations)
            return std::nullopt;
        role.company = *company;
        role.titleEn = roles.value(2).toString();
        role.titleZh = roles.value(3).toString();
        role.start = storedDate(roles.value(4));
        role.end = storedDate(roles.value(5));
        role.disputeId = optionalId(roles.value(6));
        role.dateNote = roles.value(7).toString();
        role.endedUndated = roles.value(8).toBool();
        role.citations = *citations;
        if (role.disputeId && !disputeIds.contains(*role.disputeId))
            disputeIds.append(*role.disputeId);
        detail.roles.append(role);
    }

    QSqlQuery movements(m_db);
    movements.prepare(QStringLiteral("SELECT id, kind, company_id, to_company_id, date, dispute_id, date_note FROM movement "
                                     "WHERE person_id = :id ORDER BY date IS NULL, date, id"));
    movements.bindValue(QStringLiteral(":id"), personId);
    if (!reader.exec(movements))
        return std::nullopt;
    if (!readMovements(movements, reader, detail.movements, &disputeIds))
        return std::nullopt;

    for (qint64 disputeId : disputeIds) {
        QSqlQuery dispute(m_db);
        dispute.prepare(QStringLiteral("SELECT topic_en, topic_zh FROM dispute WHERE id = :id"));
        dispute.bindValue(QStringLiteral(":id"), disputeId);
        if (!reader.exec(dispute))
            return std::nullopt;
        if (!dispute.next())
            continue;
        DisputeView view{disputeId, dispute.value(0).toString(), dispute.value(1).toString(), {}};
        QSqlQuery sides(m_db);
        sides.prepare(QStringLiteral("SELECT id, summary_en, summary_zh FROM dispute_side WHERE dispute_id = :id ORDER BY id"));
        sides.bindValue(QStringLiteral(":id"), disputeId);
        if (!reader.exec(sides))
            return std::nullopt;
        while (sides.next()) {
            const std::optional<QList<CitationView>> citations =
                reader.citations(QStringLiteral("dispute_side_id"), sides.value(0).toLongLong());
            if (!citations)
                return std::nullopt;
            view.sides.append({sides.value(1).toString(), sides.value(2).toString(), *citations});
        }
        detail.disputes.append(view);
    }
    return detail;
}

std::optional<QList<MovementView>> PersonDetailRepository::movements(const QList<qint64> &ids, QString *error) const
{
    if (error)
        error->clear();
    DetailReader reader(m_db, error);
    QJsonArray wanted;
    for (qint64 id : ids)
        wanted.append(id);
    QSqlQuery movements(m_db);
    movements.prepare(QStringLiteral("SELECT m.id, m.kind, m.company_id, m.to_company_id, m.date, m.dispute_id, m.date_note "
                                     "FROM %1 AS w JOIN movement m ON m.id = w.value ORDER BY w.key")
                          .arg(SqlDialect::idTable(m_db, QStringLiteral(":ids"))));
    movements.bindValue(QStringLiteral(":ids"), QString::fromUtf8(QJsonDocument(wanted).toJson(QJsonDocument::Compact)));
    QList<MovementView> found;
    QList<qint64> disputes;
    if (!reader.exec(movements) || !readMovements(movements, reader, found, &disputes))
        return std::nullopt;
    return found;
}

std::optional<SourceRecord> PersonDetailRepository::source(qint64 sourceId, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT file, title, publisher, language, published, body, sha256 FROM source WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), sourceId);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            error->clear();
        return std::nullopt;
    }
    return SourceRecord{sourceId,
                        query.value(0).toString(),
                        query.value(1).toString(),
                        query.value(2).toString(),
                        query.value(3).toString(),
                        storedDate(query.value(4)),
                        query.value(5).toString(),
                        query.value(6).toString()};
}

} // namespace talentflow
