#pragma once

#include "models/RoleFilter.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;

namespace talentflow {

class ArticleReader;
class ChartPanel;
class DataSession;
class Database;
class DetailPane;
class FilterBar;
struct ResolvedFilter;
class DatabaseActions;
class LanguageManager;
class MainMenus;
class Workbench;
class PersonSelection;
class SearchExplanation;
class StatusCounter;
class RolesTableView;

// Composes the views and wires their signals; the views themselves live in their own files.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows this database (or none). The window stays usable either way.
    void setDatabase(std::unique_ptr<Database> database);
    // Opens a file; on failure shows a message, keeps the current database, returns false.
    bool openDatabase(const QString &path);
    // Imports a format-1 file on a worker thread; the window refreshes when it is done.
    void importData(const QString &path);
    DatabaseActions *databaseActions() const { return m_actions; }

    // Whether geometry, splitters and filters are read from and written to the settings.
    void setPersistent(bool persistent);
    void restoreSettings();

    FilterBar *filterBar() const { return m_filterBar; }
    RolesTableView *rolesView() const { return m_rolesView; }
    DetailPane *detailPane() const { return m_detailPane; }
    PersonSelection *selection() const { return m_selection; }
    ArticleReader *articleReader() const { return m_reader; }
    ChartPanel *chartPanel() const { return m_chartPanel; }
    LanguageManager *languageManager() const { return m_languages; }
    DataSession *session() const { return m_session; }
    Workbench *workbench() const { return m_workbench; }
    QString statusText() const;
    // Why the search shows whom it shows, or whom it may have meant (empty without a search).
    QString searchExplanationText() const;

signals:
    // The table, chart and counts now follow the filter bar (a search may finish later than typed).
    void filterApplied();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectMenus();
    void retranslate();
    void applyFilter(const FilterRequest &request);
    void showFilter(const ResolvedFilter &resolved);
    void chooseDatabase();
    // File ▸ Connect to Team Database…: asks for the address, starting from the last one.
    void connectTeamDatabase();
    void buildConnectionBanner();
    void chooseLanguage(bool chinese);
    void updateActions();
    void openArticle(qint64 sourceId, int start, int end);

    DataSession *m_session;
    LanguageManager *m_languages;
    PersonSelection *m_selection;
    FilterBar *m_filterBar;
    RolesTableView *m_rolesView;
    DetailPane *m_detailPane;
    ArticleReader *m_reader;
    ChartPanel *m_chartPanel;
    QSplitter *m_splitter;
    QSplitter *m_leftSplitter;
    QLabel *m_status;
    QLabel *m_readOnlyNotice;
    // Across the top while a team database's server does not answer.
    QWidget *m_connectionBanner;
    QLabel *m_connectionText;
    DatabaseActions *m_actions;
    StatusCounter *m_counter;
    SearchExplanation *m_searchExplanation;
    MainMenus *m_menus;
    Workbench *m_workbench;
    bool m_persistent = true;
};

} // namespace talentflow
