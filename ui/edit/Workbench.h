#pragma once

#include "models/FactRepository.h"
#include "ui/browse/ArticleReader.h"

#include <QObject>

class QAction;
class QMainWindow;
class QWidget;

namespace talentflow {

class ArticlesView;
class DataSession;
class EditHistory;
class EditHistoryView;
class InPlaceEditing;
class MainMenus;
class RolesTableView;

// The editing side of the window: adding articles, the Articles view, undo and redo. It puts its
// actions in the window's menus and its view in a dock; the window only opens what it asks for.
class Workbench : public QObject
{
    Q_OBJECT

public:
    Workbench(QMainWindow *window, DataSession *session, MainMenus *menus);

    ArticlesView *articlesView() const { return m_articles; }
    EditHistory *history() const { return m_history; }
    EditHistoryView *historyView() const { return m_historyView; }
    QAction *addArticleAction() const { return m_addArticle; }
    InPlaceEditing *inPlaceEditing() const { return m_inPlace; }

    // Title, start and end edited in the roles table's cells, each cell one undoable edit.
    void editInTable(RolesTableView *table);

    // File ▸ Add Article…: the form, then the addition as one undoable edit.
    void addArticle();
    // The Articles view's Edit Details…: the form without the text, then one undoable edit.
    void editArticleDetails(qint64 sourceId);
    // The Articles view's Replace Text…: the corrected text, one undoable edit, then what became
    // of the article's citations, to review.
    void replaceArticleText(qint64 sourceId);
    // The Articles view's Review Citations…: the citations waiting for review and the orphans.
    void reviewCitations(qint64 sourceId);
    // Cite as ▸ in the article reader: the form over the reader (parent), then one undoable edit.
    void cite(talentflow::CiteAs as, qint64 sourceId, int start, int end, QWidget *parent);
    // The detail pane's Edit…, Remove… and Remove citation: a form or a question, then one undoable edit.
    void editFact(const talentflow::FactRef &fact, const QString &description);
    void removeFact(const talentflow::FactRef &fact, const QString &description);
    void removeCitation(qint64 citationId, const talentflow::FactRef &fact, const QString &description);
    // The detail pane's Edit Names…, Merge with Another Person… and a company's names: a form,
    // then one undoable edit.
    void editPersonNames(qint64 personId);
    void mergePerson(qint64 personId);
    // Remove person…: asks, naming what goes with them, then one undoable edit.
    void removePerson(qint64 personId);
    void editCompanyNames(qint64 companyId);
    void retranslate();

signals:
    void articleRequested(qint64 sourceId);
    void note(const QString &text);
    // A fact of this person was recorded: the window shows them.
    void personRecorded(qint64 personId);

private:
    void updateActions();
    void citeName(qint64 sourceId, int start, int end, QWidget *parent);
    void removeFactNow(const talentflow::FactRef &fact, const QString &description);
    // Saves a form's fields over the version it was read at; when another window saved the fact
    // since, shows both in a ConflictDialog and saves what the person chooses.
    template<typename Fields>
    void saveFact(const talentflow::FactRef &fact, const QString &description, Fields mine, Fields base, int basedOnVersion);
    void showArticles();
    // Undo and redo only when an edit can be made now; a refusal then would drop the step.
    bool editable();
    // Undo, redo and the history view move only when the database can be written now: a step
    // the database refused for a passing reason (a lock) would otherwise be dropped.
    bool stepsMayMove();
    void undo();
    void redo();

    QMainWindow *m_window;
    DataSession *m_session;
    EditHistory *m_history;
    ArticlesView *m_articles;
    EditHistoryView *m_historyView;
    QAction *m_addArticle;
    QAction *m_undo;
    QAction *m_redo;
    InPlaceEditing *m_inPlace = nullptr;
    bool m_articlesSized = false;
};

} // namespace talentflow
