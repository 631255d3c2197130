#pragma once

#include <QProxyStyle>

namespace talentflow {

// The platform's own style, with one change: the menu bar's overflow button gets its icon when it
// is first drawn, not when the bar is built. Building that icon loads the icon theme and every
// image plugin (1.6 ms of start-up) for a button that a window wide enough for its menus never shows.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes over `base` (the application's style, so no second one is made); the platform's
    // default style when null.
    explicit AppStyle(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace talentflow
