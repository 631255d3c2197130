#include "ui/MainWindow.h"

#include "models/DataSession.h"
#include "models/Database.h"
#include "models/TeamDatabaseAddress.h"
#include "models/WorkerStartGate.h"
#include "ui/AboutBox.h"
#include "ui/AppSettings.h"
#include "ui/DatabaseActions.h"
#include "ui/ErrorMessage.h"
#include "ui/FocusOrder.h"
#include "ui/LanguageManager.h"
#include "ui/MainMenus.h"
#include "ui/PaintGate.h"
#include "ui/TeamConnectDialog.h"
#include "ui/UiLanguage.h"
#include "ui/browse/ArticleReader.h"
#include "ui/browse/DetailPane.h"
#include "ui/browse/FilterBar.h"
#include "ui/browse/PersonSelection.h"
#include "ui/browse/RolesTableView.h"
#include "ui/browse/SearchExplanation.h"
#include "ui/browse/StatusCounter.h"
#include "ui/chart/ChartPanel.h"
#include "ui/edit/Workbench.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace talentflow {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new DataSession(this))
    , m_languages(new LanguageManager(this))
    , m_selection(new PersonSelection(this))
    , m_filterBar(new FilterBar(this))
    , m_rolesView(new RolesTableView(this))
    , m_detailPane(new DetailPane(this))
    , m_reader(new ArticleReader(this))
    , m_chartPanel(new ChartPanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_leftSplitter(new QSplitter(Qt::Vertical, this))
    , m_status(new QLabel(this))
    , m_readOnlyNotice(new QLabel(this))
    , m_connectionBanner(new QWidget(this))
    , m_connectionText(new QLabel(m_connectionBanner))
    , m_actions(new DatabaseActions(this, m_session))
    , m_counter(new StatusCounter(m_status, m_session, this))
    , m_searchExplanation(new SearchExplanation(new QLabel(this), this))
    , m_menus(new MainMenus(this, m_session))
    , m_workbench(new Workbench(this, m_session, m_menus))
{
    setObjectName(QStringLiteral("mainWindow"));
    PaintGate::holdUntilFirstPaint(this);
    m_searchExplanation->reserveChineseLineHeight();
    m_filterBar->setSession(m_session);
    m_rolesView->setSession(m_session);
    m_detailPane->setSession(m_session);
    m_chartPanel->setSession(m_session);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->addWidget(m_rolesView);
    m_leftSplitter->addWidget(m_chartPanel);
    m_leftSplitter->setStretchFactor(0, 1);
    m_leftSplitter->setStretchFactor(1, 1);
    m_leftSplitter->setSizes({400, 600}); // the chart's lanes need the height more than the table's rows
    m_leftSplitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildConnectionBanner();
    layout->addWidget(m_connectionBanner);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_status->setObjectName(QStringLiteral("statusCount"));
    statusBar()->addWidget(m_status);
    statusBar()->addWidget(findChild<QLabel *>(QStringLiteral("searchExplanation")), 1);
    connect(m_searchExplanation, &SearchExplanation::searchFor, m_filterBar, &FilterBar::setSearchText);
    m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyNotice->setStyleSheet(QStringLiteral("QLabel { background: #fde2b8; color: #5a3b00; padding: 1px 8px; }"));
    m_readOnlyNotice->hide();
    statusBar()->addPermanentWidget(m_readOnlyNotice);
    connect(m_session, &DataSession::databaseChanged, this, &MainWindow::retranslate);
    connect(m_session, &DataSession::dataChanged, this, [this](DataSession::Change what) {
        if (what != DataSession::Change::Articles) // no role, move or count depends on an article alone
            applyFilter(m_filterBar->request());
    });
    connect(m_session, &DataSession::failed, this,
            [this](const QString &error) { showErrorMessage(this, tr("Cannot read the database"), error); });
    connect(m_actions, &DatabaseActions::importFinished, this, &MainWindow::updateActions);
    connect(m_actions, &DatabaseActions::damaged, this, [this] { setDatabase(nullptr); });
    connect(m_actions, &DatabaseActions::note, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    connectMenus();
    connect(m_filterBar, &FilterBar::requestChanged, this, &MainWindow::applyFilter);
    connect(m_rolesView, &RolesTableView::personChosen, m_selection, &PersonSelection::select);
    connect(m_selection, &PersonSelection::personSelected, m_rolesView, &RolesTableView::selectPerson);
    connect(m_selection, &PersonSelection::personSelected, m_detailPane, &DetailPane::showPersonById);
    connect(m_detailPane, &DetailPane::failed, this,
            [this](const QString &error) { showErrorMessage(this, tr("Cannot read the database"), error); });
    connect(m_detailPane, &DetailPane::articleRequested, this, &MainWindow::openArticle);
    connect(m_workbench, &Workbench::articleRequested, this, [this](qint64 sourceId) { openArticle(sourceId, 0, 0); });
    connect(m_workbench, &Workbench::personRecorded, m_selection, &PersonSelection::select);
    m_workbench->editInTable(m_rolesView);
    connect(m_detailPane, &DetailPane::editFactRequested, m_workbench, &Workbench::editFact);
    connect(m_detailPane, &DetailPane::removeFactRequested, m_workbench, &Workbench::removeFact);
    connect(m_detailPane, &DetailPane::removeCitationRequested, m_workbench, &Workbench::removeCitation);
    connect(m_detailPane, &DetailPane::editPersonNamesRequested, m_workbench, &Workbench::editPersonNames);
    connect(m_detailPane, &DetailPane::mergePersonRequested, m_workbench, &Workbench::mergePerson);
    connect(m_detailPane, &DetailPane::removePersonRequested, m_workbench, &Workbench::removePerson);
    connect(m_detailPane, &DetailPane::editCompanyNamesRequested, m_workbench, &Workbench::editCompanyNames);
    connect(m_reader, &ArticleReader::citeRequested, this, [this](CiteAs as, qint64 sourceId, int start, int end) {
        m_workbench->cite(as, sourceId, start, end, m_reader);
    });
    connect(m_workbench, &Workbench::note, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_chartPanel, &ChartPanel::personClicked, m_selection, &PersonSelection::select);
    connect(m_chartPanel, &ChartPanel::ribbonClicked, m_detailPane, &DetailPane::showRibbon);
    // The person already selected is shown again in place of the ribbon's list.
    connect(m_detailPane, &DetailPane::personRequested, this, [this](qint64 personId) {
        if (m_selection->personId() == personId)
            m_detailPane->showPersonById(personId);
        else
            m_selection->select(personId);
    });
    connect(m_selection, &PersonSelection::personSelected, m_chartPanel, &ChartPanel::showPerson);
    connect(m_chartPanel, &ChartPanel::failed, this, [this](const QString &error) {
        showErrorMessage(this, tr("Cannot draw the chart"), error);
    });
    // Tab follows the eye: filters, table, chart and its controls, then the excerpts.
    setFocusOrder({m_filterBar, m_rolesView, m_chartPanel, m_detailPane});
    resize(1280, 800);
    retranslate();
}

MainWindow::~MainWindow()
{
    // The table's model holds the session's connection: let it go before the database.
    delete m_rolesView;
    m_rolesView = nullptr;
}

void MainWindow::connectMenus()
{
    connect(m_menus, &MainMenus::openRequested, this, &MainWindow::chooseDatabase);
    connect(m_menus, &MainMenus::connectTeamRequested, this, &MainWindow::connectTeamDatabase);
    connect(m_menus, &MainMenus::recentRequested, this, &MainWindow::openDatabase);
    connect(m_menus, &MainMenus::importRequested, this, [this] {
        const QString path = m_actions->chooseImportFile();
        if (!path.isEmpty())
            importData(path);
    });
    connect(m_menus, &MainMenus::exportDataRequested, this, [this] {
        const QString path = m_actions->chooseExportFile();
        if (!path.isEmpty())
            m_actions->exportTo(path);
    });
    connect(m_menus, &MainMenus::exportChartRequested, this, [this] { m_actions->exportChart(m_chartPanel); });
    connect(m_menus, &MainMenus::languageRequested, this, &MainWindow::chooseLanguage);
    connect(m_menus, &MainMenus::findRequested, m_filterBar, &FilterBar::focusSearch);
    connect(m_menus, &MainMenus::copyCitationRequested, this, [this] { m_detailPane->copyCitation(0); });
    connect(m_menus, &MainMenus::aboutRequested, this, [this] { showAboutBox(this, *m_session); });
    // Enabled exactly while the pane shows a citation, in whatever language it renders.
    m_menus->setCitationAvailable(!m_detailPane->shownCitations().isEmpty());
    connect(m_detailPane, &DetailPane::citationsShown, m_menus, &MainMenus::setCitationAvailable);
}

void MainWindow::retranslate()
{
    m_searchExplanation->retranslate();
    const QString file = m_session->displayName();
    if (!m_session->isOpen())
        setWindowTitle(tr("Talentflow"));
    else if (m_session->isReadOnly())
        setWindowTitle(tr("Talentflow — %1 (read-only)").arg(file));
    else
        setWindowTitle(tr("Talentflow — %1").arg(file));
    m_readOnlyNotice->setText(m_session->isTeamDatabase() ? tr("Team database: read-only") : tr("Read-only: import is disabled"));
    if (!m_session->isTeamDatabase())
        m_readOnlyNotice->setToolTip(tr("You cannot write to this file or its folder, so Talentflow opened it read-only."));
    else
        m_readOnlyNotice->setToolTip(tr("Your login may only read this team database (talentflow_viewer)."));
    m_connectionText->setText(tr("The team database does not answer. What you see is as it was last read; edits are "
                                 "refused until it is back. Connecting again every few seconds…"));
    m_connectionBanner->findChild<QPushButton *>(QStringLiteral("connectionRetry"))->setText(tr("Retry Now"));
    m_menus->retranslate();
    m_workbench->retranslate();
    updateActions();
    applyFilter(m_filterBar->request());
}

void MainWindow::openArticle(qint64 sourceId, int start, int end)
{
    QString error;
    if (!m_reader->open(*m_session, sourceId, start, end, &error))
        showErrorMessage(this, tr("Cannot read the database"), error);
}

void MainWindow::updateActions()
{
    m_menus->updateActions();
    m_readOnlyNotice->setVisible(m_session->isReadOnly());
    m_reader->setCitingAllowed(m_session->isOpen() && !m_session->isReadOnly());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::chooseLanguage(bool chinese)
{
    const DisplayLanguage language = chinese ? DisplayLanguage::Chinese : DisplayLanguage::English;
    m_languages->setLanguage(language);
    if (m_persistent)
        AppSettings::setLanguage(LanguageManager::code(language));
    if (chinese && !chineseFontAvailable())
        statusBar()->showMessage(tr("No installed font can show Chinese; install fonts-noto-cjk."), 15000);
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    m_selection->select(0);
    m_session->setDatabase(std::move(database)); // every view follows its databaseChanged()
}

bool MainWindow::openDatabase(const QString &path)
{
    std::unique_ptr<Database> database = m_actions->open(path);
    if (!database)
        return false;
    if (m_persistent)
        AppSettings::addRecentDatabase(database->isTeamDatabase() ? path : QFileInfo(path).absoluteFilePath());
    setDatabase(std::move(database));
    return true;
}

void MainWindow::importData(const QString &path)
{
    m_actions->importFile(path);
    updateActions();
}

void MainWindow::chooseDatabase()
{
    const QString path = m_actions->chooseDatabaseFile();
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::buildConnectionBanner()
{
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setAutoFillBackground(true);
    m_connectionBanner->setStyleSheet(QStringLiteral("#connectionBanner { background: #f8d7d3; } #connectionBanner QLabel { color: #5c1a12; }"));
    m_connectionText->setObjectName(QStringLiteral("connectionText"));
    m_connectionText->setWordWrap(true);
    auto *retry = new QPushButton(m_connectionBanner);
    retry->setObjectName(QStringLiteral("connectionRetry"));
    auto *layout = new QHBoxLayout(m_connectionBanner);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(m_connectionText, 1);
    layout->addWidget(retry);
    m_connectionBanner->hide();
    connect(retry, &QPushButton::clicked, m_session, &DataSession::reconnectNow);
    connect(m_session, &DataSession::connectionLost, this, [this](const QString &why) {
        m_connectionBanner->setToolTip(why);
        m_connectionBanner->show();
        retranslate();
    });
    connect(m_session, &DataSession::databaseChanged, m_connectionBanner, &QWidget::hide);
    connect(m_session, &DataSession::connectionRestored, this, [this] {
        m_connectionBanner->hide();
        statusBar()->showMessage(tr("Connected to the team database again."), 8000);
        updateActions();
    });
}

void MainWindow::connectTeamDatabase()
{
    QString last;
    for (const QString &recent : AppSettings::recentDatabases()) {
        if (TeamDatabaseAddress::looksLikeAddress(recent)) {
            last = recent;
            break;
        }
    }
    if (last.isEmpty() && m_session->isTeamDatabase())
        last = m_session->path();
    // Asked again with what was typed while the server cannot be reached (said within 5 s).
    for (;;) {
        TeamConnectDialog dialog(last, this);
        if (dialog.exec() != QDialog::Accepted || openDatabase(dialog.address()))
            return;
        last = dialog.address();
    }
}

void MainWindow::applyFilter(const FilterRequest &request)
{
    if (!m_session->isOpen()) {
        m_counter->refresh(RoleFilter());
        return;
    }
    m_session->resolveFilter(request, this, [this](const Answer<ResolvedFilter> &resolved) {
        if (resolved)
            showFilter(*resolved.value);
        else
            showErrorMessage(this, tr("Search failed"), resolved.error);
    });
}

void MainWindow::showFilter(const ResolvedFilter &resolved)
{
    const bool changed = m_rolesView->showFilter(resolved.filter, resolved.request.search, resolved.search);
    m_searchExplanation->show(resolved.request.search, resolved.search);
    m_chartPanel->setFilter(resolved.filter, FilterDescription::of(resolved.request));
    m_counter->refresh(resolved.filter);
    // Keep the selected person when the filter still shows them; a new filter that hides them
    // unselects them, so no view goes on showing someone the table does not.
    const qint64 selected = m_selection->personId();
    if (selected && m_rolesView->showsPerson(selected))
        m_rolesView->selectPerson(selected);
    else if (selected && changed)
        m_selection->select(0);
    emit filterApplied();
}

QString MainWindow::statusText() const
{
    return m_counter->text();
}

QString MainWindow::searchExplanationText() const
{
    return m_searchExplanation->text();
}

void MainWindow::setPersistent(bool persistent)
{
    m_persistent = persistent;
}

void MainWindow::restoreSettings()
{
    if (!m_persistent)
        return;
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    m_splitter->restoreState(AppSettings::splitterState());
    m_leftSplitter->restoreState(AppSettings::leftSplitterState());
    m_rolesView->horizontalHeader()->restoreState(AppSettings::tableHeaderState());
    m_rolesView->fitDateColumns(); // widths saved in the other language
    m_filterBar->chooseCompany(AppSettings::lastCompanyId());
    m_filterBar->setSearchText(AppSettings::lastSearch());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_persistent) {
        AppSettings::setWindowGeometry(saveGeometry());
        AppSettings::setWindowState(saveState());
        AppSettings::setSplitterState(m_splitter->saveState());
        AppSettings::setLeftSplitterState(m_leftSplitter->saveState());
        AppSettings::setTableHeaderState(m_rolesView->horizontalHeader()->saveState());
        AppSettings::setLastCompanyId(m_filterBar->companyId());
        AppSettings::setLastSearch(m_filterBar->searchText());
    }
    event->accept();
}

} // namespace talentflow
