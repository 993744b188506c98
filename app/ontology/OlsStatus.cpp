#include "OlsStatus.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace metafill {

QString OlsStatus::describe() const
{
    switch (state) {
    case State::Unknown:
        return tr("OLS at %1 not asked yet").arg(baseUrl);
    case State::Online:
        return tr("OLS online (last answer %1)").arg(QLocale().toString(lastSuccess.toLocalTime().time(), QLocale::ShortFormat));
    case State::Degraded:
        return tr("OLS answering with errors: %1").arg(lastError);
    case State::Unreachable:
        return tr("OLS unreachable: %1").arg(lastError);
    }
    return {};
}

} // namespace metafill
