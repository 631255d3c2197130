#pragma once

#include "models/ArticleRepository.h"
#include "models/FactEditor.h"
#include "models/CompanyEditor.h"
#include "models/FactRepository.h"
#include "models/PersonEditor.h"
#include "ui/edit/RowVersions.h"

#include <functional>

#include <QObject>
#include <QUndoCommand>

class QUndoStack;

namespace talentflow {

class DataSession;

// A user's edit as one undoable step. Its text follows the UI language.
class EditCommand : public QUndoCommand
{
public:
    virtual void retranslate() = 0;
};

// The edits made in this window on the open database, to undo and redo. A new database starts a
// new history: an edit's undo belongs to the file it was made in. Undo and redo write each row
// based on the version this window's last write of it left, whichever step made that write, so
// several steps of one row undo in turn while another window's change in between is refused.
class EditHistory : public QObject
{
    Q_OBJECT

public:
    EditHistory(DataSession *session, QObject *parent = nullptr);

    QUndoStack *stack() const { return m_stack; }
    // Adds an article as one undoable edit; its id, or nothing (and the reason) if refused.
    // existing: the text was already stored, so there is nothing to undo.
    std::optional<qint64> addArticle(const NewArticle &article, bool *existing, QString *error);
    // Corrects an article's details as one undoable edit; false (and the reason) if refused.
    bool setArticleDetails(qint64 id, const ArticleDetails &details, QString *error);
    // Replaces an article's text with a corrected one as one undoable edit, and says what became
    // of its citations.
    std::optional<TextReplacement> replaceArticleText(qint64 id, const QString &newBody, QString *error);
    // A citation of the article (sourceId) waiting for review takes the close match, or is kept as
    // an orphan; each one undoable edit.
    bool acceptReview(qint64 citationId, qint64 sourceId, QString *error);
    bool keepAsOrphan(qint64 citationId, qint64 sourceId, QString *error);
    // What a step is about, in the UI language of the moment ("Barret Zoph: fired, Thinking Machines Lab").
    using Describe = std::function<QString()>;
    // Cites an article's words for a stored fact as one undoable edit.
    std::optional<CitationEdit> cite(const NewCitation &citation, Describe describe, QString *error);
    // Adds a move or a role with its citation as one undoable edit.
    std::optional<FactIds> addMovement(const NewMovement &movement, Describe describe, QString *error);
    std::optional<FactIds> addRole(const NewRole &role, Describe describe, QString *error);
    // Corrections and removals as undoable edits, each based on the row version the person saw.
    bool editMovement(qint64 id, const MovementFields &fields, int basedOnVersion, Describe describe, QString *error);
    bool editRole(qint64 id, const RoleFields &fields, int basedOnVersion, Describe describe, QString *error);
    bool removeFact(const FactRef &fact, int basedOnVersion, Describe describe, QString *error);
    bool removeCitation(qint64 citationId, Describe describe, QString *error);
    // A person's names and aliases, a company's names, and two records of one person made one;
    // each one undoable edit based on the row versions the person saw.
    bool editPerson(qint64 id, const PersonChange &change, int basedOnVersion, Describe describe, QString *error);
    bool editCompany(qint64 id, const QString &nameEn, const QString &nameZh, int basedOnVersion, Describe describe,
                     QString *error);
    bool mergePeople(qint64 keptId, int keptVersion, qint64 mergedId, int mergedVersion, Describe describe, QString *error);
    bool removePerson(qint64 id, int basedOnVersion, Describe describe, QString *error);
    void retranslate();

signals:
    void failed(const QString &error);

private:
    bool review(bool accept, qint64 citationId, qint64 sourceId, QString *error);

    DataSession *m_session;
    QUndoStack *m_stack;
    RowVersions m_versions;
};

} // namespace talentflow
