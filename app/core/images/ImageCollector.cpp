#include "ImageCollector.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

const QStringList kExtensions{
    u".ome.tif"_s, u".ome.tiff"_s, u".ome.btf"_s, u".companion.ome"_s, u".tif"_s, u".tiff"_s, u".btf"_s, u".czi"_s,
    u".lsm"_s,     u".lif"_s,      u".nd2"_s,     u".ims"_s,           u".oib"_s, u".oif"_s,  u".oir"_s, u".vsi"_s,
    u".svs"_s,     u".ndpi"_s,     u".scn"_s,     u".dv"_s,            u".ics"_s, u".ids"_s,  u".lei"_s, u".zvi"_s,
    u".lof"_s,     u".stk"_s,      u".png"_s,     u".jpg"_s,           u".jpeg"_s, u".ome.xml"_s};

struct Walker
{
    QList<ImageFile> images;
    QSet<QString> seen;
    QString error;

    void add(const QFileInfo &info)
    {
        const QString path = info.absoluteFilePath();
        if (seen.contains(path))
            return;
        seen.insert(path);
        images.append(ImageFile{path, ImageNaming::omeroName(info.fileName(), 1, 0, QString()), info.absoluteDir().dirName()});
    }

    void walk(const QString &dir, int depth)
    {
        if (!error.isEmpty())
            return;
        if (depth > ImageCollector::MaxDepth) {
            error = ImageCollector::tr("%1 is nested more than %2 folders deep").arg(dir).arg(ImageCollector::MaxDepth);
            return;
        }
        // Symbolic links are not followed, so a link back up cannot make a loop.
        const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (images.size() >= ImageCollector::MaxImages) {
                error = ImageCollector::tr("more than %1 images; export them in parts").arg(ImageCollector::MaxImages);
                return;
            }
            if (entry.fileName().startsWith(u'.'))
                continue;
            if (entry.isDir()) {
                if (ImageCollector::isImageFolder(entry.fileName()))
                    add(entry);
                else
                    walk(entry.absoluteFilePath(), depth + 1);
            } else if (ImageCollector::isImageFile(entry.fileName())) {
                add(entry);
            }
        }
    }
};

} // namespace

bool ImageCollector::isImageFile(const QString &fileName)
{
    const QString lower = fileName.toLower();
    return std::any_of(kExtensions.cbegin(), kExtensions.cend(), [&](const QString &e) { return lower.endsWith(e); });
}

bool ImageCollector::isImageFolder(const QString &folderName)
{
    return folderName.toLower().endsWith(u".zarr"_s);
}

Result<QList<ImageFile>> ImageCollector::collect(const QStringList &paths)
{
    Walker walker;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return Result<QList<ImageFile>>::failure(tr("%1 does not exist").arg(path));
        if (info.isDir() && !isImageFolder(info.fileName()))
            walker.walk(info.absoluteFilePath(), 0);
        else
            walker.add(info); // named explicitly: taken whatever its extension
        if (!walker.error.isEmpty())
            return Result<QList<ImageFile>>::failure(walker.error);
    }
    return walker.images;
}

} // namespace metafill
