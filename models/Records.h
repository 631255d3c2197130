#pragma once

#include "models/PartialDate.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace talentflow {

// Plain data exchanged between the database, the seed, the JSON/CSV formats and the views.
// Ids are those of the store the records came from (a file, the seed, or the database).

// An article's text as it was before a correction replaced it (schema 9's source_version).
struct SourceVersionRecord
{
    QString body;
    QString sha256;
    QString replacedAt; // when it was replaced, as stored: UTC, ISO 8601 with milliseconds
};

struct SourceRecord
{
    qint64 id = 0;
    QString file;
    QString title;
    QString publisher;
    QString language;
    PartialDate published;
    QString body;
    QString sha256;
    QString url; // where it can be read; export format 2 on
    QList<SourceVersionRecord> versions; // its earlier texts, oldest first; export format 2 on
};

struct CompanyRecord
{
    qint64 id = 0;
    QString nameEn;
    QString nameZh;
};

struct PersonRecord
{
    qint64 id = 0;
    QString nameEn;
    QString nameZh;
    QStringList aliases;
};

struct CitationRecord
{
    qint64 sourceId = 0;
    int start = 0; // UTF-16 offsets into the source body
    int end = 0;
    QString text;
    // Export format 2 on: the citation's own id (0: none given, the database picks one), its
    // anchor (up to 32 characters either side and the digest of the text its offsets belong
    // to; empty when not known), and the date the words state for their fact, if any, with the
    // fact's field it is for ("date" of a move, "start" or "end" of a role; empty for none).
    qint64 id = 0;
    QString prefix;
    QString suffix;
    QString bodySha256;
    PartialDate statedDate;
    QString statedField;
    // Format 2 on: "anchored" (its words are in the article's text), or "review" or "orphan"
    // (they are not: offsets, text, anchor and digest are those of the earlier text the digest
    // names). A review offers the span reviewStart..reviewEnd of the current text; -1 for none.
    QString anchorState = QStringLiteral("anchored");
    int reviewStart = -1;
    int reviewEnd = -1;

    bool isAnchored() const { return anchorState == QLatin1String("anchored"); }
};

struct RoleRecord
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 companyId = 0;
    QString titleEn;
    QString titleZh;
    PartialDate start;
    PartialDate end;
    std::optional<qint64> disputeId;
    QList<CitationRecord> citations;
    // How the dates were derived where the excerpts do not spell them out; empty when they do.
    // Export format 1 carries neither this nor endedUndated.
    QString dateNote;
    // The articles say the role is over (a "former" title) but not when: the end stays unknown.
    bool endedUndated = false;
};

struct MovementRecord
{
    qint64 id = 0;
    qint64 personId = 0;
    QString kind;
    qint64 companyId = 0;
    std::optional<qint64> toCompanyId;
    PartialDate date;
    std::optional<qint64> disputeId;
    QList<CitationRecord> citations;
    // How the date was derived where the excerpts do not spell it out; empty when they do.
    QString dateNote;
};

// One side of a disagreement that is not itself a role or a movement (a count, say).
struct DisputeSideRecord
{
    QString summaryEn;
    QString summaryZh;
    QList<CitationRecord> citations;
};

// Where articles disagree. Its sides are the roles and movements that name it, plus any stated sides.
struct DisputeRecord
{
    qint64 id = 0;
    QString topicEn;
    QString topicZh;
    QList<DisputeSideRecord> sides;
};

// One row of the change log, as stored: "at" is kept as the text it was written as, and an
// absent "before" or "after" (an addition has nothing before it) is no object at all.
struct ChangeLogRecord
{
    qint64 id = 0;
    QString at;
    QString entity;
    qint64 entityId = 0;
    QString action;
    std::optional<QJsonObject> before;
    std::optional<QJsonObject> after;
};

struct DataSet
{
    QList<SourceRecord> sources;
    QList<CompanyRecord> companies;
    QList<PersonRecord> people;
    QList<DisputeRecord> disputes;
    QList<RoleRecord> roles;
    QList<MovementRecord> movements;
    QList<ChangeLogRecord> changes; // oldest first
};

// The stored keys of the movement kinds (models/MovementKind.h), to validate imported data.
const QStringList &movementKinds();
// The entities and actions a change-log row can name.
const QStringList &changeLogEntities();
const QStringList &changeLogActions();

} // namespace talentflow
