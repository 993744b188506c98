#include "SecureGetOptions.h"

#include <curl/curl.h>

#include <QtGlobal>

namespace metafill {

void SecureGetOptions::applyTo(void *handle) const
{
    CURL *easy = static_cast<CURL *>(handle);
    curl_easy_setopt(easy, CURLOPT_URL, url.constData());
    curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, userAgent.constData());
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L); // worker threads: no SIGALRM for DNS time-outs

#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, protocols.constData());
    curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "https");
#else
    long allowed = protocols.contains("https") ? CURLPROTO_HTTPS : 0;
    if (protocols == "http" || protocols.startsWith("http,") || protocols.contains(",http,") || protocols.endsWith(",http"))
        allowed |= CURLPROTO_HTTP;
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS, allowed);
    curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS, long(CURLPROTO_HTTPS));
#endif
    // libcurl never follows a redirect: a request goes only to a host the
    // user configured, or one the caller checked itself.
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_MAXREDIRS, 0L);

    // There is no switch to turn verification off, on purpose.
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(easy, CURLOPT_PROXY_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_PROXY_SSL_VERIFYHOST, 2L);
#ifdef Q_OS_WIN
    // The Windows certificate store instead of a bundle file nobody installs.
    curl_easy_setopt(easy, CURLOPT_SSL_OPTIONS, long(CURLSSLOPT_NATIVE_CA));
    curl_easy_setopt(easy, CURLOPT_PROXY_SSL_OPTIONS, long(CURLSSLOPT_NATIVE_CA));
#endif
    if (!caCertificatesFile.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CAINFO, caCertificatesFile.toLocal8Bit().constData());

    if (proxy == u"none")
        curl_easy_setopt(easy, CURLOPT_PROXY, ""); // "" means no proxy, not even the environment's
    else if (!proxy.isEmpty())
        curl_easy_setopt(easy, CURLOPT_PROXY, proxy.toUtf8().constData());
    else if (bypassEnvironmentProxy)
        curl_easy_setopt(easy, CURLOPT_NOPROXY, "*");

    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(connectTimeout.count()));
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(timeout.count()));
    curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(maxBytes));
}

} // namespace metafill
