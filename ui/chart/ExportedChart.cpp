#include "ui/chart/ExportedChart.h"

#include "models/DisplayLanguage.h"
#include "ui/SourceCitation.h"
#include "ui/UiLanguage.h"
#include "ui/chart/ChartExporter.h"
#include "ui/chart/FlowDiagram.h"

#include <QPainter>
#include <QSet>

#include <algorithm>

namespace talentflow {

namespace {

QString nameOf(const QString &en, const QString &zh)
{
    return displayName(en, zh, uiLanguage());
}

QString listed(const QStringList &items)
{
    return items.join(uiIsChinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

} // namespace

PartialDate ExportedChart::latestDate() const
{
    PartialDate latest;
    for (const DrawnMark &mark : marks())
        if (mark.date.isKnown() && (!latest.isKnown() || latest.lastDay() < mark.date.lastDay()))
            latest = mark.date;
    return latest;
}

QString ExportedChart::yearSpan() const
{
    int first = 0;
    int last = 0;
    for (const DrawnMark &mark : marks()) {
        if (!mark.date.isKnown())
            continue;
        const int year = mark.date.firstDay().year();
        first = first == 0 ? year : std::min(first, year);
        last = std::max(last, year);
    }
    if (first == 0)
        return QString();
    return first == last ? QString::number(first) : QStringLiteral("%1–%2").arg(first).arg(last);
}

QString ExportedChart::sentences(const QStringList &parts) const
{
    if (uiIsChinese())
        return parts.join(QStringLiteral("。")) + QStringLiteral("。");
    return parts.join(QStringLiteral(". ")) + QLatin1Char('.');
}

QString ExportedChart::sourcesSentence() const
{
    QStringList names;
    const SourceNumbering numbering = sources();
    for (const SourceRecord &source : numbering.sources())
        names.append(SourceCitation::shortName(source));
    if (names.isEmpty())
        return tr("No article cited");
    return tr("Sources: %1").arg(names.join(uiIsChinese() ? QStringLiteral(";") : QStringLiteral("; ")));
}

// ---- the timelines

TimelineExport::TimelineExport(TimelineInput input, const TimelineSpec &spec)
    : m_input(std::move(input))
    , m_spec(spec)
{
}

TimelineExport::~TimelineExport() = default;

QString TimelineExport::title() const
{
    return timelineTitle(m_spec);
}

void TimelineExport::layoutTo(const QSize &size, bool framed, bool transparent)
{
    TimelineSpec spec = m_spec;
    spec.framed = framed;
    spec.transparent = transparent;
    m_size = size;
    m_chart = ChartExporter::buildToFit(m_input, spec, size);
}

void TimelineExport::paint(QPainter &painter, const QRectF &target)
{
    painter.save();
    painter.translate(target.topLeft());
    ChartExporter::paintTimeline(*m_chart, m_size, painter);
    painter.restore();
}

SourceNumbering TimelineExport::sources() const
{
    return m_chart ? m_chart->sourceNumbering() : SourceNumbering();
}

QList<DrawnMark> TimelineExport::marks() const
{
    QList<DrawnMark> marks;
    if (!m_chart)
        return marks;
    const SourceNumbering numbering = m_chart->sourceNumbering();
    const TimelineData &data = m_input.data;
    for (const PlacedMarker &placed : m_chart->markers()) {
        if (!m_chart->isMarkerShown(placed))
            continue;
        const TimelineMarker &m = placed.marker;
        DrawnMark mark;
        const PersonRecord person = data.people.value(m.personId);
        mark.person = nameOf(person.nameEn, person.nameZh);
        mark.kind = m.kind;
        const CompanyRecord company = data.companies.value(m.companyId);
        mark.company = nameOf(company.nameEn, company.nameZh);
        if (m.toCompanyId) {
            const CompanyRecord to = data.companies.value(*m.toCompanyId);
            mark.destination = nameOf(to.nameEn, to.nameZh);
        }
        mark.date = m.date;
        mark.sourceNumbers = numbering.numbers(m.sourceIds);
        mark.excerpt = m.firstExcerpt;
        marks.append(mark);
    }
    return marks;
}

QString TimelineExport::altText() const
{
    const QList<DrawnMark> drawn = marks();
    QString head = title();
    if (const QString span = yearSpan(); !span.isEmpty())
        head += (uiIsChinese() ? QStringLiteral(",") : QStringLiteral(", ")) + span;
    QStringList parts{head};
    if (m_spec.kind == TimelineKind::Founders && m_chart) {
        const int founders = m_chart->laneCount();
        const int present = std::max(0, m_chart->finalPresentCount());
        const int onLeave = std::max(0, m_chart->finalOnLeaveCount());
        parts.append(tr("%n founder(s): now %1 still there, %2 on leave, %3 gone", nullptr, founders)
                         .arg(present)
                         .arg(onLeave)
                         .arg(std::max(0, founders - present - onLeave)));
    } else {
        QSet<QString> people;
        int undated = 0;
        for (const DrawnMark &mark : drawn) {
            people.insert(mark.person);
            undated += mark.date.isKnown() ? 0 : 1;
        }
        QString counts = tr("%n move(s)", nullptr, int(drawn.size())) + (uiIsChinese() ? QStringLiteral(",") : QStringLiteral(", "))
                         + tr("%n person(s)", nullptr, int(people.size()));
        if (undated > 0)
            counts += (uiIsChinese() ? QStringLiteral(",") : QStringLiteral(", ")) + tr("%n without a stated date", nullptr, undated);
        parts.append(counts);
    }
    QStringList returned;
    for (const PlacedMarker &placed : m_chart ? m_chart->markers() : QList<PlacedMarker>())
        if (placed.marker.returning) {
            const PersonRecord person = m_input.data.people.value(placed.marker.personId);
            if (!returned.contains(nameOf(person.nameEn, person.nameZh)))
                returned.append(nameOf(person.nameEn, person.nameZh));
        }
    if (!returned.isEmpty())
        parts.append(tr("Returned to a company they had left: %1").arg(listed(returned)));
    parts.append(sourcesSentence());
    return sentences(parts);
}

QStringList TimelineExport::texts() const
{
    return m_chart ? m_chart->visibleTexts() : QStringList();
}

// ---- the talent flow

FlowExport::FlowExport(const TalentFlowData &data, const FilterDescription &filter, FlowCitations citations,
                       qint64 highlightedPerson)
    : m_diagram(std::make_unique<FlowDiagram>(data, filter))
    , m_citations(std::move(citations))
{
    m_diagram->highlightPerson(highlightedPerson);
}

FlowExport::~FlowExport() = default;

QString FlowExport::title() const
{
    return m_diagram->title();
}

void FlowExport::layoutTo(const QSize &size, bool framed, bool transparent)
{
    m_size = size;
    m_diagram->setFramed(framed);
    m_diagram->setTransparent(transparent);
    m_diagram->layoutTo(size);
}

void FlowExport::paint(QPainter &painter, const QRectF &target)
{
    m_diagram->render(&painter, target, m_diagram->sceneRect());
}

SourceNumbering FlowExport::sources() const
{
    // Every ribbon is drawn, so every article citing a ribbon's moves is a source.
    return SourceNumbering(m_citations.sources);
}

QList<DrawnMark> FlowExport::marks() const
{
    const SourceNumbering numbering = sources();
    const TalentFlowData &data = m_diagram->data();
    QList<DrawnMark> marks;
    for (const FlowRibbon &ribbon : data.ribbons) {
        for (const FlowMember &member : ribbon.members) {
            const CitedMove departure = m_citations.moves.value(member.departureId);
            const CitedMove arrival = m_citations.moves.value(member.arrivalId);
            const CitedMove &move = member.departureId > 0 ? departure : arrival;
            DrawnMark mark;
            mark.person = FlowDiagram::personName(member);
            mark.kind = move.kind;
            mark.company = FlowDiagram::companyName(data, ribbon.fromCompanyId);
            if (ribbon.toCompanyId != FlowRibbon::noDestination)
                mark.destination = FlowDiagram::companyName(data, ribbon.toCompanyId);
            mark.date = move.date;
            mark.sourceNumbers = numbering.numbers(departure.sourceIds + arrival.sourceIds);
            mark.excerpt = !departure.firstExcerpt.isEmpty() ? departure.firstExcerpt : arrival.firstExcerpt;
            marks.append(mark);
        }
    }
    return marks;
}

QString FlowExport::altText() const
{
    const TalentFlowData &data = m_diagram->data();
    QString head = title();
    if (const QString span = yearSpan(); !span.isEmpty())
        head += (uiIsChinese() ? QStringLiteral(",") : QStringLiteral(", ")) + span;
    QStringList parts{head};
    parts.append(FlowDiagram::tr("%n person(s) moving", nullptr, data.people())
                 + (uiIsChinese() ? QStringLiteral(",") : QStringLiteral(", "))
                 + tr("%n ribbon(s)", nullptr, int(data.ribbons.size())));
    QStringList returned;
    for (const FlowRibbon &ribbon : data.ribbons)
        for (const FlowMember &member : ribbon.members)
            if (member.returning && !returned.contains(FlowDiagram::personName(member)))
                returned.append(FlowDiagram::personName(member));
    if (!returned.isEmpty())
        parts.append(tr("Returned to a company they had left: %1").arg(listed(returned)));
    parts.append(sourcesSentence());
    return sentences(parts);
}

QStringList FlowExport::texts() const
{
    return m_diagram->visibleTexts();
}

} // namespace talentflow
