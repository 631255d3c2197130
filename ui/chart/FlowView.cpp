#include "ui/chart/FlowView.h"

#include <QHelpEvent>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainterPath>
#include <QToolTip>
#include <QWindow>

namespace talentflow {

FlowView::FlowView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("flowView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
}

FlowView::~FlowView()
{
    setScene(nullptr);
}

void FlowView::setDiagram(std::unique_ptr<FlowDiagram> diagram)
{
    // Thousands of ribbons would hold the window for seconds at every repaint.
    diagram->drawRibbonsInBackground(devicePixelRatioF());
    setScene(diagram.get());
    m_diagram = std::move(diagram); // the old scene goes only after the view let go of it
    m_current = -1;
    fit();
    m_diagram->highlightPerson(m_personId);
}

void FlowView::highlightPerson(qint64 personId)
{
    m_personId = personId;
    if (m_diagram)
        m_diagram->highlightPerson(personId);
}

void FlowView::fit()
{
    if (!m_diagram)
        return;
    // On another screen the ribbons' picture is filled again for its pixel ratio.
    m_diagram->drawRibbonsInBackground(devicePixelRatioF());
    m_diagram->layoutTo(viewport()->size());
    setSceneRect(m_diagram->sceneRect());
}

void FlowView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (QWindow *shown = window()->windowHandle())
        connect(shown, &QWindow::screenChanged, this, &FlowView::fit, Qt::UniqueConnection);
}

void FlowView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void FlowView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_diagram) {
        const int ribbon = m_diagram->ribbonAt(mapToScene(event->position().toPoint()));
        if (ribbon >= 0) {
            m_current = ribbon;
            emit ribbonClicked(m_diagram->data().ribbons.at(ribbon));
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

bool FlowView::viewportEvent(QEvent *event)
{
    // A ribbon's tooltip is written when the pointer rests on it: written for every ribbon as the
    // diagram was built, a whole large file's took most of a second on this thread.
    if (event->type() == QEvent::ToolTip && m_diagram) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int ribbon = m_diagram->ribbonAt(mapToScene(help->pos()));
        if (ribbon >= 0)
            QToolTip::showText(help->globalPos(), m_diagram->tooltip(ribbon), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void FlowView::choose(int ribbon)
{
    m_current = ribbon;
    const QPainterPath shape = m_diagram->ribbonShape(ribbon);
    const QPoint at = mapFromScene(shape.pointAtPercent(0.25));
    QToolTip::showText(mapToGlobal(at), m_diagram->tooltip(ribbon), this);
}

void FlowView::keyPressEvent(QKeyEvent *event)
{
    const int count = m_diagram ? int(m_diagram->data().ribbons.size()) : 0;
    if (count == 0) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        choose((m_current + 1) % count);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        choose(m_current <= 0 ? count - 1 : m_current - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            emit ribbonClicked(m_diagram->data().ribbons.at(m_current));
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace talentflow
