#include "ui/browse/FilterBar.h"

#include "models/DataSession.h"
#include "models/WorkerStartGate.h"
#include "ui/ErrorMessage.h"
#include "ui/UiLanguage.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace talentflow {

namespace {

// "OpenAI (开放人工智能)": the name in the display language, then the other script's.
QString companyLabel(const CompanyRecord &company, DisplayLanguage language)
{
    QString label = displayName(company.nameEn, company.nameZh, language);
    const QString other = otherScriptName(company.nameEn, company.nameZh, language);
    if (!other.isEmpty())
        label += QStringLiteral(" (%1)").arg(other);
    return label;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_companyLabel(new QLabel(this))
    , m_company(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_returned(new QCheckBox(this))
{
    m_company->setObjectName(QStringLiteral("companyFilter"));
    // Sized by a fixed length: measuring every label of thousands of companies stalled start-up.
    m_company->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_company->setMinimumContentsLength(28);
    m_company->view()->setMinimumWidth(m_company->fontMetrics().averageCharWidth() * 44);
    m_company->addItem(QString(), qint64(0)); // "All companies", there before the list arrives
    m_companyLabel->setBuddy(m_company);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    // Its icon loads every image plugin: not before the window's first frame, where an empty
    // search shows no button anyway (the window holds the gate from its construction).
    WorkerStartGate::whenOpen(m_search, [search = m_search] { search->setClearButtonEnabled(true); });
    m_search->setMinimumWidth(260);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->addWidget(m_companyLabel);
    layout->addWidget(m_company);
    m_returned->setObjectName(QStringLiteral("returnedFilter"));
    layout->addWidget(m_returned);
    // Tab in the order they stand: company, Returned, search.
    setTabOrder(m_company, m_returned);
    setTabOrder(m_returned, m_search);
    layout->addSpacing(12);
    layout->addWidget(m_search, 1);

    // Search as the user types, once typing pauses.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(180);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { emit searchChanged(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        emit searchChanged(m_search->text());
    });
    connect(m_company, &QComboBox::currentIndexChanged, this, [this] {
        m_pendingCompanyId = 0; // the person's own choice wins over one remembered for later
        emit companyChanged(companyId());
    });
    connect(this, &FilterBar::companyChanged, this, [this] { emit requestChanged(request()); });
    connect(m_returned, &QCheckBox::toggled, this, [this] { emit requestChanged(request()); });
    connect(this, &FilterBar::searchChanged, this, [this] { emit requestChanged(request()); });
    retranslate();
}

void FilterBar::setSession(DataSession *session)
{
    m_session = session;
    connect(session, &DataSession::databaseChanged, this, [this] {
        clearCompanies(); // never the last file's companies for this one
        loadCompanies();
    });
    connect(session, &DataSession::dataChanged, this, [this](DataSession::Change what) {
        if (what != DataSession::Change::Articles)
            loadCompanies();
    });
    loadCompanies();
}

void FilterBar::loadCompanies()
{
    m_companiesLanguage = uiLanguage();
    if (!m_session->isOpen()) {
        setCompanies({}, m_companiesLanguage);
        return;
    }
    const DisplayLanguage language = m_companiesLanguage;
    m_session->companies(this, [this, language](const Answer<QList<CompanyRecord>> &companies) {
        if (!companies)
            showErrorMessage(window(), tr("Cannot read the database"), companies.error);
        setCompanies(companies.value.value_or(QList<CompanyRecord>()), language);
    });
}

FilterRequest FilterBar::request() const
{
    FilterRequest request;
    request.companyId = companyId();
    if (request.companyId)
        request.companyName = companyName();
    request.search = searchText().trimmed();
    request.returnedOnly = m_returned->isChecked();
    return request;
}

void FilterBar::chooseCompany(qint64 companyId)
{
    if (!companyId || setCompanyId(companyId) || !m_session)
        return;
    // The list is still loading: read this one company, so the table never shows every row first.
    if (const Answer<CompanyRecord> company = m_session->company(companyId))
        selectCompanyWhileLoading(*company.value, uiLanguage());
}

void FilterBar::clearCompanies()
{
    const QSignalBlocker blocker(m_company);
    m_company->clear();
    m_company->addItem(tr("All companies"), qint64(0));
    m_pendingCompanyId = 0;
    m_awaitingCompanies = true;
}

void FilterBar::setCompanies(const QList<CompanyRecord> &companies, DisplayLanguage language)
{
    const qint64 shown = companyId();
    const QString shownName = companyName();
    const qint64 wanted = m_pendingCompanyId ? m_pendingCompanyId : shown;
    m_pendingCompanyId = 0;
    m_awaitingCompanies = false;
    const QSignalBlocker blocker(m_company);
    m_company->clear();
    m_company->addItem(tr("All companies"), qint64(0));
    for (const CompanyRecord &company : companies)
        m_company->addItem(companyLabel(company, language), company.id);
    const int index = m_company->findData(wanted);
    m_company->setCurrentIndex(index >= 0 ? index : 0);
    if (companyId() != shown)
        emit companyChanged(companyId());
    else if (shown && companyName() != shownName)
        emit requestChanged(request()); // the same company, named in the new language
}

qint64 FilterBar::companyId() const
{
    return m_company->currentData().toLongLong();
}

bool FilterBar::setCompanyId(qint64 companyId)
{
    const int index = m_company->findData(companyId);
    // A new database's list still on its way chooses this company when it arrives.
    m_pendingCompanyId = index < 0 && m_awaitingCompanies ? companyId : 0;
    if (index < 0)
        return false;
    m_company->setCurrentIndex(index);
    return true;
}

void FilterBar::selectCompanyWhileLoading(const CompanyRecord &company, DisplayLanguage language)
{
    if (!m_awaitingCompanies || company.id == 0)
        return;
    if (m_company->findData(company.id) < 0)
        m_company->addItem(companyLabel(company, language), company.id);
    m_company->setCurrentIndex(m_company->findData(company.id)); // emits companyChanged
}

QString FilterBar::companyName() const
{
    return m_company->currentText();
}

QString FilterBar::searchText() const
{
    return m_search->text();
}

void FilterBar::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchDelay.stop();
    emit searchChanged(text);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Company names follow the language; the first change, at start-up, keeps it.
        if (m_session && m_session->isOpen() && m_companiesLanguage != uiLanguage())
            loadCompanies();
    }
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    m_companyLabel->setText(tr("&Company:"));
    m_search->setPlaceholderText(tr("Search names, titles or excerpts in Chinese or English (Ctrl+F)"));
    m_search->setToolTip(tr("Finds people by any part of a name or alias in either script, or by words cited about them"));
    if (m_company->count() > 0)
        m_company->setItemText(0, tr("All companies"));
    m_returned->setText(tr("&Returned"));
    m_returned->setToolTip(tr("Only people who went back to a company they had left (the detail pane's ↩ badge)"));
}

} // namespace talentflow
