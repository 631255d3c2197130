#pragma once

#include "models/CitedSources.h"
#include "models/ArticleRepository.h"
#include "models/BrowseRepository.h"
#include "models/ChangeLog.h"
#include "models/CompanyEditor.h"
#include "models/DataSetWriter.h"
#include "models/DataTransfer.h"
#include "models/FactEditor.h"
#include "models/FactRepository.h"
#include "models/FlowRepository.h"
#include "models/NameLookup.h"
#include "models/PersonDetailRepository.h"
#include "models/PersonEditor.h"
#include "models/RoleFilter.h"
#include "models/SearchRepository.h"
#include "models/TimelineRepository.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace talentflow {

class Database;
class RolesTableModel;

// One answer of the data session: a value, or the error that kept it from being read.
template<typename T>
struct Answer
{
    std::optional<T> value;
    QString error;

    explicit operator bool() const { return value.has_value(); }
};

// A filter bar's request resolved into the roles it shows.
struct ResolvedFilter
{
    FilterRequest request;
    RoleFilter filter;
    SearchOutcome search; // who the search found and why, or who it may have meant
};

// The open database and all the work done on it for the window: it decides once whether the
// database is large, answers small databases at once and large ones from worker threads (each
// with its own connection), drops answers that a newer request of the same kind from the same
// asker has overtaken, and says when the data changed. Views ask it; none holds a Database.
class DataSession : public QObject
{
    Q_OBJECT

public:
    // A database with more moves than this reads on worker threads; smaller ones answer at once.
    static constexpr int defaultLargeMoves = 20000;
    // How often a team database's server is asked whether it still answers, and how often a lost
    // one is connected to again.
    static constexpr int heartbeatMs = 5000;
    static constexpr int retryMs = 2000;

    // What changed, for views to refresh only what they show (Articles: an article's text or
    // details, which no role, move or company depends on; Elsewhere: another client committed a
    // change to the team database, which may be anything).
    enum class Change { Import, Edit, Articles, Elsewhere };
    Q_ENUM(Change)

    explicit DataSession(QObject *parent = nullptr);
    ~DataSession() override;

    // Takes this database (or none). Answers still on their way for the last one are dropped.
    void setDatabase(std::unique_ptr<Database> database);
    bool isOpen() const { return m_database != nullptr; }
    bool isReadOnly() const;
    // On a team database: the server stopped answering. What is on screen stays, edits are
    // refused (none is half made: the server rolls back what it did not commit), and the
    // session connects again every few seconds until the server answers.
    bool isConnectionLost() const { return m_connectionLost; }
    // Connects again now rather than at the next try (the banner's Retry).
    void reconnectNow();
    // A read on the window's connection failed: whether the server went away is checked next.
    void readFailed() const;
    // What a read or an edit is answered while the connection is lost.
    static QString connectionLostText();
    // Whether importFile would start now: a writable file with no import running.
    bool mayImport() const;
    QString path() const;
    // The file's name, or the team database's name and server, for titles.
    QString displayName() const;
    bool isTeamDatabase() const;
    // On a team database: whether the login may write there, once editing one is open.
    bool mayWriteTeamDatabase() const;

    bool isLarge() const { return m_large; }
    // Decides again with this threshold (tests treat the small seed as large with 0).
    void setLargeThreshold(int movements);

    using CompaniesDone = std::function<void(const Answer<QList<CompanyRecord>> &)>;
    using FilterDone = std::function<void(const Answer<ResolvedFilter> &)>;
    using CountsDone = std::function<void(const Answer<ShownCounts> &)>;
    using TimelineDone = std::function<void(const Answer<TimelineInput> &)>;
    using PersonDone = std::function<void(const Answer<PersonDetail> &)>;
    using FlowsDone = std::function<void(const Answer<TalentFlowData> &)>;
    using ImportDone = std::function<void(const Answer<MergeStats> &)>;
    using CheckDone = std::function<void(const Answer<bool> &)>;
    using ArticlesDone = std::function<void(const Answer<QList<ArticleSummary>> &)>;

    // Each call answers exactly once, on the GUI thread, unless a newer call of the same kind with
    // the same context overtakes it or the context is gone. On a small database the reads answer
    // before the call returns; check and import always run on a worker.
    void companies(QObject *context, CompaniesDone done);
    void resolveFilter(const FilterRequest &request, QObject *context, FilterDone done);
    void counts(const RoleFilter &filter, QObject *context, CountsDone done);
    void timeline(const TimelineQuery &query, QObject *context, TimelineDone done);
    void person(qint64 personId, QObject *context, PersonDone done);
    // The talent flow under the filter: each person's whole path read, so on workers when large.
    void flows(const FlowQuery &query, QObject *context, FlowsDone done);
    // Merges a JSON file (format 1 or 2) on a worker thread with a connection of its own; dataChanged()
    // follows a successful import if its file is still the one open. Refused at once, with the
    // reason, when no database is open, it is read-only, or an import is running.
    // importProgressed() reports it; cancelImport() stops it at its next step and rolls it back.
    void importFile(const QString &file, QObject *context, ImportDone done);
    bool isImporting() const { return m_importing; }
    void cancelImport();
    // The full quick_check, on a worker: true when the file is sound.
    void check(QObject *context, CheckDone done);

    // Reads answered at once whatever the size: one row each, from an index.
    Answer<CompanyRecord> company(qint64 companyId) const;
    Answer<SourceRecord> source(qint64 sourceId) const;
    Answer<SourceSummary> sourceSummary() const;
    // A chart's data read here and now, for an export the person is waiting for.
    Answer<TimelineInput> timelineNow(const TimelineQuery &query) const;
    Answer<TalentFlowData> flowsNow(const FlowQuery &query) const;
    // The moves behind a flow's ribbons and the articles citing them, for an export's sources.
    Answer<FlowCitations> flowCitationsNow(const TalentFlowData &data) const;
    // These moves with their citations (a ribbon's people and the words behind them), by id.
    Answer<QList<MovementView>> movements(const QList<qint64> &ids) const;
    // Writes the whole database as a JSON (format 2) or CSV file, by its extension.
    bool exportTo(const QString &file, QString *error) const;

    // Every article, with how many facts cite it: counted over every citation, so on a large
    // database on a worker, answered like the reads above.
    void articles(QObject *context, ArticlesDone done);
    // Edits, each one transaction on the window's connection, followed by dataChanged(Edit).
    // Adds an article (wantedId: the id an undone addition had) or finds the one with its text.
    Answer<qint64> addArticle(const NewArticle &article, qint64 wantedId = 0, bool *existing = nullptr);
    // Removes an article no fact cites, if it still holds the text with this digest.
    Answer<bool> removeArticle(qint64 id, const QString &sha256);
    Answer<ArticleDetails> articleDetails(qint64 id) const;
    // Why an edit cannot be made now (no file, read-only, an import running), if it cannot.
    std::optional<QString> refusedEdit() const;
    // As refusedEdit(), and whether the write lock can be had now: another window writing (an
    // import) holds it. Undo asks first, so a step is never dropped for a lock that will pass.
    std::optional<QString> refusedWriteNow() const;
    Answer<bool> setArticleDetails(qint64 id, const ArticleDetails &details);
    // Replaces an article's text with a corrected one and says what became of each citation;
    // restoreArticleText takes the replacement back while nothing has changed since.
    Answer<TextReplacement> replaceArticleText(qint64 id, const QString &newBody);
    Answer<bool> restoreArticleText(qint64 id, const TextReplacement &replacement);
    // A citation waiting for review takes the close match, or is kept as an orphan.
    Answer<CitationAnchorChange> acceptReview(qint64 citationId);
    Answer<CitationAnchorChange> keepAsOrphan(qint64 citationId);
    // Takes either step back while the citation is as the step left it.
    Answer<bool> restoreCitationAnchor(const CitationAnchorChange &change);
    // An article's citations waiting for review, then its orphans.
    Answer<QList<CitationAttention>> citationsNeedingAttention(qint64 sourceId) const;
    // An article's words as evidence for a stored fact (wantedId: the id an undone citation had),
    // and taking them back (based on the fact's version as the window last knew it; the fact's
    // version afterwards).
    Answer<CitationEdit> cite(const NewCitation &citation, qint64 wantedId = 0);
    Answer<int> uncite(const NewCitation &citation, const CitationEdit &done, int basedOnVersion);
    // A new fact with its citation (wanted: the ids and versions an undone addition left), and
    // taking it back (the ids and versions to add it again with).
    Answer<FactIds> addMovement(const NewMovement &movement, const FactIds &wanted = {});
    Answer<FactIds> addRole(const NewRole &role, const FactIds &wanted = {});
    Answer<FactIds> removeAddedFact(FactType type, const FactIds &ids, int basedOnVersion);
    Answer<int> factVersion(const FactRef &fact) const;
    // Other people whose name is this person's in another form: merge candidates, with why.
    Answer<QList<PersonMatch>> sameNamedPeople(qint64 personId) const;
    // After an import: its new people whose names may be other people's (at most `limit` pairs).
    Answer<QList<MergeCandidate>> sameNamedAsNewPeople(const QList<qint64> &newPeople, int limit) const;
    // Who a name typed in a form may already be stored as (index lookups only).
    Answer<SearchOutcome> storedAs(const QString &name) const;
    // Corrections and removals of stored facts (each based on the row version the person saw).
    Answer<MovementFields> movementFields(qint64 id) const;
    Answer<RoleFields> roleFields(qint64 id) const;
    Answer<int> citationCount(const FactRef &fact) const;
    Answer<int> editMovement(qint64 id, const MovementFields &fields, int basedOnVersion);
    Answer<int> editRole(qint64 id, const RoleFields &fields, int basedOnVersion);
    Answer<StoredRows> removeFact(const FactRef &fact, int basedOnVersion);
    Answer<StoredRows> removeCitation(qint64 citationId);
    // Puts removed rows back; the fact's row version afterwards.
    Answer<int> restoreRows(const StoredRows &rows);
    // Corrections of people and companies (each based on the row version the person saw), and
    // two records of one person made one; each returns the rows as they were, for undo. Undoing
    // is based on the version the window's last write left, and moves it on.
    Answer<PersonFields> personFields(qint64 id) const;
    Answer<CompanyFields> companyFields(qint64 id) const;
    Answer<StoredPerson> editPerson(qint64 id, const PersonChange &change, int basedOnVersion);
    Answer<int> restorePerson(const StoredPerson &before, int basedOnVersion);
    Answer<StoredCompany> editCompany(qint64 id, const QString &nameEn, const QString &nameZh, int basedOnVersion);
    Answer<int> restoreCompany(const StoredCompany &before, int basedOnVersion);
    Answer<PersonMerge> mergePeople(qint64 keptId, int keptVersion, qint64 mergedId, int mergedVersion);
    Answer<UnmergedVersions> unmergePeople(const PersonMerge &merge, int keptBasedOnVersion);
    // A person removed with their aliases, facts and citations, and put back by undo, the person
    // and each fact one version above the one removed (the person's new version is returned).
    Answer<PersonFactCount> personFactCount(qint64 id) const;
    Answer<RemovedPerson> removePerson(qint64 id, int basedOnVersion);
    Answer<int> restoreRemovedPerson(const RemovedPerson &removed);
    // People and companies stored under this name (or alias) in either script.
    Answer<QList<qint64>> findPeople(const QString &name) const;
    Answer<QList<qint64>> findCompanies(const QString &name) const;
    // Names for a form to complete from, and the people and companies a sentence names.
    // A fact's change log with its citations' (table: "movement" or "role").
    Answer<QList<ChangeRecord>> factHistory(const QString &table, qint64 factId) const;
    Answer<QList<NamedId>> personNames() const;
    Answer<QList<NamedId>> companyNames() const;
    Answer<QList<NamedId>> peopleNamedIn(const QString &text) const;
    Answer<QList<NamedId>> companiesNamedIn(const QString &text) const;
    // The roles table on the window's connection (null with no database).
    RolesTableModel *createRolesModel(QObject *parent) const;
    static QString sqliteVersion();

    // Waits until no worker of the session runs (a screenshot waits for the data to be in).
    void waitForWorkers();

signals:
    void databaseChanged();
    void dataChanged(talentflow::DataSession::Change what);
    // An import started or ended: no edit can be made while one runs.
    void importingChanged(bool importing);
    // Where the running import is (DataTransfer's steps), on the GUI thread.
    void importProgressed(talentflow::ImportProgress::Step step, qint64 done, qint64 total);
    // Work that could not be done without a request of its own to report to (counting the moves).
    void failed(const QString &error);
    // The team database's server stopped answering (why), and answers again.
    void connectionLost(const QString &why);
    void connectionRestored();

private:
    // The kinds of request; a newer one of a kind, with the same context, overtakes an older one.
    enum class Channel { Companies, Filter, Counts, Timeline, Person, Check, Articles, Flows };
    enum class Where { BySize, Here, Worker };

    template<typename T>
    void run(Channel channel, Where where, QObject *context, std::function<std::optional<T>(Database &, QString *)> work,
             std::function<void(const Answer<T> &)> done);
    void decideSize();
    // On a team database: LISTEN for other clients' commits, told as dataChanged(Elsewhere).
    void listenForChangesElsewhere();
    void changedElsewhere(const QString &channel, QSqlDriver::NotificationSource source);
    // After a failed edit or read on a team database, and every few seconds: whether the
    // server still answers; while it does not, connects again.
    void checkConnection();
    // The server answered a worker's probe: the window's connection opens again.
    void reconnectWindow();
    // Runs an edit on the window's connection, unless one cannot be made now; dataChanged(Edit)
    // follows a successful one.
    template<typename T>
    Answer<T> edit(std::function<std::optional<T>(FactRepository &, QString *)> work);
    template<typename T>
    Answer<T> correct(std::function<std::optional<T>(FactEditor &, QString *)> work);
    template<typename Editor, typename T>
    Answer<T> correctWith(std::function<std::optional<T>(Editor &, QString *)> work);


    std::unique_ptr<Database> m_database;
    int m_largeThreshold = defaultLargeMoves;
    bool m_large = false;
    bool m_importing = false;
    // Folds the notifications of a burst of commits into one refresh.
    QTimer *m_changedElsewhere;
    QTimer *m_heartbeat;
    bool m_connectionLost = false;
    bool m_probing = false; // a worker is trying the server
    std::shared_ptr<std::atomic_bool> m_importCancelled;
    // Per kind and asker: one view's newer request never drops another view's answer. The
    // number is shared with the workers, which skip a request overtaken before it started.
    using RequestKey = QPair<int, const QObject *>;
    QHash<RequestKey, std::shared_ptr<std::atomic<quint64>>> m_newest;
    quint64 m_epoch = 0;          // one per database, so a late answer never reaches the next file
};

} // namespace talentflow

Q_DECLARE_METATYPE(talentflow::DataSession::Change)
