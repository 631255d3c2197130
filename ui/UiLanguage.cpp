#include "ui/UiLanguage.h"

namespace talentflow {

namespace {
DisplayLanguage currentLanguage = DisplayLanguage::English;
}

DisplayLanguage uiLanguage()
{
    return currentLanguage;
}

void setUiLanguage(DisplayLanguage language)
{
    currentLanguage = language;
}

} // namespace talentflow
