#include "ui/edit/CiteDialog.h"

#include "models/DataSession.h"
#include "models/EvidenceReading.h"
#include "ui/MovementKindNames.h"
#include "ui/UiLanguage.h"
#include "ui/browse/SearchExplanation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QUrl>
#include <QVBoxLayout>

namespace talentflow {

namespace {

QString shownDate(const PartialDate &date)
{
    return date.isKnown() ? date.toDisplayString(uiIsChinese()) : CiteDialog::tr("date not stated");
}

QString companyName(const CompanyRecord &company)
{
    return displayName(company.nameEn, company.nameZh, uiLanguage());
}

QCompleter *namesCompleter(const Answer<QList<NamedId>> &names, QObject *parent)
{
    QStringList list;
    if (names) {
        for (const NamedId &named : *names.value)
            list.append(named.name);
    }
    list.removeDuplicates();
    auto *completer = new QCompleter(new QStringListModel(list, parent), parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    return completer;
}

} // namespace

CiteDialog::CiteDialog(CiteAs as, DataSession *session, const SourceRecord &article, const QuoteSpan &quote, QWidget *parent)
    : QDialog(parent)
    , m_as(as)
    , m_session(session)
    , m_article(article)
    , m_quote(quote)
    , m_words(article.body.mid(quote.start, quote.end - quote.start))
    , m_form(new QFormLayout)
    , m_quoteLabel(new QLabel(this))
    , m_person(new QLineEdit(this))
    , m_newPerson(newBox(QStringLiteral("citeNewPerson")))
    , m_samePerson(new QLabel(this))
    , m_note(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("citeDialog"));
    switch (as) {
    case CiteAs::Movement:
        setWindowTitle(tr("Cite as Movement"));
        break;
    case CiteAs::Role:
        setWindowTitle(tr("Cite as Role"));
        break;
    case CiteAs::Evidence:
        setWindowTitle(tr("Cite as Evidence for a Fact"));
        break;
    case CiteAs::Name: // CiteNameDialog's
        break;
    }
    m_quoteLabel->setObjectName(QStringLiteral("citeQuote"));
    m_quoteLabel->setWordWrap(true);
    m_quoteLabel->setTextFormat(Qt::PlainText);
    m_quoteLabel->setText(QStringLiteral("“%1”").arg(m_words.left(600)));
    m_quoteLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff4cc; color: black; padding: 6px; }"));
    m_person->setObjectName(QStringLiteral("citePerson"));
    m_person->setMaxLength(FactRepository::maxNameLength);
    m_person->setCompleter(namesCompleter(session->personNames(), this));
    m_form->addRow(tr("&Person:"), m_person);
    m_form->addRow(QString(), m_newPerson);
    m_samePerson->setObjectName(QStringLiteral("citeSamePerson"));
    m_samePerson->setWordWrap(true);
    m_samePerson->setTextFormat(Qt::RichText);
    m_samePerson->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_samePerson->hide();
    // Choosing a stored person is the user's decision, never made for them.
    connect(m_samePerson, &QLabel::linkActivated, this,
            [this](const QString &link) { m_person->setText(QUrl::fromPercentEncoding(link.toUtf8())); });
    m_form->addRow(QString(), m_samePerson);

    if (as == CiteAs::Evidence) {
        m_fact = new QComboBox(this);
        m_fact->setObjectName(QStringLiteral("citeFact"));
        m_fact->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_date = dateField(QStringLiteral("citeDate"));
        m_roleDate = new QComboBox(this);
        m_roleDate->setObjectName(QStringLiteral("citeRoleDate"));
        m_roleDate->addItem(tr("its start"), int(FactField::Start));
        m_roleDate->addItem(tr("its end"), int(FactField::End));
        m_form->addRow(tr("&Fact:"), m_fact);
        m_form->addRow(tr("Date the words &state:"), m_date);
        m_form->addRow(tr("The role's date is:"), m_roleDate);
        connect(m_fact, &QComboBox::currentIndexChanged, this, &CiteDialog::validate);
        connect(m_roleDate, &QComboBox::currentIndexChanged, this, &CiteDialog::validate);
    } else {
        m_company = new QLineEdit(this);
        m_company->setObjectName(QStringLiteral("citeCompany"));
        m_company->setMaxLength(FactRepository::maxNameLength);
        m_company->setCompleter(namesCompleter(session->companyNames(), this));
        m_newCompany = newBox(QStringLiteral("citeNewCompany"));
        if (as == CiteAs::Movement) {
            m_kind = new QComboBox(this);
            m_kind->setObjectName(QStringLiteral("citeKind"));
            for (const MovementKindEntry &entry : movementKindTable())
                m_kind->addItem(movementKindLabel(entry.kind), QString::fromLatin1(entry.key));
            m_destination = new QLineEdit(this);
            m_destination->setObjectName(QStringLiteral("citeDestination"));
            m_destination->setMaxLength(FactRepository::maxNameLength);
            m_destination->setPlaceholderText(tr("not stated"));
            m_destination->setCompleter(namesCompleter(session->companyNames(), this));
            m_newDestination = newBox(QStringLiteral("citeNewDestination"));
            m_date = dateField(QStringLiteral("citeDate"));
            m_form->addRow(tr("&Kind:"), m_kind);
            m_form->addRow(tr("&Company:"), m_company);
            m_form->addRow(QString(), m_newCompany);
            m_form->addRow(tr("&To:"), m_destination);
            m_form->addRow(QString(), m_newDestination);
            m_form->addRow(tr("&Date:"), m_date);
            connect(m_kind, &QComboBox::currentIndexChanged, this, &CiteDialog::validate);
            connect(m_destination, &QLineEdit::textChanged, this, &CiteDialog::validate);
        } else {
            m_title = new QLineEdit(this);
            m_title->setObjectName(QStringLiteral("citeTitle"));
            m_title->setMaxLength(FactRepository::maxTitleLength);
            m_date = dateField(QStringLiteral("citeStart"));
            m_end = dateField(QStringLiteral("citeEnd"));
            m_form->addRow(tr("&Company:"), m_company);
            m_form->addRow(QString(), m_newCompany);
            m_form->addRow(tr("&Title:"), m_title);
            m_form->addRow(tr("&Start:"), m_date);
            m_form->addRow(tr("&End:"), m_end);
            connect(m_title, &QLineEdit::textChanged, this, &CiteDialog::validate);
        }
        connect(m_company, &QLineEdit::textChanged, this, &CiteDialog::validate);
    }
    m_note->setObjectName(QStringLiteral("citeNote"));
    m_note->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("citeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #9b1c1c; }"));

    auto *source = new QLabel(this);
    source->setWordWrap(true);
    source->setTextFormat(Qt::PlainText);
    source->setText(tr("From “%1”, characters %2–%3").arg(article.title.left(120)).arg(quote.start).arg(quote.end));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_quoteLabel);
    layout->addWidget(source);
    layout->addLayout(m_form);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_person, &QLineEdit::textChanged, this, &CiteDialog::personChanged);
    connect(m_date, &QLineEdit::textChanged, this, &CiteDialog::validate);
    if (m_end)
        connect(m_end, &QLineEdit::textChanged, this, &CiteDialog::validate);
    setMinimumWidth(520);
    prefill();
    personChanged();
}

QLineEdit *CiteDialog::dateField(const QString &objectName)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(objectName);
    field->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    return field;
}

QCheckBox *CiteDialog::newBox(const QString &objectName)
{
    auto *box = new QCheckBox(this);
    box->setObjectName(objectName);
    box->hide();
    connect(box, &QCheckBox::toggled, this, &CiteDialog::validate);
    return box;
}

void CiteDialog::prefill()
{
    // Only what the words say; the person checks every field before OK.
    const Answer<QList<NamedId>> people = m_session->peopleNamedIn(m_words);
    if (people && !people.value->isEmpty())
        m_person->setText(people.value->first().name);
    const std::optional<MovementKind> kind = readMovementKind(m_words);
    if (m_kind && kind)
        m_kind->setCurrentIndex(m_kind->findData(movementKindKey(*kind)));
    if (m_company) {
        const Answer<QList<NamedId>> companies = m_session->companiesNamedIn(m_words);
        if (companies && !companies.value->isEmpty()) {
            m_company->setText(companies.value->first().name);
            // "left OpenAI for Anthropic": the second company named is where the person went.
            if (m_destination && companies.value->size() > 1 && kind
                && movementKindEntry(*kind).direction == MovementDirection::Departure)
                m_destination->setText(companies.value->at(1).name);
        }
    }
    if (const std::optional<PartialDate> stated = readStatedDate(m_words, m_article.published))
        m_date->setText(stated->toIso());
}

CiteDialog::Lookup CiteDialog::lookUp(const QString &name, bool person) const
{
    Lookup lookup;
    lookup.name = name.trimmed();
    if (lookup.name.isEmpty())
        return lookup;
    const Answer<QList<qint64>> ids = person ? m_session->findPeople(lookup.name) : m_session->findCompanies(lookup.name);
    if (ids)
        lookup.ids = *ids.value;
    return lookup;
}

NamedRecord CiteDialog::named(QLineEdit *field, QCheckBox *isNew, bool person) const
{
    const Lookup lookup = lookUp(field->text(), person);
    if (lookup.ids.size() == 1)
        return NamedRecord{lookup.ids.first(), QString()};
    return NamedRecord{0, isNew && isNew->isChecked() ? lookup.name : QString()};
}

std::optional<PartialDate> CiteDialog::date(QLineEdit *field) const
{
    if (!field || field->text().trimmed().isEmpty())
        return PartialDate();
    return PartialDate::fromIso(field->text().trimmed());
}

void CiteDialog::personChanged()
{
    if (m_fact) {
        const Lookup lookup = lookUp(m_person->text(), true);
        const qint64 personId = lookup.ids.size() == 1 ? lookup.ids.first() : 0;
        if (personId != m_factsOf) {
            m_factsOf = personId;
            m_fact->clear();
            m_facts.clear();
            m_factDates.clear();
            if (personId > 0) {
                m_session->person(personId, this, [this, personId](const Answer<PersonDetail> &detail) {
                    if (detail && personId == m_factsOf)
                        listFacts(*detail.value);
                });
            }
        }
    }
    validate();
}

void CiteDialog::listFacts(const PersonDetail &detail)
{
    const std::optional<MovementKind> kind = readMovementKind(m_words);
    const Answer<QList<NamedId>> companies = m_session->companiesNamedIn(m_words);
    int best = -1;
    int bestScore = -1;
    for (const MovementView &movement : detail.movements) {
        m_fact->addItem(QStringLiteral("%1 · %2 · %3")
                            .arg(movementKindLabel(movement.kind), companyName(movement.company), shownDate(movement.date)),
                        movement.id);
        m_facts.append({FactType::Movement, movement.id});
        m_factDates.append({movement.date, PartialDate()});
        // The move the words name best: its kind, then its company, then one still undated.
        int score = 0;
        if (kind && movementKindKey(*kind) == movement.kind)
            score += 4;
        if (companies && std::any_of(companies.value->cbegin(), companies.value->cend(),
                                     [&](const NamedId &c) { return c.id == movement.company.id; }))
            score += 2;
        if (!movement.date.isKnown())
            score += 1;
        if (score > bestScore) {
            bestScore = score;
            best = m_fact->count() - 1;
        }
    }
    for (const RoleView &role : detail.roles) {
        const QString title = displayName(role.titleEn, role.titleZh, uiLanguage());
        m_fact->addItem(tr("Role: %1 · %2 · %3 – %4")
                            .arg(title, companyName(role.company), shownDate(role.start), shownDate(role.end)),
                        role.id);
        m_facts.append({FactType::Role, role.id});
        m_factDates.append({role.start, role.end});
    }
    if (best >= 0)
        m_fact->setCurrentIndex(best);
    validate();
}

NewMovement CiteDialog::movement() const
{
    NewMovement movement;
    movement.person = named(m_person, m_newPerson, true);
    movement.kind = m_kind ? movementKindFromKey(m_kind->currentData().toString()).value_or(MovementKind::Left) : MovementKind::Left;
    if (m_company)
        movement.company = named(m_company, m_newCompany, false);
    if (m_destination && !m_destination->text().trimmed().isEmpty())
        movement.destination = named(m_destination, m_newDestination, false);
    movement.date = date(m_date).value_or(PartialDate());
    movement.quote = m_quote;
    return movement;
}

NewRole CiteDialog::role() const
{
    NewRole role;
    role.person = named(m_person, m_newPerson, true);
    if (m_company)
        role.company = named(m_company, m_newCompany, false);
    role.title = m_title ? m_title->text().trimmed() : QString();
    role.start = date(m_date).value_or(PartialDate());
    role.end = date(m_end).value_or(PartialDate());
    role.quote = m_quote;
    return role;
}

NewCitation CiteDialog::citation() const
{
    NewCitation citation;
    citation.quote = m_quote;
    const int index = m_fact ? m_fact->currentIndex() : -1;
    if (index >= 0 && index < m_facts.size())
        citation.fact = m_facts.at(index);
    citation.statedDate = date(m_date).value_or(PartialDate());
    citation.field = citation.fact.type == FactType::Movement ? FactField::Date
                                                              : FactField(m_roleDate->currentData().toInt());
    const Answer<int> version = m_session->factVersion(citation.fact);
    citation.factVersion = version ? *version.value : -1;
    return citation;
}

QString CiteDialog::description() const
{
    if (m_as == CiteAs::Evidence)
        return QStringLiteral("%1: %2").arg(m_person->text().trimmed(), m_fact ? m_fact->currentText() : QString());
    if (m_as == CiteAs::Movement)
        return QStringLiteral("%1: %2, %3").arg(m_person->text().trimmed(), m_kind->currentText(), m_company->text().trimmed());
    return QStringLiteral("%1: %2, %3").arg(m_person->text().trimmed(), m_title->text().trimmed(), m_company->text().trimmed());
}

QString CiteDialog::personName() const
{
    return m_person->text().trimmed();
}

QString CiteDialog::problem() const
{
    const auto nameProblem = [this](QLineEdit *field, QCheckBox *isNew, bool person, bool canAdd) -> QString {
        const Lookup lookup = lookUp(field->text(), person);
        if (lookup.name.isEmpty())
            return person ? tr("Name the person.") : tr("Name the company.");
        if (lookup.ids.size() > 1)
            return tr("“%1” names %2 records; type the full name.").arg(lookup.name).arg(lookup.ids.size());
        if (lookup.ids.isEmpty() && (!canAdd || !isNew->isChecked())) {
            if (!canAdd)
                return tr("No one named “%1” is stored.").arg(lookup.name);
            return person ? tr("No one named “%1” is stored; tick the box to add them.").arg(lookup.name)
                          : tr("No company named “%1” is stored; tick the box to add it.").arg(lookup.name);
        }
        return {};
    };
    QString why = nameProblem(m_person, m_newPerson, true, m_as != CiteAs::Evidence);
    if (!why.isEmpty())
        return why;
    const std::optional<PartialDate> first = date(m_date);
    if (!first)
        return tr("“%1” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.").arg(m_date->text().trimmed());
    if (m_as == CiteAs::Evidence) {
        if (m_fact->currentIndex() < 0)
            return tr("Choose the fact these words are evidence for.");
        return {};
    }
    why = nameProblem(m_company, m_newCompany, false, true);
    if (!why.isEmpty())
        return why;
    if (m_destination && !m_destination->text().trimmed().isEmpty()) {
        why = nameProblem(m_destination, m_newDestination, false, true);
        if (!why.isEmpty())
            return why;
    }
    if (m_as == CiteAs::Role) {
        if (m_title->text().trimmed().isEmpty())
            return tr("Give the role's title.");
        const std::optional<PartialDate> end = date(m_end);
        if (!end)
            return tr("“%1” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.").arg(m_end->text().trimmed());
        if (first->isKnown() && end->isKnown() && end->lastDay() < first->firstDay())
            return tr("The role ends before it starts.");
    }
    return {};
}

void CiteDialog::offerStoredPeople()
{
    // A name that is not stored may be a stored person written another way (pinyin, traditional
    // characters, another transliteration, a typo): say who, and why, before a second record is made.
    // Asked again only when the person's name changes, never for a keystroke in another field.
    if (m_person->text() == m_offeredFor)
        return;
    m_offeredFor = m_person->text();
    const Lookup lookup = lookUp(m_person->text(), true);
    QStringList offers;
    if (!lookup.name.isEmpty() && lookup.ids.isEmpty()) {
        const Answer<SearchOutcome> found = m_session->storedAs(lookup.name);
        if (found) {
            QList<PersonMatch> candidates;
            for (const PersonMatch &match : found.value->matches) {
                if (match.reason != MatchReason::Excerpt && match.reason != MatchReason::Title)
                    candidates.append(match);
            }
            candidates += found.value->suggestions;
            for (const PersonMatch &candidate : candidates.mid(0, 2)) {
                const QString name = MatchReasonText::nameOf(candidate);
                offers.append(tr("<a href=\"%1\">%2</a> (%3)")
                                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(name)), name.toHtmlEscaped(),
                                       MatchReasonText::of(candidate).toHtmlEscaped()));
            }
        }
    }
    // One line, as the form has room for: the rest of the explanation is the tooltip's.
    m_samePerson->setText(offers.isEmpty() ? QString() : tr("Already stored? %1").arg(offers.join(tr(", "))));
    m_samePerson->setToolTip(tr("A stored person whose name this may be. Click the name to cite that person instead "
                                "of adding a new one."));
    m_samePerson->setVisible(!offers.isEmpty());
}

void CiteDialog::validate()
{
    // A name that is not stored offers to add it; one that is hides the offer.
    const auto offer = [this](QLineEdit *field, QCheckBox *isNew, bool person) {
        if (!field || !isNew)
            return;
        const Lookup lookup = lookUp(field->text(), person);
        const bool unknown = !lookup.name.isEmpty() && lookup.ids.isEmpty();
        isNew->setText(person ? tr("Add “%1” as a new person").arg(lookup.name)
                              : tr("Add “%1” as a new company").arg(lookup.name));
        isNew->setVisible(unknown);
        if (!unknown)
            isNew->setChecked(false);
    };
    if (m_as != CiteAs::Evidence) {
        offer(m_person, m_newPerson, true);
        offerStoredPeople();
        offer(m_company, m_newCompany, false);
        offer(m_destination, m_newDestination, false);
    }
    QString note;
    if (m_as == CiteAs::Evidence) {
        const int index = m_fact->currentIndex();
        const bool role = index >= 0 && index < m_facts.size() && m_facts.at(index).type == FactType::Role;
        m_form->setRowVisible(m_roleDate, role);
        const std::optional<PartialDate> stated = date(m_date);
        if (index >= 0 && index < m_facts.size() && stated && stated->isKnown()) {
            const bool end = role && FactField(m_roleDate->currentData().toInt()) == FactField::End;
            const PartialDate current = end ? m_factDates.at(index).second : m_factDates.at(index).first;
            if (!current.isKnown())
                note = tr("The fact has no date: it takes %1 from these words.").arg(shownDate(*stated));
            else if (current != *stated)
                note = tr("The fact is dated %1 and these words say %2: both dates are kept, as a disagreement.")
                           .arg(shownDate(current), shownDate(*stated));
        }
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace talentflow
