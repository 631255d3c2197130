#pragma once

#include <QString>

#include <optional>

namespace talentflow {

// The plain text of an article file: .txt as it is, .md and .html converted by Qt's own
// QTextDocument (images dropped). Refuses other types, files over the article size limit and text that is not
// UTF-8, in one line. Line ends (and line and paragraph separators) become \n and non-breaking
// spaces spaces, so a file gives the same text on the command line and in the window's form.
std::optional<QString> readArticleFile(const QString &path, QString *error);

// The same for text in hand (pasted), by the type it is said to be: "txt", "md" or "html".
QString articleTextOf(const QString &text, const QString &type);

} // namespace talentflow
