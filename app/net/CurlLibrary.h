#pragma once

namespace metafill {

// How a libcurl transfer failed, sorted by what a person can do about it.
// Each caller words its own message (the service or the pack it was
// fetching); the sorting is the same everywhere.
enum class CurlFailure {
    None,              // the exchange completed; the HTTP status says how it went
    Cancelled,         // a progress callback asked libcurl to stop
    TooLarge,          // the declared or received size passed the cap
    WriteFailed,       // the write callback refused (the cap, or the disk)
    TimedOut,
    CannotResolveHost, // unknown name: mistyped, or this computer is offline
    CannotResolveProxy,
    ProxyRefused,      // the proxy answered but would not connect
    CannotConnect,
    ConnectionCut,     // the answer stopped before it was complete
    Certificate,       // the server's certificate could not be verified
    CertificateFile,   // the certificate-authority file given could not be used
    SecureConnection,  // TLS could not be set up for another reason
    Protocol,          // a scheme that is not allowed (http to another computer)
    Other,
};

class CurlLibrary
{
public:
    // libcurl's global set-up, once per process before the first handle is
    // made. curl_global_init is not thread-safe in the libcurl versions we
    // support, so every user goes through this one guard.
    static void initialise();

    static CurlFailure failure(int curlCode);
};

} // namespace metafill
