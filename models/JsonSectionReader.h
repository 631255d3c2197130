#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>

#include <functional>

class QIODevice;

namespace talentflow {

// What a read saw of one top-level member.
struct JsonSection
{
    bool isArray = false;
    qint64 elements = 0; // of an array
    qint64 nestedObjects = 0; // objects two levels inside its elements (a fact's citations)
};

// Reads a JSON document whose top level is an object of arrays (the exchange format) with a
// streaming parser (RapidJSON's SAX reader), so a file of any size is read in bounded memory:
// each array element the caller wants is built as one QJsonValue and handed over, then
// dropped; the others are only counted. A top-level member that is not an array is handed
// over whole.
class JsonSectionReader
{
public:
    struct Handlers
    {
        // Whether the elements of this top-level array are built and handed to `element`.
        std::function<bool(const QString &section)> wantsElements;
        // Returning false stops the read (the handler keeps its own reason).
        std::function<bool(const QString &section, qint64 index, const QJsonValue &element)> element;
        std::function<bool(const QString &key, const QJsonValue &value)> value;
        // Called every few megabytes with the bytes read so far; false stops the read.
        std::function<bool(qint64 bytesRead)> progress;
    };

    enum class Outcome { Read, Invalid, Stopped };

    // Invalid: `error` says why ("not valid JSON: … at line N", or that the top level is not an
    // object). Stopped: a handler returned false.
    static Outcome read(QIODevice &device, const Handlers &handlers, QHash<QString, JsonSection> *sections,
                        QString *error);
};

} // namespace talentflow
