#include "ui/browse/ArticleReader.h"

#include "models/DataSession.h"
#include "ui/UiLanguage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace talentflow {

ArticleReader::ArticleReader(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("articleReader"));
    m_text->setObjectName(QStringLiteral("articleText"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
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
}

} // namespace talentflow
