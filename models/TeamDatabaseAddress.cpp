#include "models/TeamDatabaseAddress.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace talentflow {

namespace {

const QStringList sslModes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                              QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

} // namespace

bool TeamDatabaseAddress::looksLikeAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

std::optional<TeamDatabaseAddress> TeamDatabaseAddress::parse(const QString &text, QString *error)
{
    const auto refuse = [error](const QString &why) -> std::optional<TeamDatabaseAddress> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!looksLikeAddress(text))
        return refuse(tr("A team database's address starts with postgresql://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(tr("The address %1 is not valid: %2").arg(text, url.errorString()));
    if (!url.password().isEmpty())
        return refuse(tr("The address holds a password. Put it in PostgreSQL's password file (~/.pgpass) instead: "
                         "an address is kept in the settings and shown in the window's title."));
    TeamDatabaseAddress address;
    address.user = url.userName();
    address.host = url.host();
    if (url.port() == 0)
        return refuse(tr("The address %1 has no valid port.").arg(text));
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    if (address.user.isEmpty())
        return refuse(tr("The address %1 names no user: postgresql://USER@HOST/DATABASE").arg(text));
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return refuse(tr("The address %1 names no database: postgresql://USER@HOST/DATABASE").arg(text));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!sslModes.contains(value))
                return refuse(tr("sslmode=%1 is not one of %2.").arg(value, sslModes.join(QLatin1String(", "))));
            address.sslMode = value;
        } else if (key == QLatin1String("host")) {
            if (!address.host.isEmpty())
                return refuse(tr("The address %1 names its host twice.").arg(text));
            address.host = value;
        } else {
            return refuse(tr("The address %1 has an option Talentflow does not know: %2").arg(text, key));
        }
    }
    if (address.host.isEmpty())
        return refuse(tr("The address %1 names no host: postgresql://USER@HOST/DATABASE").arg(text));
    return address;
}

QString TeamDatabaseAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), host);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString();
}

QString TeamDatabaseAddress::connectOptions() const
{
    // A server that does not answer is said within seconds, not after libpq's default wait; a
    // network link that died silently is noticed by TCP keepalives within half a minute.
    QStringList options = {QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=Talentflow"),
                           QStringLiteral("keepalives_idle=10"), QStringLiteral("keepalives_interval=5"),
                           QStringLiteral("keepalives_count=3")};
    if (!sslMode.isEmpty())
        options.append(QStringLiteral("sslmode=") + sslMode);
    return options.join(QLatin1Char(';'));
}

} // namespace talentflow
