#pragma once

#include "models/DisplayLanguage.h"

namespace talentflow {

// The language the interface currently shows. Views read it when they (re)build their text,
// which they do on QEvent::LanguageChange.
DisplayLanguage uiLanguage();
void setUiLanguage(DisplayLanguage language);
inline bool uiIsChinese()
{
    return uiLanguage() == DisplayLanguage::Chinese;
}

} // namespace talentflow
