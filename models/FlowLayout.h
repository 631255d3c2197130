#pragma once

#include "models/TalentFlow.h"

#include <QList>
#include <QRectF>

namespace talentflow {

// Where the talent flow's parts go in a plot area: time runs left to right in columns (periods,
// then the undated steps), each company has a row, and a node stands on the line between two
// columns where people leave or reach the company. A ribbon leaves its company's node at the
// start of the period it left in and reaches the destination's node at the end of the period it
// arrived in, so every ribbon runs forward in time: a return is a forward ribbon to a later node
// of the same row, never an edge back. Pure geometry, tested without a screen.
class FlowLayout
{
public:
    struct Row
    {
        qint64 companyId = 0; // FlowRibbon::noDestination: left, destination not stated
        qreal top = 0;
        qreal height = 0;
    };
    struct Node
    {
        int row = 0;
        int boundary = 0; // 0: the start of the first column; columns().size(): the end of the last
        QRectF rect;
        int people = 0; // the larger of those arriving and those leaving there
    };
    struct PlacedRibbon
    {
        int ribbon = 0;     // index in the data's ribbons
        QRectF source;      // the slot on the source node's right edge (zero width)
        QRectF target;      // the slot on the target node's left edge (zero width)
        int sourceBoundary = 0;
        int targetBoundary = 0;
    };

    // labelWidth: room for the company names left of the plot; labelHeight: a row's least height.
    FlowLayout(const TalentFlowData &data, const QRectF &area, qreal labelWidth, qreal labelHeight);

    const QList<int> &columns() const { return m_columns; }
    const QList<Row> &rows() const { return m_rows; }
    const QList<Node> &nodes() const { return m_nodes; }
    const QList<PlacedRibbon> &ribbons() const { return m_ribbons; }
    qreal boundaryX(int boundary) const;
    // The horizontal span of a column, between its two boundaries.
    qreal columnLeft(int column) const { return boundaryX(column); }
    qreal columnRight(int column) const { return boundaryX(column + 1); }
    qreal nodeWidth() const { return m_nodeWidth; }
    qreal pixelsPerPerson() const { return m_unit; }
    QRectF plot() const { return m_plot; }
    int rowOf(qint64 companyId) const;

private:
    QList<int> m_columns;
    QList<Row> m_rows;
    QList<Node> m_nodes;
    QList<PlacedRibbon> m_ribbons;
    QRectF m_plot;
    qreal m_nodeWidth = 8;
    qreal m_unit = 1;
};

} // namespace talentflow
