#include "ui/LanguageManager.h"

#include "ui/UiLanguage.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>

#include <spdlog/spdlog.h>

namespace talentflow {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

DisplayLanguage LanguageManager::fromCode(const QString &code)
{
    if (code == QLatin1String("zh"))
        return DisplayLanguage::Chinese;
    if (code == QLatin1String("en"))
        return DisplayLanguage::English;
    return QLocale::system().language() == QLocale::Chinese ? DisplayLanguage::Chinese : DisplayLanguage::English;
}

QString LanguageManager::code(DisplayLanguage language)
{
    return language == DisplayLanguage::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

DisplayLanguage LanguageManager::language() const
{
    return uiLanguage();
}

void LanguageManager::setLanguage(DisplayLanguage language)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
        m_installed = false;
    }
    setUiLanguage(language);
    QLocale::setDefault(language == DisplayLanguage::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                             : QLocale(QLocale::English, QLocale::UnitedStates));
    if (language == DisplayLanguage::Chinese) {
        if (!m_app.load(QStringLiteral(":/i18n/talentflow_zh_CN.qm")))
            spdlog::warn("the Chinese translation is missing from this build");
        // Qt's own strings (standard buttons, file dialogs): the copy built in, else the system's.
        if (!m_qt.load(QStringLiteral(":/i18n/qtbase_zh_CN.qm"))
            && !m_qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            spdlog::info("Qt's own Chinese translation is not available");
        QCoreApplication::installTranslator(&m_qt);
        QCoreApplication::installTranslator(&m_app);
        m_installed = true;
        chineseFontAvailable();
    } else {
        // No translator: the source strings are English. Widgets still need LanguageChange.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    emit languageChanged(language);
}

bool chineseFontAvailable()
{
    static const bool available = [] {
        const bool found = !QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty();
        if (!found)
            spdlog::warn("no installed font covers Chinese; install fonts-noto-cjk to read Chinese text");
        return found;
    }();
    return available;
}

} // namespace talentflow
