#pragma once

#include <QSqlDatabase>
#include <QString>

namespace talentflow {

// Writes the anchor (prefix, suffix, the text's digest) of every citation that has none yet:
// those made before anchors were kept. Each article's text is read once.
bool fillMissingAnchors(QSqlDatabase &db, QString *error);

} // namespace talentflow
