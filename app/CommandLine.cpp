#include "app/CommandLine.h"

#include <QCommandLineParser>

#include "models/MovementKind.h"
#include "models/PartialDate.h"
#include "models/TeamDatabaseAddress.h"

namespace talentflow {

namespace {

struct Parser
{
    Parser();

    QCommandLineParser parser;
    QCommandLineOption database;
    QCommandLineOption newDatabase;
    QCommandLineOption initTeamDatabase;
    QCommandLineOption copyTo;
    QCommandLineOption empty;
    QCommandLineOption exportData;
    QCommandLineOption importData;
    QCommandLineOption lang;
    QCommandLineOption verbose;
    QCommandLineOption screenshot;
    QCommandLineOption company;
    QCommandLineOption search;
    QCommandLineOption select;
    QCommandLineOption size;
    QCommandLineOption exportChart;
    QCommandLineOption view;
    QCommandLineOption periods;
    QCommandLineOption exportFlows;
    QCommandLineOption scale;
    QCommandLineOption preset;
    QCommandLineOption subtitle;
    QCommandLineOption notes;
    QCommandLineOption byline;
    QCommandLineOption alt;
    QCommandLineOption plain;
    QCommandLineOption transparent;
    QCommandLineOption data;
    QCommandLineOption addSource;
    QCommandLineOption find;
    QCommandLineOption setReading;
    QCommandLineOption title;
    QCommandLineOption publisher;
    QCommandLineOption url;
    QCommandLineOption published;
    QCommandLineOption sourceLang;
    QCommandLineOption addMovement;
    QCommandLineOption addRole;
    QCommandLineOption cite;
    QCommandLineOption person;
    QCommandLineOption kind;
    QCommandLineOption to;
    QCommandLineOption date;
    QCommandLineOption start;
    QCommandLineOption end;
    QCommandLineOption roleEnd;
    QCommandLineOption source;
    QCommandLineOption quote;
    QCommandLineOption occurrence;
    QCommandLineOption newPerson;
    QCommandLineOption newCompany;
    QCommandLineOption help;
    QCommandLineOption version;
};

Parser::Parser()
    : database(QStringLiteral("database"), QStringLiteral("Open the database file <path> (it must exist)."),
               QStringLiteral("path"))
    , newDatabase(QStringLiteral("new-database"),
                  QStringLiteral("Create a new database file <path> from the built-in seed (never overwrites), "
                                 "then run any --import-data/--export-data on it."),
                  QStringLiteral("path"))
    , initTeamDatabase(QStringLiteral("init-team-database"),
                       QStringLiteral("Set up the empty PostgreSQL database <address> "
                                      "(postgresql://USER@HOST[:PORT]/DB[?sslmode=...]) for a team: the schema, and the "
                                      "roles talentflow_viewer (reads) and talentflow_editor (also writes) that logins are "
                                      "granted. The password, if any, comes from ~/.pgpass."),
                       QStringLiteral("address"))
    , copyTo(QStringLiteral("copy-to"),
             QStringLiteral("Copy the whole database (--database's, a file or a team database's address) with its ids into "
                            "<target>: a new file, or an empty team database set up with --init-team-database."),
             QStringLiteral("target"))
    , empty(QStringLiteral("empty"), QStringLiteral("With --new-database: create it with no data at all."))
    , exportData(QStringLiteral("export-data"), QStringLiteral("Write all data to <file>: .json (format 2) or .csv."),
                 QStringLiteral("file"))
    , importData(QStringLiteral("import-data"),
                 QStringLiteral("Merge a JSON <file> (format 1 or 2) into the database in one transaction; "
                                "nothing is written if any record is bad."),
                 QStringLiteral("file"))
    , lang(QStringLiteral("lang"), QStringLiteral("User interface language: en or zh."), QStringLiteral("en|zh"))
    , verbose(QStringLiteral("verbose"), QStringLiteral("Log debug detail to stderr."))
    , screenshot(QStringLiteral("screenshot"),
                 QStringLiteral("Render the main window to the PNG <file> (no display needed) and exit."),
                 QStringLiteral("file"))
    , company(QStringLiteral("company"),
              QStringLiteral("With --screenshot or --export-chart: filter by this company (English or Chinese name). "
                             "With --add-movement or --add-role: the company the move or role is at."),
              QStringLiteral("name"))
    , search(QStringLiteral("search"), QStringLiteral("With --screenshot: search for this text."), QStringLiteral("text"))
    , select(QStringLiteral("select"), QStringLiteral("With --screenshot: select this person (any name or alias)."),
             QStringLiteral("person"))
    , size(QStringLiteral("size"),
           QStringLiteral("With --screenshot or --export-chart: the image size in pixels, e.g. 1600x900."),
           QStringLiteral("WxH"))
    , exportChart(QStringLiteral("export-chart"),
                  QStringLiteral("Render a chart to <file> (.png or .svg) with no display needed, and exit."),
                  QStringLiteral("file"))
    , view(QStringLiteral("view"), QStringLiteral("With --export-chart: departures (default), founders or flows."),
           QStringLiteral("departures|founders|flows"))
    , periods(QStringLiteral("periods"),
              QStringLiteral("With --view flows or --export-flows: the talent flow's columns: years (default), 2 or 5 "
                             "years, or eras (from 2015, 2019 and 2023)."),
              QStringLiteral("years|2|5|eras"))
    , exportFlows(QStringLiteral("export-flows"),
                  QStringLiteral("Write the talent flow's ribbons to the CSV <file> (from_company, from_period, "
                                 "to_company, to_period, people, names, boomerangs) and exit; with --company, that "
                                 "company's inflows and outflows."),
                  QStringLiteral("file"))
    , scale(QStringLiteral("scale"), QStringLiteral("With --export-chart: pixel scale 1, 2 or 3 (PNG is WxH times N)."),
            QStringLiteral("N"))
    , preset(QStringLiteral("preset"),
             QStringLiteral("With --export-chart: article (600 px wide at 2x), slide (1920x1080), social (1200x675) "
                            "or print (an A4 page of vector PDF), instead of --size and --scale."),
             QStringLiteral("name"))
    , subtitle(QStringLiteral("subtitle"), QStringLiteral("With --export-chart: a description under the title."),
               QStringLiteral("text"))
    , notes(QStringLiteral("notes"), QStringLiteral("With --export-chart: notes above the sources."), QStringLiteral("text"))
    , byline(QStringLiteral("byline"), QStringLiteral("With --export-chart: who made the chart, in its footer."),
             QStringLiteral("text"))
    , alt(QStringLiteral("alt"),
          QStringLiteral("With --export-chart: the description for readers who cannot see the chart (default: one "
                         "generated from what it shows)."),
          QStringLiteral("text"))
    , plain(QStringLiteral("plain"), QStringLiteral("With --export-chart: the chart alone, without header and footer."))
    , transparent(QStringLiteral("transparent"), QStringLiteral("With --export-chart: no background, for slides."))
    , data(QStringLiteral("data"),
           QStringLiteral("With --export-chart: also write the marks drawn, with their numbered sources, to <file> as "
                          "CSV."),
           QStringLiteral("file"))
    , find(QStringLiteral("find"),
           QStringLiteral("Print the people a search finds, best first: id, English name, Chinese name and why "
                          "each matched (in --lang's language), tab-separated; exit 1 when no one matches."),
           QStringLiteral("text"))
    , setReading(QStringLiteral("set-reading"),
                 QStringLiteral("Read a Chinese name, or a surname at a name's start, with this pinyin when searching "
                                "(NAME=PINYIN, e.g. 曾=zeng; NAME= removes it)."),
                 QStringLiteral("name=pinyin"))
    , addSource(QStringLiteral("add-source"),
                QStringLiteral("Add the article in <file> (.txt, .md or .html, UTF-8) to the database and print "
                               "\"source ID\"; the same text again prints the id it already has."),
                QStringLiteral("file"))
    , title(QStringLiteral("title"),
            QStringLiteral("With --add-source: the article's title (default: its first line). With --add-role: the "
                           "role's title. With --export-chart: the chart's title (default: the view and its filter)."),
            QStringLiteral("text"))
    , publisher(QStringLiteral("publisher"), QStringLiteral("With --add-source: the outlet that published it."),
                QStringLiteral("name"))
    , url(QStringLiteral("url"), QStringLiteral("With --add-source: where it can be read (http or https)."),
          QStringLiteral("address"))
    , published(QStringLiteral("published"),
                QStringLiteral("With --add-source: its publication date, YYYY, YYYY-MM or YYYY-MM-DD."),
                QStringLiteral("date"))
    , sourceLang(QStringLiteral("source-lang"),
                 QStringLiteral("With --add-source: the article's language, zh or en (default: zh if it holds "
                                "Chinese characters)."),
                 QStringLiteral("zh|en"))
    , addMovement(QStringLiteral("add-movement"),
                  QStringLiteral("Add a move (--person, --kind, --company, optional --to and --date) with the words "
                                 "that say so (--source, --quote) and print \"movement ID\"."))
    , addRole(QStringLiteral("add-role"),
              QStringLiteral("Add a role (--person, --company, --title, optional --start and --end) with the words "
                             "that say so (--source, --quote) and print \"role ID\"."))
    , cite(QStringLiteral("cite"),
           QStringLiteral("Cite an article's words (--source, --quote) for the move or role ID, as in --cite movement "
                          "12, and print \"citation ID\"; with --date, the date they state."),
           QStringLiteral("movement|role"))
    , person(QStringLiteral("person"),
             QStringLiteral("With --add-movement or --add-role: the person, by any name or alias in either script."),
             QStringLiteral("name"))
    , kind(QStringLiteral("kind"),
           QStringLiteral("With --add-movement: the kind of move, one of %1.").arg(movementKindKeys().join(QStringLiteral(", "))),
           QStringLiteral("kind"))
    , to(QStringLiteral("to"), QStringLiteral("With --add-movement: the company the person went to."), QStringLiteral("name"))
    , date(QStringLiteral("date"),
           QStringLiteral("With --add-movement: the move's date. With --cite: the date the words state, which dates "
                          "an undated fact or is kept beside another date as a dispute. YYYY, YYYY-MM or YYYY-MM-DD."),
           QStringLiteral("date"))
    , start(QStringLiteral("start"), QStringLiteral("With --add-role: when the role began, YYYY, YYYY-MM or YYYY-MM-DD."),
            QStringLiteral("date"))
    , end(QStringLiteral("end"), QStringLiteral("With --add-role: when the role ended, YYYY, YYYY-MM or YYYY-MM-DD."),
          QStringLiteral("date"))
    , roleEnd(QStringLiteral("role-end"),
              QStringLiteral("With --cite role and --date: the date is the role's end, not its start."))
    , source(QStringLiteral("source"),
             QStringLiteral("With --add-movement, --add-role or --cite: the id of the article the words are in, as "
                            "--add-source printed it."),
             QStringLiteral("ID"))
    , quote(QStringLiteral("quote"),
            QStringLiteral("With --add-movement, --add-role or --cite: the article's exact words."), QStringLiteral("words"))
    , occurrence(QStringLiteral("occurrence"),
                 QStringLiteral("With --quote: which place the words stand at, counting from 1, when they occur more "
                                "than once in the article."),
                 QStringLiteral("N"))
    , newPerson(QStringLiteral("new-person"),
                QStringLiteral("With --add-movement or --add-role: add the person under --person's name (refused when "
                               "a person already has it)."))
    , newCompany(QStringLiteral("new-company"),
                 QStringLiteral("With --add-movement or --add-role: add a company, --company's or --to's, whose name "
                                "no company has."))
    , help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."))
    , version({QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version."))
{
    parser.setApplicationDescription(QStringLiteral(
        "Talentflow: who held which role at which company, when they left, where they went, and which "
        "words in which article say so."));
    parser.addOptions({database, newDatabase, initTeamDatabase, copyTo, empty, exportData, importData, lang, verbose, screenshot, company, search,
                       select, size, exportChart, view, periods, exportFlows, scale, preset, subtitle, notes, byline, alt, plain, transparent, data, find, setReading, addSource, title, publisher, url, published, sourceLang,
                       addMovement, addRole, cite, person, kind, to, date, start, end, roleEnd, source, quote,
                       occurrence, newPerson, newCompany, help, version});
}

QString optionName(const QCommandLineOption &option)
{
    return QStringLiteral("--") + option.names().constFirst();
}

// The fact's id in --cite movement 12: the one positional argument, right after --cite's value.
std::optional<QString> citedId(const QStringList &arguments, const QStringList &positional)
{
    if (positional.size() != 1)
        return std::nullopt;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const qsizetype idAt = argument == QLatin1String("--cite") ? i + 2
            : argument.startsWith(QLatin1String("--cite=")) ? i + 1
                                                              : -1;
        if (idAt > 0 && idAt < arguments.size() && arguments.at(idAt) == positional.constFirst())
            return positional.constFirst();
    }
    return std::nullopt;
}

// What is wrong with the form of --add-movement, --add-role or --cite: another command beside it,
// an option that goes with another command, one given twice, one it needs missing. Their values
// are the command's to judge.
QString factCommandProblem(const Parser &p, const QStringList &arguments, bool otherCommand)
{
    const QCommandLineParser &parser = p.parser;
    const bool addMovement = parser.isSet(p.addMovement);
    const bool addRole = parser.isSet(p.addRole);
    const bool cite = parser.isSet(p.cite);
    const bool any = addMovement || addRole || cite;
    const QCommandLineOption &command = addMovement ? p.addMovement : addRole ? p.addRole : p.cite;
    if (any && (otherCommand || int(addMovement) + int(addRole) + int(cite) > 1))
        return QStringLiteral("%1 does not combine with other commands").arg(optionName(command));

    const struct
    {
        const QCommandLineOption &option;
        bool fits;
        const char *commands;
    } fits[] = {
        {p.person, addMovement || addRole, "--add-movement or --add-role"},
        {p.newPerson, addMovement || addRole, "--add-movement or --add-role"},
        {p.newCompany, addMovement || addRole, "--add-movement or --add-role"},
        {p.kind, addMovement, "--add-movement"},
        {p.to, addMovement, "--add-movement"},
        {p.date, addMovement || cite, "--add-movement or --cite"},
        {p.start, addRole, "--add-role"},
        {p.end, addRole, "--add-role"},
        {p.roleEnd, cite, "--cite"},
        {p.source, any, "--add-movement, --add-role or --cite"},
        {p.quote, any, "--add-movement, --add-role or --cite"},
        {p.occurrence, any, "--add-movement, --add-role or --cite"},
    };
    for (const auto &fit : fits) {
        if (parser.isSet(fit.option) && !fit.fits)
            return QStringLiteral("%1 goes with %2").arg(optionName(fit.option), QLatin1String(fit.commands));
    }
    if (!any)
        return {};

    // A second value would silently replace the first.
    for (const QCommandLineOption *option : {&p.cite, &p.person, &p.kind, &p.company, &p.to, &p.date, &p.start, &p.end,
                                             &p.title, &p.source, &p.quote, &p.occurrence}) {
        if (parser.values(*option).size() > 1)
            return QStringLiteral("%1 is given more than once").arg(optionName(*option));
    }
    QList<const QCommandLineOption *> needed{&p.source, &p.quote};
    if (addMovement)
        needed = {&p.person, &p.kind, &p.company, &p.source, &p.quote};
    else if (addRole)
        needed = {&p.person, &p.company, &p.title, &p.source, &p.quote};
    for (const QCommandLineOption *option : needed) {
        if (!parser.isSet(*option))
            return QStringLiteral("%1 needs %2").arg(optionName(command), optionName(*option));
    }
    if (cite) {
        const QString type = parser.value(p.cite);
        if (type != QLatin1String("movement") && type != QLatin1String("role"))
            return QStringLiteral("--cite must be movement or role, not \"%1\"").arg(type);
        if (!citedId(arguments, parser.positionalArguments()))
            return QStringLiteral("--cite needs the fact's id right after its kind, as in --cite %1 12").arg(type);
        if (parser.isSet(p.roleEnd) && !parser.isSet(p.date))
            return QStringLiteral("--role-end needs --date: it says the date is the role's end");
    }
    return {};
}

} // namespace

QString commandLineHelpText()
{
    return Parser().parser.helpText();
}

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    Parser p;
    QCommandLineParser &parser = p.parser;
    ParsedCommandLine result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty() && !parser.isSet(p.cite)) {
        result.error = QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
        return result;
    }

    CommandLineOptions options;
    options.databasePath = parser.value(p.database);
    options.newDatabasePath = parser.value(p.newDatabase);
    options.newDatabaseEmpty = parser.isSet(p.empty);
    options.initTeamDatabase = parser.value(p.initTeamDatabase);
    options.copyTo = parser.value(p.copyTo);
    options.exportDataPath = parser.value(p.exportData);
    options.importDataPath = parser.value(p.importData);
    options.language = parser.value(p.lang);
    options.verbose = parser.isSet(p.verbose);
    options.showHelp = parser.isSet(p.help);
    options.showVersion = parser.isSet(p.version);
    options.screenshotPath = parser.value(p.screenshot);
    options.company = parser.value(p.company);
    options.search = parser.value(p.search);
    options.select = parser.value(p.select);
    options.chartPath = parser.value(p.exportChart);
    if (parser.isSet(p.view))
        options.chartView = parser.value(p.view);
    if (parser.isSet(p.periods))
        options.periods = parser.value(p.periods);
    options.flowsPath = parser.value(p.exportFlows);
    options.addSourcePath = parser.value(p.addSource);
    options.findText = parser.value(p.find);
    if (parser.isSet(p.setReading)) {
        const QString reading = parser.value(p.setReading);
        const qsizetype equals = reading.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            result.error = QStringLiteral("--set-reading must be NAME=PINYIN, not \"%1\"").arg(reading);
            return result;
        }
        options.readingName = reading.left(equals).trimmed();
        options.readingPinyin = reading.mid(equals + 1).trimmed();
        options.setsReading = true;
    }
    const bool addRole = parser.isSet(p.addRole);
    (addRole ? options.roleTitle : options.isChartExport() ? options.chartTitle : options.articleTitle) = parser.value(p.title);
    options.chartPreset = parser.value(p.preset);
    options.chartSubtitle = parser.value(p.subtitle);
    options.chartNotes = parser.value(p.notes);
    options.chartByline = parser.value(p.byline);
    options.chartAlt = parser.value(p.alt);
    options.chartPlain = parser.isSet(p.plain);
    options.chartTransparent = parser.isSet(p.transparent);
    options.chartDataPath = parser.value(p.data);
    const bool framesChart = parser.isSet(p.preset) || parser.isSet(p.subtitle) || parser.isSet(p.notes)
        || parser.isSet(p.byline) || parser.isSet(p.alt) || parser.isSet(p.plain) || parser.isSet(p.transparent)
        || parser.isSet(p.data);
    options.articlePublisher = parser.value(p.publisher);
    options.articleUrl = parser.value(p.url);
    options.articleLanguage = parser.value(p.sourceLang);
    if (parser.isSet(p.published)) {
        QString why;
        const std::optional<PartialDate> date = PartialDate::fromIso(parser.value(p.published), &why);
        if (!date || !date->isKnown()) {
            result.error = QStringLiteral("--published must be YYYY, YYYY-MM or YYYY-MM-DD, not \"%1\"").arg(parser.value(p.published));
            return result;
        }
        options.articlePublished = *date;
    }
    const bool describesArticle = parser.isSet(p.publisher) || parser.isSet(p.url) || parser.isSet(p.published)
        || parser.isSet(p.sourceLang);
    if (parser.isSet(p.addMovement))
        options.factCommand = CommandLineOptions::FactCommand::AddMovement;
    else if (addRole)
        options.factCommand = CommandLineOptions::FactCommand::AddRole;
    else if (parser.isSet(p.cite))
        options.factCommand = CommandLineOptions::FactCommand::Cite;
    const auto optional = [&parser](const QCommandLineOption &option) {
        return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
    };
    options.person = parser.value(p.person);
    options.newPerson = parser.isSet(p.newPerson);
    options.newCompany = parser.isSet(p.newCompany);
    options.movementKind = parser.value(p.kind);
    options.destination = optional(p.to);
    options.date = optional(p.date);
    options.roleStart = optional(p.start);
    options.roleEnd = optional(p.end);
    options.citedType = parser.value(p.cite);
    options.citedId = parser.positionalArguments().value(0);
    options.statesRoleEnd = parser.isSet(p.roleEnd);
    options.sourceId = parser.value(p.source);
    options.quote = parser.value(p.quote);
    options.occurrence = optional(p.occurrence);
    const bool companyOfAFact = parser.isSet(p.addMovement) || addRole;
    const QString size = parser.value(p.size);
    if (!size.isEmpty()) {
        const QStringList parts = size.toLower().split(QLatin1Char('x'));
        bool widthOk = false;
        bool heightOk = false;
        const int width = parts.size() == 2 ? parts.at(0).toInt(&widthOk) : 0;
        const int height = parts.size() == 2 ? parts.at(1).toInt(&heightOk) : 0;
        if (!widthOk || !heightOk || width < 200 || height < 200 || width > 10000 || height > 10000) {
            result.error = QStringLiteral("--size must be WIDTHxHEIGHT between 200x200 and 10000x10000, not \"%1\"").arg(size);
            return result;
        }
        options.size = QSize(width, height);
    }
    if (parser.isSet(p.scale)) {
        bool ok = false;
        options.scale = parser.value(p.scale).toInt(&ok);
        if (!ok || options.scale < 1 || options.scale > 3) {
            result.error = QStringLiteral("--scale must be 1, 2 or 3, not \"%1\"").arg(parser.value(p.scale));
            return result;
        }
    }
    const bool rendering = options.isScreenshot() || options.isChartExport() || options.isFlowsExport();
    const bool renderOnly = !options.search.isEmpty() || options.size.isValid();
    const QString factProblem = factCommandProblem(
        p, arguments,
        rendering || !options.exportDataPath.isEmpty() || !options.importDataPath.isEmpty()
            || !options.newDatabasePath.isEmpty() || options.isAddSource());

    QString addressProblem;
    if (parser.isSet(p.database) && options.databasePath.isEmpty())
        result.error = QStringLiteral("--database needs a path");
    else if (parser.isSet(p.initTeamDatabase)
             && (!options.databasePath.isEmpty() || !options.newDatabasePath.isEmpty() || !options.exportDataPath.isEmpty()
                 || !options.importDataPath.isEmpty() || rendering || options.isAddSource() || options.isFactCommand()
                 || options.isFind() || options.setsReading))
        result.error = QStringLiteral("--init-team-database does not combine with other commands");
    else if (parser.isSet(p.initTeamDatabase) && !TeamDatabaseAddress::parse(options.initTeamDatabase, &addressProblem))
        result.error = addressProblem;
    else if (parser.isSet(p.copyTo) && options.copyTo.isEmpty())
        result.error = QStringLiteral("--copy-to needs a file or a team database's address");
    else if (parser.isSet(p.copyTo)
             && (!options.newDatabasePath.isEmpty() || !options.exportDataPath.isEmpty() || !options.importDataPath.isEmpty()
                 || rendering || options.isAddSource() || options.isFactCommand() || options.isFind() || options.setsReading))
        result.error = QStringLiteral("--copy-to goes with --database only");
    else if (TeamDatabaseAddress::looksLikeAddress(options.copyTo) && !TeamDatabaseAddress::parse(options.copyTo, &addressProblem))
        result.error = addressProblem;
    else if (TeamDatabaseAddress::looksLikeAddress(options.databasePath)
             && !TeamDatabaseAddress::parse(options.databasePath, &addressProblem))
        result.error = addressProblem;
    else if (parser.isSet(p.find) && options.findText.trimmed().isEmpty())
        result.error = QStringLiteral("--find needs text");
    else if ((options.isFind() || options.setsReading)
             && (rendering || !options.exportDataPath.isEmpty() || !options.importDataPath.isEmpty()
                 || !options.newDatabasePath.isEmpty() || options.isAddSource() || options.isFactCommand()
                 || (options.isFind() && options.setsReading)))
        result.error = QStringLiteral("--find and --set-reading do not combine with other commands");
    else if (!options.databasePath.isEmpty() && !options.newDatabasePath.isEmpty())
        result.error = QStringLiteral("use either --database or --new-database, not both");
    else if (options.newDatabaseEmpty && options.newDatabasePath.isEmpty())
        result.error = QStringLiteral("--empty only goes with --new-database");
    else if (!options.company.isEmpty() && !rendering && !companyOfAFact)
        result.error = QStringLiteral("--company goes with --screenshot, --export-chart, --export-flows, --add-movement or --add-role");
    else if (renderOnly && !rendering)
        result.error = QStringLiteral("--search and --size go with --screenshot, --export-chart or --export-flows");
    else if (!options.select.isEmpty() && !options.isScreenshot())
        result.error = QStringLiteral("--select goes with --screenshot");
    else if ((parser.isSet(p.view) || parser.isSet(p.scale)) && !options.isChartExport())
        result.error = QStringLiteral("--view and --scale go with --export-chart");
    else if (options.chartView != QLatin1String("departures") && options.chartView != QLatin1String("founders")
             && options.chartView != QLatin1String("flows"))
        result.error = QStringLiteral("--view must be departures, founders or flows, not \"%1\"").arg(options.chartView);
    else if (framesChart && !options.isChartExport())
        result.error = QStringLiteral("--preset, --subtitle, --notes, --byline, --alt, --plain, --transparent and --data "
                                      "go with --export-chart");
    else if (parser.isSet(p.preset) && !QStringList{QStringLiteral("article"), QStringLiteral("slide"), QStringLiteral("social"),
                                                     QStringLiteral("print")}.contains(options.chartPreset))
        result.error = QStringLiteral("--preset must be article, slide, social or print, not \"%1\"").arg(options.chartPreset);
    else if (parser.isSet(p.preset) && (options.size.isValid() || parser.isSet(p.scale)))
        result.error = QStringLiteral("--preset sets the size and scale: leave out --size and --scale");
    else if (parser.isSet(p.data) && options.chartDataPath.isEmpty())
        result.error = QStringLiteral("--data needs a file");
    else if (parser.isSet(p.exportFlows) && options.flowsPath.isEmpty())
        result.error = QStringLiteral("--export-flows needs a file");
    else if (parser.isSet(p.periods) && !options.isFlowsExport()
             && !(options.isChartExport() && options.chartView == QLatin1String("flows")))
        result.error = QStringLiteral("--periods goes with --export-chart --view flows or --export-flows");
    else if (!QStringList{QStringLiteral("years"), QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("eras")}.contains(options.periods))
        result.error = QStringLiteral("--periods must be years, 2, 5 or eras, not \"%1\"").arg(options.periods);
    else if (int(options.isScreenshot()) + int(options.isChartExport()) + int(options.isFlowsExport()) > 1)
        result.error = QStringLiteral("use one of --screenshot, --export-chart and --export-flows at a time");
    else if (options.isFlowsExport() && options.size.isValid())
        result.error = QStringLiteral("--size goes with --screenshot or --export-chart");
    else if (rendering && (!options.exportDataPath.isEmpty() || !options.importDataPath.isEmpty()
                           || !options.newDatabasePath.isEmpty()))
        result.error = QStringLiteral("--screenshot and --export-chart do not combine with --export-data, --import-data "
                                      "or --new-database");
    else if (parser.isSet(p.addSource) && options.addSourcePath.isEmpty())
        result.error = QStringLiteral("--add-source needs a file");
    else if (parser.isSet(p.title) && parser.value(p.title).trimmed().isEmpty())
        result.error = QStringLiteral("--title needs text");
    else if (parser.isSet(p.title) && !options.isAddSource() && !addRole && !options.isChartExport())
        result.error = QStringLiteral("--title goes with --add-source, --add-role or --export-chart");
    else if (describesArticle && !options.isAddSource())
        result.error = QStringLiteral("--publisher, --url, --published and --source-lang go with --add-source");
    else if (options.isAddSource() && (rendering || !options.exportDataPath.isEmpty() || !options.importDataPath.isEmpty()
                                       || !options.newDatabasePath.isEmpty() || options.isFactCommand()))
        result.error = QStringLiteral("--add-source does not combine with other commands");
    else if (!factProblem.isEmpty())
        result.error = factProblem;
    else if (!options.articleLanguage.isEmpty() && options.articleLanguage != QLatin1String("en")
             && options.articleLanguage != QLatin1String("zh"))
        result.error = QStringLiteral("--source-lang must be zh or en, not \"%1\"").arg(options.articleLanguage);
    else if (!options.language.isEmpty() && options.language != QLatin1String("en")
             && options.language != QLatin1String("zh"))
        result.error = QStringLiteral("--lang must be en or zh, not \"%1\"").arg(options.language);
    else
        result.options = options;
    return result;
}

} // namespace talentflow
