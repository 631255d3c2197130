#include "ui/LanguageManager.h"

#include "ui/UiLanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>

#include <spdlog/spdlog.h>

namespace talentflow {

namespace {

// Chinese translates every string; English, the source language, only its plural forms.
QString translationFile(DisplayLanguage language)
{
    return QStringLiteral(":/i18n/talentflow_%1.qm")
        .arg(language == DisplayLanguage::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
}

} // namespace

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
    if (!m_app.load(translationFile(language)))
        spdlog::warn("the {} translation is missing from this build", code(language).toStdString());
    if (language == DisplayLanguage::Chinese) {
        // Qt's own strings (standard buttons, file dialogs): the copy built in, else the system's.
        if (!m_qt.load(QStringLiteral(":/i18n/qtbase_zh_CN.qm"))
            && !m_qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            spdlog::info("Qt's own Chinese translation is not available");
        QCoreApplication::installTranslator(&m_qt);
        if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) // fonts need one; --find has none
            chineseFontAvailable();
    }
    m_installed = true;
    // An empty translator sends no LanguageChange, but widgets still need one.
    if (!QCoreApplication::installTranslator(&m_app)) {
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
