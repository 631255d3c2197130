#include "ui/edit/FactDialog.h"

#include "models/DataSession.h"
#include "ui/MovementKindNames.h"
#include "ui/UiLanguage.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace talentflow {

FactDialog::FactDialog(DataSession *session, const FactRef &fact, const QString &description, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_fact(fact)
    , m_form(new QFormLayout)
    , m_company(new QLineEdit(this))
    , m_date(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("factDialog"));
    setWindowTitle(fact.type == FactType::Movement ? tr("Edit Move") : tr("Edit Role"));
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    heading->setText(description);
    QStringList companies;
    if (const Answer<QList<NamedId>> names = session->companyNames()) {
        for (const NamedId &named : *names.value)
            companies.append(named.name);
    }
    companies.removeDuplicates();
    const auto completer = [this, &companies] {
        auto *completer = new QCompleter(new QStringListModel(companies, this), this);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        return completer;
    };
    m_company->setObjectName(QStringLiteral("factCompany"));
    m_company->setCompleter(completer());
    m_date->setObjectName(QStringLiteral("factDate"));
    m_date->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));

    if (fact.type == FactType::Movement) {
        const Answer<MovementFields> fields = session->movementFields(fact.id);
        m_loaded = bool(fields);
        m_error = fields.error;
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("factKind"));
        for (const MovementKindEntry &entry : movementKindTable())
            m_kind->addItem(movementKindLabel(entry.kind), QString::fromLatin1(entry.key));
        m_destination = new QLineEdit(this);
        m_destination->setObjectName(QStringLiteral("factDestination"));
        m_destination->setPlaceholderText(tr("not stated"));
        m_destination->setCompleter(completer());
        if (fields) {
            m_kind->setCurrentIndex(m_kind->findData(movementKindKey(fields.value->kind)));
            m_company->setText(companyName(fields.value->companyId));
            m_destination->setText(companyName(fields.value->toCompanyId));
            m_date->setText(fields.value->date.isKnown() ? fields.value->date.toIso() : QString());
        }
        m_form->addRow(tr("&Kind:"), m_kind);
        m_form->addRow(tr("&Company:"), m_company);
        m_form->addRow(tr("&To:"), m_destination);
        m_form->addRow(tr("&Date:"), m_date);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &FactDialog::validate);
        connect(m_destination, &QLineEdit::textChanged, this, &FactDialog::validate);
    } else {
        const Answer<RoleFields> fields = session->roleFields(fact.id);
        m_loaded = bool(fields);
        m_error = fields.error;
        m_titleEn = new QLineEdit(this);
        m_titleEn->setObjectName(QStringLiteral("factTitleEn"));
        m_titleZh = new QLineEdit(this);
        m_titleZh->setObjectName(QStringLiteral("factTitleZh"));
        m_end = new QLineEdit(this);
        m_end->setObjectName(QStringLiteral("factEnd"));
        m_end->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
        for (QLineEdit *title : {m_titleEn, m_titleZh})
            title->setMaxLength(FactRepository::maxTitleLength);
        if (fields) {
            m_titleEn->setText(fields.value->titleEn);
            m_titleZh->setText(fields.value->titleZh);
            m_company->setText(companyName(fields.value->companyId));
            m_date->setText(fields.value->start.isKnown() ? fields.value->start.toIso() : QString());
            m_end->setText(fields.value->end.isKnown() ? fields.value->end.toIso() : QString());
        }
        m_form->addRow(tr("Title in &English:"), m_titleEn);
        m_form->addRow(tr("Title in C&hinese:"), m_titleZh);
        m_form->addRow(tr("&Company:"), m_company);
        m_form->addRow(tr("&Start:"), m_date);
        m_form->addRow(tr("&End:"), m_end);
        for (QLineEdit *field : {m_titleEn, m_titleZh, m_end})
            connect(field, &QLineEdit::textChanged, this, &FactDialog::validate);
    }
    connect(m_company, &QLineEdit::textChanged, this, &FactDialog::validate);
    connect(m_date, &QLineEdit::textChanged, this, &FactDialog::validate);
    m_problem->setObjectName(QStringLiteral("factProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #9b1c1c; }"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
    validate();
}

QString FactDialog::companyName(qint64 id) const
{
    if (id <= 0)
        return {};
    const Answer<CompanyRecord> company = m_session->company(id);
    return company ? displayName(company.value->nameEn, company.value->nameZh, uiLanguage()) : QString();
}

qint64 FactDialog::companyId(QLineEdit *field) const
{
    const Answer<QList<qint64>> ids = m_session->findCompanies(field->text());
    return ids && ids.value->size() == 1 ? ids.value->first() : 0;
}

MovementFields FactDialog::movement() const
{
    MovementFields fields;
    if (m_kind)
        fields.kind = movementKindFromKey(m_kind->currentData().toString()).value_or(MovementKind::Left);
    fields.companyId = companyId(m_company);
    if (m_destination && !m_destination->text().trimmed().isEmpty())
        fields.toCompanyId = companyId(m_destination);
    fields.date = PartialDate::fromIso(m_date->text().trimmed()).value_or(PartialDate());
    return fields;
}

RoleFields FactDialog::role() const
{
    RoleFields fields;
    fields.companyId = companyId(m_company);
    fields.titleEn = m_titleEn ? m_titleEn->text().trimmed() : QString();
    fields.titleZh = m_titleZh ? m_titleZh->text().trimmed() : QString();
    fields.start = PartialDate::fromIso(m_date->text().trimmed()).value_or(PartialDate());
    fields.end = m_end ? PartialDate::fromIso(m_end->text().trimmed()).value_or(PartialDate()) : PartialDate();
    return fields;
}

QString FactDialog::problem() const
{
    if (!m_loaded)
        return m_error;
    const auto companyProblem = [this](QLineEdit *field) -> QString {
        const QString name = field->text().trimmed();
        if (name.isEmpty())
            return tr("Name the company.");
        const Answer<QList<qint64>> ids = m_session->findCompanies(name);
        if (ids && ids.value->isEmpty())
            return tr("No company named “%1” is stored.").arg(name);
        if (ids && ids.value->size() > 1)
            return tr("“%1” names %2 records; type the full name.").arg(name).arg(ids.value->size());
        return {};
    };
    QString why = companyProblem(m_company);
    if (why.isEmpty() && m_destination && !m_destination->text().trimmed().isEmpty())
        why = companyProblem(m_destination);
    if (!why.isEmpty())
        return why;
    for (QLineEdit *field : {m_date, m_end}) {
        if (field && !field->text().trimmed().isEmpty() && !PartialDate::fromIso(field->text().trimmed()))
            return tr("“%1” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.").arg(field->text().trimmed());
    }
    if (m_fact.type == FactType::Role) {
        const RoleFields fields = role();
        if (fields.titleEn.isEmpty() && fields.titleZh.isEmpty())
            return tr("Give the role's title.");
        if (fields.start.isKnown() && fields.end.isKnown() && fields.end.lastDay() < fields.start.firstDay())
            return tr("The role ends before it starts.");
    }
    return {};
}

void FactDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace talentflow
