#include "ui/browse/DetailPane.h"

#include "ui/SourceCitation.h"

#include "models/Boomerangs.h"

#include "models/DataSession.h"
#include "ui/MovementKindNames.h"
#include "ui/UiLanguage.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QScrollBar>
#include <QLocale>
#include <QJsonDocument>
#include <QJsonArray>
#include <QUrl>
#include <QVBoxLayout>

namespace talentflow {

namespace {

// Long paragraphs are cut to this much context on each side of the excerpt.
constexpr int contextChars = 90;
// Some articles have no headline, so their title is their first sentence: show its start.
constexpr int titleChars = 36;

QString shortTitle(const QString &title)
{
    return title.size() > titleChars ? title.left(titleChars) + QStringLiteral("…") : title;
}

// A link's words kept on one line in a narrow pane: no break between its characters (Chinese
// breaks anywhere) or at its spaces.
QString unbroken(const QString &words)
{
    QString kept;
    for (int i = 0; i < words.size(); ++i) {
        if (i > 0 && !words.at(i).isLowSurrogate())
            kept += QChar(0x2060); // WORD JOINER
        kept += words.at(i) == QLatin1Char(' ') ? QChar(QChar::Nbsp) : words.at(i);
    }
    return kept;
}

QString companyName(const CompanyRecord &company)
{
    return displayName(company.nameEn, company.nameZh, uiLanguage()).toHtmlEscaped();
}

QString dateText(const PartialDate &date)
{
    return date.isKnown() ? date.toDisplayString(uiIsChinese()) : QString();
}

// How a fact's date was derived (the seed's "why"), as a grey line under the fact. The note is
// data, in the language it was written in.
QString dateNoteHtml(const QString &note)
{
    if (note.isEmpty())
        return QString();
    return QStringLiteral("<p class='note'>%1</p>").arg(DetailPane::tr("Date: %1").arg(note.toHtmlEscaped()));
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("detailPane"));
    m_browser->setObjectName(QStringLiteral("detailText"));
    m_browser->setOpenLinks(false);
    // Keyboard users scroll, select and copy the excerpts, and Tab through their links.
    m_browser->setFocusPolicy(Qt::StrongFocus);
    m_browser->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    setFocusProxy(m_browser);
    m_browser->document()->setDefaultStyleSheet(QStringLiteral(
        "h2 { margin-bottom: 0px; } .other { color: #666; font-weight: normal; } .aliases { color: #555; }"
        ".badge { background-color: #e3f0e6; color: #1d5a2c; font-weight: bold; }"
        "h3 { margin-top: 14px; margin-bottom: 4px; color: #234; }"
        ".fact { font-weight: bold; margin-top: 8px; } .hl { background-color: #ffe08a; color: #000; }"
        ".excerpt { margin-left: 14px; color: #222; } .source { margin-left: 14px; color: #666; }"
        ".dispute { color: #a33; font-weight: bold; } td { padding: 4px 8px; vertical-align: top; }"
        ".note { margin-left: 14px; margin-top: 0px; color: #666; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailPane::openLink);
    render();
}

void DetailPane::setSession(DataSession *session)
{
    m_session = session;
    connect(session, &DataSession::databaseChanged, this, &DetailPane::clear);
    // The person asked for, even while an edit has removed them: undo brings them back here.
    connect(session, &DataSession::dataChanged, this, [this] {
        if (m_ribbon) {
            readRibbonMoves();
            render();
        } else {
            showPersonById(m_personId);
        }
    });
    clear();
}

void DetailPane::showPersonById(qint64 personId)
{
    if (!m_session || !m_session->isOpen() || personId <= 0) {
        clear();
        return;
    }
    m_personId = personId;
    m_ribbon.reset();
    m_session->person(personId, this, [this](const Answer<PersonDetail> &detail) {
        if (detail) {
            showPerson(*detail.value);
            return;
        }
        m_detail.reset();
        m_personGone = detail.error.isEmpty();
        render();
        if (!detail.error.isEmpty())
            emit failed(detail.error);
    });
}

namespace {

// A ribbon can hold thousands of people on a large database: the pane lists this many.
constexpr int listedPeople = 40;

} // namespace

void DetailPane::showRibbon(const FlowRibbon &ribbon, const QString &heading)
{
    m_detail.reset();
    m_personId = 0;
    m_personGone = false;
    m_ribbon = RibbonListing{ribbon, heading, {}};
    readRibbonMoves();
    render();
}

void DetailPane::readRibbonMoves()
{
    QList<qint64> ids;
    QSet<qint64> people;
    for (const FlowMember &member : std::as_const(m_ribbon->ribbon.members)) {
        people.insert(member.personId);
        if (people.size() > listedPeople)
            break;
        for (qint64 id : {member.departureId, member.arrivalId}) {
            if (id > 0)
                ids.append(id);
        }
    }
    m_ribbon->moves.clear();
    if (!m_session)
        return;
    const Answer<QList<MovementView>> moves = m_session->movements(ids);
    if (!moves) {
        emit failed(moves.error);
        return;
    }
    for (const MovementView &move : *moves.value)
        m_ribbon->moves.insert(move.id, move);
}

void DetailPane::renderRibbon()
{
    const FlowRibbon &ribbon = m_ribbon->ribbon;
    const int people = ribbon.people();
    QString html = QStringLiteral("<h2>%1</h2>").arg(m_ribbon->heading.toHtmlEscaped());
    html += QStringLiteral("<p class='aliases'>%1</p>").arg(tr("%n person(s) in this ribbon of the talent flow", nullptr, people));
    QSet<qint64> listed;
    for (const FlowMember &member : ribbon.members) {
        if (!listed.contains(member.personId) && listed.size() >= listedPeople)
            continue;
        const bool first = !listed.contains(member.personId);
        listed.insert(member.personId);
        if (first) {
            const QString name = displayName(member.nameEn, member.nameZh, uiLanguage());
            html += QStringLiteral("<h3><a href='select-person:%1'>%2</a>%3</h3>")
                        .arg(member.personId)
                        .arg(name.toHtmlEscaped(),
                             member.returning ? QStringLiteral(" <span class='badge'>↩ %1</span>").arg(tr("returned"))
                                              : QString());
        }
        // A stay that ended where the next began has no departure of its own: the arrival says it.
        if (member.departureId == 0)
            html += QStringLiteral("<p class='source'>%1</p>").arg(tr("No move says they left; the next arrival ends the stay."));
        for (qint64 id : {member.departureId, member.arrivalId}) {
            const auto move = m_ribbon->moves.constFind(id);
            if (id <= 0 || move == m_ribbon->moves.cend())
                continue;
            html += QStringLiteral("<p class='fact'>%1</p>").arg(movementLine(*move));
            html += dateNoteHtml(move->dateNote);
            html += citationsHtml(move->citations, {{QStringLiteral("date"), move->date}});
        }
    }
    if (people > listed.size())
        html += QStringLiteral("<p class='source'>%1</p>")
                    .arg(tr("and %n more; a company filter or a search narrows the flow", nullptr, people - int(listed.size())));
    m_browser->setHtml(html);
    emit citationsShown(!m_citations.isEmpty());
}

void DetailPane::showPerson(const PersonDetail &detail)
{
    m_ribbon.reset();
    m_detail = detail;
    m_personId = detail.person.id;
    m_personGone = false;
    render();
}

void DetailPane::clear()
{
    m_ribbon.reset();
    m_detail.reset();
    m_personId = 0;
    m_personGone = false;
    render();
}

QString DetailPane::html() const
{
    return m_browser->toHtml();
}

QString DetailPane::citationsHtml(const QList<CitationView> &citations, const QHash<QString, PartialDate> &factDates,
                                  const QString &factKey)
{
    QString html;
    for (const CitationView &c : citations) {
        const int index = int(m_citations.size());
        m_citations.append(c);
        m_citationFacts.append(factKey);
        const int at = c.start - c.paragraphStart;
        const int from = qMax(0, at - contextChars);
        const int to = qMin(int(c.paragraph.size()), at + int(c.excerpt.size()) + contextChars);
        const QString before = c.paragraph.mid(from, at - from);
        const QString after = c.paragraph.mid(at + c.excerpt.size(), to - at - c.excerpt.size());
        html += QStringLiteral("<p class='excerpt'>%1%2<span class='hl'>%3</span>%4%5</p>")
                    .arg(from > 0 ? QStringLiteral("…") : QString(), before.toHtmlEscaped(),
                         c.excerpt.toHtmlEscaped(), after.toHtmlEscaped(),
                         to < c.paragraph.size() ? QStringLiteral("…") : QString());
        QStringList source{QStringLiteral("<i>%1</i>").arg(shortTitle(c.title).toHtmlEscaped())};
        if (!c.publisher.isEmpty())
            source.append(c.publisher.toHtmlEscaped());
        source.append(c.published.isKnown() ? dateText(c.published) : tr("date not stated"));
        html += QStringLiteral("<p class='source'>%1 · <a href='article:%2'>%3</a> · <a href='copy:%2'>%4</a></p>")
                    .arg(source.join(QStringLiteral(", ")))
                    .arg(index)
                    .arg(unbroken(tr("Open article")), unbroken(tr("Copy citation")));
        if (!factKey.isEmpty() && m_session && !m_session->isReadOnly())
            html.insert(html.size() - int(QStringLiteral("</p>").size()),
                        QStringLiteral(" · <a href='uncite:%1'>%2</a>").arg(index).arg(unbroken(tr("Remove citation"))));
        if (c.statedDate.isKnown()) {
            const PartialDate own = factDates.value(c.statedField);
            // Where two articles give two dates, both are shown; neither is chosen for the reader.
            html += own == c.statedDate
                ? QStringLiteral("<p class='source'>%1</p>").arg(tr("States the date: %1").arg(dateText(c.statedDate)))
                : QStringLiteral("<p class='source'><span class='dispute'>⚠ %1</span></p>")
                      .arg(tr("States another date: %1; both dates are kept.").arg(dateText(c.statedDate)));
        }
    }
    return html;
}

QString DetailPane::roleLine(const RoleView &role) const
{
    const QString title = (uiIsChinese() ? (role.titleZh.isEmpty() ? role.titleEn : role.titleZh)
                                         : (role.titleEn.isEmpty() ? role.titleZh : role.titleEn))
                              .toHtmlEscaped();
    QString span;
    if (role.start.isKnown() || role.end.isKnown())
        span = QStringLiteral(" (%1 – %2)").arg(dateText(role.start), dateText(role.end));
    return tr("%1, %2").arg(title, companyName(role.company)) + span;
}

QString DetailPane::movementLine(const MovementView &movement) const
{
    const QString date = movement.date.isKnown() ? dateText(movement.date) : tr("date not stated");
    if (movement.destination)
        return tr("%1: %2 %3 → %4")
            .arg(date, movementKindLabel(movement.kind), companyName(movement.company),
                 companyName(*movement.destination));
    return tr("%1: %2 %3").arg(date, movementKindLabel(movement.kind), companyName(movement.company));
}

void DetailPane::render()
{
    m_citations.clear();
    m_citationFacts.clear();
    if (m_ribbon) {
        renderRibbon();
        return;
    }
    if (!m_detail) {
        m_browser->setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                               .arg(m_personGone ? tr("The person shown here has been removed; Edit ▸ Undo brings them back.")
                                                 : tr("Select a person to read the excerpts behind their roles and moves.")));
        emit citationsShown(false);
        return;
    }
    const PersonRecord &person = m_detail->person;
    const DisplayLanguage language = uiLanguage();
    QString html = QStringLiteral("<h2>%1 <span class='other'>%2</span></h2>")
                       .arg(displayName(person.nameEn, person.nameZh, language).toHtmlEscaped(),
                            otherScriptName(person.nameEn, person.nameZh, language).toHtmlEscaped());
    if (!person.aliases.isEmpty())
        html += QStringLiteral("<p class='aliases'>%1 %2</p>")
                    .arg(tr("Also written:"), person.aliases.join(QStringLiteral(" · ")).toHtmlEscaped());
    html += recordLinks();
    html += returnsHtml();

    const auto disputeMarker = [&](const std::optional<qint64> &disputeId) {
        return disputeId ? QStringLiteral(" <span class='dispute'>⚠ %1</span>").arg(tr("disputed")) : QString();
    };
    if (!m_detail->roles.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Roles"));
    for (const RoleView &role : m_detail->roles) {
        html += QStringLiteral("<p class='fact'>%1%2%3</p>")
                    .arg(roleLine(role), disputeMarker(role.disputeId), factLinks(QStringLiteral("role"), role.id));
        html += historyHtml(QStringLiteral("role"), role.id);
        html += dateNoteHtml(role.dateNote);
        html += citationsHtml(role.citations, {{QStringLiteral("start"), role.start}, {QStringLiteral("end"), role.end}},
                              QStringLiteral("role:%1").arg(role.id));
    }
    if (!m_detail->movements.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Movements"));
    for (const MovementView &movement : m_detail->movements) {
        html += QStringLiteral("<p class='fact'>%1%2%3</p>")
                    .arg(movementLine(movement), disputeMarker(movement.disputeId), factLinks(QStringLiteral("movement"), movement.id));
        html += historyHtml(QStringLiteral("movement"), movement.id);
        html += dateNoteHtml(movement.dateNote);
        html += citationsHtml(movement.citations, {{QStringLiteral("date"), movement.date}},
                              QStringLiteral("movement:%1").arg(movement.id));
    }
    for (const DisputeView &dispute : m_detail->disputes) {
        html += QStringLiteral("<h3><span class='dispute'>⚠ %1</span> %2</h3>")
                    .arg(tr("Articles disagree:"),
                         (language == DisplayLanguage::Chinese ? dispute.topicZh : dispute.topicEn).toHtmlEscaped());
        // The sides, side by side: the roles and movements that take part, then any stated sides.
        QStringList columns;
        for (const RoleView &role : m_detail->roles) {
            if (role.disputeId == dispute.id)
                columns.append(QStringLiteral("<b>%1</b>").arg(roleLine(role)) + citationsHtml(role.citations));
        }
        for (const MovementView &movement : m_detail->movements) {
            if (movement.disputeId == dispute.id && dispute.sides.isEmpty())
                columns.append(QStringLiteral("<b>%1</b>").arg(movementLine(movement))
                               + citationsHtml(movement.citations));
        }
        for (const DisputeSideView &side : dispute.sides) {
            columns.append(QStringLiteral("<b>%1</b>")
                               .arg((language == DisplayLanguage::Chinese ? side.summaryZh : side.summaryEn).toHtmlEscaped())
                           + citationsHtml(side.citations));
        }
        html += QStringLiteral("<table width='100%' border='1' cellspacing='0' style='border-color:#e0b0b0'><tr>");
        for (const QString &column : columns)
            html += QStringLiteral("<td width='%1%'>%2</td>").arg(100 / qMax(1, int(columns.size()))).arg(column);
        html += QStringLiteral("</tr></table>");
    }
    m_browser->setHtml(html);
    emit citationsShown(!m_citations.isEmpty());
}

QString DetailPane::returnsHtml() const
{
    QString html;
    for (const Boomerang &b : boomerangsOf(*m_detail)) {
        const QString company = displayName(b.company.nameEn, b.company.nameZh, uiLanguage()).toHtmlEscaped();
        const QString returned = b.returned.isKnown() ? dateText(b.returned) : tr("date not stated");
        const QString left = b.left.isKnown() ? dateText(b.left) : tr("date not stated");
        //: A badge under a person's names: "Returned to OpenAI, 2023 — left 2017"
        const QString line = b.reinstatement ? tr("Reinstated at %1, %2 — ousted %3").arg(company, returned, left)
                                             : tr("Returned to %1, %2 — left %3").arg(company, returned, left);
        html += QStringLiteral("<p class='returned'><span class='badge'>↩ %1</span></p>").arg(line);
    }
    return html;
}

QString DetailPane::recordLinks() const
{
    if (!m_session || m_session->isReadOnly())
        return {};
    const qint64 id = m_detail->person.id;
    QString html = QStringLiteral("<p class='records'><small><a href='person-names:%1'>%2</a> · <a href='person-merge:%1'>%3</a>"
                                  " · <a href='person-remove:%1'>%4</a>")
                       .arg(id)
                       .arg(unbroken(tr("Edit names…")), unbroken(tr("Merge with another person…")),
                            unbroken(tr("Remove person…")));
    // Each company the person's facts name once, in the order they first appear.
    QList<CompanyRecord> companies;
    const auto take = [&companies](const CompanyRecord &company) {
        if (company.id > 0
            && std::none_of(companies.cbegin(), companies.cend(), [&](const CompanyRecord &c) { return c.id == company.id; }))
            companies.append(company);
    };
    for (const RoleView &role : m_detail->roles)
        take(role.company);
    for (const MovementView &movement : m_detail->movements) {
        take(movement.company);
        if (movement.destination)
            take(*movement.destination);
    }
    QStringList links;
    for (const CompanyRecord &company : companies)
        links.append(QStringLiteral("<a href='company-names:%1'>%2</a>").arg(company.id)
                         .arg(unbroken(displayName(company.nameEn, company.nameZh, uiLanguage())).toHtmlEscaped()));
    if (!links.isEmpty())
        html += QStringLiteral("<br>%1 %2").arg(tr("Correct a company's names:"), links.join(QStringLiteral(" · ")));
    return html + QStringLiteral("</small></p>");
}

QString DetailPane::factLinks(const QString &table, qint64 id) const
{
    const QString key = QStringLiteral("%1:%2").arg(table).arg(id);
    QString links = QStringLiteral(" <small><a href='history:%1'>%2</a>")
                        .arg(key, unbroken(m_openHistories.contains(key) ? tr("Hide history") : tr("History")));
    if (m_session && !m_session->isReadOnly())
        links += QStringLiteral(" · <a href='edit:%1'>%2</a> · <a href='remove:%1'>%3</a>").arg(key, unbroken(tr("Edit…")), unbroken(tr("Remove…")));
    return links + QStringLiteral("</small>");
}

QString DetailPane::historyHtml(const QString &table, qint64 id) const
{
    if (!m_session || !m_openHistories.contains(QStringLiteral("%1:%2").arg(table).arg(id)))
        return {};
    const Answer<QList<ChangeRecord>> history = m_session->factHistory(table, id);
    if (!history)
        return QStringLiteral("<p class='note'>%1</p>").arg(history.error.toHtmlEscaped());
    if (history.value->isEmpty())
        return QStringLiteral("<p class='note'>%1</p>").arg(tr("No edits recorded: as the articles' data set gave it."));
    const auto shown = [](const QJsonValue &value) {
        if (value.isNull() || value.isUndefined())
            return tr("none");
        return value.isString() ? value.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    };
    QStringList lines;
    for (const ChangeRecord &record : *history.value) {
        const QString when = QLocale(uiIsChinese() ? QLocale::Chinese : QLocale::English)
                                 .toString(record.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
        QString what;
        if (record.entity == QLatin1String("citation")) {
            const QString words = (record.action == QLatin1String("add") ? record.after : record.before)
                                      .value(QStringLiteral("text")).toString();
            what = (record.action == QLatin1String("add") ? tr("Cited “%1”") : tr("Citation removed: “%1”"))
                       .arg(words.left(60).toHtmlEscaped());
        } else if (record.action == QLatin1String("add")) {
            what = tr("Added");
        } else if (record.action == QLatin1String("remove")) {
            what = tr("Removed");
        } else {
            QStringList changes;
            QStringList keys = record.before.keys() + record.after.keys();
            keys.removeDuplicates();
            for (const QString &key : keys) {
                if (record.before.value(key) != record.after.value(key))
                    changes.append(QStringLiteral("%1: %2 → %3")
                                       .arg(key.toHtmlEscaped(), shown(record.before.value(key)).toHtmlEscaped(),
                                            shown(record.after.value(key)).toHtmlEscaped()));
            }
            what = tr("Edited: %1").arg(changes.join(QStringLiteral("; ")));
        }
        lines.append(QStringLiteral("%1 · %2").arg(when, what));
    }
    return QStringLiteral("<p class='note'>%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

namespace {

std::optional<FactRef> factOfKey(const QString &key)
{
    const QString table = key.section(QLatin1Char(':'), 0, 0);
    const qint64 id = key.section(QLatin1Char(':'), 1, 1).toLongLong();
    if (id <= 0 || (table != QLatin1String("movement") && table != QLatin1String("role")))
        return std::nullopt;
    return FactRef{table == QLatin1String("movement") ? FactType::Movement : FactType::Role, id};
}

} // namespace

QString DetailPane::factDescription(const QString &key) const
{
    const std::optional<FactRef> fact = factOfKey(key);
    if (!m_detail || !fact)
        return {};
    QString line;
    if (fact->type == FactType::Movement) {
        for (const MovementView &movement : m_detail->movements) {
            if (movement.id == fact->id)
                line = movementLine(movement);
        }
    } else {
        for (const RoleView &role : m_detail->roles) {
            if (role.id == fact->id)
                line = roleLine(role);
        }
    }
    const PersonRecord &person = m_detail->person;
    return QStringLiteral("%1: %2").arg(displayName(person.nameEn, person.nameZh, uiLanguage()),
                                        QTextDocumentFragment::fromHtml(line).toPlainText());
}

void DetailPane::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("select-person")) {
        const qint64 id = url.path().toLongLong();
        if (id > 0)
            emit personRequested(id);
        return;
    }
    if (url.scheme() == QLatin1String("person-names") || url.scheme() == QLatin1String("person-merge")
        || url.scheme() == QLatin1String("person-remove") || url.scheme() == QLatin1String("company-names")) {
        const qint64 id = url.path().toLongLong();
        if (id <= 0)
            return;
        if (url.scheme() == QLatin1String("person-names"))
            emit editPersonNamesRequested(id);
        else if (url.scheme() == QLatin1String("person-merge"))
            emit mergePersonRequested(id);
        else if (url.scheme() == QLatin1String("person-remove"))
            emit removePersonRequested(id);
        else
            emit editCompanyNamesRequested(id);
        return;
    }
    if (url.scheme() == QLatin1String("edit") || url.scheme() == QLatin1String("remove")) {
        if (const std::optional<FactRef> fact = factOfKey(url.path())) {
            if (url.scheme() == QLatin1String("edit"))
                emit editFactRequested(*fact, factDescription(url.path()));
            else
                emit removeFactRequested(*fact, factDescription(url.path()));
        }
        return;
    }
    if (url.scheme() == QLatin1String("uncite")) {
        const int index = url.path().toInt();
        if (index >= 0 && index < m_citations.size()) {
            if (const std::optional<FactRef> fact = factOfKey(m_citationFacts.value(index)))
                emit removeCitationRequested(m_citations.at(index).id, *fact, factDescription(m_citationFacts.value(index)));
        }
        return;
    }
    if (url.scheme() == QLatin1String("history")) {
        const QString key = url.path();
        if (!m_openHistories.remove(key))
            m_openHistories.insert(key);
        const int scroll = m_browser->verticalScrollBar()->value();
        render();
        m_browser->verticalScrollBar()->setValue(scroll);
        return;
    }
    const int index = url.path().toInt();
    if (index < 0 || index >= m_citations.size())
        return;
    if (url.scheme() == QLatin1String("article")) {
        const CitationView &c = m_citations.at(index);
        emit articleRequested(c.sourceId, c.start, c.end);
    } else if (url.scheme() == QLatin1String("copy")) {
        copyCitation(index);
    }
}

QString DetailPane::citationText(int index) const
{
    if (index < 0 || index >= m_citations.size())
        return QString();
    const CitationView &c = m_citations.at(index);
    SourceRecord source;
    source.file = c.file;
    source.title = c.title;
    source.publisher = c.publisher;
    source.published = c.published;
    source.url = c.url;
    return SourceCitation::citation(c.excerpt, source, c.start, c.end, uiIsChinese());
}

void DetailPane::copyCitation(int index)
{
    const QString text = citationText(index);
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace talentflow
