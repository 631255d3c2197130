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
            refused(added.error);
        else if (existing || *added.value != m_id)
            // Stored meanwhile as another article (an import): that one is not this step's to undo.
            refused(QCoreApplication::translate("talentflow::EditHistory", "This text is already stored as another article."));
    }

    void undo() override
    {
        const Answer<bool> removed = m_session->removeArticle(m_id, bodySha256(m_article.body));
        if (!removed)
            refused(removed.error);
    }

private:
    // The database said no (a fact now cites the article, the file became read-only): the step
    // leaves the history, and the person is told why.
    void refused(const QString &error)
    {
        setObsolete(true);
        emit m_history->failed(error);
    }

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
        if (!set) {
            setObsolete(true);
            emit m_history->failed(set.error);
        }
    }

    EditHistory *m_history;
    DataSession *m_session;
    qint64 m_id;
    ArticleDetails m_before;
    ArticleDetails m_after;
    bool m_firstRedo = true;
};

} // namespace

EditHistory::EditHistory(DataSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_stack(new QUndoStack(this))
{
    connect(session, &DataSession::databaseChanged, m_stack, &QUndoStack::clear);
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

void EditHistory::retranslate()
{
    for (int i = 0; i < m_stack->count(); ++i) {
        if (auto *command = dynamic_cast<EditCommand *>(const_cast<QUndoCommand *>(m_stack->command(i))))
            command->retranslate();
    }
}

} // namespace talentflow
