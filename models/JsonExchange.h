#pragma once

#include "models/Records.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <memory>
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

    // The same check for one record's citations (`record` names it in the error).
    using SourcesById = QHash<qint64, const SourceRecord *>;
    static SourcesById sourcesById(const QList<SourceRecord> &sources);
    static bool verifyCitations(const SourcesById &sources, const QString &record, const QList<CitationRecord> &citations,
                                QString *error);
};

// fromJson's checks, a record at a time, for a reader that never holds the whole file: the
// header first, then each section's elements in the order of sections() (a record may refer
// only to the sections before its own). Each record read is appended to records(), which the
// caller may empty as it goes.
class JsonRecordReader
{
public:
    JsonRecordReader();
    ~JsonRecordReader();

    // The format and version, and that each section this version needs is an array.
    bool readHeader(const QJsonValue &format, const QJsonValue &version,
                    const std::function<bool(const QString &)> &isArray, QString *error);
    QStringList sections() const;
    bool read(const QString &section, qsizetype index, const QJsonValue &element, QString *error);
    DataSet &records();

    class Parser;

private:
    std::unique_ptr<Parser> m_parser;
};

} // namespace talentflow
