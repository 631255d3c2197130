#include "ui/edit/MergePeopleDialog.h"

#include "models/DataSession.h"
#include "ui/browse/SearchExplanation.h"
#include "ui/UiLanguage.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStringListModel>
#include <QUrl>
#include <QVBoxLayout>

namespace talentflow {

namespace {

QString namesOf(const PersonFields &person)
{
    const QString shown = displayName(person.nameEn, person.nameZh, uiLanguage());
    const QString other = otherScriptName(person.nameEn, person.nameZh, uiLanguage());
    return other.isEmpty() ? shown : QStringLiteral("%1 (%2)").arg(shown, other);
}

} // namespace

MergePeopleDialog::MergePeopleDialog(DataSession *session, qint64 personId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_personId(personId)
    , m_otherName(new QLineEdit(this))
    , m_found(new QLabel(this))
    , m_candidates(new QLabel(this))
    , m_keepThis(new QRadioButton(this))
    , m_keepOther(new QRadioButton(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("mergePeopleDialog"));
    setWindowTitle(tr("Merge People"));
    const Answer<PersonFields> person = session->personFields(personId);
    m_loaded = bool(person);
    m_error = person.error;
    if (person)
        m_person = *person.value;

    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    heading->setText(tr("Is %1 stored twice, under two names? Merge the two records: every role, move and citation "
                        "of the merged record goes to the one kept, and its names become aliases. Edit ▸ Undo takes "
                        "the merge back.")
                         .arg(namesOf(m_person)));
    QStringList names;
    if (const Answer<QList<NamedId>> named = session->personNames()) {
        for (const NamedId &entry : *named.value) {
            if (entry.id != personId)
                names.append(entry.name);
        }
    }
    names.removeDuplicates();
    auto *completer = new QCompleter(new QStringListModel(names, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_otherName->setObjectName(QStringLiteral("mergeOther"));
    m_otherName->setCompleter(completer);
    m_otherName->setPlaceholderText(tr("Any of the other record's names or aliases"));
    m_found->setObjectName(QStringLiteral("mergeFound"));
    m_found->setTextFormat(Qt::PlainText);
    m_found->setWordWrap(true);
    m_keepThis->setObjectName(QStringLiteral("mergeKeepThis"));
    m_keepOther->setObjectName(QStringLiteral("mergeKeepOther"));
    m_keepThis->setChecked(true);

    // Records that may be this person, found by their names' keys; the user picks, or not.
    m_candidates->setObjectName(QStringLiteral("mergeCandidates"));
    m_candidates->setWordWrap(true);
    m_candidates->setTextFormat(Qt::RichText);
    m_candidates->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    QStringList candidates;
    if (const Answer<QList<PersonMatch>> same = session->sameNamedPeople(personId)) {
        for (const PersonMatch &candidate : same.value->mid(0, 5)) {
            const QString name = MatchReasonText::nameOf(candidate);
            candidates.append(tr("<a href=\"%1\">%2</a> (%3)")
                                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(name)), name.toHtmlEscaped(),
                                       MatchReasonText::sameAs(candidate).toHtmlEscaped()));
        }
    }
    m_candidates->setText(candidates.isEmpty() ? QString() : tr("Possibly the same person: %1").arg(candidates.join(tr("; "))));
    m_candidates->setVisible(!candidates.isEmpty());
    connect(m_candidates, &QLabel::linkActivated, this,
            [this](const QString &link) { setOtherName(QUrl::fromPercentEncoding(link.toUtf8())); });

    auto *form = new QFormLayout;
    form->addRow(QString(), m_candidates);
    form->addRow(tr("&Same person as:"), m_otherName);
    form->addRow(QString(), m_found);
    form->addRow(tr("Keep the names of:"), m_keepThis);
    form->addRow(QString(), m_keepOther);
    m_problem->setObjectName(QStringLiteral("mergeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #9b1c1c; }"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(m_otherName, &QLineEdit::textChanged, this, &MergePeopleDialog::findOther);
    connect(m_keepThis, &QRadioButton::toggled, this, &MergePeopleDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
    findOther();
}

void MergePeopleDialog::setOtherName(const QString &name)
{
    m_otherName->setText(name);
}

void MergePeopleDialog::findOther()
{
    m_otherId = 0;
    m_other = {};
    m_otherProblem.clear();
    const QString name = m_otherName->text().trimmed();
    if (name.isEmpty()) {
        m_otherProblem = tr("Name the other record of this person.");
    } else if (const Answer<QList<qint64>> found = m_session->findPeople(name); !found) {
        m_otherProblem = found.error;
    } else {
        // Two records under one name are the usual reason to merge: this one is not the other.
        QList<qint64> ids = *found.value;
        const bool isThisPerson = ids.removeAll(m_personId) > 0;
        if (ids.isEmpty() && isThisPerson) {
            m_otherProblem = tr("“%1” is this person; name the other record.").arg(name);
        } else if (ids.isEmpty()) {
            m_otherProblem = tr("No person named “%1” is stored.").arg(name);
        } else if (ids.size() > 1) {
            m_otherProblem = tr("“%1” names %2 people; type the full name.").arg(name, QString::number(ids.size()));
        } else if (const Answer<PersonFields> other = m_session->personFields(ids.first()); !other) {
            m_otherProblem = other.error;
        } else {
            m_otherId = ids.first();
            m_other = *other.value;
        }
    }
    m_found->setText(m_otherId ? tr("Found: %1").arg(namesOf(m_other)) : QString());
    m_found->setVisible(m_otherId != 0);
    m_keepThis->setText(namesOf(m_person));
    m_keepOther->setText(m_otherId ? namesOf(m_other) : tr("the other record"));
    m_keepOther->setEnabled(m_otherId != 0);
    validate();
}

qint64 MergePeopleDialog::keptId() const
{
    return m_keepThis->isChecked() ? m_personId : m_otherId;
}

int MergePeopleDialog::keptVersion() const
{
    return m_keepThis->isChecked() ? m_person.version : m_other.version;
}

qint64 MergePeopleDialog::mergedId() const
{
    return m_keepThis->isChecked() ? m_otherId : m_personId;
}

int MergePeopleDialog::mergedVersion() const
{
    return m_keepThis->isChecked() ? m_other.version : m_person.version;
}

std::function<QString()> MergePeopleDialog::describer() const
{
    const PersonFields kept = m_keepThis->isChecked() ? m_person : m_other;
    const PersonFields merged = m_keepThis->isChecked() ? m_other : m_person;
    return [kept, merged] {
        //: A merge in the undo history: "Barret Zoph into 巴雷特·佐夫"
        return tr("%1 into %2")
            .arg(displayName(merged.nameEn, merged.nameZh, uiLanguage()), displayName(kept.nameEn, kept.nameZh, uiLanguage()));
    };
}

QString MergePeopleDialog::problem() const
{
    if (!m_loaded)
        return m_error;
    return m_otherProblem;
}

void MergePeopleDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace talentflow
