#include "ui/edit/ReplaceTextDialog.h"

#include "models/DataSession.h"
#include "models/DisplayLanguage.h"
#include "ui/ErrorMessage.h"
#include "ui/MovementKindNames.h"
#include "ui/UiLanguage.h"
#include "ui/edit/EditHistory.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace talentflow {

namespace {

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

// The words marked in their context, everything escaped: the article's text is never markup.
QString inContext(const QString &before, const QString &words, const QString &after)
{
    return QStringLiteral("…%1<span style='background: #fff4cc; color: black; font-weight: bold'>%2</span>%3…")
        .arg(escaped(before), escaped(words), escaped(after));
}

QLabel *textLabel(const QString &html, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setText(html);
    return label;
}

QLabel *sectionLabel(const QString &title, const QString &explanation, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setText(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), explanation.toHtmlEscaped()));
    return label;
}

} // namespace

ReplaceTextDialog::ReplaceTextDialog(DataSession *session, EditHistory *history, qint64 sourceId, QWidget *parent)
    : ReplaceTextDialog(session, history, TextReplacement{sourceId, 0, {}, {}, {}}, parent)
{
}

ReplaceTextDialog::ReplaceTextDialog(DataSession *session, EditHistory *history, const TextReplacement &replacement,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_history(history)
    , m_replacement(replacement)
    , m_justReplaced(replacement.versionId != 0)
    , m_heading(new QLabel(this))
    , m_anchored(new QLabel(this))
    , m_moved(new QLabel(this))
    , m_review(new QLabel(this))
    , m_orphan(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("replaceTextDialog"));
    m_heading->setWordWrap(true);
    m_anchored->setObjectName(QStringLiteral("anchoredCount"));
    m_moved->setObjectName(QStringLiteral("movedCount"));
    m_review->setObjectName(QStringLiteral("reviewCount"));
    m_orphan->setObjectName(QStringLiteral("orphanCount"));
    m_anchored->setText(QString::number(replacement.count(AnchorOutcome::Anchored)));
    m_moved->setText(QString::number(replacement.count(AnchorOutcome::Moved)));
    m_review->setText(QString::number(replacement.count(AnchorOutcome::NeedsReview)));
    m_orphan->setText(QString::number(replacement.count(AnchorOutcome::Orphan)));

    auto *counts = new QFormLayout;
    for (QLabel *value : {m_anchored, m_moved, m_review, m_orphan}) {
        auto *name = new QLabel(this);
        name->setBuddy(value);
        m_countNames.append(name);
        counts->addRow(name, value);
    }
    m_scroll->setObjectName(QStringLiteral("replaceTextCitations"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(new QWidget);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(counts);
    for (int row = 0; row < counts->rowCount(); ++row)
        counts->setRowVisible(row, m_justReplaced);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_session) {
        // An edit anywhere (an undo, a citation removed) may change what waits; another file, all of it.
        connect(m_session, &DataSession::dataChanged, this, [this] { refresh(); });
        connect(m_session, &DataSession::databaseChanged, this, &QDialog::reject);
    }
    resize(780, 600);
    retranslate();
    refresh();
}

void ReplaceTextDialog::refresh()
{
    m_attention.clear();
    m_readError.clear();
    if (m_session) {
        const Answer<QList<CitationAttention>> read = m_session->citationsNeedingAttention(m_replacement.sourceId);
        if (read)
            m_attention = *read.value;
        else
            m_readError = read.error;
    }
    rebuildLists();
}

int ReplaceTextDialog::reviewsShown() const
{
    int n = 0;
    for (const CitationAttention &item : m_attention)
        n += item.state == AnchorState::Review ? 1 : 0;
    return n;
}

int ReplaceTextDialog::orphansShown() const
{
    int n = 0;
    for (const CitationAttention &item : m_attention)
        n += item.state == AnchorState::Orphan ? 1 : 0;
    return n;
}

void ReplaceTextDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReplaceTextDialog::retranslate()
{
    setWindowTitle(m_justReplaced ? tr("Replace Article Text") : tr("Review Citations"));
    m_heading->setText(m_justReplaced
                           ? tr("The article's new text is stored. This is what became of the words its citations quote:")
                           : tr("The citations of this article whose words its text no longer holds:"));
    const QStringList names{tr("Found unchanged:"), tr("Moved:"), tr("Needs review:"), tr("Orphaned:")};
    for (int i = 0; i < m_countNames.size(); ++i)
        m_countNames.at(i)->setText(names.at(i));
    rebuildLists();
}

QString ReplaceTextDialog::factDescription(const CitationAttention &item) const
{
    const DisplayLanguage language = uiLanguage();
    const QString person = displayName(item.personEn, item.personZh, language);
    const QString company = displayName(item.companyEn, item.companyZh, language);
    if (item.movementId > 0)
        return tr("%1: %2, %3").arg(person, movementKindLabel(item.movementKind), company);
    if (item.roleId > 0)
        return tr("%1: %2 at %3").arg(person, displayName(item.roleTitleEn, item.roleTitleZh, language), company);
    return tr("A side of a dispute");
}

void ReplaceTextDialog::rebuildLists()
{
    auto *list = new QWidget;
    list->setObjectName(QStringLiteral("replaceTextList"));
    auto *layout = new QVBoxLayout(list);
    if (!m_readError.isEmpty()) {
        auto *error = new QLabel(list);
        error->setWordWrap(true);
        error->setText(tr("The citations cannot be read: %1").arg(m_readError));
        layout->addWidget(error);
    }
    if (reviewsShown() > 0) {
        layout->addWidget(sectionLabel(tr("Needs review"),
                                       tr("The new text has only words close to these. Accept them as the citation's "
                                          "words, or keep the citation as an orphan."),
                                       list));
    }
    for (const CitationAttention &item : std::as_const(m_attention)) {
        if (item.state != AnchorState::Review)
            continue;
        auto *box = new QGroupBox(factDescription(item), list);
        box->setObjectName(QStringLiteral("review-%1").arg(item.citationId));
        auto *grid = new QGridLayout(box);
        grid->addWidget(new QLabel(tr("Cited words, in the previous text:"), box), 0, 0);
        grid->addWidget(new QLabel(tr("Close match, in the new text:"), box), 0, 1);
        QLabel *oldWords = textLabel(inContext(item.oldBefore, item.oldWords, item.oldAfter), box);
        oldWords->setObjectName(QStringLiteral("oldWords"));
        QLabel *newWords = textLabel(inContext(item.reviewBefore, item.reviewWords, item.reviewAfter), box);
        newWords->setObjectName(QStringLiteral("newWords"));
        grid->addWidget(oldWords, 1, 0);
        grid->addWidget(newWords, 1, 1);
        grid->setColumnStretch(0, 1);
        grid->setColumnStretch(1, 1);
        auto *accept = new QPushButton(tr("&Accept the New Words"), box);
        accept->setObjectName(QStringLiteral("acceptReview"));
        auto *orphan = new QPushButton(tr("&Keep as Orphan"), box);
        orphan->setObjectName(QStringLiteral("keepAsOrphan"));
        const qint64 id = item.citationId;
        connect(accept, &QPushButton::clicked, this, [this, id] { acceptMatch(id); });
        connect(orphan, &QPushButton::clicked, this, [this, id] { keepOrphan(id); });
        auto *buttons = new QHBoxLayout;
        buttons->addStretch(1);
        buttons->addWidget(accept);
        buttons->addWidget(orphan);
        grid->addLayout(buttons, 2, 0, 1, 2);
        layout->addWidget(box);
    }
    if (orphansShown() > 0) {
        layout->addWidget(sectionLabel(tr("Orphans"),
                                       tr("The new text does not have these words. Each citation keeps them, with the "
                                          "previous text they are in, until it is removed."),
                                       list));
    }
    for (const CitationAttention &item : std::as_const(m_attention)) {
        if (item.state != AnchorState::Orphan)
            continue;
        auto *box = new QGroupBox(factDescription(item), list);
        box->setObjectName(QStringLiteral("orphan-%1").arg(item.citationId));
        auto *boxLayout = new QVBoxLayout(box);
        QLabel *oldWords = textLabel(inContext(item.oldBefore, item.oldWords, item.oldAfter), box);
        oldWords->setObjectName(QStringLiteral("oldWords"));
        boxLayout->addWidget(oldWords);
        layout->addWidget(box);
    }
    if (m_attention.isEmpty() && m_readError.isEmpty()) {
        auto *done = new QLabel(tr("No citation needs attention: the new text has the words of every one."), list);
        done->setObjectName(QStringLiteral("nothingToReview"));
        done->setWordWrap(true);
        layout->addWidget(done);
    }
    layout->addStretch(1);
    // The old list goes once control is back in the event loop: this may run from one of its buttons.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_scroll->setWidget(list);
}

void ReplaceTextDialog::acceptMatch(qint64 citationId)
{
    QString error;
    if (!m_history->acceptReview(citationId, m_replacement.sourceId, &error)) {
        showErrorMessage(this, tr("Cannot Accept the New Words"), error);
        refresh();
    }
}

void ReplaceTextDialog::keepOrphan(qint64 citationId)
{
    QString error;
    if (!m_history->keepAsOrphan(citationId, m_replacement.sourceId, &error)) {
        showErrorMessage(this, tr("Cannot Keep the Citation as an Orphan"), error);
        refresh();
    }
}

} // namespace talentflow
