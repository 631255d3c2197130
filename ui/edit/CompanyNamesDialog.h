#pragma once

#include "models/CompanyEditor.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace talentflow {

class DataSession;

// A company's names in both scripts, corrected from the detail pane.
class CompanyNamesDialog : public QDialog
{
    Q_OBJECT

public:
    CompanyNamesDialog(DataSession *session, qint64 companyId, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    QString error() const { return m_error; }
    int version() const { return m_original.version; }
    QString nameEn() const;
    QString nameZh() const;
    QString problem() const;

private:
    void validate();

    CompanyFields m_original;
    bool m_loaded = false;
    QString m_error;
    QLineEdit *m_nameEn;
    QLineEdit *m_nameZh;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace talentflow
