#include "models/DataSetWriter.h"

#include "models/SqlDialect.h"

#include "models/QuoteAnchor.h"
#include "models/SqlErrors.h"
#include "models/SqlValues.h"

#include <QHash>
#include <QSet>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>
#include <unordered_map>

namespace talentflow {

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

// The natural keys the merge matches moves and roles by, as its SQL lookups compare them
// (a null date or destination compares equal to null).
struct MovementKey
{
    qint64 personId;
    qint64 companyId;
    qint64 toCompanyId; // 0: none
    QString kind;
    QString date;
    QString precision;
};

size_t qHash(const MovementKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.personId, key.companyId, key.toCompanyId, key.kind, key.date, key.precision);
}

struct RoleKey
{
    qint64 personId;
    qint64 companyId;
    QString titleEn;
    QString titleZh;
    QString start;
    QString startPrecision;
    QString end;
    QString endPrecision;
};

size_t qHash(const RoleKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.personId, key.companyId, key.titleEn, key.titleZh, key.start, key.startPrecision, key.end,
                      key.endPrecision);
}

} // namespace

// Runs the prepared statements of one merge and remembers how file ids map to database ids.
class Merger
{
public:
    Merger(QSqlDatabase db, MergeStats &stats, QString *error)
        : m_db(std::move(db))
        , m_stats(stats)
        , m_error(error)
    {
    }

    // Into an empty table every new row keeps its file id (ids are unique in a file) and a
    // repeated key can only repeat an earlier record of this file: both are answered from
    // memory instead of by a query per record.
    bool start(bool withChangeLog)
    {
        if (!isEmpty(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM role)"), m_rolesWereEmpty)
            || !isEmpty(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM movement)"), m_movementsWereEmpty)
            || !isEmpty(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM citation)"), m_citationsWereEmpty))
            return false;
        // The ids of moves, roles and citations are remembered only for a change log to translate.
        m_keepFactIds = withChangeLog;
        return true;
    }

    bool mergeCompany(const CompanyRecord &company)
    {
        return mergeNamed(QStringLiteral("company"), company.id, company.nameEn, company.nameZh, m_companyIds, m_stats.companies);
    }

    bool mergePerson(const PersonRecord &person)
    {
        return mergeNamed(QStringLiteral("person"), person.id, person.nameEn, person.nameZh, m_personIds, m_stats.people)
            && mergeAliases(m_personIds.value(person.id), person.aliases);
    }

    bool fail(const QString &record, const QSqlQuery &query)
    {
        if (m_error)
            *m_error = QStringLiteral("%1: %2").arg(record, describeSqlError(query.lastError()));
        return false;
    }

    // Each statement is prepared once per merge and reused for every record.
    // An INSERT written with "(id, …) VALUES (:id, …", with its id bound (NULL: SQLite chooses one).
    // PostgreSQL's identity column takes no NULL for that: there the id column is left out, and
    // the id returned, as its driver knows no last one.
    QSqlQuery &prepareInsert(QString sql, const QVariant &id)
    {
        const bool chosenByServer = id.isNull() && SqlDialect::isPostgres(m_db);
        if (chosenByServer)
            sql.replace(QStringLiteral("(id, "), QStringLiteral("(")).replace(QStringLiteral("VALUES (:id, "), QStringLiteral("VALUES ("));
        QSqlQuery &insert = prepare(sql + SqlDialect::returningId(m_db));
        if (!chosenByServer)
            insert.bindValue(QStringLiteral(":id"), id);
        return insert;
    }

    QSqlQuery &prepare(const QString &sql)
    {
        std::unique_ptr<QSqlQuery> &query = m_statements[sql];
        if (!query) {
            query = std::make_unique<QSqlQuery>(m_db);
            query->prepare(sql);
        }
        return *query;
    }

    bool isEmpty(const QString &sql, bool &empty)
    {
        QSqlQuery &query = prepare(sql);
        if (!query.exec() || !query.next())
            return fail(QStringLiteral("the database"), query);
        empty = query.value(0).toBool();
        query.finish();
        return true;
    }

    // The id a new row should take: the file's own id when the table does not use it yet.
    std::optional<QVariant> preferredId(const QString &existsSql, qint64 id, const QString &record)
    {
        QSqlQuery &query = prepare(existsSql);
        query.bindValue(QStringLiteral(":id"), id);
        if (!query.exec()) {
            fail(record, query);
            return std::nullopt;
        }
        return query.next() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
    }

    // Returns the id of the first row of an exec'd lookup, 0 when none, -1 on error.
    qint64 foundId(QSqlQuery &query, const QString &record)
    {
        if (!query.exec()) {
            fail(record, query);
            return -1;
        }
        return query.next() ? query.value(0).toLongLong() : 0;
    }

    // The row matching a record's natural key: 0 for none, -1 on error. A table that was empty
    // holds only this merge's rows. They are remembered by their key's hash alone (a million
    // keys in full would take hundreds of megabytes); a row of the same hash is compared whole
    // by the lookup narrowed to its id, one rowid read.
    template<typename Key, typename BindKey>
    qint64 matchingRow(bool tableWasEmpty, const QMultiHash<size_t, qint64> &added, const Key &key, const QString &findSql,
                       const BindKey &bindKey, const QString &record)
    {
        if (!tableWasEmpty) {
            QSqlQuery &find = prepare(findSql);
            bindKey(find);
            return foundId(find, record);
        }
        const size_t hash = qHash(key);
        for (auto candidate = added.constFind(hash); candidate != added.cend() && candidate.key() == hash; ++candidate) {
            QSqlQuery &same = prepare(findSql + QStringLiteral(" AND id = :id"));
            bindKey(same);
            same.bindValue(QStringLiteral(":id"), candidate.value());
            const qint64 found = foundId(same, record);
            if (found != 0)
                return found;
        }
        return 0;
    }

    // The id a new row takes; in a table that was empty the file's ids, unique in a file, are free.
    std::optional<QVariant> newRowId(bool tableWasEmpty, const QString &existsSql, qint64 id, const QString &record)
    {
        return tableWasEmpty ? std::optional<QVariant>(id) : preferredId(existsSql, id, record);
    }

    bool mergeSource(const SourceRecord &source)
    {
        const QString record = QStringLiteral("source %1").arg(source.id);
        QSqlQuery &find = prepare(QStringLiteral("SELECT id, sha256 FROM source WHERE file = :file"));
        find.bindValue(QStringLiteral(":file"), source.file);
        if (!find.exec())
            return fail(record, find);
        if (find.next()) {
            if (find.value(1).toString() != source.sha256) {
                if (m_error)
                    *m_error = QStringLiteral("%1: %2 is already in the database with a different text")
                                   .arg(record, source.file);
                return false;
            }
            const qint64 existing = find.value(0).toLongLong();
            find.finish();
            m_sourceIds.insert(source.id, existing);
            m_sourceTexts.insert(existing, &source);
            return mergeVersions(existing, source, true, record);
        }
        const std::optional<QVariant> id =
            preferredId(QStringLiteral("SELECT 1 FROM source WHERE id = :id"), source.id, record);
        if (!id)
            return false;
        QSqlQuery &insert = prepareInsert(QStringLiteral(
            "INSERT INTO source (id, file, title, publisher, url, language, published, published_precision, body, sha256) "
            "VALUES (:id, :file, :title, :publisher, :url, :language, :published, :precision, :body, :sha256)"), *id);
        insert.bindValue(QStringLiteral(":file"), source.file);
        insert.bindValue(QStringLiteral(":title"), notNullText(source.title));
        insert.bindValue(QStringLiteral(":publisher"), notNullText(source.publisher));
        insert.bindValue(QStringLiteral(":url"), notNullText(source.url));
        insert.bindValue(QStringLiteral(":language"), notNullText(source.language));
        insert.bindValue(QStringLiteral(":published"), nullable(source.published.toIso()));
        insert.bindValue(QStringLiteral(":precision"), source.published.precisionName());
        insert.bindValue(QStringLiteral(":body"), source.body);
        insert.bindValue(QStringLiteral(":sha256"), source.sha256);
        if (!insert.exec())
            return fail(record, insert);
        const qint64 sourceId = SqlDialect::insertedId(insert);
        m_sourceIds.insert(source.id, sourceId);
        m_sourceTexts.insert(sourceId, &source);
        ++m_stats.sources;
        return mergeVersions(sourceId, source, false, record);
    }

    // An article's earlier texts, oldest first. Into an article the database already has, a text
    // it keeps already (by digest) is not kept twice; the data's own repeats are all kept, as a
    // text replaced, restored by a later correction and replaced again is kept each time.
    bool mergeVersions(qint64 sourceId, const SourceRecord &source, bool existingSource, const QString &record)
    {
        if (source.versions.isEmpty())
            return true;
        QSet<QString> kept;
        if (existingSource) {
            QSqlQuery &find = prepare(QStringLiteral("SELECT sha256 FROM source_version WHERE source_id = :source"));
            find.bindValue(QStringLiteral(":source"), sourceId);
            if (!find.exec())
                return fail(record, find);
            while (find.next())
                kept.insert(find.value(0).toString());
        }
        QSqlQuery &insert = prepare(QStringLiteral("INSERT INTO source_version (source_id, body, sha256, replaced_at) "
                                                  "VALUES (:source, :body, :sha256, :at)"));
        for (const SourceVersionRecord &version : source.versions) {
            if (kept.contains(version.sha256))
                continue;
            insert.bindValue(QStringLiteral(":source"), sourceId);
            insert.bindValue(QStringLiteral(":body"), version.body);
            insert.bindValue(QStringLiteral(":sha256"), version.sha256);
            insert.bindValue(QStringLiteral(":at"), version.replacedAt);
            if (!insert.exec())
                return fail(record, insert);
            ++m_stats.versions;
        }
        return true;
    }

    // The text a citation's offsets are in: its article's, or the earlier one its digest names.
    const QString *citedText(const SourceRecord *source, const CitationRecord &citation, QString *digest) const
    {
        if (!source)
            return nullptr;
        if (citation.isAnchored()) {
            *digest = source->sha256;
            return &source->body;
        }
        for (const SourceVersionRecord &version : source->versions) {
            if (version.sha256 == citation.bodySha256) {
                *digest = version.sha256;
                return &version.body;
            }
        }
        return nullptr;
    }

    bool mergeNamed(const QString &table, qint64 fileId, const QString &nameEn, const QString &nameZh,
                    QHash<qint64, qint64> &ids, int &inserted)
    {
        const bool isPerson = table == QLatin1String("person");
        const QString record = QStringLiteral("%1 %2").arg(isPerson ? QStringLiteral("person") : QStringLiteral("company"))
                                   .arg(fileId);
        QSqlQuery &find = prepare(isPerson ? QStringLiteral("SELECT id FROM person WHERE name_en = :en AND name_zh = :zh")
                                          : QStringLiteral("SELECT id FROM company WHERE name_en = :en AND name_zh = :zh"));
        find.bindValue(QStringLiteral(":en"), notNullText(nameEn));
        find.bindValue(QStringLiteral(":zh"), notNullText(nameZh));
        const qint64 existing = foundId(find, record);
        if (existing < 0)
            return false;
        if (existing > 0) {
            ids.insert(fileId, existing);
            return true;
        }
        const std::optional<QVariant> id =
            preferredId(isPerson ? QStringLiteral("SELECT 1 FROM person WHERE id = :id")
                                 : QStringLiteral("SELECT 1 FROM company WHERE id = :id"),
                        fileId, record);
        if (!id)
            return false;
        QSqlQuery &insert = prepareInsert(isPerson ? QStringLiteral("INSERT INTO person (id, name_en, name_zh) VALUES (:id, :en, :zh)")
                                                  : QStringLiteral("INSERT INTO company (id, name_en, name_zh) VALUES (:id, :en, :zh)"),
                                          *id);
        insert.bindValue(QStringLiteral(":en"), notNullText(nameEn));
        insert.bindValue(QStringLiteral(":zh"), notNullText(nameZh));
        if (!insert.exec())
            return fail(record, insert);
        const qint64 insertedId = SqlDialect::insertedId(insert);
        ids.insert(fileId, insertedId);
        ++inserted;
        if (isPerson)
            m_stats.newPeople.append(insertedId);
        return true;
    }

    bool mergeAliases(qint64 personId, const QStringList &aliases)
    {
        QSqlQuery &insert = prepare(QStringLiteral("%1 person_alias (person_id, alias) VALUES (:person, :alias)%2")
                                        .arg(SqlDialect::insertOrIgnore(m_db), SqlDialect::ignoreConflict(m_db)));
        for (const QString &alias : aliases) {
            insert.bindValue(QStringLiteral(":person"), personId);
            insert.bindValue(QStringLiteral(":alias"), alias);
            if (!insert.exec())
                return fail(QStringLiteral("person %1 alias \"%2\"").arg(personId).arg(alias), insert);
            m_stats.aliases += insert.numRowsAffected() > 0 ? 1 : 0;
        }
        return true;
    }

    bool mergeDispute(const DisputeRecord &dispute)
    {
        const QString record = QStringLiteral("dispute %1").arg(dispute.id);
        QSqlQuery &find = prepare(QStringLiteral("SELECT id FROM dispute WHERE topic_en = :en AND topic_zh = :zh"));
        find.bindValue(QStringLiteral(":en"), notNullText(dispute.topicEn));
        find.bindValue(QStringLiteral(":zh"), notNullText(dispute.topicZh));
        qint64 disputeId = foundId(find, record);
        if (disputeId < 0)
            return false;
        if (disputeId == 0) {
            const std::optional<QVariant> id =
                preferredId(QStringLiteral("SELECT 1 FROM dispute WHERE id = :id"), dispute.id, record);
            if (!id)
                return false;
            QSqlQuery &insert = prepareInsert(QStringLiteral("INSERT INTO dispute (id, topic_en, topic_zh) VALUES (:id, :en, :zh)"), *id);
            insert.bindValue(QStringLiteral(":en"), notNullText(dispute.topicEn));
            insert.bindValue(QStringLiteral(":zh"), notNullText(dispute.topicZh));
            if (!insert.exec())
                return fail(record, insert);
            disputeId = SqlDialect::insertedId(insert);
            ++m_stats.disputes;
        }
        m_disputeIds.insert(dispute.id, disputeId);

        for (const DisputeSideRecord &side : dispute.sides) {
            QSqlQuery &findSide = prepare(QStringLiteral(
                "SELECT id FROM dispute_side WHERE dispute_id = :dispute AND summary_en = :en AND summary_zh = :zh"));
            findSide.bindValue(QStringLiteral(":dispute"), disputeId);
            findSide.bindValue(QStringLiteral(":en"), notNullText(side.summaryEn));
            findSide.bindValue(QStringLiteral(":zh"), notNullText(side.summaryZh));
            qint64 sideId = foundId(findSide, record);
            if (sideId < 0)
                return false;
            if (sideId == 0) {
                QSqlQuery &insert = prepare(QStringLiteral(
                    "INSERT INTO dispute_side (dispute_id, summary_en, summary_zh) VALUES (:dispute, :en, :zh)")
                                            + SqlDialect::returningId(m_db));
                insert.bindValue(QStringLiteral(":dispute"), disputeId);
                insert.bindValue(QStringLiteral(":en"), notNullText(side.summaryEn));
                insert.bindValue(QStringLiteral(":zh"), notNullText(side.summaryZh));
                if (!insert.exec())
                    return fail(record, insert);
                sideId = SqlDialect::insertedId(insert);
            }
            if (!mergeCitations(QStringLiteral("dispute_side_id"), sideId, side.citations, record, false))
                return false;
        }
        return true;
    }

    std::optional<qint64> mapped(const QHash<qint64, qint64> &ids, qint64 fileId, const QString &record,
                                 const char *what)
    {
        if (!ids.contains(fileId)) {
            if (m_error)
                *m_error = QStringLiteral("%1: %2 %3 does not exist").arg(record, QLatin1String(what)).arg(fileId);
            return std::nullopt;
        }
        return ids.value(fileId);
    }

    bool mergeRole(const RoleRecord &role)
    {
        const QString record = QStringLiteral("role %1").arg(role.id);
        const std::optional<qint64> personId = mapped(m_personIds, role.personId, record, "person_id");
        const std::optional<qint64> companyId = mapped(m_companyIds, role.companyId, record, "company_id");
        if (!personId || !companyId)
            return false;
        const QString find = QStringLiteral(
            "SELECT id FROM role WHERE person_id = :person AND company_id = :company AND title_en = :title_en "
            "AND title_zh = :title_zh AND %1 AND start_precision = :start_precision "
            "AND %2 AND end_precision = :end_precision")
                                 .arg(SqlDialect::isSame(m_db, QStringLiteral("start_date"), QStringLiteral(":start")),
                                      SqlDialect::isSame(m_db, QStringLiteral("end_date"), QStringLiteral(":end")));
        const auto bindKey = [&](QSqlQuery &query) {
            query.bindValue(QStringLiteral(":person"), *personId);
            query.bindValue(QStringLiteral(":company"), *companyId);
            query.bindValue(QStringLiteral(":title_en"), notNullText(role.titleEn));
            query.bindValue(QStringLiteral(":title_zh"), notNullText(role.titleZh));
            query.bindValue(QStringLiteral(":start"), nullable(role.start.toIso()));
            query.bindValue(QStringLiteral(":start_precision"), role.start.precisionName());
            query.bindValue(QStringLiteral(":end"), nullable(role.end.toIso()));
            query.bindValue(QStringLiteral(":end_precision"), role.end.precisionName());
        };
        const RoleKey key{*personId, *companyId, notNullText(role.titleEn), notNullText(role.titleZh), role.start.toIso(),
                          role.start.precisionName(), role.end.toIso(), role.end.precisionName()};
        qint64 roleId = matchingRow(m_rolesWereEmpty, m_newRoles, key, find, bindKey, record);
        if (roleId < 0)
            return false;
        const bool fresh = roleId == 0;
        if (fresh) {
            const std::optional<QVariant> id =
                newRowId(m_rolesWereEmpty, QStringLiteral("SELECT 1 FROM role WHERE id = :id"), role.id, record);
            if (!id)
                return false;
            QSqlQuery &insert = prepareInsert(QStringLiteral(
                "INSERT INTO role (id, person_id, company_id, title_en, title_zh, start_date, start_precision, "
                "end_date, end_precision, dispute_id, date_note, ended_undated) VALUES (:id, :person, :company, "
                ":title_en, :title_zh, :start, :start_precision, :end, :end_precision, :dispute, :date_note, :ended)"), *id);
            bindKey(insert);
            insert.bindValue(QStringLiteral(":dispute"), nullableId(mappedDispute(role.disputeId)));
            insert.bindValue(QStringLiteral(":date_note"), nullable(role.dateNote));
            insert.bindValue(QStringLiteral(":ended"), role.endedUndated ? 1 : 0);
            if (!insert.exec())
                return fail(record, insert);
            roleId = SqlDialect::insertedId(insert);
            ++m_stats.roles;
            if (m_rolesWereEmpty)
                m_newRoles.insert(qHash(key), roleId);
        }
        if (m_keepFactIds)
            m_roleIds.insert(role.id, roleId);
        return mergeCitations(QStringLiteral("role_id"), roleId, role.citations, record, fresh);
    }

    bool mergeMovement(const MovementRecord &movement)
    {
        const QString record = QStringLiteral("movement %1").arg(movement.id);
        const std::optional<qint64> personId = mapped(m_personIds, movement.personId, record, "person_id");
        const std::optional<qint64> companyId = mapped(m_companyIds, movement.companyId, record, "company_id");
        if (!personId || !companyId)
            return false;
        std::optional<qint64> toCompanyId;
        if (movement.toCompanyId) {
            toCompanyId = mapped(m_companyIds, *movement.toCompanyId, record, "to_company_id");
            if (!toCompanyId)
                return false;
        }
        const QString find = QStringLiteral(
            "SELECT id FROM movement WHERE person_id = :person AND kind = :kind AND company_id = :company "
            "AND %1 AND %2 AND precision = :precision")
                                 .arg(SqlDialect::isSame(m_db, QStringLiteral("to_company_id"), QStringLiteral(":to")),
                                      SqlDialect::isSame(m_db, QStringLiteral("date"), QStringLiteral(":date")));
        const auto bindKey = [&](QSqlQuery &query) {
            query.bindValue(QStringLiteral(":person"), *personId);
            query.bindValue(QStringLiteral(":kind"), movement.kind);
            query.bindValue(QStringLiteral(":company"), *companyId);
            query.bindValue(QStringLiteral(":to"), nullableId(toCompanyId));
            query.bindValue(QStringLiteral(":date"), nullable(movement.date.toIso()));
            query.bindValue(QStringLiteral(":precision"), movement.date.precisionName());
        };
        const MovementKey key{*personId, *companyId, toCompanyId.value_or(0), movement.kind, movement.date.toIso(),
                              movement.date.precisionName()};
        qint64 movementId = matchingRow(m_movementsWereEmpty, m_newMovements, key, find, bindKey, record);
        if (movementId < 0)
            return false;
        const bool fresh = movementId == 0;
        if (fresh) {
            const std::optional<QVariant> id =
                newRowId(m_movementsWereEmpty, QStringLiteral("SELECT 1 FROM movement WHERE id = :id"), movement.id, record);
            if (!id)
                return false;
            QSqlQuery &insert = prepareInsert(QStringLiteral(
                "INSERT INTO movement (id, person_id, kind, company_id, to_company_id, date, precision, dispute_id, "
                "date_note) VALUES (:id, :person, :kind, :company, :to, :date, :precision, :dispute, :date_note)"), *id);
            bindKey(insert);
            insert.bindValue(QStringLiteral(":dispute"), nullableId(mappedDispute(movement.disputeId)));
            insert.bindValue(QStringLiteral(":date_note"), nullable(movement.dateNote));
            if (!insert.exec())
                return fail(record, insert);
            movementId = SqlDialect::insertedId(insert);
            ++m_stats.movements;
            if (m_movementsWereEmpty)
                m_newMovements.insert(qHash(key), movementId);
        }
        if (m_keepFactIds)
            m_movementIds.insert(movement.id, movementId);
        return mergeCitations(QStringLiteral("movement_id"), movementId, movement.citations, record, fresh);
    }

    std::optional<qint64> mappedDispute(const std::optional<qint64> &fileId) const
    {
        if (!fileId || !m_disputeIds.contains(*fileId))
            return std::nullopt;
        return m_disputeIds.value(*fileId);
    }

    // A target this merge has just inserted has no citations yet but those of its own record, so
    // only repeats within the record need matching, and they are matched in memory.
    bool mergeCitations(const QString &targetColumn, qint64 targetId, const QList<CitationRecord> &citations,
                        const QString &record, bool freshTarget)
    {
        // position and the text it is in → the citation's id
        std::map<std::tuple<qint64, int, int, QString>, qint64> seen;
        // targetColumn is one of three fixed column names chosen by this file, never user text.
        QSqlQuery &find = prepare(QStringLiteral("SELECT id FROM citation WHERE %1 = :target AND source_id = :source "
                                                "AND start = :start AND \"end\" = :end AND body_sha256 = :sha256")
                                     .arg(targetColumn));
        const QString insertSql = QStringLiteral("INSERT INTO citation (id, %1, source_id, start, \"end\", text, prefix, "
                                                 "suffix, body_sha256, stated_date, stated_precision, stated_field, "
                                                 "anchor_state, review_start, review_end) "
                                                 "VALUES (:id, :target, :source, :start, :end, :text, :prefix, :suffix, "
                                                 ":sha256, :stated, :stated_precision, :stated_field, :state, "
                                                 ":review_start, :review_end)")
                                      .arg(targetColumn);
        QSqlQuery &insertWithId = prepare(insertSql + SqlDialect::returningId(m_db)); // prepared once for a file
        for (const CitationRecord &citation : citations) {
            const std::optional<qint64> sourceId = mapped(m_sourceIds, citation.sourceId, record, "source_id");
            if (!sourceId)
                return false;
            // The data's texts were checked against every citation on reading (and a format-2
            // file's anchors against the ones computed here).
            QString digest;
            const QString *text = citedText(m_sourceTexts.value(*sourceId), citation, &digest);
            if (!text && !citation.isAnchored()) {
                if (m_error)
                    *m_error = QStringLiteral("%1: citation %2 names no earlier text of source %3")
                                   .arg(record)
                                   .arg(citation.id)
                                   .arg(citation.sourceId);
                return false;
            }
            const QuoteAnchor anchor = text ? QuoteAnchor::at(*text, citation.start, citation.end, digest.toLatin1())
                                            : QuoteAnchor();
            const QString anchorDigest = QString::fromLatin1(anchor.bodySha256);
            const std::tuple<qint64, int, int, QString> position{*sourceId, citation.start, citation.end, anchorDigest};
            qint64 existing = 0;
            if (freshTarget) {
                const auto found = seen.find(position);
                existing = found == seen.end() ? 0 : found->second;
            } else {
                find.bindValue(QStringLiteral(":target"), targetId);
                find.bindValue(QStringLiteral(":source"), *sourceId);
                find.bindValue(QStringLiteral(":start"), citation.start);
                find.bindValue(QStringLiteral(":end"), citation.end);
                find.bindValue(QStringLiteral(":sha256"), notNullText(anchorDigest));
                existing = foundId(find, record);
                if (existing < 0)
                    return false;
            }
            if (existing > 0) {
                rememberCitation(citation.id, existing);
                continue;
            }
            // The file's id when it has one that is free: into a table that was empty, and that
            // this merge has given no id of its own choosing, every id of the file is.
            QVariant id{QMetaType(QMetaType::LongLong)}; // braces: clang reads parentheses as a declaration
            if (citation.id > 0) {
                if (m_citationsWereEmpty && !m_citationNumbered) {
                    id = citation.id;
                } else {
                    const std::optional<QVariant> free =
                        preferredId(QStringLiteral("SELECT 1 FROM citation WHERE id = :id"), citation.id, record);
                    if (!free)
                        return false;
                    id = *free;
                }
            }
            QSqlQuery &insert = id.isNull() && SqlDialect::isPostgres(m_db) ? prepareInsert(insertSql, id) : insertWithId;
            if (&insert == &insertWithId)
                insert.bindValue(QStringLiteral(":id"), id);
            insert.bindValue(QStringLiteral(":target"), targetId);
            insert.bindValue(QStringLiteral(":source"), *sourceId);
            insert.bindValue(QStringLiteral(":start"), citation.start);
            insert.bindValue(QStringLiteral(":end"), citation.end);
            insert.bindValue(QStringLiteral(":text"), citation.text);
            insert.bindValue(QStringLiteral(":prefix"), notNullText(anchor.prefix));
            insert.bindValue(QStringLiteral(":suffix"), notNullText(anchor.suffix));
            insert.bindValue(QStringLiteral(":sha256"), notNullText(anchorDigest));
            const bool stated = citation.statedDate.isKnown();
            insert.bindValue(QStringLiteral(":stated"), nullable(citation.statedDate.toIso()));
            insert.bindValue(QStringLiteral(":stated_precision"), citation.statedDate.precisionName());
            insert.bindValue(QStringLiteral(":stated_field"), stated ? QVariant(citation.statedField) : nullable(QString()));
            insert.bindValue(QStringLiteral(":state"), citation.anchorState);
            const bool offered = citation.anchorState == QLatin1String("review");
            insert.bindValue(QStringLiteral(":review_start"), offered ? QVariant(citation.reviewStart) : QVariant(QMetaType(QMetaType::Int)));
            insert.bindValue(QStringLiteral(":review_end"), offered ? QVariant(citation.reviewEnd) : QVariant(QMetaType(QMetaType::Int)));
            if (!insert.exec())
                return fail(record, insert);
            const qint64 citationId = SqlDialect::insertedId(insert);
            m_citationNumbered = m_citationNumbered || id.isNull();
            if (freshTarget)
                seen.emplace(position, citationId);
            rememberCitation(citation.id, citationId);
            ++m_stats.citations;
        }
        return true;
    }

    void rememberCitation(qint64 fileId, qint64 databaseId)
    {
        if (m_keepFactIds && fileId > 0)
            m_citationIds.insert(fileId, databaseId);
    }

    // How the data's ids of an entity became this database's.
    const QHash<qint64, qint64> *idsOf(const QString &entity) const
    {
        if (entity == QLatin1String("source"))
            return &m_sourceIds;
        if (entity == QLatin1String("person"))
            return &m_personIds;
        if (entity == QLatin1String("company"))
            return &m_companyIds;
        if (entity == QLatin1String("movement"))
            return &m_movementIds;
        if (entity == QLatin1String("role"))
            return &m_roleIds;
        if (entity == QLatin1String("citation"))
            return &m_citationIds;
        return nullptr;
    }

    // The id this database has for the record the data calls `id`; the same id for one it does not hold.
    qint64 translated(const QString &entity, qint64 id) const
    {
        const QHash<qint64, qint64> *ids = idsOf(entity);
        return ids ? ids->value(id, id) : id;
    }

    // A change's values as JSON text, their record ids translated; null for none.
    QVariant translatedJson(const std::optional<QJsonObject> &values) const
    {
        if (!values)
            return QVariant(QMetaType(QMetaType::QString));
        static const std::pair<const char *, const char *> references[] = {
            {"source_id", "source"},     {"person_id", "person"},   {"company_id", "company"},
            {"to_company_id", "company"}, {"movement_id", "movement"}, {"role_id", "role"},
        };
        QJsonObject object = *values;
        for (const auto &[key, entity] : references) {
            const QJsonValue value = object.value(QLatin1String(key));
            if (!value.isDouble())
                continue;
            const qint64 id = value.toInteger(-1);
            const qint64 ours = translated(QLatin1String(entity), id);
            if (id > 0 && ours != id)
                object.insert(QLatin1String(key), ours);
        }
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    bool mergeChanges(const QList<ChangeLogRecord> &changes)
    {
        if (changes.isEmpty())
            return true;
        QSqlQuery &last = prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log"));
        if (!last.exec() || !last.next())
            return fail(QStringLiteral("the change log"), last);
        const qint64 lastBefore = last.value(0).toLongLong();
        last.finish();
        qint64 lastId = lastBefore;
        // Oldest first, by the data's own ids (a file lists them so, but need not).
        QList<const ChangeLogRecord *> ordered;
        ordered.reserve(changes.size());
        for (const ChangeLogRecord &change : changes)
            ordered.append(&change);
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const ChangeLogRecord *a, const ChangeLogRecord *b) { return a->id < b->id; });
        // A row matches one that was in the log before this merge, each of those at most once.
        QSqlQuery &find = prepare(QStringLiteral(
            "SELECT id FROM change_log WHERE entity = :entity AND entity_id = :entity_id AND id <= :last "
            "AND at = :at AND action = :action AND %1 AND %2 ORDER BY id")
                                      .arg(SqlDialect::isSame(m_db, QStringLiteral("before"), QStringLiteral(":before")),
                                           SqlDialect::isSame(m_db, QStringLiteral("after"), QStringLiteral(":after"))));
        QSqlQuery &insert = prepare(QStringLiteral("INSERT INTO change_log (id, at, entity, entity_id, action, before, "
                                                  "after) VALUES (:id, :at, :entity, :entity_id, :action, :before, :after)"));
        QSet<qint64> matched;
        for (const ChangeLogRecord *change : ordered) {
            const QString record = QStringLiteral("change_log %1").arg(change->id);
            const qint64 entityId = translated(change->entity, change->entityId);
            const QVariant before = translatedJson(change->before);
            const QVariant after = translatedJson(change->after);
            if (lastBefore > 0) {
                find.bindValue(QStringLiteral(":entity"), change->entity);
                find.bindValue(QStringLiteral(":entity_id"), entityId);
                find.bindValue(QStringLiteral(":last"), lastBefore);
                find.bindValue(QStringLiteral(":at"), change->at);
                find.bindValue(QStringLiteral(":action"), change->action);
                find.bindValue(QStringLiteral(":before"), before);
                find.bindValue(QStringLiteral(":after"), after);
                if (!find.exec())
                    return fail(record, find);
                bool found = false;
                while (!found && find.next()) {
                    const qint64 candidate = find.value(0).toLongLong();
                    found = !matched.contains(candidate);
                    if (found)
                        matched.insert(candidate);
                }
                find.finish();
                if (found)
                    continue;
            }
            const qint64 id = change->id > lastId ? change->id : lastId + 1;
            insert.bindValue(QStringLiteral(":id"), id);
            insert.bindValue(QStringLiteral(":at"), change->at);
            insert.bindValue(QStringLiteral(":entity"), change->entity);
            insert.bindValue(QStringLiteral(":entity_id"), entityId);
            insert.bindValue(QStringLiteral(":action"), change->action);
            insert.bindValue(QStringLiteral(":before"), before);
            insert.bindValue(QStringLiteral(":after"), after);
            if (!insert.exec())
                return fail(record, insert);
            lastId = id;
            ++m_stats.changes;
        }
        return true;
    }

    QSqlDatabase m_db;
    MergeStats &m_stats;
    QString *m_error;
    QHash<qint64, qint64> m_sourceIds;
    QHash<qint64, const SourceRecord *> m_sourceTexts; // by database id, for the citations' anchors
    QHash<qint64, qint64> m_companyIds;
    QHash<qint64, qint64> m_personIds;
    QHash<qint64, qint64> m_disputeIds;
    QHash<qint64, qint64> m_roleIds;     // kept only for a change log (m_keepFactIds)
    QHash<qint64, qint64> m_movementIds;
    QHash<qint64, qint64> m_citationIds;
    bool m_keepFactIds = false;
    bool m_rolesWereEmpty = false;
    bool m_movementsWereEmpty = false;
    bool m_citationsWereEmpty = false;
    bool m_citationNumbered = false; // a citation took an id of the database's choosing
    QMultiHash<size_t, qint64> m_newRoles; // key hash → id, while the table was empty
    QMultiHash<size_t, qint64> m_newMovements;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

DataSetWriter::DataSetWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

DataSetWriter::~DataSetWriter() = default;

bool DataSetWriter::merge(const DataSet &data, MergeStats *stats, QString *error)
{
    if (!start(!data.changes.isEmpty(), stats, error))
        return false;
    for (const SourceRecord &source : data.sources) {
        if (!add(source))
            return false;
    }
    for (const CompanyRecord &company : data.companies) {
        if (!add(company))
            return false;
    }
    for (const PersonRecord &person : data.people) {
        if (!add(person))
            return false;
    }
    for (const DisputeRecord &dispute : data.disputes) {
        if (!add(dispute))
            return false;
    }
    for (const RoleRecord &role : data.roles) {
        if (!add(role))
            return false;
    }
    for (const MovementRecord &movement : data.movements) {
        if (!add(movement))
            return false;
    }
    return finish(data.changes);
}

bool DataSetWriter::start(bool withChangeLog, MergeStats *stats, QString *error)
{
    m_merger = std::make_unique<Merger>(m_db, stats ? *stats : m_localStats, error);
    return m_merger->start(withChangeLog);
}

bool DataSetWriter::add(const SourceRecord &source)
{
    return m_merger->mergeSource(source);
}

bool DataSetWriter::add(const CompanyRecord &company)
{
    return m_merger->mergeCompany(company);
}

bool DataSetWriter::add(const PersonRecord &person)
{
    return m_merger->mergePerson(person);
}

bool DataSetWriter::add(const DisputeRecord &dispute)
{
    return m_merger->mergeDispute(dispute);
}

bool DataSetWriter::add(const RoleRecord &role)
{
    return m_merger->mergeRole(role);
}

bool DataSetWriter::add(const MovementRecord &movement)
{
    return m_merger->mergeMovement(movement);
}

bool DataSetWriter::finish(const QList<ChangeLogRecord> &changes)
{
    const bool ok = m_merger->mergeChanges(changes);
    m_merger.reset();
    return ok;
}

} // namespace talentflow
