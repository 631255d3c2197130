#include "models/ArticleRepository.h"
#include "models/Database.h"
#include "models/FactEditor.h"
#include "models/FactRepository.h"
#include "models/PersonEditor.h"
#include "models/RolesTableModel.h"
#include "ui/browse/ArticleReader.h"
#include "ui/chart/ChartExportDialog.h"
#include "ui/edit/AddArticleDialog.h"
#include "ui/edit/ArticlesView.h"
#include "ui/edit/Workbench.h"
#include "ui/chart/ChartPanel.h"
#include "ui/browse/DetailPane.h"
#include "ui/browse/FilterBar.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/browse/PersonSelection.h"
#include "ui/browse/RolesTableView.h"
#include "ui/chart/TimelineView.h"

#include <QAbstractAnimation>
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <algorithm>

using namespace talentflow;

// Switching languages at run time: nothing left in English in Chinese (beyond proper names),
// back to English cleanly, and fifty switches keep every piece of state and leak nothing.
class TestLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_allowed; // proper names and fixed tokens that stay in Latin script

    QAction *languageAction(const QString &name)
    {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == name)
                return action;
        }
        return nullptr;
    }

    void switchTo(bool chinese)
    {
        QAction *action = languageAction(chinese ? QStringLiteral("中文") : QStringLiteral("English"));
        QVERIFY(action);
        action->trigger();
        QApplication::processEvents();
        QApplication::processEvents();
    }

    static void addWidgetTexts(QWidget *root, QStringList &texts)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : widgets) {
            texts << widget->toolTip() << widget->statusTip();
            if (widget->isWindow())
                texts << widget->windowTitle();
            if (auto *label = qobject_cast<QLabel *>(widget))
                texts << label->text();
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                texts << button->text();
            if (auto *edit = qobject_cast<QLineEdit *>(widget))
                texts << edit->placeholderText();
            if (auto *combo = qobject_cast<QComboBox *>(widget)) {
                for (int i = 0; i < combo->count(); ++i)
                    texts << combo->itemText(i);
            }
        }
    }

    QStringList chromeTexts()
    {
        QStringList texts;
        for (QAction *action : m_window->menuBar()->actions())
            texts << action->text();
        for (QMenu *menu : m_window->findChildren<QMenu *>()) {
            texts << menu->title();
            for (QAction *action : menu->actions())
                texts << action->text() << action->toolTip();
        }
        addWidgetTexts(m_window.get(), texts);
        QAbstractItemModel *model = m_window->rolesView()->model();
        for (int column = 0; column < RolesTableModel::ColumnCount; ++column)
            texts << model->headerData(column, Qt::Horizontal).toString();
        // Status values and their tooltips are chrome too; names and titles in cells are data.
        for (int row = 0; row < model->rowCount(); ++row) {
            texts << model->index(row, RolesTableModel::Status).data().toString()
                  << model->index(row, RolesTableModel::Status).data(Qt::ToolTipRole).toString();
        }
        texts << m_window->statusText();
        texts << m_window->findChild<TimelineView *>()->timeline()->visibleTexts();
        return texts;
    }

    // Texts with a run of Latin letters left once proper names and fixed tokens are taken out.
    QStringList english(const QStringList &texts) const
    {
        static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{2,}"));
        static const QRegularExpression markup(QStringLiteral("<[^>]*>"));
        QStringList found;
        for (QString text : texts) {
            text.remove(markup);
            text.remove(QLatin1Char('&'));
            for (const QString &allowed : m_allowed)
                text.remove(allowed);
            if (latinWord.match(text).hasMatch())
                found << text;
        }
        found.removeDuplicates();
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        const QString file = m_dir.filePath(QStringLiteral("t.sqlite"));
        QVERIFY(Database::create(file, Database::Contents::Seeded, &error));
        {
            std::unique_ptr<Database> db = Database::open(file, &error);
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("SELECT name_en FROM person UNION SELECT name_zh FROM person UNION SELECT name_en FROM "
                                              "company UNION SELECT name_zh FROM company UNION SELECT alias FROM person_alias "
                                              "UNION SELECT file FROM source UNION SELECT title FROM source "
                                              "UNION SELECT publisher FROM source")));
            while (query.next())
                m_allowed << query.value(0).toString();
        }
        // Names of people, companies and articles are data in their own script. Fixed tokens: file types, a key name, a package name, the language menu's own entry.
        m_allowed << QStringLiteral("t.sqlite") << QStringLiteral("*.sqlite") << QStringLiteral("*.db")
                  << QStringLiteral("*.png") << QStringLiteral("*.svg") << QStringLiteral("PNG") << QStringLiteral("SVG")
                  << QStringLiteral("*.pdf") << QStringLiteral("PDF") << QStringLiteral("CSV") << QStringLiteral("A4")
                  << QStringLiteral("Ctrl") << QStringLiteral("fonts-noto-cjk") << QStringLiteral("English")
                  << QStringLiteral("OpenAI") << QStringLiteral("Qt")
                  // An article's file types, date form, address scheme and size unit.
                  << QStringLiteral("*.txt *.md *.html *.htm") << QStringLiteral(".txt") << QStringLiteral(".md")
                  << QStringLiteral(".html") << QStringLiteral("YYYY-MM-DD") << QStringLiteral("YYYY-MM") << QStringLiteral("YYYY")
                  << QStringLiteral("https://") << QStringLiteral("http://") << QStringLiteral("MB");
        m_allowed.removeAll(QString());
        m_allowed.removeDuplicates();
        // Longest first, so "Google Brain" goes before "Google".
        std::sort(m_allowed.begin(), m_allowed.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });

        m_window = std::make_unique<MainWindow>();
        m_window->setPersistent(false);
        m_window->languageManager()->setLanguage(DisplayLanguage::English);
        m_window->setDatabase(Database::open(file, &error));
        m_window->resize(1500, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void chineseLeavesNoEnglishBehind()
    {
        switchTo(true);
        const QStringList left = english(chromeTexts());
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still in English: ") + left.join(QStringLiteral(" | "))));
        QCOMPARE(m_window->rolesView()->model()->headerData(RolesTableModel::Person, Qt::Horizontal).toString(),
                 QStringLiteral("人物"));
        QVERIFY(m_window->statusText().startsWith(QStringLiteral("显示")));

        // The founder chart, and the detail pane's own words around the data.
        m_window->chartPanel()->findChild<QComboBox *>(QStringLiteral("chartKind"))->setCurrentIndex(1);
        QVERIFY2(english(m_window->findChild<TimelineView *>()->timeline()->visibleTexts()).isEmpty(),
                 qPrintable(english(m_window->findChild<TimelineView *>()->timeline()->visibleTexts()).join(QStringLiteral(" | "))));
        m_window->chartPanel()->findChild<QComboBox *>(QStringLiteral("chartKind"))->setCurrentIndex(0);
        QTextBrowser *detail = m_window->detailPane()->findChild<QTextBrowser *>();
        QVERIFY(english({detail->toPlainText()}).isEmpty()); // the prompt shown before a selection
        m_window->selection()->select(1);
        // As a reader sees it: the word joiners that keep a link's words together are invisible.
        const QString shown = detail->toPlainText().remove(QChar(0x2060)).replace(QChar(QChar::Nbsp), QLatin1Char(' '));
        QVERIFY(shown.contains(QStringLiteral("职务")));
        QVERIFY(shown.contains(QStringLiteral("打开原文")));
        QVERIFY(!shown.contains(QStringLiteral("Open article")));

        // Qt's own strings come from qtbase_zh_CN: the reader's Close button, a message box's OK.
        emit detail->anchorClicked(QUrl(QStringLiteral("article:0")));
        ArticleReader *reader = m_window->articleReader();
        QStringList readerTexts;
        addWidgetTexts(reader, readerTexts);
        readerTexts.removeAll(reader->windowTitle()); // the article's own title
        QVERIFY2(english(readerTexts).isEmpty(), qPrintable(english(readerTexts).join(QStringLiteral(" | "))));
        QCOMPARE(reader->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->text(), QStringLiteral("关闭"));
        reader->close();
        ChartExportDialog dialog(m_window.get());
        QStringList dialogTexts;
        addWidgetTexts(&dialog, dialogTexts);
        QVERIFY2(english(dialogTexts).isEmpty(), qPrintable(english(dialogTexts).join(QStringLiteral(" | "))));
        // The workbench: the Add Article form (its problem shown) and the Articles view.
        AddArticleDialog addArticle(m_window.get());
        QStringList addArticleTexts;
        addWidgetTexts(&addArticle, addArticleTexts);
        addArticleTexts << addArticle.problem();
        QVERIFY2(english(addArticleTexts).isEmpty(), qPrintable(english(addArticleTexts).join(QStringLiteral(" | "))));
        QVERIFY(addArticle.windowTitle() == QStringLiteral("添加文章"));
        ArticlesView *articles = m_window->workbench()->articlesView();
        if (!articles->isVisible())
            articles->toggleViewAction()->trigger(); // View ▸ Articles: the list is read when it shows
        QVERIFY(articles->list()->topLevelItemCount() > 0);
        QStringList articleTexts{articles->windowTitle()};
        for (int column = 0; column < articles->list()->columnCount(); ++column)
            articleTexts << articles->list()->headerItem()->text(column);
        for (int row = 0; row < articles->list()->topLevelItemCount(); ++row)
            articleTexts << articles->list()->topLevelItem(row)->text(2); // dates, "not stated"
        QVERIFY2(english(articleTexts).isEmpty(), qPrintable(english(articleTexts).join(QStringLiteral(" | "))));
        QCOMPARE(articles->windowTitle(), QStringLiteral("文章"));
        QVERIFY(!m_window->openDatabase(m_dir.filePath(QStringLiteral("missing.sqlite"))));
        QMessageBox *box = m_window->findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QCOMPARE(box->windowTitle(), QStringLiteral("无法打开数据库"));
        QCOMPARE(box->button(QMessageBox::Ok)->text(), QStringLiteral("确定"));
        box->close();
        m_window->selection()->select(0);
    }

    void backToEnglish()
    {
        switchTo(false);
        const QStringList texts = chromeTexts();
        static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        QStringList chinese;
        for (const QString &text : texts) {
            QString rest = text;
            for (const QString &allowed : m_allowed)
                rest.remove(allowed);
            rest.remove(QStringLiteral("中文")); // the language menu names itself
            if (han.match(rest).hasMatch())
                chinese << text;
        }
        // Company names in the filter show both scripts on purpose ("Google (谷歌)").
        chinese.erase(std::remove_if(chinese.begin(), chinese.end(),
                                     [](const QString &t) { return t.contains(QLatin1Char('(')); }),
                      chinese.end());
        QVERIFY2(chinese.isEmpty(), qPrintable(chinese.join(QStringLiteral(" | "))));
        QCOMPARE(m_window->rolesView()->model()->headerData(RolesTableModel::Person, Qt::Horizontal).toString(),
                 QStringLiteral("Person"));
        QVERIFY(m_window->statusText().contains(QStringLiteral("people")));
    }

    // Start-up sets the language before the data arrives; the language-change event that follows
    // must not re-read and relabel thousands of companies in the same language again.
    void theStartUpLanguageChangeLeavesTheCompanyListAlone()
    {
        QString error;
        MainWindow window;
        window.setPersistent(false);
        window.languageManager()->setLanguage(DisplayLanguage::Chinese);
        window.setDatabase(Database::open(m_dir.filePath(QStringLiteral("t.sqlite")), &error));
        QComboBox *company = window.findChild<QComboBox *>(QStringLiteral("companyFilter"));
        QVERIFY(company->count() > 1);
        QSignalSpy rebuilt(company->model(), &QAbstractItemModel::rowsRemoved);
        QApplication::processEvents();
        QApplication::processEvents();
        QCOMPARE(rebuilt.count(), 0);
        QCOMPARE(company->itemText(0), QStringLiteral("全部公司"));

        // A real switch relabels them.
        window.languageManager()->setLanguage(DisplayLanguage::English);
        QApplication::processEvents();
        QApplication::processEvents();
        QVERIFY(rebuilt.count() > 0);
        QCOMPARE(company->itemText(0), QStringLiteral("All companies"));
    }

    // The company filter is sized by a fixed length: measuring thousands of labels stalled start-up.
    void theCompanyFilterIsNotSizedByItsLongestName()
    {
        FilterBar bar;
        auto *company = bar.findChild<QComboBox *>(QStringLiteral("companyFilter"));
        bar.setCompanies({{1, QStringLiteral("Acme"), QString()}}, DisplayLanguage::English);
        const int width = company->sizeHint().width();
        bar.setCompanies({{1, QString(200, QLatin1Char('W')), QString()}}, DisplayLanguage::English);
        QCOMPARE(company->sizeHint().width(), width);
    }

    void aSearchWithNoMatchSaysSoInEitherLanguage()
    {
        auto *note = m_window->rolesView()->findChild<QLabel *>(QStringLiteral("noMatchesNote"));
        QVERIFY(note);
        switchTo(true);
        QSignalSpy applied(m_window.get(), &MainWindow::filterApplied);
        m_window->filterBar()->setSearchText(QStringLiteral("zzqx"));
        QTRY_VERIFY(!applied.isEmpty());
        QCOMPARE(m_window->rolesView()->model()->rowCount(), 0);
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("没有与“zzqx”匹配的结果"));
        switchTo(false);
        QCOMPARE(note->text(), QStringLiteral("No matches for “zzqx”"));
        m_window->filterBar()->setSearchText(QString());
        QTRY_VERIFY(!note->isVisible());
    }

    void countsTakeTheirPluralForms()
    {
        QComboBox *company = m_window->findChild<QComboBox *>(QStringLiteral("companyFilter"));
        company->setCurrentIndex(company->findText(QStringLiteral("Anthropic")));
        QSignalSpy applied(m_window.get(), &MainWindow::filterApplied);
        m_window->filterBar()->setSearchText(QStringLiteral("Schulman"));
        QTRY_VERIFY(!applied.isEmpty());
        QCOMPARE(m_window->rolesView()->model()->rowCount(), 1);
        switchTo(false);
        QCOMPARE(m_window->statusText(), QStringLiteral("1 person · 1 movement shown"));
        switchTo(true);
        QCOMPARE(m_window->statusText(), QStringLiteral("显示 1 人 · 1 条去向"));
        applied.clear();
        m_window->filterBar()->setSearchText(QString());
        company->setCurrentIndex(0);
        QTRY_VERIFY(!applied.isEmpty());
        QVERIFY2(m_window->statusText().startsWith(QStringLiteral("显示 30 人 · ")), qPrintable(m_window->statusText()));
        switchTo(false);
        QVERIFY2(m_window->statusText().startsWith(QStringLiteral("30 people · ")), qPrintable(m_window->statusText()));
        QVERIFY2(m_window->statusText().endsWith(QStringLiteral(" movements shown")), qPrintable(m_window->statusText()));
    }

    // The date columns are measured for the table's language only (a Chinese date would load the
    // CJK font at an English start-up), so a switch to Chinese must widen them.
    void chineseDatesFitAfterASwitchFromEnglish()
    {
        switchTo(false);
        RolesTableView *view = m_window->rolesView();
        const int english = view->fontMetrics().horizontalAdvance(QStringLiteral("31 Sep 2024"));
        const int chinese = view->fontMetrics().horizontalAdvance(QStringLiteral("2024年12月31日"));
        view->setColumnWidth(RolesTableModel::Start, english + 16); // as an English session leaves it
        view->setColumnWidth(RolesTableModel::End, english + 16);
        switchTo(true);
        QVERIFY(view->columnWidth(RolesTableModel::Start) >= chinese + 16);
        QVERIFY(view->columnWidth(RolesTableModel::End) >= chinese + 16);
        // A width the person chose larger is kept, and going back to English narrows nothing.
        view->setColumnWidth(RolesTableModel::Start, chinese + 100);
        switchTo(false);
        QCOMPARE(view->columnWidth(RolesTableModel::Start), chinese + 100);
        QVERIFY(view->columnWidth(RolesTableModel::End) >= chinese + 16);
    }

    // The chart's title names the chosen company in the language just switched to (the window
    // relabels before the filter bar does, so the bar says when the name of its company changed).
    void theChartNamesTheCompanyInTheNewLanguage()
    {
        QComboBox *company = m_window->findChild<QComboBox *>(QStringLiteral("companyFilter"));
        const auto labels = [company] {
            QHash<qint64, QString> byId;
            for (int i = 1; i < company->count(); ++i)
                byId.insert(company->itemData(i).toLongLong(), company->itemText(i));
            return byId;
        };
        switchTo(false);
        const QHash<qint64, QString> english = labels();
        switchTo(true);
        const QHash<qint64, QString> chinese = labels();
        qint64 renamed = 0;
        for (auto it = english.cbegin(); it != english.cend() && !renamed; ++it) {
            if (chinese.value(it.key()) != it.value())
                renamed = it.key();
        }
        QVERIFY(renamed);
        switchTo(false);
        company->setCurrentIndex(company->findData(renamed));
        QTRY_COMPARE(m_window->chartPanel()->request().description.companyName, english.value(renamed));
        switchTo(true);
        QTRY_COMPARE(m_window->chartPanel()->request().description.companyName, chinese.value(renamed));
        switchTo(false);
        QTRY_COMPARE(m_window->chartPanel()->request().description.companyName, english.value(renamed));
        company->setCurrentIndex(0);
    }

    void fiftySwitchesKeepStateAndLeakNothing()
    {
        QComboBox *company = m_window->findChild<QComboBox *>(QStringLiteral("companyFilter"));
        company->setCurrentIndex(company->findData(1)); // OpenAI
        const qint64 person = m_window->rolesView()->model()->index(3, 0).data(RolesTableModel::PersonIdRole).toLongLong();
        m_window->selection()->select(person);
        QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("Mur")); // typed, not yet applied
        QApplication::processEvents();
        switchTo(true);
        switchTo(false);
        // The main window animates its docks into a relaid-out place; each animation is a child
        // that deletes itself when done, so objects are counted once every one has finished.
        const auto noAnimationRunning = [this] { return m_window->findChildren<QAbstractAnimation *>().isEmpty(); };
        QTRY_VERIFY(noAnimationRunning());
        const int objectsBefore = int(m_window->findChildren<QObject *>().size());
        const int windowsBefore = int(QApplication::topLevelWidgets().size());

        for (int i = 0; i < 50; ++i) {
            switchTo(i % 2 == 0);
        }
        switchTo(false);
        QCOMPARE(m_window->selection()->personId(), person);
        QCOMPARE(m_window->rolesView()->currentPersonId(), person);
        QCOMPARE(m_window->filterBar()->companyId(), qint64(1));
        QCOMPARE(search->text(), QStringLiteral("Mur"));
        QTRY_VERIFY(noAnimationRunning());
        QCOMPARE(int(m_window->findChildren<QObject *>().size()), objectsBefore);
        QCOMPARE(int(QApplication::topLevelWidgets().size()), windowsBefore);
    }

    // A refused edit says why in the window's language, worded when it is refused; the names in
    // it are data and stay as stored. Here the rows changed since the edit read them.
    void aStaleEditIsRefusedInEitherLanguage()
    {
        QString error;
        const QString file = m_dir.filePath(QStringLiteral("refusals.sqlite"));
        QVERIFY2(Database::create(file, Database::Contents::Seeded, &error), qPrintable(error));
        std::unique_ptr<Database> db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT p.id, min(r.id) FROM person p JOIN role r ON r.person_id = p.id "
                                          "WHERE p.name_en = 'Barret Zoph' GROUP BY p.id")));
        QVERIFY(query.next());
        const qint64 zoph = query.value(0).toLongLong();
        const FactRef role{FactType::Role, query.value(1).toLongLong()};
        query.finish();

        PersonEditor people(db->connection());
        const std::optional<PersonFields> person = people.person(zoph, &error);
        QVERIFY2(person, qPrintable(error));
        FactEditor facts(db->connection());
        const std::optional<RoleFields> roleFields = facts.role(role.id, &error);
        QVERIFY2(roleFields, qPrintable(error));
        const std::optional<int> roleVersion = FactRepository(db->connection()).factVersion(role, &error);
        QVERIFY2(roleVersion, qPrintable(error));
        // Another window's edits move each row on a version.
        QVERIFY2(people.editPerson(zoph, {person->nameEn, person->nameZh, {QStringLiteral("B. Zoph")}, {}}, person->version, &error),
                 qPrintable(error));
        QVERIFY2(facts.editRole(role.id, *roleFields, *roleVersion, &error), qPrintable(error));

        // Edits based on what was read before are refused, in the language shown when they are.
        const auto refusals = [&] {
            QString personWhy;
            QString roleWhy;
            const PersonChange sameNames{person->nameEn, person->nameZh, {}, {}};
            if (people.editPerson(zoph, sameNames, person->version, &personWhy) || facts.editRole(role.id, *roleFields, *roleVersion, &roleWhy))
                return QStringList();
            return QStringList{personWhy, roleWhy};
        };
        switchTo(true);
        const QStringList chinese = refusals();
        switchTo(false);
        QCOMPARE(chinese.size(), 2);
        // The person's names are data; no English word is left around them.
        QVERIFY2(chinese.at(0).startsWith(QStringLiteral("人物“Barret Zoph / 巴雷特·佐夫”(编号 %1)").arg(zoph)), qPrintable(chinese.at(0)));
        QVERIFY2(chinese.at(1).startsWith(QStringLiteral("职位(编号 %1)").arg(role.id)), qPrintable(chinese.at(1)));
        for (const QString &why : chinese) {
            QVERIFY2(why.contains(QStringLiteral("另一个窗口中被修改")), qPrintable(why));
            QVERIFY2(english({why}).isEmpty(), qPrintable(why));
        }

        // English, the source language, reads as it always has.
        QCOMPARE(refusals(),
                 QStringList({QStringLiteral("person %1 “Barret Zoph / 巴雷特·佐夫” was changed in another window since it was read; "
                                             "look at it again").arg(zoph),
                              QStringLiteral("role %1 was changed in another window since it was read; look at it again").arg(role.id)}));
    }

    // An article still cited is not removed (as when adding it is undone), and the count reads
    // as a count in either language.
    void aCitedArticleIsKeptInEitherLanguage()
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_dir.filePath(QStringLiteral("t.sqlite")), &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT s.id, s.sha256, count(*) FROM source s JOIN citation c ON c.source_id = s.id "
                                          "GROUP BY s.id ORDER BY 3 LIMIT 1")));
        QVERIFY(query.next());
        const qint64 id = query.value(0).toLongLong();
        const QString sha256 = query.value(1).toString();
        const int cited = query.value(2).toInt();
        query.finish();
        QVERIFY(cited > 1);
        ArticleRepository articles(db->connection());
        QString why;
        switchTo(true);
        QVERIFY(!articles.remove(id, sha256, &why));
        switchTo(false);
        QCOMPARE(why, QStringLiteral("该文章被引用了 %1 次").arg(cited));
        QVERIFY(!articles.remove(id, sha256, &why));
        QCOMPARE(why, QStringLiteral("the article is cited %1 times").arg(cited));
    }

    void exportedChartFollowsTheLanguage()
    {
        QString error;
        switchTo(false);
        QVERIFY(m_window->chartPanel()->exportChart(m_dir.filePath(QStringLiteral("en.png")), QSize(800, 500), 1, &error));
        switchTo(true);
        QVERIFY(m_window->chartPanel()->exportChart(m_dir.filePath(QStringLiteral("zh.png")), QSize(800, 500), 1, &error));
        switchTo(false);
        QVERIFY(QImage(m_dir.filePath(QStringLiteral("en.png"))) != QImage(m_dir.filePath(QStringLiteral("zh.png"))));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
