#include "CurlLibrary.h"

#include <curl/curl.h>

#include <mutex>

namespace metafill {

void CurlLibrary::initialise()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

CurlFailure CurlLibrary::failure(int curlCode)
{
    switch (CURLcode(curlCode)) {
    case CURLE_OK:
        return CurlFailure::None;
    case CURLE_ABORTED_BY_CALLBACK:
        return CurlFailure::Cancelled;
    case CURLE_FILESIZE_EXCEEDED:
        return CurlFailure::TooLarge;
    case CURLE_WRITE_ERROR:
        return CurlFailure::WriteFailed;
    case CURLE_OPERATION_TIMEDOUT:
        return CurlFailure::TimedOut;
    case CURLE_COULDNT_RESOLVE_HOST:
        return CurlFailure::CannotResolveHost;
    case CURLE_COULDNT_RESOLVE_PROXY:
        return CurlFailure::CannotResolveProxy;
#if LIBCURL_VERSION_NUM >= 0x074900
    case CURLE_PROXY:
        return CurlFailure::ProxyRefused;
#endif
    case CURLE_COULDNT_CONNECT:
        return CurlFailure::CannotConnect;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return CurlFailure::ConnectionCut;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_ISSUER_ERROR:
        return CurlFailure::Certificate;
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CRL_BADFILE:
        return CurlFailure::CertificateFile;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_USE_SSL_FAILED:
        return CurlFailure::SecureConnection;
    case CURLE_UNSUPPORTED_PROTOCOL:
        return CurlFailure::Protocol;
    default:
        return CurlFailure::Other;
    }
}

} // namespace metafill
