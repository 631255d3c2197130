#pragma once

#include "models/Records.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace talentflow {

// The JSON exchange format, version 1 (DESIGN.md). Export writes exactly the specified fields.
// Import also accepts two optional source fields, "publisher" and "body", so that a file can
// bring articles the receiving database and the binary do not have.
class JsonExchange
{
public:
    static constexpr int FormatVersion = 1;

    static QByteArray toJson(const DataSet &data);

    // Parses and checks a file's structure: format and version, required fields and their
    // types, dates against their precision, kinds, unique ids, and references within the file.
    // Citations are checked against source bodies separately, once the bodies are known.
    // Errors name the record, e.g. "movements[3] (id 12): invalid date "2024-13"".
    static std::optional<DataSet> fromJson(QByteArray json, QString *error);

    // Every citation's text must equal body.mid(start, end - start) of its source.
    static bool verifyCitations(const DataSet &data, QString *error);
};

} // namespace talentflow
