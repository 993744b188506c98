#include "FieldPath.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace metafill {

std::optional<FieldPath> FieldPath::parse(const QString &text)
{
    static const QRegularExpression pattern(u"^([a-z][a-z0-9_]*)(?:\\[(\\d{1,5})\\])?\\.([a-z][a-z0-9_]*)$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    FieldPath path;
    path.section = match.captured(1);
    path.field = match.captured(3);
    if (match.hasCaptured(2)) {
        path.instance = match.captured(2).toInt();
        if (path.instance >= MaxInstances)
            return std::nullopt;
    }
    return path;
}

QString FieldPath::toString(bool repeatable) const
{
    if (repeatable)
        return u"%1[%2].%3"_s.arg(section).arg(instance).arg(field);
    return section + u'.' + field;
}

} // namespace metafill
