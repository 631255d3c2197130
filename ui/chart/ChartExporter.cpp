#include "ui/chart/ChartExporter.h"


#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

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
        timeline.fitCaption(m_area);
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

} // namespace talentflow
