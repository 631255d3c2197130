#include "models/FactEdit.h"

#include "models/EditRefusal.h"

// The shared helpers that word a refusal live here, not inline in the header: lupdate reads
// only .cpp files.

namespace talentflow::factedit {

namespace {

bool isPerson(const QString &table)
{
    return table == QLatin1String("person");
}

} // namespace

QString describeFact(const FactRef &fact)
{
    return fact.type == FactType::Movement ? EditRefusal::tr("movement %1").arg(fact.id) : EditRefusal::tr("role %1").arg(fact.id);
}

QString noSuchFact(const FactRef &fact)
{
    return fact.type == FactType::Movement ? EditRefusal::tr("there is no movement %1").arg(fact.id)
                                           : EditRefusal::tr("there is no role %1").arg(fact.id);
}

QString noSuchRecord(const QString &table, qint64 id)
{
    return isPerson(table) ? EditRefusal::tr("there is no person %1").arg(id) : EditRefusal::tr("there is no company %1").arg(id);
}

QString describeRecord(const QString &table, const QVariantMap &row)
{
    const QString en = row.value(QStringLiteral("name_en")).toString();
    const QString zh = row.value(QStringLiteral("name_zh")).toString();
    const QString names = en.isEmpty() || en == zh ? zh : zh.isEmpty() ? en : en + QStringLiteral(" / ") + zh;
    const QString id = QString::number(row.value(QStringLiteral("id")).toLongLong());
    // One arg() for both, so a name holding "%1" stays as it is.
    return (isPerson(table) ? EditRefusal::tr("person %1 “%2”") : EditRefusal::tr("company %1 “%2”")).arg(id, clippedName(names));
}

QString problemWithNames(const QString &table, const QString &nameEn, const QString &nameZh)
{
    const QString en = nameEn.trimmed();
    const QString zh = nameZh.trimmed();
    const int longest = FactRepository::maxNameLength;
    if (en.isEmpty() && zh.isEmpty())
        return isPerson(table) ? EditRefusal::tr("the person has no name; give it an English or a Chinese one")
                               : EditRefusal::tr("the company has no name; give it an English or a Chinese one");
    if (en.size() > longest)
        return (isPerson(table) ? EditRefusal::tr("the person's English name is longer than %1 characters")
                                : EditRefusal::tr("the company's English name is longer than %1 characters"))
            .arg(longest);
    if (zh.size() > longest)
        return (isPerson(table) ? EditRefusal::tr("the person's Chinese name is longer than %1 characters")
                                : EditRefusal::tr("the company's Chinese name is longer than %1 characters"))
            .arg(longest);
    return {};
}

std::optional<QVariantMap> readRecord(Edit &edit, const QString &table, qint64 id)
{
    QSqlQuery read = edit.query(QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(table));
    read.bindValue(QStringLiteral(":id"), id);
    const std::optional<QList<QVariantMap>> rows = rowsOf(edit, read);
    if (!rows)
        return std::nullopt;
    if (rows->isEmpty()) {
        edit.fail(noSuchRecord(table, id));
        return std::nullopt;
    }
    return rows->first();
}

bool checkRecordVersion(Edit &edit, const QString &table, const QVariantMap &row, int basedOn)
{
    if (row.value(QStringLiteral("row_version")).toInt() != basedOn)
        return edit.fail(EditRefusal::tr("%1 was changed in another window since it was read; look at it again")
                             .arg(describeRecord(table, row)));
    return true;
}

} // namespace talentflow::factedit
