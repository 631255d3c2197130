#include "models/PersonEditor.h"

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

std::optional<QList<IndexedText>> indexRowsOf(Edit &edit, qint64 personId)
{
    QSqlQuery read = edit.query(QStringLiteral("SELECT rowid, text FROM search_index WHERE person_id = :person ORDER BY rowid"));
    read.bindValue(QStringLiteral(":person"), personId);
    if (!edit.exec(read))
        return std::nullopt;
    QList<IndexedText> rows;
    while (read.next())
        rows.append({read.value(0).toLongLong(), read.value(1).toString()});
    return rows;
}

// Takes one of the person's index rows of this text out, and keeps which it was, to put it back.
bool unindexRow(Edit &edit, qint64 personId, const QString &text, QList<IndexedText> *taken)
{
    QSqlQuery find = edit.query(QStringLiteral("SELECT rowid FROM search_index WHERE person_id = :person AND text = :text LIMIT 1"));
    find.bindValue(QStringLiteral(":person"), personId);
    find.bindValue(QStringLiteral(":text"), text);
    if (!edit.exec(find))
        return false;
    if (!find.next())
        return true; // an index out of step: nothing to take out
    const qint64 rowid = find.value(0).toLongLong();
    QSqlQuery remove = edit.query(QStringLiteral("DELETE FROM search_index WHERE rowid = :rowid"));
    remove.bindValue(QStringLiteral(":rowid"), rowid);
    if (!edit.exec(remove))
        return false;
    if (taken)
        taken->append({rowid, text});
    return true;
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

// Indexes the text for the person under the rowid it had, when one was kept for it and nothing
// has taken it since; otherwise under a new one.
bool reindexRow(Edit &edit, qint64 personId, const QString &text, QList<IndexedText> *kept)
{
    for (int i = 0; i < kept->size(); ++i) {
        if (kept->at(i).text != text)
            continue;
        const qint64 rowid = kept->takeAt(i).rowid;
        const std::optional<bool> free = rowidIsFree(edit, QStringLiteral("search_index"), rowid);
        if (!free)
            return false;
        if (!*free)
            break;
        QSqlQuery insert = edit.query(QStringLiteral("INSERT INTO search_index (rowid, person_id, text) VALUES (:rowid, :person, :text)"));
        insert.bindValue(QStringLiteral(":rowid"), rowid);
        insert.bindValue(QStringLiteral(":person"), personId);
        insert.bindValue(QStringLiteral(":text"), text);
        return edit.exec(insert);
    }
    return edit.index(personId, text);
}

std::optional<qint64> addAlias(Edit &edit, qint64 personId, const QString &alias)
{
    QSqlQuery insert = edit.query(QStringLiteral("INSERT INTO person_alias (person_id, alias) VALUES (:person, :alias)"));
    insert.bindValue(QStringLiteral(":person"), personId);
    insert.bindValue(QStringLiteral(":alias"), alias);
    if (!edit.exec(insert))
        return std::nullopt;
    return insert.lastInsertId().toLongLong();
}

// Puts an alias row back with its id; nothing refers to an alias's id, so one taken since by
// another alias gives way to a new id rather than keep the alias out.
bool putAliasBack(Edit &edit, const QVariantMap &row)
{
    const std::optional<bool> free = rowidIsFree(edit, QStringLiteral("person_alias"), row.value(QStringLiteral("id")).toLongLong());
    if (!free)
        return false;
    if (*free)
        return insertRow(edit, QStringLiteral("person_alias"), row);
    return addAlias(edit, row.value(QStringLiteral("person_id")).toLongLong(), row.value(QStringLiteral("alias")).toString()).has_value();
}

// Exchanges one indexed name for another where the edit changed it: the row taken out is kept in
// taken, and the new one takes a rowid from kept where one was kept for it.
bool reindexName(Edit &edit, qint64 personId, const QString &from, const QString &to, QList<IndexedText> *taken,
                 QList<IndexedText> *kept)
{
    if (from == to)
        return true;
    if (!from.isEmpty() && !unindexRow(edit, personId, from, taken))
        return false;
    if (to.isEmpty())
        return true;
    QList<IndexedText> none;
    return reindexRow(edit, personId, to, kept ? kept : &none);
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

// What the search index holds for these roles and moves: titles and cited words.
std::optional<QStringList> factTexts(Edit &edit, const QList<qint64> &roleIds, const QList<qint64> &movementIds)
{
    QSqlQuery read = edit.query(QStringLiteral(
        "SELECT title_en FROM role WHERE id IN (SELECT value FROM json_each(:roles)) AND title_en <> '' "
        "UNION ALL SELECT title_zh FROM role WHERE id IN (SELECT value FROM json_each(:roles)) AND title_zh <> '' "
        "UNION ALL SELECT text FROM citation WHERE role_id IN (SELECT value FROM json_each(:roles)) "
        "UNION ALL SELECT text FROM citation WHERE movement_id IN (SELECT value FROM json_each(:movements))"));
    read.bindValue(QStringLiteral(":roles"), idArray(roleIds));
    read.bindValue(QStringLiteral(":movements"), idArray(movementIds));
    if (!edit.exec(read))
        return std::nullopt;
    QStringList texts;
    while (read.next())
        texts.append(read.value(0).toString());
    return texts;
}

bool moveIndexRow(Edit &edit, qint64 rowid, qint64 to)
{
    QSqlQuery update = edit.query(QStringLiteral("UPDATE search_index SET person_id = :to WHERE rowid = :rowid"));
    update.bindValue(QStringLiteral(":to"), to);
    update.bindValue(QStringLiteral(":rowid"), rowid);
    return edit.exec(update);
}

// Hands one index row of the text from one person to another: the one it was when the merge
// took it (kept), or one put back for a name the merge dropped (dropped), or else any of them
// (words cited after the merge).
bool handBackIndexRow(Edit &edit, const QString &text, qint64 from, qint64 to, QList<IndexedText> *kept,
                      QList<IndexedText> *dropped)
{
    for (int i = 0; i < kept->size(); ++i) {
        if (kept->at(i).text != text)
            continue;
        const qint64 rowid = kept->takeAt(i).rowid;
        QSqlQuery still = edit.query(
            QStringLiteral("SELECT 1 FROM search_index WHERE rowid = :rowid AND person_id = :from AND text = :text"));
        still.bindValue(QStringLiteral(":rowid"), rowid);
        still.bindValue(QStringLiteral(":from"), from);
        still.bindValue(QStringLiteral(":text"), text);
        if (!edit.exec(still))
            return false;
        if (still.next())
            return moveIndexRow(edit, rowid, to);
        break;
    }
    if (std::any_of(dropped->cbegin(), dropped->cend(), [&](const IndexedText &row) { return row.text == text; }))
        return reindexRow(edit, to, text, dropped);
    QSqlQuery find = edit.query(QStringLiteral("SELECT rowid FROM search_index WHERE person_id = :from AND text = :text LIMIT 1"));
    find.bindValue(QStringLiteral(":from"), from);
    find.bindValue(QStringLiteral(":text"), text);
    if (!edit.exec(find))
        return false;
    return find.next() ? moveIndexRow(edit, find.value(0).toLongLong(), to) : edit.index(to, text);
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
            return QStringLiteral("an alias is empty");
        if (alias.trimmed().size() > FactRepository::maxNameLength)
            return QStringLiteral("the alias “%1” is longer than %2 characters")
                .arg(clippedName(alias.trimmed()))
                .arg(FactRepository::maxNameLength);
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
            edit.fail(QStringLiteral("%1 has no alias “%2”").arg(describeRecord(personTable, *row), clippedName(alias.trimmed())));
            return std::nullopt;
        }
        removed.append(alias.trimmed());
    }
    QStringList added;
    for (const QString &alias : change.addedAliases) {
        if (remaining.contains(alias.trimmed())) {
            edit.fail(QStringLiteral("%1 already has the alias “%2”")
                          .arg(describeRecord(personTable, *row), clippedName(alias.trimmed())));
            return std::nullopt;
        }
        remaining.append(alias.trimmed());
        added.append(alias.trimmed());
    }
    if (!namesAreFree(edit, personTable, id, nameEn, nameZh, QStringLiteral("if they are one person, merge them instead")))
        return std::nullopt;

    StoredPerson before{*row, *aliases, {}, basedOnVersion + 1};
    if (!setPersonRow(edit, id, nameEn, nameZh, basedOnVersion + 1)
        || !reindexName(edit, id, nameEnOf(*row), nameEn, &before.unindexed, nullptr)
        || !reindexName(edit, id, nameZhOf(*row), nameZh, &before.unindexed, nullptr))
        return std::nullopt;
    for (const QString &alias : removed) {
        QSqlQuery remove = edit.query(QStringLiteral("DELETE FROM person_alias WHERE person_id = :person AND alias = :alias"));
        remove.bindValue(QStringLiteral(":person"), id);
        remove.bindValue(QStringLiteral(":alias"), alias);
        if (!edit.exec(remove) || !unindexRow(edit, id, alias, &before.unindexed))
            return std::nullopt;
    }
    for (const QString &alias : added) {
        if (!addAlias(edit, id, alias) || !edit.index(id, alias))
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
    if (row->value(QStringLiteral("row_version")).toInt() != before.versionAfter)
        return edit.fail(
            QStringLiteral("%1 was changed in another window since; it is left as it is").arg(describeRecord(personTable, *row)));
    if (!namesAreFree(edit, personTable, id, nameEnOf(before.person), nameZhOf(before.person),
                      QStringLiteral("the edit of %1 is kept").arg(describeRecord(personTable, *row))))
        return false;
    const std::optional<QList<QVariantMap>> aliases = readAliases(edit, id);
    if (!aliases)
        return false;
    QList<IndexedText> kept = before.unindexed;
    const int versionBefore = before.person.value(QStringLiteral("row_version")).toInt();
    if (!setPersonRow(edit, id, nameEnOf(before.person), nameZhOf(before.person), versionBefore)
        || !reindexName(edit, id, nameEnOf(*row), nameEnOf(before.person), nullptr, &kept)
        || !reindexName(edit, id, nameZhOf(*row), nameZhOf(before.person), nullptr, &kept))
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
        QSqlQuery remove = edit.query(QStringLiteral("DELETE FROM person_alias WHERE id = :id"));
        remove.bindValue(QStringLiteral(":id"), aliasId);
        if (!edit.exec(remove) || !unindexRow(edit, id, alias.value(QStringLiteral("alias")).toString(), nullptr))
            return false;
    }
    for (const QVariantMap &alias : before.aliases) {
        if (!currentIds.contains(alias.value(QStringLiteral("id")).toLongLong())
            && (!putAliasBack(edit, alias) || !reindexRow(edit, id, alias.value(QStringLiteral("alias")).toString(), &kept)))
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
        edit.fail(QStringLiteral("%1 cannot be merged into itself").arg(describeRecord(personTable, *kept)));
        return std::nullopt;
    }
    const std::optional<QVariantMap> merged = readRecord(edit, personTable, mergedId);
    if (!merged || !checkRecordVersion(edit, personTable, *kept, keptVersion)
        || !checkRecordVersion(edit, personTable, *merged, mergedVersion))
        return std::nullopt;
    const std::optional<QList<QVariantMap>> keptAliases = readAliases(edit, keptId);
    const std::optional<QList<QVariantMap>> mergedAliases = readAliases(edit, mergedId);
    const std::optional<QList<IndexedText>> mergedIndex = indexRowsOf(edit, mergedId);
    const std::optional<QList<qint64>> roleIds =
        idsOf(edit, QStringLiteral("SELECT id FROM role WHERE person_id = :id ORDER BY id"), mergedId);
    const std::optional<QList<qint64>> movementIds =
        idsOf(edit, QStringLiteral("SELECT id FROM movement WHERE person_id = :id ORDER BY id"), mergedId);
    if (!keptAliases || !mergedAliases || !mergedIndex || !roleIds || !movementIds)
        return std::nullopt;

    PersonMerge done;
    done.keptId = keptId;
    done.keptVersionBefore = keptVersion;
    done.keptVersionAfter = keptVersion + 1;
    done.mergedPerson = *merged;
    done.mergedAliases = *mergedAliases;
    done.roleIds = *roleIds;
    done.movementIds = *movementIds;
    done.mergedIndex = *mergedIndex;

    // A name or alias the kept person already has is not added twice; its index row goes.
    QStringList present = namesOf(*kept) + aliasTexts(*keptAliases);
    QStringList namesToAdd;
    QList<qint64> aliasesToMove;
    QStringList dropped;
    for (const QString &name : namesOf(*merged)) {
        (present.contains(name) ? dropped : namesToAdd).append(name);
        present.append(name);
    }
    for (const QVariantMap &alias : *mergedAliases) {
        const QString text = alias.value(QStringLiteral("alias")).toString();
        if (present.contains(text))
            dropped.append(text);
        else
            aliasesToMove.append(alias.value(QStringLiteral("id")).toLongLong());
        present.append(text);
    }
    QList<IndexedText> unused = *mergedIndex;
    for (const QString &text : dropped) {
        const auto row = std::find_if(unused.begin(), unused.end(), [&](const IndexedText &r) { return r.text == text; });
        if (row == unused.end())
            continue; // an index out of step: nothing to take out
        QSqlQuery remove = edit.query(QStringLiteral("DELETE FROM search_index WHERE rowid = :rowid"));
        remove.bindValue(QStringLiteral(":rowid"), row->rowid);
        if (!edit.exec(remove))
            return std::nullopt;
        done.droppedIndex.append(*row);
        unused.erase(row);
    }
    QSqlQuery reindex = edit.query(QStringLiteral("UPDATE search_index SET person_id = :kept WHERE person_id = :merged"));
    reindex.bindValue(QStringLiteral(":kept"), keptId);
    reindex.bindValue(QStringLiteral(":merged"), mergedId);
    if (!edit.exec(reindex) || !moveFacts(edit, QStringLiteral("role"), done.roleIds, mergedId, keptId)
        || !moveFacts(edit, QStringLiteral("movement"), done.movementIds, mergedId, keptId))
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
        return edit.fail(QStringLiteral("%1 was changed in another window since %2 was merged into it; the merge is kept")
                             .arg(describeRecord(personTable, *kept), merged));
    const std::optional<bool> idFree = rowidIsFree(edit, personTable, mergedId);
    if (!idFree)
        return false;
    if (!*idFree)
        return edit.fail(QStringLiteral("another person has taken the id of %1 since the merge; the merge is kept").arg(merged));
    if (!namesAreFree(edit, personTable, mergedId, nameEnOf(merge.mergedPerson), nameZhOf(merge.mergedPerson),
                      QStringLiteral("the merge of %1 is kept").arg(merged)))
        return false;
    const std::optional<bool> rolesThere = allBelongTo(edit, QStringLiteral("role"), merge.roleIds, merge.keptId);
    const std::optional<bool> movementsThere = allBelongTo(edit, QStringLiteral("movement"), merge.movementIds, merge.keptId);
    const std::optional<bool> aliasesThere = allBelongTo(edit, QStringLiteral("person_alias"), merge.aliasIdsTaken, merge.keptId);
    if (!rolesThere || !movementsThere || !aliasesThere)
        return false;
    if (!*rolesThere || !*movementsThere || !*aliasesThere)
        return edit.fail(
            QStringLiteral("a role, move or alias that came with %1 was removed since the merge; the merge is kept").arg(merged));
    const std::optional<QList<QVariantMap>> keptAliases = readAliases(edit, merge.keptId);
    if (!keptAliases)
        return false;

    QSqlQuery removeTaken = edit.query(QStringLiteral("DELETE FROM person_alias WHERE id IN (SELECT value FROM json_each(:ids))"));
    removeTaken.bindValue(QStringLiteral(":ids"), idArray(merge.aliasIdsTaken));
    if (!insertRow(edit, personTable, merge.mergedPerson) || !edit.exec(removeTaken))
        return false;
    for (const QVariantMap &alias : merge.mergedAliases) {
        if (!putAliasBack(edit, alias))
            return false;
    }
    if (!moveFacts(edit, QStringLiteral("role"), merge.roleIds, merge.keptId, mergedId)
        || !moveFacts(edit, QStringLiteral("movement"), merge.movementIds, merge.keptId, mergedId))
        return false;
    // The merged person's names and aliases as they were, and its facts' titles and words as
    // they are now (a citation added since is handed back too).
    const std::optional<QStringList> texts = factTexts(edit, merge.roleIds, merge.movementIds);
    if (!texts)
        return false;
    QList<IndexedText> moved;
    for (const IndexedText &row : merge.mergedIndex) {
        if (!merge.droppedIndex.contains(row))
            moved.append(row);
    }
    QList<IndexedText> dropped = merge.droppedIndex;
    for (const QString &text : namesOf(merge.mergedPerson) + aliasTexts(merge.mergedAliases) + *texts) {
        if (!handBackIndexRow(edit, text, merge.keptId, mergedId, &moved, &dropped))
            return false;
    }
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
