#include "TestFiles.h"
#include "models/DataSession.h"
#include "models/Database.h"
#include "ui/MainWindow.h"
#include "ui/browse/ArticleReader.h"
#include "ui/browse/DetailPane.h"
#include "ui/browse/PersonSelection.h"
#include "ui/chart/TimelineChart.h"
#include "ui/chart/TimelineView.h"
#include "ui/edit/AddArticleDialog.h"
#include "ui/edit/CiteDialog.h"
#include "ui/edit/CiteNameDialog.h"
#include "ui/edit/CompanyNamesDialog.h"
#include "ui/edit/MergePeopleDialog.h"
#include "ui/edit/PersonNamesDialog.h"
#include "ui/edit/ReplaceTextDialog.h"
#include "ui/edit/FactDialog.h"
#include "ui/edit/ArticlesView.h"
#include "ui/edit/EditHistory.h"
#include "ui/edit/Workbench.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUrl>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>
#include <functional>

using namespace talentflow;

// The evidence workbench in the real window: articles added through the form, listed, opened,
// undone and redone.
class TestWorkbench : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;

    // One value read with a connection of the test's own, not the window's.
    QVariant value(const QString &sql, const QVariantList &bound = {})
    {
        QVariant result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_file);
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(sql);
                for (int i = 0; i < bound.size(); ++i)
                    query.bindValue(i, bound.at(i));
                if (query.exec() && query.next())
                    result = query.value(0);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return result;
    }

    QAction *action(const char *name) { return m_window->findChild<QAction *>(QLatin1String(name)); }

    // Answers the form the next action opens (exec() returns only once it is closed). Anything
    // else that is modal is closed, so a wrong dialog fails the test instead of hanging it.
    void answerForm(std::function<void(AddArticleDialog *)> fill, bool *answered)
    {
        answerDialog<AddArticleDialog>(std::move(fill), answered);
    }
    // Adds an article through the workbench and opens it in the reader: its id and the reader.
    std::pair<qint64, ArticleReader *> openNewArticle(const QString &title, const QString &body, const QString &language,
                                                      const PartialDate &published)
    {
        NewArticle article;
        article.body = body;
        article.title = title;
        article.language = language;
        article.published = published;
        bool existing = false;
        QString error;
        const std::optional<qint64> source = m_window->workbench()->history()->addArticle(article, &existing, &error);
        if (!source)
            qFatal("cannot add the article: %s", qPrintable(error));
        emit m_window->workbench()->articleRequested(*source);
        auto *reader = m_window->findChild<ArticleReader *>(QStringLiteral("articleReader"));
        if (!reader)
            qFatal("no article reader");
        return {*source, reader};
    }

    // Answers the Cite as form the next action opens, as answerForm does.
    void answerCite(std::function<void(CiteDialog *)> fill, bool *answered)
    {
        answerDialog<CiteDialog>(std::move(fill), answered);
    }

    // Answers the next modal form of this type, then presses OK if it is still open; anything
    // else modal is closed, so a wrong dialog fails the test instead of hanging it.
    template<typename Dialog>
    void answerDialog(std::function<void(Dialog *)> fill, bool *answered)
    {
        *answered = false;
        QTimer::singleShot(0, this, [fill, answered] {
            QWidget *modal = QApplication::activeModalWidget();
            auto *dialog = qobject_cast<Dialog *>(modal);
            if (!dialog) {
                if (modal)
                    modal->close();
                return;
            }
            fill(dialog);
            *answered = true;
            if (dialog->isVisible())
                QTest::mouseClick(dialog->template findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                                  Qt::LeftButton);
        });
    }

    QString aliasesOf(qint64 personId)
    {
        return value(QStringLiteral("SELECT group_concat(id || ':' || alias, ' ') FROM (SELECT id, alias FROM person_alias "
                                    "WHERE person_id = ? ORDER BY id)"),
                     {personId})
            .toString();
    }

    // Answers the review that opens after a text is replaced (or by Review Citations…), once the
    // form before it has closed; anything else modal is closed.
    void answerReview(std::function<void(ReplaceTextDialog *)> answer, bool *answered, int turnsLeft = 1000)
    {
        *answered = false;
        QTimer::singleShot(0, this, [this, answer, answered, turnsLeft] {
            QWidget *modal = QApplication::activeModalWidget();
            auto *dialog = qobject_cast<ReplaceTextDialog *>(modal);
            if (!dialog) {
                // The form before it is still being answered, or has closed and the edit is
                // being made: look again on the next turn of the event loop.
                if ((!modal || qobject_cast<AddArticleDialog *>(modal)) && turnsLeft > 0)
                    answerReview(answer, answered, turnsLeft - 1);
                else if (modal)
                    modal->close();
                return;
            }
            answer(dialog);
            *answered = true;
            dialog->close();
        });
    }

    // Whether the timeline draws a person's move of this kind at this day: its marker's pixel, read
    // back through the chart's own axis, within the days one pixel spans.
    bool drawnAt(qint64 personId, const QString &kind, const QDate &day)
    {
        bool undated = false;
        qreal daysPerPixel = 0;
        const QDate drawn = drawnDate(personId, kind, &undated, &daysPerPixel);
        return drawn.isValid() && std::abs(drawn.daysTo(day)) <= std::ceil(daysPerPixel);
    }

    // Where the timeline draws a person's move of this kind, read back through the chart's own
    // axis as a day; an invalid date while it sits in the "date not stated" band or is not drawn.
    QDate drawnDate(qint64 personId, const QString &kind, bool *undated, qreal *daysPerPixel = nullptr)
    {
        *undated = false;
        TimelineView *view = m_window->findChild<TimelineView *>(QStringLiteral("timelineView"));
        if (!view || !view->timeline())
            return {};
        for (const PlacedMarker &placed : view->timeline()->markers()) {
            if (placed.marker.personId != personId || placed.marker.kind != kind)
                continue;
            if (placed.isUndated()) {
                *undated = true;
                return {};
            }
            const QPoint at = view->viewPosition(placed);
            const auto valueAt = [view](const QPoint &point) {
                return view->chart()->mapToValue(view->chart()->mapFromScene(view->mapToScene(point)));
            };
            const QPointF value = valueAt(at);
            if (daysPerPixel)
                *daysPerPixel = (valueAt(at + QPoint(1, 0)).x() - value.x()) / 86400000.0;
            return QDateTime::fromMSecsSinceEpoch(qint64(value.x()), Qt::UTC).date();
        }
        return {};
    }

    QTreeWidget *articleList() { return m_window->findChild<QTreeWidget *>(QStringLiteral("articlesList")); }

    QStringList listedTitles()
    {
        QStringList titles;
        for (int i = 0; i < articleList()->topLevelItemCount(); ++i)
            titles << articleList()->topLevelItem(i)->text(0);
        return titles;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("workbench.sqlite"));
        QString error;
        QVERIFY2(Database::create(m_file, Database::Contents::Seeded, &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->setPersistent(false);
        m_window->setDatabase(Database::open(m_file, &error));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void theFormSaysWhatIsMissing()
    {
        AddArticleDialog dialog;
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.problem().isEmpty());
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("articleText"))
            ->setPlainText(QStringLiteral("佐夫回归OpenAI\n2026年1月15日,巴雷特·佐夫回归OpenAI。"));
        // The title is the first line and the language the text's own, until the person says otherwise.
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("articleTitle"))->text(), QStringLiteral("佐夫回归OpenAI"));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("articleLanguage"))->currentData().toString(), QStringLiteral("zh"));
        QVERIFY(ok->isEnabled());
        QLineEdit *published = dialog.findChild<QLineEdit *>(QStringLiteral("articlePublished"));
        published->setText(QStringLiteral("2026-13"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("articleProblem"))->text().contains(QStringLiteral("YYYY-MM-DD")));
        published->setText(QStringLiteral("2026-01-15"));
        QLineEdit *url = dialog.findChild<QLineEdit *>(QStringLiteral("articleUrl"));
        url->setText(QStringLiteral("ftp://example.com/zoph"));
        QVERIFY(!ok->isEnabled());
        url->setText(QStringLiteral("https://example.com/zoph"));
        QVERIFY(ok->isEnabled());
        const NewArticle article = dialog.article();
        QCOMPARE(article.published, PartialDate::day(2026, 1, 15));
        QCOMPARE(article.url, QStringLiteral("https://example.com/zoph"));
        QCOMPARE(article.language, QStringLiteral("zh"));
    }

    void aFileOpensIntoTheFormAsText()
    {
        const QString html = m_dir.filePath(QStringLiteral("zoph.html"));
        TestFiles::write(html, "<html><body><h1>Zoph returns</h1><p>Barret Zoph <b>rejoined</b> OpenAI.</p></body></html>");
        AddArticleDialog dialog;
        QVERIFY(dialog.loadFile(html));
        const NewArticle article = dialog.article();
        QCOMPARE(article.body, QStringLiteral("Zoph returns\nBarret Zoph rejoined OpenAI."));
        QCOMPARE(article.title, QStringLiteral("Zoph returns"));
        QCOMPARE(article.language, QStringLiteral("en"));
        QCOMPARE(article.file, QStringLiteral("zoph.html"));
    }

    // File ▸ Add Article… in the window: the form, the list, the reader, then undo and redo.
    void anArticleAddedInTheWindowIsListedAndCanBeUndone()
    {
        const int before = value(QStringLiteral("SELECT count(*) FROM source")).toInt();
        const QString text = QStringLiteral("巴雷特·佐夫回归OpenAI\n2026年1月15日,Thinking Machines Lab 的联合创始人巴雷特·佐夫回归OpenAI。");
        bool filled = false;
        answerForm(
            [&](AddArticleDialog *dialog) {
                dialog->findChild<QPlainTextEdit *>(QStringLiteral("articleText"))->setPlainText(text);
                dialog->findChild<QLineEdit *>(QStringLiteral("articlePublisher"))->setText(QStringLiteral("新浪科技"));
                dialog->findChild<QLineEdit *>(QStringLiteral("articlePublished"))->setText(QStringLiteral("2026-01-15"));
            },
            &filled);
        QVERIFY(action("addArticleAction")->isEnabled());
        action("addArticleAction")->trigger(); // returns when the form is closed
        QVERIFY(filled);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM source")).toInt(), before + 1);
        const qint64 id = value(QStringLiteral("SELECT id FROM source WHERE body = ?"), {text}).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(value(QStringLiteral("SELECT publisher || '|' || published || '|' || published_precision FROM source WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("新浪科技|2026-01-15|day"));

        // Listed, shown, and opened in the reader from the list.
        QVERIFY(m_window->workbench()->articlesView()->isVisible());
        QCOMPARE(articleList()->topLevelItemCount(), before + 1);
        QVERIFY(listedTitles().contains(QStringLiteral("巴雷特·佐夫回归OpenAI")));
        QTreeWidgetItem *item = articleList()->findItems(QStringLiteral("巴雷特·佐夫回归OpenAI"), Qt::MatchExactly).value(0);
        QVERIFY(item);
        QCOMPARE(item->text(1), QStringLiteral("新浪科技"));
        QCOMPARE(item->text(2), QStringLiteral("15 Jan 2026"));
        QCOMPARE(item->text(4), QStringLiteral("0"));
        emit articleList()->itemActivated(item, 0);
        auto *reader = m_window->findChild<QDialog *>(QStringLiteral("articleReader"));
        QVERIFY(reader && reader->isVisible());
        reader->close();

        // Undo: gone from the file and the list; redo: back with the same id.
        QVERIFY(action("undoAction")->isEnabled());
        QVERIFY2(action("undoAction")->text().contains(QStringLiteral("巴雷特·佐夫回归OpenAI")), qPrintable(action("undoAction")->text()));
        action("undoAction")->trigger();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM source")).toInt(), before);
        QCOMPARE(articleList()->topLevelItemCount(), before);
        // Another article takes a higher id meanwhile, so a new id would differ from the old one.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(m_file);
            QVERIFY(db.open());
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO source (id, file, title, language, published_precision, body, sha256) "
                                          "VALUES (?, 'other.txt', 'Other', 'en', 'unknown', 'Other text.', 'x')"));
            insert.bindValue(0, id + 10);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(action("redoAction")->isEnabled());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // Redo by its key
        QCOMPARE(value(QStringLiteral("SELECT id FROM source WHERE body = ?"), {text}).toLongLong(), id);
        QCOMPARE(articleList()->topLevelItemCount(), before + 2);
        // The log holds the addition, its undo and its redo, each with the article's details.
        QCOMPARE(value(QStringLiteral("SELECT group_concat(action || ':' || IFNULL(json_extract(before, '$.publisher'), '-') || '>' || "
                                      "IFNULL(json_extract(after, '$.publisher'), '-'), ' ') "
                                      "FROM (SELECT * FROM change_log WHERE entity = 'source' AND entity_id = ? ORDER BY id)"),
                       {id})
                     .toString(),
                 QStringLiteral("add:->新浪科技 remove:新浪科技>- add:->新浪科技"));

        // The same text again changes nothing and adds no step to undo.
        const int steps = m_window->workbench()->history()->stack()->count();
        bool existing = false;
        QString error;
        NewArticle again;
        again.body = text;
        again.title = QStringLiteral("Another title");
        again.language = QStringLiteral("zh");
        QCOMPARE(m_window->workbench()->history()->addArticle(again, &existing, &error), std::optional<qint64>(id));
        QVERIFY(existing);
        QCOMPARE(m_window->workbench()->history()->stack()->count(), steps);
    }

    // A bundled article gets the address and date it lacks; undo takes them back, redo again.
    void anArticlesDetailsAreCorrectedAndUndone()
    {
        const qint64 id = value(QStringLiteral("SELECT min(id) FROM source")).toLongLong();
        const QString details = QStringLiteral("SELECT title || '|' || url || '|' || IFNULL(published, '') || '|' || published_precision "
                                               "|| '|' || sha256 FROM source WHERE id = ?");
        const QString before = value(details, {id}).toString();
        const QString title = before.section(QLatin1Char('|'), 0, 0);
        QVERIFY(before.contains(QStringLiteral("||unknown|"))); // no address, no date
        bool filled = false;
        QString shownTitle;
        bool textShown = true;
        answerForm(
            [&](AddArticleDialog *dialog) {
                shownTitle = dialog->findChild<QLineEdit *>(QStringLiteral("articleTitle"))->text();
                textShown = dialog->findChild<QPlainTextEdit *>(QStringLiteral("articleText"))->isVisible();
                dialog->findChild<QLineEdit *>(QStringLiteral("articleUrl"))->setText(QStringLiteral("https://example.com/article-0"));
                dialog->findChild<QLineEdit *>(QStringLiteral("articlePublished"))->setText(QStringLiteral("2024-09"));
            },
            &filled);
        m_window->workbench()->editArticleDetails(id);
        QVERIFY(filled);
        QCOMPARE(shownTitle, title);
        QVERIFY(!textShown); // the text never changes
        const QString after = value(details, {id}).toString();
        QCOMPARE(after.section(QLatin1Char('|'), 0, 3), QStringLiteral("%1|https://example.com/article-0|2024-09|month").arg(title));
        QCOMPARE(after.section(QLatin1Char('|'), 4), before.section(QLatin1Char('|'), 4)); // the text's digest
        QTreeWidgetItem *item = articleList()->findItems(title, Qt::MatchExactly).value(0);
        QVERIFY(item);
        QCOMPARE(item->text(2), QStringLiteral("Sep 2024"));
        action("undoAction")->trigger();
        QCOMPARE(value(details, {id}).toString(), before);
        QCOMPARE(articleList()->findItems(title, Qt::MatchExactly).value(0)->text(2), QStringLiteral("not stated"));
        action("redoAction")->trigger();
        QCOMPARE(value(details, {id}).toString(), after);
        // Each of the three is in the change log, with the values before and after.
        QCOMPARE(value(QStringLiteral("SELECT group_concat(action || ':' || json_extract(before, '$.url') || '>' || "
                                      "json_extract(after, '$.url') || ':' || IFNULL(json_extract(after, '$.published'), '-'), ' ') "
                                      "FROM (SELECT * FROM change_log WHERE entity = 'source' AND entity_id = ? ORDER BY id)"),
                       {id})
                     .toString(),
                 QStringLiteral("edit:>https://example.com/article-0:2024-09 edit:https://example.com/article-0>:- "
                                "edit:>https://example.com/article-0:2024-09"));
    }

    // A corrected text replaces a bundled article's: the citation whose words changed waits for
    // review; accepting takes the new words; undo takes each step back, to the article's own text.
    void anArticlesTextIsReplacedReviewedAndUndone()
    {
        const qint64 id = value(QStringLiteral("SELECT min(id) FROM source")).toLongLong();
        const qint64 citationId =
            value(QStringLiteral("SELECT c.id FROM citation c JOIN source s ON s.id = c.source_id JOIN movement m "
                                 "ON m.id = c.movement_id WHERE c.source_id = ? AND length(c.text) >= 12 "
                                 "AND instr(s.body, c.text) = c.start + 1 "
                                 "AND instr(substr(s.body, c.\"end\" + 1), c.text) = 0 ORDER BY c.id LIMIT 1"),
                  {id})
                .toLongLong();
        QVERIFY(citationId > 0);
        const QString body = value(QStringLiteral("SELECT body FROM source WHERE id = ?"), {id}).toString();
        const QString anchor = QStringLiteral("SELECT anchor_state || '|' || text || '|' || start || '|' || \"end\" "
                                              "FROM citation WHERE id = ?");
        const QString anchoredBefore = value(anchor, {citationId}).toString();
        const QString words = anchoredBefore.section(QLatin1Char('|'), 1, 1);
        const int start = anchoredBefore.section(QLatin1Char('|'), 2, 2).toInt();
        // One character more in the middle of the cited words: a close match, not the same words.
        QString fixedWords = words;
        fixedWords.insert(words.size() / 2, QStringLiteral("※"));
        const QString corrected = body.left(start) + fixedWords + body.mid(start + words.size());
        const int steps = m_window->workbench()->history()->stack()->count();

        bool filled = false;
        QString shownText;
        bool detailsShown = true;
        answerForm(
            [&](AddArticleDialog *dialog) {
                auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("articleText"));
                shownText = text->toPlainText();
                detailsShown = dialog->findChild<QLineEdit *>(QStringLiteral("articleTitle"))->isVisible();
                text->setPlainText(corrected);
            },
            &filled);
        bool reviewed = false;
        int reviewsShown = -1;
        int waiting = -2;
        const QString waitingCount = QStringLiteral("SELECT count(*) FROM citation WHERE source_id = ? AND anchor_state = 'review'");
        answerReview(
            [&](ReplaceTextDialog *dialog) {
                reviewsShown = dialog->reviewsShown();
                waiting = value(waitingCount, {id}).toInt();
                auto *box = dialog->findChild<QGroupBox *>(QStringLiteral("review-%1").arg(citationId));
                QVERIFY(box);
                QVERIFY(box->findChild<QLabel *>(QStringLiteral("newWords"))->text().contains(fixedWords.toHtmlEscaped()));
                QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("acceptReview")), Qt::LeftButton);
            },
            &reviewed);
        m_window->workbench()->replaceArticleText(id);
        QVERIFY(filled);
        QVERIFY(reviewed);
        QCOMPARE(shownText, body);
        QVERIFY(!detailsShown); // the text alone
        QVERIFY(waiting >= 1); // the cited words, and any other citation of them
        QCOMPARE(reviewsShown, waiting);
        QCOMPARE(value(QStringLiteral("SELECT body FROM source WHERE id = ?"), {id}).toString(), corrected);
        const QString accepted = value(anchor, {citationId}).toString();
        QCOMPARE(accepted, QStringLiteral("anchored|%1|%2|%3").arg(fixedWords).arg(start).arg(start + fixedWords.size()));
        QCOMPARE(m_window->workbench()->history()->stack()->count(), steps + 2);

        // Undo the accept: the citation waits again; Review Citations… shows it, and keeping it
        // as an orphan is one more step.
        action("undoAction")->trigger();
        QCOMPARE(value(anchor, {citationId}).toString().section(QLatin1Char('|'), 0, 1), QStringLiteral("review|%1").arg(words));
        answerReview(
            [&](ReplaceTextDialog *dialog) {
                reviewsShown = dialog->reviewsShown();
                waiting = value(waitingCount, {id}).toInt();
                auto *box = dialog->findChild<QGroupBox *>(QStringLiteral("review-%1").arg(citationId));
                QVERIFY(box);
                QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("keepAsOrphan")), Qt::LeftButton);
            },
            &reviewed);
        QTreeWidgetItem *item = nullptr;
        for (int i = 0; i < articleList()->topLevelItemCount(); ++i) {
            if (articleList()->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id)
                item = articleList()->topLevelItem(i);
        }
        QVERIFY(item);
        articleList()->setCurrentItem(item);
        action("reviewCitations")->trigger();
        QVERIFY(reviewed);
        QCOMPARE(reviewsShown, waiting);
        QCOMPARE(value(anchor, {citationId}).toString().section(QLatin1Char('|'), 0, 1), QStringLiteral("orphan|%1").arg(words));

        // Back to the article's own text, and its citation where it was.
        action("undoAction")->trigger();
        QCOMPARE(value(anchor, {citationId}).toString().section(QLatin1Char('|'), 0, 0), QStringLiteral("review"));
        action("undoAction")->trigger();
        QCOMPARE(value(QStringLiteral("SELECT body FROM source WHERE id = ?"), {id}).toString(), body);
        QCOMPARE(value(anchor, {citationId}).toString(), anchoredBefore);
        QCOMPARE(m_window->workbench()->history()->stack()->count(), steps + 2); // the replacement and the orphan, to redo
        action("redoAction")->trigger();
        QCOMPARE(value(QStringLiteral("SELECT body FROM source WHERE id = ?"), {id}).toString(), corrected);
        action("undoAction")->trigger();
        QCOMPARE(value(QStringLiteral("SELECT body FROM source WHERE id = ?"), {id}).toString(), body);
    }

    // While an import runs, Undo says so and keeps the step for later.
    void noUndoWhileAnImportRuns()
    {
        QUndoStack *stack = m_window->workbench()->history()->stack();
        QVERIFY(stack->canUndo());
        const int index = stack->index();
        const QString json = m_dir.filePath(QStringLiteral("one.json"));
        TestFiles::write(json, TestFiles::oneNewMovement());
        m_window->importData(json);
        QVERIFY(m_window->session()->isImporting());
        action("undoAction")->trigger();
        QCOMPARE(stack->index(), index);
        QVERIFY(stack->canUndo());
        QMessageBox *box = m_window->findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        QVERIFY(box && box->text().contains(QStringLiteral("import")));
        box->close();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isImporting(), 60000);
        QVERIFY(stack->canUndo());
    }

    // An undo the database refuses (a fact now cites the article) says why and leaves the history.
    void anUndoTheDatabaseRefusesIsSaidAndDropped()
    {
        EditHistory *history = m_window->workbench()->history();
        history->stack()->clear();
        NewArticle article;
        article.body = QStringLiteral("Barret Zoph was fired by Thinking Machines Lab.");
        article.title = QStringLiteral("Zoph fired");
        article.language = QStringLiteral("en");
        bool existing = false;
        QString error;
        const std::optional<qint64> id = history->addArticle(article, &existing, &error);
        QVERIFY2(id, qPrintable(error));
        // Cited behind the history's back, as a later edit would.
        const qint64 movement = value(QStringLiteral("SELECT min(id) FROM movement")).toLongLong();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cite"));
            db.setDatabaseName(m_file);
            QVERIFY(db.open());
            QSqlQuery cite(db);
            cite.prepare(QStringLiteral("INSERT INTO citation (movement_id, source_id, start, end, text) VALUES (?, ?, 0, 11, 'Barret Zoph')"));
            cite.bindValue(0, movement);
            cite.bindValue(1, *id);
            QVERIFY2(cite.exec(), qPrintable(cite.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cite"));
        QSignalSpy failed(history, &EditHistory::failed);
        history->stack()->undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("cited")));
        QCOMPARE(history->stack()->count(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM source WHERE id = ?"), {*id}).toInt(), 1);
        // The window says it too.
        QMessageBox *box = m_window->findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        QVERIFY(box && box->text().contains(QStringLiteral("cited")));
        box->close();
    }

    // A name the database does not hold, typed as pinyin, is offered as the stored person it may
    // be, with the reason; taking the offer is the user's choice, and cancelling adds no one.
    void aNewNameOffersThePersonItMayAlreadyBe()
    {
        const int people = value(QStringLiteral("SELECT count(*) FROM person")).toInt();
        const QString sentence = QStringLiteral("Mulati left Example Labs in 2025.");
        ArticleReader *reader = openNewArticle(QStringLiteral("Example Labs"), sentence, QStringLiteral("en"), PartialDate::day(2025, 3, 1)).second;
        reader->select(0, int(sentence.size()));

        QString offered, chosen;
        bool offerShown = false, newPersonOffered = true;
        bool answered = false;
        answerCite(
            [&](CiteDialog *dialog) {
                auto *person = dialog->findChild<QLineEdit *>(QStringLiteral("citePerson"));
                person->setText(QStringLiteral("mulati"));
                auto *same = dialog->findChild<QLabel *>(QStringLiteral("citeSamePerson"));
                offerShown = same->isVisibleTo(dialog);
                offered = same->text();
                const QRegularExpressionMatch link = QRegularExpression(QStringLiteral("href=\"([^\"]+)\"")).match(offered);
                if (link.hasMatch())
                    emit same->linkActivated(link.captured(1));
                chosen = person->text();
                newPersonOffered = dialog->findChild<QCheckBox *>(QStringLiteral("citeNewPerson"))->isVisibleTo(dialog);
                dialog->reject();
            },
            &answered);
        reader->citeAction(CiteAs::Movement)->trigger();
        QVERIFY(answered);
        QVERIFY(offerShown);
        QVERIFY2(offered.contains(QStringLiteral("Mira Murati")) && offered.contains(QStringLiteral("pinyin of")), qPrintable(offered));
        QCOMPARE(chosen, QStringLiteral("Mira Murati"));
        QVERIFY(!newPersonOffered);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM person")).toInt(), people);
    }

    // The journalist's path: a dated article reports the firing; its sentence, selected in the
    // reader and cited as evidence, gives the undated firing its date on the timeline, in the
    // detail pane and in the file. Undo takes it all back; redo brings back the same citation.
    void aSentenceCitedAsEvidenceDatesTheFiring()
    {
        const qint64 zoph = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        const qint64 firing = value(QStringLiteral("SELECT id FROM movement WHERE person_id = ? AND kind = 'fired'"), {zoph}).toLongLong();
        QVERIFY(zoph > 0 && firing > 0);
        QCOMPARE(value(QStringLiteral("SELECT IFNULL(date, 'none') FROM movement WHERE id = ?"), {firing}).toString(), QStringLiteral("none"));
        const QString sentence = QStringLiteral("2026年1月14日,Thinking Machines Lab解雇了联合创始人Barret Zoph。");
        const QString text = QStringLiteral("佐夫等人重返OpenAI\n") + sentence + QStringLiteral("\n同日,他与Luke Metz一同重返OpenAI。");
        const auto [source, reader] = openNewArticle(QStringLiteral("佐夫等人重返OpenAI"), text, QStringLiteral("zh"), PartialDate::day(2026, 1, 15));
        QVERIFY(reader->isVisible());
        QVERIFY(!reader->citeAction(CiteAs::Evidence)->isEnabled()); // nothing selected yet
        const int start = int(text.indexOf(sentence));
        // The selection as a mouse makes it, with the line break after the sentence.
        reader->select(start, start + int(sentence.size()) + 1);
        QVERIFY(reader->citeAction(CiteAs::Evidence)->isEnabled());

        QString person, fact, date, note;
        bool answered = false;
        answerCite(
            [&](CiteDialog *dialog) {
                person = dialog->findChild<QLineEdit *>(QStringLiteral("citePerson"))->text();
                fact = dialog->findChild<QComboBox *>(QStringLiteral("citeFact"))->currentText();
                date = dialog->findChild<QLineEdit *>(QStringLiteral("citeDate"))->text();
                note = dialog->findChild<QLabel *>(QStringLiteral("citeNote"))->text();
            },
            &answered);
        reader->citeAction(CiteAs::Evidence)->trigger();
        QVERIFY(answered);
        QCOMPARE(person, QStringLiteral("Barret Zoph"));
        QVERIFY2(fact.contains(QStringLiteral("fired")) && fact.contains(QStringLiteral("Thinking Machines Lab")), qPrintable(fact));
        QCOMPARE(date, QStringLiteral("2026-01-14"));
        QVERIFY2(note.contains(QStringLiteral("14 Jan 2026")), qPrintable(note));

        // In the file: the date, and the citation of exactly the sentence (the line break left out).
        QCOMPARE(value(QStringLiteral("SELECT date || '|' || precision FROM movement WHERE id = ?"), {firing}).toString(),
                 QStringLiteral("2026-01-14|day"));
        const qint64 citation = value(QStringLiteral("SELECT id FROM citation WHERE movement_id = ? AND source_id = ?"), {firing, source})
                                    .toLongLong();
        QVERIFY(citation > 0);
        QCOMPARE(value(QStringLiteral("SELECT text FROM citation WHERE id = ?"), {citation}).toString(), sentence);
        QCOMPARE(value(QStringLiteral("SELECT start FROM citation WHERE id = ?"), {citation}).toInt(), start);
        // On the timeline, at that day, read back through the chart's axis.
        bool undated = true;
        QTRY_VERIFY(drawnAt(zoph, QStringLiteral("fired"), QDate(2026, 1, 14)));
        // In the detail pane, which now shows Zoph, with the excerpt.
        QCOMPARE(m_window->selection()->personId(), zoph);
        QTRY_VERIFY(m_window->findChild<DetailPane *>()->html().contains(QStringLiteral("解雇了联合创始人Barret Zoph")));
        QVERIFY(m_window->findChild<DetailPane *>()->html().contains(QStringLiteral("States the date: 14 Jan 2026")));

        // Undo: the firing is undated again, everywhere.
        QVERIFY2(action("undoAction")->text().contains(QStringLiteral("Cite evidence")), qPrintable(action("undoAction")->text()));
        action("undoAction")->trigger();
        QCOMPARE(value(QStringLiteral("SELECT IFNULL(date, 'none') || '|' || precision || '|' || IFNULL(date_note, '') FROM movement WHERE id = ?"),
                       {firing})
                     .toString(),
                 QStringLiteral("none|unknown|'On Wednesday' is not pinned to a date by any article."));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM citation WHERE id = ?"), {citation}).toInt(), 0);
        QTRY_VERIFY(drawnDate(zoph, QStringLiteral("fired"), &undated).isNull() && undated);
        QTRY_VERIFY(!m_window->findChild<DetailPane *>()->html().contains(QStringLiteral("解雇了联合创始人Barret Zoph")));

        // Redo: the same citation, the same date.
        action("redoAction")->trigger();
        QCOMPARE(value(QStringLiteral("SELECT movement_id FROM citation WHERE id = ?"), {citation}).toLongLong(), firing);
        QCOMPARE(value(QStringLiteral("SELECT date FROM movement WHERE id = ?"), {firing}).toString(), QStringLiteral("2026-01-14"));
        QTRY_VERIFY(drawnAt(zoph, QStringLiteral("fired"), QDate(2026, 1, 14)));
        reader->close();

        // The fact's history in the detail pane: the date it was given, each time, and the citation.
        auto *pane = m_window->findChild<DetailPane *>();
        QTRY_VERIFY(pane->html().contains(QStringLiteral("history:movement:%1").arg(firing)));
        emit pane->findChild<QTextBrowser *>()->anchorClicked(QUrl(QStringLiteral("history:movement:%1").arg(firing)));
        const QString html = pane->html();
        QCOMPARE(html.count(QStringLiteral("date: none → 2026-01-14")), 2);   // cited, then redone
        QCOMPARE(html.count(QStringLiteral("date: 2026-01-14 → none")), 1);   // undone
        QCOMPARE(html.count(QStringLiteral("Cited “2026年1月14日")), 2);
        QCOMPARE(html.count(QStringLiteral("Citation removed: “2026年1月14日")), 1);
    }

    // Words stating another date for a dated fact: the fact keeps its date, and the detail pane
    // shows both.
    void aDifferentDateIsKeptBesideTheFactsOwn()
    {
        const qint64 zoph = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        const qint64 left = value(QStringLiteral("SELECT id FROM movement WHERE person_id = ? AND kind = 'left' AND date = '2024-09-26'"),
                                  {zoph})
                                .toLongLong();
        QVERIFY(left > 0);
        NewArticle article;
        article.body = QStringLiteral("Barret Zoph left OpenAI on September 25, 2024, a day before the note.");
        article.title = QStringLiteral("Another account");
        article.language = QStringLiteral("en");
        bool existing = false;
        QString error;
        EditHistory *history = m_window->workbench()->history();
        const std::optional<qint64> source = history->addArticle(article, &existing, &error);
        QVERIFY2(source, qPrintable(error));
        NewCitation citation;
        citation.fact = {FactType::Movement, left};
        citation.quote = {*source, 0, int(article.body.indexOf(QLatin1Char(',')))};
        citation.statedDate = PartialDate::day(2024, 9, 25);
        const std::optional<CitationEdit> cited = history->cite(citation, [] { return QStringLiteral("Zoph left OpenAI"); }, &error);
        QVERIFY2(cited, qPrintable(error));
        QVERIFY(cited->disputed && !cited->datedFact);
        QCOMPARE(value(QStringLiteral("SELECT date FROM movement WHERE id = ?"), {left}).toString(), QStringLiteral("2024-09-26"));
        QCOMPARE(value(QStringLiteral("SELECT stated_date FROM citation WHERE id = ?"), {cited->citationId}).toString(),
                 QStringLiteral("2024-09-25"));
        m_window->selection()->select(zoph);
        QTRY_VERIFY(m_window->findChild<DetailPane *>()->html().contains(QStringLiteral("States another date: 25 Sep 2024")));
        history->stack()->undo();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM citation WHERE id = ?"), {cited->citationId}).toInt(), 0);
        QTRY_VERIFY(!m_window->findChild<DetailPane *>()->html().contains(QStringLiteral("States another date")));
    }

    // Cite as ▸ Movement…: a sentence becomes a new move of a new person at a stored company,
    // shown in the table; undo removes the move and the person, redo brings both back with their ids.
    void aSentenceCitedAsAMoveAddsItAndUndoRemovesIt()
    {
        NewArticle article;
        article.body = QStringLiteral("据报道,研究员林知远于2026年1月离开Anthropic,加入OpenAI。");
        article.title = QStringLiteral("林知远加入OpenAI");
        article.language = QStringLiteral("zh");
        article.published = PartialDate::day(2026, 1, 20);
        bool existing = false;
        QString error;
        const std::optional<qint64> source = m_window->workbench()->history()->addArticle(article, &existing, &error);
        QVERIFY2(source, qPrintable(error));
        emit m_window->workbench()->articleRequested(*source);
        auto *reader = m_window->findChild<ArticleReader *>(QStringLiteral("articleReader"));
        QVERIFY(reader && reader->isVisible());
        const QString words = QStringLiteral("林知远于2026年1月离开Anthropic,加入OpenAI");
        const int start = int(article.body.indexOf(words));
        reader->select(start, start + int(words.size()));

        QString kind, company, destination, date, problemBefore;
        bool answered = false;
        answerCite(
            [&](CiteDialog *dialog) {
                kind = dialog->findChild<QComboBox *>(QStringLiteral("citeKind"))->currentData().toString();
                company = dialog->findChild<QLineEdit *>(QStringLiteral("citeCompany"))->text();
                destination = dialog->findChild<QLineEdit *>(QStringLiteral("citeDestination"))->text();
                date = dialog->findChild<QLineEdit *>(QStringLiteral("citeDate"))->text();
                // A person no one has stored: OK waits until the person says to add them.
                dialog->findChild<QLineEdit *>(QStringLiteral("citePerson"))->setText(QStringLiteral("林知远"));
                problemBefore = dialog->problem();
                auto *isNew = dialog->findChild<QCheckBox *>(QStringLiteral("citeNewPerson"));
                QVERIFY(isNew->isVisible());
                QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
                isNew->setChecked(true);
            },
            &answered);
        reader->citeAction(CiteAs::Movement)->trigger();
        QVERIFY(answered);
        QCOMPARE(kind, QStringLiteral("left"));
        QCOMPARE(company, QStringLiteral("Anthropic"));
        QCOMPARE(destination, QStringLiteral("OpenAI"));
        QCOMPARE(date, QStringLiteral("2026-01"));
        QVERIFY2(problemBefore.contains(QStringLiteral("林知远")), qPrintable(problemBefore));

        const qint64 person = value(QStringLiteral("SELECT id FROM person WHERE name_zh = '林知远'")).toLongLong();
        QVERIFY(person > 0);
        const qint64 movement = value(QStringLiteral("SELECT id FROM movement WHERE person_id = ?"), {person}).toLongLong();
        QCOMPARE(value(QStringLiteral("SELECT m.kind || '|' || c.name_en || '|' || d.name_en || '|' || m.date || '|' || m.precision "
                                      "FROM movement m JOIN company c ON c.id = m.company_id JOIN company d ON d.id = m.to_company_id "
                                      "WHERE m.id = ?"),
                       {movement})
                     .toString(),
                 QStringLiteral("left|Anthropic|OpenAI|2026-01|month"));
        QCOMPARE(value(QStringLiteral("SELECT text FROM citation WHERE movement_id = ?"), {movement}).toString(), words);
        QCOMPARE(m_window->selection()->personId(), person);
        QTRY_VERIFY(m_window->findChild<DetailPane *>()->html().contains(QStringLiteral("林知远")));

        action("undoAction")->trigger();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {person}).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM movement WHERE id = ?"), {movement}).toInt(), 0);
        action("redoAction")->trigger();
        QCOMPARE(value(QStringLiteral("SELECT id FROM person WHERE name_zh = '林知远'")).toLongLong(), person);
        QCOMPARE(value(QStringLiteral("SELECT person_id FROM movement WHERE id = ?"), {movement}).toLongLong(), person);
        // The change log holds the person, the move and the citation, added, removed and added again.
        QCOMPARE(value(QStringLiteral("SELECT group_concat(action, ' ') FROM (SELECT action FROM change_log "
                                      "WHERE entity = 'movement' AND entity_id = ? ORDER BY id)"),
                       {movement})
                     .toString(),
                 QStringLiteral("add remove add"));
        reader->close();
    }

    // Edit… and Remove… after a fact in the detail pane: each one undoable edit, the fact the same
    // row again after undo; the last citation goes only with its fact.
    void aFactIsCorrectedAndRemovedFromTheDetailPane()
    {
        const qint64 karpathy = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Andrej Karpathy'")).toLongLong();
        const qint64 move = value(QStringLiteral("SELECT min(id) FROM movement WHERE person_id = ? AND kind = 'left'"), {karpathy}).toLongLong();
        QVERIFY(move > 0);
        const QString row = QStringLiteral("SELECT kind || '|' || company_id || '|' || IFNULL(to_company_id, '-') || '|' || "
                                           "IFNULL(date, '-') || '|' || precision || '|' || row_version FROM movement WHERE id = ?");
        const QString before = value(row, {move}).toString();
        m_window->selection()->select(karpathy);
        auto *pane = m_window->findChild<DetailPane *>();
        auto *browser = pane->findChild<QTextBrowser *>();
        QTRY_VERIFY(pane->html().contains(QStringLiteral("edit:movement:%1").arg(move)));

        QString problem;
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<FactDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *date = dialog->findChild<QLineEdit *>(QStringLiteral("factDate"));
            date->setText(QStringLiteral("2017-13"));
            problem = dialog->problem();
            date->setText(QStringLiteral("2017-07"));
            answered = true;
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        emit browser->anchorClicked(QUrl(QStringLiteral("edit:movement:%1").arg(move)));
        QVERIFY(answered);
        QVERIFY2(problem.contains(QStringLiteral("2017-13")), qPrintable(problem));
        QCOMPARE(value(QStringLiteral("SELECT date || '|' || precision FROM movement WHERE id = ?"), {move}).toString(),
                 QStringLiteral("2017-07|month"));
        action("undoAction")->trigger();
        QCOMPARE(value(row, {move}).toString().section(QLatin1Char('|'), 0, 4), before.section(QLatin1Char('|'), 0, 4));

        // Remove… asks, removes the move with its citations; undo puts back the same rows.
        const QString citations = QStringLiteral("SELECT group_concat(id || ':' || start || '-' || end, ' ') FROM citation WHERE movement_id = ?");
        const QString cited = value(citations, {move}).toString();
        QVERIFY(!cited.isEmpty());
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        emit browser->anchorClicked(QUrl(QStringLiteral("remove:movement:%1").arg(move)));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM movement WHERE id = ?"), {move}).toInt(), 0);
        QTRY_VERIFY(!pane->html().contains(QStringLiteral("edit:movement:%1").arg(move)));
        action("undoAction")->trigger();
        QCOMPARE(value(citations, {move}).toString(), cited);
        QTRY_VERIFY(pane->html().contains(QStringLiteral("edit:movement:%1").arg(move)));

        // A fact's only citation: Remove citation offers to remove the fact; No keeps both.
        const qint64 single = value(QStringLiteral("SELECT m.id FROM movement m WHERE m.person_id = ? AND "
                                                   "(SELECT count(*) FROM citation c WHERE c.movement_id = m.id) = 1 LIMIT 1"),
                                    {karpathy})
                                  .toLongLong();
        QVERIFY(single > 0);
        {
            const qint64 citation = value(QStringLiteral("SELECT id FROM citation WHERE movement_id = ?"), {single}).toLongLong();
            QString asked;
            QTimer::singleShot(0, this, [&asked] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    asked = box->text();
                    box->button(QMessageBox::No)->click();
                }
            });
            m_window->workbench()->removeCitation(citation, FactRef{FactType::Movement, single}, QStringLiteral("Karpathy"));
            QVERIFY2(asked.contains(QStringLiteral("only citation")), qPrintable(asked));
            QCOMPARE(value(QStringLiteral("SELECT count(*) FROM citation WHERE id = ?"), {citation}).toInt(), 1);
        }
    }

    // Edit names… under a person's names: names and aliases in one undoable edit, found by search
    // while they stand.
    void aPersonsNamesAreCorrectedFromTheDetailPaneAndUndone()
    {
        const qint64 zoph = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        const QString person = QStringLiteral("SELECT name_en || '|' || name_zh FROM person WHERE id = ?");
        const QString namesBefore = value(person, {zoph}).toString();
        const QString aliasesBefore = aliasesOf(zoph);
        const QString barretAlias = QStringLiteral("SELECT count(*) FROM person_alias WHERE person_id = ? AND alias = 'Barret'");
        QCOMPARE(value(barretAlias, {zoph}).toInt(), 1);
        m_window->selection()->select(zoph);
        auto *pane = m_window->findChild<DetailPane *>();
        QTRY_VERIFY(pane->html().contains(QStringLiteral("person-names:%1").arg(zoph)));

        QString problemAtFirst;
        bool okAtFirst = true;
        bool answered = false;
        answerDialog<PersonNamesDialog>(
            [&](PersonNamesDialog *dialog) {
                problemAtFirst = dialog->problem();
                okAtFirst = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
                dialog->findChild<QLineEdit *>(QStringLiteral("personNewAlias"))->setText(QStringLiteral("Zoph, Barret"));
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addAlias")), Qt::LeftButton);
                auto *aliases = dialog->findChild<QListWidget *>(QStringLiteral("personAliases"));
                const QList<QListWidgetItem *> barret = aliases->findItems(QStringLiteral("Barret"), Qt::MatchExactly);
                QCOMPARE(barret.size(), 1);
                barret.first()->setSelected(true);
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeAlias")), Qt::LeftButton);
                dialog->findChild<QLineEdit *>(QStringLiteral("personNameZh"))->setText(QStringLiteral("巴雷特·佐夫博士"));
            },
            &answered);
        emit pane->findChild<QTextBrowser *>()->anchorClicked(QUrl(QStringLiteral("person-names:%1").arg(zoph)));
        QVERIFY(answered);
        QVERIFY(!okAtFirst);
        QVERIFY2(problemAtFirst.contains(QStringLiteral("Nothing has changed")), qPrintable(problemAtFirst));
        QCOMPARE(value(person, {zoph}).toString(), QStringLiteral("Barret Zoph|巴雷特·佐夫博士"));
        const QString aliasesAfter = aliasesOf(zoph);
        QVERIFY2(aliasesAfter.contains(QStringLiteral(":Zoph, Barret")), qPrintable(aliasesAfter));
        QCOMPARE(value(barretAlias, {zoph}).toInt(), 0);
        const Answer<QList<qint64>> found = m_window->session()->findPeople(QStringLiteral("Zoph, Barret"));
        QVERIFY(found && *found.value == QList<qint64>{zoph});
        QTRY_VERIFY(pane->html().contains(QStringLiteral("Zoph, Barret")));
        QVERIFY(m_window->workbench()->history()->stack()->undoText().contains(QStringLiteral("Barret Zoph")));

        // Undo puts back the names and the very alias rows, ids included.
        action("undoAction")->trigger();
        QCOMPARE(value(person, {zoph}).toString(), namesBefore);
        QCOMPARE(aliasesOf(zoph), aliasesBefore);
        QVERIFY(m_window->session()->findPeople(QStringLiteral("Zoph, Barret")).value->isEmpty());
        QTRY_VERIFY(!pane->html().contains(QStringLiteral("Zoph, Barret")));
        action("redoAction")->trigger();
        QCOMPARE(value(person, {zoph}).toString(), QStringLiteral("Barret Zoph|巴雷特·佐夫博士"));
        action("undoAction")->trigger();
        QCOMPARE(value(person, {zoph}).toString(), namesBefore);

        // A person without any name cannot be stored; the form says so and offers no OK.
        QString problemWithoutNames;
        answerDialog<PersonNamesDialog>(
            [&](PersonNamesDialog *dialog) {
                dialog->findChild<QLineEdit *>(QStringLiteral("personNameEn"))->clear();
                dialog->findChild<QLineEdit *>(QStringLiteral("personNameZh"))->clear();
                problemWithoutNames = dialog->problem();
                QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
                dialog->reject();
            },
            &answered);
        m_window->workbench()->editPersonNames(zoph);
        QVERIFY(answered);
        QVERIFY2(problemWithoutNames.contains(QStringLiteral("name")), qPrintable(problemWithoutNames));
        QCOMPARE(value(person, {zoph}).toString(), namesBefore);
    }

    // A company's link under the person's names corrects the company everywhere; undo restores it.
    void aCompanysNamesAreCorrectedAndUndone()
    {
        const qint64 zoph = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        const qint64 lab = value(QStringLiteral("SELECT id FROM company WHERE name_en = 'Thinking Machines Lab'")).toLongLong();
        const QString company = QStringLiteral("SELECT name_en || '|' || name_zh || '|' || row_version FROM company WHERE id = ?");
        const QString before = value(company, {lab}).toString();
        m_window->selection()->select(zoph);
        auto *pane = m_window->findChild<DetailPane *>();
        QTRY_VERIFY(pane->html().contains(QStringLiteral("company-names:%1").arg(lab)));
        bool answered = false;
        answerDialog<CompanyNamesDialog>(
            [](CompanyNamesDialog *dialog) {
                dialog->findChild<QLineEdit *>(QStringLiteral("companyNameZh"))->setText(QStringLiteral("思维机器实验室"));
            },
            &answered);
        emit pane->findChild<QTextBrowser *>()->anchorClicked(QUrl(QStringLiteral("company-names:%1").arg(lab)));
        QVERIFY(answered);
        QCOMPARE(value(company, {lab}).toString().section(QLatin1Char('|'), 0, 1),
                 QStringLiteral("Thinking Machines Lab|思维机器实验室"));
        QVERIFY(m_window->session()->findCompanies(QStringLiteral("思维机器实验室")).value->contains(lab));
        action("undoAction")->trigger();
        // The names as they were; the row version only moves on.
        QCOMPARE(value(company, {lab}).toString().section(QLatin1Char('|'), 0, 1), before.section(QLatin1Char('|'), 0, 1));
        QVERIFY(value(company, {lab}).toString().section(QLatin1Char('|'), 2).toInt() > before.section(QLatin1Char('|'), 2).toInt());
        QVERIFY(m_window->session()->findCompanies(QStringLiteral("思维机器实验室")).value->isEmpty());
    }

    // Two records of one person: the merge moves the facts with their citations and keeps the
    // other's names as aliases; undo gives back the same person, ids and citations included.
    void twoRecordsOfOnePersonAreMergedAndTheMergeUndone()
    {
        const qint64 ilya = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Ilya Sutskever'")).toLongLong();
        const qint64 openai = value(QStringLiteral("SELECT id FROM company WHERE name_en = 'OpenAI'")).toLongLong();
        NewArticle article;
        article.body = QStringLiteral("Ilya S. left OpenAI in May 2024, the company said.");
        article.title = QStringLiteral("A departure at OpenAI");
        article.language = QStringLiteral("en");
        bool existing = false;
        QString error;
        EditHistory *history = m_window->workbench()->history();
        const std::optional<qint64> source = history->addArticle(article, &existing, &error);
        QVERIFY2(source, qPrintable(error));
        NewMovement move;
        move.person.newName = QStringLiteral("Ilya S.");
        move.company.id = openai;
        move.date = PartialDate::month(2024, 5);
        move.quote = QuoteSpan{*source, 0, int(QStringLiteral("Ilya S. left OpenAI in May 2024").size())};
        const std::optional<FactIds> added = history->addMovement(move, [] { return QStringLiteral("Ilya S."); }, &error);
        QVERIFY2(added, qPrintable(error));
        const qint64 twin = added->personId;
        const QString facts = QStringLiteral("SELECT group_concat(m.id || '@' || m.person_id || '#' || c.id, ' ') FROM movement m "
                                             "JOIN citation c ON c.movement_id = m.id WHERE m.id = ?");
        const QString factsBefore = value(facts, {added->factId}).toString();
        const QString ilyaAliases = aliasesOf(ilya);
        const QString twinRow = QStringLiteral("SELECT name_en || '|' || row_version FROM person WHERE id = ?");
        const QString twinBefore = value(twinRow, {twin}).toString();

        m_window->selection()->select(twin);
        auto *pane = m_window->findChild<DetailPane *>();
        QTRY_VERIFY(pane->html().contains(QStringLiteral("person-merge:%1").arg(twin)));
        QString problemForSelf;
        bool answered = false;
        answerDialog<MergePeopleDialog>(
            [&](MergePeopleDialog *dialog) {
                dialog->setOtherName(QStringLiteral("Ilya S."));
                problemForSelf = dialog->problem();
                dialog->setOtherName(QStringLiteral("伊利亚·苏茨克沃"));
                QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
                dialog->findChild<QRadioButton *>(QStringLiteral("mergeKeepOther"))->setChecked(true);
            },
            &answered);
        emit pane->findChild<QTextBrowser *>()->anchorClicked(QUrl(QStringLiteral("person-merge:%1").arg(twin)));
        QVERIFY(answered);
        QVERIFY2(problemForSelf.contains(QStringLiteral("this person")), qPrintable(problemForSelf));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {twin}).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT person_id FROM movement WHERE id = ?"), {added->factId}).toLongLong(), ilya);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM citation WHERE movement_id = ?"), {added->factId}).toInt(), 1);
        QVERIFY2(aliasesOf(ilya).contains(QStringLiteral(":Ilya S.")), qPrintable(aliasesOf(ilya)));
        QCOMPARE(m_window->selection()->personId(), ilya);
        QTRY_VERIFY(pane->html().contains(QStringLiteral("Ilya S. left OpenAI")));

        action("undoAction")->trigger();
        QCOMPARE(value(twinRow, {twin}).toString().section(QLatin1Char('|'), 0, 0), twinBefore.section(QLatin1Char('|'), 0, 0));
        QVERIFY(value(twinRow, {twin}).toString().section(QLatin1Char('|'), 1).toInt() > twinBefore.section(QLatin1Char('|'), 1).toInt());
        QCOMPARE(value(facts, {added->factId}).toString(), factsBefore);
        QCOMPARE(aliasesOf(ilya), ilyaAliases);
        action("redoAction")->trigger();
        QCOMPARE(value(QStringLiteral("SELECT person_id FROM movement WHERE id = ?"), {added->factId}).toLongLong(), ilya);
        // Back to the data set as it was: the merge, the move and the article undone.
        for (int step = 0; step < 3; ++step)
            action("undoAction")->trigger();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {twin}).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM source WHERE id = ?"), {*source}).toInt(), 0);
        QCOMPARE(aliasesOf(ilya), ilyaAliases);
    }

    // Cite as ▸ Name of a Person: the words become the alias of the person the sentence names;
    // words that already name someone are refused with whose name they are.
    void wordsCitedAsANameBecomeAnAlias()
    {
        const qint64 zoph = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        const QString aliasesBefore = aliasesOf(zoph);
        NewArticle article;
        article.body = QStringLiteral("据报道,佐夫博士已回到OpenAI。");
        article.title = QStringLiteral("佐夫回归");
        article.language = QStringLiteral("zh");
        bool existing = false;
        QString error;
        const std::optional<qint64> source = m_window->workbench()->history()->addArticle(article, &existing, &error);
        QVERIFY2(source, qPrintable(error));
        emit m_window->workbench()->articleRequested(*source);
        auto *reader = m_window->findChild<ArticleReader *>(QStringLiteral("articleReader"));
        QVERIFY(reader && reader->isVisible());

        const int known = int(article.body.indexOf(QStringLiteral("佐夫")));
        reader->select(known, known + 2);
        QString refusal;
        bool answered = false;
        answerDialog<CiteNameDialog>(
            [&](CiteNameDialog *dialog) {
                refusal = dialog->problem();
                QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
                dialog->reject();
            },
            &answered);
        reader->citeAction(CiteAs::Name)->trigger();
        QVERIFY(answered);
        QVERIFY2(refusal.contains(QStringLiteral("Barret Zoph")), qPrintable(refusal));
        QCOMPARE(aliasesOf(zoph), aliasesBefore);

        const QString words = QStringLiteral("佐夫博士");
        const int start = int(article.body.indexOf(words));
        reader->select(start, start + int(words.size()));
        qint64 offered = 0;
        answerDialog<CiteNameDialog>([&](CiteNameDialog *dialog) { offered = dialog->personId(); }, &answered);
        reader->citeAction(CiteAs::Name)->trigger();
        QVERIFY(answered);
        QCOMPARE(offered, zoph); // the sentence names Zoph, so the form offers him
        QVERIFY2(aliasesOf(zoph).contains(QStringLiteral(":佐夫博士")), qPrintable(aliasesOf(zoph)));
        QCOMPARE(m_window->selection()->personId(), zoph);
        action("undoAction")->trigger();
        QCOMPARE(aliasesOf(zoph), aliasesBefore);
        action("undoAction")->trigger(); // the article
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM source WHERE id = ?"), {*source}).toInt(), 0);
        reader->close();
    }

    // Remove person… asks with what goes along, removes it all as one edit; undo brings back the
    // same rows and the window shows the person again.
    void aPersonIsRemovedWithTheirFactsAndUndone()
    {
        const qint64 zoph = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        const QString theirs = QStringLiteral(
            "SELECT coalesce((SELECT group_concat(id || ':' || company_id) FROM role WHERE person_id = ?), '') || '/' || "
            "coalesce((SELECT group_concat(id || ':' || company_id) FROM movement WHERE person_id = ?), '') || '/' || "
            "coalesce((SELECT group_concat(c.id || ':' || c.start) FROM citation c LEFT JOIN role r ON r.id = c.role_id "
            "LEFT JOIN movement m ON m.id = c.movement_id WHERE coalesce(r.person_id, m.person_id) = ?), '')");
        const QString before = value(theirs, {zoph, zoph, zoph}).toString();
        const int roles = value(QStringLiteral("SELECT count(*) FROM role WHERE person_id = ?"), {zoph}).toInt();
        const QString aliasesBefore = aliasesOf(zoph);
        m_window->selection()->select(zoph);
        auto *pane = m_window->findChild<DetailPane *>();
        QTRY_VERIFY(pane->html().contains(QStringLiteral("person-remove:%1").arg(zoph)));
        const int rowsShown = m_window->findChild<QAbstractItemView *>(QStringLiteral("rolesView"))->model()->rowCount();

        // No: nothing goes.
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->button(QMessageBox::No)->click();
            }
        });
        emit pane->findChild<QTextBrowser *>()->anchorClicked(QUrl(QStringLiteral("person-remove:%1").arg(zoph)));
        QVERIFY2(asked.contains(QStringLiteral("Barret Zoph")) && asked.contains(QStringLiteral("%1 role").arg(roles)),
                 qPrintable(asked));
        QCOMPARE(value(theirs, {zoph, zoph, zoph}).toString(), before);

        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        emit pane->findChild<QTextBrowser *>()->anchorClicked(QUrl(QStringLiteral("person-remove:%1").arg(zoph)));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {zoph}).toInt(), 0);
        QCOMPARE(value(theirs, {zoph, zoph, zoph}).toString(), QStringLiteral("//"));
        QTRY_COMPARE(m_window->findChild<QAbstractItemView *>(QStringLiteral("rolesView"))->model()->rowCount(), rowsShown - roles);
        QTRY_VERIFY(!pane->person().has_value());
        QVERIFY2(pane->findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("removed")),
                 qPrintable(pane->findChild<QTextBrowser *>()->toPlainText()));
        QVERIFY(m_window->workbench()->history()->stack()->undoText().contains(QStringLiteral("Barret Zoph")));

        action("undoAction")->trigger();
        QCOMPARE(value(theirs, {zoph, zoph, zoph}).toString(), before);
        QCOMPARE(aliasesOf(zoph), aliasesBefore);
        // The pane shows him again, as the selection still does.
        QTRY_VERIFY(pane->person().has_value() && pane->person()->person.id == zoph);
        QTRY_COMPARE(m_window->findChild<QAbstractItemView *>(QStringLiteral("rolesView"))->model()->rowCount(), rowsShown);
        action("redoAction")->trigger();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {zoph}).toInt(), 0);
        action("undoAction")->trigger();
        QCOMPARE(value(theirs, {zoph, zoph, zoph}).toString(), before);
    }

    // Another window holding the write lock (an import) makes Undo wait, saying so; the step
    // stays in the history and undoes once the lock is free. Before, the step was dropped and the
    // removed person lost.
    void aLockedDatabaseKeepsTheStepForLater()
    {
        const qint64 zoph = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        QUndoStack *stack = m_window->workbench()->history()->stack();
        QString error;
        const Answer<PersonFields> person = m_window->session()->personFields(zoph);
        QVERIFY(person);
        QVERIFY2(m_window->workbench()->history()->removePerson(zoph, person.value->version, [] { return QStringLiteral("Zoph"); },
                                                               &error),
                 qPrintable(error));
        const int done = stack->index();
        QCOMPARE(stack->count(), done);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("otherWindow"));
            other.setDatabaseName(m_file);
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            action("undoAction")->trigger();
            QMessageBox *said = nullptr;
            for (QMessageBox *box : m_window->findChildren<QMessageBox *>(QStringLiteral("errorMessage"))) {
                if (box->isVisible())
                    said = box;
            }
            QVERIFY2(said, "the window said nothing");
            QVERIFY2(said->text().contains(QStringLiteral("busy")), qPrintable(said->text()));
            said->close();
            QCOMPARE(stack->count(), done);
            QCOMPARE(stack->index(), done);
            QCOMPARE(value(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {zoph}).toInt(), 0);
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("otherWindow"));
        action("undoAction")->trigger();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {zoph}).toInt(), 1);
        QCOMPARE(stack->index(), done - 1);
    }

    // The forms refuse what cannot be stored before OK, and find a duplicate under the same name.
    void theNameFormsRefuseEarly()
    {
        const qint64 zoph = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        CiteNameDialog lines(m_window->session(), QStringLiteral("Barret\nZoph博士"), QString(), m_window.get());
        QVERIFY2(lines.problem().contains(QStringLiteral("one line")), qPrintable(lines.problem()));
        CiteNameDialog tooLong(m_window->session(), QString(400, QLatin1Char('x')), QString(), m_window.get());
        QVERIFY2(tooLong.problem().contains(QStringLiteral("at most")), qPrintable(tooLong.problem()));

        // Return with an alias already listed accepts the form rather than doing nothing.
        PersonNamesDialog names(m_window->session(), zoph, {}, m_window.get());
        names.findChild<QLineEdit *>(QStringLiteral("personNewAlias"))->setText(QStringLiteral("Zoph"));
        QVERIFY(!names.findChild<QPushButton *>(QStringLiteral("addAlias"))->isDefault());

        // A second record under the very same English name is the one the merge form finds.
        const qint64 openai = value(QStringLiteral("SELECT id FROM company WHERE name_en = 'OpenAI'")).toLongLong();
        NewArticle article;
        article.body = QStringLiteral("Barret Zoph rejoined OpenAI.");
        article.title = QStringLiteral("Zoph rejoins");
        article.language = QStringLiteral("en");
        bool existing = false;
        QString error;
        EditHistory *history = m_window->workbench()->history();
        const std::optional<qint64> source = history->addArticle(article, &existing, &error);
        QVERIFY2(source, qPrintable(error));
        NewMovement move;
        move.person.newName = QStringLiteral("B. Zoph");
        move.kind = MovementKind::Joined;
        move.company.id = openai;
        move.quote = QuoteSpan{*source, 0, int(article.body.size()) - 1};
        const std::optional<FactIds> added = history->addMovement(move, [] { return QStringLiteral("twin"); }, &error);
        QVERIFY2(added, qPrintable(error));
        QVERIFY(added->personId != zoph);
        // Renamed to his English name alone: two records, one name.
        const Answer<PersonFields> twin = m_window->session()->personFields(added->personId);
        QVERIFY(twin);
        QVERIFY2(history->editPerson(added->personId, PersonChange{QStringLiteral("Barret Zoph"), QString(), {}, {}},
                                     twin.value->version, [] { return QStringLiteral("twin"); }, &error),
                 qPrintable(error));
        MergePeopleDialog merge(m_window->session(), added->personId, m_window.get());
        merge.setOtherName(QStringLiteral("Barret Zoph"));
        QVERIFY2(merge.problem().isEmpty(), qPrintable(merge.problem()));
        QCOMPARE(merge.mergedId(), zoph); // the twin's own names are kept by default
        for (int step = 0; step < 3; ++step)
            action("undoAction")->trigger();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {added->personId}).toInt(), 0);
    }

    // The Returned box shows only the people who went back somewhere, in the table and the counts.
    void theReturnedBoxShowsOnlyReturns()
    {
        auto *box = m_window->findChild<QCheckBox *>(QStringLiteral("returnedFilter"));
        QVERIFY(box);
        QAbstractItemModel *table = m_window->findChild<QAbstractItemView *>(QStringLiteral("rolesView"))->model();
        const auto shownPeople = [table] {
            QStringList names;
            for (int row = 0; row < table->rowCount(); ++row)
                names.append(table->index(row, 0).data().toString());
            names.removeDuplicates();
            names.sort();
            return names;
        };
        box->setChecked(true);
        QTRY_COMPARE(shownPeople(), (QStringList{QStringLiteral("Andrej Karpathy"), QStringLiteral("Barret Zoph"), QStringLiteral("Lia Guy"),
                                                 QStringLiteral("Luke Metz"), QStringLiteral("Sam Altman"), QStringLiteral("Sam Schoenholz")}));
        QTRY_VERIFY(m_window->statusText().startsWith(QStringLiteral("6 ")));
        box->setChecked(false);
        QTRY_VERIFY(shownPeople().size() > 6);
    }

    // A read-only database offers no edit of people or companies.
    void noNameLinksOnAReadOnlyDatabase()
    {
        const qint64 zoph = value(QStringLiteral("SELECT id FROM person WHERE name_en = 'Barret Zoph'")).toLongLong();
        auto *pane = m_window->findChild<DetailPane *>();
        m_window->selection()->select(zoph);
        QTRY_VERIFY(pane->html().contains(QStringLiteral("person-names:")));
        DetailPane readOnly;
        DataSession session;
        QString error;
        session.setDatabase(Database::open(m_file, &error, nullptr, Database::Access::ReadOnly));
        QVERIFY2(session.isOpen(), qPrintable(error));
        readOnly.setSession(&session);
        readOnly.showPersonById(zoph);
        QTRY_VERIFY(readOnly.person().has_value());
        QVERIFY(!readOnly.html().contains(QStringLiteral("person-names:")));
        QVERIFY(!readOnly.html().contains(QStringLiteral("company-names:")));
    }

    // The Articles list counts every article's facts from every citation: an edit made while it
    // is hidden leaves it as it was, and showing it reads it again.
    void aHiddenArticlesListIsReadWhenShown()
    {
        QAction *toggle = m_window->workbench()->articlesView()->toggleViewAction();
        if (!m_window->workbench()->articlesView()->isVisible())
            toggle->trigger();
        const int before = articleList()->topLevelItemCount();
        QCOMPARE(before, value(QStringLiteral("SELECT count(*) FROM source")).toInt());
        toggle->trigger();
        QVERIFY(!m_window->workbench()->articlesView()->isVisible());
        NewArticle article;
        article.body = QStringLiteral("A short dispatch, added while the list of articles is hidden.");
        article.title = QStringLiteral("Hidden list");
        article.language = QStringLiteral("en");
        bool existing = true;
        QString error;
        QVERIFY2(m_window->workbench()->history()->addArticle(article, &existing, &error), qPrintable(error));
        QVERIFY(!existing);
        QCOMPARE(articleList()->topLevelItemCount(), before);
        toggle->trigger();
        QVERIFY(m_window->workbench()->articlesView()->isVisible());
        QCOMPARE(articleList()->topLevelItemCount(), before + 1);
        QVERIFY(listedTitles().contains(QStringLiteral("Hidden list")));
        action("undoAction")->trigger();
        QCOMPARE(articleList()->topLevelItemCount(), before);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
