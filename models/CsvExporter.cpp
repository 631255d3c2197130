#include "models/CsvExporter.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace talentflow {

namespace {

QString quoted(const QString &field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : field)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void appendRow(QString &out, const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &field : fields)
        cells.append(quoted(field));
    out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

} // namespace

QByteArray CsvExporter::toCsv(const DataSet &data)
{
    QHash<qint64, const PersonRecord *> people;
    for (const PersonRecord &person : data.people)
        people.insert(person.id, &person);
    QHash<qint64, const CompanyRecord *> companies;
    for (const CompanyRecord &company : data.companies)
        companies.insert(company.id, &company);
    QHash<qint64, QString> sourceFiles;
    for (const SourceRecord &source : data.sources)
        sourceFiles.insert(source.id, source.file);

    const auto citationFields = [&](const QList<CitationRecord> &citations) {
        QStringList where;
        QStringList excerpts;
        for (const CitationRecord &c : citations) {
            where.append(QStringLiteral("%1:%2-%3").arg(sourceFiles.value(c.sourceId)).arg(c.start).arg(c.end));
            excerpts.append(c.text);
        }
        return QStringList{where.join(QLatin1Char(';')), excerpts.join(QLatin1String(" | "))};
    };
    const auto companyNames = [&](std::optional<qint64> id) {
        const CompanyRecord *company = id ? companies.value(*id) : nullptr;
        return company ? QStringList{company->nameEn, company->nameZh} : QStringList{QString(), QString()};
    };
    const auto personNames = [&](qint64 id) {
        const PersonRecord *person = people.value(id);
        return person ? QStringList{person->nameEn, person->nameZh} : QStringList{QString(), QString()};
    };

    QString out;
    appendRow(out, {QStringLiteral("record"), QStringLiteral("id"), QStringLiteral("person_en"),
                    QStringLiteral("person_zh"), QStringLiteral("kind"), QStringLiteral("title_en"),
                    QStringLiteral("title_zh"), QStringLiteral("company_en"), QStringLiteral("company_zh"),
                    QStringLiteral("to_company_en"), QStringLiteral("to_company_zh"), QStringLiteral("date"),
                    QStringLiteral("precision"), QStringLiteral("end"), QStringLiteral("end_precision"),
                    QStringLiteral("citations"), QStringLiteral("excerpts")});
    for (const RoleRecord &role : data.roles) {
        appendRow(out, QStringList{QStringLiteral("role"), QString::number(role.id)} + personNames(role.personId)
                           + QStringList{QString(), role.titleEn, role.titleZh} + companyNames(role.companyId)
                           + companyNames(std::nullopt)
                           + QStringList{role.start.toIso(), role.start.precisionName(), role.end.toIso(),
                                         role.end.precisionName()}
                           + citationFields(role.citations));
    }
    for (const MovementRecord &movement : data.movements) {
        appendRow(out, QStringList{QStringLiteral("movement"), QString::number(movement.id)}
                           + personNames(movement.personId) + QStringList{movement.kind, QString(), QString()}
                           + companyNames(movement.companyId) + companyNames(movement.toCompanyId)
                           + QStringList{movement.date.toIso(), movement.date.precisionName(), QString(), QString()}
                           + citationFields(movement.citations));
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray CsvExporter::marksToCsv(const QList<DrawnMark> &marks)
{
    QString out;
    appendRow(out, {QStringLiteral("person"), QStringLiteral("kind"), QStringLiteral("company"), QStringLiteral("destination"),
                    QStringLiteral("date"), QStringLiteral("precision"), QStringLiteral("sources"), QStringLiteral("excerpt")});
    for (const DrawnMark &mark : marks) {
        QStringList numbers;
        for (int n : mark.sourceNumbers)
            numbers.append(QString::number(n));
        appendRow(out, {mark.person, mark.kind, mark.company, mark.destination, mark.date.toIso(),
                        mark.date.precisionName(), numbers.join(QStringLiteral("; ")), mark.excerpt});
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray CsvExporter::flowsToCsv(const TalentFlowData &data, const CompanyName &companyName,
                                   const PersonName &personName)
{
    QString out;
    appendRow(out, {QStringLiteral("from_company"), QStringLiteral("from_period"), QStringLiteral("to_company"),
                    QStringLiteral("to_period"), QStringLiteral("people"), QStringLiteral("names"),
                    QStringLiteral("boomerangs")});
    for (const FlowRibbon &ribbon : data.ribbons) {
        QStringList names;
        QStringList returning;
        QSet<qint64> named;
        QSet<qint64> returned;
        for (const FlowMember &member : ribbon.members) {
            if (!named.contains(member.personId)) {
                named.insert(member.personId);
                names.append(personName(member));
            }
            if (member.returning && !returned.contains(member.personId)) {
                returned.insert(member.personId);
                returning.append(personName(member));
            }
        }
        appendRow(out, {companyName(ribbon.fromCompanyId), FlowPeriod::key(ribbon.fromPeriod, data.periods, data.undatedSteps),
                        companyName(ribbon.toCompanyId), FlowPeriod::key(ribbon.toPeriod, data.periods, data.undatedSteps),
                        QString::number(ribbon.people()), names.join(QStringLiteral("; ")),
                        returning.join(QStringLiteral("; "))});
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace talentflow
