#include "ui/edit/CiteNameDialog.h"

#include "models/DataSession.h"
#include "models/FactRepository.h"
#include "ui/UiLanguage.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace talentflow {

CiteNameDialog::CiteNameDialog(DataSession *session, const QString &words, const QString &context, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_words(words)
    , m_person(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("citeNameDialog"));
    setWindowTitle(tr("Cite as Name of a Person"));
    auto *quote = new QLabel(this);
    quote->setObjectName(QStringLiteral("citeNameWords"));
    quote->setTextFormat(Qt::PlainText);
    quote->setWordWrap(true);
    quote->setText(tr("“%1” is how this article writes the name of:").arg(words));
    auto *note = new QLabel(tr("The words become the person's alias, and search finds the person by them."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));

    QStringList names;
    if (const Answer<QList<NamedId>> named = session->personNames()) {
        for (const NamedId &entry : *named.value)
            names.append(entry.name);
    }
    names.removeDuplicates();
    auto *completer = new QCompleter(new QStringListModel(names, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_person->setObjectName(QStringLiteral("citeNamePerson"));
    m_person->setCompleter(completer);
    m_person->setPlaceholderText(tr("A name the person is stored under"));
    // The sentence's one person is the likely owner of the name; the user still confirms.
    if (const Answer<QList<NamedId>> named = session->peopleNamedIn(context); named && named.value->size() == 1)
        m_person->setText(named.value->first().name);

    auto *form = new QFormLayout;
    form->addRow(tr("&Person:"), m_person);
    m_problem->setObjectName(QStringLiteral("citeNameProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #9b1c1c; }"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quote);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_person, &QLineEdit::textChanged, this, &CiteNameDialog::findPerson);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
    findPerson();
}

void CiteNameDialog::setPersonName(const QString &name)
{
    m_person->setText(name);
}

QString CiteNameDialog::personName() const
{
    return m_person->text().trimmed();
}

void CiteNameDialog::findPerson()
{
    m_personId = 0;
    m_personProblem.clear();
    // Words that already name someone need no alias; say whose name they are.
    const Answer<QList<qint64>> owners = m_session->findPeople(m_words);
    if (m_words.contains(QLatin1Char('\n')) || m_words.contains(QChar::ParagraphSeparator)) {
        m_personProblem = tr("A name is on one line; select the words of the name only.");
    } else if (m_words.size() > FactRepository::maxNameLength) {
        m_personProblem = tr("A name is at most %1 characters; select the words of the name only.")
                              .arg(FactRepository::maxNameLength);
    } else if (owners && owners.value->size() == 1) {
        const Answer<PersonFields> owner = m_session->personFields(owners.value->first());
        m_personProblem = tr("“%1” is already a name of %2.")
                              .arg(m_words, owner ? displayName(owner.value->nameEn, owner.value->nameZh, uiLanguage())
                                                  : QString::number(owners.value->first()));
    } else if (owners && owners.value->size() > 1) {
        m_personProblem = tr("“%1” is already a name of %2 people.").arg(m_words, QString::number(owners.value->size()));
    } else if (personName().isEmpty()) {
        m_personProblem = tr("Name the person these words refer to.");
    } else if (const Answer<QList<qint64>> ids = m_session->findPeople(personName()); !ids) {
        m_personProblem = ids.error;
    } else if (ids.value->isEmpty()) {
        m_personProblem = tr("No person named “%1” is stored.").arg(personName());
    } else if (ids.value->size() > 1) {
        m_personProblem = tr("“%1” names %2 people; type the full name.").arg(personName(), QString::number(ids.value->size()));
    } else {
        m_personId = ids.value->first();
    }
    validate();
}

QString CiteNameDialog::problem() const
{
    return m_personProblem;
}

void CiteNameDialog::validate()
{
    m_problem->setText(m_personProblem);
    m_problem->setVisible(!m_personProblem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_personProblem.isEmpty());
}

} // namespace talentflow
