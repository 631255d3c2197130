#include "ui/edit/Workbench.h"

#include "models/DataSession.h"
#include "ui/ErrorMessage.h"
#include "ui/MainMenus.h"
#include "ui/edit/AddArticleDialog.h"
#include "ui/edit/ArticlesView.h"
#include "ui/edit/CiteDialog.h"
#include "ui/edit/CiteNameDialog.h"
#include "ui/edit/CompanyNamesDialog.h"
#include "ui/edit/EditHistory.h"
#include "ui/edit/EditHistoryView.h"
#include "ui/edit/FactConflict.h"
#include "ui/edit/FactDialog.h"
#include "ui/edit/InPlaceEditing.h"
#include "ui/edit/MergePeopleDialog.h"
#include "ui/edit/PersonNamesDialog.h"
#include "ui/edit/ReplaceTextDialog.h"
#include "ui/UiLanguage.h"

#include <QAction>

#include <type_traits>
#include <QMainWindow>
#include <QMessageBox>
#include <QUndoStack>

namespace talentflow {

Workbench::Workbench(QMainWindow *window, DataSession *session, MainMenus *menus)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_history(new EditHistory(session, this))
    , m_articles(new ArticlesView(window))
    , m_historyView(new EditHistoryView(m_history->stack(), window))
    , m_addArticle(new QAction(this))
    , m_undo(new QAction(this))
    , m_redo(new QAction(this))
{
    m_addArticle->setObjectName(QStringLiteral("addArticleAction"));
    m_addArticle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Shift+Z everywhere, beside the platform's own redo key if it has another (Ctrl+Y);
    // the same sequence twice would make the shortcut ambiguous and do nothing.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redo->setShortcuts(redoKeys);
    connect(m_addArticle, &QAction::triggered, this, &Workbench::addArticle);
    QUndoStack *stack = m_history->stack();
    connect(m_undo, &QAction::triggered, this, &Workbench::undo);
    connect(m_redo, &QAction::triggered, this, &Workbench::redo);
    connect(stack, &QUndoStack::indexChanged, this, &Workbench::retranslate);
    connect(stack, &QUndoStack::cleanChanged, this, &Workbench::retranslate);
    connect(m_history, &EditHistory::failed, this,
            [this](const QString &error) { showErrorMessage(m_window, tr("The edit was not made"), error); });

    window->addDockWidget(Qt::RightDockWidgetArea, m_articles);
    m_articles->hide(); // View ▸ Articles; shown when an article is added
    m_articles->setSession(session);
    connect(m_articles, &ArticlesView::articleRequested, this, &Workbench::articleRequested);
    connect(m_articles, &ArticlesView::detailsRequested, this, &Workbench::editArticleDetails);
    connect(m_articles, &ArticlesView::replaceTextRequested, this, &Workbench::replaceArticleText);
    connect(m_articles, &ArticlesView::reviewRequested, this, &Workbench::reviewCitations);
    connect(m_articles, &ArticlesView::failed, this,
            [this](const QString &error) { showErrorMessage(m_window, tr("Cannot read the database"), error); });
    window->addDockWidget(Qt::RightDockWidgetArea, m_historyView);
    m_historyView->hide(); // View ▸ Edit History
    m_historyView->setGate([this] { return stepsMayMove(); });
    menus->addEditing(m_addArticle, m_undo, m_redo, m_articles->toggleViewAction(), m_historyView->toggleViewAction());
    connect(session, &DataSession::importingChanged, this, &Workbench::updateActions);
    connect(m_articles->toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
        if (shown)
            showArticles();
    });
    connect(session, &DataSession::databaseChanged, this, &Workbench::updateActions);
    connect(session, &DataSession::connectionLost, this, &Workbench::updateActions);
    connect(session, &DataSession::connectionRestored, this, &Workbench::updateActions);
    retranslate();
}

bool Workbench::editable()
{
    if (const std::optional<QString> refused = m_session->refusedEdit()) {
        showErrorMessage(m_window, tr("The edit was not made"), *refused);
        return false;
    }
    return true;
}

void Workbench::editInTable(RolesTableView *table)
{
    m_inPlace = new InPlaceEditing(table, m_session, m_history, m_window);
    connect(m_inPlace, &InPlaceEditing::note, this, &Workbench::note);
}

bool Workbench::stepsMayMove()
{
    if (const std::optional<QString> refused = m_session->refusedWriteNow()) {
        showErrorMessage(m_window, tr("Nothing was undone or redone"), *refused);
        return false;
    }
    return true;
}

void Workbench::undo()
{
    if (!stepsMayMove())
        return;
    m_history->stack()->undo();
    retranslate(); // a step the database refused is gone without a signal from the stack
}

void Workbench::redo()
{
    if (!stepsMayMove())
        return;
    m_history->stack()->redo();
    retranslate();
}

void Workbench::addArticle()
{
    if (!editable())
        return;
    AddArticleDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted || !editable())
        return;
    const NewArticle article = dialog.article();
    bool existing = false;
    QString error;
    const std::optional<qint64> id = m_history->addArticle(article, &existing, &error);
    if (!id) {
        showErrorMessage(m_window, tr("Cannot add the article"), error);
        return;
    }
    showArticles();
    emit note(existing ? tr("This text is already stored; its article is unchanged.")
                       : tr("Added the article “%1”.").arg(article.title));
}

void Workbench::editArticleDetails(qint64 sourceId)
{
    const Answer<ArticleDetails> details = m_session->articleDetails(sourceId);
    if (!details) {
        showErrorMessage(m_window, tr("Cannot read the database"), details.error);
        return;
    }
    AddArticleDialog dialog(m_window, AddArticleDialog::Purpose::Details);
    dialog.setDetails(*details.value);
    if (dialog.exec() != QDialog::Accepted || !editable())
        return;
    QString error;
    if (!m_history->setArticleDetails(sourceId, dialog.details(), &error))
        showErrorMessage(m_window, tr("The edit was not made"), error);
}

void Workbench::replaceArticleText(qint64 sourceId)
{
    const Answer<SourceRecord> source = m_session->source(sourceId);
    if (!source) {
        showErrorMessage(m_window, tr("Cannot read the database"), source.error);
        return;
    }
    AddArticleDialog form(m_window, AddArticleDialog::Purpose::Text);
    form.setText(source.value->body);
    if (form.exec() != QDialog::Accepted || !editable())
        return;
    QString error;
    const std::optional<TextReplacement> replaced = m_history->replaceArticleText(sourceId, form.text(), &error);
    if (!replaced) {
        showErrorMessage(m_window, tr("The edit was not made"), error);
        return;
    }
    ReplaceTextDialog review(m_session, m_history, *replaced, m_window);
    review.exec();
}

void Workbench::reviewCitations(qint64 sourceId)
{
    ReplaceTextDialog review(m_session, m_history, sourceId, m_window);
    review.exec();
}

void Workbench::cite(CiteAs as, qint64 sourceId, int start, int end, QWidget *parent)
{
    if (!editable())
        return;
    const Answer<SourceRecord> source = m_session->source(sourceId);
    if (!source) {
        showErrorMessage(parent, tr("Cannot read the database"), source.error);
        return;
    }
    // The words without the spaces and line breaks a mouse selection picks up at its ends.
    const QString &body = source.value->body;
    end = std::min(end, int(body.size()));
    while (start < end && body.at(start).isSpace())
        ++start;
    while (end > start && body.at(end - 1).isSpace())
        --end;
    if (start >= end)
        return;
    if (as == CiteAs::Name) {
        citeName(sourceId, start, end, parent);
        return;
    }
    CiteDialog dialog(as, m_session, *source.value, QuoteSpan{sourceId, start, end}, parent);
    if (dialog.exec() != QDialog::Accepted || !editable())
        return;
    const QString description = dialog.description();
    const EditHistory::Describe describe = [description] { return description; };
    QString error;
    qint64 personId = 0;
    switch (as) {
    case CiteAs::Movement:
        if (const std::optional<FactIds> added = m_history->addMovement(dialog.movement(), describe, &error))
            personId = added->personId;
        break;
    case CiteAs::Role:
        if (const std::optional<FactIds> added = m_history->addRole(dialog.role(), describe, &error))
            personId = added->personId;
        break;
    case CiteAs::Name:
        break;
    case CiteAs::Evidence: {
        const NewCitation citation = dialog.citation();
        if (const std::optional<CitationEdit> cited = m_history->cite(citation, describe, &error)) {
            const Answer<QList<qint64>> people = m_session->findPeople(dialog.personName());
            personId = people && people.value->size() == 1 ? people.value->first() : 0;
            emit note(cited->datedFact ? tr("Cited, and the fact now has the date these words state.")
                      : cited->disputed ? tr("Cited; the date these words state differs, and both dates are kept.")
                                        : tr("Cited as evidence."));
        }
        break;
    }
    }
    if (!error.isEmpty()) {
        showErrorMessage(parent, tr("The edit was not made"), error);
        return;
    }
    if (as != CiteAs::Evidence)
        emit note(tr("Recorded “%1”.").arg(description));
    if (personId > 0)
        emit personRecorded(personId);
}

void Workbench::editFact(const FactRef &fact, const QString &description)
{
    if (!editable())
        return;
    // The version the form starts from: an edit made meanwhile in another window is refused.
    const Answer<int> version = m_session->factVersion(fact);
    FactDialog dialog(m_session, fact, description, m_window);
    // As the form read it: a conflict later tells whose change each difference is.
    if (!version || !dialog.isLoaded()) {
        showErrorMessage(m_window, tr("Cannot read the database"), version ? dialog.error() : version.error);
        return;
    }
    // As stored at that version, by id (the form's names may not tell two companies apart).
    MovementFields movementRead;
    RoleFields roleRead;
    if (fact.type == FactType::Movement)
        movementRead = m_session->movementFields(fact.id).value.value_or(dialog.movement());
    else
        roleRead = m_session->roleFields(fact.id).value.value_or(dialog.role());
    if (dialog.exec() != QDialog::Accepted || !editable())
        return;
    if (fact.type == FactType::Movement)
        saveFact(fact, description, dialog.movement(), movementRead, *version.value);
    else
        saveFact(fact, description, dialog.role(), roleRead, *version.value);
}

template<typename Fields>
void Workbench::saveFact(const FactRef &fact, const QString &description, Fields mine, Fields base, int basedOnVersion)
{
    constexpr bool isMovement = std::is_same_v<Fields, MovementFields>;
    const EditHistory::Describe describe = [description] { return description; };
    // Each round saves over the version last seen; a third window may save again meanwhile.
    for (;;) {
        QString error;
        bool done = false;
        if constexpr (isMovement)
            done = m_history->editMovement(fact.id, mine, basedOnVersion, describe, &error);
        else
            done = m_history->editRole(fact.id, mine, basedOnVersion, describe, &error);
        if (done)
            return;
        const Answer<int> now = m_session->factVersion(fact);
        Answer<Fields> theirs;
        if constexpr (isMovement)
            theirs = m_session->movementFields(fact.id);
        else
            theirs = m_session->roleFields(fact.id);
        if (!now || *now.value == basedOnVersion || !theirs) { // refused for another reason, or removed meanwhile
            showErrorMessage(m_window, tr("The edit was not made"), error);
            return;
        }
        ConflictDialog conflict(description, conflictFields(*m_session, mine, *theirs.value, base), m_window);
        conflict.exec();
        switch (conflict.resolution()) {
        case ConflictDialog::Resolution::KeepTheirs:
            emit note(tr("Kept the edit saved in the other window."));
            return;
        case ConflictDialog::Resolution::Merge:
            mine = mergedFields(mine, *theirs.value, conflict.takesMine());
            break;
        case ConflictDialog::Resolution::KeepMine:
            break;
        }
        if (!editable())
            return;
        basedOnVersion = *now.value;
        base = *theirs.value; // what was last seen
    }
}

namespace {

// A person's or company's name in the UI language of the moment, for the undo history.
EditHistory::Describe describeNames(const QString &nameEn, const QString &nameZh)
{
    return [nameEn, nameZh] { return displayName(nameEn, nameZh, uiLanguage()); };
}

// The sentence around [start, end), where the person a name belongs to is usually named too.
QString sentenceAround(const QString &body, int start, int end)
{
    static const QString stops = QStringLiteral("。！？!?\n");
    int from = start;
    while (from > 0 && !stops.contains(body.at(from - 1)) && start - from < 400)
        --from;
    int to = end;
    while (to < body.size() && !stops.contains(body.at(to)) && to - end < 400)
        ++to;
    return body.mid(from, to - from);
}

} // namespace

void Workbench::citeName(qint64 sourceId, int start, int end, QWidget *parent)
{
    const Answer<SourceRecord> source = m_session->source(sourceId);
    if (!source) {
        showErrorMessage(parent, tr("Cannot read the database"), source.error);
        return;
    }
    const QString words = source.value->body.mid(start, end - start);
    CiteNameDialog dialog(m_session, words, sentenceAround(source.value->body, start, end), parent);
    if (dialog.exec() != QDialog::Accepted || !editable())
        return;
    const Answer<PersonFields> person = m_session->personFields(dialog.personId());
    if (!person) {
        showErrorMessage(parent, tr("Cannot read the database"), person.error);
        return;
    }
    PersonChange change{person.value->nameEn, person.value->nameZh, {words}, {}};
    QString error;
    if (!m_history->editPerson(dialog.personId(), change, person.value->version,
                               describeNames(person.value->nameEn, person.value->nameZh), &error)) {
        showErrorMessage(parent, tr("The edit was not made"), error);
        return;
    }
    emit note(tr("“%1” is now an alias of %2.").arg(words, displayName(person.value->nameEn, person.value->nameZh, uiLanguage())));
    emit personRecorded(dialog.personId());
}

void Workbench::editPersonNames(qint64 personId)
{
    if (!editable())
        return;
    PersonNamesDialog dialog(m_session, personId, {}, m_window);
    if (!dialog.isLoaded()) {
        showErrorMessage(m_window, tr("Cannot read the database"), dialog.error());
        return;
    }
    if (dialog.exec() != QDialog::Accepted || !editable())
        return;
    const PersonChange change = dialog.change();
    QString error;
    if (!m_history->editPerson(personId, change, dialog.version(), describeNames(change.nameEn, change.nameZh), &error))
        showErrorMessage(m_window, tr("The edit was not made"), error);
}

void Workbench::editCompanyNames(qint64 companyId)
{
    if (!editable())
        return;
    CompanyNamesDialog dialog(m_session, companyId, m_window);
    if (!dialog.isLoaded()) {
        showErrorMessage(m_window, tr("Cannot read the database"), dialog.error());
        return;
    }
    if (dialog.exec() != QDialog::Accepted || !editable())
        return;
    QString error;
    if (!m_history->editCompany(companyId, dialog.nameEn(), dialog.nameZh(), dialog.version(),
                                describeNames(dialog.nameEn(), dialog.nameZh()), &error))
        showErrorMessage(m_window, tr("The edit was not made"), error);
}

void Workbench::mergePerson(qint64 personId)
{
    if (!editable())
        return;
    MergePeopleDialog dialog(m_session, personId, m_window);
    if (!dialog.isLoaded()) {
        showErrorMessage(m_window, tr("Cannot read the database"), dialog.error());
        return;
    }
    if (dialog.exec() != QDialog::Accepted || !editable())
        return;
    const EditHistory::Describe describe = dialog.describer();
    QString error;
    if (!m_history->mergePeople(dialog.keptId(), dialog.keptVersion(), dialog.mergedId(), dialog.mergedVersion(), describe,
                                &error)) {
        showErrorMessage(m_window, tr("The edit was not made"), error);
        return;
    }
    emit note(tr("Merged %1.").arg(describe()));
    emit personRecorded(dialog.keptId());
}

void Workbench::removePerson(qint64 personId)
{
    if (!editable())
        return;
    const Answer<PersonFields> person = m_session->personFields(personId);
    const Answer<PersonFactCount> facts = m_session->personFactCount(personId);
    if (!person || !facts) {
        showErrorMessage(m_window, tr("Cannot read the database"), person ? facts.error : person.error);
        return;
    }
    const QString name = displayName(person.value->nameEn, person.value->nameZh, uiLanguage());
    //: %1 is the person; the counts are "3 roles", "2 moves", "7 citations"
    const QString question = tr("Remove %1 with %2, %3 and %4? Edit ▸ Undo puts them back.")
                                 .arg(name, tr("%n role(s)", nullptr, facts.value->roles),
                                      tr("%n move(s)", nullptr, facts.value->movements),
                                      tr("%n citation(s)", nullptr, facts.value->citations));
    if (QMessageBox::question(m_window, tr("Remove Person"), question) != QMessageBox::Yes || !editable())
        return;
    QString error;
    if (!m_history->removePerson(personId, person.value->version, describeNames(person.value->nameEn, person.value->nameZh),
                                 &error)) {
        showErrorMessage(m_window, tr("The edit was not made"), error);
        return;
    }
    emit note(tr("Removed %1.").arg(name));
}

void Workbench::removeFact(const FactRef &fact, const QString &description)
{
    if (!editable())
        return;
    const Answer<int> version = m_session->factVersion(fact);
    const Answer<int> citations = m_session->citationCount(fact);
    if (!version || !citations) {
        showErrorMessage(m_window, tr("Cannot read the database"), version ? citations.error : version.error);
        return;
    }
    const auto answer = QMessageBox::question(m_window, tr("Remove Fact"),
                                              tr("Remove “%1” and its %n citation(s)? Edit ▸ Undo puts them back.", nullptr,
                                                 *citations.value)
                                                  .arg(description));
    if (answer != QMessageBox::Yes || !editable())
        return;
    QString error;
    if (!m_history->removeFact(fact, *version.value, [description] { return description; }, &error))
        showErrorMessage(m_window, tr("The edit was not made"), error);
}

void Workbench::removeCitation(qint64 citationId, const FactRef &fact, const QString &description)
{
    if (!editable())
        return;
    const Answer<int> citations = m_session->citationCount(fact);
    if (!citations) {
        showErrorMessage(m_window, tr("Cannot read the database"), citations.error);
        return;
    }
    // Every fact keeps at least one citation: the last one goes only with its fact.
    if (*citations.value <= 1) {
        const auto answer = QMessageBox::question(
            m_window, tr("Remove Fact"),
            tr("This is the only citation of “%1”, and every fact keeps one. Remove the fact with it?").arg(description));
        if (answer == QMessageBox::Yes)
            removeFactNow(fact, description);
        return;
    }
    QString error;
    if (!m_history->removeCitation(citationId, [description] { return description; }, &error))
        showErrorMessage(m_window, tr("The edit was not made"), error);
}

void Workbench::removeFactNow(const FactRef &fact, const QString &description)
{
    const Answer<int> version = m_session->factVersion(fact);
    QString error = version.error;
    if (!version || !m_history->removeFact(fact, *version.value, [description] { return description; }, &error))
        showErrorMessage(m_window, tr("The edit was not made"), error);
}

void Workbench::showArticles()
{
    m_articles->show();
    // The first time, wide enough for a title, its publisher, date, language and count; after
    // that, as wide as the person made it.
    if (!m_articlesSized) {
        m_articlesSized = true;
        m_window->resizeDocks({m_articles}, {520}, Qt::Horizontal);
    }
}

void Workbench::retranslate()
{
    m_history->retranslate();
    const QUndoStack *stack = m_history->stack();
    m_addArticle->setText(tr("Add &Article…"));
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    updateActions();
}

void Workbench::updateActions()
{
    const bool writable = m_session->isOpen() && !m_session->isReadOnly() && !m_session->isConnectionLost();
    m_addArticle->setEnabled(writable);
    m_undo->setEnabled(writable && m_history->stack()->canUndo());
    m_redo->setEnabled(writable && m_history->stack()->canRedo());
    // Clicking a step undoes or redoes up to it: only where Undo and Redo could.
    m_historyView->setEnabled(writable && !m_session->isImporting());
}

} // namespace talentflow
