#include "app/FactCommands.h"

#include "app/HeadlessCommands.h"
#include "models/Database.h"
#include "models/FactRepository.h"
#include "models/MovementKind.h"
#include "models/PartialDate.h"

#include <QStringList>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <memory>

namespace talentflow {

namespace {

int refuse(const char *what, const QString &why)
{
    spdlog::error("cannot {}: {}", what, why.toStdString());
    return 1;
}

// A value as a message quotes it: at most 100 characters of it.
QString quoted(const QString &text)
{
    return QStringLiteral("\"%1\"").arg(text.size() > 100 ? text.left(100) + QStringLiteral("…") : text);
}

std::optional<qint64> wholeNumber(const QString &what, const QString &text, QString *error)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (ok && number >= 1)
        return number;
    *error = QStringLiteral("%1 must be a whole number from 1, not %2").arg(what, quoted(text));
    return std::nullopt;
}

// A date option's value; no option, no date.
std::optional<PartialDate> dateOption(const QString &option, const std::optional<QString> &text, QString *error)
{
    if (!text)
        return PartialDate();
    const std::optional<PartialDate> date = PartialDate::fromIso(*text);
    if (date && date->isKnown())
        return date;
    *error = QStringLiteral("%1 must be YYYY, YYYY-MM or YYYY-MM-DD, not %2").arg(option, quoted(*text));
    return std::nullopt;
}

// --source, --quote and --occurrence, before they are looked for in the article.
struct Words
{
    qint64 sourceId = 0;
    int occurrence = 0; // 0: the words' only place
};

std::optional<Words> wordsOption(const CommandLineOptions &options, QString *error)
{
    const std::optional<qint64> sourceId = wholeNumber(QStringLiteral("--source"), options.sourceId, error);
    if (!sourceId)
        return std::nullopt;
    Words words{*sourceId, 0};
    if (options.occurrence) {
        const std::optional<qint64> occurrence = wholeNumber(QStringLiteral("--occurrence"), *options.occurrence, error);
        if (!occurrence)
            return std::nullopt;
        words.occurrence = int(std::min<qint64>(*occurrence, std::numeric_limits<int>::max()));
    }
    return words;
}

// A name left empty names no one: refused before anything is looked up under it.
QString emptyName(const CommandLineOptions &options)
{
    const struct
    {
        const char *what;
        std::optional<QString> name;
    } names[] = {{"person", options.person}, {"company", options.company}, {"destination", options.destination}};
    for (const auto &named : names) {
        if (named.name && named.name->trimmed().isEmpty())
            return QStringLiteral("the %1's name is empty").arg(QLatin1String(named.what));
    }
    return {};
}

// The one record the name stands for, with the ids of all when it stands for several.
std::optional<NamedRecord> onlyOne(const std::optional<QList<qint64>> &ids, const char *what, const QString &name,
                                   const char *addOption, QString *error)
{
    if (!ids)
        return std::nullopt;
    if (ids->size() == 1)
        return NamedRecord{ids->constFirst(), QString()};
    if (ids->isEmpty()) {
        *error = QStringLiteral("no %1 is named %2; %3 adds one").arg(QLatin1String(what), quoted(name.trimmed()),
                                                                      QLatin1String(addOption));
    } else {
        QStringList listed;
        for (const qint64 id : *ids)
            listed.append(QString::number(id));
        *error = QStringLiteral("more than one %1 is named %2 (ids %3)")
                     .arg(QLatin1String(what), quoted(name.trimmed()), listed.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

// With --new-person the person is added under the name; the repository refuses one already stored.
std::optional<NamedRecord> namedPerson(const FactRepository &facts, const CommandLineOptions &options, QString *error)
{
    if (options.newPerson)
        return NamedRecord{0, options.person};
    return onlyOne(facts.findPeople(options.person, error), "person", options.person, "--new-person", error);
}

// With --new-company a company no name matches is added; a stored one is still found by its name.
std::optional<NamedRecord> namedCompany(const FactRepository &facts, const QString &name, bool mayAdd, QString *error)
{
    const std::optional<QList<qint64>> ids = facts.findCompanies(name, error);
    if (ids && ids->isEmpty() && mayAdd)
        return NamedRecord{0, name};
    return onlyOne(ids, "company", name, "--new-company", error);
}

std::unique_ptr<Database> openForEditing(const CommandLineOptions &options, QString *error)
{
    std::unique_ptr<Database> database = openRequestedDatabase(options, error);
    if (database && database->isReadOnly()) {
        *error = QStringLiteral("%1 is read-only").arg(database->path());
        return nullptr;
    }
    return database;
}

// What --add-movement and --add-role share: who, at which company, and the words that say so.
struct Backing
{
    NamedRecord person;
    NamedRecord company;
    QuoteSpan quote;
};

std::optional<Backing> backing(const FactRepository &facts, const CommandLineOptions &options, const Words &words,
                               QString *error)
{
    const std::optional<NamedRecord> person = namedPerson(facts, options, error);
    if (!person)
        return std::nullopt;
    const std::optional<NamedRecord> company = namedCompany(facts, options.company, options.newCompany, error);
    if (!company)
        return std::nullopt;
    const std::optional<QuoteSpan> quote = facts.locate(words.sourceId, options.quote, words.occurrence, error);
    if (!quote)
        return std::nullopt;
    return Backing{*person, *company, *quote};
}

void logAdded(const char *what, qint64 id, const FactIds &ids)
{
    spdlog::info("added {} {} with citation {}", what, id, ids.citationId);
    if (ids.newPerson)
        spdlog::info("added person {}", ids.personId);
    if (ids.newCompany)
        spdlog::info("added company {}", ids.companyId);
    if (ids.newDestination)
        spdlog::info("added company {}", ids.destinationId);
}

int addMovement(const CommandLineOptions &options)
{
    const char *what = "add the movement";
    QString error;
    const std::optional<MovementKind> kind = movementKindFromKey(options.movementKind);
    if (!kind) {
        return refuse(what, QStringLiteral("--kind must be one of %1, not %2")
                                .arg(movementKindKeys().join(QStringLiteral(", ")), quoted(options.movementKind)));
    }
    const std::optional<PartialDate> date = dateOption(QStringLiteral("--date"), options.date, &error);
    if (!date)
        return refuse(what, error);
    const std::optional<Words> words = wordsOption(options, &error);
    if (!words)
        return refuse(what, error);
    if (const QString empty = emptyName(options); !empty.isEmpty())
        return refuse(what, empty);

    const std::unique_ptr<Database> database = openForEditing(options, &error);
    if (!database)
        return refuse(what, error);
    FactRepository facts(database->connection());
    const std::optional<Backing> backed = backing(facts, options, *words, &error);
    if (!backed)
        return refuse(what, error);
    NewMovement movement;
    movement.person = backed->person;
    movement.kind = *kind;
    movement.company = backed->company;
    movement.date = *date;
    movement.quote = backed->quote;
    if (options.destination) {
        movement.destination = namedCompany(facts, *options.destination, options.newCompany, &error);
        if (!movement.destination)
            return refuse(what, error);
    }
    const std::optional<FactIds> ids = facts.addMovement(movement, FactIds(), &error);
    if (!ids)
        return refuse(what, error);
    logAdded("movement", ids->factId, *ids);
    std::printf("movement %lld\n", static_cast<long long>(ids->factId));
    return 0;
}

int addRole(const CommandLineOptions &options)
{
    const char *what = "add the role";
    QString error;
    const std::optional<PartialDate> start = dateOption(QStringLiteral("--start"), options.roleStart, &error);
    if (!start)
        return refuse(what, error);
    const std::optional<PartialDate> end = dateOption(QStringLiteral("--end"), options.roleEnd, &error);
    if (!end)
        return refuse(what, error);
    const std::optional<Words> words = wordsOption(options, &error);
    if (!words)
        return refuse(what, error);
    if (const QString empty = emptyName(options); !empty.isEmpty())
        return refuse(what, empty);

    const std::unique_ptr<Database> database = openForEditing(options, &error);
    if (!database)
        return refuse(what, error);
    FactRepository facts(database->connection());
    const std::optional<Backing> backed = backing(facts, options, *words, &error);
    if (!backed)
        return refuse(what, error);
    NewRole role;
    role.person = backed->person;
    role.company = backed->company;
    role.title = options.roleTitle;
    role.start = *start;
    role.end = *end;
    role.quote = backed->quote;
    const std::optional<FactIds> ids = facts.addRole(role, FactIds(), &error);
    if (!ids)
        return refuse(what, error);
    logAdded("role", ids->factId, *ids);
    std::printf("role %lld\n", static_cast<long long>(ids->factId));
    return 0;
}

int cite(const CommandLineOptions &options)
{
    const char *what = "add the citation";
    QString error;
    const bool movement = options.citedType == QLatin1String("movement");
    const std::optional<qint64> factId = wholeNumber(QStringLiteral("the id after --cite %1").arg(options.citedType),
                                                     options.citedId, &error);
    if (!factId)
        return refuse(what, error);
    const std::optional<PartialDate> stated = dateOption(QStringLiteral("--date"), options.date, &error);
    if (!stated)
        return refuse(what, error);
    const std::optional<Words> words = wordsOption(options, &error);
    if (!words)
        return refuse(what, error);

    const std::unique_ptr<Database> database = openForEditing(options, &error);
    if (!database)
        return refuse(what, error);
    FactRepository facts(database->connection());
    const std::optional<QuoteSpan> quote = facts.locate(words->sourceId, options.quote, words->occurrence, &error);
    if (!quote)
        return refuse(what, error);
    NewCitation citation;
    citation.fact = FactRef{movement ? FactType::Movement : FactType::Role, *factId};
    citation.quote = *quote;
    citation.statedDate = *stated;
    // The repository refuses an end for a move, which has one date.
    citation.field = options.statesRoleEnd ? FactField::End : movement ? FactField::Date : FactField::Start;
    const std::optional<CitationEdit> edit = facts.cite(citation, &error);
    if (!edit)
        return refuse(what, error);
    const std::string fact = QStringLiteral("%1 %2").arg(options.citedType).arg(*factId).toStdString();
    const char *date = citation.field == FactField::Date ? "date" : citation.field == FactField::Start ? "start" : "end";
    if (edit->datedFact) {
        spdlog::info("{}'s {} is now {}, as citation {} states", fact, date, stated->toIso().toStdString(), edit->citationId);
    } else if (edit->disputed) {
        // Said on stderr: the fact's date did not change, as a script might expect it to.
        spdlog::warn("{} keeps its {} {}; {}, the {} citation {} states, is kept beside it as a dispute", fact, date,
                     edit->dateBefore.toIso().toStdString(), stated->toIso().toStdString(), date, edit->citationId);
    }
    spdlog::info("cited source {} for {} as citation {}", words->sourceId, fact, edit->citationId);
    std::printf("citation %lld\n", static_cast<long long>(edit->citationId));
    return 0;
}

} // namespace

int runFactCommand(const CommandLineOptions &options)
{
    switch (options.factCommand) {
    case CommandLineOptions::FactCommand::AddMovement:
        return addMovement(options);
    case CommandLineOptions::FactCommand::AddRole:
        return addRole(options);
    case CommandLineOptions::FactCommand::Cite:
        return cite(options);
    case CommandLineOptions::FactCommand::None:
        break;
    }
    return refuse("edit", QStringLiteral("no fact command was given"));
}

} // namespace talentflow
