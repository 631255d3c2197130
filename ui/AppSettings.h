#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace talentflow {

// Every remembered setting, typed, with its key and default in one place.
namespace AppSettings {
QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &value);
QByteArray windowState();
void setWindowState(const QByteArray &value);
QByteArray splitterState();
void setSplitterState(const QByteArray &value);
QByteArray leftSplitterState();
void setLeftSplitterState(const QByteArray &value);
QByteArray tableHeaderState();
void setTableHeaderState(const QByteArray &value);
qint64 lastCompanyId();
void setLastCompanyId(qint64 value);
QString lastSearch();
void setLastSearch(const QString &value);
QStringList recentDatabases();
void addRecentDatabase(const QString &path);
QString language(); // "en", "zh" or empty when never chosen
void setLanguage(const QString &value);
QString lastExportFolder();
void setLastExportFolder(const QString &value);
// The export dialog's last preset key ("article", …, "custom"; empty when never chosen) and byline.
QString exportPreset();
void setExportPreset(const QString &value);
QString exportByline();
void setExportByline(const QString &value);
QString lastArticleFolder();
void setLastArticleFolder(const QString &value);
} // namespace AppSettings

} // namespace talentflow
