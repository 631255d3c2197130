#pragma once

// What the fact and people editors share: one edit's statements, run until the first failure,
// with their change-log rows and the search index kept in step. For models/ only.

#include "models/ChangeLog.h"
#include "models/FactRepository.h"
#include "models/SearchIndex.h"
#include "models/SqlErrors.h"
#include "models/SqlValues.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariantMap>
#include <QVariant>

#include <functional>
#include <optional>

namespace talentflow::factedit {

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant dateOrNull(const PartialDate &date)
{
    return date.isKnown() ? QVariant(date.toIso()) : QVariant(QMetaType(QMetaType::QString));
}

// An INSERT's id column and value when the row is to have a given id (undo puts one back), none
// when the database is to choose it: PostgreSQL's identity column takes no NULL for "choose".
inline QString wantedIdColumn(qint64 wantedId)
{
    return wantedId > 0 ? QStringLiteral("id, ") : QString();
}
inline QString wantedIdValue(qint64 wantedId)
{
    return wantedId > 0 ? QStringLiteral(":id, ") : QString();
}
inline void bindWantedId(QSqlQuery &insert, qint64 wantedId)
{
    if (wantedId > 0)
        insert.bindValue(QStringLiteral(":id"), wantedId);
}

inline QJsonValue dateJson(const PartialDate &date)
{
    return date.isKnown() ? QJsonValue(date.toIso()) : QJsonValue();
}


inline QString tableOf(FactType type)
{
    return type == FactType::Movement ? QStringLiteral("movement") : QStringLiteral("role");
}

// A fact as a message names it: "movement 12", "role 7". Translated, so never for the log.
QString describeFact(const FactRef &fact);

// "there is no movement 12": a fact that is not stored.
QString noSuchFact(const FactRef &fact);

// "there is no person 12" (table: "person" or "company").
QString noSuchRecord(const QString &table, qint64 id);

// Runs the queries of one edit, stopping at the first failure with its reason.
class Edit
{
public:
    Edit(QSqlDatabase db, QString *error)
        : m_db(std::move(db))
        , m_error(error)
    {
    }

    bool exec(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        return fail(describeSqlError(query.lastError()));
    }
    bool fail(const QString &why)
    {
        if (m_error)
            *m_error = why;
        return false;
    }
    QSqlDatabase database() const { return m_db; }
    QSqlQuery query(const QString &sql)
    {
        QSqlQuery query(m_db);
        query.prepare(sql);
        return query;
    }
    bool log(const QString &entity, qint64 id, const QString &action, const QJsonObject &before, const QJsonObject &after)
    {
        return ChangeLog(m_db).record(entity, id, action, before, after, m_error);
    }
    // The search index holds a person's names and every excerpt cited about them, each entry
    // under the row it came from.
    bool index(SearchEntry entry, qint64 rowId, qint64 personId, const QString &text)
    {
        return SearchIndex(m_db).add(entry, rowId, personId, text, m_error);
    }
    bool unindex(SearchEntry entry, qint64 rowId) { return SearchIndex(m_db).remove(entry, rowId, m_error); }
    bool unindexPerson(qint64 personId) { return SearchIndex(m_db).removePerson(personId, m_error); }
    bool reassignFacts(const QList<qint64> &roleIds, const QList<qint64> &movementIds, qint64 personId)
    {
        return SearchIndex(m_db).reassignFacts(roleIds, movementIds, personId, m_error);
    }

private:
    QSqlDatabase m_db;
    QString *m_error;
};

// A row as its columns, by the schema's names for them.
inline QVariantMap rowOf(const QSqlQuery &query)
{
    QVariantMap row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), query.value(i));
    return row;
}

// A row as the change log keeps it: a NULL column is null, as neither driver's typed null
// becomes by itself (an empty text for SQLite's, 0 for PostgreSQL's).
inline QJsonObject rowJson(const QVariantMap &row)
{
    QJsonObject object;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        object.insert(it.key(), it.value().isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(it.value()));
    return object;
}

// The rows a query finds, each as its columns; the columns' names are the schema's own.
inline std::optional<QList<QVariantMap>> rowsOf(Edit &edit, QSqlQuery &query)
{
    if (!edit.exec(query))
        return std::nullopt;
    QList<QVariantMap> rows;
    while (query.next())
        rows.append(rowOf(query));
    return rows;
}

inline bool insertRow(Edit &edit, const QString &table, const QVariantMap &row)
{
    // Column names come from the schema (they were read back from it), never from user text.
    QStringList columns;
    QStringList values;
    const QSqlDatabase db = edit.database();
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        columns.append(db.driver()->escapeIdentifier(it.key(), QSqlDriver::FieldName)); // "end" is a keyword

        values.append(QStringLiteral(":") + it.key());
    }
    QSqlQuery insert = edit.query(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                      .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", "))));
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        insert.bindValue(QStringLiteral(":") + it.key(), it.value());
    return edit.exec(insert);
}

// A name as a message quotes it: at most 100 characters, never cutting 𠮷 in half.
inline QString clippedName(const QString &name)
{
    QString shown = name.left(100);
    if (!shown.isEmpty() && shown.back().isHighSurrogate())
        shown.chop(1);
    return shown.size() < name.size() ? shown + QStringLiteral("…") : shown;
}

// A person or company as a message names it: "person 5 “Barret Zoph / 巴雷特·佐夫”".
QString describeRecord(const QString &table, const QVariantMap &row);

// What is wrong with a person's or company's names as an edit gives them, in one line; empty
// when they can be stored (trimmed, as they will be).
QString problemWithNames(const QString &table, const QString &nameEn, const QString &nameZh);

// A person's or company's row (table: one of the two, never data); refused when there is none.
std::optional<QVariantMap> readRecord(Edit &edit, const QString &table, qint64 id);

bool checkRecordVersion(Edit &edit, const QString &table, const QVariantMap &row, int basedOn);

// Refused when another record of the table already has both names (the schema's UNIQUE pair),
// with the reason the caller words around the record that has them: one whole sentence to
// translate, never two halves glued.
inline bool namesAreFree(Edit &edit, const QString &table, qint64 id, const QString &nameEn, const QString &nameZh,
                         const std::function<QString(const QString &holder)> &refusal)
{
    QSqlQuery other = edit.query(QStringLiteral("SELECT * FROM %1 WHERE name_en = :en AND name_zh = :zh AND id <> :id").arg(table));
    other.bindValue(QStringLiteral(":en"), nameEn);
    other.bindValue(QStringLiteral(":zh"), nameZh);
    other.bindValue(QStringLiteral(":id"), id);
    const std::optional<QList<QVariantMap>> found = rowsOf(edit, other);
    if (!found)
        return false;
    if (!found->isEmpty())
        return edit.fail(refusal(describeRecord(table, found->first())));
    return true;
}

// Whether one date holds the other ("September 2024" holds 26 September 2024): the same date told
// more or less precisely, no dispute. Years, months and days either nest or do not meet.
inline bool holdsOrIsHeld(const PartialDate &a, const PartialDate &b)
{
    return a.firstDay() <= b.lastDay() && b.firstDay() <= a.lastDay();
}


} // namespace talentflow::factedit
