#pragma once

#include <QString>
#include <QStringList>

namespace talentflow {

// The article texts carried inside the binary, by their original file name.
QStringList bundledArticleFiles();
// The article's text, or a null string when no article of that name is bundled.
QString bundledArticleBody(const QString &file);
// Hex SHA-256 of the body's UTF-8 bytes, as stored in source.sha256.
QString bodySha256(const QString &body);

} // namespace talentflow
