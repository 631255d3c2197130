#include "ui/browse/SearchExplanation.h"

#include "models/WorkerStartGate.h"
#include "ui/UiLanguage.h"

#include <QEvent>
#include <QLabel>
#include <QUrl>

#include <algorithm>

namespace talentflow {

namespace {

// The status line names this many and counts the rest.
constexpr int listedMatches = 4;

QString quoted(const QString &text)
{
    return MatchReasonText::tr("“%1”").arg(text);
}

} // namespace

QString MatchReasonText::of(const PersonMatch &match)
{
    switch (match.reason) {
    case MatchReason::Name:
        return tr("name %1").arg(quoted(match.source));
    case MatchReason::Alias:
        return tr("alias %1").arg(quoted(match.source));
    case MatchReason::TraditionalForm:
        return tr("traditional form of %1").arg(quoted(match.source));
    case MatchReason::Pinyin:
        return tr("pinyin of %1").arg(quoted(match.source));
    case MatchReason::Initials:
        return tr("pinyin initials of %1").arg(quoted(match.source));
    case MatchReason::PartOfName:
        return tr("part of %1").arg(quoted(match.source));
    case MatchReason::Title:
        return tr("role title");
    case MatchReason::Excerpt:
        return tr("cited excerpt");
    case MatchReason::SimilarSpelling:
        return tr("spelled like %1").arg(quoted(match.source));
    }
    return QString();
}

QString MatchReasonText::sameAs(const PersonMatch &candidate)
{
    const QString theirs = quoted(candidate.source);
    const QString ours = quoted(candidate.ownName);
    switch (candidate.reason) {
    case MatchReason::Pinyin:
        return tr("same pinyin: %1 and %2").arg(ours, theirs);
    case MatchReason::TraditionalForm:
        return tr("same in simplified characters: %1 and %2").arg(ours, theirs);
    default:
        return tr("same name: %1 and %2").arg(ours, theirs);
    }
}

QString MatchReasonText::pair(const MergeCandidate &candidate)
{
    PersonMatch added;
    added.nameEn = candidate.nameEn;
    added.nameZh = candidate.nameZh;
    return tr("%1 and %2 (%3)").arg(nameOf(added), nameOf(candidate.stored), sameAs(candidate.stored));
}

QString MatchReasonText::nameOf(const PersonMatch &match)
{
    const QString preferred = uiIsChinese() ? match.nameZh : match.nameEn;
    return preferred.isEmpty() ? (uiIsChinese() ? match.nameEn : match.nameZh) : preferred;
}

QString MatchReasonText::didYouMean(const SearchOutcome &outcome, bool links)
{
    if (outcome.suggestions.isEmpty())
        return QString();
    QStringList names;
    for (const PersonMatch &suggestion : outcome.suggestions) {
        const QString name = nameOf(suggestion);
        names.append(links ? QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(name)), name.toHtmlEscaped())
                           : name);
    }
    return tr("Did you mean %1?").arg(names.join(tr(" or ")));
}

SearchExplanation::SearchExplanation(QLabel *label, QObject *parent)
    : QObject(parent)
    , m_label(label)
{
    m_label->setObjectName(QStringLiteral("searchExplanation"));
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    // The status bar's width is the window's: the account is cut to fit, never widens the window.
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->installEventFilter(this);
    connect(m_label, &QLabel::linkActivated, this,
            [this](const QString &link) { emit searchFor(QUrl::fromPercentEncoding(link.toUtf8())); });
}

void SearchExplanation::reserveChineseLineHeight()
{
    WorkerStartGate::whenOpen(m_label, [label = m_label] {
        QLabel line(QStringLiteral("Mg 中文"));
        line.setFont(label->font());
        label->setMinimumHeight(line.sizeHint().height());
    });
}

void SearchExplanation::show(const QString &search, const SearchOutcome &outcome)
{
    m_search = search.trimmed();
    m_outcome = outcome;
    retranslate();
}

QString SearchExplanation::text() const
{
    return m_text;
}

bool SearchExplanation::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void SearchExplanation::fit()
{
    // Links (suggestions) are short and stay whole; a list of matches ends in "…" where it is cut.
    if (m_label->textFormat() == Qt::RichText)
        m_label->setText(m_text);
    else
        m_label->setText(m_label->fontMetrics().elidedText(m_text, Qt::ElideRight, std::max(m_label->width(), 0)));
}

void SearchExplanation::retranslate()
{
    QString text;
    if (!m_search.isEmpty() && !m_outcome.matches.isEmpty()) {
        QStringList parts;
        for (const PersonMatch &match : m_outcome.matches.mid(0, listedMatches))
            parts.append(tr("%1 (%2)").arg(MatchReasonText::nameOf(match), MatchReasonText::of(match)));
        const qsizetype more = m_outcome.matches.size() - parts.size();
        if (more > 0)
            parts.append(tr("%n more", nullptr, int(more)));
        text = tr("Matched: %1").arg(parts.join(tr("; ")));
    } else if (!m_search.isEmpty()) {
        text = MatchReasonText::didYouMean(m_outcome, true);
    }
    // Plain text but for the suggestions' links: a rich-text layout of Chinese costs a frame.
    m_label->setTextFormat(m_outcome.matches.isEmpty() ? Qt::RichText : Qt::PlainText);
    m_text = text;
    fit();
    // The whole account, where the status bar had to cut it.
    m_label->setToolTip(m_outcome.matches.isEmpty() ? QString()
                                                    : tr("Why the search shows these people, best match first") + QLatin1Char('\n') + text);
}

} // namespace talentflow
