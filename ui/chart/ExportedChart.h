#pragma once

#include "models/CitedSources.h"
#include "models/CsvExporter.h"
#include "models/TalentFlow.h"
#include "models/TimelineData.h"
#include "ui/FilterDescription.h"
#include "ui/chart/TimelineChart.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSize>
#include <QStringList>

#include <memory>

class QPainter;

namespace talentflow {

class FlowDiagram;

// A chart as an export sees it, whichever view it is: laid out at a size, painted into a
// rectangle, and read back as the marks it draws, the articles they cite and a description for
// readers who cannot see it.
class ExportedChart
{
    Q_DECLARE_TR_FUNCTIONS(talentflow::ExportedChart)

public:
    virtual ~ExportedChart() = default;

    virtual QString title() const = 0;
    // In a frame, the chart leaves its title and source count to the header and footer.
    virtual void layoutTo(const QSize &size, bool framed, bool transparent) = 0;
    virtual void paint(QPainter &painter, const QRectF &target) = 0;
    // The articles the drawn marks cite, numbered.
    virtual SourceNumbering sources() const = 0;
    virtual QList<DrawnMark> marks() const = 0;
    // What the chart shows, in a few sentences in the UI language, naming its sources.
    virtual QString altText() const = 0;
    // Every piece of text the chart itself draws.
    virtual QStringList texts() const = 0;

    // The latest date among the drawn marks, or an unknown date.
    PartialDate latestDate() const;

protected:
    // "2015–2024", from the marks' dates, or empty.
    QString yearSpan() const;
    QString sentences(const QStringList &parts) const;
    QString sourcesSentence() const;
};

class TimelineExport : public ExportedChart
{
    Q_DECLARE_TR_FUNCTIONS(talentflow::TimelineExport)

public:
    TimelineExport(TimelineInput input, const TimelineSpec &spec);
    ~TimelineExport() override;

    QString title() const override;
    void layoutTo(const QSize &size, bool framed, bool transparent) override;
    void paint(QPainter &painter, const QRectF &target) override;
    SourceNumbering sources() const override;
    QList<DrawnMark> marks() const override;
    QString altText() const override;
    QStringList texts() const override;
    TimelineChart *chart() const { return m_chart.get(); }

private:
    TimelineInput m_input;
    TimelineSpec m_spec;
    QSize m_size;
    std::unique_ptr<TimelineChart> m_chart;
};

class FlowExport : public ExportedChart
{
    Q_DECLARE_TR_FUNCTIONS(talentflow::FlowExport)

public:
    FlowExport(const TalentFlowData &data, const FilterDescription &filter, FlowCitations citations,
               qint64 highlightedPerson = 0);
    ~FlowExport() override;

    QString title() const override;
    void layoutTo(const QSize &size, bool framed, bool transparent) override;
    void paint(QPainter &painter, const QRectF &target) override;
    SourceNumbering sources() const override;
    QList<DrawnMark> marks() const override;
    QString altText() const override;
    QStringList texts() const override;
    FlowDiagram *diagram() const { return m_diagram.get(); }

private:
    std::unique_ptr<FlowDiagram> m_diagram;
    FlowCitations m_citations;
    QSize m_size;
};

} // namespace talentflow
