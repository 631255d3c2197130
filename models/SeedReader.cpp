#include "models/SeedReader.h"

#include "models/BundledArticles.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace talentflow {

namespace {

class SeedParser
{
public:
    explicit SeedParser(const SeedReader::BodyLookup &bodyOf)
        : m_bodyOf(bodyOf)
    {
    }

    std::optional<DataSet> parse(const QJsonObject &root, QString *error)
    {
        m_error = error;
        if (!parseSources(root.value(QLatin1String("sources")).toArray())
            || !parseKeyed(root.value(QLatin1String("companies")).toArray(), QStringLiteral("company"), m_companyIds,
                           [this](const QJsonObject &o, qint64 id) {
                               m_data.companies.append({id, o.value(QLatin1String("name_en")).toString(),
                                                        o.value(QLatin1String("name_zh")).toString()});
                               return true;
                           })
            || !parseKeyed(root.value(QLatin1String("people")).toArray(), QStringLiteral("person"), m_personIds,
                           [this](const QJsonObject &o, qint64 id) {
                               PersonRecord person{id, o.value(QLatin1String("name_en")).toString(),
                                                   o.value(QLatin1String("name_zh")).toString(), {}};
                               for (const QJsonValue &alias : o.value(QLatin1String("aliases")).toArray())
                                   person.aliases.append(alias.toString());
                               m_data.people.append(person);
                               return true;
                           })
            || !parseDisputes(root.value(QLatin1String("disputes")).toArray())
            || !parseRoles(root.value(QLatin1String("roles")).toArray())
            || !parseMovements(root.value(QLatin1String("movements")).toArray()))
            return std::nullopt;
        return m_data;
    }

private:
    bool fail(const QString &record, const QString &why)
    {
        if (m_error)
            *m_error = QStringLiteral("seed %1: %2").arg(record, why);
        return false;
    }

    bool parseSources(const QJsonArray &sources)
    {
        for (const QJsonValue &value : sources) {
            const QJsonObject o = value.toObject();
            SourceRecord source;
            source.id = m_data.sources.size() + 1;
            source.file = o.value(QLatin1String("file")).toString();
            source.title = o.value(QLatin1String("title")).toString();
            source.publisher = o.value(QLatin1String("publisher")).toString();
            source.language = o.value(QLatin1String("language")).toString();
            const QString record = QStringLiteral("source %1").arg(source.file);
            QString why;
            const std::optional<PartialDate> published =
                PartialDate::fromIso(o.value(QLatin1String("published")).toString(), &why);
            if (!published)
                return fail(record, why);
            source.published = *published;
            source.body = m_bodyOf(source.file);
            if (source.body.isNull())
                return fail(record, QStringLiteral("article text not found"));
            source.sha256 = bodySha256(source.body);
            m_sourceIds.insert(o.value(QLatin1String("key")).toString(), source.id);
            m_data.sources.append(source);
        }
        return true;
    }

    template<typename Add>
    bool parseKeyed(const QJsonArray &items, const QString &what, QHash<QString, qint64> &ids, Add add)
    {
        qint64 id = 0;
        for (const QJsonValue &value : items) {
            const QJsonObject o = value.toObject();
            const QString key = o.value(QLatin1String("key")).toString();
            if (key.isEmpty() || ids.contains(key))
                return fail(QStringLiteral("%1 \"%2\"").arg(what, key), QStringLiteral("missing or repeated key"));
            ids.insert(key, ++id);
            if (!add(o, id))
                return false;
        }
        return true;
    }

    bool parseDisputes(const QJsonArray &disputes)
    {
        return parseKeyed(disputes, QStringLiteral("dispute"), m_disputeIds, [this](const QJsonObject &o, qint64 id) {
            DisputeRecord dispute{id, o.value(QLatin1String("topic_en")).toString(),
                                  o.value(QLatin1String("topic_zh")).toString(), {}};
            const QString record = QStringLiteral("dispute %1").arg(o.value(QLatin1String("key")).toString());
            for (const QJsonValue &sideValue : o.value(QLatin1String("sides")).toArray()) {
                const QJsonObject side = sideValue.toObject();
                DisputeSideRecord record2{side.value(QLatin1String("summary_en")).toString(),
                                          side.value(QLatin1String("summary_zh")).toString(), {}};
                if (!parseCitations(side.value(QLatin1String("cite")).toArray(), record, record2.citations))
                    return false;
                dispute.sides.append(record2);
            }
            m_data.disputes.append(dispute);
            return true;
        });
    }

    bool lookup(const QHash<QString, qint64> &ids, const QJsonObject &o, const char *field, const QString &record,
                qint64 *id)
    {
        const QString key = o.value(QLatin1String(field)).toString();
        if (!ids.contains(key))
            return fail(record, QStringLiteral("unknown %1 \"%2\"").arg(QLatin1String(field), key));
        *id = ids.value(key);
        return true;
    }

    bool optionalDispute(const QJsonObject &o, const QString &record, std::optional<qint64> *disputeId)
    {
        if (o.value(QLatin1String("dispute")).isNull() || o.value(QLatin1String("dispute")).isUndefined())
            return true;
        qint64 id = 0;
        if (!lookup(m_disputeIds, o, "dispute", record, &id))
            return false;
        *disputeId = id;
        return true;
    }

    bool date(const QJsonObject &o, const char *field, const QString &record, PartialDate *out)
    {
        QString why;
        const std::optional<PartialDate> parsed = PartialDate::fromIso(o.value(QLatin1String(field)).toString(), &why);
        if (!parsed)
            return fail(record, why);
        *out = *parsed;
        return true;
    }

    bool parseRoles(const QJsonArray &roles)
    {
        for (const QJsonValue &value : roles) {
            const QJsonObject o = value.toObject();
            RoleRecord role;
            role.id = m_data.roles.size() + 1;
            const QString record = QStringLiteral("role %1 (%2 at %3)")
                                       .arg(role.id)
                                       .arg(o.value(QLatin1String("person")).toString(),
                                            o.value(QLatin1String("company")).toString());
            role.titleEn = o.value(QLatin1String("title_en")).toString();
            role.titleZh = o.value(QLatin1String("title_zh")).toString();
            if (!lookup(m_personIds, o, "person", record, &role.personId)
                || !lookup(m_companyIds, o, "company", record, &role.companyId)
                || !date(o, "start", record, &role.start) || !date(o, "end", record, &role.end)
                || !optionalDispute(o, record, &role.disputeId)
                || !parseCitations(o.value(QLatin1String("cite")).toArray(), record, role.citations))
                return false;
            role.dateNote = o.value(QLatin1String("why")).toString();
            role.endedUndated = o.value(QLatin1String("ended")).toBool();
            if (role.endedUndated && role.end.isKnown())
                return fail(record, QStringLiteral("\"ended\" is for a role whose end date is not stated"));
            m_data.roles.append(role);
        }
        return true;
    }

    bool parseMovements(const QJsonArray &movements)
    {
        for (const QJsonValue &value : movements) {
            const QJsonObject o = value.toObject();
            MovementRecord movement;
            movement.id = m_data.movements.size() + 1;
            movement.kind = o.value(QLatin1String("kind")).toString();
            const QString record = QStringLiteral("movement %1 (%2 %3 %4)")
                                       .arg(movement.id)
                                       .arg(o.value(QLatin1String("person")).toString(), movement.kind,
                                            o.value(QLatin1String("company")).toString());
            if (!movementKinds().contains(movement.kind))
                return fail(record, QStringLiteral("unknown kind"));
            if (!lookup(m_personIds, o, "person", record, &movement.personId)
                || !lookup(m_companyIds, o, "company", record, &movement.companyId)
                || !date(o, "date", record, &movement.date) || !optionalDispute(o, record, &movement.disputeId)
                || !parseCitations(o.value(QLatin1String("cite")).toArray(), record, movement.citations))
                return false;
            movement.dateNote = o.value(QLatin1String("why")).toString();
            if (!o.value(QLatin1String("to")).isNull()) {
                qint64 to = 0;
                if (!lookup(m_companyIds, o, "to", record, &to))
                    return false;
                movement.toCompanyId = to;
            }
            m_data.movements.append(movement);
        }
        return true;
    }

    bool parseCitations(const QJsonArray &cites, const QString &record, QList<CitationRecord> &out)
    {
        if (cites.isEmpty())
            return fail(record, QStringLiteral("cites no excerpt"));
        for (const QJsonValue &value : cites) {
            const QJsonArray cite = value.toArray();
            const QString sourceKey = cite.at(0).toString();
            const QString text = cite.at(1).toString();
            const int occurrence = cite.size() > 2 ? cite.at(2).toInt() : 0;
            if (!m_sourceIds.contains(sourceKey))
                return fail(record, QStringLiteral("unknown source \"%1\"").arg(sourceKey));
            const qint64 sourceId = m_sourceIds.value(sourceKey);
            const QString &body = m_data.sources.at(sourceId - 1).body;
            if (text.isEmpty())
                return fail(record, QStringLiteral("empty excerpt"));

            QList<int> positions;
            for (int at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1))
                positions.append(at);
            if (positions.isEmpty())
                return fail(record, QStringLiteral("excerpt not in article %1: \"%2\"").arg(sourceKey, text));
            if (occurrence == 0 && positions.size() > 1)
                return fail(record, QStringLiteral("excerpt occurs %1 times in article %2; say which: \"%3\"")
                                        .arg(positions.size())
                                        .arg(sourceKey, text));
            if (occurrence > positions.size())
                return fail(record, QStringLiteral("excerpt has no occurrence %1: \"%2\"").arg(occurrence).arg(text));
            const int start = positions.at(occurrence > 0 ? occurrence - 1 : 0);
            out.append({sourceId, start, start + int(text.size()), text});
        }
        return true;
    }

    const SeedReader::BodyLookup &m_bodyOf;
    QString *m_error = nullptr;
    DataSet m_data;
    QHash<QString, qint64> m_sourceIds;
    QHash<QString, qint64> m_companyIds;
    QHash<QString, qint64> m_personIds;
    QHash<QString, qint64> m_disputeIds;
};

} // namespace

std::optional<DataSet> SeedReader::read(const QByteArray &seedJson, const BodyLookup &bodyOf, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(seedJson, &parseError);
    if (document.isNull()) {
        if (error)
            *error = QStringLiteral("seed is not valid JSON: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    return SeedParser(bodyOf).parse(document.object(), error);
}

std::optional<DataSet> SeedReader::readBuiltIn(QString *error)
{
    QFile seed(QStringLiteral(":/seed/seed.json"));
    if (!seed.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the built-in seed is missing");
        return std::nullopt;
    }
    return read(seed.readAll(), &bundledArticleBody, error);
}

} // namespace talentflow
