#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace talentflow {

// Asks for the exported chart's size in pixels and its scale (1×, 2×, 3×).
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChartExportDialog(QWidget *parent = nullptr);

    QSize chartSize() const;
    int scale() const;

private:
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
};

} // namespace talentflow
