#include "ui/PaintGate.h"

#include "models/WorkerStartGate.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace talentflow {

namespace {

// A window that never paints (shown minimised, or on a hidden desktop) must not stall the data.
int longestHoldMs = 1000;

class FirstPaintWatcher : public QObject
{
public:
    explicit FirstPaintWatcher(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
        // A window gets its data before it is shown: hold from now. If it is still hidden when
        // the event loop turns, it is not about to paint (a window built but never shown).
        startHolding();
        QTimer::singleShot(0, this, [this, window] {
            if (!window->isVisible())
                finish();
        });
    }
    ~FirstPaintWatcher() override
    {
        if (m_holding)
            WorkerStartGate::release();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && !m_shown) {
            m_shown = true;
            startHolding();
            QTimer::singleShot(longestHoldMs, this, &FirstPaintWatcher::finish);
        } else if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Released once this paint has finished, not before it starts.
            QTimer::singleShot(0, this, &FirstPaintWatcher::finish);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void startHolding()
    {
        if (m_painted || m_holding)
            return;
        m_holding = true;
        WorkerStartGate::hold();
    }

    void finish()
    {
        if (!m_holding)
            return;
        m_holding = false;
        WorkerStartGate::release();
    }

    bool m_shown = false;
    bool m_painted = false;
    bool m_holding = false;
};

// Far longer than any repaint a change has already asked for; only a widget that cannot paint
// (its window minimised, or not exposed on another desktop) waits this long.
int longestRepaintHoldMs = 500;

class NextPaintWatcher : public QObject
{
public:
    explicit NextPaintWatcher(QWidget *widget)
        : QObject(widget)
    {
        WorkerStartGate::hold();
        widget->installEventFilter(this);
        // A hidden widget has no repaint coming.
        QTimer::singleShot(0, this, [this, widget] {
            if (!widget->isVisible())
                finish();
        });
        QTimer::singleShot(longestRepaintHoldMs, this, &NextPaintWatcher::finish);
    }
    ~NextPaintWatcher() override
    {
        if (m_holding)
            WorkerStartGate::release();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, this, &NextPaintWatcher::finish); // after this paint, not before
        return QObject::eventFilter(watched, event);
    }

private:
    void finish()
    {
        if (!m_holding)
            return;
        m_holding = false;
        WorkerStartGate::release();
        deleteLater();
    }

    bool m_holding = true;
};

} // namespace

void PaintGate::holdUntilNextPaint(QWidget *widget)
{
    new NextPaintWatcher(widget);
}

void PaintGate::holdUntilFirstPaint(QWidget *window)
{
    new FirstPaintWatcher(window);
}

void PaintGate::setLongestHolds(int firstPaintMs, int nextPaintMs)
{
    longestHoldMs = firstPaintMs;
    longestRepaintHoldMs = nextPaintMs;
}

} // namespace talentflow
