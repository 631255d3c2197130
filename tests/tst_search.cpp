#include "models/DataSession.h"
#include "models/Database.h"
#include "models/NameKeys.h"
#include "models/SearchIndex.h"
#include "models/SearchRepository.h"
#include "models/WriteTransaction.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/browse/FilterBar.h"
#include "ui/browse/RolesTableView.h"
#include "ui/chart/ChartPanel.h"
#include "ui/edit/MergePeopleDialog.h"

#include "TestProcess.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace talentflow;

// Finding one person in any script: pinyin, initials, traditional characters, full-width
// letters, typos; each match with its reason; suggestions that are never matches.
class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The person's id read by name from the person table, not through the search.
    qint64 idOf(const QString &nameEn) const
    {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT id FROM person WHERE name_en = ?"));
        query.bindValue(0, nameEn);
        if (!query.exec() || !query.next())
            qFatal("no person %s", qPrintable(nameEn));
        return query.value(0).toLongLong();
    }

    static SearchOutcome searched(Database &database, const QString &text)
    {
        QString error;
        const std::optional<SearchOutcome> outcome = SearchRepository(database.connection()).search(text, &error);
        if (!outcome)
            qFatal("cannot search %s: %s", qPrintable(text), qPrintable(error));
        return *outcome;
    }
    SearchOutcome searched(const QString &text) const { return searched(*m_db, text); }

    using Run = TestProcess::Run;

    Run talentflow(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/data")));
        return TestProcess::run(QStringLiteral(TALENTFLOW_BINARY), arguments, env);
    }

    static std::unique_ptr<Database> emptyDatabase(const QString &file)
    {
        QString error;
        std::unique_ptr<Database> db = Database::create(file, Database::Contents::Empty, &error);
        if (!db)
            qFatal("cannot create %s: %s", qPrintable(file), qPrintable(error));
        return db;
    }

    // A person with these names, written as an edit writes them: the rows, then the index.
    static qint64 addPerson(Database &database, const QString &nameEn, const QString &nameZh, const QStringList &aliases = {})
    {
        QSqlDatabase db = database.connection();
        WriteTransaction transaction(db);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO person (name_en, name_zh) VALUES (?, ?)"));
        insert.addBindValue(nameEn.isNull() ? QStringLiteral("") : nameEn); // a null QString binds NULL
        insert.addBindValue(nameZh.isNull() ? QStringLiteral("") : nameZh);
        if (!insert.exec())
            qFatal("cannot add a person: %s", qPrintable(insert.lastError().text()));
        const qint64 id = insert.lastInsertId().toLongLong();
        SearchIndex index(db);
        QString error;
        bool ok = index.add(SearchEntry::NameEn, id, id, nameEn, &error) && index.add(SearchEntry::NameZh, id, id, nameZh, &error);
        for (const QString &alias : aliases) {
            QSqlQuery addAlias(db);
            addAlias.prepare(QStringLiteral("INSERT INTO person_alias (person_id, alias) VALUES (?, ?)"));
            addAlias.addBindValue(id);
            addAlias.addBindValue(alias);
            ok = ok && addAlias.exec() && index.add(SearchEntry::Alias, addAlias.lastInsertId().toLongLong(), id, alias, &error);
        }
        if (!ok || !transaction.commit(&error))
            qFatal("cannot index a person: %s", qPrintable(error));
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::create(path(QStringLiteral("seed.sqlite")), Database::Contents::Seeded, &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void everyFormOfHerNameFindsMiraMuratiFirst_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("reason");
        QTest::newRow("surname") << QStringLiteral("Murati") << int(MatchReason::Alias);
        QTest::newRow("lower case") << QStringLiteral("murati") << int(MatchReason::Alias);
        QTest::newRow("pinyin") << QStringLiteral("mulati") << int(MatchReason::Pinyin);
        QTest::newRow("pinyin with spaces") << QStringLiteral("mu la ti") << int(MatchReason::Pinyin);
        QTest::newRow("Chinese surname") << QStringLiteral("穆拉蒂") << int(MatchReason::Alias);
        QTest::newRow("Chinese variant") << QStringLiteral("米拉·穆拉提") << int(MatchReason::Alias);
        QTest::newRow("full-width") << QStringLiteral("ｍｕｒａｔｉ") << int(MatchReason::Alias);
        QTest::newRow("whole name, any case") << QStringLiteral("MIRA MURATI") << int(MatchReason::Name);
    }

    void everyFormOfHerNameFindsMiraMuratiFirst()
    {
        QFETCH(QString, text);
        QFETCH(int, reason);
        const SearchOutcome outcome = searched(text);
        QVERIFY2(!outcome.matches.isEmpty(), qPrintable(text));
        QCOMPARE(outcome.matches.first().personId, idOf(QStringLiteral("Mira Murati")));
        QCOMPARE(int(outcome.matches.first().reason), reason);
        QCOMPARE(outcome.matches.first().nameZh, QStringLiteral("米拉·穆拉蒂"));
        // Anyone after her is there for what an article says, never for a name.
        for (const PersonMatch &other : outcome.matches.mid(1))
            QVERIFY2(other.reason == MatchReason::Excerpt || other.reason == MatchReason::Title, qPrintable(other.nameEn));
    }

    void anExcerptMatchSaysSo()
    {
        // An article about Zoph names Murati: he is listed, after her, for the excerpt.
        const SearchOutcome outcome = searched(QStringLiteral("Murati"));
        const qint64 zoph = idOf(QStringLiteral("Barret Zoph"));
        const auto found = std::find_if(outcome.matches.cbegin(), outcome.matches.cend(),
                                        [zoph](const PersonMatch &match) { return match.personId == zoph; });
        QVERIFY(found != outcome.matches.cend());
        QCOMPARE(found->reason, MatchReason::Excerpt);
    }

    void traditionalCharactersFindSamAltman()
    {
        const SearchOutcome outcome = searched(QStringLiteral("奧特曼"));
        QVERIFY(!outcome.matches.isEmpty());
        QCOMPARE(outcome.matches.first().personId, idOf(QStringLiteral("Sam Altman")));
        QCOMPARE(outcome.matches.first().reason, MatchReason::TraditionalForm);
    }

    void initialsFindGregBrockman()
    {
        const SearchOutcome outcome = searched(QStringLiteral("blkm"));
        QVERIFY(!outcome.matches.isEmpty());
        QCOMPARE(outcome.matches.first().personId, idOf(QStringLiteral("Greg Brockman")));
        QCOMPARE(outcome.matches.first().reason, MatchReason::Initials);
        QCOMPARE(outcome.matches.first().source, QStringLiteral("格雷格·布罗克曼"));
    }

    void theStartOfAPinyinFindsHer()
    {
        const SearchOutcome outcome = searched(QStringLiteral("mula"));
        QCOMPARE(outcome.matches.size(), 1);
        QCOMPARE(outcome.matches.first().personId, idOf(QStringLiteral("Mira Murati")));
        QCOMPARE(outcome.matches.first().reason, MatchReason::Pinyin);
    }

    void aTypoSuggestsButNeverMatches()
    {
        const SearchOutcome outcome = searched(QStringLiteral("Muratti"));
        QVERIFY(outcome.matches.isEmpty());
        QVERIFY(!outcome.suggestions.isEmpty());
        QCOMPARE(outcome.suggestions.first().personId, idOf(QStringLiteral("Mira Murati")));
        QCOMPARE(outcome.suggestions.first().reason, MatchReason::SimilarSpelling);
        QVERIFY(outcome.suggestions.first().score >= 0.4);
        // Nonsense suggests no one.
        QVERIFY(searched(QStringLiteral("qxzvw")).suggestions.isEmpty());
    }

    void oneAndTwoChineseCharactersStillFind()
    {
        // 佐夫 is Zoph's alias; 陈 starts two people's Chinese names (counted by the table's own query).
        const SearchOutcome zoph = searched(QStringLiteral("佐夫"));
        QVERIFY(!zoph.matches.isEmpty());
        QCOMPARE(zoph.matches.first().personId, idOf(QStringLiteral("Barret Zoph")));
        QSqlQuery named(m_db->connection());
        QVERIFY(named.exec(QStringLiteral("SELECT count(DISTINCT p.id) FROM person p LEFT JOIN person_alias a ON a.person_id = p.id "
                                          "WHERE instr(p.name_zh, '陈') > 0 OR instr(a.alias, '陈') > 0")));
        QVERIFY(named.next());
        const SearchOutcome chen = searched(QStringLiteral("陈"));
        int byName = 0;
        for (const PersonMatch &match : chen.matches)
            byName += match.reason != MatchReason::Excerpt && match.reason != MatchReason::Title;
        QCOMPARE(byName, named.value(0).toInt());
        QVERIFY(byName >= 2);
    }

    void wildcardsMatchThemselves()
    {
        // The one- and two-character search is LIKE … ESCAPE: without the escape, "%" and "_"
        // would find everyone. With one alias holding them, each finds exactly that person.
        QVERIFY(searched(QStringLiteral("%")).matches.isEmpty());
        QVERIFY(searched(QStringLiteral("_")).matches.isEmpty());
        QVERIFY(searched(QStringLiteral("\\")).matches.isEmpty());
        std::unique_ptr<Database> db = emptyDatabase(path(QStringLiteral("wildcards.sqlite")));
        addPerson(*db, QStringLiteral("Plain Person"), QString());
        const qint64 percent = addPerson(*db, QStringLiteral("Percent Person"), QString(), {QStringLiteral("100%")});
        const qint64 underscore = addPerson(*db, QStringLiteral("Under Score"), QString(), {QStringLiteral("a_b")});
        const auto ids = [&](const QString &text) {
            QList<qint64> found;
            for (const PersonMatch &match : searched(*db, text).matches)
                found.append(match.personId);
            return found;
        };
        QCOMPARE(ids(QStringLiteral("%")), QList<qint64>{percent});
        QCOMPARE(ids(QStringLiteral("_")), QList<qint64>{underscore});
        QCOMPARE(ids(QStringLiteral("0%")), QList<qint64>{percent});
    }

    void userTextStaysAValue()
    {
        for (const QString &text : {QStringLiteral("'); DROP TABLE person; --"), QStringLiteral("\" OR 1=1 --"),
                                    QStringLiteral("Murati\" OR \"Zoph"), QStringLiteral("*"), QStringLiteral("NEAR(a b)")}) {
            QString error;
            const std::optional<SearchOutcome> outcome = SearchRepository(m_db->connection()).search(text, &error);
            QVERIFY2(outcome, qPrintable(error));
            QVERIFY2(outcome->matches.isEmpty(), qPrintable(text));
        }
        QSqlQuery count(m_db->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM person")) && count.next());
        QVERIFY(count.value(0).toInt() > 20);
    }

    void aReadingOverridesAPolyphonicSurname()
    {
        std::unique_ptr<Database> db = emptyDatabase(path(QStringLiteral("readings.sqlite")));
        const qint64 zeng = addPerson(*db, QStringLiteral("Yi Zeng"), QStringLiteral("曾毅"));
        // The transliterator reads 曾 as in 曾经 (ceng).
        QCOMPARE(searched(*db, QStringLiteral("cengyi")).matches.size(), 1);
        QVERIFY(searched(*db, QStringLiteral("zy")).matches.isEmpty());
        {
            QSqlDatabase connection = db->connection();
            WriteTransaction transaction(connection);
            QString error;
            QVERIFY2(SearchIndex(connection).setReading(QStringLiteral("曾"), QStringLiteral("zeng"), &error), qPrintable(error));
            QVERIFY2(transaction.commit(&error), qPrintable(error));
        }
        const SearchOutcome pinyin = searched(*db, QStringLiteral("zeng yi"));
        QCOMPARE(pinyin.matches.size(), 1);
        QCOMPARE(pinyin.matches.first().personId, zeng);
        QCOMPARE(pinyin.matches.first().reason, MatchReason::Pinyin);
        QCOMPARE(searched(*db, QStringLiteral("zy")).matches.first().reason, MatchReason::Initials);
        QVERIFY(searched(*db, QStringLiteral("cengyi")).matches.isEmpty());
        // A new name with the surname, and a full rebuild, read it the same way.
        const qint64 guofan = addPerson(*db, QString(), QStringLiteral("曾国藩"));
        QCOMPARE(searched(*db, QStringLiteral("zengguofan")).matches.first().personId, guofan);
        {
            QSqlDatabase connection = db->connection();
            WriteTransaction transaction(connection);
            QString error;
            QVERIFY2(SearchIndex(connection).rebuild(&error), qPrintable(error));
            QVERIFY2(transaction.commit(&error), qPrintable(error));
        }
        QCOMPARE(searched(*db, QStringLiteral("zengyi")).matches.first().personId, zeng);

        // A reading given in simplified characters reaches a name written in traditional ones.
        const qint64 shan = addPerson(*db, QString(), QStringLiteral("單雄信"));
        QVERIFY(searched(*db, QStringLiteral("shanxiongxin")).matches.isEmpty());
        {
            QSqlDatabase connection = db->connection();
            WriteTransaction transaction(connection);
            QString error;
            QVERIFY2(SearchIndex(connection).setReading(QStringLiteral("单"), QStringLiteral("shan"), &error), qPrintable(error));
            QVERIFY2(transaction.commit(&error), qPrintable(error));
        }
        const SearchOutcome read = searched(*db, QStringLiteral("shanxiongxin"));
        QVERIFY(!read.matches.isEmpty());
        QCOMPARE(read.matches.first().personId, shan);
    }

    void aVersion10FileGetsItsKeysOnUpgrade()
    {
        const QString file = path(QStringLiteral("v10.sqlite"));
        {
            QString error;
            std::unique_ptr<Database> db = Database::create(file, Database::Contents::Seeded, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("DROP TABLE search_key")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE name_reading")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 10")));
        }
        QString error;
        std::unique_ptr<Database> upgraded = Database::open(file, &error);
        QVERIFY2(upgraded, qPrintable(error));
        const SearchOutcome outcome = searched(*upgraded, QStringLiteral("mulati"));
        QVERIFY(!outcome.matches.isEmpty());
        QCOMPARE(outcome.matches.first().nameEn, QStringLiteral("Mira Murati"));
    }

    void mergeCandidatesComeWithTheirReason()
    {
        std::unique_ptr<Database> db = emptyDatabase(path(QStringLiteral("candidates.sqlite")));
        const qint64 murati = addPerson(*db, QStringLiteral("Mira Murati"), QStringLiteral("米拉·穆拉提"));
        const qint64 variant = addPerson(*db, QString(), QStringLiteral("穆拉蒂"), {QStringLiteral("mulati")});
        const qint64 altman = addPerson(*db, QStringLiteral("Sam Altman"), QStringLiteral("山姆·奥特曼"), {QStringLiteral("奥特曼")});
        const qint64 traditional = addPerson(*db, QString(), QStringLiteral("奧特曼"));
        const qint64 stranger = addPerson(*db, QStringLiteral("Ada Example"), QString());
        QString error;
        const SearchRepository search(db->connection());
        const std::optional<QList<PersonMatch>> forVariant = search.sameNamedPeople(variant, &error);
        QVERIFY2(forVariant, qPrintable(error));
        QCOMPARE(forVariant->size(), 1);
        QCOMPARE(forVariant->first().personId, murati);
        QCOMPARE(forVariant->first().reason, MatchReason::Pinyin);
        const std::optional<QList<PersonMatch>> forTraditional = search.sameNamedPeople(traditional, &error);
        QVERIFY2(forTraditional && forTraditional->size() == 1, qPrintable(error));
        QCOMPARE(forTraditional->first().personId, altman);
        QCOMPARE(forTraditional->first().reason, MatchReason::TraditionalForm);
        QCOMPARE(forTraditional->first().ownName, QStringLiteral("奧特曼"));
        QCOMPARE(forTraditional->first().source, QStringLiteral("奥特曼"));
        QVERIFY(search.sameNamedPeople(stranger, &error)->isEmpty());
        // Offered, never merged: both records are still there.
        QSqlQuery count(db->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM person")) && count.next());
        QCOMPARE(count.value(0).toInt(), 5);

        // The merge form offers them as links that fill in the other record.
        DataSession session;
        session.setDatabase(std::move(db));
        MergePeopleDialog dialog(&session, traditional);
        auto *candidates = dialog.findChild<QLabel *>(QStringLiteral("mergeCandidates"));
        QVERIFY(candidates && !candidates->isHidden());
        QVERIFY2(candidates->text().contains(QStringLiteral("Sam Altman")) && candidates->text().contains(QStringLiteral("simplified")),
                 qPrintable(candidates->text()));
        emit candidates->linkActivated(QStringLiteral("Sam%20Altman"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("mergeOther"))->text(), QStringLiteral("Sam Altman"));
    }

    void anImportOffersThePeopleItsNewNamesMayBe()
    {
        const QString file = path(QStringLiteral("import-candidates.sqlite"));
        QVERIFY(QFile::copy(path(QStringLiteral("seed.sqlite")), file));
        const QString json = path(QStringLiteral("variant.json"));
        QFile out(json);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"format": "talentflow-export", "version": 1, "sources": [], "companies": [],
                     "people": [{"id": 1, "name_en": "", "name_zh": "穆拉提", "aliases": []},
                                {"id": 2, "name_en": "Ada Example", "name_zh": "", "aliases": []}],
                     "roles": [], "movements": []})");
        out.close();
        const Run imported = talentflow({QStringLiteral("--database"), file, QStringLiteral("--import-data"), json});
        QCOMPARE(imported.exitCode, 0);
        const QStringList offers = imported.out.split(QLatin1Char('\n')).filter(QStringLiteral("possibly the same person"));
        QCOMPARE(offers.size(), 1);
        QVERIFY2(offers.first().contains(QStringLiteral(" and %1: 穆拉提 and Mira Murati (same pinyin").arg(idOf(QStringLiteral("Mira Murati")))),
                 qPrintable(offers.first()));
        // Both records remain: nothing was merged.
        const Run found = talentflow({QStringLiteral("--database"), file, QStringLiteral("--find"), QStringLiteral("穆拉提")});
        QCOMPARE(found.out.trimmed().split(QLatin1Char('\n')).size(), 2);
    }

    void keysFoldWidthCaseAndAccents()
    {
        QCOMPARE(NameKeys::fold(QStringLiteral("ｍｕｒａｔｉ")), QStringLiteral("murati"));
        QCOMPARE(NameKeys::fold(QStringLiteral("José Núñez")), QStringLiteral("josenunez"));
        QCOMPARE(NameKeys::simplified(QStringLiteral("奧特曼")), QStringLiteral("奥特曼"));
        QCOMPARE(NameKeys::pinyinSyllables(QStringLiteral("穆拉提"), {}), (QStringList{QStringLiteral("mu"), QStringLiteral("la"), QStringLiteral("ti")}));
    }

    void theCommandLineFindsAndExplains()
    {
        const QString seed = path(QStringLiteral("seed.sqlite"));
        const Run pinyin = talentflow({QStringLiteral("--database"), seed, QStringLiteral("--find"), QStringLiteral("mulati")});
        QCOMPARE(pinyin.exitCode, 0);
        const QStringList first = pinyin.out.split(QLatin1Char('\n')).first().split(QLatin1Char('\t'));
        QCOMPARE(first, (QStringList{QString::number(idOf(QStringLiteral("Mira Murati"))), QStringLiteral("Mira Murati"),
                                     QStringLiteral("米拉·穆拉蒂"), QStringLiteral("pinyin of “米拉·穆拉提”")}));
        const Run chinese = talentflow({QStringLiteral("--database"), seed, QStringLiteral("--find"), QStringLiteral("blkm"),
                                        QStringLiteral("--lang"), QStringLiteral("zh")});
        QCOMPARE(chinese.exitCode, 0);
        QVERIFY2(chinese.out.startsWith(QString::number(idOf(QStringLiteral("Greg Brockman"))) + QLatin1Char('\t')), qPrintable(chinese.out));
        QVERIFY2(chinese.out.contains(QStringLiteral("拼音首字母")), qPrintable(chinese.out));
        const Run typo = talentflow({QStringLiteral("--database"), seed, QStringLiteral("--find"), QStringLiteral("Muratti")});
        QCOMPARE(typo.exitCode, 1);
        QVERIFY(typo.out.isEmpty());
        QVERIFY2(typo.err.contains(QStringLiteral("Did you mean Mira Murati?")), qPrintable(typo.err));
        const Run none = talentflow({QStringLiteral("--database"), seed, QStringLiteral("--find"), QStringLiteral("qxzvw")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.out.isEmpty());
    }

    void theCommandLineSetsAReading()
    {
        const QString file = path(QStringLiteral("cli-reading.sqlite"));
        {
            std::unique_ptr<Database> db = emptyDatabase(file);
            addPerson(*db, QStringLiteral("Yi Zeng"), QStringLiteral("曾毅"));
        }
        QCOMPARE(talentflow({QStringLiteral("--database"), file, QStringLiteral("--find"), QStringLiteral("zengyi")}).exitCode, 1);
        QCOMPARE(talentflow({QStringLiteral("--database"), file, QStringLiteral("--set-reading"), QStringLiteral("曾=zeng")}).exitCode, 0);
        const Run found = talentflow({QStringLiteral("--database"), file, QStringLiteral("--find"), QStringLiteral("zengyi")});
        QCOMPARE(found.exitCode, 0);
        QVERIFY(found.out.contains(QStringLiteral("曾毅")));
        QCOMPARE(talentflow({QStringLiteral("--database"), file, QStringLiteral("--set-reading"), QStringLiteral("zeng")}).exitCode, 2);
        QCOMPARE(talentflow({QStringLiteral("--database"), file, QStringLiteral("--set-reading"), QStringLiteral("曾=")}).exitCode, 0);
        QCOMPARE(talentflow({QStringLiteral("--database"), file, QStringLiteral("--find"), QStringLiteral("zengyi")}).exitCode, 1);
    }

    void theWindowSaysWhyAndOffersTheSuggestion()
    {
        MainWindow window;
        window.setPersistent(false);
        window.languageManager()->setLanguage(DisplayLanguage::English);
        QString error;
        window.setDatabase(Database::open(path(QStringLiteral("seed.sqlite")), &error));
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto search = [&window](const QString &text) {
            QSignalSpy applied(&window, &MainWindow::filterApplied);
            window.filterBar()->setSearchText(text);
            if (applied.isEmpty())
                QVERIFY(applied.wait(10000));
        };
        search(QStringLiteral("mulati"));
        QVERIFY2(window.searchExplanationText().contains(QStringLiteral("Mira Murati (pinyin of “米拉·穆拉提”)")),
                 qPrintable(window.searchExplanationText()));
        window.languageManager()->setLanguage(DisplayLanguage::Chinese);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // the window retranslates on it
        QVERIFY2(window.searchExplanationText().contains(QStringLiteral("米拉·穆拉蒂")), qPrintable(window.searchExplanationText()));
        QVERIFY2(window.searchExplanationText().contains(QStringLiteral("拼音")), qPrintable(window.searchExplanationText()));
        window.languageManager()->setLanguage(DisplayLanguage::English);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);

        search(QStringLiteral("Muratti"));
        QCOMPARE(window.rolesView()->model()->rowCount(), 0);
        QVERIFY2(window.searchExplanationText().contains(QStringLiteral("Did you mean")), qPrintable(window.searchExplanationText()));
        QLabel *note = window.rolesView()->findChild<QLabel *>(QStringLiteral("noMatchesNote"));
        QVERIFY(note && note->text().contains(QStringLiteral("Did you mean Mira Murati?")));
        // Following the suggestion searches for her.
        QLabel *explanation = window.findChild<QLabel *>(QStringLiteral("searchExplanation"));
        QVERIFY(explanation);
        QSignalSpy applied(&window, &MainWindow::filterApplied);
        emit explanation->linkActivated(QStringLiteral("Mira%20Murati"));
        if (applied.isEmpty())
            QVERIFY(applied.wait(10000));
        QCOMPARE(window.filterBar()->searchText(), QStringLiteral("Mira Murati"));
        QVERIFY(window.rolesView()->model()->rowCount() > 0);
        QVERIFY(window.rolesView()->showsPerson(idOf(QStringLiteral("Mira Murati"))));
    }

    void aChineseExplanationLeavesTheStatusBarsHeight()
    {
        // An English window: the status bar is as tall as a line of Chinese from the start (set
        // just after the first frame), so the first Chinese name in it lays nothing out again.
        MainWindow window;
        window.setPersistent(false);
        window.languageManager()->setLanguage(DisplayLanguage::English);
        QString error;
        window.setDatabase(Database::open(path(QStringLiteral("seed.sqlite")), &error));
        QSignalSpy firstChart(window.chartPanel(), &ChartPanel::rebuilt);
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (firstChart.isEmpty())
            QVERIFY(firstChart.wait(10000)); // started after the first frame, after the measure
        // A layout request goes up one level per round: the label's, the status bar's, the window's.
        const auto settleLayouts = [] {
            for (int level = 0; level < 4; ++level)
                QCoreApplication::sendPostedEvents();
        };
        settleLayouts();
        const int before = window.statusBar()->height();
        QLabel *explanation = window.findChild<QLabel *>(QStringLiteral("searchExplanation"));
        QVERIFY(explanation);
        QVERIFY(explanation->text().isEmpty());
        // Only meaningful where Chinese needs a taller line, as with Noto CJK (fonts-noto-cjk).
        QLabel latin(QStringLiteral("Mg"));
        QLabel chinese(QStringLiteral("Mg 中文"));
        latin.setFont(explanation->font());
        chinese.setFont(explanation->font());
        QVERIFY2(chinese.sizeHint().height() > latin.sizeHint().height(), "a CJK font taller than the Latin one is needed");
        QCOMPARE(explanation->minimumHeight(), chinese.sizeHint().height());

        QSignalSpy applied(&window, &MainWindow::filterApplied);
        window.filterBar()->setSearchText(QStringLiteral("mulati"));
        if (applied.isEmpty())
            QVERIFY(applied.wait(10000));
        QVERIFY2(explanation->text().contains(QStringLiteral("米拉·穆拉提")), qPrintable(explanation->text()));
        settleLayouts();
        QCOMPARE(window.statusBar()->height(), before);
        QVERIFY(explanation->height() >= explanation->sizeHint().height());
    }
};

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
