#include "app/CommandLine.h"

#include <QCommandLineParser>

#include "models/PartialDate.h"

namespace talentflow {

namespace {

struct Parser
{
    Parser();

    QCommandLineParser parser;
    QCommandLineOption database;
    QCommandLineOption newDatabase;
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
    QCommandLineOption scale;
    QCommandLineOption addSource;
    QCommandLineOption title;
    QCommandLineOption publisher;
    QCommandLineOption url;
    QCommandLineOption published;
    QCommandLineOption sourceLang;
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
    , empty(QStringLiteral("empty"), QStringLiteral("With --new-database: create it with no data at all."))
    , exportData(QStringLiteral("export-data"), QStringLiteral("Write all data to <file>: .json (format 1) or .csv."),
                 QStringLiteral("file"))
    , importData(QStringLiteral("import-data"),
                 QStringLiteral("Merge a format-1 JSON <file> into the database in one transaction; nothing is "
                                "written if any record is bad."),
                 QStringLiteral("file"))
    , lang(QStringLiteral("lang"), QStringLiteral("User interface language: en or zh."), QStringLiteral("en|zh"))
    , verbose(QStringLiteral("verbose"), QStringLiteral("Log debug detail to stderr."))
    , screenshot(QStringLiteral("screenshot"),
                 QStringLiteral("Render the main window to the PNG <file> (no display needed) and exit."),
                 QStringLiteral("file"))
    , company(QStringLiteral("company"), QStringLiteral("With --screenshot: filter by this company (English or Chinese name)."),
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
    , view(QStringLiteral("view"), QStringLiteral("With --export-chart: departures (default) or founders."),
           QStringLiteral("departures|founders"))
    , scale(QStringLiteral("scale"), QStringLiteral("With --export-chart: pixel scale 1, 2 or 3 (PNG is WxH times N)."),
            QStringLiteral("N"))
    , addSource(QStringLiteral("add-source"),
                QStringLiteral("Add the article in <file> (.txt, .md or .html, UTF-8) to the database and print "
                               "\"source ID\"; the same text again prints the id it already has."),
                QStringLiteral("file"))
    , title(QStringLiteral("title"), QStringLiteral("With --add-source: the article's title (default: its first line)."),
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
    , help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."))
    , version({QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version."))
{
    parser.setApplicationDescription(QStringLiteral(
        "Talentflow: who held which role at which company, when they left, where they went, and which "
        "words in which article say so."));
    parser.addOptions({database, newDatabase, empty, exportData, importData, lang, verbose, screenshot, company, search,
                       select, size, exportChart, view, scale, addSource, title, publisher, url, published, sourceLang,
                       help, version});
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
    if (!parser.positionalArguments().isEmpty()) {
        result.error = QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
        return result;
    }

    CommandLineOptions options;
    options.databasePath = parser.value(p.database);
    options.newDatabasePath = parser.value(p.newDatabase);
    options.newDatabaseEmpty = parser.isSet(p.empty);
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
    options.addSourcePath = parser.value(p.addSource);
    options.articleTitle = parser.value(p.title);
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
    const bool describesArticle = parser.isSet(p.title) || parser.isSet(p.publisher) || parser.isSet(p.url)
        || parser.isSet(p.published) || parser.isSet(p.sourceLang);
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
    const bool rendering = options.isScreenshot() || options.isChartExport();
    const bool renderOnly = !options.company.isEmpty() || !options.search.isEmpty() || options.size.isValid();

    if (parser.isSet(p.database) && options.databasePath.isEmpty())
        result.error = QStringLiteral("--database needs a path");
    else if (!options.databasePath.isEmpty() && !options.newDatabasePath.isEmpty())
        result.error = QStringLiteral("use either --database or --new-database, not both");
    else if (options.newDatabaseEmpty && options.newDatabasePath.isEmpty())
        result.error = QStringLiteral("--empty only goes with --new-database");
    else if (renderOnly && !rendering)
        result.error = QStringLiteral("--company, --search and --size go with --screenshot or --export-chart");
    else if (!options.select.isEmpty() && !options.isScreenshot())
        result.error = QStringLiteral("--select goes with --screenshot");
    else if ((parser.isSet(p.view) || parser.isSet(p.scale)) && !options.isChartExport())
        result.error = QStringLiteral("--view and --scale go with --export-chart");
    else if (options.chartView != QLatin1String("departures") && options.chartView != QLatin1String("founders"))
        result.error = QStringLiteral("--view must be departures or founders, not \"%1\"").arg(options.chartView);
    else if (options.isScreenshot() && options.isChartExport())
        result.error = QStringLiteral("use either --screenshot or --export-chart, not both");
    else if (rendering && (!options.exportDataPath.isEmpty() || !options.importDataPath.isEmpty()
                           || !options.newDatabasePath.isEmpty()))
        result.error = QStringLiteral("--screenshot and --export-chart do not combine with --export-data, --import-data "
                                      "or --new-database");
    else if (parser.isSet(p.addSource) && options.addSourcePath.isEmpty())
        result.error = QStringLiteral("--add-source needs a file");
    else if (parser.isSet(p.title) && options.articleTitle.trimmed().isEmpty())
        result.error = QStringLiteral("--title needs text");
    else if (describesArticle && !options.isAddSource())
        result.error = QStringLiteral("--title, --publisher, --url, --published and --source-lang go with --add-source");
    else if (options.isAddSource() && (rendering || !options.exportDataPath.isEmpty() || !options.importDataPath.isEmpty()
                                       || !options.newDatabasePath.isEmpty()))
        result.error = QStringLiteral("--add-source does not combine with other commands");
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
