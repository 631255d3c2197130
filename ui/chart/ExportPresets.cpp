#include "ui/chart/ExportPresets.h"

namespace talentflow {

namespace {

struct PresetRow
{
    ExportPreset preset;
    const char *key;
    QSize size;
    int scale;
};

// A4 is 210 × 297 mm: 793.7 × 1122.5 pixels at 96 per inch, the resolution the page is written at.
constexpr PresetRow presetRows[] = {
    {ExportPreset::Article, "article", QSize(600, 750), 2},
    {ExportPreset::Slide, "slide", QSize(1920, 1080), 1},
    {ExportPreset::Social, "social", QSize(1200, 675), 1},
    {ExportPreset::Print, "print", QSize(794, 1123), 1},
};

const PresetRow *rowOf(ExportPreset preset)
{
    for (const PresetRow &row : presetRows)
        if (row.preset == preset)
            return &row;
    return nullptr;
}

} // namespace

QList<ExportPreset> ExportPresets::named()
{
    QList<ExportPreset> presets;
    for (const PresetRow &row : presetRows)
        presets.append(row.preset);
    return presets;
}

QString ExportPresets::key(ExportPreset preset)
{
    const PresetRow *row = rowOf(preset);
    return row ? QString::fromLatin1(row->key) : QStringLiteral("custom");
}

std::optional<ExportPreset> ExportPresets::fromKey(const QString &key)
{
    for (const PresetRow &row : presetRows)
        if (key == QLatin1String(row.key))
            return row.preset;
    return std::nullopt;
}

QSize ExportPresets::size(ExportPreset preset)
{
    const PresetRow *row = rowOf(preset);
    return row ? row->size : QSize();
}

int ExportPresets::scale(ExportPreset preset)
{
    const PresetRow *row = rowOf(preset);
    return row ? row->scale : 1;
}

QString ExportPresets::label(ExportPreset preset)
{
    switch (preset) {
    case ExportPreset::Article:
        return QCoreApplication::translate("talentflow::ExportPresets", "Article: 600 px wide at 2×");
    case ExportPreset::Slide:
        return QCoreApplication::translate("talentflow::ExportPresets", "Slide: 1920 × 1080");
    case ExportPreset::Social:
        return QCoreApplication::translate("talentflow::ExportPresets", "Social: 1200 × 675");
    case ExportPreset::Print:
        return QCoreApplication::translate("talentflow::ExportPresets", "Print: A4 page, vector PDF");
    case ExportPreset::Custom:
        break;
    }
    return QCoreApplication::translate("talentflow::ExportPresets", "Custom size");
}

QSize ChartExportSettings::layoutSize() const
{
    return preset == ExportPreset::Custom ? size : ExportPresets::size(preset);
}

int ChartExportSettings::pixelScale() const
{
    return preset == ExportPreset::Custom ? scale : ExportPresets::scale(preset);
}

} // namespace talentflow
