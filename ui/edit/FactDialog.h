#pragma once

#include "models/FactEditor.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace talentflow {

class DataSession;

// Edit… after a fact in the detail pane: a move's kind, company, destination and date, or a
// role's titles, company and dates. OK is offered only for what can be stored; the form says why not.
class FactDialog : public QDialog
{
    Q_OBJECT

public:
    FactDialog(DataSession *session, const FactRef &fact, const QString &description, QWidget *parent = nullptr);

    // False when the fact could not be read (the reason is in error()).
    bool isLoaded() const { return m_loaded; }
    QString error() const { return m_error; }
    MovementFields movement() const;
    RoleFields role() const;
    QString problem() const;

private:
    qint64 companyId(QLineEdit *field) const;
    QString companyName(qint64 id) const;
    void validate();

    DataSession *m_session;
    FactRef m_fact;
    bool m_loaded = false;
    QString m_error;
    QFormLayout *m_form;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QLineEdit *m_titleZh = nullptr;
    QLineEdit *m_company;
    QLineEdit *m_destination = nullptr;
    QLineEdit *m_date;
    QLineEdit *m_end = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace talentflow
