#pragma once

// What the fact editors share: one edit's statements, run until the first failure, with their
// change-log rows and the search index kept in step. For models/ only.

#include "models/ChangeLog.h"
#include "models/FactRepository.h"
#include "models/SearchIndex.h"
#include "models/SqlErrors.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace talentflow::factedit {

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant dateOrNull(const PartialDate &date)
{
    return date.isKnown() ? QVariant(date.toIso()) : QVariant(QMetaType(QMetaType::QString));
}

inline QJsonValue dateJson(const PartialDate &date)
{
    return date.isKnown() ? QJsonValue(date.toIso()) : QJsonValue();
}


inline QString tableOf(FactType type)
{
    return type == FactType::Movement ? QStringLiteral("movement") : QStringLiteral("role");
}

inline QString describeFact(const FactRef &fact)
{
    return QStringLiteral("%1 %2").arg(tableOf(fact.type)).arg(fact.id);
}

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

private:
    QSqlDatabase m_db;
    QString *m_error;
};

// Whether one date holds the other ("September 2024" holds 26 September 2024): the same date told
// more or less precisely, no dispute. Years, months and days either nest or do not meet.
inline bool holdsOrIsHeld(const PartialDate &a, const PartialDate &b)
{
    return a.firstDay() <= b.lastDay() && b.firstDay() <= a.lastDay();
}


} // namespace talentflow::factedit
