#include "ui/browse/ArticleReader.h"

#include "models/DataSession.h"
#include "ui/UiLanguage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QPushButton>
#include <QVBoxLayout>

namespace talentflow {

ArticleReader::ArticleReader(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_cite(new QPushButton(this))
    , m_citeMovement(new QAction(this))
    , m_citeRole(new QAction(this))
    , m_citeName(new QAction(this))
    , m_citeEvidence(new QAction(this))
{
    setObjectName(QStringLiteral("articleReader"));
    m_text->setObjectName(QStringLiteral("articleText"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Cite as ▸ on a button above the text, in the text's context menu, and on keys.
    const QList<QPair<QAction *, CiteAs>> citeActions{
        {m_citeMovement, CiteAs::Movement}, {m_citeRole, CiteAs::Role}, {m_citeName, CiteAs::Name}, {m_citeEvidence, CiteAs::Evidence}};
    m_citeMovement->setObjectName(QStringLiteral("citeAsMovement"));
    m_citeMovement->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_citeRole->setObjectName(QStringLiteral("citeAsRole"));
    m_citeRole->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_citeName->setObjectName(QStringLiteral("citeAsName"));
    m_citeName->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_citeEvidence->setObjectName(QStringLiteral("citeAsEvidence"));
    m_citeEvidence->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    auto *citeMenu = new QMenu(this);
    for (const auto &[action, as] : citeActions) {
        addAction(action); // the keys work anywhere in the reader
        citeMenu->addAction(action);
        connect(action, &QAction::triggered, this, [this, as = as] {
            if (const std::optional<QPair<int, int>> span = selectedSpan())
                emit citeRequested(as, m_source.id, span->first, span->second);
        });
    }
    m_cite->setObjectName(QStringLiteral("citeAsButton"));
    m_cite->setMenu(citeMenu);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, &ArticleReader::showContextMenu);
    connect(m_text, &QTextBrowser::selectionChanged, this, &ArticleReader::updateCiteActions);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_cite);
    tools->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(tools);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    updateCiteActions();
    resize(760, 640);
    retranslate();
}

void ArticleReader::showArticle(const SourceRecord &source, int start, int end)
{
    m_source = source;
    m_start = start;
    m_end = end;
    retranslate();
    m_text->setPlainText(source.body);

    QTextCursor cursor(m_text->document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection highlight;
    highlight.cursor = cursor;
    highlight.format.setBackground(QColor(0xff, 0xe0, 0x8a));
    highlight.format.setForeground(Qt::black);
    m_text->setExtraSelections({highlight});

    // Put the excerpt in view, a few lines below the top, with the caret at its start.
    QTextCursor caret(m_text->document());
    caret.setPosition(start);
    m_text->setTextCursor(caret);
    m_text->ensureCursorVisible();
    const int excerptTop = m_text->cursorRect(caret).top();
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() + excerptTop - m_text->viewport()->height() / 4);
}

bool ArticleReader::open(const DataSession &session, qint64 sourceId, int start, int end, QString *error)
{
    const Answer<SourceRecord> source = session.source(sourceId);
    if (!source) {
        if (error)
            *error = source.error;
        return false;
    }
    show();
    showArticle(*source.value, start, end);
    raise();
    return true;
}

std::optional<QPair<int, int>> ArticleReader::selectedSpan() const
{
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection() || m_source.id == 0)
        return std::nullopt;
    return QPair<int, int>(cursor.selectionStart(), cursor.selectionEnd());
}

void ArticleReader::select(int start, int end)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
}

QAction *ArticleReader::citeAction(CiteAs as) const
{
    switch (as) {
    case CiteAs::Movement:
        return m_citeMovement;
    case CiteAs::Role:
        return m_citeRole;
    case CiteAs::Name:
        return m_citeName;
    case CiteAs::Evidence:
        return m_citeEvidence;
    }
    return m_citeEvidence;
}

void ArticleReader::setCitingAllowed(bool allowed)
{
    m_citingAllowed = allowed;
    updateCiteActions();
    retranslate();
}

void ArticleReader::updateCiteActions()
{
    const bool selected = m_citingAllowed && selectedSpan().has_value();
    for (QAction *action : {m_citeMovement, m_citeRole, m_citeName, m_citeEvidence})
        action->setEnabled(selected);
    m_cite->setEnabled(m_citingAllowed);
}

void ArticleReader::showContextMenu(const QPoint &at)
{
    QMenu *menu = m_text->createStandardContextMenu(at);
    menu->addSeparator();
    QMenu *cite = menu->addMenu(tr("Cite &as"));
    cite->addActions({m_citeMovement, m_citeRole, m_citeName, m_citeEvidence});
    cite->setEnabled(m_citingAllowed);
    menu->exec(m_text->viewport()->mapToGlobal(at));
    delete menu;
}

bool ArticleReader::isHighlightVisible() const
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_start);
    const QRect rect = m_text->cursorRect(cursor);
    return m_text->viewport()->rect().contains(rect.topLeft()) && m_text->viewport()->rect().contains(rect.bottomLeft());
}

void ArticleReader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ArticleReader::retranslate()
{
    setWindowTitle(m_source.title.isEmpty() ? tr("Article") : m_source.title);
    QString heading = QStringLiteral("<b>%1</b>").arg(m_source.title.toHtmlEscaped());
    QStringList details;
    if (!m_source.publisher.isEmpty())
        details.append(m_source.publisher.toHtmlEscaped());
    details.append(m_source.published.isKnown() ? m_source.published.toDisplayString(uiIsChinese())
                                                : tr("date not stated"));
    details.append(m_source.file.toHtmlEscaped());
    m_heading->setText(heading + QStringLiteral("<br><small>") + details.join(QStringLiteral(" · ")) + QStringLiteral("</small>"));
    m_cite->setText(tr("Cite selection as"));
    m_cite->setToolTip(m_citingAllowed ? tr("Select words in the article, then cite them as a move, a role, a person's name or evidence for a fact.")
                                       : tr("The database is read-only; nothing can be cited."));
    m_citeMovement->setText(tr("&Movement…"));
    m_citeRole->setText(tr("&Role…"));
    m_citeName->setText(tr("&Name of a Person…"));
    m_citeEvidence->setText(tr("&Evidence for a Fact…"));
}

} // namespace talentflow
