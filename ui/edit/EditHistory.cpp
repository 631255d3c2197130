#include "ui/edit/EditHistory.h"

#include "models/BundledArticles.h"
#include "models/DataSession.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace talentflow {

namespace {

// A title short enough for a menu, never cut inside 𠮷, and with & shown as itself.
QString shortTitle(const QString &title)
{
    QString shown = title.left(60);
    if (!shown.isEmpty() && shown.back().isHighSurrogate())
        shown.chop(1);
    if (shown.size() < title.size())
        shown += QStringLiteral("…");
    return shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

// The database said no (the fact changed in another window, the file became read-only): the
// step leaves the history, and the person is told why.
void refuse(QUndoCommand *command, EditHistory *history, const QString &error)
{
    command->setObsolete(true);
    emit history->failed(error);
}

class AddArticleCommand : public EditCommand
{
public:
    AddArticleCommand(EditHistory *history, DataSession *session, NewArticle article, qint64 id)
        : m_history(history)
        , m_session(session)
        , m_article(std::move(article))
        , m_id(id)
    {
        retranslate();
    }

    void retranslate() override
    {
        //: Undo/Redo's step, e.g. "Add article “Zoph returns to OpenAI”"
        setText(QCoreApplication::translate("talentflow::EditHistory", "Add article “%1”").arg(shortTitle(m_article.title)));
    }

    // The first redo is the addition EditHistory already made; later ones add it again, same id.
    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        bool existing = false;
        const Answer<qint64> added = m_session->addArticle(m_article, m_id, &existing);
        if (!added)
            refuse(this, m_history, added.error);
        else if (existing || *added.value != m_id)
            // Stored meanwhile as another article (an import): that one is not this step's to undo.
            refuse(this, m_history, QCoreApplication::translate("talentflow::EditHistory", "This text is already stored as another article."));
    }

    void undo() override
    {
        const Answer<bool> removed = m_session->removeArticle(m_id, bodySha256(m_article.body));
        if (!removed)
            refuse(this, m_history, removed.error);
    }

private:
    EditHistory *m_history;
    DataSession *m_session;
    NewArticle m_article;
    qint64 m_id;
    bool m_firstRedo = true;
};

class ArticleDetailsCommand : public EditCommand
{
public:
    ArticleDetailsCommand(EditHistory *history, DataSession *session, qint64 id, ArticleDetails before, ArticleDetails after)
        : m_history(history)
        , m_session(session)
        , m_id(id)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        retranslate();
    }

    void retranslate() override
    {
        //: Undo/Redo's step, e.g. "Edit details of “Zoph returns to OpenAI”"
        setText(QCoreApplication::translate("talentflow::EditHistory", "Edit details of “%1”").arg(shortTitle(m_after.title)));
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        apply(m_after);
    }

    void undo() override { apply(m_before); }

private:
    void apply(const ArticleDetails &details)
    {
        const Answer<bool> set = m_session->setArticleDetails(m_id, details);
        if (!set)
            refuse(this, m_history, set.error);
    }

    EditHistory *m_history;
    DataSession *m_session;
    qint64 m_id;
    ArticleDetails m_before;
    ArticleDetails m_after;
    bool m_firstRedo = true;
};

// A corrected text in place of an article's own; undone while nothing has changed since.
class ReplaceTextCommand : public EditCommand
{
public:
    ReplaceTextCommand(EditHistory *history, DataSession *session, QString newBody, TextReplacement done, QString title)
        : m_history(history)
        , m_session(session)
        , m_newBody(std::move(newBody))
        , m_done(std::move(done))
        , m_title(std::move(title))
    {
        retranslate();
    }

    void retranslate() override
    {
        //: Undo/Redo's step, e.g. "Replace the text of “Zoph returns to OpenAI”"
        setText(QCoreApplication::translate("talentflow::EditHistory", "Replace the text of “%1”").arg(shortTitle(m_title)));
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        const Answer<TextReplacement> replaced = m_session->replaceArticleText(m_done.sourceId, m_newBody);
        if (replaced)
            m_done = *replaced.value; // a new kept version, so a new id to undo by
        else
            refuse(this, m_history, replaced.error);
    }

    void undo() override
    {
        const Answer<bool> restored = m_session->restoreArticleText(m_done.sourceId, m_done);
        if (!restored)
            refuse(this, m_history, restored.error);
    }

private:
    EditHistory *m_history;
    DataSession *m_session;
    QString m_newBody;
    TextReplacement m_done;
    QString m_title;
    bool m_firstRedo = true;
};

// A citation waiting for review: its close match accepted, or kept as an orphan.
class ReviewCommand : public EditCommand
{
public:
    enum class Step { Accept, KeepOrphan };

    ReviewCommand(EditHistory *history, DataSession *session, Step step, CitationAnchorChange done, QString title)
        : m_history(history)
        , m_session(session)
        , m_step(step)
        , m_done(std::move(done))
        , m_title(std::move(title))
    {
        retranslate();
    }

    void retranslate() override
    {
        const QString title = shortTitle(m_title);
        setText(m_step == Step::Accept
                    //: Undo/Redo's step: a citation takes the words the corrected article offers
                    ? QCoreApplication::translate("talentflow::EditHistory", "Accept the new words of a citation of “%1”").arg(title)
                    //: Undo/Redo's step: a citation whose words the corrected article lacks stays without them
                    : QCoreApplication::translate("talentflow::EditHistory", "Keep a citation of “%1” as an orphan").arg(title));
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        const Answer<CitationAnchorChange> done = m_step == Step::Accept ? m_session->acceptReview(m_done.citationId)
                                                                         : m_session->keepAsOrphan(m_done.citationId);
        if (done)
            m_done = *done.value;
        else
            refuse(this, m_history, done.error);
    }

    void undo() override
    {
        const Answer<bool> restored = m_session->restoreCitationAnchor(m_done);
        if (!restored)
            refuse(this, m_history, restored.error);
    }

private:
    EditHistory *m_history;
    DataSession *m_session;
    Step m_step;
    CitationAnchorChange m_done;
    QString m_title;
    bool m_firstRedo = true;
};

class CiteCommand : public EditCommand
{
public:
    CiteCommand(EditHistory *history, DataSession *session, RowVersions *versions, NewCitation citation, CitationEdit done,
                EditHistory::Describe describe)
        : m_history(history)
        , m_session(session)
        , m_versions(versions)
        , m_citation(std::move(citation))
        , m_done(std::move(done))
        , m_factVersion(m_done.versionAfter)
        , m_describe(std::move(describe))
    {
        retranslate();
    }

    void retranslate() override
    {
        //: Undo/Redo's step, e.g. "Cite evidence for “Barret Zoph: fired, Thinking Machines Lab”"
        setText(QCoreApplication::translate("talentflow::EditHistory", "Cite evidence for “%1”").arg(shortTitle(m_describe())));
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        // The fact as this window last left it.
        NewCitation again = m_citation;
        again.factVersion = m_versions->basis(table(), m_citation.fact.id, m_factVersion);
        const Answer<CitationEdit> cited = m_session->cite(again, m_done.citationId);
        if (!cited) {
            refuse(this, m_history, cited.error);
            return;
        }
        m_done = *cited.value;
        m_factVersion = m_done.versionAfter;
        if (m_done.datedFact)
            m_versions->wrote(table(), m_citation.fact.id, m_factVersion);
    }

    void undo() override
    {
        const Answer<int> removed =
            m_session->uncite(m_citation, m_done, m_versions->basis(table(), m_citation.fact.id, m_factVersion));
        if (!removed) {
            refuse(this, m_history, removed.error);
            return;
        }
        m_factVersion = *removed.value;
        if (m_done.datedFact)
            m_versions->wrote(table(), m_citation.fact.id, m_factVersion);
    }

private:
    RowVersions::Table table() const { return RowVersions::of(m_citation.fact.type); }

    EditHistory *m_history;
    DataSession *m_session;
    RowVersions *m_versions;
    NewCitation m_citation;
    CitationEdit m_done;
    int m_factVersion; // the fact's version as this step last saw or left it
    EditHistory::Describe m_describe;
    bool m_firstRedo = true;
};

// The versions an addition gave its rows: the fact's, and those of the person and companies added
// with it.
void wroteAddedRows(RowVersions *versions, FactType type, const FactIds &ids)
{
    versions->wrote(RowVersions::of(type), ids.factId, ids.factVersion);
    if (ids.newPerson)
        versions->wrote(RowVersions::Table::Person, ids.personId, ids.personVersion);
    if (ids.newCompany)
        versions->wrote(RowVersions::Table::Company, ids.companyId, ids.companyVersion);
    if (ids.newDestination)
        versions->wrote(RowVersions::Table::Company, ids.destinationId, ids.destinationVersion);
}

// A move or a role added with its citation; redo adds it again under the same ids, at versions
// above those its rows were removed at.
template<typename Fact>
class AddFactCommand : public EditCommand
{
public:
    AddFactCommand(EditHistory *history, DataSession *session, RowVersions *versions, Fact fact, FactIds ids,
                   EditHistory::Describe describe)
        : m_history(history)
        , m_session(session)
        , m_versions(versions)
        , m_fact(std::move(fact))
        , m_ids(ids)
        , m_describe(std::move(describe))
    {
        retranslate();
    }

    void retranslate() override
    {
        if constexpr (std::is_same_v<Fact, NewMovement>)
            //: Undo/Redo's step, e.g. "Add move “Barret Zoph: joined, OpenAI”"
            setText(QCoreApplication::translate("talentflow::EditHistory", "Add move “%1”").arg(shortTitle(m_describe())));
        else
            //: Undo/Redo's step, e.g. "Add role “Barret Zoph: CTO, Thinking Machines Lab”"
            setText(QCoreApplication::translate("talentflow::EditHistory", "Add role “%1”").arg(shortTitle(m_describe())));
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        Answer<FactIds> added;
        if constexpr (std::is_same_v<Fact, NewMovement>)
            added = m_session->addMovement(m_fact, m_ids);
        else
            added = m_session->addRole(m_fact, m_ids);
        if (!added) {
            refuse(this, m_history, added.error);
            return;
        }
        m_ids = *added.value;
        wroteAddedRows(m_versions, type, m_ids);
    }

    void undo() override
    {
        const Answer<FactIds> removed =
            m_session->removeAddedFact(type, m_ids, m_versions->basis(RowVersions::of(type), m_ids.factId, m_ids.factVersion));
        if (removed)
            m_ids = *removed.value; // the versions a redo adds the rows back at
        else
            refuse(this, m_history, removed.error);
    }

private:
    static constexpr FactType type = std::is_same_v<Fact, NewMovement> ? FactType::Movement : FactType::Role;

    EditHistory *m_history;
    DataSession *m_session;
    RowVersions *m_versions;
    Fact m_fact;
    FactIds m_ids;
    EditHistory::Describe m_describe;
    bool m_firstRedo = true;
};

// A move or a role corrected; undo and redo each write the other side, based on the version this
// window's last write of the fact left, whichever step made it.
template<typename Fields>
class EditFactCommand : public EditCommand
{
public:
    EditFactCommand(EditHistory *history, DataSession *session, RowVersions *versions, qint64 id, Fields before, Fields after,
                    int version, EditHistory::Describe describe)
        : m_history(history)
        , m_session(session)
        , m_versions(versions)
        , m_id(id)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_version(version)
        , m_describe(std::move(describe))
    {
        retranslate();
    }

    void retranslate() override
    {
        //: Undo/Redo's step, e.g. "Edit “Barret Zoph: fired, Thinking Machines Lab”"
        setText(QCoreApplication::translate("talentflow::EditHistory", "Edit “%1”").arg(shortTitle(m_describe())));
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        apply(m_after);
    }
    void undo() override { apply(m_before); }

private:
    void apply(const Fields &fields)
    {
        constexpr RowVersions::Table table =
            std::is_same_v<Fields, MovementFields> ? RowVersions::Table::Movement : RowVersions::Table::Role;
        const int basis = m_versions->basis(table, m_id, m_version);
        Answer<int> done;
        if constexpr (std::is_same_v<Fields, MovementFields>)
            done = m_session->editMovement(m_id, fields, basis);
        else
            done = m_session->editRole(m_id, fields, basis);
        if (!done) {
            refuse(this, m_history, done.error);
            return;
        }
        m_version = *done.value;
        m_versions->wrote(table, m_id, m_version);
    }

    EditHistory *m_history;
    DataSession *m_session;
    RowVersions *m_versions;
    qint64 m_id;
    Fields m_before;
    Fields m_after;
    int m_version;
    EditHistory::Describe m_describe;
    bool m_firstRedo = true;
};

// A fact with its citations, or one citation, removed; undo puts the same rows back, the fact at
// a version above the one it was removed at.
class RemoveCommand : public EditCommand
{
public:
    RemoveCommand(EditHistory *history, DataSession *session, RowVersions *versions, StoredRows rows, EditHistory::Describe describe)
        : m_history(history)
        , m_session(session)
        , m_versions(versions)
        , m_rows(std::move(rows))
        , m_factVersion(m_rows.fact.value(QStringLiteral("row_version")).toInt())
        , m_describe(std::move(describe))
    {
        retranslate();
    }

    void retranslate() override
    {
        if (m_rows.fact.isEmpty())
            //: Undo/Redo's step, e.g. "Remove citation of “Barret Zoph: fired, Thinking Machines Lab”"
            setText(QCoreApplication::translate("talentflow::EditHistory", "Remove citation of “%1”").arg(shortTitle(m_describe())));
        else
            //: Undo/Redo's step, e.g. "Remove “Barret Zoph: fired, Thinking Machines Lab”"
            setText(QCoreApplication::translate("talentflow::EditHistory", "Remove “%1”").arg(shortTitle(m_describe())));
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        Answer<StoredRows> removed;
        if (m_rows.fact.isEmpty()) {
            removed = m_session->removeCitation(m_rows.citations.first().value(QStringLiteral("id")).toLongLong());
        } else {
            const FactRef fact = removedFact();
            removed = m_session->removeFact(fact, m_versions->basis(RowVersions::of(fact.type), fact.id, m_factVersion));
        }
        if (!removed) {
            refuse(this, m_history, removed.error);
            return;
        }
        m_rows = *removed.value;
        m_factVersion = m_rows.fact.value(QStringLiteral("row_version")).toInt();
    }

    void undo() override
    {
        const Answer<int> restored = m_session->restoreRows(m_rows);
        if (!restored) {
            refuse(this, m_history, restored.error);
            return;
        }
        if (!m_rows.fact.isEmpty()) {
            m_factVersion = *restored.value;
            m_versions->wrote(RowVersions::of(removedFact().type), removedFact().id, m_factVersion);
        }
    }

private:
    FactRef removedFact() const
    {
        const bool movement = m_rows.fact.value(QStringLiteral("__table")).toString() == QLatin1String("movement");
        return {movement ? FactType::Movement : FactType::Role, m_rows.fact.value(QStringLiteral("id")).toLongLong()};
    }

    EditHistory *m_history;
    DataSession *m_session;
    RowVersions *m_versions;
    StoredRows m_rows;
    int m_factVersion; // the removed fact's version as this step last saw or left it
    EditHistory::Describe m_describe;
    bool m_firstRedo = true;
};

// A person's names and aliases corrected; undo puts the names and aliases back as they were, at a
// new row version.
class PersonEditCommand : public EditCommand
{
public:
    PersonEditCommand(EditHistory *history, DataSession *session, RowVersions *versions, qint64 id, PersonChange change,
                      StoredPerson before, EditHistory::Describe describe)
        : m_history(history)
        , m_session(session)
        , m_versions(versions)
        , m_id(id)
        , m_change(std::move(change))
        , m_before(std::move(before))
        , m_version(m_before.versionAfter)
        , m_describe(std::move(describe))
    {
        retranslate();
    }

    void retranslate() override
    {
        //: Undo/Redo's step, e.g. "Correct the names of “Barret Zoph”"
        setText(QCoreApplication::translate("talentflow::EditHistory", "Correct the names of “%1”").arg(shortTitle(m_describe())));
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        const Answer<StoredPerson> done =
            m_session->editPerson(m_id, m_change, m_versions->basis(RowVersions::Table::Person, m_id, m_version));
        if (!done) {
            refuse(this, m_history, done.error);
            return;
        }
        m_before = *done.value;
        wrote(m_before.versionAfter);
    }

    void undo() override
    {
        const Answer<int> restored =
            m_session->restorePerson(m_before, m_versions->basis(RowVersions::Table::Person, m_id, m_version));
        if (restored)
            wrote(*restored.value);
        else
            refuse(this, m_history, restored.error);
    }

private:
    void wrote(int version)
    {
        m_version = version;
        m_versions->wrote(RowVersions::Table::Person, m_id, version);
    }

    EditHistory *m_history;
    DataSession *m_session;
    RowVersions *m_versions;
    qint64 m_id;
    PersonChange m_change;
    StoredPerson m_before;
    int m_version; // the version this step's last write left
    EditHistory::Describe m_describe;
    bool m_firstRedo = true;
};

class CompanyEditCommand : public EditCommand
{
public:
    CompanyEditCommand(EditHistory *history, DataSession *session, RowVersions *versions, qint64 id, QString nameEn,
                       QString nameZh, StoredCompany before, EditHistory::Describe describe)
        : m_history(history)
        , m_session(session)
        , m_versions(versions)
        , m_id(id)
        , m_nameEn(std::move(nameEn))
        , m_nameZh(std::move(nameZh))
        , m_before(std::move(before))
        , m_version(m_before.versionAfter)
        , m_describe(std::move(describe))
    {
        retranslate();
    }

    void retranslate() override
    {
        //: Undo/Redo's step, e.g. "Correct the names of the company “OpenAI”"
        setText(QCoreApplication::translate("talentflow::EditHistory", "Correct the names of the company “%1”")
                    .arg(shortTitle(m_describe())));
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        const Answer<StoredCompany> done =
            m_session->editCompany(m_id, m_nameEn, m_nameZh, m_versions->basis(RowVersions::Table::Company, m_id, m_version));
        if (!done) {
            refuse(this, m_history, done.error);
            return;
        }
        m_before = *done.value;
        wrote(m_before.versionAfter);
    }

    void undo() override
    {
        const Answer<int> restored =
            m_session->restoreCompany(m_before, m_versions->basis(RowVersions::Table::Company, m_id, m_version));
        if (restored)
            wrote(*restored.value);
        else
            refuse(this, m_history, restored.error);
    }

private:
    void wrote(int version)
    {
        m_version = version;
        m_versions->wrote(RowVersions::Table::Company, m_id, version);
    }

    EditHistory *m_history;
    DataSession *m_session;
    RowVersions *m_versions;
    qint64 m_id;
    QString m_nameEn;
    QString m_nameZh;
    StoredCompany m_before;
    int m_version; // the version this step's last write left
    EditHistory::Describe m_describe;
    bool m_firstRedo = true;
};

// Two records of one person made one; undo brings the merged person back with the same id, both
// people at new row versions.
class MergeCommand : public EditCommand
{
public:
    MergeCommand(EditHistory *history, DataSession *session, RowVersions *versions, PersonMerge done,
                 EditHistory::Describe describe)
        : m_history(history)
        , m_session(session)
        , m_versions(versions)
        , m_done(std::move(done))
        , m_keptVersion(m_done.keptVersionAfter)
        , m_mergedVersion(m_done.mergedPerson.value(QStringLiteral("row_version")).toInt())
        , m_describe(std::move(describe))
    {
        retranslate();
    }

    void retranslate() override
    {
        //: Undo/Redo's step, e.g. "Merge “B. Zoph” into “Barret Zoph”"
        setText(QCoreApplication::translate("talentflow::EditHistory", "Merge people: %1").arg(shortTitle(m_describe())));
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        const Answer<PersonMerge> done =
            m_session->mergePeople(m_done.keptId, m_versions->basis(RowVersions::Table::Person, m_done.keptId, m_keptVersion),
                                   m_done.mergedId(), m_versions->basis(RowVersions::Table::Person, m_done.mergedId(), m_mergedVersion));
        if (!done) {
            refuse(this, m_history, done.error);
            return;
        }
        m_done = *done.value;
        m_keptVersion = m_done.keptVersionAfter;
        m_versions->wrote(RowVersions::Table::Person, m_done.keptId, m_keptVersion);
    }

    void undo() override
    {
        const Answer<UnmergedVersions> restored =
            m_session->unmergePeople(m_done, m_versions->basis(RowVersions::Table::Person, m_done.keptId, m_keptVersion));
        if (!restored) {
            refuse(this, m_history, restored.error);
            return;
        }
        m_keptVersion = restored.value->kept;
        m_mergedVersion = restored.value->merged;
        m_versions->wrote(RowVersions::Table::Person, m_done.keptId, m_keptVersion);
        m_versions->wrote(RowVersions::Table::Person, m_done.mergedId(), m_mergedVersion);
    }

private:
    EditHistory *m_history;
    DataSession *m_session;
    RowVersions *m_versions;
    PersonMerge m_done;
    int m_keptVersion;   // the kept person's version as this step's last write left it
    int m_mergedVersion; // the merged person's, as it was removed at or put back at
    EditHistory::Describe m_describe;
    bool m_firstRedo = true;
};

// A person removed with all that was theirs; undo puts back the same rows, ids included.
class RemovePersonCommand : public EditCommand
{
public:
    RemovePersonCommand(EditHistory *history, DataSession *session, RowVersions *versions, RemovedPerson removed,
                        EditHistory::Describe describe)
        : m_history(history)
        , m_session(session)
        , m_versions(versions)
        , m_removed(std::move(removed))
        , m_describe(std::move(describe))
    {
        retranslate();
    }

    void retranslate() override
    {
        //: Undo/Redo's step, e.g. "Remove the person “Barret Zoph”"
        setText(QCoreApplication::translate("talentflow::EditHistory", "Remove the person “%1”").arg(shortTitle(m_describe())));
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        const int seen = m_removed.person.value(QStringLiteral("row_version")).toInt();
        const Answer<RemovedPerson> removed =
            m_session->removePerson(m_removed.id(), m_versions->basis(RowVersions::Table::Person, m_removed.id(), seen));
        if (removed)
            m_removed = *removed.value;
        else
            refuse(this, m_history, removed.error);
    }

    void undo() override
    {
        const Answer<int> restored = m_session->restoreRemovedPerson(m_removed);
        if (!restored) {
            refuse(this, m_history, restored.error);
            return;
        }
        // Each row is back one version above the one it was removed at.
        m_versions->wrote(RowVersions::Table::Person, m_removed.id(), *restored.value);
        for (const auto &[table, rows] : {std::pair{RowVersions::Table::Role, &m_removed.roles},
                                          std::pair{RowVersions::Table::Movement, &m_removed.movements}}) {
            for (const QVariantMap &row : *rows)
                m_versions->wrote(table, row.value(QStringLiteral("id")).toLongLong(),
                                  row.value(QStringLiteral("row_version")).toInt() + 1);
        }
    }

private:
    EditHistory *m_history;
    DataSession *m_session;
    RowVersions *m_versions;
    RemovedPerson m_removed;
    EditHistory::Describe m_describe;
    bool m_firstRedo = true;
};

} // namespace

EditHistory::EditHistory(DataSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_stack(new QUndoStack(this))
{
    connect(session, &DataSession::databaseChanged, this, [this] {
        m_stack->clear();
        m_versions.clear();
    });
}

std::optional<qint64> EditHistory::addArticle(const NewArticle &article, bool *existing, QString *error)
{
    bool found = false;
    const Answer<qint64> added = m_session->addArticle(article, 0, &found);
    if (existing)
        *existing = found;
    if (!added) {
        if (error)
            *error = added.error;
        return std::nullopt;
    }
    if (!found)
        m_stack->push(new AddArticleCommand(this, m_session, article, *added.value));
    return added.value;
}

bool EditHistory::setArticleDetails(qint64 id, const ArticleDetails &details, QString *error)
{
    const Answer<ArticleDetails> before = m_session->articleDetails(id);
    if (!before) {
        if (error)
            *error = before.error;
        return false;
    }
    if (*before.value == details)
        return true; // nothing to change, nothing to undo
    const Answer<bool> set = m_session->setArticleDetails(id, details);
    if (!set) {
        if (error)
            *error = set.error;
        return false;
    }
    m_stack->push(new ArticleDetailsCommand(this, m_session, id, *before.value, details));
    return true;
}

std::optional<TextReplacement> EditHistory::replaceArticleText(qint64 id, const QString &newBody, QString *error)
{
    const Answer<ArticleDetails> details = m_session->articleDetails(id);
    const Answer<TextReplacement> replaced = details ? m_session->replaceArticleText(id, newBody) : Answer<TextReplacement>{};
    if (!replaced) {
        if (error)
            *error = details ? replaced.error : details.error;
        return std::nullopt;
    }
    m_stack->push(new ReplaceTextCommand(this, m_session, newBody, *replaced.value, details.value->title));
    return replaced.value;
}

bool EditHistory::acceptReview(qint64 citationId, qint64 sourceId, QString *error)
{
    return review(true, citationId, sourceId, error);
}

bool EditHistory::keepAsOrphan(qint64 citationId, qint64 sourceId, QString *error)
{
    return review(false, citationId, sourceId, error);
}

bool EditHistory::review(bool accept, qint64 citationId, qint64 sourceId, QString *error)
{
    const Answer<ArticleDetails> details = m_session->articleDetails(sourceId);
    const Answer<CitationAnchorChange> done = !details ? Answer<CitationAnchorChange>{}
        : accept                                       ? m_session->acceptReview(citationId)
                                                       : m_session->keepAsOrphan(citationId);
    if (!done) {
        if (error)
            *error = details ? done.error : details.error;
        return false;
    }
    m_stack->push(new ReviewCommand(this, m_session, accept ? ReviewCommand::Step::Accept : ReviewCommand::Step::KeepOrphan,
                                    *done.value, details.value->title));
    return true;
}

std::optional<CitationEdit> EditHistory::cite(const NewCitation &citation, Describe describe, QString *error)
{
    const Answer<CitationEdit> cited = m_session->cite(citation);
    if (!cited) {
        if (error)
            *error = cited.error;
        return std::nullopt;
    }
    if (cited.value->datedFact)
        m_versions.wrote(RowVersions::of(citation.fact.type), citation.fact.id, cited.value->versionAfter);
    m_stack->push(new CiteCommand(this, m_session, &m_versions, citation, *cited.value, std::move(describe)));
    return cited.value;
}

std::optional<FactIds> EditHistory::addMovement(const NewMovement &movement, Describe describe, QString *error)
{
    const Answer<FactIds> added = m_session->addMovement(movement);
    if (!added) {
        if (error)
            *error = added.error;
        return std::nullopt;
    }
    wroteAddedRows(&m_versions, FactType::Movement, *added.value);
    m_stack->push(new AddFactCommand<NewMovement>(this, m_session, &m_versions, movement, *added.value, std::move(describe)));
    return added.value;
}

std::optional<FactIds> EditHistory::addRole(const NewRole &role, Describe describe, QString *error)
{
    const Answer<FactIds> added = m_session->addRole(role);
    if (!added) {
        if (error)
            *error = added.error;
        return std::nullopt;
    }
    wroteAddedRows(&m_versions, FactType::Role, *added.value);
    m_stack->push(new AddFactCommand<NewRole>(this, m_session, &m_versions, role, *added.value, std::move(describe)));
    return added.value;
}

bool EditHistory::editMovement(qint64 id, const MovementFields &fields, int basedOnVersion, Describe describe, QString *error)
{
    const Answer<MovementFields> before = m_session->movementFields(id);
    if (before && *before.value == fields)
        return true; // nothing to change, nothing to undo
    const Answer<int> done = before ? m_session->editMovement(id, fields, basedOnVersion) : Answer<int>{std::nullopt, before.error};
    if (!done) {
        if (error)
            *error = done.error;
        return false;
    }
    m_versions.wrote(RowVersions::Table::Movement, id, *done.value);
    m_stack->push(new EditFactCommand<MovementFields>(this, m_session, &m_versions, id, *before.value, fields, *done.value,
                                                      std::move(describe)));
    return true;
}

bool EditHistory::editRole(qint64 id, const RoleFields &fields, int basedOnVersion, Describe describe, QString *error)
{
    const Answer<RoleFields> before = m_session->roleFields(id);
    if (before && *before.value == fields)
        return true;
    const Answer<int> done = before ? m_session->editRole(id, fields, basedOnVersion) : Answer<int>{std::nullopt, before.error};
    if (!done) {
        if (error)
            *error = done.error;
        return false;
    }
    m_versions.wrote(RowVersions::Table::Role, id, *done.value);
    m_stack->push(new EditFactCommand<RoleFields>(this, m_session, &m_versions, id, *before.value, fields, *done.value,
                                                  std::move(describe)));
    return true;
}

bool EditHistory::removeFact(const FactRef &fact, int basedOnVersion, Describe describe, QString *error)
{
    const Answer<StoredRows> removed = m_session->removeFact(fact, basedOnVersion);
    if (!removed) {
        if (error)
            *error = removed.error;
        return false;
    }
    m_stack->push(new RemoveCommand(this, m_session, &m_versions, *removed.value, std::move(describe)));
    return true;
}

bool EditHistory::removeCitation(qint64 citationId, Describe describe, QString *error)
{
    const Answer<StoredRows> removed = m_session->removeCitation(citationId);
    if (!removed) {
        if (error)
            *error = removed.error;
        return false;
    }
    m_stack->push(new RemoveCommand(this, m_session, &m_versions, *removed.value, std::move(describe)));
    return true;
}

bool EditHistory::editPerson(qint64 id, const PersonChange &change, int basedOnVersion, Describe describe, QString *error)
{
    const Answer<StoredPerson> done = m_session->editPerson(id, change, basedOnVersion);
    if (!done) {
        if (error)
            *error = done.error;
        return false;
    }
    m_versions.wrote(RowVersions::Table::Person, id, done.value->versionAfter);
    m_stack->push(new PersonEditCommand(this, m_session, &m_versions, id, change, *done.value, std::move(describe)));
    return true;
}

bool EditHistory::editCompany(qint64 id, const QString &nameEn, const QString &nameZh, int basedOnVersion, Describe describe,
                              QString *error)
{
    const Answer<StoredCompany> done = m_session->editCompany(id, nameEn, nameZh, basedOnVersion);
    if (!done) {
        if (error)
            *error = done.error;
        return false;
    }
    m_versions.wrote(RowVersions::Table::Company, id, done.value->versionAfter);
    m_stack->push(new CompanyEditCommand(this, m_session, &m_versions, id, nameEn, nameZh, *done.value, std::move(describe)));
    return true;
}

bool EditHistory::mergePeople(qint64 keptId, int keptVersion, qint64 mergedId, int mergedVersion, Describe describe,
                              QString *error)
{
    const Answer<PersonMerge> done = m_session->mergePeople(keptId, keptVersion, mergedId, mergedVersion);
    if (!done) {
        if (error)
            *error = done.error;
        return false;
    }
    m_versions.wrote(RowVersions::Table::Person, keptId, done.value->keptVersionAfter);
    m_stack->push(new MergeCommand(this, m_session, &m_versions, *done.value, std::move(describe)));
    return true;
}

bool EditHistory::removePerson(qint64 id, int basedOnVersion, Describe describe, QString *error)
{
    const Answer<RemovedPerson> removed = m_session->removePerson(id, basedOnVersion);
    if (!removed) {
        if (error)
            *error = removed.error;
        return false;
    }
    m_stack->push(new RemovePersonCommand(this, m_session, &m_versions, *removed.value, std::move(describe)));
    return true;
}

void EditHistory::retranslate()
{
    for (int i = 0; i < m_stack->count(); ++i) {
        if (auto *command = dynamic_cast<EditCommand *>(const_cast<QUndoCommand *>(m_stack->command(i))))
            command->retranslate();
    }
}

} // namespace talentflow
