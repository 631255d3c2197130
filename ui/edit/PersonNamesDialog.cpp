#include "ui/edit/PersonNamesDialog.h"

#include "models/DataSession.h"
#include "models/FactRepository.h"
#include "ui/UiLanguage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace talentflow {

PersonNamesDialog::PersonNamesDialog(DataSession *session, qint64 personId, const QString &newAlias, QWidget *parent)
    : QDialog(parent)
    , m_nameEn(new QLineEdit(this))
    , m_nameZh(new QLineEdit(this))
    , m_aliases(new QListWidget(this))
    , m_newAlias(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("personNamesDialog"));
    const Answer<PersonFields> fields = session->personFields(personId);
    m_loaded = bool(fields);
    m_error = fields.error;
    if (fields)
        m_original = *fields.value;
    setWindowTitle(tr("Edit Names: %1").arg(displayName(m_original.nameEn, m_original.nameZh, uiLanguage())));

    m_nameEn->setObjectName(QStringLiteral("personNameEn"));
    m_nameZh->setObjectName(QStringLiteral("personNameZh"));
    m_newAlias->setObjectName(QStringLiteral("personNewAlias"));
    m_newAlias->setPlaceholderText(tr("Another way an article writes the name"));
    m_aliases->setObjectName(QStringLiteral("personAliases"));
    m_aliases->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_add->setObjectName(QStringLiteral("addAlias"));
    m_remove->setObjectName(QStringLiteral("removeAlias"));
    for (QLineEdit *name : {m_nameEn, m_nameZh, m_newAlias})
        name->setMaxLength(FactRepository::maxNameLength);
    m_nameEn->setText(m_original.nameEn);
    m_nameZh->setText(m_original.nameZh);
    m_aliases->addItems(m_original.aliases);

    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    heading->setText(tr("Search finds a person by any of these names. An alias is how an article writes the name, "
                        "in either script."));
    auto *form = new QFormLayout;
    form->addRow(tr("Name in &English:"), m_nameEn);
    form->addRow(tr("Name in C&hinese:"), m_nameZh);
    auto *aliasRow = new QHBoxLayout;
    aliasRow->addWidget(m_newAlias, 1);
    aliasRow->addWidget(m_add);
    aliasRow->addWidget(m_remove);
    auto *aliasLabel = new QLabel(tr("A&liases:"), this);
    aliasLabel->setBuddy(m_aliases);
    m_problem->setObjectName(QStringLiteral("personProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #9b1c1c; }"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(aliasLabel);
    layout->addWidget(m_aliases, 1);
    layout->addLayout(aliasRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_add, &QPushButton::clicked, this, &PersonNamesDialog::addAlias);
    connect(m_remove, &QPushButton::clicked, this, &PersonNamesDialog::removeSelectedAliases);
    connect(m_aliases, &QListWidget::itemSelectionChanged, this, &PersonNamesDialog::validate);
    for (QLineEdit *field : {m_nameEn, m_nameZh, m_newAlias})
        connect(field, &QLineEdit::textChanged, this, &PersonNamesDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
    if (!newAlias.trimmed().isEmpty()) {
        m_newAlias->setText(newAlias.trimmed());
        addAlias();
    }
    validate();
}

QStringList PersonNamesDialog::aliases() const
{
    QStringList texts;
    for (int row = 0; row < m_aliases->count(); ++row)
        texts.append(m_aliases->item(row)->text());
    return texts;
}

void PersonNamesDialog::addAlias()
{
    const QString alias = m_newAlias->text().trimmed();
    if (alias.isEmpty() || aliases().contains(alias))
        return;
    auto *item = new QListWidgetItem(alias, m_aliases);
    QFont added = item->font(); // what OK will add stands out from what is stored
    added.setBold(true);
    item->setFont(added);
    m_newAlias->clear();
    validate();
}

void PersonNamesDialog::removeSelectedAliases()
{
    qDeleteAll(m_aliases->selectedItems());
    validate();
}

PersonChange PersonNamesDialog::change() const
{
    PersonChange change;
    change.nameEn = m_nameEn->text().trimmed();
    change.nameZh = m_nameZh->text().trimmed();
    const QStringList now = aliases();
    for (const QString &alias : now) {
        if (!m_original.aliases.contains(alias))
            change.addedAliases.append(alias);
    }
    for (const QString &alias : m_original.aliases) {
        if (!now.contains(alias))
            change.removedAliases.append(alias);
    }
    return change;
}

QString PersonNamesDialog::problem() const
{
    if (!m_loaded)
        return m_error;
    const PersonChange now = change();
    if (now.nameEn.isEmpty() && now.nameZh.isEmpty())
        return tr("Give the person an English or a Chinese name.");
    if (!m_newAlias->text().trimmed().isEmpty() && !aliases().contains(m_newAlias->text().trimmed()))
        return tr("Add “%1” to the aliases or clear the field.").arg(m_newAlias->text().trimmed());
    if (now.nameEn == m_original.nameEn && now.nameZh == m_original.nameZh && now.addedAliases.isEmpty()
        && now.removedAliases.isEmpty())
        return tr("Nothing has changed yet.");
    return PersonEditor::problemWith(now);
}

void PersonNamesDialog::validate()
{
    m_add->setEnabled(!m_newAlias->text().trimmed().isEmpty() && !aliases().contains(m_newAlias->text().trimmed()));
    m_remove->setEnabled(!m_aliases->selectedItems().isEmpty());
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    // While an alias is being typed, Return adds it; otherwise it accepts the form.
    const QString typed = m_newAlias->text().trimmed();
    const bool typing = !typed.isEmpty() && !aliases().contains(typed);
    m_add->setDefault(typing);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(!typing);
}

} // namespace talentflow
