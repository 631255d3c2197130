#pragma once

#include "models/FactEditor.h"
#include "ui/edit/ConflictDialog.h"

#include <QList>

namespace talentflow {

class DataSession;

// A move's or role's fields as the conflict dialog shows them, this window's beside the other's
// and the ones the form read, in the UI language (companies by name, dates as written).
QList<ConflictField> conflictFields(const DataSession &session, const MovementFields &mine, const MovementFields &theirs,
                                    const MovementFields &base);
QList<ConflictField> conflictFields(const DataSession &session, const RoleFields &mine, const RoleFields &theirs,
                                    const RoleFields &base);

// The fields taken from either side, as the dialog's choices say (in conflictFields' order).
MovementFields mergedFields(const MovementFields &mine, const MovementFields &theirs, const QList<bool> &takesMine);
RoleFields mergedFields(const RoleFields &mine, const RoleFields &theirs, const QList<bool> &takesMine);

} // namespace talentflow
