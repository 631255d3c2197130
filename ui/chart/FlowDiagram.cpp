#include "ui/chart/FlowDiagram.h"

#include "ui/UiLanguage.h"
#include "ui/chart/RibbonLayer.h"

#include <QSet>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QPen>
#include <QTextDocument>
#include <QTextOption>

namespace talentflow {

namespace {

constexpr qreal margin = 8;

const QColor nodeColor(0x2c, 0x3e, 0x50);
const QColor returnColor(0xb0, 0x3a, 0x2e);
const QColor stripeColor(0xf4, 0xf6, 0xf8);
const QColor gridColor(0xdd, 0xdd, 0xdd);
const QColor textColor(0x33, 0x33, 0x33);
const QColor quietTextColor(0x55, 0x55, 0x55);

// One colour per company row, in the order of the rows; the same ten the eye tells apart.
QColor rowColor(qint64 companyId, int row)
{
    static const QList<QColor> palette = {
        QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f), QColor(0xe1, 0x57, 0x59),
        QColor(0x76, 0xb7, 0xb2), QColor(0xb0, 0x7a, 0xa1), QColor(0xed, 0xc9, 0x48), QColor(0x9c, 0x75, 0x5f),
        QColor(0xff, 0x9d, 0xa7), QColor(0x86, 0xbc, 0xb6)};
    if (companyId == FlowRibbon::otherCompanies || companyId == FlowRibbon::noDestination)
        return QColor(0x8c, 0x8c, 0x8c);
    return palette.at(row % palette.size());
}

} // namespace

FlowDiagram::FlowDiagram(const TalentFlowData &data, const FilterDescription &filter, QObject *parent)
    : QGraphicsScene(parent)
    , m_data(data)
    , m_filter(filter)
{
}

FlowDiagram::~FlowDiagram() = default;

QString FlowDiagram::companyName(const TalentFlowData &data, qint64 companyId)
{
    if (companyId == FlowRibbon::noDestination)
        return tr("Destination not stated");
    if (companyId == FlowRibbon::otherCompanies)
        return tr("Other companies");
    const CompanyRecord company = data.companies.value(companyId);
    return displayName(company.nameEn, company.nameZh, uiLanguage());
}

QString FlowDiagram::periodLabel(const TalentFlowData &data, int period)
{
    if (FlowPeriod::isUndated(period)) {
        return data.undatedSteps > 1 ? tr("date not stated, step %1").arg(period - FlowPeriod::undatedBase)
                                     : tr("date not stated");
    }
    if (data.periods == FlowPeriods::Years)
        return QString::number(period);
    if (data.periods == FlowPeriods::Eras && period == 0)
        return tr("before %1").arg(FlowPeriod::eraStarts().constFirst());
    const int last = FlowPeriod::lastYear(period, data.periods);
    if (last == 9999)
        return tr("%1 on").arg(period);
    return QStringLiteral("%1–%2").arg(period).arg(last);
}

QString FlowDiagram::personName(const FlowMember &member)
{
    return displayName(member.nameEn, member.nameZh, uiLanguage());
}

QString FlowDiagram::title() const
{
    const QString subject = m_filter.subject();
    return subject.isEmpty() ? tr("Talent flow") : tr("Talent flow: %1").arg(subject);
}

QString FlowDiagram::captionText() const
{
    QStringList parts;
    if (!m_filter.text().isEmpty())
        parts.append(m_filter.text());
    parts.append(tr("%n person(s) moving", nullptr, m_data.people()));
    parts.append(tr("Each ribbon: people who left the company at its left end in that period and arrived at the "
                    "one at its right end; its width is the number of people"));
    parts.append(tr("↩ and a dashed red edge: a return to a company the person had left before"));
    if (m_data.undatedSteps > 0)
        parts.append(tr("Moves no article dates follow each person's own path in the hatched columns"));
    if (m_data.otherCompanies > 0) {
        const int drawn = int(m_data.companyOrder().size()) - 1;
        parts.append(tr("The %1 busiest companies are drawn; %n other(s) are merged into “Other companies”", nullptr,
                        m_data.otherCompanies)
                         .arg(drawn));
    }
    if (!m_framed)
        parts.append(tr("Sources: %n article(s)", nullptr, m_data.sourceCount));
    return parts.join(QStringLiteral("  ·  "));
}

QString FlowDiagram::caption() const
{
    return captionText();
}

void FlowDiagram::setFramed(bool framed)
{
    m_framed = framed;
    m_layout.reset();
}

void FlowDiagram::setTransparent(bool transparent)
{
    m_transparent = transparent;
    m_layout.reset();
}

void FlowDiagram::drawRibbonsInBackground(qreal devicePixelRatio)
{
    if (devicePixelRatio == m_backgroundRatio)
        return;
    m_backgroundRatio = devicePixelRatio;
    m_layout.reset();
}

bool FlowDiagram::areRibbonsReady() const
{
    return !m_ribbonLayer || m_ribbonLayer->isDrawn();
}

void FlowDiagram::layoutTo(const QSizeF &size)
{
    if (size == m_size && m_layout)
        return;
    m_size = size;
    build();
}

void FlowDiagram::build()
{
    // Laid out again for another size, the ribbons' last picture stands in, stretched, until
    // the new one is drawn.
    const QImage lastPicture = m_ribbonLayer ? m_ribbonLayer->picture() : QImage();
    clear();
    m_ribbonItems.clear();
    m_ribbons.clear();
    m_ribbonLayer = nullptr;
    m_litLayer = nullptr;
    m_texts.clear();
    setSceneRect(QRectF(QPointF(0, 0), m_size));
    if (!m_transparent)
        addRect(sceneRect(), Qt::NoPen, Qt::white)->setZValue(-10);

    const QFont font;
    const QFontMetricsF metrics(font);
    QFont titleFont = font;
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    QFont smallFont = font;
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.85);

    const auto addText = [this](const QString &text, const QFont &textFont, const QColor &color) {
        auto *item = addSimpleText(text, textFont);
        item->setBrush(color);
        item->setZValue(5);
        m_texts.append(text);
        return item;
    };

    qreal axisTop = margin;
    if (!m_framed) {
        auto *titleItem = addText(title(), titleFont, Qt::black);
        titleItem->setPos((m_size.width() - titleItem->boundingRect().width()) / 2, margin);
        axisTop = titleItem->pos().y() + titleItem->boundingRect().height() + 6;
    }
    const qreal axisHeight = metrics.height() + 4;

    auto *caption = new QGraphicsTextItem;
    caption->setFont(smallFont);
    caption->setDefaultTextColor(quietTextColor);
    QTextOption centered(Qt::AlignHCenter);
    centered.setWrapMode(QTextOption::WordWrap);
    caption->document()->setDefaultTextOption(centered);
    caption->setTextWidth(m_size.width() - 2 * margin);
    const QString captionLines = captionText(); // counts every member's person: once
    caption->setPlainText(captionLines);
    addItem(caption);
    m_texts.append(captionLines);
    const qreal captionHeight = caption->boundingRect().height();
    caption->setPos(margin, m_size.height() - margin - captionHeight);

    // Company names take what they need, up to a quarter of the width.
    qreal labelWidth = 0;
    QList<qint64> rowsWanted = m_data.companyOrder();
    rowsWanted.append(FlowRibbon::noDestination);
    for (qint64 company : std::as_const(rowsWanted))
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(companyName(m_data, company)));
    labelWidth = qMin(labelWidth + 12, m_size.width() * 0.25);
    const QRectF area(margin, axisTop + axisHeight + 4, m_size.width() - 2 * margin,
                      m_size.height() - margin - captionHeight - 6 - (axisTop + axisHeight + 4));
    m_layout = std::make_unique<FlowLayout>(m_data, area, labelWidth, metrics.height());
    const FlowLayout &layout = *m_layout;
    const QRectF plot = layout.plot();

    if (m_data.ribbons.isEmpty()) {
        auto *note = addText(tr("No one under this filter is stated to have moved from one company to another"), font,
                             quietTextColor);
        note->setPos((m_size.width() - note->boundingRect().width()) / 2, area.center().y());
        return;
    }

    // Rows: a light stripe on every other one, the company's name at the left.
    const qreal rowsBottom = layout.rows().isEmpty() ? plot.top() : layout.rows().constLast().top + layout.rows().constLast().height;
    for (int i = 0; i < layout.rows().size(); ++i) {
        const FlowLayout::Row &row = layout.rows().at(i);
        if (i % 2 == 1)
            addRect(QRectF(margin, row.top, m_size.width() - 2 * margin, row.height), Qt::NoPen, stripeColor)->setZValue(-5);
        const QString name = companyName(m_data, row.companyId);
        QFont rowFont = font;
        rowFont.setItalic(row.companyId == FlowRibbon::noDestination || row.companyId == FlowRibbon::otherCompanies);
        auto *label = addText(QFontMetricsF(rowFont).elidedText(name, Qt::ElideRight, labelWidth - 8), rowFont,
                              textColor);
        label->setPos(plot.left() - 6 - 6 - label->boundingRect().width(),
                      row.top + (row.height - label->boundingRect().height()) / 2);
    }

    // Columns: the period above each, a light line on every boundary, the undated steps hatched.
    const QList<int> &columns = layout.columns();
    int firstUndated = -1;
    for (int i = 0; i < columns.size(); ++i) {
        if (FlowPeriod::isUndated(columns.at(i)) && firstUndated < 0)
            firstUndated = i;
    }
    if (firstUndated >= 0) {
        const QRectF band(layout.columnLeft(firstUndated), axisTop, plot.right() - layout.columnLeft(firstUndated),
                          rowsBottom - axisTop);
        addRect(band, Qt::NoPen, QColor(0xf7, 0xf7, 0xf7))->setZValue(-4);
        addRect(band, QPen(QColor(0x99, 0x99, 0x99), 1, Qt::DashLine), QBrush(QColor(0xcf, 0xcf, 0xcf), Qt::BDiagPattern))
            ->setZValue(-3);
        const QString heading = tr("date not stated");
        auto *label = addText(QFontMetricsF(smallFont).elidedText(heading, Qt::ElideRight, band.width() - 4), smallFont,
                              textColor);
        label->setPos(band.center().x() - label->boundingRect().width() / 2, axisTop + 2);
    }
    for (int b = 0; b <= columns.size(); ++b) {
        const qreal x = layout.boundaryX(b);
        addLine(x, axisTop + axisHeight, x, rowsBottom, QPen(gridColor, 1))->setZValue(-2);
    }
    qreal lastLabelRight = -1e9;
    for (int i = 0; i < columns.size(); ++i) {
        if (FlowPeriod::isUndated(columns.at(i)))
            break;
        const QString text = periodLabel(m_data, columns.at(i));
        const qreal width = metrics.horizontalAdvance(text);
        const qreal centre = (layout.columnLeft(i) + layout.columnRight(i)) / 2;
        if (centre - width / 2 < lastLabelRight + 6)
            continue; // too narrow for every label: the skipped ones are between their neighbours
        auto *label = addText(text, font, textColor);
        label->setPos(centre - width / 2, axisTop + 2);
        lastLabelRight = centre + width / 2;
    }

    // Ribbons under the nodes, each in its source company's colour.
    const bool layered = m_backgroundRatio > 0 && m_data.ribbons.size() >= ribbonsDrawnInBackground;
    m_ribbons.reserve(layout.ribbons().size());
    for (const FlowLayout::PlacedRibbon &placed : layout.ribbons()) {
        RibbonLayer::Ribbon ribbon;
        ribbon.source = placed.source;
        ribbon.target = placed.target;
        ribbon.index = placed.ribbon;
        m_ribbons.append(ribbon);
        if (layered)
            continue;
        auto *item = addPath(ribbon.shape());
        item->setData(0, placed.ribbon);
        item->setZValue(1); // its tooltip is the view's to write, on demand
        m_ribbonItems.append(item);
    }
    if (layered) {
        m_ribbonLayer = new RibbonLayer(sceneRect());
        m_ribbonLayer->setZValue(1);
        m_ribbonLayer->showMeanwhile(lastPicture);
        addItem(m_ribbonLayer);
        connect(m_ribbonLayer, &RibbonLayer::drawn, this, &FlowDiagram::ribbonsReady);
        m_litLayer = new RibbonLayer(sceneRect());
        m_litLayer->setZValue(3);
        addItem(m_litLayer);
        if (lastPicture.isNull()) {
            // The first picture is on its way: say so where the ribbons will be, over every mark.
            auto *note = addSimpleText(tr("Drawing the ribbons…"), font);
            note->setBrush(quietTextColor);
            QRectF box = note->boundingRect().adjusted(-8, -4, 8, 4);
            box.moveCenter(plot.center());
            note->setPos(box.topLeft() + QPointF(8, 4));
            note->setZValue(11);
            auto *ground = addRect(box, QPen(QColor(0xcc, 0xcc, 0xcc)), Qt::white);
            ground->setZValue(10);
            connect(m_ribbonLayer, &RibbonLayer::drawn, m_ribbonLayer, [note, ground] {
                delete note; // leaves the scene with it
                delete ground;
            }, Qt::SingleShotConnection);
        }
    }
    for (const FlowLayout::Node &node : layout.nodes())
        addRect(node.rect, Qt::NoPen, nodeColor)->setZValue(2);

    // Counts on ribbons wide enough to carry them; ↩ where people return.
    QFont boldFont = font;
    boldFont.setBold(true);
    for (const FlowLayout::PlacedRibbon &placed : layout.ribbons()) {
        const FlowRibbon &ribbon = m_data.ribbons.at(placed.ribbon);
        const int people = ribbon.people();
        if (people >= 2 && placed.source.height() >= QFontMetricsF(smallFont).height() * 0.9) {
            const QPointF middle((placed.source.left() + placed.target.left()) / 2,
                                 (placed.source.center().y() + placed.target.center().y()) / 2);
            auto *count = addText(QLocale().toString(people), smallFont, Qt::black);
            count->setPos(middle - count->boundingRect().center());
            count->setZValue(4);
        }
        const int returning = ribbon.returning();
        // Among many ribbons only those wide enough carry the mark; the dashed edge marks the rest.
        const bool marked = layout.ribbons().size() <= 80
            || placed.target.height() >= QFontMetricsF(boldFont).height();
        if (returning > 0 && marked) {
            const QString mark = returning == people ? QStringLiteral("↩") : QStringLiteral("↩%1").arg(returning);
            auto *label = addText(mark, boldFont, returnColor);
            const QRectF box = label->boundingRect().adjusted(-2, 0, 2, 0);
            const QPointF at(placed.target.left() - box.width() - 3, placed.target.center().y() - box.height() / 2);
            label->setPos(at + QPointF(2, 0));
            label->setZValue(6);
            // A white ground keeps the mark readable over the ribbons it sits on.
            auto *ground = addRect(QRectF(at, box.size()), QPen(returnColor, 1), QColor(255, 255, 255, 230));
            ground->setZValue(5.5);
        }
    }
    restyle();
}

void FlowDiagram::restyle()
{
    QList<RibbonLayer::Ribbon> pictured;
    QList<RibbonLayer::Ribbon> lit;
    QList<RibbonLayer::Ribbon> litBefore; // shown in their new style until the new picture is in
    for (int i = 0; i < m_ribbons.size(); ++i) {
        RibbonLayer::Ribbon &drawn = m_ribbons[i];
        const FlowRibbon &ribbon = m_data.ribbons.at(drawn.index);
        const int row = m_layout ? m_layout->rowOf(ribbon.fromCompanyId) : 0;
        const bool wasLit = drawn.lit;
        drawn.lit = m_personId != 0 && ribbon.contains(m_personId);
        drawn.fill = rowColor(ribbon.fromCompanyId, row);
        drawn.fill.setAlpha(m_personId == 0 ? 120 : drawn.lit ? 235 : 28);
        if (drawn.lit) {
            drawn.edge = nodeColor;
            drawn.edgeWidth = 1.5;
            drawn.edgeStyle = Qt::SolidLine;
        } else if (ribbon.returning() > 0) {
            drawn.edge = returnColor;
            drawn.edgeWidth = 1;
            drawn.edgeStyle = Qt::DashLine;
        } else {
            drawn.edgeStyle = Qt::NoPen;
        }
        if (m_ribbonLayer) {
            (drawn.lit ? lit : pictured).append(drawn);
            if (wasLit && !drawn.lit)
                litBefore.append(drawn);
        } else {
            QGraphicsPathItem *item = m_ribbonItems.at(i);
            item->setBrush(drawn.fill);
            item->setPen(drawn.pen());
            item->setZValue(drawn.lit ? 3 : 1);
        }
    }
    if (m_ribbonLayer) {
        // The highlighted ribbons are few and drawn at once, over the others' picture.
        m_ribbonLayer->draw(std::move(pictured), m_backgroundRatio);
        m_litLayer->setRibbons(std::move(lit), std::move(litBefore), m_ribbonLayer);
    }
}

int FlowDiagram::ribbonAt(const QPointF &scenePoint) const
{
    // The topmost: a highlighted ribbon is drawn over the others, and later ones over earlier.
    int found = -1;
    bool foundLit = false;
    for (const RibbonLayer::Ribbon &drawn : m_ribbons) {
        if ((drawn.lit || !foundLit) && drawn.bounds().contains(scenePoint) && drawn.shape().contains(scenePoint)) {
            found = drawn.index;
            foundLit = drawn.lit;
        }
    }
    return found;
}

QPainterPath FlowDiagram::ribbonShape(int ribbon) const
{
    for (const RibbonLayer::Ribbon &drawn : m_ribbons) {
        if (drawn.index == ribbon)
            return drawn.shape();
    }
    return {};
}

QString FlowDiagram::ribbonHeading(const TalentFlowData &data, const FlowRibbon &ribbon)
{
    const QString from = tr("%1, %2").arg(companyName(data, ribbon.fromCompanyId), periodLabel(data, ribbon.fromPeriod));
    const QString to = ribbon.toCompanyId == FlowRibbon::noDestination
        ? companyName(data, ribbon.toCompanyId)
        : tr("%1, %2").arg(companyName(data, ribbon.toCompanyId), periodLabel(data, ribbon.toPeriod));
    return from + QStringLiteral(" → ") + to;
}

QString FlowDiagram::tooltip(int index) const
{
    const FlowRibbon &ribbon = m_data.ribbons.at(index);
    QStringList names;
    QStringList returning;
    // A set: a ribbon of the whole 1M file carries tens of thousands of people, and a list's
    // contains() made each tooltip quadratic (seconds to build the diagram's ribbons).
    QSet<qint64> seen;
    for (const FlowMember &member : ribbon.members) {
        if (seen.contains(member.personId))
            continue;
        seen.insert(member.personId);
        if (names.size() < 12)
            names.append(personName(member).toHtmlEscaped());
        if (member.returning && returning.size() < 12)
            returning.append(personName(member).toHtmlEscaped());
    }
    const int people = ribbon.people();
    QString text = QStringLiteral("<b>%1</b><br>%2: %3")
                       .arg(ribbonHeading(m_data, ribbon).toHtmlEscaped(), tr("%n person(s)", nullptr, people),
                            names.join(tr(", ")));
    if (people > names.size())
        text += tr(" and %n more", nullptr, people - int(names.size()));
    if (!returning.isEmpty())
        text += QStringLiteral("<br><span style='color:#b03a2e'>↩ %1</span>")
                    .arg(tr("returned: %1").arg(returning.join(tr(", "))));
    text += QStringLiteral("<br><i>%1</i>").arg(tr("Click to list them with the articles' words"));
    return text;
}

void FlowDiagram::highlightPerson(qint64 personId)
{
    if (personId == m_personId && m_layout)
        return; // build() styled it for this person
    m_personId = personId;
    restyle();
}

bool FlowDiagram::isHighlighted(int ribbon) const
{
    return m_personId != 0 && m_data.ribbons.at(ribbon).contains(m_personId);
}

QStringList FlowDiagram::visibleTexts() const
{
    return m_texts;
}

} // namespace talentflow
