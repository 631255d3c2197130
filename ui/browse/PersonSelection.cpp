#include "ui/browse/PersonSelection.h"

namespace talentflow {

void PersonSelection::select(qint64 personId)
{
    if (personId == m_personId)
        return;
    m_personId = personId;
    emit personSelected(personId);
}

} // namespace talentflow
