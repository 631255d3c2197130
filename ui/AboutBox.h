#pragma once

class QWidget;

namespace talentflow {

class DataSession;

// Help ▸ About: the version, the data set in use, and the notices of what Talentflow is built on.
void showAboutBox(QWidget *parent, const DataSession &session);

} // namespace talentflow
