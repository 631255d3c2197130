#include "ui/AboutBox.h"

#include "models/DataSession.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace talentflow {

void showAboutBox(QWidget *parent, const DataSession &session)
{
    QString data = QCoreApplication::translate("talentflow::AboutBox", "No database is open.");
    if (session.isOpen()) {
        if (const Answer<SourceSummary> summary = session.sourceSummary()) {
            data = QCoreApplication::translate("talentflow::AboutBox", "Data set: %n article(s); publishers named: %1.",
                                               nullptr, summary.value->articles)
                       .arg(summary.value->publishers.isEmpty() ? QCoreApplication::translate("talentflow::AboutBox", "none") : summary.value->publishers.join(QStringLiteral(", ")));
        }
    }
    const QString text =
        QStringLiteral("<h3>%1 %2</h3><p>%3</p><p>%4</p><p><small>%5</small></p>")
            .arg(QCoreApplication::translate("talentflow::AboutBox", "Talentflow"), QStringLiteral(TALENTFLOW_VERSION),
                 QCoreApplication::translate("talentflow::AboutBox", "Who held which role at which company, when they left, where they went, and which words in which "
                    "article say so."),
                 data.toHtmlEscaped(),
                 QCoreApplication::translate("talentflow::AboutBox", "Built with Qt %1 (LGPL v3), SQLite %2 (public domain) and spdlog (MIT licence, with {fmt}, MIT). "
                    "Chinese text is drawn with the Noto CJK fonts (SIL Open Font License).")
                     .arg(QString::fromLatin1(qVersion()), DataSession::sqliteVersion()));
    QMessageBox::about(parent, QCoreApplication::translate("talentflow::AboutBox", "About Talentflow"), text);
}

} // namespace talentflow
