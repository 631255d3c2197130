#pragma once

#include "models/PartialDate.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace talentflow {

// What the user asked for on the command line (DESIGN.md's contract).
struct CommandLineOptions
{
    QString databasePath;    // --database: open this existing file
    QString newDatabasePath; // --new-database: create this file (seeded unless --empty)
    bool newDatabaseEmpty = false;
    QString initTeamDatabase; // --init-team-database: the address of a PostgreSQL database to set up
    QString copyTo;           // --copy-to: a new file or an empty team database to copy the database into
    QString exportDataPath;
    QString importDataPath;
    QString language; // "en", "zh" or empty for the saved choice
    QString screenshotPath; // --screenshot: render the main window to this PNG and exit
    QString company;        // --company NAME
    QString search;         // --search TEXT
    QString select;         // --select PERSON
    QSize size;             // --size WxH (invalid when not given)
    QString chartPath;      // --export-chart: render a chart to this PNG or SVG and exit
    QString chartView = QStringLiteral("departures"); // --view departures|founders|flows
    QString periods = QStringLiteral("years");        // --periods years|2|5|eras, for the talent flow
    QString flowsPath;      // --export-flows: the talent flow's ribbons as CSV
    int scale = 1;          // --scale 1..3
    // --export-chart's frame: a preset size, the header's and footer's texts, the alt text.
    QString chartPreset;    // --preset article|slide|social|print, or empty for --size and --scale
    QString chartTitle;     // --title with --export-chart
    QString chartSubtitle;  // --subtitle
    QString chartNotes;     // --notes
    QString chartByline;    // --byline
    QString chartAlt;       // --alt
    bool chartPlain = false;       // --plain: the chart alone
    bool chartTransparent = false; // --transparent
    QString chartDataPath;  // --data: the drawn marks as CSV
    QString addSourcePath;  // --add-source: add this article file
    QString findText;       // --find: print who a search finds
    bool setsReading = false; // --set-reading NAME=PINYIN
    QString readingName;
    QString readingPinyin;  // empty: remove the name's reading
    QString articleTitle;   // --title
    QString articlePublisher;
    QString articleUrl;
    QString articleLanguage; // --source-lang: zh, en or empty to guess
    PartialDate articlePublished;
    // --add-movement, --add-role, --cite: a fact and the words of an article that back it. The
    // values are kept as given; the command checks them, so a wrong one is a refusal (exit 1).
    enum class FactCommand { None, AddMovement, AddRole, Cite };
    FactCommand factCommand = FactCommand::None;
    QString person;                     // --person NAME
    bool newPerson = false;             // --new-person: add the person under that name
    bool newCompany = false;            // --new-company: add a company no name matches
    QString movementKind;               // --kind KEY
    std::optional<QString> destination; // --to NAME (the company is --company)
    std::optional<QString> date;        // --date: a move's date, or the date a citation states
    QString roleTitle;                  // --title with --add-role
    std::optional<QString> roleStart;   // --start
    std::optional<QString> roleEnd;     // --end
    QString citedType;                  // --cite movement|role …
    QString citedId;                    // … ID
    bool statesRoleEnd = false;         // --role-end: --date is the role's end, not its start
    QString sourceId;                   // --source ID
    QString quote;                      // --quote "exact words"
    std::optional<QString> occurrence;  // --occurrence N
    bool verbose = false;
    bool showHelp = false;
    bool showVersion = false;

    bool isScreenshot() const { return !screenshotPath.isEmpty(); }
    bool isChartExport() const { return !chartPath.isEmpty(); }
    bool isFlowsExport() const { return !flowsPath.isEmpty(); }
    bool isAddSource() const { return !addSourcePath.isEmpty(); }
    bool isFactCommand() const { return factCommand != FactCommand::None; }
    bool isFind() const { return !findText.isEmpty(); }
    // True when the request runs without a window (and without a display).
    bool isHeadless() const
    {
        return showHelp || showVersion || !newDatabasePath.isEmpty() || !initTeamDatabase.isEmpty() || !copyTo.isEmpty() || !exportDataPath.isEmpty()
            || !importDataPath.isEmpty() || isFactCommand() || isFind() || setsReading;
    }
};

struct ParsedCommandLine
{
    std::optional<CommandLineOptions> options; // empty when the command line is wrong
    QString error;
};

// Needs no application object, so the caller can choose a GUI or a headless one afterwards.
ParsedCommandLine parseCommandLine(const QStringList &arguments);
// Needs an application object (it names the program).
QString commandLineHelpText();

} // namespace talentflow
