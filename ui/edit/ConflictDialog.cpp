#include "ui/edit/ConflictDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace talentflow {

namespace {

// A value as the dialog shows it: an empty one is said to be empty, not left blank.
QString shown(const QString &value)
{
    return value.isEmpty() ? ConflictDialog::tr("(not stated)") : value;
}

} // namespace

ConflictDialog::ConflictDialog(const QString &record, const QList<ConflictField> &fields, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Saved elsewhere meanwhile"));
    setObjectName(QStringLiteral("conflictDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(tr("“%1” was saved elsewhere (in another window, or by another editor) while you were "
                                      "editing it. Choose what to keep; nothing is overwritten until you do.")
                                       .arg(record),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    auto *yours = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Yours")), this);
    auto *theirs = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Saved elsewhere")), this);
    grid->addWidget(yours, 0, 1);
    grid->addWidget(theirs, 0, 2);
    for (int row = 0; row < fields.size(); ++row) {
        const ConflictField &field = fields.at(row);
        grid->addWidget(new QLabel(field.label, this), row + 1, 0);
        if (field.mine == field.theirs) {
            // Agreed: shown once, across both columns, in the palette's quieter colour.
            auto *same = new QLabel(shown(field.mine), this);
            same->setObjectName(QStringLiteral("conflictSame_%1").arg(row));
            same->setForegroundRole(QPalette::PlaceholderText);
            grid->addWidget(same, row + 1, 1, 1, 2);
            m_mineChoices.append(nullptr);
            continue;
        }
        auto *group = new QButtonGroup(this);
        auto *mine = new QRadioButton(shown(field.mine), this);
        auto *other = new QRadioButton(shown(field.theirs), this);
        mine->setObjectName(QStringLiteral("conflictMine_%1").arg(row));
        other->setObjectName(QStringLiteral("conflictTheirs_%1").arg(row));
        group->addButton(mine);
        group->addButton(other);
        // The side that changed the field since the form read it: a field only the other side
        // changed is not put back by accident.
        (field.mine != field.base ? mine : other)->setChecked(true);
        grid->addWidget(mine, row + 1, 1);
        grid->addWidget(other, row + 1, 2);
        m_mineChoices.append(mine);
    }
    layout->addSpacing(6);
    layout->addLayout(grid);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keepMine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
    QPushButton *keepTheirs = buttons->addButton(tr("Keep theirs"), QDialogButtonBox::RejectRole);
    QPushButton *merge = buttons->addButton(tr("Save as chosen"), QDialogButtonBox::ApplyRole);
    keepMine->setObjectName(QStringLiteral("keepMine"));
    keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    merge->setObjectName(QStringLiteral("saveChosen"));
    keepMine->setToolTip(tr("Save all of your values over the ones saved elsewhere"));
    keepTheirs->setToolTip(tr("Drop your changes and keep what was saved elsewhere"));
    merge->setToolTip(tr("Save each field as chosen above"));
    // Enter never overwrites by accident: the choice is a click (or Tab and Space).
    for (QPushButton *button : {keepMine, keepTheirs, merge}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(keepMine, &QPushButton::clicked, this, [this] { finish(Resolution::KeepMine); });
    connect(keepTheirs, &QPushButton::clicked, this, [this] { finish(Resolution::KeepTheirs); });
    connect(merge, &QPushButton::clicked, this, [this] { finish(Resolution::Merge); });
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QList<bool> ConflictDialog::takesMine() const
{
    QList<bool> takes;
    for (const QRadioButton *mine : m_mineChoices)
        takes.append(!mine || mine->isChecked());
    return takes;
}

void ConflictDialog::finish(Resolution resolution)
{
    m_resolution = resolution;
    if (resolution == Resolution::KeepTheirs)
        reject();
    else
        accept();
}

} // namespace talentflow
