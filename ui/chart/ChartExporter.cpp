#include "ui/chart/ChartExporter.h"


#include <QChart>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QPdfWriter>
#include <QSvgGenerator>

#include "models/CsvExporter.h"
#include "ui/UiLanguage.h"
#include "ui/chart/ExportFrame.h"

#include <functional>

namespace talentflow {

TimelineSpec ChartRequest::spec() const
{
    TimelineSpec spec;
    spec.kind = kind;
    spec.grouping = grouping;
    spec.filter = description;
    return spec;
}

bool ChartExporter::validate(const QSize &size, int scale, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (size.width() < minSide || size.height() < minSide || size.width() > maxSide || size.height() > maxSide)
        return fail(QStringLiteral("the size must be between %1x%1 and %2x%2, not %3x%4")
                        .arg(minSide)
                        .arg(maxSide)
                        .arg(size.width())
                        .arg(size.height()));
    if (scale < 1 || scale > maxScale)
        return fail(QStringLiteral("the scale must be 1, 2 or 3, not %1").arg(scale));
    if (qint64(size.width()) * size.height() * scale * scale > 150'000'000)
        return fail(QStringLiteral("%1x%2 at %3x is too many pixels").arg(size.width()).arg(size.height()).arg(scale));
    return true;
}

namespace {

// Lays the chart out at exactly the requested size in a scene of its own, off screen.
class OffscreenLayout
{
public:
    OffscreenLayout(TimelineChart &timeline, const QSize &size)
        : m_chart(timeline.chart())
        , m_area(QPointF(0, 0), QSizeF(size))
    {
        m_scene.addItem(m_chart);
        timeline.prepareLayout(m_area);
        m_chart->setGeometry(m_area);
        m_scene.setSceneRect(m_area);
        for (int pass = 0; pass < 3; ++pass) { // the caption's height feeds back into the margins
            QCoreApplication::sendPostedEvents();
            timeline.layoutOverlays();
        }
    }
    ~OffscreenLayout() { m_scene.removeItem(m_chart); } // the timeline, not the scene, owns the chart

    void render(QPainter &painter) { m_scene.render(&painter, m_area, m_area); }

private:
    QGraphicsScene m_scene;
    QChart *m_chart;
    QRectF m_area;
};

} // namespace

std::unique_ptr<TimelineChart> ChartExporter::buildToFit(const TimelineInput &input, const TimelineSpec &spec,
                                                         const QSize &size)
{
    auto timeline = std::make_unique<TimelineChart>(input.data, input.steps, spec);
    if (spec.kind != TimelineKind::Departures)
        return timeline;
    // An export keeps its exact size, so lanes too many to read apart give way to the busiest.
    // Company headings take rows too, so the fit is found in a few rounds.
    int limit = 0;
    for (int round = 0; round < 6; ++round) {
        int fit = 0;
        {
            OffscreenLayout layout(*timeline, size);
            fit = timeline->lanesThatFit();
        }
        const int excess = timeline->laneCount() - fit;
        if (excess <= 0)
            break;
        const int people = limit > 0 ? limit : timeline->laneCount();
        limit = qMax(1, qMin(people - excess, fit));
        TimelineSpec fewer = spec;
        fewer.laneLimit = limit;
        timeline = std::make_unique<TimelineChart>(input.data, input.steps, fewer);
    }
    return timeline;
}

namespace {

// Writes a picture painted by `paint` into the file: PNG of exactly size × scale pixels, or an
// SVG of this size, by the file's extension. Writes the file only when complete.
bool writePicture(const QString &path, const QSize &size, int scale, const QString &title,
                  const std::function<QImage()> &image, const std::function<void(QPainter &)> &paint, QString *error)
{
    if (!ChartExporter::validate(size, scale, error))
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
        if (error)
            *error = QStringLiteral("cannot export to %1: the file name must end in .png or .svg").arg(path);
        return false;
    }
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok && suffix == QLatin1String("png")) {
        ok = image().save(&file, "PNG");
    } else if (ok) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        QPainter painter(&svg);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter);
        painter.end();
    }
    if (!ok || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QImage paintedImage(const QSize &size, int scale, const std::function<void(QPainter &)> &paint)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    paint(painter);
    painter.end();
    image.setDevicePixelRatio(1);
    return image;
}

} // namespace

void ChartExporter::paintTimeline(TimelineChart &timeline, const QSize &size, QPainter &painter)
{
    OffscreenLayout layout(timeline, size);
    layout.render(painter);
}

QImage ChartExporter::renderImage(TimelineChart &timeline, const QSize &size, int scale)
{
    OffscreenLayout layout(timeline, size);
    return paintedImage(size, scale, [&layout](QPainter &painter) { layout.render(painter); });
}

bool ChartExporter::render(TimelineChart &timeline, const QString &path, const QSize &size, int scale, QString *error)
{
    return writePicture(
        path, size, scale, timeline.chart()->title(), [&] { return renderImage(timeline, size, scale); },
        [&](QPainter &painter) {
            OffscreenLayout layout(timeline, size);
            layout.render(painter);
        },
        error);
}

QImage ChartExporter::renderImage(FlowDiagram &diagram, const QSize &size, int scale)
{
    diagram.layoutTo(size);
    return paintedImage(size, scale, [&diagram, size](QPainter &painter) {
        diagram.render(&painter, QRectF(QPointF(0, 0), size), diagram.sceneRect());
    });
}

bool ChartExporter::render(FlowDiagram &diagram, const QString &path, const QSize &size, int scale, QString *error)
{
    return writePicture(
        path, size, scale, diagram.title(), [&] { return renderImage(diagram, size, scale); },
        [&](QPainter &painter) {
            diagram.layoutTo(size);
            diagram.render(&painter, QRectF(QPointF(0, 0), size), diagram.sceneRect());
        },
        error);
}

namespace {

bool failWith(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// The frame's text for what the chart draws now.
FrameText frameTextFor(const ExportedChart &chart, const ChartExportSettings &settings)
{
    FrameText text;
    text.title = settings.title.isEmpty() ? chart.title() : settings.title;
    text.subtitle = settings.subtitle;
    text.notes = settings.notes;
    text.byline = settings.byline;
    const PartialDate latest = chart.latestDate();
    if (latest.isKnown())
        text.dataAsOf = latest.toDisplayString(uiIsChinese());
    text.sources = chart.sources().sources();
    return text;
}

// Lays the chart out under its header and above its footer. The footer lists the sources of the
// marks drawn, which depend on the room the footer leaves: a few rounds settle both.
std::unique_ptr<ExportFrame> layOut(ExportedChart &chart, const ChartExportSettings &settings)
{
    const QSize page = settings.layoutSize();
    if (settings.plain || settings.asInWindow) {
        chart.layoutTo(page, !settings.asInWindow, settings.transparent);
        return nullptr;
    }
    FrameText text = frameTextFor(chart, settings);
    text.sources.clear();
    QRectF area = ExportFrame(text, page, uiIsChinese()).chartArea();
    std::unique_ptr<ExportFrame> frame;
    for (int round = 0; round < 4; ++round) {
        chart.layoutTo(area.size().toSize(), true, settings.transparent);
        frame = std::make_unique<ExportFrame>(frameTextFor(chart, settings), page, uiIsChinese());
        if (frame->chartArea().size().toSize() == area.size().toSize())
            break;
        area = frame->chartArea();
    }
    return frame;
}

void paintPage(ExportedChart &chart, const ExportFrame *frame, const QSize &page, QPainter &painter)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    if (!frame) {
        chart.paint(painter, QRectF(QPointF(0, 0), page));
        return;
    }
    frame->paint(painter);
    const QRectF area = frame->chartArea();
    chart.paint(painter, QRectF(area.topLeft(), area.size().toSize()));
}

QByteArray xmpPacket(const QString &title, const QString &description)
{
    const auto escaped = [](const QString &text) { return text.toHtmlEscaped().toUtf8(); };
    return QByteArray("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                      "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                      "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                      "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
        + escaped(title)
        + QByteArray("</rdf:li></rdf:Alt></dc:title>\n"
                     "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
        + escaped(description)
        + QByteArray("</rdf:li></rdf:Alt></dc:description>\n"
                     "<pdf:Producer>Talentflow</pdf:Producer>\n"
                     "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
}

} // namespace

ExportResult ChartExporter::prefill(ExportedChart &chart, const ChartExportSettings &settings)
{
    ChartExportSettings framed = settings;
    framed.plain = false;
    framed.asInWindow = false;
    std::unique_ptr<ExportFrame> frame = layOut(chart, framed);
    ExportResult result;
    result.title = settings.title.isEmpty() ? chart.title() : settings.title;
    result.alt = chart.altText();
    result.frameText = frame ? frame->plainText() : QString();
    result.sources = chart.sources().sources();
    result.marks = chart.marks();
    return result;
}

namespace {

// The export's format by the file's extension (png, svg or pdf); nothing, with the reason, for
// a size, scale or name the settings cannot be written as.
std::optional<QString> exportFormat(const QString &path, const ChartExportSettings &settings, QString *error)
{
    if (!ChartExporter::validate(settings.layoutSize(), settings.pixelScale(), error))
        return std::nullopt;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf")) {
        failWith(error, QStringLiteral("cannot export to %1: the file name must end in .png, .svg or .pdf").arg(path));
        return std::nullopt;
    }
    if (settings.preset == ExportPreset::Print && suffix != QLatin1String("pdf")) {
        failWith(error, QStringLiteral("the print preset writes a PDF: the file name must end in .pdf, not %1").arg(path));
        return std::nullopt;
    }
    return suffix;
}

ExportResult described(ExportedChart &chart, const ChartExportSettings &settings, const ExportFrame *frame)
{
    ExportResult result;
    result.title = settings.title.isEmpty() ? chart.title() : settings.title;
    result.alt = settings.alt.isEmpty() ? chart.altText() : settings.alt;
    result.frameText = frame ? frame->plainText() : QString();
    result.sources = chart.sources().sources();
    result.marks = chart.marks();
    return result;
}

} // namespace

std::optional<PreparedExport> ChartExporter::preparePng(ExportedChart &chart, const QString &path,
                                                        const ChartExportSettings &settings, QString *error)
{
    const std::optional<QString> format = exportFormat(path, settings, error);
    if (!format)
        return std::nullopt;
    if (*format != QLatin1String("png")) {
        failWith(error, QStringLiteral("cannot export to %1 here: the file name must end in .png").arg(path));
        return std::nullopt;
    }
    const QSize page = settings.layoutSize();
    const int scale = settings.pixelScale();
    std::unique_ptr<ExportFrame> frame = layOut(chart, settings);
    PreparedExport prepared;
    prepared.path = path;
    prepared.result = described(chart, settings, frame.get());
    QImage image(page * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(settings.transparent ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    paintPage(chart, frame.get(), page, painter);
    painter.end();
    image.setDevicePixelRatio(1);
    image.setText(QStringLiteral("Title"), prepared.result.title);
    image.setText(QStringLiteral("Description"), prepared.result.alt);
    image.setText(QStringLiteral("Software"), QStringLiteral("Talentflow"));
    prepared.png = std::move(image);
    prepared.dataPath = settings.dataPath;
    if (!settings.dataPath.isEmpty())
        prepared.csv = CsvExporter::marksToCsv(prepared.result.marks);
    return prepared;
}

bool ChartExporter::writePrepared(const PreparedExport &prepared, QString *error)
{
    QSaveFile data(prepared.dataPath);
    if (!prepared.dataPath.isEmpty()
        && (!data.open(QIODevice::WriteOnly) || data.write(prepared.csv) != prepared.csv.size())) {
        failWith(error, QStringLiteral("cannot write %1: %2").arg(prepared.dataPath, data.errorString()));
        return false;
    }
    QSaveFile file(prepared.path);
    if (!file.open(QIODevice::WriteOnly) || !prepared.png.save(&file, "PNG") || !file.commit()) {
        failWith(error, QStringLiteral("cannot write %1: %2").arg(prepared.path, file.errorString()));
        return false;
    }
    if (!prepared.dataPath.isEmpty() && !data.commit()) {
        failWith(error, QStringLiteral("cannot write %1: %2").arg(prepared.dataPath, data.errorString()));
        return false;
    }
    return true;
}

void ChartExporter::writeInBackground(PreparedExport prepared, QObject *context, WriteDone done)
{
    auto *watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, context, [watcher, done = std::move(done)] {
        const QString error = watcher->result();
        watcher->deleteLater();
        done(error);
    });
    // The image is shared, not copied; zlib's compression of a large one is most of an export.
    watcher->setFuture(QtConcurrent::run([prepared = std::move(prepared)] {
        QString error;
        return writePrepared(prepared, &error) ? QString() : (error.isEmpty() ? QStringLiteral("cannot write %1").arg(prepared.path) : error);
    }));
}

std::optional<ExportResult> ChartExporter::exportChart(ExportedChart &chart, const QString &path,
                                                       const ChartExportSettings &settings, QString *error)
{
    const QSize page = settings.layoutSize();
    const std::optional<QString> format = exportFormat(path, settings, error);
    if (!format)
        return std::nullopt;
    if (*format == QLatin1String("png")) {
        const std::optional<PreparedExport> prepared = preparePng(chart, path, settings, error);
        if (!prepared || !writePrepared(*prepared, error))
            return std::nullopt;
        return prepared->result;
    }
    const QString &suffix = *format;

    std::unique_ptr<ExportFrame> frame = layOut(chart, settings);
    const ExportResult result = described(chart, settings, frame.get());

    QSaveFile data(settings.dataPath);
    if (!settings.dataPath.isEmpty()) {
        const QByteArray csv = CsvExporter::marksToCsv(result.marks);
        if (!data.open(QIODevice::WriteOnly) || data.write(csv) != csv.size()) {
            failWith(error, QStringLiteral("cannot write %1: %2").arg(settings.dataPath, data.errorString()));
            return std::nullopt;
        }
    }
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok && suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(page);
        svg.setViewBox(QRect(QPoint(0, 0), page));
        svg.setTitle(result.title);
        svg.setDescription(result.alt);
        QPainter painter(&svg);
        paintPage(chart, frame.get(), page, painter);
        ok = painter.end();
    } else if (ok) {
        QPdfWriter pdf(&file);
        pdf.setResolution(96);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        if (settings.preset == ExportPreset::Print)
            pdf.setPageSize(QPageSize(QPageSize::A4));
        else
            pdf.setPageSize(QPageSize(QSizeF(page) * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setTitle(result.title);
        pdf.setCreator(QStringLiteral("Talentflow"));
        pdf.setDocumentXmpMetadata(xmpPacket(result.title, result.alt));
        QPainter painter(&pdf);
        // The page is the preset's size to within a pixel: fit the layout to it exactly.
        const QRectF paper = pdf.pageLayout().fullRectPixels(pdf.resolution());
        painter.scale(paper.width() / page.width(), paper.height() / page.height());
        paintPage(chart, frame.get(), page, painter);
        ok = painter.end();
    }
    if (!ok || !file.commit()) {
        failWith(error, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    if (!settings.dataPath.isEmpty() && !data.commit()) {
        failWith(error, QStringLiteral("cannot write %1: %2").arg(settings.dataPath, data.errorString()));
        return std::nullopt;
    }
    return result;
}

} // namespace talentflow
