#include "ui/edit/ArticlesView.h"

#include "models/DataSession.h"
#include "ui/UiLanguage.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QTreeWidget>

namespace talentflow {

namespace {

enum Column { Title, Publisher, Published, Language, Facts, ColumnCount };

} // namespace

ArticlesView::ArticlesView(QWidget *parent)
    : QDockWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_editDetails(new QAction(this))
    , m_replaceText(new QAction(this))
    , m_review(new QAction(this))
{
    setObjectName(QStringLiteral("articlesDock"));
    m_list->setObjectName(QStringLiteral("articlesList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setMinimumSectionSize(40);
    m_list->setTextElideMode(Qt::ElideMiddle);
    setWidget(m_list);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit articleRequested(item->data(Title, Qt::UserRole).toLongLong());
    });
    // Right-click or F2: the details of the chosen article, to correct them; its text, corrected;
    // its citations that the corrected text no longer holds word for word.
    m_editDetails->setShortcut(QKeySequence(Qt::Key_F2));
    addArticleAction(m_editDetails, QStringLiteral("editArticleDetails"), &ArticlesView::detailsRequested);
    addArticleAction(m_replaceText, QStringLiteral("replaceArticleText"), &ArticlesView::replaceTextRequested);
    addArticleAction(m_review, QStringLiteral("reviewCitations"), &ArticlesView::reviewRequested);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    retranslate();
}

void ArticlesView::addArticleAction(QAction *action, const QString &name, void (ArticlesView::*request)(qint64))
{
    action->setObjectName(name);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addAction(action);
    connect(action, &QAction::triggered, this, [this, request] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            emit(this->*request)(item->data(Title, Qt::UserRole).toLongLong());
    });
}

void ArticlesView::setSession(DataSession *session)
{
    m_session = session;
    connect(session, &DataSession::databaseChanged, this, [this] {
        m_list->clear(); // never another file's articles, even in a hidden list
        refresh();
    });
    connect(session, &DataSession::dataChanged, this, &ArticlesView::refresh);
    refresh();
}

void ArticlesView::refresh()
{
    const bool editable = m_session && m_session->isOpen() && !m_session->isReadOnly();
    for (QAction *action : {m_editDetails, m_replaceText, m_review})
        action->setEnabled(editable);
    // Counting each article's facts reads every citation: done for a list that shows, and for a
    // hidden one when it is shown, not after every edit.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (!m_session || !m_session->isOpen()) {
        m_list->clear();
        return;
    }
    m_session->articles(this, [this](const Answer<QList<ArticleSummary>> &articles) { showArticles(articles); });
}

void ArticlesView::showArticles(const Answer<QList<ArticleSummary>> &articles)
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(Title, Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    if (!articles) {
        emit failed(articles.error);
        return;
    }
    const bool chinese = uiIsChinese();
    for (const ArticleSummary &article : *articles.value) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Title, article.title);
        item->setToolTip(Title, article.url.isEmpty() ? article.title : article.title + QLatin1Char('\n') + article.url);
        item->setData(Title, Qt::UserRole, article.id);
        item->setText(Publisher, article.publisher);
        item->setText(Published, article.published.isKnown() ? article.published.toDisplayString(chinese) : tr("not stated"));
        item->setText(Language, article.language == QLatin1String("zh") ? QStringLiteral("中文") : QStringLiteral("English"));
        item->setText(Facts, QString::number(article.citedFacts));
        item->setTextAlignment(Facts, Qt::AlignRight | Qt::AlignVCenter);
        if (article.id == current)
            m_list->setCurrentItem(item);
    }
    for (int column = Publisher; column < ColumnCount; ++column)
        m_list->resizeColumnToContents(column);
}

void ArticlesView::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ArticlesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh(); // dates follow the language
    }
    QDockWidget::changeEvent(event);
}

void ArticlesView::retranslate()
{
    setWindowTitle(tr("Articles"));
    m_editDetails->setText(tr("Edit &Details…"));
    m_replaceText->setText(tr("&Replace Text…"));
    m_review->setText(tr("Re&view Citations…"));
    m_list->setHeaderLabels({tr("Title"), tr("Publisher"), tr("Published"), tr("Language"), tr("Facts")});
    m_list->headerItem()->setToolTip(Facts, tr("How many roles and moves cite the article"));
}

} // namespace talentflow
