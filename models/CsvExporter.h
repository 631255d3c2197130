#pragma once

#include "models/PartialDate.h"
#include "models/Records.h"

#include "models/TalentFlow.h"

#include <QByteArray>

#include <functional>

namespace talentflow {

// A flat, spreadsheet-friendly view of the facts: one row per role or movement with names in
// both scripts and its citations. UTF-8 with a byte-order mark so spreadsheets read Chinese.
// One mark a chart draws, as its "Get the data" file lists it, names in the export's language.
struct DrawnMark
{
    QString person;
    QString kind; // the movement kind's key
    QString company;
    QString destination;
    PartialDate date;
    QList<int> sourceNumbers; // the chart's numbered sources citing it
    QString excerpt;
};

class CsvExporter
{
public:
    static QByteArray toCsv(const DataSet &data);

    // The talent flow's accessible twin: one row per ribbon drawn (from_company, from_period,
    // to_company, to_period, people, names, boomerangs), names as the caller shows them.
    using CompanyName = std::function<QString(qint64 companyId)>;
    using PersonName = std::function<QString(const FlowMember &member)>;
    // A chart's marks: person, kind, company, destination, date, precision, sources, excerpt.
    static QByteArray marksToCsv(const QList<DrawnMark> &marks);

    static QByteArray flowsToCsv(const TalentFlowData &data, const CompanyName &companyName, const PersonName &personName);
};

} // namespace talentflow
