#pragma once

#include "models/DisplayLanguage.h"
#include "models/Records.h"
#include "models/RoleFilter.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace talentflow {

class DataSession;

// The company filter and the search box at the top of the main window.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Lists this session's companies, again whenever its database, data or the language changes.
    void setSession(DataSession *session);
    // The whole filter as the person set it.
    FilterRequest request() const;
    // Filters by this company, at once even while a large database's company list is loading.
    void chooseCompany(qint64 companyId);

    // Leaves "All companies" alone until setCompanies() brings a new database's list.
    void clearCompanies();
    void setCompanies(const QList<CompanyRecord> &companies, DisplayLanguage language);
    qint64 companyId() const; // 0: all companies
    // False when the company is not in the list. While clearCompanies() awaits a list, the list
    // selects it when it arrives.
    bool setCompanyId(qint64 companyId);
    // While a new database's list is still loading, shows and selects this one company (a
    // restored choice), so the filter applies at once instead of when the list arrives; the
    // list keeps it selected. Does nothing once the list is in.
    void selectCompanyWhileLoading(const CompanyRecord &company, DisplayLanguage language);
    QString companyName() const;
    QString searchText() const;
    void setSearchText(const QString &text);
    void focusSearch();

signals:
    void companyChanged(qint64 companyId);
    void searchChanged(const QString &text);
    // Either of the two changed: the complete request to apply.
    void requestChanged(const talentflow::FilterRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadCompanies();

    QLabel *m_companyLabel;
    QComboBox *m_company;
    QLineEdit *m_search;
    QCheckBox *m_returned;
    QTimer m_searchDelay;
    qint64 m_pendingCompanyId = 0;
    bool m_awaitingCompanies = false;
    DataSession *m_session = nullptr;
    DisplayLanguage m_companiesLanguage = DisplayLanguage::English; // of the newest list asked for
};

} // namespace talentflow
