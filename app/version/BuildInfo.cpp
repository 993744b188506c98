#include "BuildInfo.h"

#include "BuildCommit.h"

#include <QtGlobal>

#include <curl/curl.h>

using namespace Qt::StringLiterals;

namespace metafill {

QString BuildInfo::version()
{
    return QStringLiteral(METAFILL_VERSION);
}

QString BuildInfo::commit()
{
    return QStringLiteral(METAFILL_BUILD_COMMIT);
}

QList<LibraryVersion> BuildInfo::libraries()
{
    // Qt and libcurl are shared libraries that a distribution updates under the
    // program, so their versions are asked at run time.
    const curl_version_info_data *curl = curl_version_info(CURLVERSION_NOW);
    return {
        {u"Qt"_s, QString::fromLatin1(qVersion()), tr("built with %1").arg(QStringLiteral(QT_VERSION_STR))},
        // yaml-cpp has no function that tells its version: this is the one
        // CMake found when Metafill was built.
        {u"yaml-cpp"_s, QStringLiteral(METAFILL_YAML_CPP_VERSION), tr("at build time")},
        {u"libcurl"_s, QString::fromLatin1(curl->version), curl->ssl_version ? QString::fromLatin1(curl->ssl_version) : QString()},
    };
}

QStringList BuildInfo::describe()
{
    QStringList lines{tr("Commit: %1").arg(commit())};
    for (const LibraryVersion &library : libraries()) {
        QString line = library.name + u' ' + library.version;
        if (!library.detail.isEmpty())
            line += u" ("_s + library.detail + u')';
        lines << line;
    }
    return lines;
}

} // namespace metafill
