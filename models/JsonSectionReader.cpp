#include "models/JsonSectionReader.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <limits>
#include <vector>

namespace talentflow {

namespace {

// RapidJSON's input-stream concept over a QIODevice, read a megabyte at a time, counting
// lines so that an error can say where it is.
class DeviceStream
{
public:
    using Ch = char;

    explicit DeviceStream(QIODevice &device)
        : m_device(device)
        , m_buffer(1 << 20, Qt::Uninitialized)
    {
        refill();
        // A UTF-8 byte-order mark is no JSON, but editors write one; QJsonDocument skips it too.
        if (m_end >= 3 && m_buffer.startsWith("\xEF\xBB\xBF"))
            m_position = 3;
    }

    Ch Peek() const { return m_position < m_end ? m_buffer[m_position] : '\0'; }
    Ch Take()
    {
        if (m_position >= m_end)
            return '\0';
        const Ch c = m_buffer[m_position++];
        if (c == '\n')
            ++m_lines;
        if (m_position == m_end)
            refill();
        return c;
    }
    size_t Tell() const { return size_t(m_consumed + m_position); }
    // Only an in-situ parse writes; this one never does.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    size_t PutEnd(Ch *) { return 0; }

    qint64 line() const { return m_lines + 1; }
    bool failed() const { return m_failed; }

private:
    void refill()
    {
        m_consumed += m_end;
        m_position = 0;
        m_end = m_device.read(m_buffer.data(), m_buffer.size());
        if (m_end < 0) {
            m_failed = true;
            m_end = 0;
        }
    }

    QIODevice &m_device;
    QByteArray m_buffer;
    qint64 m_position = 0;
    qint64 m_end = 0;
    qint64 m_consumed = 0;
    qint64 m_lines = 0;
    bool m_failed = false;
};

// Builds one JSON value from SAX events.
class ValueBuilder
{
public:
    bool isEmpty() const { return m_frames.empty(); }
    int depth() const { return int(m_frames.size()); }

    void startObject() { m_frames.push_back(Frame{true, {}, {}, {}}); }
    void startArray() { m_frames.push_back(Frame{false, {}, {}, {}}); }
    void key(QString key) { m_frames.back().key = std::move(key); }

    // Adds a finished value to the open container; with none open, the value is the result.
    void add(QJsonValue value)
    {
        if (m_frames.empty()) {
            m_result = std::move(value);
            return;
        }
        Frame &frame = m_frames.back();
        if (frame.isObject)
            frame.object.insert(frame.key, value);
        else
            frame.array.append(value);
    }

    void end()
    {
        Frame frame = std::move(m_frames.back());
        m_frames.pop_back();
        add(frame.isObject ? QJsonValue(std::move(frame.object)) : QJsonValue(std::move(frame.array)));
    }

    QJsonValue take() { return std::exchange(m_result, QJsonValue()); }

private:
    struct Frame
    {
        bool isObject;
        QJsonObject object;
        QJsonArray array;
        QString key;
    };
    std::vector<Frame> m_frames;
    QJsonValue m_result;
};

constexpr qint64 progressStep = 4 << 20;

class SectionHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, SectionHandler>
{
public:
    SectionHandler(const JsonSectionReader::Handlers &handlers, QHash<QString, JsonSection> &sections, DeviceStream &stream)
        : m_handlers(handlers)
        , m_sections(sections)
        , m_stream(stream)
    {
    }

    bool notAnObject = false;
    bool tooDeep = false;
    QString repeatedKey; // a top-level member named twice

    bool Null() { return scalar(QJsonValue(QJsonValue::Null)); }
    bool Bool(bool b) { return scalar(QJsonValue(b)); }
    bool Int(int i) { return scalar(QJsonValue(qint64(i))); }
    bool Uint(unsigned u) { return scalar(QJsonValue(qint64(u))); }
    bool Int64(int64_t i) { return scalar(QJsonValue(qint64(i))); }
    bool Uint64(uint64_t u)
    {
        return scalar(u <= uint64_t(std::numeric_limits<qint64>::max()) ? QJsonValue(qint64(u)) : QJsonValue(double(u)));
    }
    bool Double(double d) { return scalar(QJsonValue(d)); }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        return scalar(QJsonValue(QString::fromUtf8(text, qsizetype(length))));
    }

    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        QString key = QString::fromUtf8(text, qsizetype(length));
        if (m_level == Level::Root) {
            // Which of two would count is a guess: a whole-document reader keeps the last.
            if (m_rootKeys.contains(key)) {
                repeatedKey = key;
                return false;
            }
            m_rootKeys.insert(key);
            m_key = std::move(key);
            return true;
        }
        if (m_building)
            m_builder.key(std::move(key));
        return true;
    }

    // The parser recurses per level: a limit keeps a hostile file from exhausting the stack
    // (QJsonDocument's own limit).
    static constexpr int deepest = 1024;

    bool StartObject() { return ++m_depth <= deepest ? startContainer(true) : (tooDeep = true, false); }
    bool StartArray() { return ++m_depth <= deepest ? startContainer(false) : (tooDeep = true, false); }
    bool EndObject(rapidjson::SizeType)
    {
        --m_depth;
        return endContainer();
    }
    bool EndArray(rapidjson::SizeType)
    {
        --m_depth;
        return endContainer();
    }

private:
    enum class Level { Outside, Root, Section, Element };

    bool startContainer(bool isObject)
    {
        switch (m_level) {
        case Level::Outside:
            if (!isObject) {
                notAnObject = true;
                return false;
            }
            m_level = Level::Root;
            return true;
        case Level::Root:
            if (!isObject) {
                JsonSection &section = m_sections[m_key];
                section = JsonSection();
                section.isArray = true;
                m_section = &section;
                m_level = Level::Section;
                m_building = m_handlers.wantsElements && m_handlers.wantsElements(m_key);
                return true;
            }
            // A member that is not an array is handed over whole.
            m_level = Level::Element;
            m_inSection = false;
            m_building = true;
            m_builder.startObject();
            m_elementDepth = 1;
            return true;
        case Level::Section:
            m_level = Level::Element;
            m_inSection = true;
            m_elementDepth = 0;
            [[fallthrough]];
        case Level::Element:
            ++m_elementDepth;
            // A fact's citations: objects in an array in the element.
            if (isObject && m_elementDepth == 3 && m_inSection)
                ++m_section->nestedObjects;
            if (m_building) {
                if (isObject)
                    m_builder.startObject();
                else
                    m_builder.startArray();
            }
            return true;
        }
        return true;
    }

    bool endContainer()
    {
        switch (m_level) {
        case Level::Outside:
            return true;
        case Level::Root:
            m_level = Level::Outside;
            return true;
        case Level::Section:
            m_level = Level::Root;
            m_section = nullptr;
            return true;
        case Level::Element:
            if (m_building)
                m_builder.end();
            if (--m_elementDepth > 0)
                return true;
            return finishElement();
        }
        return true;
    }

    bool scalar(QJsonValue value)
    {
        switch (m_level) {
        case Level::Outside:
            notAnObject = true;
            return false;
        case Level::Root:
            m_sections[m_key] = JsonSection();
            return !m_handlers.value || m_handlers.value(m_key, value);
        case Level::Section:
            if (!m_building) {
                ++m_section->elements;
                return reportProgress();
            }
            m_builder.add(std::move(value));
            m_inSection = true;
            return finishElement();
        case Level::Element:
            if (m_building)
                m_builder.add(std::move(value));
            return true;
        }
        return true;
    }

    bool finishElement()
    {
        const bool inSection = m_inSection;
        m_level = inSection ? Level::Section : Level::Root;
        if (!inSection) {
            m_building = false;
            m_sections[m_key] = JsonSection();
            return !m_handlers.value || m_handlers.value(m_key, m_builder.take());
        }
        const qint64 index = m_section->elements++;
        if (m_building && m_handlers.element && !m_handlers.element(m_key, index, m_builder.take()))
            return false;
        return reportProgress();
    }

    bool reportProgress()
    {
        const qint64 position = qint64(m_stream.Tell());
        if (position < m_nextProgress || !m_handlers.progress)
            return true;
        m_nextProgress = position + progressStep;
        return m_handlers.progress(position);
    }

    const JsonSectionReader::Handlers &m_handlers;
    QHash<QString, JsonSection> &m_sections;
    DeviceStream &m_stream;
    Level m_level = Level::Outside;
    int m_depth = 0;
    QSet<QString> m_rootKeys;
    QString m_key;
    JsonSection *m_section = nullptr;
    bool m_building = false;
    bool m_inSection = false;
    int m_elementDepth = 0;
    ValueBuilder m_builder;
    qint64 m_nextProgress = progressStep;
};

} // namespace

JsonSectionReader::Outcome JsonSectionReader::read(QIODevice &device, const Handlers &handlers,
                                                   QHash<QString, JsonSection> *sections, QString *error)
{
    QHash<QString, JsonSection> local;
    QHash<QString, JsonSection> &seen = sections ? *sections : local;
    seen.clear();
    DeviceStream stream(device);
    SectionHandler handler(handlers, seen, stream);
    rapidjson::Reader reader;
    constexpr unsigned flags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseFullPrecisionFlag;
    const rapidjson::ParseResult result = reader.Parse<flags>(stream, handler);
    if (!result.IsError())
        return Outcome::Read;
    if (handler.notAnObject || handler.tooDeep || !handler.repeatedKey.isNull()) {
        if (error) {
            *error = handler.notAnObject ? QStringLiteral("not a Talentflow export (the top level must be a JSON object)")
                : handler.tooDeep ? QStringLiteral("not valid JSON: nested more than %1 levels deep at line %2")
                                        .arg(SectionHandler::deepest)
                                        .arg(stream.line())
                                  : QStringLiteral("\"%1\" appears twice at the top level (line %2)")
                                        .arg(handler.repeatedKey.left(100))
                                        .arg(stream.line());
        }
        return Outcome::Invalid;
    }
    if (result.Code() == rapidjson::kParseErrorTermination)
        return Outcome::Stopped;
    if (error) {
        *error = stream.failed() ? QStringLiteral("cannot read the file: %1").arg(device.errorString())
                                 : QStringLiteral("not valid JSON: %1 at line %2")
                                       .arg(QString::fromUtf8(rapidjson::GetParseError_En(result.Code())))
                                       .arg(stream.line());
    }
    return Outcome::Invalid;
}

} // namespace talentflow
