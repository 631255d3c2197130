#pragma once

#include "models/PartialDate.h"
#include "models/Records.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace talentflow {

// Plain data for the timeline charts; no SQL or widgets beyond this point.

struct TimelineMarker
{
    qint64 movementId = 0;
    qint64 personId = 0;
    QString kind;
    qint64 companyId = 0;
    std::optional<qint64> toCompanyId;
    PartialDate date;
    bool disputed = false;
    bool returning = false; // the move that brings the person back to a company they had left
    QString firstExcerpt;
    // Where the first excerpt stands, to order undated moves as the articles tell them.
    qint64 firstSourceId = 0;
    int firstCitationStart = 0;
    QList<qint64> sourceIds; // every article that cites the move, by id
};

// A stretch of time someone spent at a company (from a role, or in the founder view from moves).
struct TimelineBar
{
    qint64 personId = 0;
    qint64 companyId = 0;
    PartialDate start;
    PartialDate end; // unknown: still there, or the articles do not say
    bool onLeave = false;
    QString titleEn;
    QString titleZh;
};

struct TimelineLane
{
    qint64 key = 0; // a person id, or a company id when lanes are companies
    // With lanes per company, a company's heading lane comes first, then a lane for each of its
    // people (personId set), so no two people's stays share a row.
    bool heading = false;
    qint64 personId = 0;
    QString nameEn;
    QString nameZh;
    QList<TimelineBar> bars;
    QList<TimelineMarker> markers;
};

enum class LaneGrouping { Person, Company };
enum class TimelineKind { Departures, Founders };

struct TimelineData
{
    QList<TimelineLane> lanes;
    QHash<qint64, CompanyRecord> companies;
    QHash<qint64, PersonRecord> people;
    int undatedMarkers = 0; // moves no article dates: in the chart's band, never on the time axis
    int omittedLanes = 0;   // lanes left out of a very large selection (the busiest are kept)
    int sourceCount = 0;
    QList<SourceRecord> citedSources; // the articles the markers cite, by id, without their texts

    // The span of all dated bars and markers, or an invalid pair when nothing is dated.
    QPair<QDate, QDate> dateRange() const;
};

// How many founders were at the company at each change (midpoints of imprecise dates).
struct FounderStep
{
    QDate date;
    int present = 0; // at the company and not on leave
    int onLeave = 0;
};

struct FounderTimeline
{
    TimelineData data; // one lane per founder
    QList<FounderStep> steps;
};

// The plain data a chart is drawn from.
struct TimelineInput
{
    TimelineData data;
    QList<FounderStep> steps;
};

} // namespace talentflow
