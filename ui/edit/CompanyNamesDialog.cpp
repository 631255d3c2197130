#include "ui/edit/CompanyNamesDialog.h"

#include "models/DataSession.h"
#include "models/FactRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace talentflow {

CompanyNamesDialog::CompanyNamesDialog(DataSession *session, qint64 companyId, QWidget *parent)
    : QDialog(parent)
    , m_nameEn(new QLineEdit(this))
    , m_nameZh(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("companyNamesDialog"));
    setWindowTitle(tr("Edit Company Names"));
    const Answer<CompanyFields> fields = session->companyFields(companyId);
    m_loaded = bool(fields);
    m_error = fields.error;
    if (fields)
        m_original = *fields.value;
    m_nameEn->setObjectName(QStringLiteral("companyNameEn"));
    m_nameZh->setObjectName(QStringLiteral("companyNameZh"));
    for (QLineEdit *name : {m_nameEn, m_nameZh}) {
        name->setMaxLength(FactRepository::maxNameLength);
        connect(name, &QLineEdit::textChanged, this, &CompanyNamesDialog::validate);
    }
    m_nameEn->setText(m_original.nameEn);
    m_nameZh->setText(m_original.nameZh);

    auto *heading = new QLabel(tr("Every role and move at this company shows the corrected names."), this);
    heading->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Name in &English:"), m_nameEn);
    form->addRow(tr("Name in C&hinese:"), m_nameZh);
    m_problem->setObjectName(QStringLiteral("companyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #9b1c1c; }"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    validate();
}

QString CompanyNamesDialog::nameEn() const
{
    return m_nameEn->text().trimmed();
}

QString CompanyNamesDialog::nameZh() const
{
    return m_nameZh->text().trimmed();
}

QString CompanyNamesDialog::problem() const
{
    if (!m_loaded)
        return m_error;
    if (nameEn().isEmpty() && nameZh().isEmpty())
        return tr("Give the company an English or a Chinese name.");
    if (nameEn() == m_original.nameEn && nameZh() == m_original.nameZh)
        return tr("Nothing has changed yet.");
    return {};
}

void CompanyNamesDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace talentflow
