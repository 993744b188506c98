#include "ImageFile.h"

using namespace Qt::StringLiterals;

namespace metafill {

QString ImageNaming::omeroName(const QString &fileName, int seriesCount, int seriesIndex, const QString &seriesName)
{
    QString name = fileName.trimmed();
    if (seriesCount > 1) {
        const QString series = seriesName.trimmed();
        name += u" ["_s + (series.isEmpty() ? QString::number(seriesIndex) : series) + u']';
    }
    if (name.size() > 255)
        name = u'…' + name.right(254);
    return name;
}

} // namespace metafill
