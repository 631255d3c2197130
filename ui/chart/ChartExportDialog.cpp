#include "ui/chart/ChartExportDialog.h"

#include "ui/chart/ChartExporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace talentflow {

ChartExportDialog::ChartExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
{
    setWindowTitle(tr("Export Chart"));
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(buttons);
}

QSize ChartExportDialog::chartSize() const
{
    return QSize(m_width->value(), m_height->value());
}

int ChartExportDialog::scale() const
{
    return m_scale->currentData().toInt();
}

} // namespace talentflow
