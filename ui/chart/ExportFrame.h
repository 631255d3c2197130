#pragma once

#include "models/Records.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>

class QPainter;
class QTextDocument;

namespace talentflow {

// What an exported chart's header and footer say.
struct FrameText
{
    QString title;
    QString subtitle;
    QString notes;
    QString byline;
    QString dataAsOf;            // the latest date in the data shown, in words, or empty
    QList<SourceRecord> sources; // numbered 1, 2, … in this order
};

// The header (title, description) above an exported chart and the footer (notes, numbered
// sources, data as of, byline) below it, as text a PDF or SVG keeps as text. Sizes follow the
// page's width, so a slide's header is as legible as an article's.
class ExportFrame
{
    Q_DECLARE_TR_FUNCTIONS(talentflow::ExportFrame)

public:
    ExportFrame(const FrameText &text, const QSizeF &page, bool chinese);
    ~ExportFrame();

    // Where the chart goes: the page less the header, the footer and their margins.
    QRectF chartArea() const { return m_chartArea; }
    void paint(QPainter &painter) const;
    // The header's and the footer's text as drawn.
    QString plainText() const;

    // "[1] AIGC.BAR, “Title”, undated", in the export's language.
    static QStringList sourceLines(const QList<SourceRecord> &sources, bool chinese);

private:
    std::unique_ptr<QTextDocument> m_header;
    std::unique_ptr<QTextDocument> m_footer;
    QPointF m_headerAt;
    QPointF m_footerAt;
    QRectF m_chartArea;
};

} // namespace talentflow
