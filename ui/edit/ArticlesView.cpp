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
    // Right-click or F2: the details of the chosen article, to correct them.
    m_editDetails->setObjectName(QStringLiteral("editArticleDetails"));
    m_editDetails->setShortcut(QKeySequence(Qt::Key_F2));
    m_editDetails->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addAction(m_editDetails);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_editDetails, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            emit detailsRequested(item->data(Title, Qt::UserRole).toLongLong());
    });
    retranslate();
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
    m_editDetails->setEnabled(m_session && m_session->isOpen() && !m_session->isReadOnly());
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
    m_list->setHeaderLabels({tr("Title"), tr("Publisher"), tr("Published"), tr("Language"), tr("Facts")});
    m_list->headerItem()->setToolTip(Facts, tr("How many roles and moves cite the article"));
}

} // namespace talentflow
