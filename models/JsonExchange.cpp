#include "models/JsonExchange.h"

#include "models/ArticleRepository.h"
#include "models/BundledArticles.h"
#include "models/FactRepository.h"
#include "models/QuoteAnchor.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace talentflow {

namespace {

const QString formatName = QStringLiteral("talentflow-export");

QJsonValue dateValue(const PartialDate &date)
{
    return date.isKnown() ? QJsonValue(date.toIso()) : QJsonValue(QJsonValue::Null);
}

QJsonArray citationsJson(const QList<CitationRecord> &citations)
{
    QJsonArray array;
    for (const CitationRecord &citation : citations) {
        QJsonObject object{{QStringLiteral("id"), citation.id},
                           {QStringLiteral("source_id"), citation.sourceId},
                           {QStringLiteral("start"), citation.start},
                           {QStringLiteral("end"), citation.end},
                           {QStringLiteral("text"), citation.text},
                           {QStringLiteral("prefix"), citation.prefix},
                           {QStringLiteral("suffix"), citation.suffix},
                           {QStringLiteral("body_sha256"), citation.bodySha256}};
        if (citation.statedDate.isKnown()) {
            object.insert(QStringLiteral("stated_date"), citation.statedDate.toIso());
            object.insert(QStringLiteral("stated_precision"), citation.statedDate.precisionName());
            object.insert(QStringLiteral("stated_field"), citation.statedField);
        }
        // Left out when anchored, so a file of a database without corrected texts is as before.
        if (!citation.isAnchored())
            object.insert(QStringLiteral("anchor_state"), citation.anchorState);
        if (citation.reviewStart >= 0) {
            object.insert(QStringLiteral("review_start"), citation.reviewStart);
            object.insert(QStringLiteral("review_end"), citation.reviewEnd);
        }
        array.append(object);
    }
    return array;
}

QJsonValue objectOrNull(const std::optional<QJsonObject> &object)
{
    return object ? QJsonValue(*object) : QJsonValue(QJsonValue::Null);
}

// UTF-8 bytes of a text, counted without making them for a text that is clearly short enough.
qsizetype utf8Size(const QString &text, qsizetype limit)
{
    return text.size() * 3 <= limit ? text.size() : text.toUtf8().size();
}

// Reads one record's fields, remembering the first problem with the record's name in it.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString record)
        : m_object(object)
        , m_record(std::move(record))
    {
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QString &record() const { return m_record; }

    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2").arg(m_record, why);
    }

    QJsonValue required(const char *field)
    {
        const QJsonValue value = m_object.value(QLatin1String(field));
        if (value.isUndefined())
            fail(QStringLiteral("missing field \"%1\"").arg(QLatin1String(field)));
        return value;
    }

    qint64 id(const char *field)
    {
        const QJsonValue value = required(field);
        if (value.isUndefined())
            return 0;
        const double number = value.toDouble(-1);
        // Range first: converting an out-of-range double to an integer is undefined behaviour.
        if (!value.isDouble() || !(number >= 1 && number <= 9007199254740991.0) || number != std::floor(number)) {
            fail(QStringLiteral("\"%1\" must be a positive integer").arg(QLatin1String(field)));
            return 0;
        }
        return qint64(number);
    }

    std::optional<qint64> optionalId(const char *field)
    {
        if (required(field).isNull())
            return std::nullopt;
        return id(field);
    }

    int offset(const char *field)
    {
        const QJsonValue value = required(field);
        const double number = value.toDouble(-1);
        if (value.isUndefined())
            return 0;
        if (!value.isDouble() || !(number >= 0 && number <= std::numeric_limits<int>::max()) || number != std::floor(number)) {
            fail(QStringLiteral("\"%1\" must be a non-negative integer").arg(QLatin1String(field)));
            return 0;
        }
        return int(number);
    }

    QString string(const char *field, bool mayBeEmpty = true)
    {
        const QJsonValue value = required(field);
        if (value.isUndefined())
            return QString();
        if (!value.isString()) {
            fail(QStringLiteral("\"%1\" must be a string").arg(QLatin1String(field)));
            return QString();
        }
        if (!mayBeEmpty && value.toString().isEmpty())
            fail(QStringLiteral("\"%1\" must not be empty").arg(QLatin1String(field)));
        return value.toString();
    }

    bool has(const QString &field) const { return m_object.contains(field); }

    QString optionalString(const char *field)
    {
        const QJsonValue value = m_object.value(QLatin1String(field));
        if (value.isUndefined() || value.isNull())
            return QString();
        if (!value.isString())
            fail(QStringLiteral("\"%1\" must be a string").arg(QLatin1String(field)));
        return value.toString();
    }

    // Refuses a text longer than an edit may make it (in UTF-16 units, as the edits count).
    void limit(const char *field, const QString &value, qsizetype most, const char *unit = "characters")
    {
        if (value.size() > most)
            fail(QStringLiteral("\"%1\" is longer than %2 %3").arg(QLatin1String(field)).arg(most).arg(QLatin1String(unit)));
    }

    std::optional<QJsonObject> objectOrNull(const char *field)
    {
        const QJsonValue value = required(field);
        if (value.isObject())
            return value.toObject();
        if (!value.isNull() && !value.isUndefined())
            fail(QStringLiteral("\"%1\" must be an object or null").arg(QLatin1String(field)));
        return std::nullopt;
    }

    PartialDate date(const char *dateField, const char *precisionField)
    {
        const QJsonValue value = required(dateField);
        const QString precision = string(precisionField);
        if (!ok())
            return PartialDate();
        if (!value.isNull() && !value.isString()) {
            fail(QStringLiteral("\"%1\" must be a string or null").arg(QLatin1String(dateField)));
            return PartialDate();
        }
        QString why;
        const std::optional<PartialDate> date = PartialDate::fromIsoWithPrecision(value.toString(), precision, &why);
        if (!date) {
            fail(QStringLiteral("\"%1\": %2").arg(QLatin1String(dateField), why));
            return PartialDate();
        }
        return *date;
    }

private:
    const QJsonObject &m_object;
    QString m_record;
    QString m_error;
};

} // namespace

class JsonRecordReader::Parser
{
public:
    std::optional<DataSet> parse(const QJsonObject &root, QString *error)
    {
        m_errorOut = error;
        const auto isArray = [&root](const QString &section) { return root.value(section).isArray(); };
        if (!readHeader(root.value(QLatin1String("format")), root.value(QLatin1String("version")), isArray))
            return std::nullopt;
        for (const char *section : sections()) {
            const QJsonArray items = root.value(QLatin1String(section)).toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (!readElement(QLatin1String(section), i, items.at(i)))
                    return std::nullopt;
            }
        }
        return m_data;
    }

    void setErrorOutput(QString *error) { m_errorOut = error; }

    bool readHeader(const QJsonValue &format, const QJsonValue &version, const std::function<bool(const QString &)> &isArray)
    {
        if (format.toString() != formatName) {
            failed(QStringLiteral("not a Talentflow export (\"format\" must be \"%1\")").arg(formatName));
            return false;
        }
        const double number = version.toDouble();
        if (!version.isDouble() || number != std::floor(number) || number < JsonExchange::OldestReadableVersion
            || number > JsonExchange::FormatVersion) {
            failed(QStringLiteral("unsupported format version %1 (this build reads versions %2 to %3)")
                       .arg(version.isDouble() ? QString::number(number)
                                               : QStringLiteral("\"%1\"").arg(version.toVariant().toString()))
                       .arg(JsonExchange::OldestReadableVersion)
                       .arg(JsonExchange::FormatVersion));
            return false;
        }
        m_version = int(number);
        for (const char *section : sections()) {
            if (!isArray(QLatin1String(section))) {
                failed(QStringLiteral("missing array \"%1\"").arg(QLatin1String(section)));
                return false;
            }
        }
        return true;
    }

    // The sections of this version, in the order they are checked (a record refers only to
    // records of the sections before it).
    QList<const char *> sections() const
    {
        QList<const char *> names{"sources", "companies", "people", "roles", "movements"};
        if (m_version >= 2)
            names.append("change_log");
        return names;
    }

    int version() const { return m_version; }
    DataSet &data() { return m_data; }

    // Checks element `index` of `section` and appends its record to data().
    bool readElement(QLatin1String section, qsizetype index, const QJsonValue &element)
    {
        if (section == QLatin1String("sources"))
            return each(section, index, element, [this](FieldReader &r) { readSource(r); });
        if (section == QLatin1String("companies"))
            return each(section, index, element, [this](FieldReader &r) { readCompany(r); });
        if (section == QLatin1String("people"))
            return each(section, index, element, [this](FieldReader &r) { readPerson(r); });
        if (section == QLatin1String("roles"))
            return each(section, index, element, [this](FieldReader &r) { readRole(r); });
        if (section == QLatin1String("movements"))
            return each(section, index, element, [this](FieldReader &r) { readMovement(r); });
        if (section == QLatin1String("change_log") && m_version >= 2)
            return each(section, index, element, [this](FieldReader &r) { readChange(r); });
        return true; // not a section of this version: ignored, as a whole-file read ignores it
    }

private:
    std::optional<DataSet> failed(const QString &why)
    {
        if (m_errorOut)
            *m_errorOut = why;
        return std::nullopt;
    }

    template<typename Read>
    bool each(QLatin1String section, qsizetype i, const QJsonValue &item, Read read)
    {
        const QJsonObject object = item.toObject();
        QString name = QStringLiteral("%1[%2]").arg(section).arg(i);
        if (!item.isObject()) {
            failed(QStringLiteral("%1: must be an object").arg(name));
            return false;
        }
        QSet<qint64> &seen = m_ids[QString(section)];
        // Named by its id when that is a sensible number; the id check below says what is wrong.
        const double idNumber = object.value(QLatin1String("id")).toDouble(-1);
        if (idNumber >= 1 && idNumber <= 9007199254740991.0 && idNumber == std::floor(idNumber))
            name += QStringLiteral(" (id %1)").arg(qint64(idNumber));
        FieldReader reader(object, name);
        const qint64 id = reader.id("id");
        if (reader.ok() && seen.contains(id))
            reader.fail(QStringLiteral("id %1 is used twice").arg(id));
        seen.insert(id);
        m_currentId = id;
        if (reader.ok())
            read(reader);
        if (!reader.ok()) {
            failed(reader.error());
            return false;
        }
        return true;
    }

    void requireKnown(FieldReader &r, const char *section, const char *field, qint64 id)
    {
        const auto ids = m_ids.constFind(QLatin1String(section)); // no copy of the whole set
        if (r.ok() && (ids == m_ids.cend() || !ids->contains(id)))
            r.fail(QStringLiteral("%1 %2 does not exist in \"%3\"").arg(QLatin1String(field)).arg(id).arg(QLatin1String(section)));
    }

    void readSource(FieldReader &r)
    {
        SourceRecord source;
        source.id = m_currentId;
        source.file = r.string("file", false);
        source.title = r.string("title");
        source.language = r.string("language");
        source.published = r.date("published", "published_precision");
        if (m_version >= 2) {
            source.publisher = r.string("publisher");
            source.url = r.string("url");
            if (r.ok() && !source.url.isEmpty() && !ArticleRepository::isWebAddress(source.url))
                r.fail(QStringLiteral("\"url\" is not an http or https address"));
        } else {
            source.publisher = r.optionalString("publisher");
        }
        source.body = r.optionalString("body");
        r.limit("title", source.title, ArticleRepository::maxTitleLength);
        r.limit("publisher", source.publisher, ArticleRepository::maxNameLength);
        if (r.ok() && utf8Size(source.body, ArticleRepository::maxBodyBytes) > ArticleRepository::maxBodyBytes)
            r.fail(QStringLiteral("\"body\" is larger than %1 MB").arg(ArticleRepository::maxBodyBytes / (1024 * 1024)));
        if (m_version >= 2 && r.has(QStringLiteral("versions")))
            source.versions = versions(r);
        m_data.sources.append(source);
    }

    // Format 2: an article's earlier texts, each the text its digest is of, held to an article's size.
    QList<SourceVersionRecord> versions(FieldReader &r)
    {
        QList<SourceVersionRecord> result;
        const QJsonValue value = r.required("versions");
        if (r.ok() && !value.isArray())
            r.fail(QStringLiteral("\"versions\" must be an array of objects"));
        const QJsonArray items = value.toArray();
        for (int i = 0; r.ok() && i < items.size(); ++i) {
            if (!items.at(i).isObject()) {
                r.fail(QStringLiteral("\"versions\" must be an array of objects"));
                break;
            }
            const QJsonObject object = items.at(i).toObject();
            FieldReader v(object, QStringLiteral("%1 versions[%2]").arg(r.record()).arg(i));
            SourceVersionRecord version;
            version.body = v.string("body", false);
            version.sha256 = v.string("sha256", false);
            version.replacedAt = v.string("replaced_at", false);
            if (v.ok() && !QDateTime::fromString(version.replacedAt, Qt::ISODateWithMs).isValid())
                v.fail(QStringLiteral("\"replaced_at\" must be a date and time such as 2025-01-31T09:30:00.000Z"));
            if (v.ok() && utf8Size(version.body, ArticleRepository::maxBodyBytes) > ArticleRepository::maxBodyBytes)
                v.fail(QStringLiteral("\"body\" is larger than %1 MB").arg(ArticleRepository::maxBodyBytes / (1024 * 1024)));
            if (v.ok() && version.sha256 != bodySha256(version.body))
                v.fail(QStringLiteral("\"sha256\" is not the digest of its \"body\""));
            if (!v.ok())
                r.fail(v.error().mid(r.record().size() + 1).trimmed());
            result.append(version);
        }
        return result;
    }

    void names(FieldReader &r, QString *en, QString *zh)
    {
        *en = r.string("name_en");
        *zh = r.string("name_zh");
        if (r.ok() && en->isEmpty() && zh->isEmpty())
            r.fail(QStringLiteral("needs a name_en or a name_zh"));
        r.limit("name_en", *en, FactRepository::maxNameLength);
        r.limit("name_zh", *zh, FactRepository::maxNameLength);
    }

    void readCompany(FieldReader &r)
    {
        CompanyRecord company;
        company.id = m_currentId;
        names(r, &company.nameEn, &company.nameZh);
        m_data.companies.append(company);
    }

    void readPerson(FieldReader &r)
    {
        PersonRecord person;
        person.id = m_currentId;
        names(r, &person.nameEn, &person.nameZh);
        const QJsonValue aliases = r.required("aliases");
        if (r.ok() && !aliases.isArray())
            r.fail(QStringLiteral("\"aliases\" must be an array of strings"));
        for (const QJsonValue &alias : aliases.toArray()) {
            if (!alias.isString() || alias.toString().isEmpty())
                r.fail(QStringLiteral("\"aliases\" must hold non-empty strings"));
            if (r.ok() && alias.toString().size() > FactRepository::maxNameLength)
                r.fail(QStringLiteral("an alias is longer than %1 characters").arg(FactRepository::maxNameLength));
            person.aliases.append(alias.toString());
        }
        m_data.people.append(person);
    }

    // A fact's citations; statedFields are the fields of the fact a stated date may be for.
    QList<CitationRecord> citations(FieldReader &r, const QStringList &statedFields)
    {
        QList<CitationRecord> result;
        const QJsonValue value = r.required("citations");
        if (!r.ok())
            return result;
        if (!value.isArray()) {
            r.fail(QStringLiteral("\"citations\" must be an array"));
            return result;
        }
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            r.fail(QStringLiteral("cites nothing; every role and movement needs at least one citation"));
        for (int i = 0; i < array.size() && r.ok(); ++i) {
            const QJsonObject object = array.at(i).toObject();
            FieldReader c(object, QStringLiteral("%1 citation %2").arg(r.record()).arg(i));
            CitationRecord citation;
            citation.sourceId = c.id("source_id");
            citation.start = c.offset("start");
            citation.end = c.offset("end");
            citation.text = c.string("text", false);
            if (c.ok() && citation.end <= citation.start)
                c.fail(QStringLiteral("end %1 must be greater than start %2").arg(citation.end).arg(citation.start));
            requireKnown(c, "sources", "source_id", citation.sourceId);
            if (m_version >= 2)
                readAnchorAndStatedDate(c, citation, statedFields);
            if (!c.ok()) {
                r.fail(c.error().mid(r.record().size() + 1).trimmed());
                return result;
            }
            result.append(citation);
        }
        return result;
    }

    void readRole(FieldReader &r)
    {
        RoleRecord role;
        role.id = m_currentId;
        role.personId = r.id("person_id");
        role.companyId = r.id("company_id");
        role.titleEn = r.string("title_en");
        role.titleZh = r.string("title_zh");
        if (r.ok() && role.titleEn.isEmpty() && role.titleZh.isEmpty())
            r.fail(QStringLiteral("needs a title_en or a title_zh"));
        r.limit("title_en", role.titleEn, FactRepository::maxTitleLength);
        r.limit("title_zh", role.titleZh, FactRepository::maxTitleLength);
        role.start = r.date("start", "start_precision");
        role.end = r.date("end", "end_precision");
        requireKnown(r, "people", "person_id", role.personId);
        requireKnown(r, "companies", "company_id", role.companyId);
        role.citations = citations(r, {QStringLiteral("start"), QStringLiteral("end")});
        m_data.roles.append(role);
    }

    void readMovement(FieldReader &r)
    {
        MovementRecord movement;
        movement.id = m_currentId;
        movement.personId = r.id("person_id");
        movement.kind = r.string("kind");
        if (r.ok() && !movementKinds().contains(movement.kind))
            r.fail(QStringLiteral("unknown kind \"%1\" (expected one of: %2)")
                       .arg(movement.kind, movementKinds().join(QLatin1Char(' '))));
        movement.companyId = r.id("company_id");
        movement.toCompanyId = r.optionalId("to_company_id");
        movement.date = r.date("date", "precision");
        requireKnown(r, "people", "person_id", movement.personId);
        requireKnown(r, "companies", "company_id", movement.companyId);
        if (movement.toCompanyId)
            requireKnown(r, "companies", "to_company_id", *movement.toCompanyId);
        movement.citations = citations(r, {QStringLiteral("date")});
        m_data.movements.append(movement);
    }

    // Format 2: a citation's id (unique in the file), its anchor, and the date it states.
    void readAnchorAndStatedDate(FieldReader &c, CitationRecord &citation, const QStringList &statedFields)
    {
        citation.id = c.id("id");
        if (c.ok() && m_citationIds.contains(citation.id))
            c.fail(QStringLiteral("citation id %1 is used twice").arg(citation.id));
        m_citationIds.insert(citation.id);
        citation.prefix = c.string("prefix");
        citation.suffix = c.string("suffix");
        citation.bodySha256 = c.string("body_sha256", false);
        readAnchorState(c, citation);
        const QStringList stated{QStringLiteral("stated_date"), QStringLiteral("stated_precision"),
                                 QStringLiteral("stated_field")};
        const qsizetype given = std::count_if(stated.cbegin(), stated.cend(), [&c](const QString &field) {
            return c.has(field);
        });
        if (!c.ok() || given == 0)
            return;
        if (given != stated.size()) {
            c.fail(QStringLiteral("\"stated_date\", \"stated_precision\" and \"stated_field\" go together"));
            return;
        }
        citation.statedDate = c.date("stated_date", "stated_precision");
        citation.statedField = c.string("stated_field");
        if (c.ok() && !citation.statedDate.isKnown())
            c.fail(QStringLiteral("\"stated_date\" must be a date; leave the stated fields out for none"));
        if (c.ok() && !statedFields.contains(citation.statedField))
            c.fail(QStringLiteral("\"stated_field\" must be %1, not \"%2\"")
                       .arg(statedFields.join(QStringLiteral(" or ")), citation.statedField));
    }

    // Format 2: whether the words are in the article's text, and for a review the span offered.
    void readAnchorState(FieldReader &c, CitationRecord &citation)
    {
        if (c.ok() && c.has(QStringLiteral("anchor_state"))) {
            citation.anchorState = c.string("anchor_state");
            if (c.ok() && !anchorStates().contains(citation.anchorState))
                c.fail(QStringLiteral("\"anchor_state\" must be \"anchored\", \"review\" or \"orphan\", not \"%1\"")
                           .arg(citation.anchorState.left(100)));
        }
        if (!c.ok())
            return;
        if (citation.anchorState != QLatin1String("review")) {
            if (c.has(QStringLiteral("review_start")) || c.has(QStringLiteral("review_end")))
                c.fail(QStringLiteral("\"review_start\" and \"review_end\" go with \"anchor_state\": \"review\" only"));
            return;
        }
        citation.reviewStart = c.offset("review_start");
        citation.reviewEnd = c.offset("review_end");
        if (c.ok() && citation.reviewEnd <= citation.reviewStart)
            c.fail(QStringLiteral("\"review_end\" %1 must be greater than \"review_start\" %2")
                       .arg(citation.reviewEnd)
                       .arg(citation.reviewStart));
    }

    static const QStringList &anchorStates()
    {
        static const QStringList states{QStringLiteral("anchored"), QStringLiteral("review"), QStringLiteral("orphan")};
        return states;
    }

    void readChange(FieldReader &r)
    {
        ChangeLogRecord change;
        change.id = m_currentId;
        change.at = r.string("at", false);
        if (r.ok() && !QDateTime::fromString(change.at, Qt::ISODateWithMs).isValid())
            r.fail(QStringLiteral("\"at\" must be a date and time such as 2025-01-31T09:30:00.000Z"));
        change.entity = r.string("entity");
        if (r.ok() && !changeLogEntities().contains(change.entity))
            r.fail(QStringLiteral("unknown entity \"%1\" (expected one of: %2)")
                       .arg(change.entity.left(100), changeLogEntities().join(QLatin1Char(' '))));
        change.entityId = r.id("entity_id");
        change.action = r.string("action");
        if (r.ok() && !changeLogActions().contains(change.action))
            r.fail(QStringLiteral("unknown action \"%1\" (expected one of: %2)")
                       .arg(change.action.left(100), changeLogActions().join(QLatin1Char(' '))));
        change.before = r.objectOrNull("before");
        change.after = r.objectOrNull("after");
        m_data.changes.append(change);
    }

    QString *m_errorOut = nullptr;
    DataSet m_data;
    int m_version = JsonExchange::FormatVersion;
    QHash<QString, QSet<qint64>> m_ids;
    QSet<qint64> m_citationIds;
    qint64 m_currentId = 0;
};

QByteArray JsonExchange::toJson(const DataSet &data)
{
    QJsonArray sources;
    for (const SourceRecord &source : data.sources) {
        QJsonObject object{{QStringLiteral("id"), source.id},
                           {QStringLiteral("file"), source.file},
                           {QStringLiteral("title"), source.title},
                           {QStringLiteral("publisher"), source.publisher},
                           {QStringLiteral("url"), source.url},
                           {QStringLiteral("language"), source.language},
                           {QStringLiteral("published"), dateValue(source.published)},
                           {QStringLiteral("published_precision"), source.published.precisionName()}};
        // An article a person added travels with its text: no other database has it.
        if (!source.body.isEmpty() && source.body != bundledArticleBody(source.file))
            object.insert(QStringLiteral("body"), source.body);
        if (!source.versions.isEmpty()) {
            QJsonArray versions;
            for (const SourceVersionRecord &version : source.versions) {
                versions.append(QJsonObject{{QStringLiteral("body"), version.body},
                                            {QStringLiteral("sha256"), version.sha256},
                                            {QStringLiteral("replaced_at"), version.replacedAt}});
            }
            object.insert(QStringLiteral("versions"), versions);
        }
        sources.append(object);
    }
    QJsonArray companies;
    for (const CompanyRecord &company : data.companies) {
        companies.append(QJsonObject{{QStringLiteral("id"), company.id},
                                     {QStringLiteral("name_en"), company.nameEn},
                                     {QStringLiteral("name_zh"), company.nameZh}});
    }
    QJsonArray people;
    for (const PersonRecord &person : data.people) {
        people.append(QJsonObject{{QStringLiteral("id"), person.id},
                                  {QStringLiteral("name_en"), person.nameEn},
                                  {QStringLiteral("name_zh"), person.nameZh},
                                  {QStringLiteral("aliases"), QJsonArray::fromStringList(person.aliases)}});
    }
    QJsonArray roles;
    for (const RoleRecord &role : data.roles) {
        roles.append(QJsonObject{{QStringLiteral("id"), role.id},
                                 {QStringLiteral("person_id"), role.personId},
                                 {QStringLiteral("company_id"), role.companyId},
                                 {QStringLiteral("title_en"), role.titleEn},
                                 {QStringLiteral("title_zh"), role.titleZh},
                                 {QStringLiteral("start"), dateValue(role.start)},
                                 {QStringLiteral("start_precision"), role.start.precisionName()},
                                 {QStringLiteral("end"), dateValue(role.end)},
                                 {QStringLiteral("end_precision"), role.end.precisionName()},
                                 {QStringLiteral("citations"), citationsJson(role.citations)}});
    }
    QJsonArray movements;
    for (const MovementRecord &movement : data.movements) {
        movements.append(QJsonObject{
            {QStringLiteral("id"), movement.id},
            {QStringLiteral("person_id"), movement.personId},
            {QStringLiteral("kind"), movement.kind},
            {QStringLiteral("company_id"), movement.companyId},
            {QStringLiteral("to_company_id"),
             movement.toCompanyId ? QJsonValue(*movement.toCompanyId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("date"), dateValue(movement.date)},
            {QStringLiteral("precision"), movement.date.precisionName()},
            {QStringLiteral("citations"), citationsJson(movement.citations)}});
    }
    QJsonArray changes;
    for (const ChangeLogRecord &change : data.changes) {
        changes.append(QJsonObject{{QStringLiteral("id"), change.id},
                                   {QStringLiteral("at"), change.at},
                                   {QStringLiteral("entity"), change.entity},
                                   {QStringLiteral("entity_id"), change.entityId},
                                   {QStringLiteral("action"), change.action},
                                   {QStringLiteral("before"), objectOrNull(change.before)},
                                   {QStringLiteral("after"), objectOrNull(change.after)}});
    }
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("sources"), sources},
                           {QStringLiteral("companies"), companies},
                           {QStringLiteral("people"), people},
                           {QStringLiteral("roles"), roles},
                           {QStringLiteral("movements"), movements},
                           {QStringLiteral("change_log"), changes}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<DataSet> JsonExchange::fromJson(QByteArray json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error) {
            if (parseError.error != QJsonParseError::NoError) {
                const QByteArray before = json.left(parseError.offset);
                *error = QStringLiteral("not valid JSON: %1 at line %2")
                             .arg(parseError.errorString())
                             .arg(before.count('\n') + 1);
            } else {
                *error = QStringLiteral("not a Talentflow export (the top level must be a JSON object)");
            }
        }
        return std::nullopt;
    }
    // The document holds its own copy: release the text before the records are built beside it
    // (420 MB less at the peak of a 1M-movement import).
    json = QByteArray();
    return JsonRecordReader::Parser().parse(document.object(), error);
}

bool JsonExchange::verifyCitations(const SourcesById &sources, const QString &record,
                                   const QList<CitationRecord> &citations, QString *error)
{
    for (int i = 0; i < citations.size(); ++i) {
        const CitationRecord &c = citations.at(i);
        const SourceRecord *source = sources.value(c.sourceId);
        const auto refuse = [&](const QString &why) {
            if (error)
                *error = QStringLiteral("%1 citation %2 (id %3): %4").arg(record).arg(i).arg(c.id).arg(why);
            return false;
        };
        // A citation waiting for review or an orphan is on the earlier text its digest names.
        const SourceVersionRecord *version = nullptr;
        if (source && !c.isAnchored()) {
            for (const SourceVersionRecord &kept : source->versions) {
                if (kept.sha256 == c.bodySha256) {
                    version = &kept;
                    break;
                }
            }
            if (!version)
                return refuse(QStringLiteral("\"body_sha256\" names no earlier text of source %1 (a citation under review "
                                             "or an orphan is on one of the source's \"versions\")")
                                  .arg(c.sourceId));
        }
        const QString &body = version ? version->body : source ? source->body : QString();
        const QString text = version ? QStringLiteral("the earlier text %1 of source %2").arg(version->sha256.left(12)).arg(c.sourceId)
                                     : QStringLiteral("source %1").arg(c.sourceId);
        if (!source || c.end > body.size() || body.mid(c.start, c.end - c.start) != c.text) {
            if (error)
                *error = QStringLiteral("%1 citation %2: text does not match %3 at %4..%5")
                             .arg(record)
                             .arg(i)
                             .arg(text)
                             .arg(c.start)
                             .arg(c.end);
            return false;
        }
        // The span offered for review is in the article's text as it is now.
        if (c.reviewEnd > source->body.size())
            return refuse(QStringLiteral("\"review_end\" %1 is past the end of source %2's text (%3 UTF-16 units)")
                              .arg(c.reviewEnd)
                              .arg(c.sourceId)
                              .arg(source->body.size()));
        if (c.bodySha256.isEmpty())
            continue; // format 1 carries no anchor; the import computes it
        const QString &digest = version ? version->sha256 : source->sha256;
        const QuoteAnchor anchor = QuoteAnchor::at(body, c.start, c.end, digest.toLatin1());
        const char *wrong = c.bodySha256 != digest ? "body_sha256"
            : c.prefix != anchor.prefix            ? "prefix"
            : c.suffix != anchor.suffix            ? "suffix"
                                                   : nullptr;
        if (wrong) {
            return refuse(QStringLiteral("\"%1\" does not agree with %2 at %3..%4 (%5)")
                              .arg(QLatin1String(wrong))
                              .arg(text)
                              .arg(c.start)
                              .arg(c.end)
                              .arg(qstrcmp(wrong, "body_sha256") == 0
                                       ? QStringLiteral("it is not the digest of the source's text")
                                       : QStringLiteral("it must be the up to %1 characters %2 the words")
                                             .arg(QuoteAnchor::contextLength)
                                             .arg(qstrcmp(wrong, "prefix") == 0 ? QStringLiteral("before")
                                                                                : QStringLiteral("after"))));
        }
    }
    return true;
}

JsonExchange::SourcesById JsonExchange::sourcesById(const QList<SourceRecord> &sources)
{
    SourcesById byId;
    for (const SourceRecord &source : sources)
        byId.insert(source.id, &source);
    return byId;
}

bool JsonExchange::verifyCitations(const DataSet &data, QString *error)
{
    const SourcesById sources = sourcesById(data.sources);
    const auto check = [&](const QString &record, const QList<CitationRecord> &citations) {
        return verifyCitations(sources, record, citations, error);
    };
    for (int i = 0; i < data.roles.size(); ++i) {
        if (!check(QStringLiteral("roles[%1] (id %2)").arg(i).arg(data.roles.at(i).id), data.roles.at(i).citations))
            return false;
    }
    for (int i = 0; i < data.movements.size(); ++i) {
        if (!check(QStringLiteral("movements[%1] (id %2)").arg(i).arg(data.movements.at(i).id),
                   data.movements.at(i).citations))
            return false;
    }
    for (const DisputeRecord &dispute : data.disputes) {
        for (const DisputeSideRecord &side : dispute.sides) {
            if (!check(QStringLiteral("dispute %1").arg(dispute.id), side.citations))
                return false;
        }
    }
    return true;
}


JsonRecordReader::JsonRecordReader()
    : m_parser(std::make_unique<Parser>())
{
}

JsonRecordReader::~JsonRecordReader() = default;

bool JsonRecordReader::readHeader(const QJsonValue &format, const QJsonValue &version,
                                  const std::function<bool(const QString &)> &isArray, QString *error)
{
    m_parser->setErrorOutput(error);
    return m_parser->readHeader(format, version, isArray);
}

QStringList JsonRecordReader::sections() const
{
    QStringList names;
    for (const char *section : m_parser->sections())
        names.append(QLatin1String(section));
    return names;
}

bool JsonRecordReader::read(const QString &section, qsizetype index, const QJsonValue &element, QString *error)
{
    m_parser->setErrorOutput(error);
    const QByteArray name = section.toLatin1();
    return m_parser->readElement(QLatin1String(name), index, element);
}

DataSet &JsonRecordReader::records()
{
    return m_parser->data();
}

} // namespace talentflow
