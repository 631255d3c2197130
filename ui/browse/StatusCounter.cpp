#include "ui/browse/StatusCounter.h"

#include "models/BrowseRepository.h"
#include "models/TimelineRepository.h"
#include "ui/BackgroundTask.h"

#include <QLabel>

namespace talentflow {

namespace {

QString countsText(const std::optional<ShownCounts> &counts)
{
    if (!counts)
        return StatusCounter::tr("Cannot count what is shown");
    // Each count in its own plural form; the sentence around them is translated whole.
    //: %1: "3 people", %2: "12 movements"
    return StatusCounter::tr("%1 · %2 shown")
        .arg(StatusCounter::tr("%n person(s)", nullptr, counts->people),
             StatusCounter::tr("%n movement(s)", nullptr, counts->movements));
}
} // namespace

StatusCounter::StatusCounter(QLabel *label, QObject *parent)
    : QObject(parent)
    , m_label(label)
{
}

void StatusCounter::setDatabase(Database *database, int movementCount)
{
    m_database = database;
    QString error;
    if (movementCount < 0 && database)
        movementCount = TimelineRepository(database->connection()).movementCount(&error).value_or(0);
    m_large = movementCount > backgroundWorkMoves;
}

QString StatusCounter::text() const
{
    return m_label->text();
}

void StatusCounter::refresh(const RoleFilter &filter)
{
    const int generation = ++m_generation;
    if (!m_database) {
        m_label->setText(tr("No database open"));
        return;
    }
    if (!m_large) {
        QString error;
        m_label->setText(countsText(BrowseRepository(m_database->connection()).shownCounts(filter, &error)));
        return;
    }
    m_label->setText(tr("Counting…"));
    runInBackground<std::optional<ShownCounts>>(
        this, m_database->path(),
        [filter](Database &database) {
            QString error;
            return BrowseRepository(database.connection()).shownCounts(filter, &error);
        },
        [this, generation](const std::optional<ShownCounts> &counts) {
            if (generation == m_generation)
                m_label->setText(countsText(counts));
        });
}

} // namespace talentflow
