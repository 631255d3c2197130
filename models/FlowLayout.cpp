#include "models/FlowLayout.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace talentflow {

namespace {

constexpr qreal rowGap = 6;
constexpr qreal widestPerson = 24; // a ribbon of one person is at most this thick

} // namespace

FlowLayout::FlowLayout(const TalentFlowData &data, const QRectF &area, qreal labelWidth, qreal labelHeight)
    : m_columns(data.columns())
{
    // Nodes stand on the first and last boundaries: half a node of room on each side.
    m_plot = area.adjusted(labelWidth + 6, 0, -6, 0);
    QList<qint64> companies = data.companyOrder();
    const bool sink = std::any_of(data.ribbons.cbegin(), data.ribbons.cend(), [](const FlowRibbon &ribbon) {
        return ribbon.toCompanyId == FlowRibbon::noDestination;
    });
    if (sink)
        companies.append(FlowRibbon::noDestination);
    QHash<qint64, int> rowIndex;
    for (int i = 0; i < companies.size(); ++i)
        rowIndex.insert(companies.at(i), i);
    QHash<int, int> columnIndex;
    for (int i = 0; i < m_columns.size(); ++i)
        columnIndex.insert(m_columns.at(i), i);

    // People arriving at and leaving each node, a node being a row on a boundary.
    const auto nodeKey = [](int row, int boundary) { return qint64(row) << 32 | quint32(boundary); };
    QHash<qint64, int> arriving;
    QHash<qint64, int> leaving;
    // Each ribbon's people counted once: a count goes through all of its members.
    QList<int> ribbonPeople;
    ribbonPeople.reserve(data.ribbons.size());
    for (int i = 0; i < data.ribbons.size(); ++i) {
        const FlowRibbon &ribbon = data.ribbons.at(i);
        PlacedRibbon placed;
        placed.ribbon = i;
        placed.sourceBoundary = columnIndex.value(ribbon.fromPeriod);
        placed.targetBoundary = columnIndex.value(ribbon.toPeriod) + 1;
        m_ribbons.append(placed);
        ribbonPeople.append(ribbon.people());
        leaving[nodeKey(rowIndex.value(ribbon.fromCompanyId), placed.sourceBoundary)] += ribbonPeople.constLast();
        arriving[nodeKey(rowIndex.value(ribbon.toCompanyId), placed.targetBoundary)] += ribbonPeople.constLast();
    }
    QHash<qint64, int> nodePeople;
    QList<int> rowPeople(companies.size(), 0);
    for (const QHash<qint64, int> *side : {&arriving, &leaving}) {
        for (auto it = side->cbegin(); it != side->cend(); ++it) {
            const int people = qMax(arriving.value(it.key()), leaving.value(it.key()));
            nodePeople.insert(it.key(), people);
            const int row = int(it.key() >> 32);
            rowPeople[row] = qMax(rowPeople.at(row), people);
        }
    }

    // The thickest a person can be while every row fits: a row is as tall as its busiest node,
    // and never shorter than its name.
    const auto heightAt = [&](qreal unit) {
        qreal total = 0;
        for (int people : std::as_const(rowPeople))
            total += qMax(labelHeight, people * unit) + rowGap;
        return total;
    };
    qreal low = 0;
    qreal high = widestPerson;
    if (heightAt(high) > m_plot.height()) {
        for (int round = 0; round < 40; ++round) {
            const qreal middle = (low + high) / 2;
            (heightAt(middle) > m_plot.height() ? high : low) = middle;
        }
        m_unit = low;
    } else {
        m_unit = high;
    }
    // Room left over spreads the rows apart, up to a line and a half each.
    const qreal spare = companies.isEmpty() ? 0 : (m_plot.height() - heightAt(m_unit)) / companies.size();
    const qreal padding = qBound(0.0, spare, labelHeight * 1.5);
    qreal y = m_plot.top();
    for (int i = 0; i < companies.size(); ++i) {
        const qreal height = qMax(labelHeight, rowPeople.at(i) * m_unit) + rowGap + padding;
        m_rows.append({companies.at(i), y, height});
        y += height;
    }

    const qreal band = m_columns.isEmpty() ? m_plot.width() : m_plot.width() / m_columns.size();
    m_nodeWidth = qBound(3.0, band * 0.1, 10.0);
    QHash<qint64, int> nodeIndex;
    for (auto it = nodePeople.cbegin(); it != nodePeople.cend(); ++it) {
        Node node;
        node.row = int(it.key() >> 32);
        node.boundary = int(it.key() & 0xffffffff);
        node.people = it.value();
        const Row &row = m_rows.at(node.row);
        const qreal height = qMax(1.0, node.people * m_unit);
        const qreal x = boundaryX(node.boundary);
        node.rect = QRectF(x - m_nodeWidth / 2, row.top + (row.height - height) / 2, m_nodeWidth, height);
        nodeIndex.insert(it.key(), int(m_nodes.size()));
        m_nodes.append(node);
    }
    std::sort(m_nodes.begin(), m_nodes.end(), [](const Node &a, const Node &b) {
        return a.row != b.row ? a.row < b.row : a.boundary < b.boundary;
    });
    nodeIndex.clear();
    for (int i = 0; i < m_nodes.size(); ++i)
        nodeIndex.insert(nodeKey(m_nodes.at(i).row, m_nodes.at(i).boundary), i);

    // Slots: leaving a node, ribbons stack by the row and time they go to; reaching one, by the
    // row and time they come from, so ribbons cross as little as they can.
    QList<int> order(m_ribbons.size());
    std::iota(order.begin(), order.end(), 0);
    // Each ribbon's two rows, looked up once: the sorts below compare them n log n times.
    QList<int> sourceRows(m_ribbons.size());
    QList<int> targetRows(m_ribbons.size());
    for (int i = 0; i < m_ribbons.size(); ++i) {
        const FlowRibbon &ribbon = data.ribbons.at(m_ribbons.at(i).ribbon);
        sourceRows[i] = rowIndex.value(ribbon.fromCompanyId);
        targetRows[i] = rowIndex.value(ribbon.toCompanyId);
    }
    const auto rowOfRibbon = [&](int i, bool target) { return target ? targetRows.at(i) : sourceRows.at(i); };
    // One side at a time: the slots on the source nodes, ordered by where the ribbons go, then
    // the slots on the target nodes, ordered by where they come from.
    const auto stack = [&](bool sourceSide) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int rowA = rowOfRibbon(a, sourceSide);
            const int rowB = rowOfRibbon(b, sourceSide);
            const auto otherEnd = [&](int i) {
                return sourceSide ? m_ribbons.at(i).targetBoundary : m_ribbons.at(i).sourceBoundary;
            };
            return rowA != rowB ? rowA < rowB : otherEnd(a) < otherEnd(b);
        });
        QHash<qint64, qreal> filled;
        for (int i : std::as_const(order)) {
            PlacedRibbon &placed = m_ribbons[i];
            const qint64 key = nodeKey(rowOfRibbon(i, !sourceSide),
                                       sourceSide ? placed.sourceBoundary : placed.targetBoundary);
            const QRectF node = m_nodes.at(nodeIndex.value(key)).rect;
            const qreal thickness = ribbonPeople.at(placed.ribbon) * m_unit;
            const QRectF slot(sourceSide ? node.right() : node.left(), node.top() + filled.value(key), 0, thickness);
            (sourceSide ? placed.source : placed.target) = slot;
            filled[key] += thickness;
        }
    };
    stack(true);
    stack(false);
}

qreal FlowLayout::boundaryX(int boundary) const
{
    if (m_columns.isEmpty())
        return m_plot.left();
    return m_plot.left() + m_plot.width() * boundary / m_columns.size();
}

int FlowLayout::rowOf(qint64 companyId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).companyId == companyId)
            return i;
    }
    return -1;
}

} // namespace talentflow
