#pragma once

#include <QCoreApplication>

namespace talentflow {

// Why an edit was refused, in the language the window shows: each reason is translated when it
// is made, by whichever translator is installed then. One context for every editor, so a reason
// they share ("there is no person 12") is translated once. Names and ids stay arguments.
class EditRefusal
{
    Q_DECLARE_TR_FUNCTIONS(talentflow::Edit)
};

} // namespace talentflow
