#include "models/ChangeLog.h"

#include "models/SqlDialect.h"
#include "models/SqlErrors.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace talentflow {

namespace {

QVariant jsonText(const QJsonObject &object)
{
    return object.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace

ChangeLog::ChangeLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ChangeLog::record(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &before,
                       const QJsonObject &after, QString *error)
{
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO change_log (at, entity, entity_id, action, before, after) "
                                  "VALUES (:at, :entity, :entity_id, :action, :before, :after)"));
    insert.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insert.bindValue(QStringLiteral(":entity"), entity);
    insert.bindValue(QStringLiteral(":entity_id"), entityId);
    insert.bindValue(QStringLiteral(":action"), action);
    insert.bindValue(QStringLiteral(":before"), jsonText(before));
    insert.bindValue(QStringLiteral(":after"), jsonText(after));
    if (!insert.exec()) {
        if (error)
            *error = describeSqlError(insert.lastError());
        return false;
    }
    return true;
}

namespace {

std::optional<QList<ChangeRecord>> readRecords(QSqlQuery &query, QString *error)
{
    if (!query.exec()) {
        if (error)
            *error = describeSqlError(query.lastError());
        return std::nullopt;
    }
    QList<ChangeRecord> records;
    while (query.next()) {
        ChangeRecord record;
        record.id = query.value(0).toLongLong();
        record.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        record.entity = query.value(2).toString();
        record.entityId = query.value(3).toLongLong();
        record.action = query.value(4).toString();
        record.before = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        record.after = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        records.append(record);
    }
    return records;
}

} // namespace

std::optional<QList<ChangeRecord>> ChangeLog::history(const QString &entity, qint64 entityId, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, at, entity, entity_id, action, before, after FROM change_log "
                                 "WHERE entity = :entity AND entity_id = :entity_id ORDER BY id"));
    query.bindValue(QStringLiteral(":entity"), entity);
    query.bindValue(QStringLiteral(":entity_id"), entityId);
    return readRecords(query, error);
}

std::optional<QList<ChangeRecord>> ChangeLog::factHistory(const QString &table, qint64 factId, QString *error) const
{
    // A citation's row names its fact in the values it was added or removed with.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, at, entity, entity_id, action, before, after FROM change_log "
                                 "WHERE (entity = :table AND entity_id = :id) OR (entity = 'citation' AND %1 = :id) ORDER BY id")
                      .arg(SqlDialect::jsonInteger(m_db, QStringLiteral("coalesce(after, before)"), QStringLiteral(":factKey"))));
    query.bindValue(QStringLiteral(":table"), table);
    query.bindValue(QStringLiteral(":factKey"), table + QStringLiteral("_id"));
    query.bindValue(QStringLiteral(":id"), factId);
    return readRecords(query, error);
}

} // namespace talentflow
