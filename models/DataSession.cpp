#include "models/DataSession.h"

#include "models/WriteTransaction.h"

#include "models/DataTransfer.h"
#include "models/Database.h"
#include "models/RolesTableModel.h"
#include "models/SearchRepository.h"
#include "models/TeamSchema.h"
#include "models/WorkerPool.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <spdlog/spdlog.h>

#include <utility>

namespace talentflow {

DataSession::DataSession(QObject *parent)
    : QObject(parent)
    , m_changedElsewhere(new QTimer(this))
    , m_heartbeat(new QTimer(this))
{
    connect(m_heartbeat, &QTimer::timeout, this, &DataSession::checkConnection);
    m_changedElsewhere->setSingleShot(true);
    m_changedElsewhere->setInterval(100);
    connect(m_changedElsewhere, &QTimer::timeout, this, [this] {
        if (m_database)
            emit dataChanged(Change::Elsewhere);
    });
}

DataSession::~DataSession() = default;

void DataSession::setDatabase(std::unique_ptr<Database> database)
{
    renewWorkerDatabases(); // the file may have been replaced since the workers opened it
    ++m_epoch;
    std::unique_ptr<Database> previous = std::exchange(m_database, std::move(database));
    m_changedElsewhere->stop();
    m_heartbeat->stop();
    m_connectionLost = false;
    m_probing = false;
    decideSize();
    listenForChangesElsewhere();
    if (m_database && m_database->isTeamDatabase())
        m_heartbeat->start(heartbeatMs);
    emit databaseChanged();
    // Closed once the views have let go of it: the table's model holds a statement on it.
    previous.reset();
}

void DataSession::listenForChangesElsewhere()
{
    if (!m_database || !m_database->isTeamDatabase())
        return;
    // The driver lives as long as the connection, and goes with this database.
    QSqlDriver *driver = m_database->connection().driver();
    if (!driver->subscribeToNotification(TeamSchema::changeChannel())) {
        spdlog::warn("cannot listen for changes made elsewhere: {}", driver->lastError().text().toStdString());
        return;
    }
    // Unique: listening again after a reconnection keeps one connection to the same driver.
    connect(driver, &QSqlDriver::notification, this, &DataSession::changedElsewhere, Qt::UniqueConnection);
}

void DataSession::changedElsewhere(const QString &, QSqlDriver::NotificationSource source)
{
    // This window's own edits have told the views already.
    if (source != QSqlDriver::SelfSource && !m_changedElsewhere->isActive())
        m_changedElsewhere->start();
}

void DataSession::checkConnection()
{
    if (!m_database || !m_database->isTeamDatabase())
        return;
    if (!m_connectionLost) {
        if (m_database->isConnected())
            return;
        m_connectionLost = true;
        m_heartbeat->start(retryMs);
        spdlog::warn("the team database stopped answering: {}", m_database->path().toStdString());
        emit connectionLost(m_database->connection().lastError().text().trimmed());
    }
    if (m_probing)
        return;
    // A server that does not answer holds a connection attempt for its whole timeout (5 s): it is
    // tried on a worker, so the window never waits, and the window's own connection follows once
    // the server answers.
    m_probing = true;
    renewWorkerDatabases(); // a worker's connection from before is as dead as the window's
    const quint64 epoch = m_epoch;
    runInBackground<bool>(
        this, m_database->path(), [](Database &database) { return database.isConnected(); },
        [this, epoch](const bool &answers) {
            m_probing = false;
            if (answers && epoch == m_epoch && m_connectionLost)
                reconnectWindow();
        },
        [this](const QString &error) {
            m_probing = false;
            spdlog::info("reconnecting to the team database: {}", error.toStdString());
        });
}

void DataSession::reconnectWindow()
{
    QString error;
    if (!m_database->reconnect(&error)) {
        spdlog::info("reconnecting to the team database: {}", error.toStdString());
        return;
    }
    m_connectionLost = false;
    m_heartbeat->start(heartbeatMs);
    renewWorkerDatabases(); // their connections went with the server
    listenForChangesElsewhere();
    spdlog::info("the team database answers again");
    emit connectionRestored();
    emit dataChanged(Change::Elsewhere); // whatever was committed meanwhile
}

QString DataSession::connectionLostText()
{
    return tr("The connection to the team database is lost; Talentflow is connecting again. Make the edit again once "
              "it is back: nothing of it was saved.");
}

void DataSession::readFailed() const
{
    if (m_connectionLost)
        return; // the heartbeat connects again, at its pace
    // After the read's caller is done with its answer; the check may reconnect.
    QMetaObject::invokeMethod(const_cast<DataSession *>(this), &DataSession::checkConnection, Qt::QueuedConnection);
}

void DataSession::reconnectNow()
{
    checkConnection();
}

bool DataSession::isReadOnly() const
{
    return m_database && m_database->isReadOnly();
}

bool DataSession::mayImport() const
{
    return m_database && !m_database->isReadOnly() && !m_importing && !m_connectionLost;
}

QString DataSession::path() const
{
    return m_database ? m_database->path() : QString();
}

QString DataSession::displayName() const
{
    return m_database ? m_database->displayName() : QString();
}

bool DataSession::isTeamDatabase() const
{
    return m_database && m_database->isTeamDatabase();
}

bool DataSession::mayWriteTeamDatabase() const
{
    return m_database && m_database->mayWriteTeamDatabase();
}

void DataSession::setLargeThreshold(int movements)
{
    m_largeThreshold = movements;
    decideSize();
}

void DataSession::decideSize()
{
    m_large = false;
    if (!m_database)
        return;
    QString error;
    const std::optional<int> movements = TimelineRepository(m_database->connection()).movementCount(&error);
    if (!movements) {
        // Unknown size: workers keep the window responsive whatever the file holds.
        m_large = true;
        emit failed(error);
        return;
    }
    m_large = *movements > m_largeThreshold;
}

template<typename T>
void DataSession::run(Channel channel, Where where, QObject *context,
                      std::function<std::optional<T>(Database &, QString *)> work, std::function<void(const Answer<T> &)> done)
{
    std::shared_ptr<std::atomic<quint64>> &slot = m_newest[RequestKey{int(channel), context}];
    if (!slot)
        slot = std::make_shared<std::atomic<quint64>>(0);
    const std::shared_ptr<const std::atomic<quint64>> newest = slot;
    const quint64 request = ++*slot;
    const quint64 epoch = m_epoch;
    QPointer<QObject> receiver(context);
    const auto deliver = [this, newest, request, epoch, receiver, done](const Answer<T> &answer) {
        if (!receiver || epoch != m_epoch || request != newest->load())
            return; // overtaken by a newer request, or by another database
        done(answer);
    };
    if (!m_database) {
        deliver(Answer<T>{std::nullopt, tr("No database is open.")});
        return;
    }
    // The views keep what they show; every view asks again once the server is back.
    if (m_connectionLost)
        return;
    if (where == Where::Here || (where == Where::BySize && !m_large)) {
        Answer<T> answer;
        answer.value = work(*m_database, &answer.error);
        if (!answer && m_database->isTeamDatabase()) {
            checkConnection();
            if (m_connectionLost)
                return; // the banner says why; asked again once the server is back
        }
        deliver(answer);
        return;
    }
    runInBackground<Answer<T>>(
        this, m_database->path(),
        [work, newest, request](Database &database) {
            Answer<T> answer;
            // A window's first requests wait for its first paint, and the second of a kind is
            // often made by then: the first would be read for nothing, on a core the rest needs.
            if (request == newest->load())
                answer.value = work(database, &answer.error);
            return answer;
        },
        deliver, [deliver](const QString &error) { deliver(Answer<T>{std::nullopt, error}); });
}

void DataSession::companies(QObject *context, CompaniesDone done)
{
    run<QList<CompanyRecord>>(
        Channel::Companies, Where::BySize, context,
        [](Database &database, QString *error) { return BrowseRepository(database.connection()).companies(error); },
        std::move(done));
}

void DataSession::resolveFilter(const FilterRequest &request, QObject *context, FilterDone done)
{
    // Three characters or more are answered by the trigram index in a few milliseconds; only
    // shorter searches scan, and only on a large database is the scan worth a thread.
    const QString text = request.search.trimmed();
    // Who returned compares every move: on a large database that too is worth a thread.
    const Where where = (text.isEmpty() || text.size() >= 3) && !request.returnedOnly ? Where::Here : Where::BySize;
    run<ResolvedFilter>(
        Channel::Filter, where, context,
        [request](Database &database, QString *error) -> std::optional<ResolvedFilter> {
            SearchOutcome outcome;
            std::optional<RoleFilter> filter = SearchRepository(database.connection()).resolve(request, error, &outcome);
            if (!filter)
                return std::nullopt;
            return ResolvedFilter{request, std::move(*filter), std::move(outcome)};
        },
        std::move(done));
}

void DataSession::counts(const RoleFilter &filter, QObject *context, CountsDone done)
{
    run<ShownCounts>(
        Channel::Counts, Where::BySize, context,
        [filter](Database &database, QString *error) { return BrowseRepository(database.connection()).shownCounts(filter, error); },
        std::move(done));
}

void DataSession::timeline(const TimelineQuery &query, QObject *context, TimelineDone done)
{
    run<TimelineInput>(
        Channel::Timeline, Where::BySize, context,
        [query](Database &database, QString *error) { return TimelineRepository(database.connection()).load(query, error); },
        std::move(done));
}

void DataSession::flows(const FlowQuery &query, QObject *context, FlowsDone done)
{
    run<TalentFlowData>(
        Channel::Flows, Where::BySize, context,
        [query](Database &database, QString *error) { return FlowRepository(database.connection()).load(query, error); },
        std::move(done));
}

void DataSession::person(qint64 personId, QObject *context, PersonDone done)
{
    // One person's facts come from indexes in milliseconds whatever the size of the file.
    run<PersonDetail>(
        Channel::Person, Where::Here, context,
        [personId](Database &database, QString *error) {
            return PersonDetailRepository(database.connection()).personDetail(personId, error);
        },
        std::move(done));
}

void DataSession::check(QObject *context, CheckDone done)
{
    run<bool>(
        Channel::Check, Where::Worker, context,
        [](Database &database, QString *error) -> std::optional<bool> { return database.quickCheck(error); },
        std::move(done));
}

void DataSession::importFile(const QString &file, QObject *context, ImportDone done)
{
    if (!mayImport()) {
        done(Answer<MergeStats>{std::nullopt, !m_database ? tr("No database is open.")
                                              : m_importing ? tr("An import is already running.")
                                              : m_connectionLost ? connectionLostText()
                                                                 : tr("The database is read-only.")});
        return;
    }
    m_importing = true;
    m_importCancelled = std::make_shared<std::atomic_bool>(false);
    emit importingChanged(true);
    const quint64 epoch = m_epoch;
    QPointer<QObject> receiver(context);
    QPointer<DataSession> session(this);
    const ImportProgressHandler progress = [session, cancelled = m_importCancelled](const ImportProgress &where) {
        QMetaObject::invokeMethod(
            qApp, [session, where] {
                if (session)
                    emit session->importProgressed(where.step, where.done, where.total);
            },
            Qt::QueuedConnection);
        return !cancelled->load();
    };
    // A write needs a connection of its own, opened for this import and closed after it.
    runInBackground<Answer<MergeStats>>(
        this, m_database->path(),
        [path = m_database->path(), file, progress](Database &) {
            Answer<MergeStats> answer;
            std::unique_ptr<Database> writer = Database::open(path, &answer.error);
            MergeStats stats;
            if (writer && DataTransfer(*writer).importFrom(file, &stats, &answer.error, progress))
                answer.value = stats;
            return answer;
        },
        [this, epoch, receiver, done](const Answer<MergeStats> &answer) {
            m_importing = false;
            emit importingChanged(false);
            // Answered even when another file is open by now: it wrote to the one open at its start.
            if (answer && epoch == m_epoch) {
                decideSize(); // the import may have made a small database large
                emit dataChanged(Change::Import);
            }
            if (receiver)
                done(answer);
        },
        [this, receiver, done](const QString &error) {
            m_importing = false;
            emit importingChanged(false);
            if (receiver)
                done(Answer<MergeStats>{std::nullopt, error});
        });
}

void DataSession::cancelImport()
{
    if (m_importing && m_importCancelled)
        m_importCancelled->store(true);
}

namespace {

template<typename T>
Answer<T> readHere(const DataSession *session, Database *database, const std::function<std::optional<T>(Database &, QString *)> &read)
{
    Answer<T> answer;
    if (!database)
        answer.error = DataSession::tr("No database is open.");
    else if (session->isConnectionLost())
        return Answer<T>{std::nullopt, DataSession::connectionLostText()}; // the next try is the heartbeat's
    else
        answer.value = read(*database, &answer.error);
    if (!answer && database && database->isTeamDatabase())
        session->readFailed();
    return answer;
}

} // namespace

Answer<CompanyRecord> DataSession::company(qint64 companyId) const
{
    return readHere<CompanyRecord>(this, m_database.get(), [companyId](Database &database, QString *error) {
        return BrowseRepository(database.connection()).company(companyId, error);
    });
}

Answer<SourceRecord> DataSession::source(qint64 sourceId) const
{
    return readHere<SourceRecord>(this, m_database.get(), [sourceId](Database &database, QString *error) {
        return PersonDetailRepository(database.connection()).source(sourceId, error);
    });
}

Answer<SourceSummary> DataSession::sourceSummary() const
{
    return readHere<SourceSummary>(this, m_database.get(), [](Database &database, QString *error) {
        return BrowseRepository(database.connection()).sourceSummary(error);
    });
}

Answer<TimelineInput> DataSession::timelineNow(const TimelineQuery &query) const
{
    return readHere<TimelineInput>(this, m_database.get(), [query](Database &database, QString *error) {
        return TimelineRepository(database.connection()).load(query, error);
    });
}

Answer<TalentFlowData> DataSession::flowsNow(const FlowQuery &query) const
{
    return readHere<TalentFlowData>(this, m_database.get(), [query](Database &database, QString *error) {
        return FlowRepository(database.connection()).load(query, error);
    });
}

Answer<FlowCitations> DataSession::flowCitationsNow(const TalentFlowData &data) const
{
    return readHere<FlowCitations>(this, m_database.get(), [&data](Database &database, QString *error) {
        return CitedSources(database.connection()).ofFlow(data, error);
    });
}

Answer<QList<MovementView>> DataSession::movements(const QList<qint64> &ids) const
{
    return readHere<QList<MovementView>>(this, m_database.get(), [ids](Database &database, QString *error) {
        return PersonDetailRepository(database.connection()).movements(ids, error);
    });
}

bool DataSession::exportTo(const QString &file, QString *error) const
{
    if (!m_database) {
        if (error)
            *error = tr("No database is open.");
        return false;
    }
    return DataTransfer(*m_database).exportTo(file, error);
}

void DataSession::articles(QObject *context, ArticlesDone done)
{
    run<QList<ArticleSummary>>(
        Channel::Articles, Where::BySize, context,
        [](Database &database, QString *error) { return ArticleRepository(database.connection()).articles(error); },
        std::move(done));
}

std::optional<QString> DataSession::refusedEdit() const
{
    if (!m_database)
        return tr("No database is open.");
    if (m_connectionLost)
        return connectionLostText();
    if (m_database->isReadOnly())
        return tr("The database is read-only.");
    if (m_importing)
        return tr("An import is running; edit again when it is done.");
    return std::nullopt;
}

std::optional<QString> DataSession::refusedWriteNow() const
{
    if (const std::optional<QString> refused = refusedEdit())
        return refused;
    WriteTransaction probe(m_database->connection()); // rolled back unused
    if (!probe.isOpen())
        return probe.error();
    return std::nullopt;
}

Answer<qint64> DataSession::addArticle(const NewArticle &article, qint64 wantedId, bool *existing)
{
    Answer<qint64> answer;
    if (const std::optional<QString> refused = refusedEdit()) {
        answer.error = *refused;
        return answer;
    }
    bool found = false;
    answer.value = ArticleRepository(m_database->connection()).add(article, &found, &answer.error, wantedId);
    if (existing)
        *existing = found;
    if (answer && !found)
        emit dataChanged(Change::Articles);
    return answer;
}

Answer<bool> DataSession::removeArticle(qint64 id, const QString &sha256)
{
    Answer<bool> answer;
    if (const std::optional<QString> refused = refusedEdit()) {
        answer.error = *refused;
        return answer;
    }
    if (ArticleRepository(m_database->connection()).remove(id, sha256, &answer.error)) {
        answer.value = true;
        emit dataChanged(Change::Articles);
    }
    return answer;
}

Answer<ArticleDetails> DataSession::articleDetails(qint64 id) const
{
    return readHere<ArticleDetails>(this, m_database.get(), [id](Database &database, QString *error) {
        return ArticleRepository(database.connection()).details(id, error);
    });
}

Answer<bool> DataSession::setArticleDetails(qint64 id, const ArticleDetails &details)
{
    Answer<bool> answer;
    if (const std::optional<QString> refused = refusedEdit()) {
        answer.error = *refused;
        return answer;
    }
    if (ArticleRepository(m_database->connection()).setDetails(id, details, &answer.error)) {
        answer.value = true;
        emit dataChanged(Change::Articles);
    }
    return answer;
}

Answer<TextReplacement> DataSession::replaceArticleText(qint64 id, const QString &newBody)
{
    Answer<TextReplacement> answer;
    if (const std::optional<QString> refused = refusedEdit()) {
        answer.error = *refused;
        return answer;
    }
    answer.value = ArticleRepository(m_database->connection()).replaceText(id, newBody, &answer.error);
    if (answer)
        emit dataChanged(Change::Edit);
    return answer;
}

Answer<bool> DataSession::restoreArticleText(qint64 id, const TextReplacement &replacement)
{
    Answer<bool> answer;
    if (const std::optional<QString> refused = refusedEdit()) {
        answer.error = *refused;
        return answer;
    }
    if (ArticleRepository(m_database->connection()).restoreText(id, replacement, &answer.error)) {
        answer.value = true;
        emit dataChanged(Change::Edit);
    }
    return answer;
}

Answer<CitationAnchorChange> DataSession::acceptReview(qint64 citationId)
{
    Answer<CitationAnchorChange> answer;
    if (const std::optional<QString> refused = refusedEdit()) {
        answer.error = *refused;
        return answer;
    }
    answer.value = ArticleRepository(m_database->connection()).acceptReview(citationId, &answer.error);
    if (answer)
        emit dataChanged(Change::Edit);
    return answer;
}

Answer<CitationAnchorChange> DataSession::keepAsOrphan(qint64 citationId)
{
    Answer<CitationAnchorChange> answer;
    if (const std::optional<QString> refused = refusedEdit()) {
        answer.error = *refused;
        return answer;
    }
    answer.value = ArticleRepository(m_database->connection()).keepAsOrphan(citationId, &answer.error);
    if (answer)
        emit dataChanged(Change::Edit);
    return answer;
}

Answer<bool> DataSession::restoreCitationAnchor(const CitationAnchorChange &change)
{
    Answer<bool> answer;
    if (const std::optional<QString> refused = refusedEdit()) {
        answer.error = *refused;
        return answer;
    }
    if (ArticleRepository(m_database->connection()).restoreCitationAnchor(change, &answer.error)) {
        answer.value = true;
        emit dataChanged(Change::Edit);
    }
    return answer;
}

Answer<QList<CitationAttention>> DataSession::citationsNeedingAttention(qint64 sourceId) const
{
    return readHere<QList<CitationAttention>>(this, m_database.get(), [sourceId](Database &database, QString *error) {
        return ArticleRepository(database.connection()).citationsNeedingAttention(sourceId, error);
    });
}

template<typename T>
Answer<T> DataSession::edit(std::function<std::optional<T>(FactRepository &, QString *)> work)
{
    Answer<T> answer;
    if (const std::optional<QString> refused = refusedEdit()) {
        answer.error = *refused;
        return answer;
    }
    FactRepository facts(m_database->connection());
    answer.value = work(facts, &answer.error);
    if (answer)
        emit dataChanged(Change::Edit);
    else
        checkConnection(); // a server gone away is told by the banner, not by this edit alone
    return answer;
}

Answer<CitationEdit> DataSession::cite(const NewCitation &citation, qint64 wantedId)
{
    return edit<CitationEdit>([&](FactRepository &facts, QString *error) { return facts.cite(citation, error, wantedId); });
}

Answer<int> DataSession::uncite(const NewCitation &citation, const CitationEdit &done, int basedOnVersion)
{
    return edit<int>([&](FactRepository &facts, QString *error) { return facts.uncite(citation, done, basedOnVersion, error); });
}

Answer<FactIds> DataSession::addMovement(const NewMovement &movement, const FactIds &wanted)
{
    return edit<FactIds>([&](FactRepository &facts, QString *error) { return facts.addMovement(movement, wanted, error); });
}

Answer<FactIds> DataSession::addRole(const NewRole &role, const FactIds &wanted)
{
    return edit<FactIds>([&](FactRepository &facts, QString *error) { return facts.addRole(role, wanted, error); });
}

Answer<FactIds> DataSession::removeAddedFact(FactType type, const FactIds &ids, int basedOnVersion)
{
    return edit<FactIds>([&](FactRepository &facts, QString *error) { return facts.removeAdded(type, ids, basedOnVersion, error); });
}

Answer<int> DataSession::factVersion(const FactRef &fact) const
{
    return readHere<int>(this, m_database.get(), [fact](Database &database, QString *error) {
        return FactRepository(database.connection()).factVersion(fact, error);
    });
}

Answer<QList<PersonMatch>> DataSession::sameNamedPeople(qint64 personId) const
{
    return readHere<QList<PersonMatch>>(this, m_database.get(), [personId](Database &database, QString *error) {
        return SearchRepository(database.connection()).sameNamedPeople(personId, error);
    });
}

Answer<QList<MergeCandidate>> DataSession::sameNamedAsNewPeople(const QList<qint64> &newPeople, int limit) const
{
    return readHere<QList<MergeCandidate>>(this, m_database.get(), [newPeople, limit](Database &database, QString *error) {
        return SearchRepository(database.connection()).sameNamedAsNewPeople(newPeople, limit, error);
    });
}

Answer<SearchOutcome> DataSession::storedAs(const QString &name) const
{
    return readHere<SearchOutcome>(this, m_database.get(), [name](Database &database, QString *error) {
        return SearchRepository(database.connection()).storedAs(name, error);
    });
}

Answer<QList<qint64>> DataSession::findPeople(const QString &name) const
{
    return readHere<QList<qint64>>(this, m_database.get(), [name](Database &database, QString *error) {
        return FactRepository(database.connection()).findPeople(name, error);
    });
}

Answer<QList<qint64>> DataSession::findCompanies(const QString &name) const
{
    return readHere<QList<qint64>>(this, m_database.get(), [name](Database &database, QString *error) {
        return FactRepository(database.connection()).findCompanies(name, error);
    });
}

template<typename T>
Answer<T> DataSession::correct(std::function<std::optional<T>(FactEditor &, QString *)> work)
{
    Answer<T> answer;
    if (const std::optional<QString> refused = refusedEdit()) {
        answer.error = *refused;
        return answer;
    }
    FactEditor editor(m_database->connection());
    answer.value = work(editor, &answer.error);
    if (answer)
        emit dataChanged(Change::Edit);
    else
        checkConnection(); // a server gone away is told by the banner, not by this edit alone
    return answer;
}

Answer<MovementFields> DataSession::movementFields(qint64 id) const
{
    return readHere<MovementFields>(this, m_database.get(), [id](Database &database, QString *error) {
        return FactEditor(database.connection()).movement(id, error);
    });
}

Answer<RoleFields> DataSession::roleFields(qint64 id) const
{
    return readHere<RoleFields>(this, m_database.get(), [id](Database &database, QString *error) {
        return FactEditor(database.connection()).role(id, error);
    });
}

Answer<int> DataSession::citationCount(const FactRef &fact) const
{
    return readHere<int>(this, m_database.get(), [fact](Database &database, QString *error) {
        return FactEditor(database.connection()).citationCount(fact, error);
    });
}

Answer<int> DataSession::editMovement(qint64 id, const MovementFields &fields, int basedOnVersion)
{
    return correct<int>([&](FactEditor &editor, QString *error) { return editor.editMovement(id, fields, basedOnVersion, error); });
}

Answer<int> DataSession::editRole(qint64 id, const RoleFields &fields, int basedOnVersion)
{
    return correct<int>([&](FactEditor &editor, QString *error) { return editor.editRole(id, fields, basedOnVersion, error); });
}

Answer<StoredRows> DataSession::removeFact(const FactRef &fact, int basedOnVersion)
{
    return correct<StoredRows>([&](FactEditor &editor, QString *error) { return editor.removeFact(fact, basedOnVersion, error); });
}

Answer<StoredRows> DataSession::removeCitation(qint64 citationId)
{
    return correct<StoredRows>([&](FactEditor &editor, QString *error) { return editor.removeCitation(citationId, error); });
}

Answer<int> DataSession::restoreRows(const StoredRows &rows)
{
    return correct<int>([&](FactEditor &editor, QString *error) { return editor.restore(rows, error); });
}

template<typename Editor, typename T>
Answer<T> DataSession::correctWith(std::function<std::optional<T>(Editor &, QString *)> work)
{
    Answer<T> answer;
    if (const std::optional<QString> refused = refusedEdit()) {
        answer.error = *refused;
        return answer;
    }
    Editor editor(m_database->connection());
    answer.value = work(editor, &answer.error);
    if (answer)
        emit dataChanged(Change::Edit);
    else
        checkConnection(); // a server gone away is told by the banner, not by this edit alone
    return answer;
}

Answer<PersonFields> DataSession::personFields(qint64 id) const
{
    return readHere<PersonFields>(this, m_database.get(), [id](Database &database, QString *error) {
        return PersonEditor(database.connection()).person(id, error);
    });
}

Answer<CompanyFields> DataSession::companyFields(qint64 id) const
{
    return readHere<CompanyFields>(this, m_database.get(), [id](Database &database, QString *error) {
        return CompanyEditor(database.connection()).company(id, error);
    });
}

Answer<StoredPerson> DataSession::editPerson(qint64 id, const PersonChange &change, int basedOnVersion)
{
    return correctWith<PersonEditor, StoredPerson>(
        [&](PersonEditor &editor, QString *error) { return editor.editPerson(id, change, basedOnVersion, error); });
}

Answer<int> DataSession::restorePerson(const StoredPerson &before, int basedOnVersion)
{
    return correctWith<PersonEditor, int>(
        [&](PersonEditor &editor, QString *error) { return editor.restore(before, basedOnVersion, error); });
}

Answer<StoredCompany> DataSession::editCompany(qint64 id, const QString &nameEn, const QString &nameZh, int basedOnVersion)
{
    return correctWith<CompanyEditor, StoredCompany>(
        [&](CompanyEditor &editor, QString *error) { return editor.editCompany(id, nameEn, nameZh, basedOnVersion, error); });
}

Answer<int> DataSession::restoreCompany(const StoredCompany &before, int basedOnVersion)
{
    return correctWith<CompanyEditor, int>(
        [&](CompanyEditor &editor, QString *error) { return editor.restore(before, basedOnVersion, error); });
}

Answer<PersonMerge> DataSession::mergePeople(qint64 keptId, int keptVersion, qint64 mergedId, int mergedVersion)
{
    return correctWith<PersonEditor, PersonMerge>([&](PersonEditor &editor, QString *error) {
        return editor.merge(keptId, keptVersion, mergedId, mergedVersion, error);
    });
}

Answer<UnmergedVersions> DataSession::unmergePeople(const PersonMerge &merge, int keptBasedOnVersion)
{
    return correctWith<PersonEditor, UnmergedVersions>(
        [&](PersonEditor &editor, QString *error) { return editor.unmerge(merge, keptBasedOnVersion, error); });
}

Answer<PersonFactCount> DataSession::personFactCount(qint64 id) const
{
    return readHere<PersonFactCount>(this, m_database.get(), [id](Database &database, QString *error) {
        return PersonEditor(database.connection()).factCount(id, error);
    });
}

Answer<RemovedPerson> DataSession::removePerson(qint64 id, int basedOnVersion)
{
    return correctWith<PersonEditor, RemovedPerson>(
        [&](PersonEditor &editor, QString *error) { return editor.removePerson(id, basedOnVersion, error); });
}

Answer<int> DataSession::restoreRemovedPerson(const RemovedPerson &removed)
{
    return correctWith<PersonEditor, int>(
        [&](PersonEditor &editor, QString *error) { return editor.restoreRemoved(removed, error); });
}

Answer<QList<ChangeRecord>> DataSession::factHistory(const QString &table, qint64 factId) const
{
    return readHere<QList<ChangeRecord>>(this, m_database.get(), [table, factId](Database &database, QString *error) {
        return ChangeLog(database.connection()).factHistory(table, factId, error);
    });
}

Answer<QList<NamedId>> DataSession::personNames() const
{
    return readHere<QList<NamedId>>(this, m_database.get(), [](Database &database, QString *error) {
        return NameLookup(database.connection()).personNames(error);
    });
}

Answer<QList<NamedId>> DataSession::companyNames() const
{
    return readHere<QList<NamedId>>(this, m_database.get(), [](Database &database, QString *error) {
        return NameLookup(database.connection()).companyNames(error);
    });
}

Answer<QList<NamedId>> DataSession::peopleNamedIn(const QString &text) const
{
    return readHere<QList<NamedId>>(this, m_database.get(), [text](Database &database, QString *error) {
        return NameLookup(database.connection()).peopleNamedIn(text, error);
    });
}

Answer<QList<NamedId>> DataSession::companiesNamedIn(const QString &text) const
{
    return readHere<QList<NamedId>>(this, m_database.get(), [text](Database &database, QString *error) {
        return NameLookup(database.connection()).companiesNamedIn(text, error);
    });
}

RolesTableModel *DataSession::createRolesModel(QObject *parent) const
{
    return m_database ? new RolesTableModel(m_database->connection(), parent) : nullptr;
}

QString DataSession::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

void DataSession::waitForWorkers()
{
    databaseWorkPool()->waitForDone();
}

} // namespace talentflow
