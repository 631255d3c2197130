#pragma once

#include "models/FactRepository.h"
#include "models/PersonDetailRepository.h"

#include <QList>

namespace talentflow {

// A return: the person left a company and later arrived there again, after a stay elsewhere or
// an ouster and reinstatement. Derived from the stored facts every time, never stored.
struct Boomerang
{
    CompanyRecord company;
    PartialDate left;     // the last departure before the return; unknown where no article dates it
    PartialDate returned; // unknown where no article dates it
    bool reinstatement = false; // ousted, then reinstated at the same company
    FactRef departure;
    FactRef arrival;
};

// Which of a person's arrivals at a company come after a departure from it. Two facts are
// ordered by their dates where both are stated (within one stated month, by the order the moves
// are listed); where a date is missing, by the order the data set lists the person's moves (their
// own path), never by a guessed date. A role the articles call over at an unstated time ("former
// employee"), where the person holds no other role there, is a departure before any undated
// move to its company. A role's dated end is not a
// departure by itself (one role ending as another starts is no return): a move says that.
QList<Boomerang> boomerangsOf(const PersonDetail &person);

// The same rules in SQL: a SELECT of the ids of the people with at least one return, for the
// filter's "Returned" box (no values to bind).
QString returnedPeopleSql();

} // namespace talentflow
