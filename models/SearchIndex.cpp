#include "models/SearchIndex.h"

#include "models/SqlErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace talentflow {

namespace {

constexpr int idBits = 56;
constexpr qint64 idLimit = qint64(1) << idBits;

qint64 baseOf(SearchEntry entry)
{
    return qint64(entry) << idBits;
}

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = describeSqlError(query.lastError());
    return false;
}

} // namespace

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> SearchIndex::rowidOf(SearchEntry entry, qint64 rowId)
{
    if (rowId < 0 || rowId >= idLimit)
        return std::nullopt;
    return baseOf(entry) + rowId;
}

bool SearchIndex::add(SearchEntry entry, qint64 rowId, qint64 personId, const QString &text, QString *error)
{
    const std::optional<qint64> rowid = rowidOf(entry, rowId);
    if (!rowid || text.isEmpty())
        return true;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO search_index (rowid, person_id, text) VALUES (:rowid, :person, :text)"));
    insert.bindValue(QStringLiteral(":rowid"), *rowid);
    insert.bindValue(QStringLiteral(":person"), personId);
    insert.bindValue(QStringLiteral(":text"), text);
    return run(insert, error);
}

bool SearchIndex::remove(SearchEntry entry, qint64 rowId, QString *error)
{
    const std::optional<qint64> rowid = rowidOf(entry, rowId);
    if (!rowid)
        return true;
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid = :rowid"));
    remove.bindValue(QStringLiteral(":rowid"), *rowid);
    return run(remove, error);
}

bool SearchIndex::removePerson(qint64 personId, QString *error)
{
    if (!remove(SearchEntry::NameEn, personId, error) || !remove(SearchEntry::NameZh, personId, error))
        return false;
    QSqlQuery aliases(m_db);
    aliases.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid IN (SELECT :base + id FROM person_alias "
                                   "WHERE person_id = :person AND id >= 0 AND id < :limit)"));
    aliases.bindValue(QStringLiteral(":base"), baseOf(SearchEntry::Alias));
    aliases.bindValue(QStringLiteral(":person"), personId);
    aliases.bindValue(QStringLiteral(":limit"), idLimit);
    return run(aliases, error);
}

bool SearchIndex::reassignFacts(const QList<qint64> &roleIds, const QList<qint64> &movementIds, qint64 personId,
                                QString *error)
{
    QJsonArray roles;
    for (const qint64 id : roleIds)
        roles.append(id);
    QJsonArray movements;
    for (const qint64 id : movementIds)
        movements.append(id);
    // Entries are found by rowid only; their person is no index FTS5 can search.
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral(
        "UPDATE search_index SET person_id = :person WHERE rowid IN ("
        "SELECT :titleEn + id FROM role WHERE id IN (SELECT value FROM json_each(:roles)) AND id >= 0 AND id < :limit "
        "UNION ALL SELECT :titleZh + id FROM role WHERE id IN (SELECT value FROM json_each(:roles)) AND id >= 0 AND id < :limit "
        "UNION ALL SELECT :citation + id FROM citation WHERE role_id IN (SELECT value FROM json_each(:roles)) "
        "AND id >= 0 AND id < :limit "
        "UNION ALL SELECT :citation + id FROM citation WHERE movement_id IN (SELECT value FROM json_each(:movements)) "
        "AND id >= 0 AND id < :limit)"));
    update.bindValue(QStringLiteral(":person"), personId);
    update.bindValue(QStringLiteral(":titleEn"), baseOf(SearchEntry::TitleEn));
    update.bindValue(QStringLiteral(":titleZh"), baseOf(SearchEntry::TitleZh));
    update.bindValue(QStringLiteral(":citation"), baseOf(SearchEntry::Citation));
    update.bindValue(QStringLiteral(":roles"), QString::fromUtf8(QJsonDocument(roles).toJson(QJsonDocument::Compact)));
    update.bindValue(QStringLiteral(":movements"), QString::fromUtf8(QJsonDocument(movements).toJson(QJsonDocument::Compact)));
    update.bindValue(QStringLiteral(":limit"), idLimit);
    return run(update, error);
}

bool SearchIndex::rebuild(QString *error)
{
    // Each statement in rowid order: FTS5 writes out what it holds whenever a rowid goes back.
    const QList<QPair<SearchEntry, QString>> statements{
        {SearchEntry::NameEn, QStringLiteral("SELECT :base + id, id, name_en FROM person WHERE name_en <> '' "
                                             "AND id >= 0 AND id < :limit ORDER BY id")},
        {SearchEntry::NameZh, QStringLiteral("SELECT :base + id, id, name_zh FROM person WHERE name_zh <> '' "
                                             "AND id >= 0 AND id < :limit ORDER BY id")},
        {SearchEntry::Alias, QStringLiteral("SELECT :base + id, person_id, alias FROM person_alias "
                                            "WHERE id >= 0 AND id < :limit ORDER BY id")},
        {SearchEntry::TitleEn, QStringLiteral("SELECT :base + id, person_id, title_en FROM role WHERE title_en <> '' "
                                              "AND id >= 0 AND id < :limit ORDER BY id")},
        {SearchEntry::TitleZh, QStringLiteral("SELECT :base + id, person_id, title_zh FROM role WHERE title_zh <> '' "
                                              "AND id >= 0 AND id < :limit ORDER BY id")},
        // The words cited about a person, for a move or a role of theirs (not a side of a dispute).
        {SearchEntry::Citation,
         QStringLiteral("SELECT :base + c.id, coalesce(r.person_id, m.person_id), c.text FROM citation c "
                        "LEFT JOIN role r ON r.id = c.role_id LEFT JOIN movement m ON m.id = c.movement_id "
                        "WHERE coalesce(r.person_id, m.person_id) IS NOT NULL AND c.id >= 0 AND c.id < :limit ORDER BY c.id")},
    };
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM search_index"));
    if (!run(clear, error))
        return false;
    for (const auto &[entry, select] : statements) {
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO search_index (rowid, person_id, text) ") + select);
        insert.bindValue(QStringLiteral(":base"), baseOf(entry));
        insert.bindValue(QStringLiteral(":limit"), idLimit);
        if (!run(insert, error))
            return false;
    }
    return true;
}

} // namespace talentflow
