#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace talentflow {

// A company as an edit form shows it, with the row version the form is based on.
struct CompanyFields
{
    QString nameEn;
    QString nameZh;
    int version = 0;
};

// A company's row as it was before an edit, column by column, to put back exactly.
struct StoredCompany
{
    QVariantMap company;  // row_version included
    int versionAfter = 0; // the row version the edit left
};

// Corrections of companies' names. Each call is one transaction with its change-log row; an edit
// names the row version it was based on, and a company changed since is refused.
class CompanyEditor
{
public:
    explicit CompanyEditor(QSqlDatabase db);

    std::optional<CompanyFields> company(qint64 id, QString *error) const;
    // The row as it was, to put back with restore().
    std::optional<StoredCompany> editCompany(qint64 id, const QString &nameEn, const QString &nameZh, int basedOnVersion,
                                             QString *error);
    // Puts the names back if the company is still at basedOnVersion (the version the window's last
    // write left), at the next row version, never an earlier one. The company's new row version.
    std::optional<int> restore(const StoredCompany &before, int basedOnVersion, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace talentflow
