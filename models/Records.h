#pragma once

#include "models/PartialDate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace talentflow {

// Plain data exchanged between the database, the seed, the JSON/CSV formats and the views.
// Ids are those of the store the records came from (a file, the seed, or the database).

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
    QString url; // where it can be read; not in export format 1
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

struct DataSet
{
    QList<SourceRecord> sources;
    QList<CompanyRecord> companies;
    QList<PersonRecord> people;
    QList<DisputeRecord> disputes;
    QList<RoleRecord> roles;
    QList<MovementRecord> movements;
};

// The stored keys of the movement kinds (models/MovementKind.h), to validate imported data.
const QStringList &movementKinds();

} // namespace talentflow
