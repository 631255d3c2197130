#include "ui/AppSettings.h"

#include <QSettings>

namespace talentflow {

namespace {

// ~/.config/talentflow/talentflow.conf
QSettings settings()
{
    return QSettings(QStringLiteral("talentflow"), QStringLiteral("talentflow"));
}

QVariant value(const char *key, const QVariant &fallback = QVariant())
{
    return settings().value(QLatin1String(key), fallback);
}

void store(const char *key, const QVariant &v)
{
    settings().setValue(QLatin1String(key), v);
}

constexpr int maxRecentDatabases = 8;

} // namespace

QByteArray AppSettings::windowGeometry() { return value("window/geometry").toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray &v) { store("window/geometry", v); }
QByteArray AppSettings::windowState() { return value("window/state").toByteArray(); }
void AppSettings::setWindowState(const QByteArray &v) { store("window/state", v); }
QByteArray AppSettings::splitterState() { return value("window/splitters").toByteArray(); }
void AppSettings::setSplitterState(const QByteArray &v) { store("window/splitters", v); }
QByteArray AppSettings::leftSplitterState() { return value("window/leftSplitter").toByteArray(); }
void AppSettings::setLeftSplitterState(const QByteArray &v) { store("window/leftSplitter", v); }
QByteArray AppSettings::tableHeaderState() { return value("table/header").toByteArray(); }
void AppSettings::setTableHeaderState(const QByteArray &v) { store("table/header", v); }
qint64 AppSettings::lastCompanyId() { return value("filter/company", 0).toLongLong(); }
void AppSettings::setLastCompanyId(qint64 v) { store("filter/company", v); }
QString AppSettings::lastSearch() { return value("filter/search").toString(); }
void AppSettings::setLastSearch(const QString &v) { store("filter/search", v); }
QString AppSettings::language() { return value("ui/language").toString(); }
void AppSettings::setLanguage(const QString &v) { store("ui/language", v); }
QString AppSettings::lastExportFolder() { return value("export/folder").toString(); }
void AppSettings::setLastExportFolder(const QString &v) { store("export/folder", v); }
QString AppSettings::exportPreset() { return value("export/preset").toString(); }
void AppSettings::setExportPreset(const QString &v) { store("export/preset", v); }
QString AppSettings::exportByline() { return value("export/byline").toString(); }
void AppSettings::setExportByline(const QString &v) { store("export/byline", v); }
QString AppSettings::lastArticleFolder() { return value("articles/folder").toString(); }
void AppSettings::setLastArticleFolder(const QString &v) { store("articles/folder", v); }

QStringList AppSettings::recentDatabases()
{
    return value("file/recent").toStringList();
}

void AppSettings::addRecentDatabase(const QString &path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentDatabases)
        recent.removeLast();
    store("file/recent", recent);
}

} // namespace talentflow
