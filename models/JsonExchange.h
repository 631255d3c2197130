#pragma once

#include "models/Records.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace talentflow {

// The JSON exchange format. Export writes version 2, documented field by field in the README
// ("The data"), which is its contract; import reads versions 1 and 2. Version 1 (DESIGN.md)
// also accepts two optional source fields, "publisher" and "body", so that a file can bring
// articles the receiving database and the binary do not have.
class JsonExchange
{
public:
    static constexpr int FormatVersion = 2;
    static constexpr int OldestReadableVersion = 1;

    // Keys in a fixed order (QJsonObject sorts them), records in the order of the data set.
    static QByteArray toJson(const DataSet &data);

    // Parses and checks a file's structure: format and version, required fields and their
    // types, dates against their precision, kinds, unique ids, references within the file, and
    // the lengths a person's edits are held to (names, titles, article texts), and in format 2
    // each earlier text of an article against its digest and each citation's anchor state.
    // Citations are checked against source bodies separately, once the bodies are known.
    // Errors name the record, e.g. "movements[3] (id 12): invalid date "2024-13"".
    static std::optional<DataSet> fromJson(QByteArray json, QString *error);

    // Every citation's text must equal body.mid(start, end - start) of its source, and a
    // citation that carries an anchor (format 2) must carry the one its body and offsets give:
    // the same words before and after it, and the digest of that body. The body is the source's
    // text for an anchored citation, and for one under review or an orphan the earlier text of
    // the source its digest names; a review's span must lie in the source's text.
    static bool verifyCitations(const DataSet &data, QString *error);
};

} // namespace talentflow
