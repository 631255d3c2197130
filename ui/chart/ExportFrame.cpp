#include "ui/chart/ExportFrame.h"

#include "ui/SourceCitation.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace talentflow {

namespace {

std::unique_ptr<QTextDocument> textBlock(const QString &html, qreal pixelSize, qreal width)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font;
    font.setPixelSize(qRound(pixelSize));
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(html);
    document->setTextWidth(width);
    return document;
}

QString paragraph(const QString &text, const char *style)
{
    return QStringLiteral("<p style='margin:0 0 4px 0; %1'>%2</p>")
        .arg(QLatin1String(style), text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
}

} // namespace

QStringList ExportFrame::sourceLines(const QList<SourceRecord> &sources, bool chinese)
{
    QStringList lines;
    for (int i = 0; i < sources.size(); ++i)
        lines.append(QStringLiteral("[%1] %2").arg(i + 1).arg(SourceCitation::entry(sources.at(i), chinese)));
    return lines;
}

ExportFrame::ExportFrame(const FrameText &text, const QSizeF &page, bool chinese)
{
    // An article's 600 pixels get an 18-pixel title, a slide's 1920 a 32-pixel one.
    const qreal grow = std::clamp(page.width() / 800.0, 0.85, 1.6);
    const qreal margin = std::clamp(page.width() * 0.03, 12.0, 40.0);
    const qreal width = page.width() - 2 * margin;

    QString header = QStringLiteral("<p style='margin:0 0 4px 0; font-weight:600; font-size:%1px'>%2</p>")
                         .arg(qRound(21 * grow))
                         .arg(text.title.toHtmlEscaped());
    if (!text.subtitle.isEmpty())
        header += paragraph(text.subtitle, "color:#444444");
    m_header = textBlock(header, std::max(11.0, 13 * grow), width);

    QString footer;
    if (!text.notes.isEmpty())
        footer += paragraph(text.notes, "color:#444444");
    const QStringList sources = sourceLines(text.sources, chinese);
    if (!sources.isEmpty())
        footer += paragraph(tr("Sources:") + QLatin1Char('\n') + sources.join(QLatin1Char('\n')), "color:#555555");
    QStringList last;
    if (!text.dataAsOf.isEmpty())
        last.append(tr("Data as of %1").arg(text.dataAsOf));
    if (!text.byline.isEmpty())
        last.append(tr("Chart: %1").arg(text.byline));
    last.append(tr("Made with Talentflow"));
    footer += paragraph(last.join(QStringLiteral(" · ")), "color:#777777");
    m_footer = textBlock(footer, std::max(10.0, 11 * grow), width);

    const qreal headerHeight = m_header->size().height();
    const qreal footerHeight = m_footer->size().height();
    m_headerAt = QPointF(margin, margin);
    m_footerAt = QPointF(margin, page.height() - margin - footerHeight);
    const qreal top = margin + headerHeight + margin / 2;
    const qreal bottom = m_footerAt.y() - margin / 2;
    m_chartArea = QRectF(0, top, page.width(), std::max(0.0, bottom - top));
}

ExportFrame::~ExportFrame() = default;

void ExportFrame::paint(QPainter &painter) const
{
    for (const auto &[document, at] : {std::pair{m_header.get(), m_headerAt}, std::pair{m_footer.get(), m_footerAt}}) {
        painter.save();
        painter.translate(at);
        document->drawContents(&painter);
        painter.restore();
    }
}

QString ExportFrame::plainText() const
{
    return m_header->toPlainText() + QLatin1Char('\n') + m_footer->toPlainText();
}

} // namespace talentflow
