#pragma once

#include <QString>

namespace talentflow {

enum class DisplayLanguage { English, Chinese };

// The name in the wanted script, falling back to the other when the articles give only one.
inline QString displayName(const QString &nameEn, const QString &nameZh, DisplayLanguage language)
{
    if (language == DisplayLanguage::Chinese)
        return nameZh.isEmpty() ? nameEn : nameZh;
    return nameEn.isEmpty() ? nameZh : nameEn;
}

// The name in the other script, when it differs, to show alongside for recognition.
inline QString otherScriptName(const QString &nameEn, const QString &nameZh, DisplayLanguage language)
{
    const QString shown = displayName(nameEn, nameZh, language);
    const QString other = language == DisplayLanguage::Chinese ? nameEn : nameZh;
    return other == shown ? QString() : other;
}

} // namespace talentflow
