#pragma once

#include "models/DisplayLanguage.h"

#include <QObject>
#include <QTranslator>

namespace talentflow {

// Swaps the installed translators (Talentflow's own and Qt's) at runtime. Widgets then get
// QEvent::LanguageChange and retranslate themselves; nothing needs a restart.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    // en/zh from a code; empty picks the system locale (zh_* is Chinese).
    static DisplayLanguage fromCode(const QString &code);
    static QString code(DisplayLanguage language);

    void setLanguage(DisplayLanguage language);
    DisplayLanguage language() const;

signals:
    void languageChanged(DisplayLanguage language);

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
};

// Warns once (log and return value) when no installed font can draw Chinese.
bool chineseFontAvailable();

} // namespace talentflow
