#pragma once

#include "models/Records.h"

#include <QByteArray>

namespace talentflow {

// A flat, spreadsheet-friendly view of the facts: one row per role or movement with names in
// both scripts and its citations. UTF-8 with a byte-order mark so spreadsheets read Chinese.
class CsvExporter
{
public:
    static QByteArray toCsv(const DataSet &data);
};

} // namespace talentflow
