#include "models/PersonEditor.h"

#include "models/EditRefusal.h"
#include "models/FactEdit.h"
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

// Ids as one JSON array, bound as one value and read with json_each.
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

std::optional<bool> rowidIsFree(Edit &edit, const QString &table, qint64 rowid)
{
    // The table is one of this file's constants.
    QSqlQuery used = edit.query(QStringLiteral("SELECT 1 FROM %1 WHERE rowid = :rowid").arg(table));
    used.bindValue(QStringLiteral(":rowid"), rowid);
    if (!edit.exec(used))
        return std::nullopt;
    return !used.next();
}

std::optional<qint64> addAlias(Edit &edit, qint64 personId, const QString &alias)
{
    QSqlQuery insert = edit.query(QStringLiteral("INSERT INTO person_alias (person_id, alias) VALUES (:person, :alias)"));
    insert.bindValue(QStringLiteral(":person"), personId);
    insert.bindValue(QStringLiteral(":alias"), alias);
    if (!edit.exec(insert))
        return std::nullopt;
    const qint64 id = insert.lastInsertId().toLongLong();
    if (!edit.index(SearchEntry::Alias, id, personId, alias))
        return std::nullopt;
    return id;
}

// Puts an alias row back with its id; nothing refers to an alias's id, so one taken since by
// another alias gives way to a new id rather than keep the alias out.
bool putAliasBack(Edit &edit, const QVariantMap &row)
{
    const std::optional<bool> free = rowidIsFree(edit, QStringLiteral("person_alias"), row.value(QStringLiteral("id")).toLongLong());
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
                                                 "(SELECT value FROM json_each(:ids))")
                                      .arg(table));
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
                                                "(SELECT value FROM json_each(:ids))")
                                     .arg(table));
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

bool PersonEditor::restore(const StoredPerson &before, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    Edit edit(m_db, error);
    const qint64 id = before.person.value(QStringLiteral("id")).toLongLong();
    const std::optional<QVariantMap> row = readRecord(edit, personTable, id);
    if (!row)
        return false;
    const QString edited = describeRecord(personTable, *row);
    if (row->value(QStringLiteral("row_version")).toInt() != before.versionAfter)
        return edit.fail(EditRefusal::tr("%1 was changed in another window since; it is left as it is").arg(edited));
    if (!namesAreFree(edit, personTable, id, nameEnOf(before.person), nameZhOf(before.person), [&](const QString &holder) {
            return EditRefusal::tr("%1 already has these names; the edit of %2 is kept").arg(holder, edited);
        }))
        return false;
    const std::optional<QList<QVariantMap>> aliases = readAliases(edit, id);
    if (!aliases)
        return false;
    const int versionBefore = before.person.value(QStringLiteral("row_version")).toInt();
    if (!setPersonRow(edit, id, nameEnOf(before.person), nameZhOf(before.person), versionBefore)
        || !indexNames(edit, id, nameEnOf(before.person), nameZhOf(before.person)))
        return false;
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
            return false;
    }
    for (const QVariantMap &alias : before.aliases) {
        if (!currentIds.contains(alias.value(QStringLiteral("id")).toLongLong())
            && !putAliasBack(edit, alias))
            return false;
    }
    const std::optional<QList<QVariantMap>> aliasesAfter = readAliases(edit, id);
    return aliasesAfter
        && edit.log(personTable, id, QStringLiteral("edit"), personJson(*row, *aliases), personJson(before.person, *aliasesAfter))
        && transaction.commit(error);
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
        edit.query(QStringLiteral("UPDATE person_alias SET person_id = :kept WHERE id IN (SELECT value FROM json_each(:ids))"));
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

bool PersonEditor::unmerge(const PersonMerge &merge, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    Edit edit(m_db, error);
    const qint64 mergedId = merge.mergedId();
    const std::optional<QVariantMap> kept = readRecord(edit, personTable, merge.keptId);
    if (!kept)
        return false;
    const QString merged = describeRecord(personTable, merge.mergedPerson);
    if (kept->value(QStringLiteral("row_version")).toInt() != merge.keptVersionAfter)
        return edit.fail(EditRefusal::tr("%1 was changed in another window since %2 was merged into it; the merge is kept")
                             .arg(describeRecord(personTable, *kept), merged));
    const std::optional<bool> idFree = rowidIsFree(edit, personTable, mergedId);
    if (!idFree)
        return false;
    if (!*idFree)
        return edit.fail(EditRefusal::tr("another person has taken the id of %1 since the merge; the merge is kept").arg(merged));
    if (!namesAreFree(edit, personTable, mergedId, nameEnOf(merge.mergedPerson), nameZhOf(merge.mergedPerson), [&](const QString &holder) {
            return EditRefusal::tr("%1 already has these names; the merge of %2 is kept").arg(holder, merged);
        }))
        return false;
    const std::optional<bool> rolesThere = allBelongTo(edit, QStringLiteral("role"), merge.roleIds, merge.keptId);
    const std::optional<bool> movementsThere = allBelongTo(edit, QStringLiteral("movement"), merge.movementIds, merge.keptId);
    const std::optional<bool> aliasesThere = allBelongTo(edit, QStringLiteral("person_alias"), merge.aliasIdsTaken, merge.keptId);
    if (!rolesThere || !movementsThere || !aliasesThere)
        return false;
    if (!*rolesThere || !*movementsThere || !*aliasesThere)
        return edit.fail(
            EditRefusal::tr("a role, move or alias that came with %1 was removed since the merge; the merge is kept").arg(merged));
    const std::optional<QList<QVariantMap>> keptAliases = readAliases(edit, merge.keptId);
    if (!keptAliases)
        return false;

    for (const qint64 aliasId : merge.aliasIdsTaken) {
        if (!removeAlias(edit, aliasId))
            return false;
    }
    if (!insertRow(edit, personTable, merge.mergedPerson)
        || !indexNames(edit, mergedId, nameEnOf(merge.mergedPerson), nameZhOf(merge.mergedPerson)))
        return false;
    for (const QVariantMap &alias : merge.mergedAliases) {
        if (!putAliasBack(edit, alias))
            return false;
    }
    // The facts' entries go back with them, words cited since included.
    if (!moveFacts(edit, QStringLiteral("role"), merge.roleIds, merge.keptId, mergedId)
        || !moveFacts(edit, QStringLiteral("movement"), merge.movementIds, merge.keptId, mergedId)
        || !edit.reassignFacts(merge.roleIds, merge.movementIds, mergedId))
        return false;
    QSqlQuery version = edit.query(QStringLiteral("UPDATE person SET row_version = :version WHERE id = :id"));
    version.bindValue(QStringLiteral(":version"), merge.keptVersionBefore);
    version.bindValue(QStringLiteral(":id"), merge.keptId);
    const std::optional<QList<QVariantMap>> keptAliasesAfter = readAliases(edit, merge.keptId);
    return edit.exec(version) && keptAliasesAfter
        && edit.log(personTable, mergedId, QStringLiteral("add"), {}, personJson(merge.mergedPerson, merge.mergedAliases))
        && edit.log(personTable, merge.keptId, QStringLiteral("edit"), personJson(*kept, *keptAliases),
                    personJson(*kept, *keptAliasesAfter))
        && transaction.commit(error);
}

} // namespace talentflow
