#include "ImageCollector.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <vector>

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

    void add(const QString &path, const QString &fileName, const QString &folderName)
    {
        if (seen.contains(path))
            return;
        seen.insert(path);
        images.append(ImageFile{path, ImageNaming::omeroName(fileName, 1, 0, QString()), folderName});
    }

    void add(const QFileInfo &info) { add(info.absoluteFilePath(), info.fileName(), info.absoluteDir().dirName()); }

    void walk(const QString &dir, int depth)
    {
        if (!error.isEmpty())
            return;
        if (depth > ImageCollector::MaxDepth) {
            error = ImageCollector::tr("%1 is nested more than %2 folders deep").arg(dir).arg(ImageCollector::MaxDepth);
            return;
        }
        // QDirIterator takes each entry's type from the directory listing
        // itself, so a folder of thousands of images costs no stat() per file
        // (QDir::entryInfoList stats every entry to sort). Symbolic links are
        // not followed, so a link back up cannot make a loop; hidden entries
        // are left out.
        struct Entry
        {
            QString name;
            bool isDir;
        };
        std::vector<Entry> entries;
        QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            entries.push_back(Entry{info.fileName(), info.isDir()});
            if (qsizetype(entries.size()) + images.size() > ImageCollector::MaxImages + 1)
                break; // the check below reports it
        }
        // Name order, as the file managers and OMERO.insight list them.
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.name < b.name; });
        const QString folderName = QDir(dir).dirName();
        const QString prefix = dir.endsWith(u'/') ? dir : dir + u'/';
        for (const Entry &entry : entries) {
            if (images.size() >= ImageCollector::MaxImages) {
                error = ImageCollector::tr("more than %1 images; export them in parts").arg(ImageCollector::MaxImages);
                return;
            }
            if (entry.name.startsWith(u'.'))
                continue;
            if (entry.isDir) {
                if (ImageCollector::isImageFolder(entry.name))
                    add(prefix + entry.name, entry.name, folderName);
                else
                    walk(prefix + entry.name, depth + 1);
            } else if (ImageCollector::isImageFile(entry.name)) {
                add(prefix + entry.name, entry.name, folderName);
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
