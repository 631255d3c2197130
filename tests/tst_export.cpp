// Newsroom exports: presets at their exact sizes, PDF read back with poppler's tools, alt text
// embedded in every format, numbered sources that are exactly the drawn marks' articles, the
// marks as CSV, and citations an editor can print.
#include "models/Database.h"
#include "models/TimelineRepository.h"
#include "ui/LanguageManager.h"
#include "ui/chart/ChartExporter.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace talentflow;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

// The CSV's records, quoted fields and line breaks inside them read as a spreadsheet would.
QList<QStringList> csvRecords(const QByteArray &bytes)
{
    QList<QStringList> records;
    const QString text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    return records;
}

} // namespace

class ExportTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_seeded;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run exportChart(const QStringList &arguments) const
    {
        return run(QStringLiteral(TALENTFLOW_BINARY), QStringList{QStringLiteral("--database"), m_seeded} + arguments);
    }

    qint64 companyId(const QString &nameEn) const
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_seeded, &error);
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("SELECT id FROM company WHERE name_en = :name"));
        query.bindValue(QStringLiteral(":name"), nameEn);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    // The articles citing the moves at, from or to a company, by id: read here, not by the chart.
    QList<QPair<qint64, QString>> articlesCitingMovesOf(qint64 company) const
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_seeded, &error);
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("SELECT DISTINCT s.id, s.title FROM citation c JOIN movement m ON m.id = c.movement_id "
                                     "JOIN source s ON s.id = c.source_id WHERE m.company_id = :c OR m.to_company_id = :c "
                                     "ORDER BY s.id"));
        query.bindValue(QStringLiteral(":c"), company);
        QList<QPair<qint64, QString>> articles;
        if (query.exec())
            while (query.next())
                articles.append({query.value(0).toLongLong(), query.value(1).toString()});
        return articles;
    }

    QString pdfText(const QString &pdf) const
    {
        const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        return text.out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const char *tool : {"pdfinfo", "pdftotext", "pdffonts"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     "poppler-utils is needed (packaging/install-deps.sh installs it)");
        m_seeded = path(QStringLiteral("seed.sqlite"));
        QString error;
        QVERIFY2(Database::create(m_seeded, Database::Contents::Seeded, &error), qPrintable(error));
    }

    // Each preset comes out at exactly its size, for every view.
    void presetsHaveTheirExactSize_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QSize>("pixels");
        for (const QString view : {QStringLiteral("departures"), QStringLiteral("founders"), QStringLiteral("flows")}) {
            QTest::addRow("%s article", qPrintable(view)) << view << QStringLiteral("article") << QSize(1200, 1500);
            QTest::addRow("%s slide", qPrintable(view)) << view << QStringLiteral("slide") << QSize(1920, 1080);
            QTest::addRow("%s social", qPrintable(view)) << view << QStringLiteral("social") << QSize(1200, 675);
            QTest::addRow("%s print", qPrintable(view)) << view << QStringLiteral("print") << QSize();
        }
    }

    void presetsHaveTheirExactSize()
    {
        QFETCH(QString, view);
        QFETCH(QString, preset);
        QFETCH(QSize, pixels);
        const bool print = preset == QLatin1String("print");
        const QString file = path(QStringLiteral("%1-%2.%3").arg(view, preset, print ? QStringLiteral("pdf") : QStringLiteral("png")));
        const Run exported = exportChart({QStringLiteral("--export-chart"), file, QStringLiteral("--view"), view,
                                          QStringLiteral("--preset"), preset, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        if (!print) {
            QCOMPARE(QImage(file).size(), pixels);
            return;
        }
        // A4 is 595.28 × 841.89 points; one page.
        const Run info = run(QStringLiteral("pdfinfo"), {file});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info.out));
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info.out);
        QVERIFY2(size.hasMatch(), qPrintable(info.out));
        QCOMPARE(qRound(size.captured(1).toDouble()), 595);
        QCOMPARE(qRound(size.captured(2).toDouble()), 842);
    }

    // The printed page keeps its text as text: the title and the numbered sources read back,
    // the sources exactly the articles the drawn moves cite, and every font embedded.
    void printPageHoldsTitleAndNumberedSources_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Departures: Thinking Machines Lab");
        QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("Thinking Machines Lab");
    }

    void printPageHoldsTitleAndNumberedSources()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        const QString pdf = path(QStringLiteral("tml-%1.pdf").arg(language));
        const Run exported = exportChart({QStringLiteral("--export-chart"), pdf, QStringLiteral("--company"),
                                          QStringLiteral("Thinking Machines Lab"), QStringLiteral("--preset"),
                                          QStringLiteral("print"), QStringLiteral("--lang"), language});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(title), qPrintable(text));
        const QList<QPair<qint64, QString>> articles = articlesCitingMovesOf(companyId(QStringLiteral("Thinking Machines Lab")));
        QVERIFY(!articles.isEmpty());
        // Numbered in the articles' order; no number beyond them.
        const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("\\s+")));
        for (int i = 0; i < articles.size(); ++i) {
            const QString start = QStringLiteral("[%1]").arg(i + 1);
            const int at = int(flat.indexOf(start));
            QVERIFY2(at >= 0, qPrintable(start + QStringLiteral(" missing in ") + text));
            const QString titleStart = QString(articles.at(i).second).remove(QRegularExpression(QStringLiteral("\\s+"))).left(8);
            QVERIFY2(flat.mid(at, 200).contains(titleStart), qPrintable(titleStart + QStringLiteral(" not after ") + start));
        }
        QVERIFY2(!flat.contains(QStringLiteral("[%1]").arg(articles.size() + 1)), qPrintable(text));
        if (language == QLatin1String("zh"))
            QVERIFY2(text.contains(QStringLiteral("来源")), qPrintable(text));

        const Run fonts = run(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.exitCode == 0, qPrintable(fonts.err));
        const QStringList rows = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows)
            QVERIFY2(row.contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))),
                     qPrintable(QStringLiteral("not embedded: ") + row));
    }

    // A company whose drawn moves are cited by exactly two articles lists exactly those two.
    void sourcesAreThoseOfTheDrawnMarks()
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_seeded, &error);
        QSqlQuery companies(db->connection());
        QVERIFY(companies.exec(QStringLiteral("SELECT id, name_en FROM company WHERE name_en <> '' ORDER BY id")));
        // The footer numbers exactly the articles the drawn marks cite: the data file (whose rows
        // dataRowsAreTheDrawnMarks checks against the database) uses every number the PDF lists, and no other.
        const QString company = QStringLiteral("Thinking Machines Lab");
        const QString pdf = path(QStringLiteral("numbered.pdf"));
        const QString csv = path(QStringLiteral("numbered.csv"));
        const Run exported = exportChart({QStringLiteral("--export-chart"), pdf, QStringLiteral("--company"), company,
                                          QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data"), csv});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSet<int> used;
        const QList<QStringList> records = csvRecords(file.readAll());
        QVERIFY(records.size() > 1);
        for (const QStringList &record : records.mid(1))
            for (const QString &n : record.value(6).split(QStringLiteral("; "), Qt::SkipEmptyParts))
                used.insert(n.toInt());
        QSqlQuery all(db->connection());
        QVERIFY(all.exec(QStringLiteral("SELECT count(*) FROM source")) && all.next());
        QVERIFY2(used.size() < all.value(0).toInt(), "a filtered chart cites fewer than all the articles");
        const QString text = pdfText(pdf);
        for (int n = 1; n <= used.size(); ++n) {
            QVERIFY(used.contains(n));
            QVERIFY2(text.contains(QStringLiteral("[%1]").arg(n)), qPrintable(text));
        }
        QVERIFY2(!text.contains(QStringLiteral("[%1]").arg(used.size() + 1)), qPrintable(text));
    }

    // The data file holds exactly the drawn marks: one row per move the filter shows, each
    // excerpt a verbatim part of the articles, Chinese intact behind a BOM.
    void dataRowsAreTheDrawnMarks()
    {
        const qint64 tml = companyId(QStringLiteral("Thinking Machines Lab"));
        const QString png = path(QStringLiteral("tml-data.png"));
        const QString csv = path(QStringLiteral("tml-data.csv"));
        const Run exported = exportChart({QStringLiteral("--export-chart"), png, QStringLiteral("--company"),
                                          QStringLiteral("Thinking Machines Lab"), QStringLiteral("--preset"),
                                          QStringLiteral("article"), QStringLiteral("--lang"), QStringLiteral("zh"),
                                          QStringLiteral("--data"), csv});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = csvRecords(bytes);
        QCOMPARE(records.value(0), (QStringList{QStringLiteral("person"), QStringLiteral("kind"), QStringLiteral("company"),
                                                QStringLiteral("destination"), QStringLiteral("date"), QStringLiteral("precision"),
                                                QStringLiteral("sources"), QStringLiteral("excerpt")}));
        QString error;
        std::unique_ptr<Database> db = Database::open(m_seeded, &error);
        QSqlQuery count(db->connection());
        count.prepare(QStringLiteral("SELECT count(*) FROM movement WHERE company_id = :c OR to_company_id = :c"));
        count.bindValue(QStringLiteral(":c"), tml);
        QVERIFY(count.exec() && count.next());
        QCOMPARE(records.size() - 1, count.value(0).toInt());
        QSqlQuery bodies(db->connection());
        QVERIFY(bodies.exec(QStringLiteral("SELECT body FROM source")));
        QStringList articles;
        while (bodies.next())
            articles.append(bodies.value(0).toString());
        for (const QStringList &record : records.mid(1)) {
            QCOMPARE(record.size(), 8);
            QVERIFY2(!record.at(6).isEmpty(), qPrintable(record.join(QLatin1Char('|'))));
            const QString excerpt = record.at(7);
            QVERIFY2(std::any_of(articles.cbegin(), articles.cend(), [&excerpt](const QString &body) { return body.contains(excerpt); }),
                     qPrintable(excerpt));
        }
        QVERIFY2(std::any_of(records.cbegin(), records.cend(), [](const QStringList &r) { return hasChinese(r.value(0)); }),
                 "names in the export's language");
    }

    // The alt text is in the PNG's Description, the SVG's <desc> and the PDF's XMP description,
    // in the export's language; a given one replaces it.
    void altTextIsEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh") << QStringLiteral("zh");
    }

    void altTextIsEmbedded()
    {
        QFETCH(QString, language);
        const bool chinese = language == QLatin1String("zh");
        const QString png = path(QStringLiteral("alt-%1.png").arg(language));
        const QString svg = path(QStringLiteral("alt-%1.svg").arg(language));
        const QString pdf = path(QStringLiteral("alt-%1.pdf").arg(language));
        for (const QString &file : {png, svg, pdf}) {
            const Run exported = exportChart({QStringLiteral("--export-chart"), file, QStringLiteral("--view"), QStringLiteral("founders"),
                                              QStringLiteral("--lang"), language});
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        }
        const QString description = QImage(png).text(QStringLiteral("Description"));
        QVERIFY2(description.contains(QStringLiteral("11")), qPrintable(description)); // eleven founders
        // Article titles and outlets stay in their own script; the sentences around them follow the language.
        const QString sentences = description.section(chinese ? QStringLiteral("来源") : QStringLiteral("Sources:"), 0, 0);
        QVERIFY2(!sentences.isEmpty() && sentences != description, qPrintable(description));
        QCOMPARE(hasChinese(sentences), chinese);
        if (!chinese)
            QVERIFY2(description.contains(QStringLiteral("founders")) && description.contains(QStringLiteral("Sources:")),
                     qPrintable(description));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QString svgText = QString::fromUtf8(svgFile.readAll());
        QVERIFY2(svgText.contains(QStringLiteral("<desc>") + description.toHtmlEscaped() + QStringLiteral("</desc>")),
                 qPrintable(svgText.left(600)));
        QVERIFY2(svgText.contains(QStringLiteral("<title>")), "the SVG names itself");
        const Run meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
        QVERIFY2(meta.out.contains(QStringLiteral("<dc:description>")) && meta.out.contains(description.toHtmlEscaped()),
                 qPrintable(meta.out));

        const QString given = path(QStringLiteral("given-%1.png").arg(language));
        const Run exported = exportChart({QStringLiteral("--export-chart"), given, QStringLiteral("--alt"),
                                          QStringLiteral("My own words"), QStringLiteral("--lang"), language});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(QImage(given).text(QStringLiteral("Description")), QStringLiteral("My own words"));
    }

    // The header and footer hold what was typed; plain leaves the chart alone; transparent has
    // no ground.
    void frameOptionsShowInThePicture()
    {
        const QString framed = path(QStringLiteral("framed.pdf"));
        Run exported = exportChart({QStringLiteral("--export-chart"), framed, QStringLiteral("--title"), QStringLiteral("Who left OpenAI"),
                                    QStringLiteral("--subtitle"), QStringLiteral("Eleven founders, nine gone"), QStringLiteral("--notes"),
                                    QStringLiteral("Undated moves are hatched"), QStringLiteral("--byline"), QStringLiteral("Data desk"),
                                    QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QString text = pdfText(framed);
        for (const QString &typed : {QStringLiteral("Who left OpenAI"), QStringLiteral("Eleven founders, nine gone"),
                                     QStringLiteral("Undated moves are hatched"), QStringLiteral("Chart: Data desk"),
                                     QStringLiteral("Data as of"), QStringLiteral("Sources:")})
            QVERIFY2(text.contains(typed), qPrintable(typed + QStringLiteral(" not in ") + text));
        QVERIFY2(!text.contains(QStringLiteral("Departures timeline")), "the typed title replaces the generated one");

        const QString plain = path(QStringLiteral("plain.pdf"));
        exported = exportChart({QStringLiteral("--export-chart"), plain, QStringLiteral("--plain"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QString plainText = pdfText(plain);
        QVERIFY2(!plainText.contains(QStringLiteral("Sources")) && !plainText.contains(QStringLiteral("Departures timeline")),
                 qPrintable(plainText));
        QVERIFY2(plainText.contains(QStringLiteral("Sam Altman")), qPrintable(plainText));

        const QString transparent = path(QStringLiteral("transparent.png"));
        exported = exportChart({QStringLiteral("--export-chart"), transparent, QStringLiteral("--preset"), QStringLiteral("slide"),
                                QStringLiteral("--transparent")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QImage image(transparent);
        QVERIFY(image.hasAlphaChannel());
        QCOMPARE(qAlpha(image.pixel(2, 2)), 0);
        QCOMPARE(qAlpha(image.pixel(image.width() / 2, image.height() - 3)), 0);
    }

    // One line and no file when the request cannot be met.
    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("print as png") << QStringList{"--preset", "print"} << "print.png" << "the print preset writes a PDF";
        QTest::newRow("unknown preset") << QStringList{"--preset", "poster"} << "poster.png" << "--preset must be";
        QTest::newRow("preset and size") << QStringList{"--preset", "slide", "--size", "800x600"} << "both.png" << "leave out --size";
        QTest::newRow("jpeg") << QStringList{} << "chart.jpg" << ".png, .svg or .pdf";
        QTest::newRow("alt without export") << QStringList{} << QString() << "go with --export-chart";
    }

    void refusalsWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, file);
        QFETCH(QString, message);
        QStringList all = arguments;
        if (file.isEmpty())
            all << QStringLiteral("--alt") << QStringLiteral("words");
        else
            all << QStringLiteral("--export-chart") << path(file);
        const Run exported = exportChart(all);
        QVERIFY(exported.exitCode != 0);
        QVERIFY2(exported.err.contains(message), qPrintable(exported.err));
        // One error line; the log's own lines (opened database…) are not the error.
        const QStringList errorLines = exported.err.split(QLatin1Char('\n')).filter(QStringLiteral("talentflow:"));
        QCOMPARE(errorLines.size(), 1);
        if (!file.isEmpty())
            QVERIFY(!QFile::exists(path(file)));
    }

    // A marker's tooltip names its numbered sources, the numbers the footer and the data use.
    void tooltipsCarrySourceNumbers()
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_seeded, &error);
        LanguageManager languages;
        languages.setLanguage(DisplayLanguage::English);
        ChartRequest request;
        request.kind = TimelineKind::Founders;
        std::optional<TimelineInput> input = TimelineRepository(db->connection()).load(request, &error);
        QVERIFY2(input, qPrintable(error));
        TimelineExport chart(std::move(*input), request.spec());
        chart.layoutTo(QSize(1000, 700), true, false);
        const SourceNumbering numbering = chart.sources();
        QVERIFY(numbering.sources().size() >= 2);
        int withSources = 0;
        for (const PlacedMarker &placed : chart.chart()->markers()) {
            const QString tooltip = chart.chart()->tooltip(placed);
            for (int n : numbering.numbers(placed.marker.sourceIds)) {
                QVERIFY2(tooltip.contains(QStringLiteral("[%1]").arg(n)), qPrintable(tooltip));
                ++withSources;
            }
        }
        QVERIFY(withSources > 0);
    }
};

QTEST_MAIN(ExportTest)
#include "tst_export.moc"
