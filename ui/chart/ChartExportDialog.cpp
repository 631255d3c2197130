#include "ui/chart/ChartExportDialog.h"

#include "ui/AppSettings.h"
#include "ui/UiLanguage.h"
#include "ui/chart/ExportFrame.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace talentflow {

ChartExportDialog::ChartExportDialog(QWidget *parent, Prefill prefill)
    : QDialog(parent)
    , m_prefill(std::move(prefill))
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_alt(new QPlainTextEdit(this))
    , m_subtitle(new QLineEdit(this))
    , m_notes(new QLineEdit(this))
    , m_byline(new QLineEdit(this))
    , m_sources(new QLabel(this))
    , m_plain(new QCheckBox(tr("&Chart only, without header and footer"), this))
    , m_transparent(new QCheckBox(tr("&Transparent background, for slides"), this))
    , m_data(new QCheckBox(tr("Also save the &data as CSV (the marks drawn, with their sources)"), this))
{
    setWindowTitle(tr("Export Chart"));
    for (ExportPreset preset : ExportPresets::named())
        m_preset->addItem(ExportPresets::label(preset), int(preset));
    m_preset->addItem(ExportPresets::label(ExportPreset::Custom), int(ExportPreset::Custom));
    const int remembered = m_preset->findData(int(ExportPresets::fromKey(AppSettings::exportPreset()).value_or(ExportPreset::Custom)));
    m_preset->setCurrentIndex(AppSettings::exportPreset().isEmpty() ? m_preset->count() - 1 : qMax(0, remembered));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(ChartExporter::minSide, ChartExporter::maxSide);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(1600);
    m_height->setValue(900);
    m_scale->addItem(tr("1× (screen)"), 1);
    m_scale->addItem(tr("2× (print, retina)"), 2);
    m_scale->addItem(tr("3×"), 3);
    m_scale->setCurrentIndex(1);
    m_alt->setTabChangesFocus(true);
    m_alt->setFixedHeight(m_alt->fontMetrics().lineSpacing() * 4 + 12);
    m_alt->setToolTip(tr("Read aloud by screen readers in place of the picture; saved in the PNG, the SVG and the PDF"));
    m_subtitle->setPlaceholderText(tr("Optional: one sentence on what the chart shows"));
    m_notes->setPlaceholderText(tr("Optional: method, caveats"));
    m_byline->setPlaceholderText(tr("Optional: who made the chart"));
    m_byline->setText(AppSettings::exportByline());
    m_sources->setWordWrap(true);
    m_sources->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_scale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        AppSettings::setExportPreset(ExportPresets::key(settings().preset));
        AppSettings::setExportByline(m_byline->text());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Alt text:"), m_alt);
    form->addRow(tr("D&escription:"), m_subtitle);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Byline:"), m_byline);
    form->addRow(tr("Sources:"), m_sources);
    form->addRow(QString(), m_plain);
    form->addRow(QString(), m_transparent);
    form->addRow(QString(), m_data);
    form->addRow(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ChartExportDialog::refresh);
    connect(m_width, &QSpinBox::editingFinished, this, &ChartExportDialog::refresh);
    connect(m_height, &QSpinBox::editingFinished, this, &ChartExportDialog::refresh);
    refresh();
    resize(640, sizeHint().height());
}

void ChartExportDialog::refresh()
{
    const bool custom = settings().preset == ExportPreset::Custom;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_width, m_height, m_scale})
        widget->setEnabled(custom);
    if (!custom) {
        const ExportPreset preset = settings().preset;
        m_width->setValue(ExportPresets::size(preset).width());
        m_height->setValue(ExportPresets::size(preset).height());
        m_scale->setCurrentIndex(m_scale->findData(ExportPresets::scale(preset)));
    }
    if (!m_prefill)
        return;
    // What the chart draws at this size decides its sources and its description; a text the
    // user changed stays theirs.
    ChartExportSettings asked = settings();
    asked.title.clear();
    asked.alt.clear();
    const ExportResult generated = m_prefill(asked);
    if (m_title->text().isEmpty() || m_title->text() == m_generatedTitle)
        m_title->setText(generated.title);
    if (m_alt->toPlainText().isEmpty() || m_alt->toPlainText() == m_generatedAlt)
        m_alt->setPlainText(generated.alt);
    m_generatedTitle = generated.title;
    m_generatedAlt = generated.alt;
    const QStringList lines = ExportFrame::sourceLines(generated.sources, uiIsChinese());
    m_sources->setText(lines.isEmpty() ? tr("No article is cited by the marks drawn") : lines.join(QLatin1Char('\n')));
}

QSize ChartExportDialog::chartSize() const
{
    return QSize(m_width->value(), m_height->value());
}

int ChartExportDialog::scale() const
{
    return m_scale->currentData().toInt();
}

ChartExportSettings ChartExportDialog::settings() const
{
    ChartExportSettings settings;
    settings.preset = ExportPreset(m_preset->currentData().toInt());
    settings.size = chartSize();
    settings.scale = scale();
    settings.title = m_title->text().trimmed();
    settings.subtitle = m_subtitle->text().trimmed();
    settings.notes = m_notes->text().trimmed();
    settings.byline = m_byline->text().trimmed();
    settings.alt = m_alt->toPlainText().trimmed();
    settings.plain = m_plain->isChecked();
    settings.transparent = m_transparent->isChecked();
    return settings;
}

bool ChartExportDialog::savesData() const
{
    return m_data->isChecked();
}

QString ChartExportDialog::fileFilter() const
{
    if (settings().preset == ExportPreset::Print)
        return tr("PDF document (*.pdf)");
    return tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
}

} // namespace talentflow
