#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace talentflow {

// The sizes newsrooms publish at. Print is an A4 page of vector PDF; the others are pictures.
enum class ExportPreset { Custom, Article, Slide, Social, Print };

namespace ExportPresets {

QList<ExportPreset> named();
QString key(ExportPreset preset);
std::optional<ExportPreset> fromKey(const QString &key);
// The size the chart is laid out at, in pixels (for Print, the A4 page at 96 pixels per inch).
QSize size(ExportPreset preset);
int scale(ExportPreset preset);
// "Article: 600 px wide at 2×", in the UI language.
QString label(ExportPreset preset);

} // namespace ExportPresets

// Everything an export is asked for besides the chart itself. Empty texts are generated.
struct ChartExportSettings
{
    ExportPreset preset = ExportPreset::Custom;
    QSize size{1600, 900};
    int scale = 1;
    QString title;
    QString subtitle;
    QString notes;
    QString byline;
    QString alt;
    bool plain = false;       // the chart alone: no header, no footer
    bool asInWindow = false;  // no frame: the chart with its own title and source count, as the window draws it
    bool transparent = false; // no background, for slides
    QString dataPath;         // also write the drawn marks here as CSV

    // The preset's size and scale, or the custom ones.
    QSize layoutSize() const;
    int pixelScale() const;
};

} // namespace talentflow
