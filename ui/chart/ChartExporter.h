#pragma once

#include "models/RoleFilter.h"
#include "ui/chart/ExportPresets.h"
#include "ui/chart/ExportedChart.h"
#include "ui/chart/FlowDiagram.h"
#include "ui/chart/TimelineChart.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QObject;
class QPainter;

namespace talentflow {

// Everything that decides what a timeline chart shows: its data and how the filter reads.
struct ChartRequest : TimelineQuery
{
    FilterDescription description;

    TimelineSpec spec() const;
};

// What an export wrote: the texts it used and the marks and sources it drew.
struct ExportResult
{
    QString title;
    QString alt;
    QString frameText;           // the header and footer as drawn (empty when plain)
    QList<SourceRecord> sources; // numbered 1, 2, … in this order
    QList<DrawnMark> marks;
};

// A PNG export rendered and not yet written.
struct PreparedExport
{
    QString path;
    ExportResult result;
    QImage png;
    QString dataPath; // the drawn marks as CSV, when asked for
    QByteArray csv;
};

namespace ChartExporter {

constexpr int minSide = 200;
constexpr int maxSide = 10000;
constexpr int maxScale = 3;

// Builds a chart for an export of this size: where the lanes would be too close to read, it
// keeps the busiest that fit and says so in the caption.
std::unique_ptr<TimelineChart> buildToFit(const TimelineInput &input, const TimelineSpec &spec, const QSize &size);

// Renders into an image of exactly size × scale pixels (PNG) or a size-sized SVG, by the file's
// extension, with no screen involved. Writes the file only when complete.
bool render(TimelineChart &timeline, const QString &path, const QSize &size, int scale, QString *error);

// Renders into an image of exactly size × scale pixels, with no file involved.
QImage renderImage(TimelineChart &timeline, const QSize &size, int scale);

// The talent flow, laid out at this size, the same ways.
bool render(FlowDiagram &diagram, const QString &path, const QSize &size, int scale, QString *error);
QImage renderImage(FlowDiagram &diagram, const QSize &size, int scale);

// Checks a requested size and scale; the message names the problem.
bool validate(const QSize &size, int scale, QString *error);

// Paints a timeline laid out at this size, off screen, at the painter's origin.
void paintTimeline(TimelineChart &timeline, const QSize &size, QPainter &painter);

// The title, description, dates and sources an export of this chart starts from.
ExportResult prefill(ExportedChart &chart, const ChartExportSettings &settings);

// Writes the chart with its header and footer as the settings ask: PNG of exactly size × scale
// pixels, SVG, or PDF (Print: one A4 page), by the file's extension; the alt text goes in the
// PNG's Description, the SVG's <desc> and the PDF's description (its subject in XMP). With a
// data path, the drawn marks go there as CSV. Writes nothing unless everything can be written.
std::optional<ExportResult> exportChart(ExportedChart &chart, const QString &path, const ChartExportSettings &settings,
                                        QString *error);

// A PNG export in two steps, so the window renders it and a worker compresses and writes it:
// preparePng() lays out and renders (GUI thread), writePrepared() writes both files or neither
// (any thread), writeInBackground() runs that on a worker and calls done on context's thread
// with the error, empty when written.
std::optional<PreparedExport> preparePng(ExportedChart &chart, const QString &path, const ChartExportSettings &settings,
                                         QString *error);
bool writePrepared(const PreparedExport &prepared, QString *error);
using WriteDone = std::function<void(const QString &error)>;
void writeInBackground(PreparedExport prepared, QObject *context, WriteDone done);

} // namespace ChartExporter

} // namespace talentflow
