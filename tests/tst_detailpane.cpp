#include "models/DataSession.h"
#include "models/Database.h"
#include "models/PeopleRepository.h"
#include "ui/browse/DetailPane.h"

#include <QApplication>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace talentflow;

// The detail pane says how a derived date was found, next to that date.
class TestDetailPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    qint64 personId(const QString &nameEn)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT id FROM person WHERE name_en = :name"));
        query.bindValue(QStringLiteral(":name"), nameEn);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    // The pane's text for one person, one paragraph a line.
    QStringList shownLines(const QString &nameEn)
    {
        DataSession session;
        QString error;
        session.setDatabase(Database::open(m_db->path(), &error));
        DetailPane pane;
        pane.setSession(&session);
        pane.showPersonById(personId(nameEn));
        // As a reader sees it: the word joiners that keep a link on one line are invisible.
        QString text = pane.findChild<QTextBrowser *>(QStringLiteral("detailText"))->toPlainText();
        text.remove(QChar(0x2060)).replace(QChar(QChar::Nbsp), QLatin1Char(' '));
        return text.split(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("pane.sqlite")), Database::Contents::Seeded, &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    // Mark Chen's new post starts on the day of Altman's note: the line right under it says so.
    void aDerivedDateShowsItsReasonUnderTheFact_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("fact");
        QTest::addColumn<QString>("reason");
        QTest::newRow("role") << "Mark Chen" << "Senior VP of Research, OpenAI (26 Sep 2024 – )"
                              << "Named in Altman's note of 26 September 2024.";
        QTest::newRow("move") << "Bob McGrew" << "26 Sep 2024: left OpenAI"
                              << "Announced in Altman's note, which article 002 dates 26 September 2024.";
        QTest::newRow("board") << "Greg Brockman" << "Board member, OpenAI ( – Nov 2023)"
                               << "article 004 dates the ouster to November 2023.";
    }

    void aDerivedDateShowsItsReasonUnderTheFact()
    {
        QFETCH(QString, person);
        QFETCH(QString, fact);
        QFETCH(QString, reason);
        const QStringList lines = shownLines(person);
        const qsizetype at = lines.indexOf(fact + QStringLiteral(" History · Edit… · Remove…")); // each fact ends with its History link
        QVERIFY2(at >= 0, qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(at + 1 < lines.size());
        QVERIFY2(lines.at(at + 1).startsWith(QStringLiteral("Date: ")), qPrintable(lines.at(at + 1)));
        QVERIFY2(lines.at(at + 1).contains(reason), qPrintable(lines.at(at + 1)));
    }

    // A return to a company shows as a badge under the names, with both dates or what is not stated.
    void aReturnShowsItsBadge_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("badge");
        QTest::newRow("Karpathy") << "Andrej Karpathy" << "↩ Returned to OpenAI, 2023 — left 2017";
        QTest::newRow("Zoph") << "Barret Zoph" << "↩ Returned to OpenAI, date not stated — left 26 Sep 2024";
        QTest::newRow("Altman") << "Sam Altman" << "↩ Reinstated at OpenAI, Nov 2023 — ousted Nov 2023";
    }

    void aReturnShowsItsBadge()
    {
        QFETCH(QString, person);
        QFETCH(QString, badge);
        const QStringList lines = shownLines(person);
        QVERIFY2(lines.contains(badge), qPrintable(lines.mid(0, 6).join(QLatin1Char('\n'))));
    }

    void noBadgeWithoutAReturn()
    {
        const QStringList lines = shownLines(QStringLiteral("Mira Murati"));
        QVERIFY(std::none_of(lines.cbegin(), lines.cend(), [](const QString &line) { return line.startsWith(QStringLiteral("↩")); }));
    }

    // A date an excerpt states outright needs no reason.
    void aStatedDateHasNoReasonLine()
    {
        const QStringList lines = shownLines(QStringLiteral("John Schulman"));
        const qsizetype at = lines.indexOf(QStringLiteral("Aug 2024: left OpenAI → Anthropic History · Edit… · Remove…"));
        QVERIFY2(at >= 0, qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(!lines.at(at + 1).startsWith(QStringLiteral("Date: ")));
    }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
