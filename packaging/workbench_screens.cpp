// Makes the README's pictures of recording a new move, with the window's own widgets, headless:
// an article reporting the January 2026 returns is added, its sentence selected in the reader,
// the Cite as form filled in from it, the window after the citation dated Zoph's firing, and
// the form that corrects his names with the way the article writes them added.
//   talentflow_workbench_screens OUT_DIR en|zh

#include "models/DataSession.h"
#include "models/Database.h"
#include "models/WorkerStartGate.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/browse/ArticleReader.h"
#include "ui/browse/PersonSelection.h"
#include "ui/edit/CiteDialog.h"
#include "ui/edit/EditHistory.h"
#include "ui/edit/PersonNamesDialog.h"
#include "ui/edit/Workbench.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace talentflow;

namespace {

void settle(MainWindow &window)
{
    for (int round = 0; round < 8; ++round) {
        QApplication::processEvents();
        while (WorkerStartGate::isHeld())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        window.session()->waitForWorkers();
    }
}

bool save(QWidget *widget, const QString &path)
{
    if (widget->grab().save(path, "PNG"))
        return true;
    std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: talentflow_workbench_screens OUT_DIR en|zh\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QString language = QString::fromLatin1(argv[2]);
    QStandardPaths::setTestModeEnabled(true); // no settings of the person running it are read or written
    QTemporaryDir dir;
    QString error;
    const QString file = dir.filePath(QStringLiteral("screens.sqlite"));
    if (!Database::create(file, Database::Contents::Seeded, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MainWindow window;
    window.setPersistent(false);
    window.setDatabase(Database::open(file, &error));
    window.languageManager()->setLanguage(LanguageManager::fromCode(language));
    window.resize(1600, 900);
    window.show();
    settle(window);

    const QString sentence = QStringLiteral("2026年1月14日,Thinking Machines Lab解雇了联合创始人Barret Zoph。");
    NewArticle article;
    article.title = QStringLiteral("Thinking Machines Lab联合创始人重返OpenAI");
    article.publisher = QStringLiteral("示例日报");
    article.language = QStringLiteral("zh");
    article.published = PartialDate::day(2026, 1, 15);
    article.body = article.title + QStringLiteral("\n\n") + sentence
        + QStringLiteral("同日,OpenAI应用业务首席执行官Fidji Simo在内部备忘录中宣布,Zoph将与Luke Metz、"
                         "Sam Schoenholz一同回到OpenAI。");
    bool existing = false;
    const std::optional<qint64> source = window.workbench()->history()->addArticle(article, &existing, &error);
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    emit window.workbench()->articleRequested(*source);
    auto *reader = window.findChild<ArticleReader *>(QStringLiteral("articleReader"));
    reader->resize(900, 560);
    const int start = int(article.body.indexOf(sentence));
    reader->select(start, start + int(sentence.size()));
    settle(window);
    if (!save(reader, out.filePath(QStringLiteral("cite-reader-%1.png").arg(language))))
        return 1;

    CiteDialog dialog(CiteAs::Evidence, window.session(), *window.session()->source(*source).value,
                      QuoteSpan{*source, start, start + int(sentence.size())}, reader);
    dialog.show();
    dialog.adjustSize();
    settle(window);
    if (!save(&dialog, out.filePath(QStringLiteral("cite-form-%1.png").arg(language))))
        return 1;
    const NewCitation citation = dialog.citation();
    const QString description = dialog.description();
    dialog.close();
    reader->close();
    if (!window.workbench()->history()->cite(citation, [description] { return description; }, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const Answer<QList<qint64>> zoph = window.session()->findPeople(QStringLiteral("Barret Zoph"));
    window.selection()->select(zoph.value->value(0));
    settle(window);
    if (!save(&window, out.filePath(QStringLiteral("cite-recorded-%1.png").arg(language))))
        return 1;

    PersonNamesDialog names(window.session(), zoph.value->value(0), QStringLiteral("Zoph, Barret"), &window);
    names.show();
    names.adjustSize();
    settle(window);
    return save(&names, out.filePath(QStringLiteral("names-form-%1.png").arg(language))) ? 0 : 1;
}
