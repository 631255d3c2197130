#pragma once

#include "ui/chart/ChartExporter.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace talentflow {

// Asks how to export the chart: a preset (Article, Slide, Social, Print) or a custom size and
// scale; the header's title and description, the footer's notes and byline, prefilled; the alt
// text, generated and editable, as prominent as the title; chart-only, transparent, and whether
// to save the drawn marks as CSV beside the picture. The numbered sources are shown, not typed:
// they are the articles the drawn marks cite.
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    // prefill: the generated title, alt text and sources for some settings (none: nothing generated).
    using Prefill = std::function<ExportResult(const ChartExportSettings &settings)>;
    explicit ChartExportDialog(QWidget *parent = nullptr, Prefill prefill = {});

    QSize chartSize() const;
    int scale() const;
    ChartExportSettings settings() const;
    bool savesData() const;
    // The file types the chosen preset can be written as, for a save dialog.
    QString fileFilter() const;

private:
    void refresh();

    Prefill m_prefill;
    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QLineEdit *m_title;
    QPlainTextEdit *m_alt;
    QLineEdit *m_subtitle;
    QLineEdit *m_notes;
    QLineEdit *m_byline;
    QLabel *m_sources;
    QCheckBox *m_plain;
    QCheckBox *m_transparent;
    QCheckBox *m_data;
    QString m_generatedTitle;
    QString m_generatedAlt;
};

} // namespace talentflow
