#include "OlsSettings.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace metafill {

namespace {

const QStringList ProxySchemes = {u"http"_s, u"https"_s, u"socks4"_s, u"socks4a"_s, u"socks5"_s, u"socks5h"_s};

Status checkProxy(const QString &proxy)
{
    if (proxy.isEmpty() || proxy == QStringView(OlsSettings::NoProxy))
        return Done{};
    const QUrl url(proxy, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !ProxySchemes.contains(url.scheme().toLower()) || !url.path().isEmpty()
        || url.hasQuery() || url.hasFragment()) {
        return Status::failure(OlsSettings::tr("'%1' is not a proxy address Metafill can use. Give it as http://host:port, "
                                               "socks5h://host:port, or 'none' to connect directly.")
                                   .arg(proxy));
    }
    return Done{};
}

} // namespace

bool OlsSettings::isLoopbackHost(const QString &host)
{
    // Written out rather than with QHostAddress: this library stays free of
    // QtNetwork. QUrl gives IPv6 hosts without brackets and in canonical form.
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || host == u"::1")
        return true;
    QString v4 = host;
    if (v4.startsWith(u"::ffff:", Qt::CaseInsensitive))
        v4 = v4.mid(7);
    const QStringList octets = v4.split(u'.');
    if (octets.size() != 4)
        return false;
    for (const QString &octet : octets) {
        bool ok = false;
        const int value = octet.toInt(&ok);
        if (!ok || value < 0 || value > 255 || octet.size() > 3)
            return false;
    }
    return octets.first() == u"127";
}

QString OlsSettings::displayBaseUrl() const
{
    QString url = baseUrl.trimmed();
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

Status OlsSettings::check() const
{
    const QString address = displayBaseUrl();
    if (address.isEmpty())
        return Status::failure(tr("No address is set for the Ontology Lookup Service."));

    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.scheme().isEmpty()) {
        return Status::failure(tr("'%1' is not a valid address for the Ontology Lookup Service; "
                                  "give it as https://host/path, for example %2.")
                                   .arg(address, QString::fromUtf16(DefaultBaseUrl)));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http") {
        if (!isLoopbackHost(url.host())) {
            return Status::failure(tr("The Ontology Lookup Service at %1 would be reached over plain http, which anyone on the "
                                      "network can read and alter. Use its https address; http is accepted only for a "
                                      "service on this computer (localhost).")
                                       .arg(address));
        }
    } else if (scheme != u"https") {
        return Status::failure(tr("'%1' is not a web address; the Ontology Lookup Service is reached over https.").arg(address));
    }
    if (!url.userInfo().isEmpty())
        return Status::failure(tr("The address %1 contains a user name or password; Metafill does not send those to an "
                                  "Ontology Lookup Service.")
                                   .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    if (url.hasQuery() || url.hasFragment())
        return Status::failure(tr("The address %1 must not contain '?' or '#'; give only the service's base address, "
                                  "for example %2.")
                                   .arg(address, QString::fromUtf16(DefaultBaseUrl)));

    if (Status proxyOk = checkProxy(proxy.trimmed()); !proxyOk)
        return proxyOk;
    if (connectTimeout.count() <= 0 || requestTimeout.count() <= 0 || typeAheadTimeout.count() <= 0)
        return Status::failure(tr("The time limits for the Ontology Lookup Service must be longer than zero."));
    if (workerThreads < 1 || workerThreads > 4 || maxQueuedRequests < 1 || maxAttempts < 1 || maxResponseBytes < 1024)
        return Status::failure(tr("The settings for the Ontology Lookup Service are out of range (1–4 connections, "
                                  "at least one attempt and one waiting request, answers of at least 1 KiB)."));
    return Done{};
}

} // namespace metafill
