#include "PackFetcher.h"

#include "CurlLibrary.h"
#include "OlsClient.h"
#include "OlsSettings.h"
#include "SecureGetOptions.h"

#include <curl/curl.h>

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

constexpr qsizetype MaxErrorBody = 4 * 1024;

// What one exchange needs in libcurl's callbacks.
struct Transfer
{
    CURL *curl = nullptr;
    QIODevice *out = nullptr;
    qint64 maxBytes = 0;
    qint64 received = 0;
    const std::atomic<bool> *cancel = nullptr;
    const PackFetcher::Progress *progress = nullptr;
    bool tooLarge = false;
    bool writeFailed = false;
    bool isBody = false; // decided once per response: only a 200's body goes to `out`
    bool decided = false;
    QByteArray otherBody; // the start of a redirect's or an error's body
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    if (!t->decided) {
        long status = 0;
        curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
        t->isBody = status == 200;
        t->decided = true;
    }
    if (!t->isBody) {
        if (t->otherBody.size() < MaxErrorBody)
            t->otherBody.append(data, qsizetype(std::min<size_t>(bytes, size_t(MaxErrorBody))));
        return bytes;
    }
    if (t->received + qint64(bytes) > t->maxBytes) {
        t->tooLarge = true;
        return 0; // libcurl stops with CURLE_WRITE_ERROR
    }
    if (t->out->write(data, qint64(bytes)) != qint64(bytes)) {
        t->writeFailed = true;
        return 0;
    }
    t->received += qint64(bytes);
    if (t->progress && *t->progress)
        (*t->progress)(t->received);
    return bytes;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    // Non-zero ends the transfer from inside libcurl: cancelling is prompt.
    return static_cast<Transfer *>(user)->cancel->load() ? 1 : 0;
}

QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

} // namespace

PackFetcher::PackFetcher(PackFetchOptions options) : m_options(std::move(options))
{
    CurlLibrary::initialise();
    m_curl = curl_easy_init();
}

PackFetcher::~PackFetcher()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

Status PackFetcher::checkAddress(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Status::failure(tr("'%1' is not a web address; give the pack's https address or a folder.").arg(url.toString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http") {
        if (!OlsSettings::isLoopbackHost(url.host())) {
            return Status::failure(tr("%1 would be fetched over plain http, which anyone on the network can read and alter. "
                                      "Use the pack's https address; http is accepted only for this computer (localhost).")
                                       .arg(shown(url)));
        }
    } else if (scheme != u"https") {
        return Status::failure(tr("%1: template packs are fetched over https (or from a folder), not over %2.").arg(shown(url), scheme));
    }
    if (!url.userInfo().isEmpty())
        return Status::failure(tr("The address %1 contains a user name or password; Metafill does not send those.").arg(shown(url)));
    return Done{};
}

Status PackFetcher::fetch(const QUrl &start, QIODevice &out, qint64 maxBytes, const std::atomic<bool> &cancel, const Progress &progress,
                          FetchFailure *why)
{
    FetchFailure ignored;
    FetchFailure &kind = why ? *why : ignored;
    kind = FetchFailure::Unreachable;
    if (!m_curl)
        return Status::failure(tr("The network library could not be started."));
    CURL *curl = static_cast<CURL *>(m_curl);
    QUrl url = start;
    for (int hop = 0;; ++hop) {
        if (const Status allowed = checkAddress(url); !allowed)
            return allowed;
        const bool local = url.scheme().toLower() == u"http";
        char errors[CURL_ERROR_SIZE] = {};

        Transfer transfer;
        transfer.curl = curl;
        transfer.out = &out;
        transfer.maxBytes = maxBytes;
        transfer.cancel = &cancel;
        transfer.progress = &progress;

        SecureGetOptions options;
        options.url = url.toEncoded();
        options.protocols = local ? "http,https" : "https";
        options.proxy = m_options.proxy;
        options.bypassEnvironmentProxy = local; // a proxy elsewhere cannot reach this computer
        options.caCertificatesFile = m_options.caCertificatesFile;
        options.userAgent = OlsClient::userAgent(); // one name for Metafill on every server it asks
        options.connectTimeout = m_options.connectTimeout;
        options.timeout = m_options.transferTimeout;
        options.maxBytes = maxBytes;

        curl_easy_reset(curl); // keeps the connection cache, forgets every option
        // Redirects are not followed by libcurl but below, so that every hop
        // passes checkAddress and https never leads down to http.
        options.applyTo(curl);
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errors);
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, long(m_options.lowSpeedBytesPerSecond));
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(m_options.lowSpeedWindow.count()));
        // onBody enforces the cap whatever length the server declared.
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
        curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
        curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
        curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);

        const CURLcode code = curl_easy_perform(curl);
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        char *location = nullptr;
        QByteArray redirect;
        if (curl_easy_getinfo(curl, CURLINFO_REDIRECT_URL, &location) == CURLE_OK && location)
            redirect = QByteArray(location).left(4'000);
        const QString detail = QString::fromUtf8(errors[0] ? errors : curl_easy_strerror(code)).trimmed();
        // Nothing of this call's stack may stay reachable from the handle.
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);

        const CurlFailure failure = CurlLibrary::failure(code);
        if (cancel.load() || failure == CurlFailure::Cancelled) {
            kind = FetchFailure::Cancelled;
            return Status::failure(tr("Cancelled while fetching %1.").arg(shown(url)));
        }
        if (transfer.tooLarge || failure == CurlFailure::TooLarge) {
            kind = FetchFailure::Refused;
            return Status::failure(tr("%1 is larger than the %2 bytes expected; it was not accepted.").arg(shown(url)).arg(maxBytes));
        }
        if (transfer.writeFailed) {
            kind = FetchFailure::LocalWrite;
            return Status::failure(tr("Could not store what %1 sent: %2").arg(shown(url), out.errorString()));
        }
        switch (failure) {
        case CurlFailure::None:
            break;
        case CurlFailure::TimedOut:
            return Status::failure(tr("%1 did not answer in time (%2).").arg(shown(url), detail));
        case CurlFailure::CannotResolveHost:
            return Status::failure(
                tr("The server of %1 is not known here; check the address and that this computer is online.").arg(shown(url)));
        case CurlFailure::CannotResolveProxy:
        case CurlFailure::ProxyRefused:
            return Status::failure(tr("The proxy could not be used for %1 (%2).").arg(shown(url), detail));
        case CurlFailure::CannotConnect:
            return Status::failure(tr("Could not connect to %1; the server may be down or this computer offline.").arg(shown(url)));
        case CurlFailure::ConnectionCut:
            return Status::failure(tr("The connection ended before all of %1 arrived (%2).").arg(shown(url), detail));
        case CurlFailure::Certificate:
        case CurlFailure::CertificateFile:
            return Status::failure(tr("The certificate of %1 could not be verified: %2. If your institution signs its own "
                                      "certificates, name its authority's certificate file.")
                                       .arg(url.host(), detail));
        case CurlFailure::Protocol:
            return Status::failure(tr("%1 cannot be fetched: only https is used.").arg(shown(url)));
        case CurlFailure::Cancelled:
        case CurlFailure::TooLarge:
        case CurlFailure::WriteFailed:
        case CurlFailure::SecureConnection:
        case CurlFailure::Other:
            return Status::failure(tr("Could not fetch %1: %2").arg(shown(url), detail));
        }

        if (status >= 300 && status < 400 && !redirect.isEmpty()) {
            const QUrl next(QString::fromUtf8(redirect), QUrl::StrictMode);
            kind = FetchFailure::Refused;
            if (hop >= m_options.maxRedirects)
                return Status::failure(tr("%1 redirects more than %2 times; given up.").arg(shown(start)).arg(m_options.maxRedirects));
            if (url.scheme().toLower() == u"https" && next.scheme().toLower() != u"https")
                return Status::failure(tr("%1 redirects to %2, away from https; refused.").arg(shown(url), shown(next)));
            if (const Status allowed = checkAddress(next); !allowed)
                return Status::failure(tr("%1 redirects to an address Metafill does not use: %2").arg(shown(url), allowed.error()));
            kind = FetchFailure::Unreachable;
            url = next;
            continue;
        }
        if (status != 200) {
            const QString said = QString::fromUtf8(transfer.otherBody).simplified().left(200);
            return Status::failure(tr("%1: the server answered %2%3.")
                                       .arg(shown(url))
                                       .arg(status)
                                       .arg(said.isEmpty() || said.startsWith(u'<') ? QString() : u" ("_s + said + u')'));
        }
        kind = FetchFailure::None;
        return Done{};
    }
}

} // namespace metafill
