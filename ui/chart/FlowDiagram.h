#pragma once

#include "models/FlowLayout.h"
#include "models/TalentFlow.h"
#include "ui/FilterDescription.h"
#include "ui/chart/RibbonLayer.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainterPath>

#include <memory>

class QGraphicsPathItem;
class QGraphicsTextItem;

namespace talentflow {

// The talent flow drawn as a time-sliced alluvial diagram in a scene of its own: a row per
// company with its name at the left, columns per period along the top (the undated steps
// hatched at the right, as the timeline's band is), nodes where people leave or arrive, ribbons
// as wide as the people moving, ↩ where they return to a company they had left. The same scene
// is shown in the window and rendered into exports.
class FlowDiagram : public QGraphicsScene
{
    Q_OBJECT

public:
    FlowDiagram(const TalentFlowData &data, const FilterDescription &filter, QObject *parent = nullptr);
    ~FlowDiagram() override;

    // In an export's frame the header carries the title and the footer the numbered sources.
    void setFramed(bool framed);
    void setTransparent(bool transparent);
    // For the window: a diagram of many ribbons draws them into a picture on a worker, at this
    // pixel ratio, and shows the picture when it is ready (0, the default: every ribbon is drawn
    // with the scene, as an export needs).
    void drawRibbonsInBackground(qreal devicePixelRatio);
    // Whether every ribbon shows as laid out and styled now.
    bool areRibbonsReady() const;
    // Lays everything out again to fill a scene of this size.
    void layoutTo(const QSizeF &size);

    const TalentFlowData &data() const { return m_data; }
    const FlowLayout *layout() const { return m_layout.get(); }
    QString title() const;
    // The ribbon under a point of the scene (the topmost), or -1.
    int ribbonAt(const QPointF &scenePoint) const;
    QPainterPath ribbonShape(int ribbon) const;
    // Names, counts, periods and who returned, as rich text.
    QString tooltip(int ribbon) const;
    // Shows a person's ribbons in full and dims the rest (0: none).
    void highlightPerson(qint64 personId);
    qint64 highlightedPerson() const { return m_personId; }
    bool isHighlighted(int ribbon) const;
    // Every piece of text the diagram shows: title, periods, companies, counts, caption.
    QStringList visibleTexts() const;
    QString caption() const;

    static QString companyName(const TalentFlowData &data, qint64 companyId);
    static QString periodLabel(const TalentFlowData &data, int period);
    static QString personName(const FlowMember &member);
    // "OpenAI, 2024 → Anthropic, 2024", in plain text.
    static QString ribbonHeading(const TalentFlowData &data, const FlowRibbon &ribbon);
    // From this many ribbons on, drawRibbonsInBackground() takes effect: fewer fill in a few
    // milliseconds.
    static constexpr int ribbonsDrawnInBackground = 300;

signals:
    // The ribbons drawn on a worker are on screen (see drawRibbonsInBackground()).
    void ribbonsReady();

private:
    void build();
    void restyle();
    QString captionText() const;

    TalentFlowData m_data;
    FilterDescription m_filter;
    QSizeF m_size;
    std::unique_ptr<FlowLayout> m_layout;
    // Each ribbon's shape and style, in the order drawn (RibbonLayer::Ribbon::index: its data's).
    QList<RibbonLayer::Ribbon> m_ribbons;
    // Without ribbon layers, an item per ribbon (as m_ribbons); with them, no item: thousands
    // cost the scene's index and paint more than their fill.
    QList<QGraphicsPathItem *> m_ribbonItems;
    RibbonLayer *m_ribbonLayer = nullptr; // owned by the scene: the ribbons, drawn on a worker
    RibbonLayer *m_litLayer = nullptr;    // the highlighted ones, over the nodes
    qreal m_backgroundRatio = 0;
    QStringList m_texts;
    qint64 m_personId = 0;
    bool m_framed = false;
    bool m_transparent = false;
};

} // namespace talentflow
