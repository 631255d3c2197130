#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace talentflow {

// One recorded edit: when, to what, which way, and the record before and after (as JSON).
struct ChangeRecord
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString entity; // "source", later "movement", "role", "person", "company", "citation"
    qint64 entityId = 0;
    QString action; // "add", "edit", "remove"
    QJsonObject before;
    QJsonObject after;
};

// Every edit made through Talentflow, kept in the database itself, written in the same
// transaction as the edit so that one is never there without the other.
class ChangeLog
{
public:
    explicit ChangeLog(QSqlDatabase db);

    bool record(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &before,
                const QJsonObject &after, QString *error);
    // An entity's changes, oldest first.
    std::optional<QList<ChangeRecord>> history(const QString &entity, qint64 entityId, QString *error) const;
    // A fact's changes with those of its citations, oldest first (table: "movement" or "role").
    std::optional<QList<ChangeRecord>> factHistory(const QString &table, qint64 factId, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace talentflow
