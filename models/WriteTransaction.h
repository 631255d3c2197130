#pragma once

#include "models/SqlDialect.h"
#include "models/SqlErrors.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <spdlog/spdlog.h>

namespace talentflow {

// One edit and its change-log rows together, or none of them. The write lock is taken first
// (SqlDialect::beginWrite), so what the edit reads cannot change under it in another window.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlError why;
        m_open = SqlDialect::beginWrite(m_db, &why);
        if (!m_open)
            m_error = describeSqlError(why);
    }
    ~WriteTransaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    // With --verbose, the log says on which side of its commit an edit stopped.
    bool commit(QString *error)
    {
        spdlog::debug("edit: committing");
        QSqlQuery commit(m_db);
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            if (error)
                *error = describeSqlError(commit.lastError());
            return false;
        }
        m_open = false;
        spdlog::debug("edit: committed");
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

} // namespace talentflow
