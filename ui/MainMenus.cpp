#include "ui/MainMenus.h"

#include "models/DataSession.h"
#include "ui/AppSettings.h"
#include "ui/UiLanguage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>

namespace talentflow {

MainMenus::MainMenus(QMainWindow *window, const DataSession *session)
    : QObject(window)
    , m_session(session)
{
    QMenuBar *bar = window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainMenus::openRequested);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectTeamAction = m_fileMenu->addAction(QString(), this, &MainMenus::connectTeamRequested);
    m_connectTeamAction->setObjectName(QStringLiteral("connectTeamAction"));
    m_connectTeamAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_importDataAction = m_fileMenu->addAction(QString(), this, &MainMenus::importRequested);
    m_importDataAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportDataAction = m_fileMenu->addAction(QString(), this, &MainMenus::exportDataRequested);
    m_exportDataAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_exportChartAction = m_fileMenu->addAction(QString(), this, &MainMenus::exportChartRequested);
    m_exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), window, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = bar->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    // Each language is named in its own script, so anyone can find their way back.
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"), this, [this] { emit languageRequested(false); });
    m_chineseAction = m_languageMenu->addAction(QStringLiteral("中文"), this, [this] { emit languageRequested(true); });
    auto *languages = new QActionGroup(this);
    for (QAction *action : {m_englishAction, m_chineseAction}) {
        action->setCheckable(true);
        languages->addAction(action);
    }

    m_editMenu = bar->addMenu(QString());
    m_findAction = m_editMenu->addAction(QString(), this, &MainMenus::findRequested);
    m_findAction->setShortcut(QKeySequence::Find);
    m_copyCitationAction = m_editMenu->addAction(QString(), this, &MainMenus::copyCitationRequested);
    m_copyCitationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCitationAction->setEnabled(false);

    m_helpMenu = bar->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainMenus::aboutRequested);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    rebuildRecentMenu();
}

void MainMenus::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open Database…"));
    m_connectTeamAction->setText(tr("Connect to &Team Database…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_importDataAction->setText(tr("&Import Data…"));
    m_exportDataAction->setText(tr("Export &Data…"));
    m_exportChartAction->setText(tr("&Export Chart…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_englishAction->setChecked(!uiIsChinese());
    m_chineseAction->setChecked(uiIsChinese());
    m_editMenu->setTitle(tr("&Edit"));
    m_findAction->setText(tr("&Find Person…"));
    m_copyCitationAction->setText(tr("&Copy First Citation"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Talentflow"));
    m_aboutQtAction->setText(tr("About &Qt"));
    rebuildRecentMenu();
}

void MainMenus::updateActions()
{
    m_importDataAction->setEnabled(m_session->mayImport());
    m_exportDataAction->setEnabled(m_session->isOpen());
    m_exportChartAction->setEnabled(m_session->isOpen());
}

void MainMenus::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentDatabases();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { emit recentRequested(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainMenus::addEditing(QAction *addArticle, QAction *undo, QAction *redo, QAction *showArticles, QAction *showHistory)
{
    m_fileMenu->insertAction(m_importDataAction, addArticle);
    m_editMenu->insertActions(m_findAction, {undo, redo});
    m_editMenu->insertSeparator(m_findAction);
    m_viewMenu->addAction(showArticles);
    m_viewMenu->addAction(showHistory);
}

void MainMenus::setCitationAvailable(bool available)
{
    m_copyCitationAction->setEnabled(available);
}

} // namespace talentflow
