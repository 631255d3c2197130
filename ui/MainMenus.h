#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace talentflow {

class DataSession;

// The window's menu bar: its actions, their shortcuts and names in the UI language, and which
// of them the open database allows. What an action does is the window's to decide.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    MainMenus(QMainWindow *window, const DataSession *session);

    void retranslate();
    // Import needs a writable database that is not already importing; exports need one open.
    void updateActions();
    void rebuildRecentMenu();
    void setCitationAvailable(bool available);
    // The editing actions, each where a person looks for it: File, Edit (first), View.
    void addEditing(QAction *addArticle, QAction *undo, QAction *redo, QAction *showArticles, QAction *showHistory);

signals:
    void openRequested();
    void connectTeamRequested();
    void recentRequested(const QString &path);
    void importRequested();
    void exportDataRequested();
    void exportChartRequested();
    void languageRequested(bool chinese);
    void findRequested();
    void copyCitationRequested();
    void aboutRequested();

private:
    const DataSession *m_session;
    QMenu *m_fileMenu;
    QMenu *m_recentMenu;
    QMenu *m_viewMenu;
    QMenu *m_languageMenu;
    QMenu *m_editMenu;
    QMenu *m_helpMenu;
    QAction *m_openAction;
    QAction *m_connectTeamAction;
    QAction *m_importDataAction;
    QAction *m_exportDataAction;
    QAction *m_exportChartAction;
    QAction *m_quitAction;
    QAction *m_englishAction;
    QAction *m_chineseAction;
    QAction *m_findAction;
    QAction *m_copyCitationAction;
    QAction *m_aboutAction;
    QAction *m_aboutQtAction;
};

} // namespace talentflow
