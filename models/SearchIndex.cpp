#include "models/SearchIndex.h"

#include "models/SqlDialect.h"

#include "models/SqlErrors.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

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

bool isNameEntry(SearchEntry entry)
{
    return entry == SearchEntry::NameEn || entry == SearchEntry::NameZh || entry == SearchEntry::Alias;
}

const char *const insertKeySql = "INSERT INTO search_key (entry, person_id, kind, key) VALUES (:entry, :person, :kind, :key)";

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
    if (isNameEntry(entry) && !(removeKeys(*rowid, error) && addKeys(*rowid, personId, text, error)))
        return false;
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
    if (isNameEntry(entry) && !removeKeys(*rowid, error))
        return false;
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid = :rowid"));
    remove.bindValue(QStringLiteral(":rowid"), *rowid);
    return run(remove, error);
}

bool SearchIndex::removePerson(qint64 personId, QString *error)
{
    if (!remove(SearchEntry::NameEn, personId, error) || !remove(SearchEntry::NameZh, personId, error))
        return false;
    for (const QString &table : {QStringLiteral("search_key"), QStringLiteral("search_index")}) {
        QSqlQuery aliases(m_db);
        // The table is one of the two above, never data.
        aliases.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 IN (SELECT :base + id FROM person_alias "
                                       "WHERE person_id = :person AND id >= 0 AND id < :limit)")
                            .arg(table, table == QLatin1String("search_key") ? QStringLiteral("entry") : QStringLiteral("rowid")));
        aliases.bindValue(QStringLiteral(":base"), baseOf(SearchEntry::Alias));
        aliases.bindValue(QStringLiteral(":person"), personId);
        aliases.bindValue(QStringLiteral(":limit"), idLimit);
        if (!run(aliases, error))
            return false;
    }
    return true;
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
        "SELECT :titleEn + id FROM role WHERE id IN (SELECT value FROM %1 AS listed) AND id >= 0 AND id < :limit "
        "UNION ALL SELECT :titleZh + id FROM role WHERE id IN (SELECT value FROM %1 AS listed) AND id >= 0 AND id < :limit "
        "UNION ALL SELECT :citation + id FROM citation WHERE role_id IN (SELECT value FROM %1 AS listed) "
        "AND id >= 0 AND id < :limit "
        "UNION ALL SELECT :citation + id FROM citation WHERE movement_id IN (SELECT value FROM %2 AS listed) "
        "AND id >= 0 AND id < :limit)")
                       .arg(SqlDialect::idTable(m_db, QStringLiteral(":roles")), SqlDialect::idTable(m_db, QStringLiteral(":movements"))));
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
    QElapsedTimer phase;
    phase.start();
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
    spdlog::debug("search index: entries in {} ms", phase.restart());
    const bool keyed = rebuildKeys(error);
    spdlog::debug("search index: name keys in {} ms", phase.restart());
    return keyed;
}

QStringList SearchIndex::keyIndexStatements()
{
    return {QStringLiteral("CREATE INDEX IF NOT EXISTS search_key_key ON search_key(key, person_id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS search_key_entry ON search_key(entry)")};
}

int SearchIndex::entryKindOf(qint64 rowid)
{
    return int(rowid >> idBits);
}

std::optional<NameReadings> SearchIndex::readings(QString *error) const
{
    if (m_readings)
        return m_readings;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, pinyin FROM name_reading"))) {
        if (error)
            *error = describeSqlError(query.lastError());
        return std::nullopt;
    }
    NameReadings readings;
    while (query.next())
        readings.insert(query.value(0).toString(), query.value(1).toString());
    m_readings = readings;
    return readings;
}

bool SearchIndex::addKeys(qint64 rowid, qint64 personId, const QString &text, QString *error)
{
    QSqlQuery insert(m_db);
    insert.prepare(QString::fromLatin1(insertKeySql));
    return addKeys(insert, rowid, personId, text, error);
}

std::optional<NameReadings> SearchIndex::readingsFor(const QString &text, QString *error) const
{
    // A rebuild has read them all; one name looks up only the readings it could use.
    if (m_readings)
        return m_readings;
    const QStringList candidates = NameKeys::readingCandidates(text);
    NameReadings found;
    if (candidates.isEmpty())
        return found;
    // One placeholder per candidate (a handful), each a key lookup.
    QStringList placeholders;
    for (qsizetype i = 0; i < candidates.size(); ++i)
        placeholders.append(QStringLiteral(":name%1").arg(i));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, pinyin FROM name_reading WHERE name IN (%1)").arg(placeholders.join(QLatin1Char(','))));
    for (qsizetype i = 0; i < candidates.size(); ++i)
        query.bindValue(placeholders.at(i), candidates.at(i));
    if (!run(query, error))
        return std::nullopt;
    while (query.next())
        found.insert(query.value(0).toString(), query.value(1).toString());
    return found;
}

bool SearchIndex::addKeys(QSqlQuery &insert, qint64 rowid, qint64 personId, const QString &text, QString *error)
{
    const std::optional<NameReadings> known = readingsFor(text, error);
    if (!known)
        return false;
    for (const NameKey &key : NameKeys::keysOf(text, *known)) {
        insert.bindValue(QStringLiteral(":entry"), rowid);
        insert.bindValue(QStringLiteral(":person"), personId);
        insert.bindValue(QStringLiteral(":kind"), int(key.kind));
        insert.bindValue(QStringLiteral(":key"), key.key);
        if (!run(insert, error))
            return false;
    }
    return true;
}

bool SearchIndex::removeKeys(qint64 rowid, QString *error)
{
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM search_key WHERE entry = :entry"));
    remove.bindValue(QStringLiteral(":entry"), rowid);
    return run(remove, error);
}

namespace {

// The name and alias entries of the search index, with the text each was taken from.
const char *const nameEntriesSql = "SELECT rowid, person_id, text FROM search_index WHERE rowid < :end";

} // namespace

bool SearchIndex::rebuildKeys(QString *error)
{
    // Every key again: in a file, the indexes are built once at the end, faster than row by row;
    // on a server, where other editors search meanwhile (and only the owner may drop them), they stay.
    const bool team = SqlDialect::isPostgres(m_db);
    const QStringList clearing = team ? QStringList{QStringLiteral("DELETE FROM search_key")}
                                      : QStringList{QStringLiteral("DROP INDEX IF EXISTS search_key_key"),
                                                    QStringLiteral("DROP INDEX IF EXISTS search_key_entry"),
                                                    QStringLiteral("DELETE FROM search_key")};
    QSqlQuery clear(m_db);
    for (const QString &statement : clearing) {
        if (!clear.exec(statement)) {
            if (error)
                *error = describeSqlError(clear.lastError());
            return false;
        }
    }
    QSqlQuery entries(m_db);
    // Keys are written while the entries are read: PostgreSQL's driver streams a forward-only
    // result and loses the rest of it when the connection runs another statement.
    entries.setForwardOnly(!SqlDialect::isPostgres(m_db));
    entries.prepare(QString::fromLatin1(nameEntriesSql));
    entries.bindValue(QStringLiteral(":end"), baseOf(SearchEntry::Alias) + idLimit);
    if (!run(entries, error))
        return false;
    if (!readings(error))
        return false;
    QSqlQuery insert(m_db);
    insert.prepare(QString::fromLatin1(insertKeySql));
    while (entries.next()) {
        if (!addKeys(insert, entries.value(0).toLongLong(), entries.value(1).toLongLong(), entries.value(2).toString(), error))
            return false;
    }
    for (const QString &statement : team ? QStringList() : keyIndexStatements()) {
        if (!clear.exec(statement)) {
            if (error)
                *error = describeSqlError(clear.lastError());
            return false;
        }
    }
    return true;
}

bool SearchIndex::setReading(const QString &name, const QString &pinyin, QString *error)
{
    QSqlQuery write(m_db);
    if (pinyin.trimmed().isEmpty()) {
        write.prepare(QStringLiteral("DELETE FROM name_reading WHERE name = :name"));
    } else {
        write.prepare(QStringLiteral("INSERT INTO name_reading (name, pinyin) VALUES (:name, :pinyin) "
                                     "ON CONFLICT (name) DO UPDATE SET pinyin = excluded.pinyin"));
        write.bindValue(QStringLiteral(":pinyin"), pinyin.simplified());
    }
    write.bindValue(QStringLiteral(":name"), name);
    if (!run(write, error))
        return false;
    m_readings.reset();
    // The names and aliases the reading can change, in any of the forms a reading applies to
    // (as written, simplified, run together): read in full, as such a change is rare.
    QSqlQuery affected(m_db);
    affected.setForwardOnly(true);
    affected.prepare(QString::fromLatin1(nameEntriesSql));
    affected.bindValue(QStringLiteral(":end"), baseOf(SearchEntry::Alias) + idLimit);
    if (!run(affected, error))
        return false;
    QList<std::tuple<qint64, qint64, QString>> rows;
    while (affected.next()) {
        const QString text = affected.value(2).toString();
        if (NameKeys::readingCandidates(text).contains(name))
            rows.append({affected.value(0).toLongLong(), affected.value(1).toLongLong(), text});
    }
    for (const auto &[rowid, personId, text] : rows) {
        if (!removeKeys(rowid, error) || !addKeys(rowid, personId, text, error))
            return false;
    }
    return true;
}

} // namespace talentflow
