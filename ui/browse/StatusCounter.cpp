#include "ui/browse/StatusCounter.h"

#include "models/DataSession.h"

#include <QLabel>

namespace talentflow {

namespace {

QString countsText(const Answer<ShownCounts> &counts)
{
    if (!counts)
        return StatusCounter::tr("Cannot count what is shown: %1").arg(counts.error);
    // Each count in its own plural form; the sentence around them is translated whole.
    //: %1: "3 people", %2: "12 movements"
    return StatusCounter::tr("%1 · %2 shown")
        .arg(StatusCounter::tr("%n person(s)", nullptr, counts.value->people),
             StatusCounter::tr("%n movement(s)", nullptr, counts.value->movements));
}
} // namespace

StatusCounter::StatusCounter(QLabel *label, DataSession *session, QObject *parent)
    : QObject(parent)
    , m_label(label)
    , m_session(session)
{
}

QString StatusCounter::text() const
{
    return m_label->text();
}

void StatusCounter::refresh(const RoleFilter &filter)
{
    if (!m_session->isOpen()) {
        m_label->setText(tr("No database open"));
        return;
    }
    // Replaced before the next paint when the count is answered at once.
    m_label->setText(tr("Counting…"));
    m_session->counts(filter, this, [this](const Answer<ShownCounts> &counts) { m_label->setText(countsText(counts)); });
}

} // namespace talentflow
