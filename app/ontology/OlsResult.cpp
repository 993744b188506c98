#include "OlsResult.h"

namespace metafill {

bool OlsError::isTransient() const
{
    switch (kind) {
    case Kind::TimedOut:
    case Kind::TooSlow:
    case Kind::CannotResolve:
    case Kind::CannotConnect:
    case Kind::ConnectionReset:
        return true;
    case Kind::HttpStatus:
        return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}

bool OlsError::meansUnreachable() const
{
    switch (kind) {
    case Kind::InvalidSettings:
    case Kind::TimedOut:
    case Kind::CannotResolve:
    case Kind::CannotConnect:
    case Kind::Proxy:
    case Kind::ConnectionReset:
    case Kind::Certificate:
    case Kind::SecureConnection:
        return true;
    default:
        return false;
    }
}

} // namespace metafill
