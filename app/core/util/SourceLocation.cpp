#include "SourceLocation.h"

using namespace Qt::StringLiterals;

namespace metafill {

QString SourceLocation::toString() const
{
    if (!hasPosition())
        return file;
    return u"%1:%2:%3"_s.arg(file).arg(line).arg(column > 0 ? column : 1);
}

} // namespace metafill
