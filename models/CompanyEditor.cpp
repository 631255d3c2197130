#include "models/CompanyEditor.h"

#include "models/EditRefusal.h"
#include "models/FactEdit.h"
#include "models/WriteTransaction.h"

namespace talentflow {

using namespace factedit;

namespace {

const QString companyTable = QStringLiteral("company");

QJsonObject companyJson(const QString &nameEn, const QString &nameZh)
{
    return QJsonObject{{QStringLiteral("name_en"), nameEn}, {QStringLiteral("name_zh"), nameZh}};
}

QJsonObject companyJson(const QVariantMap &row)
{
    return companyJson(row.value(QStringLiteral("name_en")).toString(), row.value(QStringLiteral("name_zh")).toString());
}

bool setCompanyRow(Edit &edit, qint64 id, const QString &nameEn, const QString &nameZh, int version)
{
    QSqlQuery update = edit.query(QStringLiteral("UPDATE company SET name_en = :en, name_zh = :zh, row_version = :version WHERE id = :id"));
    update.bindValue(QStringLiteral(":en"), nameEn);
    update.bindValue(QStringLiteral(":zh"), nameZh);
    update.bindValue(QStringLiteral(":version"), version);
    update.bindValue(QStringLiteral(":id"), id);
    return edit.exec(update);
}

} // namespace

CompanyEditor::CompanyEditor(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<CompanyFields> CompanyEditor::company(qint64 id, QString *error) const
{
    Edit edit(m_db, error);
    const std::optional<QVariantMap> row = readRecord(edit, companyTable, id);
    if (!row)
        return std::nullopt;
    return CompanyFields{row->value(QStringLiteral("name_en")).toString(), row->value(QStringLiteral("name_zh")).toString(),
                         row->value(QStringLiteral("row_version")).toInt()};
}

std::optional<StoredCompany> CompanyEditor::editCompany(qint64 id, const QString &nameEn, const QString &nameZh, int basedOnVersion,
                                                        QString *error)
{
    const QString problem = problemWithNames(companyTable, nameEn, nameZh);
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
    const QString en = notNullText(nameEn.trimmed());
    const QString zh = notNullText(nameZh.trimmed());
    const std::optional<QVariantMap> row = readRecord(edit, companyTable, id);
    if (!row || !checkRecordVersion(edit, companyTable, *row, basedOnVersion)
        || !namesAreFree(edit, companyTable, id, en, zh,
                         [](const QString &holder) {
                             return EditRefusal::tr("%1 already has these names; no two companies share both names").arg(holder);
                         })
        || !setCompanyRow(edit, id, en, zh, basedOnVersion + 1)
        || !edit.log(companyTable, id, QStringLiteral("edit"), companyJson(*row), companyJson(en, zh)) || !transaction.commit(error))
        return std::nullopt;
    return StoredCompany{*row, basedOnVersion + 1};
}

std::optional<int> CompanyEditor::restore(const StoredCompany &before, int basedOnVersion, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    Edit edit(m_db, error);
    const qint64 id = before.company.value(QStringLiteral("id")).toLongLong();
    const QString en = before.company.value(QStringLiteral("name_en")).toString();
    const QString zh = before.company.value(QStringLiteral("name_zh")).toString();
    const std::optional<QVariantMap> row = readRecord(edit, companyTable, id);
    if (!row)
        return std::nullopt;
    const QString edited = describeRecord(companyTable, *row);
    if (row->value(QStringLiteral("row_version")).toInt() != basedOnVersion) {
        edit.fail(EditRefusal::tr("%1 was changed in another window since; it is left as it is").arg(edited));
        return std::nullopt;
    }
    // The names as they were, at a new version: one read while the edit stood is stale.
    const int version = basedOnVersion + 1;
    if (!namesAreFree(edit, companyTable, id, en, zh,
                      [&](const QString &holder) {
                          return EditRefusal::tr("%1 already has these names; the edit of %2 is kept").arg(holder, edited);
                      })
        || !setCompanyRow(edit, id, en, zh, version)
        || !edit.log(companyTable, id, QStringLiteral("edit"), companyJson(*row), companyJson(before.company))
        || !transaction.commit(error))
        return std::nullopt;
    return version;
}

} // namespace talentflow
