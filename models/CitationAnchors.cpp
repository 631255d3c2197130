#include "models/CitationAnchors.h"

#include "models/QuoteAnchor.h"
#include "models/SqlErrors.h"
#include "models/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace talentflow {

bool fillMissingAnchors(QSqlDatabase &db, QString *error)
{
    const auto fail = [error](const QSqlQuery &query) {
        if (error)
            *error = describeSqlError(query.lastError());
        return false;
    };
    QSqlQuery sources(db);
    sources.setForwardOnly(true);
    if (!sources.exec(QStringLiteral("SELECT id, body, sha256 FROM source WHERE id IN "
                                     "(SELECT source_id FROM citation WHERE body_sha256 = '')")))
        return fail(sources);
    QSqlQuery citations(db);
    citations.setForwardOnly(true);
    citations.prepare(QStringLiteral("SELECT id, start, \"end\" FROM citation WHERE source_id = :source AND body_sha256 = ''"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE citation SET prefix = :prefix, suffix = :suffix, body_sha256 = :sha256 WHERE id = :id"));
    while (sources.next()) {
        const QString body = sources.value(1).toString();
        const QByteArray sha256 = sources.value(2).toString().toLatin1();
        citations.bindValue(QStringLiteral(":source"), sources.value(0));
        if (!citations.exec())
            return fail(citations);
        while (citations.next()) {
            const QuoteAnchor anchor =
                QuoteAnchor::at(body, citations.value(1).toInt(), citations.value(2).toInt(), sha256);
            update.bindValue(QStringLiteral(":prefix"), notNullText(anchor.prefix));
            update.bindValue(QStringLiteral(":suffix"), notNullText(anchor.suffix));
            update.bindValue(QStringLiteral(":sha256"), notNullText(QString::fromLatin1(sha256)));
            update.bindValue(QStringLiteral(":id"), citations.value(0));
            if (!update.exec())
                return fail(update);
        }
    }
    return true;
}

} // namespace talentflow
