#include "models/FactEditor.h"

#include "models/EditRefusal.h"
#include "models/FactEdit.h"
#include "models/WriteTransaction.h"

namespace talentflow {

using namespace factedit;

namespace {

QJsonObject movementJson(const MovementFields &fields)
{
    return QJsonObject{{QStringLiteral("kind"), movementKindKey(fields.kind)},
                       {QStringLiteral("company_id"), fields.companyId},
                       {QStringLiteral("to_company_id"), fields.toCompanyId > 0 ? QJsonValue(fields.toCompanyId) : QJsonValue()},
                       {QStringLiteral("date"), dateJson(fields.date)},
                       {QStringLiteral("precision"), fields.date.precisionName()}};
}

QJsonObject roleJson(const RoleFields &fields)
{
    return QJsonObject{{QStringLiteral("company_id"), fields.companyId},
                       {QStringLiteral("title_en"), fields.titleEn},
                       {QStringLiteral("title_zh"), fields.titleZh},
                       {QStringLiteral("start"), dateJson(fields.start)},
                       {QStringLiteral("end"), dateJson(fields.end)}};
}

// A role's titles are in the search index, one entry for each script.
bool indexTitles(Edit &edit, qint64 roleId, qint64 personId, const QString &titleEn, const QString &titleZh)
{
    return edit.index(SearchEntry::TitleEn, roleId, personId, titleEn) && edit.index(SearchEntry::TitleZh, roleId, personId, titleZh);
}

bool unindexTitles(Edit &edit, qint64 roleId)
{
    return edit.unindex(SearchEntry::TitleEn, roleId) && edit.unindex(SearchEntry::TitleZh, roleId);
}

std::optional<int> versionOf(Edit &edit, const FactRef &fact, qint64 *personId)
{
    QSqlQuery read = edit.query(QStringLiteral("SELECT row_version, person_id FROM %1 WHERE id = :id").arg(tableOf(fact.type)));
    read.bindValue(QStringLiteral(":id"), fact.id);
    if (!edit.exec(read))
        return std::nullopt;
    if (!read.next()) {
        edit.fail(noSuchFact(fact));
        return std::nullopt;
    }
    if (personId)
        *personId = read.value(1).toLongLong();
    return read.value(0).toInt();
}

bool checkVersion(Edit &edit, const FactRef &fact, int basedOn, qint64 *personId = nullptr)
{
    const std::optional<int> version = versionOf(edit, fact, personId);
    if (!version)
        return false;
    if (*version != basedOn)
        return edit.fail(EditRefusal::tr("%1 was changed in another window since it was read; look at it again").arg(describeFact(fact)));
    return true;
}

bool companyExists(Edit &edit, qint64 id)
{
    QSqlQuery exists = edit.query(QStringLiteral("SELECT 1 FROM company WHERE id = :id"));
    exists.bindValue(QStringLiteral(":id"), id);
    if (!edit.exec(exists))
        return false;
    return exists.next() || edit.fail(noSuchRecord(QStringLiteral("company"), id));
}

} // namespace

FactEditor::FactEditor(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<MovementFields> FactEditor::movement(qint64 id, QString *error) const
{
    Edit edit(m_db, error);
    QSqlQuery read = edit.query(QStringLiteral("SELECT kind, company_id, to_company_id, date, precision FROM movement WHERE id = :id"));
    read.bindValue(QStringLiteral(":id"), id);
    if (!edit.exec(read))
        return std::nullopt;
    if (!read.next()) {
        edit.fail(noSuchFact({FactType::Movement, id}));
        return std::nullopt;
    }
    MovementFields fields;
    fields.kind = movementKindFromKey(read.value(0).toString()).value_or(MovementKind::Left);
    fields.companyId = read.value(1).toLongLong();
    fields.toCompanyId = read.value(2).toLongLong();
    fields.date = PartialDate::fromIsoWithPrecision(read.value(3).toString(), read.value(4).toString()).value_or(PartialDate());
    return fields;
}

std::optional<RoleFields> FactEditor::role(qint64 id, QString *error) const
{
    Edit edit(m_db, error);
    QSqlQuery read = edit.query(QStringLiteral("SELECT company_id, title_en, title_zh, start_date, start_precision, end_date, "
                                               "end_precision FROM role WHERE id = :id"));
    read.bindValue(QStringLiteral(":id"), id);
    if (!edit.exec(read))
        return std::nullopt;
    if (!read.next()) {
        edit.fail(noSuchFact({FactType::Role, id}));
        return std::nullopt;
    }
    RoleFields fields;
    fields.companyId = read.value(0).toLongLong();
    fields.titleEn = read.value(1).toString();
    fields.titleZh = read.value(2).toString();
    fields.start = PartialDate::fromIsoWithPrecision(read.value(3).toString(), read.value(4).toString()).value_or(PartialDate());
    fields.end = PartialDate::fromIsoWithPrecision(read.value(5).toString(), read.value(6).toString()).value_or(PartialDate());
    return fields;
}

std::optional<int> FactEditor::citationCount(const FactRef &fact, QString *error) const
{
    Edit edit(m_db, error);
    QSqlQuery count = edit.query(QStringLiteral("SELECT count(*) FROM citation WHERE %1_id = :id").arg(tableOf(fact.type)));
    count.bindValue(QStringLiteral(":id"), fact.id);
    if (!edit.exec(count) || !count.next())
        return std::nullopt;
    return count.value(0).toInt();
}

QString FactEditor::problemWith(const RoleFields &role)
{
    if (role.titleEn.trimmed().isEmpty() && role.titleZh.trimmed().isEmpty())
        return EditRefusal::tr("the role's title is empty");
    if (role.titleEn.trimmed().size() > FactRepository::maxTitleLength || role.titleZh.trimmed().size() > FactRepository::maxTitleLength)
        return EditRefusal::tr("the role's title is longer than %1 characters").arg(FactRepository::maxTitleLength);
    if (role.start.isKnown() && role.end.isKnown() && role.end.lastDay() < role.start.firstDay())
        return EditRefusal::tr("the role ends (%1) before it starts (%2)").arg(role.end.toIso(), role.start.toIso());
    return {};
}

std::optional<int> FactEditor::editMovement(qint64 id, const MovementFields &fields, int basedOnVersion, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    const std::optional<MovementFields> before = movement(id, error);
    if (!before || !checkVersion(edit, {FactType::Movement, id}, basedOnVersion) || !companyExists(edit, fields.companyId)
        || (fields.toCompanyId > 0 && !companyExists(edit, fields.toCompanyId)))
        return std::nullopt;
    QSqlQuery update = edit.query(QStringLiteral("UPDATE movement SET kind = :kind, company_id = :company, to_company_id = :to, "
                                                 "date = :date, precision = :precision, row_version = :version WHERE id = :id"));
    update.bindValue(QStringLiteral(":kind"), movementKindKey(fields.kind));
    update.bindValue(QStringLiteral(":company"), fields.companyId);
    update.bindValue(QStringLiteral(":to"), idOrNull(fields.toCompanyId));
    update.bindValue(QStringLiteral(":date"), dateOrNull(fields.date));
    update.bindValue(QStringLiteral(":precision"), fields.date.precisionName());
    update.bindValue(QStringLiteral(":version"), basedOnVersion + 1);
    update.bindValue(QStringLiteral(":id"), id);
    if (!edit.exec(update) || !edit.log(QStringLiteral("movement"), id, QStringLiteral("edit"), movementJson(*before), movementJson(fields))
        || !transaction.commit(error))
        return std::nullopt;
    return basedOnVersion + 1;
}

std::optional<int> FactEditor::editRole(qint64 id, const RoleFields &fields, int basedOnVersion, QString *error)
{
    const QString problem = problemWith(fields);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    qint64 personId = 0;
    const std::optional<RoleFields> before = role(id, error);
    if (!before || !checkVersion(edit, {FactType::Role, id}, basedOnVersion, &personId) || !companyExists(edit, fields.companyId))
        return std::nullopt;
    QSqlQuery update = edit.query(QStringLiteral("UPDATE role SET company_id = :company, title_en = :en, title_zh = :zh, "
                                                 "start_date = :start, start_precision = :startPrecision, end_date = :end, "
                                                 "end_precision = :endPrecision, row_version = :version WHERE id = :id"));
    update.bindValue(QStringLiteral(":company"), fields.companyId);
    update.bindValue(QStringLiteral(":en"), fields.titleEn.trimmed());
    update.bindValue(QStringLiteral(":zh"), fields.titleZh.trimmed());
    update.bindValue(QStringLiteral(":start"), dateOrNull(fields.start));
    update.bindValue(QStringLiteral(":startPrecision"), fields.start.precisionName());
    update.bindValue(QStringLiteral(":end"), dateOrNull(fields.end));
    update.bindValue(QStringLiteral(":endPrecision"), fields.end.precisionName());
    update.bindValue(QStringLiteral(":version"), basedOnVersion + 1);
    update.bindValue(QStringLiteral(":id"), id);
    if (!edit.exec(update) || !edit.log(QStringLiteral("role"), id, QStringLiteral("edit"), roleJson(*before), roleJson(fields))
        || !unindexTitles(edit, id) || !indexTitles(edit, id, personId, fields.titleEn.trimmed(), fields.titleZh.trimmed())
        || !transaction.commit(error))
        return std::nullopt;
    return basedOnVersion + 1;
}

std::optional<StoredRows> FactEditor::removeFact(const FactRef &fact, int basedOnVersion, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    if (!checkVersion(edit, fact, basedOnVersion))
        return std::nullopt;
    const QString table = tableOf(fact.type);
    StoredRows rows;
    QSqlQuery readFact = edit.query(QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(table));
    readFact.bindValue(QStringLiteral(":id"), fact.id);
    const std::optional<QList<QVariantMap>> factRows = rowsOf(edit, readFact);
    QSqlQuery readCitations = edit.query(QStringLiteral("SELECT * FROM citation WHERE %1_id = :id ORDER BY id").arg(table));
    readCitations.bindValue(QStringLiteral(":id"), fact.id);
    const std::optional<QList<QVariantMap>> citationRows = rowsOf(edit, readCitations);
    if (!factRows || factRows->isEmpty() || !citationRows)
        return std::nullopt;
    rows.fact = factRows->first();
    rows.citations = *citationRows;
    for (const QVariantMap &citation : rows.citations) {
        if (!edit.unindex(SearchEntry::Citation, citation.value(QStringLiteral("id")).toLongLong())
            || !edit.log(QStringLiteral("citation"), citation.value(QStringLiteral("id")).toLongLong(), QStringLiteral("remove"),
                         rowJson(citation), {}))
            return std::nullopt;
    }
    if (fact.type == FactType::Role && !unindexTitles(edit, fact.id))
        return std::nullopt;
    QSqlQuery removeCitations = edit.query(QStringLiteral("DELETE FROM citation WHERE %1_id = :id").arg(table));
    removeCitations.bindValue(QStringLiteral(":id"), fact.id);
    QSqlQuery remove = edit.query(QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table));
    remove.bindValue(QStringLiteral(":id"), fact.id);
    if (!edit.exec(removeCitations) || !edit.exec(remove)
        || !edit.log(table, fact.id, QStringLiteral("remove"), rowJson(rows.fact), {}) || !transaction.commit(error))
        return std::nullopt;
    rows.fact.insert(QStringLiteral("__table"), table);
    return rows;
}

std::optional<StoredRows> FactEditor::removeCitation(qint64 citationId, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    QSqlQuery read = edit.query(QStringLiteral("SELECT * FROM citation WHERE id = :id"));
    read.bindValue(QStringLiteral(":id"), citationId);
    const std::optional<QList<QVariantMap>> found = rowsOf(edit, read);
    if (!found)
        return std::nullopt;
    if (found->isEmpty()) {
        edit.fail(EditRefusal::tr("there is no citation %1").arg(citationId));
        return std::nullopt;
    }
    const QVariantMap citation = found->first();
    const bool ofMovement = !citation.value(QStringLiteral("movement_id")).isNull();
    if (!ofMovement && citation.value(QStringLiteral("role_id")).isNull()) {
        edit.fail(EditRefusal::tr("citation %1 backs a side of a disagreement, not a fact").arg(citationId));
        return std::nullopt;
    }
    const FactRef fact{ofMovement ? FactType::Movement : FactType::Role,
                       citation.value(ofMovement ? QStringLiteral("movement_id") : QStringLiteral("role_id")).toLongLong()};
    QSqlQuery count = edit.query(QStringLiteral("SELECT count(*) FROM citation WHERE %1_id = :id").arg(tableOf(fact.type)));
    count.bindValue(QStringLiteral(":id"), fact.id);
    if (!edit.exec(count) || !count.next())
        return std::nullopt;
    if (count.value(0).toInt() <= 1) {
        edit.fail(EditRefusal::tr("citation %1 is the last of %2; every fact keeps one: remove the fact instead")
                      .arg(citationId)
                      .arg(describeFact(fact)));
        return std::nullopt;
    }
    if (!versionOf(edit, fact, nullptr))
        return std::nullopt;
    QSqlQuery remove = edit.query(QStringLiteral("DELETE FROM citation WHERE id = :id"));
    remove.bindValue(QStringLiteral(":id"), citationId);
    if (!edit.exec(remove) || !edit.unindex(SearchEntry::Citation, citationId)
        || !edit.log(QStringLiteral("citation"), citationId, QStringLiteral("remove"), rowJson(citation), {})
        || !transaction.commit(error))
        return std::nullopt;
    return StoredRows{{}, {citation}};
}

std::optional<int> FactEditor::restore(const StoredRows &rows, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    qint64 personId = 0;
    int version = 0;
    if (!rows.fact.isEmpty()) {
        QVariantMap fact = rows.fact;
        const QString table = fact.take(QStringLiteral("__table")).toString();
        if (table != QLatin1String("movement") && table != QLatin1String("role")) {
            edit.fail(EditRefusal::tr("nothing to put back"));
            return std::nullopt;
        }
        personId = fact.value(QStringLiteral("person_id")).toLongLong();
        // Back at a version it never had, so that an edit read before the removal is refused.
        version = fact.value(QStringLiteral("row_version")).toInt() + 1;
        fact.insert(QStringLiteral("row_version"), version);
        if (!insertRow(edit, table, fact)
            || !edit.log(table, fact.value(QStringLiteral("id")).toLongLong(), QStringLiteral("add"), {}, rowJson(fact)))
            return std::nullopt;
        if (table == QLatin1String("role")
            && !indexTitles(edit, fact.value(QStringLiteral("id")).toLongLong(), personId,
                            fact.value(QStringLiteral("title_en")).toString(), fact.value(QStringLiteral("title_zh")).toString()))
            return std::nullopt;
    }
    for (const QVariantMap &citation : rows.citations) {
        if (personId == 0) {
            const bool ofMovement = !citation.value(QStringLiteral("movement_id")).isNull();
            const FactRef fact{ofMovement ? FactType::Movement : FactType::Role,
                               citation.value(ofMovement ? QStringLiteral("movement_id") : QStringLiteral("role_id")).toLongLong()};
            const std::optional<int> factVersion = versionOf(edit, fact, &personId);
            if (!factVersion)
                return std::nullopt;
            version = *factVersion;
        }
        if (!insertRow(edit, QStringLiteral("citation"), citation)
            || !edit.index(SearchEntry::Citation, citation.value(QStringLiteral("id")).toLongLong(), personId,
                           citation.value(QStringLiteral("text")).toString())
            || !edit.log(QStringLiteral("citation"), citation.value(QStringLiteral("id")).toLongLong(), QStringLiteral("add"), {},
                         rowJson(citation)))
            return std::nullopt;
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return version;
}

} // namespace talentflow
