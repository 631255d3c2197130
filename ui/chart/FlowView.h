#pragma once

#include "ui/chart/FlowDiagram.h"

#include <QGraphicsView>

#include <memory>

namespace talentflow {

// The talent flow on screen: fills the view and lays out again as it resizes. Resting the
// pointer on a ribbon shows its people; a click (or Enter on the ribbon chosen with the arrow
// keys) lists them with the articles' words in the detail pane.
class FlowView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit FlowView(QWidget *parent = nullptr);
    ~FlowView() override;

    void setDiagram(std::unique_ptr<FlowDiagram> diagram);
    FlowDiagram *diagram() const { return m_diagram.get(); }
    // The ribbon the arrow keys have reached (-1: none).
    int currentRibbon() const { return m_current; }

public slots:
    void highlightPerson(qint64 personId);

signals:
    void ribbonClicked(const talentflow::FlowRibbon &ribbon);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void fit();
    void choose(int ribbon);

    std::unique_ptr<FlowDiagram> m_diagram;
    qint64 m_personId = 0;
    int m_current = -1;
};

} // namespace talentflow
