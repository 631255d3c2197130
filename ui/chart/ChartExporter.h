#pragma once

#include "models/RoleFilter.h"
#include "ui/chart/TimelineChartBuilder.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>

namespace talentflow {

class Database;

// Everything that decides what a timeline chart shows.
struct ChartRequest
{
    TimelineKind kind = TimelineKind::Departures;
    LaneGrouping grouping = LaneGrouping::Person;
    RoleFilter filter;
    FilterDescription description;
    qint64 foundersCompanyId = 0; // 0: OpenAI

    TimelineSpec spec() const;
};

// The plain data a chart is drawn from; loading it needs only a database connection, so it can
// run on a worker thread with a connection of its own.
struct TimelineInput
{
    TimelineData data;
    QList<FounderStep> steps;
};

namespace ChartExporter {

std::optional<TimelineInput> load(Database &database, const ChartRequest &request, QString *error);

constexpr int minSide = 200;
constexpr int maxSide = 10000;
constexpr int maxScale = 3;

// Builds a chart from the database (on the calling thread) for an export of this size: where the
// lanes would be too close to read, it keeps the busiest that fit and says so in the caption.
std::unique_ptr<TimelineChart> build(Database &database, const ChartRequest &request, const QSize &size, QString *error);
std::unique_ptr<TimelineChart> buildToFit(const TimelineInput &input, const TimelineSpec &spec, const QSize &size);

// Renders into an image of exactly size × scale pixels (PNG) or a size-sized SVG, by the file's
// extension, with no screen involved. Writes the file only when complete.
bool render(TimelineChart &timeline, const QString &path, const QSize &size, int scale, QString *error);

// Renders into an image of exactly size × scale pixels, with no file involved.
QImage renderImage(TimelineChart &timeline, const QSize &size, int scale);

// Checks a requested size and scale; the message names the problem.
bool validate(const QSize &size, int scale, QString *error);

} // namespace ChartExporter

} // namespace talentflow
