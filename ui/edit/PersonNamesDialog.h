#pragma once

#include "models/PersonEditor.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace talentflow {

class DataSession;

// Edit Names… in the detail pane: a person's names in both scripts and the other ways articles
// write them. OK is offered only for a change that can be stored; the form says why not.
class PersonNamesDialog : public QDialog
{
    Q_OBJECT

public:
    // newAlias: words to add as an alias when the form opens (Cite as ▸ Name of a person…).
    PersonNamesDialog(DataSession *session, qint64 personId, const QString &newAlias = {}, QWidget *parent = nullptr);

    // False when the person could not be read (the reason is in error()).
    bool isLoaded() const { return m_loaded; }
    QString error() const { return m_error; }
    // The row version the form was read at, to base the edit on.
    int version() const { return m_original.version; }
    PersonChange change() const;
    QString problem() const;
    // Adds the words in the alias field to the list, as its Add button does.
    void addAlias();

private:
    QStringList aliases() const;
    void removeSelectedAliases();
    void validate();

    PersonFields m_original;
    bool m_loaded = false;
    QString m_error;
    QLineEdit *m_nameEn;
    QLineEdit *m_nameZh;
    QListWidget *m_aliases;
    QLineEdit *m_newAlias;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace talentflow
