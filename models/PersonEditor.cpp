#include "models/PersonEditor.h"

#include "models/EditRefusal.h"
#include "models/FactEdit.h"
#include "models/SqlDialect.h"
#include "models/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace talentflow {

using namespace factedit;

qint64 PersonMerge::mergedId() const
{
    return mergedPerson.value(QStringLiteral("id")).toLongLong();
}

qint64 RemovedPerson::id() const
{
    return person.value(QStringLiteral("id")).toLongLong();
}

namespace {

const QString personTable = QStringLiteral("person");

QString nameEnOf(const QVariantMap &person)
{
    return person.value(QStringLiteral("name_en")).toString();
}

QString nameZhOf(const QVariantMap &person)
{
    return person.value(QStringLiteral("name_zh")).toString();
}

// The names a person is found by: the English and the Chinese one, where given.
QStringList namesOf(const QVariantMap &person)
{
    QStringList names;
    for (const QString &name : {nameEnOf(person), nameZhOf(person)}) {
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

QStringList aliasTexts(const QList<QVariantMap> &aliases)
{
    QStringList texts;
    for (const QVariantMap &alias : aliases)
        texts.append(alias.value(QStringLiteral("alias")).toString());
    return texts;
}

QJsonObject personJson(const QVariantMap &person, const QList<QVariantMap> &aliases)
{
    return QJsonObject{{QStringLiteral("name_en"), nameEnOf(person)},
                       {QStringLiteral("name_zh"), nameZhOf(person)},
                       {QStringLiteral("aliases"), QJsonArray::fromStringList(aliasTexts(aliases))}};
}

// Ids as one JSON array, bound as one value and read as SqlDialect::idTable.
QString idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<QList<QVariantMap>> readAliases(Edit &edit, qint64 personId)
{
    QSqlQuery read = edit.query(QStringLiteral("SELECT * FROM person_alias WHERE person_id = :person ORDER BY id"));
    read.bindValue(QStringLiteral(":person"), personId);
    return rowsOf(edit, read);
}

std::optional<QList<qint64>> idsOf(Edit &edit, const QString &sql, qint64 id)
{
    QSqlQuery read = edit.query(sql);
    read.bindValue(QStringLiteral(":id"), id);
    if (!edit.exec(read))
        return std::nullopt;
    QList<qint64> ids;
    while (read.next())
        ids.append(read.value(0).toLongLong());
    return ids;
}

std::optional<bool> idIsFree(Edit &edit, const QString &table, qint64 id)
{
    // The table is one of this file's constants.
    QSqlQuery used = edit.query(QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table));
    used.bindValue(QStringLiteral(":id"), id);
    if (!edit.exec(used))
        return std::nullopt;
    return !used.next();
}

std::optional<qint64> addAlias(Edit &edit, qint64 personId, const QString &alias)
{
    QSqlQuery insert = edit.query(QStringLiteral("INSERT INTO person_alias (person_id, alias) VALUES (:person, :alias)")
                                      + SqlDialect::returningId(edit.database()));
    insert.bindValue(QStringLiteral(":person"), personId);
    insert.bindValue(QStringLiteral(":alias"), alias);
    if (!edit.exec(insert))
        return std::nullopt;
    const qint64 id = SqlDialect::insertedId(insert);
    if (!edit.index(SearchEntry::Alias, id, personId, alias))
        return std::nullopt;
    return id;
}

// Puts an alias row back with its id; nothing refers to an alias's id, so one taken since by
// another alias gives way to a new id rather than keep the alias out.
bool putAliasBack(Edit &edit, const QVariantMap &row)
{
    const std::optional<bool> free = idIsFree(edit, QStringLiteral("person_alias"), row.value(QStringLiteral("id")).toLongLong());
    if (!free)
        return false;
    if (*free)
        return insertRow(edit, QStringLiteral("person_alias"), row)
            && edit.index(SearchEntry::Alias, row.value(QStringLiteral("id")).toLongLong(),
                          row.value(QStringLiteral("person_id")).toLongLong(), row.value(QStringLiteral("alias")).toString());
    return addAlias(edit, row.value(QStringLiteral("person_id")).toLongLong(), row.value(QStringLiteral("alias")).toString()).has_value();
}

// The person's name entries in the search index, for the names it now has.
bool indexNames(Edit &edit, qint64 personId, const QString &nameEn, const QString &nameZh)
{
    return edit.unindex(SearchEntry::NameEn, personId) && edit.unindex(SearchEntry::NameZh, personId)
        && edit.index(SearchEntry::NameEn, personId, personId, nameEn)
        && edit.index(SearchEntry::NameZh, personId, personId, nameZh);
}

bool removeAlias(Edit &edit, qint64 aliasId)
{
    QSqlQuery remove = edit.query(QStringLiteral("DELETE FROM person_alias WHERE id = :id"));
    remove.bindValue(QStringLiteral(":id"), aliasId);
    return edit.exec(remove) && edit.unindex(SearchEntry::Alias, aliasId);
}

bool setPersonRow(Edit &edit, qint64 id, const QString &nameEn, const QString &nameZh, int version)
{
    QSqlQuery update = edit.query(QStringLiteral("UPDATE person SET name_en = :en, name_zh = :zh, row_version = :version WHERE id = :id"));
    update.bindValue(QStringLiteral(":en"), nameEn);
    update.bindValue(QStringLiteral(":zh"), nameZh);
    update.bindValue(QStringLiteral(":version"), version);
    update.bindValue(QStringLiteral(":id"), id);
    return edit.exec(update);
}

// Moves facts (table: "role" or "movement") from one person to another, each with its log row.
bool moveFacts(Edit &edit, const QString &table, const QList<qint64> &ids, qint64 from, qint64 to)
{
    QSqlQuery update = edit.query(QStringLiteral("UPDATE %1 SET person_id = :to WHERE person_id = :from AND id IN "
                                                 "(SELECT value FROM %2 AS listed)")
                                      .arg(table, SqlDialect::idTable(edit.database(), QStringLiteral(":ids"))));
    update.bindValue(QStringLiteral(":to"), to);
    update.bindValue(QStringLiteral(":from"), from);
    update.bindValue(QStringLiteral(":ids"), idArray(ids));
    if (!edit.exec(update))
        return false;
    for (const qint64 id : ids) {
        if (!edit.log(table, id, QStringLiteral("edit"), QJsonObject{{QStringLiteral("person_id"), from}},
                      QJsonObject{{QStringLiteral("person_id"), to}}))
            return false;
    }
    return true;
}

// Whether every one of the ids is still a row of the table belonging to the person.
std::optional<bool> allBelongTo(Edit &edit, const QString &table, const QList<qint64> &ids, qint64 personId)
{
    QSqlQuery count = edit.query(QStringLiteral("SELECT count(*) FROM %1 WHERE person_id = :person AND id IN "
                                                "(SELECT value FROM %2 AS listed)")
                                     .arg(table, SqlDialect::idTable(edit.database(), QStringLiteral(":ids"))));
    count.bindValue(QStringLiteral(":person"), personId);
    count.bindValue(QStringLiteral(":ids"), idArray(ids));
    if (!edit.exec(count) || !count.next())
        return std::nullopt;
    return count.value(0).toInt() == ids.size();
}

} // namespace

PersonEditor::PersonEditor(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<PersonFields> PersonEditor::person(qint64 id, QString *error) const
{
    Edit edit(m_db, error);
    const std::optional<QVariantMap> row = readRecord(edit, personTable, id);
    if (!row)
        return std::nullopt;
    const std::optional<QList<QVariantMap>> aliases = readAliases(edit, id);
    if (!aliases)
        return std::nullopt;
    return PersonFields{nameEnOf(*row), nameZhOf(*row), aliasTexts(*aliases), row->value(QStringLiteral("row_version")).toInt()};
}

QString PersonEditor::problemWith(const PersonChange &change)
{
    const QString problem = problemWithNames(personTable, change.nameEn, change.nameZh);
    if (!problem.isEmpty())
        return problem;
    for (const QString &alias : change.addedAliases) {
        if (alias.trimmed().isEmpty())
            return EditRefusal::tr("an alias is empty");
        if (alias.trimmed().size() > FactRepository::maxNameLength)
            return EditRefusal::tr("the alias “%1” is longer than %2 characters")
                .arg(clippedName(alias.trimmed()), QString::number(FactRepository::maxNameLength));
    }
    return {};
}

std::optional<StoredPerson> PersonEditor::editPerson(qint64 id, const PersonChange &change, int basedOnVersion, QString *error)
{
    const QString problem = problemWith(change);
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
    const QString nameEn = notNullText(change.nameEn.trimmed());
    const QString nameZh = notNullText(change.nameZh.trimmed());
    const std::optional<QVariantMap> row = readRecord(edit, personTable, id);
    if (!row || !checkRecordVersion(edit, personTable, *row, basedOnVersion))
        return std::nullopt;
    const std::optional<QList<QVariantMap>> aliases = readAliases(edit, id);
    if (!aliases)
        return std::nullopt;
    QStringList remaining = aliasTexts(*aliases);
    QStringList removed;
    for (const QString &alias : change.removedAliases) {
        if (!remaining.removeOne(alias.trimmed())) {
            edit.fail(EditRefusal::tr("%1 has no alias “%2”").arg(describeRecord(personTable, *row), clippedName(alias.trimmed())));
            return std::nullopt;
        }
        removed.append(alias.trimmed());
    }
    QStringList added;
    for (const QString &alias : change.addedAliases) {
        if (remaining.contains(alias.trimmed())) {
            edit.fail(EditRefusal::tr("%1 already has the alias “%2”")
                          .arg(describeRecord(personTable, *row), clippedName(alias.trimmed())));
            return std::nullopt;
        }
        remaining.append(alias.trimmed());
        added.append(alias.trimmed());
    }
    if (!namesAreFree(edit, personTable, id, nameEn, nameZh, [](const QString &holder) {
            return EditRefusal::tr("%1 already has these names; if they are one person, merge them instead").arg(holder);
        }))
        return std::nullopt;

    StoredPerson before{*row, *aliases, basedOnVersion + 1};
    if (!setPersonRow(edit, id, nameEn, nameZh, basedOnVersion + 1) || !indexNames(edit, id, nameEn, nameZh))
        return std::nullopt;
    QList<QVariantMap> present = *aliases;
    for (const QString &alias : removed) {
        const auto row = std::find_if(present.begin(), present.end(),
                                      [&](const QVariantMap &a) { return a.value(QStringLiteral("alias")).toString() == alias; });
        if (!removeAlias(edit, row->value(QStringLiteral("id")).toLongLong()))
            return std::nullopt;
        present.erase(row);
    }
    for (const QString &alias : added) {
        if (!addAlias(edit, id, alias))
            return std::nullopt;
    }
    QVariantMap after = *row;
    after.insert(QStringLiteral("name_en"), nameEn);
    after.insert(QStringLiteral("name_zh"), nameZh);
    const std::optional<QList<QVariantMap>> aliasesAfter = readAliases(edit, id);
    if (!aliasesAfter || !edit.log(personTable, id, QStringLiteral("edit"), personJson(*row, *aliases), personJson(after, *aliasesAfter))
        || !transaction.commit(error))
        return std::nullopt;
    return before;
}

std::optional<int> PersonEditor::restore(const StoredPerson &before, int basedOnVersion, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    const qint64 id = before.person.value(QStringLiteral("id")).toLongLong();
    const std::optional<QVariantMap> row = readRecord(edit, personTable, id);
    if (!row)
        return std::nullopt;
    const QString edited = describeRecord(personTable, *row);
    if (row->value(QStringLiteral("row_version")).toInt() != basedOnVersion) {
        edit.fail(EditRefusal::tr("%1 was changed in another window since; it is left as it is").arg(edited));
        return std::nullopt;
    }
    if (!namesAreFree(edit, personTable, id, nameEnOf(before.person), nameZhOf(before.person), [&](const QString &holder) {
            return EditRefusal::tr("%1 already has these names; the edit of %2 is kept").arg(holder, edited);
        }))
        return std::nullopt;
    const std::optional<QList<QVariantMap>> aliases = readAliases(edit, id);
    if (!aliases)
        return std::nullopt;
    // The names as they were, at a new version: one read while the edit stood is stale.
    const int version = basedOnVersion + 1;
    if (!setPersonRow(edit, id, nameEnOf(before.person), nameZhOf(before.person), version)
        || !indexNames(edit, id, nameEnOf(before.person), nameZhOf(before.person)))
        return std::nullopt;
    QSet<qint64> priorIds;
    for (const QVariantMap &alias : before.aliases)
        priorIds.insert(alias.value(QStringLiteral("id")).toLongLong());
    QSet<qint64> currentIds;
    // Those the edit added go first, so that one it removed and added again can take its id back.
    for (const QVariantMap &alias : *aliases) {
        const qint64 aliasId = alias.value(QStringLiteral("id")).toLongLong();
        currentIds.insert(aliasId);
        if (priorIds.contains(aliasId))
            continue;
        if (!removeAlias(edit, aliasId))
            return std::nullopt;
    }
    for (const QVariantMap &alias : before.aliases) {
        if (!currentIds.contains(alias.value(QStringLiteral("id")).toLongLong())
            && !putAliasBack(edit, alias))
            return std::nullopt;
    }
    const std::optional<QList<QVariantMap>> aliasesAfter = readAliases(edit, id);
    if (!aliasesAfter
        || !edit.log(personTable, id, QStringLiteral("edit"), personJson(*row, *aliases), personJson(before.person, *aliasesAfter))
        || !transaction.commit(error))
        return std::nullopt;
    return version;
}

std::optional<PersonMerge> PersonEditor::merge(qint64 keptId, int keptVersion, qint64 mergedId, int mergedVersion, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    const std::optional<QVariantMap> kept = readRecord(edit, personTable, keptId);
    if (!kept)
        return std::nullopt;
    if (keptId == mergedId) {
        edit.fail(EditRefusal::tr("%1 cannot be merged into itself").arg(describeRecord(personTable, *kept)));
        return std::nullopt;
    }
    const std::optional<QVariantMap> merged = readRecord(edit, personTable, mergedId);
    if (!merged || !checkRecordVersion(edit, personTable, *kept, keptVersion)
        || !checkRecordVersion(edit, personTable, *merged, mergedVersion))
        return std::nullopt;
    const std::optional<QList<QVariantMap>> keptAliases = readAliases(edit, keptId);
    const std::optional<QList<QVariantMap>> mergedAliases = readAliases(edit, mergedId);
    const std::optional<QList<qint64>> roleIds =
        idsOf(edit, QStringLiteral("SELECT id FROM role WHERE person_id = :id ORDER BY id"), mergedId);
    const std::optional<QList<qint64>> movementIds =
        idsOf(edit, QStringLiteral("SELECT id FROM movement WHERE person_id = :id ORDER BY id"), mergedId);
    if (!keptAliases || !mergedAliases || !roleIds || !movementIds)
        return std::nullopt;

    PersonMerge done;
    done.keptId = keptId;
    done.keptVersionBefore = keptVersion;
    done.keptVersionAfter = keptVersion + 1;
    done.mergedPerson = *merged;
    done.mergedAliases = *mergedAliases;
    done.roleIds = *roleIds;
    done.movementIds = *movementIds;

    // A name or alias the kept person already has is not added twice.
    QStringList present = namesOf(*kept) + aliasTexts(*keptAliases);
    QStringList namesToAdd;
    QList<qint64> aliasesToMove;
    for (const QString &name : namesOf(*merged)) {
        if (!present.contains(name))
            namesToAdd.append(name);
        present.append(name);
    }
    for (const QVariantMap &alias : *mergedAliases) {
        const QString text = alias.value(QStringLiteral("alias")).toString();
        if (!present.contains(text))
            aliasesToMove.append(alias.value(QStringLiteral("id")).toLongLong());
        present.append(text);
    }
    // The merged person's names and aliases leave the index with it; the aliases that move come
    // back under the kept person, and its facts' entries are handed over.
    if (!edit.unindexPerson(mergedId) || !moveFacts(edit, QStringLiteral("role"), done.roleIds, mergedId, keptId)
        || !moveFacts(edit, QStringLiteral("movement"), done.movementIds, mergedId, keptId)
        || !edit.reassignFacts(done.roleIds, done.movementIds, keptId))
        return std::nullopt;
    QSqlQuery moveAliases =
        edit.query(QStringLiteral("UPDATE person_alias SET person_id = :kept WHERE id IN (SELECT value FROM %1 AS listed)")
                       .arg(SqlDialect::idTable(edit.database(), QStringLiteral(":ids"))));
    moveAliases.bindValue(QStringLiteral(":kept"), keptId);
    moveAliases.bindValue(QStringLiteral(":ids"), idArray(aliasesToMove));
    // The merged person's other aliases go with it; nothing else refers to a person.
    QSqlQuery removeAliases = edit.query(QStringLiteral("DELETE FROM person_alias WHERE person_id = :merged"));
    removeAliases.bindValue(QStringLiteral(":merged"), mergedId);
    QSqlQuery remove = edit.query(QStringLiteral("DELETE FROM person WHERE id = :merged"));
    remove.bindValue(QStringLiteral(":merged"), mergedId);
    if (!edit.exec(moveAliases) || !edit.exec(removeAliases) || !edit.exec(remove))
        return std::nullopt;
    done.aliasIdsTaken = aliasesToMove;
    for (const QVariantMap &alias : *mergedAliases) {
        const qint64 aliasId = alias.value(QStringLiteral("id")).toLongLong();
        if (aliasesToMove.contains(aliasId) && !edit.index(SearchEntry::Alias, aliasId, keptId, alias.value(QStringLiteral("alias")).toString()))
            return std::nullopt;
    }
    for (const QString &name : namesToAdd) {
        const std::optional<qint64> aliasId = addAlias(edit, keptId, name);
        if (!aliasId)
            return std::nullopt;
        done.aliasIdsTaken.append(*aliasId);
    }
    QSqlQuery bump = edit.query(QStringLiteral("UPDATE person SET row_version = :version WHERE id = :id"));
    bump.bindValue(QStringLiteral(":version"), done.keptVersionAfter);
    bump.bindValue(QStringLiteral(":id"), keptId);
    const std::optional<QList<QVariantMap>> keptAliasesAfter = readAliases(edit, keptId);
    if (!edit.exec(bump) || !keptAliasesAfter
        || !edit.log(personTable, keptId, QStringLiteral("edit"), personJson(*kept, *keptAliases), personJson(*kept, *keptAliasesAfter))
        || !edit.log(personTable, mergedId, QStringLiteral("remove"), personJson(*merged, *mergedAliases), {})
        || !transaction.commit(error))
        return std::nullopt;
    return done;
}

std::optional<UnmergedVersions> PersonEditor::unmerge(const PersonMerge &merge, int keptBasedOnVersion, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    const qint64 mergedId = merge.mergedId();
    const std::optional<QVariantMap> kept = readRecord(edit, personTable, merge.keptId);
    if (!kept)
        return std::nullopt;
    const QString merged = describeRecord(personTable, merge.mergedPerson);
    if (kept->value(QStringLiteral("row_version")).toInt() != keptBasedOnVersion) {
        edit.fail(EditRefusal::tr("%1 was changed in another window since %2 was merged into it; the merge is kept")
                      .arg(describeRecord(personTable, *kept), merged));
        return std::nullopt;
    }
    const std::optional<bool> idFree = idIsFree(edit, personTable, mergedId);
    if (!idFree)
        return std::nullopt;
    if (!*idFree) {
        edit.fail(EditRefusal::tr("another person has taken the id of %1 since the merge; the merge is kept").arg(merged));
        return std::nullopt;
    }
    if (!namesAreFree(edit, personTable, mergedId, nameEnOf(merge.mergedPerson), nameZhOf(merge.mergedPerson), [&](const QString &holder) {
            return EditRefusal::tr("%1 already has these names; the merge of %2 is kept").arg(holder, merged);
        }))
        return std::nullopt;
    const std::optional<bool> rolesThere = allBelongTo(edit, QStringLiteral("role"), merge.roleIds, merge.keptId);
    const std::optional<bool> movementsThere = allBelongTo(edit, QStringLiteral("movement"), merge.movementIds, merge.keptId);
    const std::optional<bool> aliasesThere = allBelongTo(edit, QStringLiteral("person_alias"), merge.aliasIdsTaken, merge.keptId);
    if (!rolesThere || !movementsThere || !aliasesThere)
        return std::nullopt;
    if (!*rolesThere || !*movementsThere || !*aliasesThere) {
        edit.fail(
            EditRefusal::tr("a role, move or alias that came with %1 was removed since the merge; the merge is kept").arg(merged));
        return std::nullopt;
    }
    const std::optional<QList<QVariantMap>> keptAliases = readAliases(edit, merge.keptId);
    if (!keptAliases)
        return std::nullopt;

    for (const qint64 aliasId : merge.aliasIdsTaken) {
        if (!removeAlias(edit, aliasId))
            return std::nullopt;
    }
    // Both people at versions they never had: an edit read before the merge or while it stood is
    // refused.
    const UnmergedVersions versions{keptBasedOnVersion + 1, merge.mergedPerson.value(QStringLiteral("row_version")).toInt() + 1};
    QVariantMap mergedPerson = merge.mergedPerson;
    mergedPerson.insert(QStringLiteral("row_version"), versions.merged);
    if (!insertRow(edit, personTable, mergedPerson)
        || !indexNames(edit, mergedId, nameEnOf(merge.mergedPerson), nameZhOf(merge.mergedPerson)))
        return std::nullopt;
    for (const QVariantMap &alias : merge.mergedAliases) {
        if (!putAliasBack(edit, alias))
            return std::nullopt;
    }
    // The facts' entries go back with them, words cited since included.
    if (!moveFacts(edit, QStringLiteral("role"), merge.roleIds, merge.keptId, mergedId)
        || !moveFacts(edit, QStringLiteral("movement"), merge.movementIds, merge.keptId, mergedId)
        || !edit.reassignFacts(merge.roleIds, merge.movementIds, mergedId))
        return std::nullopt;
    QSqlQuery version = edit.query(QStringLiteral("UPDATE person SET row_version = :version WHERE id = :id"));
    version.bindValue(QStringLiteral(":version"), versions.kept);
    version.bindValue(QStringLiteral(":id"), merge.keptId);
    const std::optional<QList<QVariantMap>> keptAliasesAfter = readAliases(edit, merge.keptId);
    if (!edit.exec(version) || !keptAliasesAfter
        || !edit.log(personTable, mergedId, QStringLiteral("add"), {}, personJson(merge.mergedPerson, merge.mergedAliases))
        || !edit.log(personTable, merge.keptId, QStringLiteral("edit"), personJson(*kept, *keptAliases),
                     personJson(*kept, *keptAliasesAfter))
        || !transaction.commit(error))
        return std::nullopt;
    return versions;
}

namespace {

std::optional<QList<QVariantMap>> rowsWhere(Edit &edit, const QString &sql, qint64 id)
{
    QSqlQuery read = edit.query(sql);
    read.bindValue(QStringLiteral(":id"), id);
    return rowsOf(edit, read);
}

qint64 idOf(const QVariantMap &row)
{
    return row.value(QStringLiteral("id")).toLongLong();
}

} // namespace

std::optional<PersonFactCount> PersonEditor::factCount(qint64 id, QString *error) const
{
    Edit edit(m_db, error);
    QSqlQuery count = edit.query(QStringLiteral(
        "SELECT (SELECT count(*) FROM role WHERE person_id = :id), (SELECT count(*) FROM movement WHERE person_id = :id), "
        "(SELECT count(*) FROM citation WHERE role_id IN (SELECT id FROM role WHERE person_id = :id) "
        "OR movement_id IN (SELECT id FROM movement WHERE person_id = :id))"));
    count.bindValue(QStringLiteral(":id"), id);
    if (!edit.exec(count) || !count.next())
        return std::nullopt;
    return PersonFactCount{count.value(0).toInt(), count.value(1).toInt(), count.value(2).toInt()};
}

std::optional<RemovedPerson> PersonEditor::removePerson(qint64 id, int basedOnVersion, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    const std::optional<QVariantMap> row = readRecord(edit, personTable, id);
    if (!row || !checkRecordVersion(edit, personTable, *row, basedOnVersion))
        return std::nullopt;
    const std::optional<QList<QVariantMap>> aliases = readAliases(edit, id);
    const auto roles = rowsWhere(edit, QStringLiteral("SELECT * FROM role WHERE person_id = :id ORDER BY id"), id);
    const auto movements = rowsWhere(edit, QStringLiteral("SELECT * FROM movement WHERE person_id = :id ORDER BY id"), id);
    const auto citations = rowsWhere(edit,
                                     QStringLiteral("SELECT * FROM citation WHERE role_id IN (SELECT id FROM role WHERE person_id = :id) "
                                                    "OR movement_id IN (SELECT id FROM movement WHERE person_id = :id) ORDER BY id"),
                                     id);
    if (!aliases || !roles || !movements || !citations)
        return std::nullopt;
    RemovedPerson removed{*row, *aliases, *roles, *movements, *citations};

    // The search index first, while the rows its entries are found by are still there.
    if (!edit.unindexPerson(id))
        return std::nullopt;
    for (const QVariantMap &role : removed.roles) {
        if (!edit.unindex(SearchEntry::TitleEn, idOf(role)) || !edit.unindex(SearchEntry::TitleZh, idOf(role))
            || !edit.log(QStringLiteral("role"), idOf(role), QStringLiteral("remove"), rowJson(role), {}))
            return std::nullopt;
    }
    for (const QVariantMap &movement : removed.movements) {
        if (!edit.log(QStringLiteral("movement"), idOf(movement), QStringLiteral("remove"), rowJson(movement), {}))
            return std::nullopt;
    }
    for (const QVariantMap &citation : removed.citations) {
        if (!edit.unindex(SearchEntry::Citation, idOf(citation))
            || !edit.log(QStringLiteral("citation"), idOf(citation), QStringLiteral("remove"), rowJson(citation), {}))
            return std::nullopt;
    }
    const QList<QString> deletions{
        QStringLiteral("DELETE FROM citation WHERE role_id IN (SELECT id FROM role WHERE person_id = :id) "
                       "OR movement_id IN (SELECT id FROM movement WHERE person_id = :id)"),
        QStringLiteral("DELETE FROM role WHERE person_id = :id"), QStringLiteral("DELETE FROM movement WHERE person_id = :id"),
        QStringLiteral("DELETE FROM person_alias WHERE person_id = :id"), QStringLiteral("DELETE FROM person WHERE id = :id")};
    for (const QString &sql : deletions) {
        QSqlQuery remove = edit.query(sql);
        remove.bindValue(QStringLiteral(":id"), id);
        if (!edit.exec(remove))
            return std::nullopt;
    }
    if (!edit.log(personTable, id, QStringLiteral("remove"), personJson(*row, *aliases), {}) || !transaction.commit(error))
        return std::nullopt;
    return removed;
}

std::optional<int> PersonEditor::restoreRemoved(const RemovedPerson &removed, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    const qint64 id = removed.id();
    const QString who = describeRecord(personTable, removed.person);
    const std::optional<bool> idFree = idIsFree(edit, personTable, id);
    if (!idFree)
        return std::nullopt;
    if (!*idFree) {
        edit.fail(EditRefusal::tr("another person has taken the id of %1 since; it stays removed").arg(who));
        return std::nullopt;
    }
    if (!namesAreFree(edit, personTable, id, nameEnOf(removed.person), nameZhOf(removed.person),
                      [&](const QString &holder) {
                          return EditRefusal::tr("%1 already has these names; %2 stays removed").arg(holder, who);
                      }))
        return std::nullopt;
    // Facts and citations are referred to by id (citations, disputes, exports): each must come back as it was.
    for (const auto &[table, rows] : {std::pair{QStringLiteral("role"), &removed.roles},
                                      std::pair{QStringLiteral("movement"), &removed.movements},
                                      std::pair{QStringLiteral("citation"), &removed.citations}}) {
        for (const QVariantMap &row : *rows) {
            const std::optional<bool> free = idIsFree(edit, table, idOf(row));
            if (!free)
                return std::nullopt;
            if (!*free) {
                edit.fail(EditRefusal::tr("a role, move or citation of %1 has had its id %2 taken since; it stays removed")
                              .arg(who, QString::number(idOf(row))));
                return std::nullopt;
            }
        }
    }
    // Rows come back one version above the one they were removed at: an edit read before the
    // removal is stale.
    const auto nextVersion = [](QVariantMap row) {
        row.insert(QStringLiteral("row_version"), row.value(QStringLiteral("row_version")).toInt() + 1);
        return row;
    };
    if (!insertRow(edit, personTable, nextVersion(removed.person))
        || !indexNames(edit, id, nameEnOf(removed.person), nameZhOf(removed.person)))
        return std::nullopt;
    for (const QVariantMap &alias : removed.aliases) {
        if (!putAliasBack(edit, alias))
            return std::nullopt;
    }
    // A company a fact names that has gone since fails the insert's foreign key, and nothing is written.
    for (const QVariantMap &role : removed.roles) {
        if (!insertRow(edit, QStringLiteral("role"), nextVersion(role))
            || !edit.index(SearchEntry::TitleEn, idOf(role), id, role.value(QStringLiteral("title_en")).toString())
            || !edit.index(SearchEntry::TitleZh, idOf(role), id, role.value(QStringLiteral("title_zh")).toString())
            || !edit.log(QStringLiteral("role"), idOf(role), QStringLiteral("add"), {}, rowJson(role)))
            return std::nullopt;
    }
    for (const QVariantMap &movement : removed.movements) {
        if (!insertRow(edit, QStringLiteral("movement"), nextVersion(movement))
            || !edit.log(QStringLiteral("movement"), idOf(movement), QStringLiteral("add"), {}, rowJson(movement)))
            return std::nullopt;
    }
    for (const QVariantMap &citation : removed.citations) {
        if (!insertRow(edit, QStringLiteral("citation"), citation)
            || !edit.index(SearchEntry::Citation, idOf(citation), id, citation.value(QStringLiteral("text")).toString())
            || !edit.log(QStringLiteral("citation"), idOf(citation), QStringLiteral("add"), {}, rowJson(citation)))
            return std::nullopt;
    }
    if (!edit.log(personTable, id, QStringLiteral("add"), {}, personJson(removed.person, removed.aliases))
        || !transaction.commit(error))
        return std::nullopt;
    return removed.person.value(QStringLiteral("row_version")).toInt() + 1;
}

} // namespace talentflow
