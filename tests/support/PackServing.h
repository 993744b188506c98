#pragma once

#include "FakeOlsServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>

// Publishes every file below `folder` on a FakeOlsServer (a real HTTP server
// on 127.0.0.1) at `prefix` + its relative path, as a facility's web server
// serves a pack folder: publishFolder(server, dir, "/packs/lmf/") answers
// GET /packs/lmf/metafill-pack.json with that file's bytes. Publishing again
// replaces what was served under the same paths (newer answers win).
// Returns the number of files published.
inline int publishFolder(FakeOlsServer &server, const QString &folder, const QByteArray &prefix)
{
    int published = 0;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        server.addResponse(prefix + root.relativeFilePath(path).toUtf8(), 200, file.readAll(), "application/octet-stream");
        ++published;
    }
    return published;
}

// The address under which publishFolder(server, …, prefix) serves the pack.
inline QString publishedUrl(const FakeOlsServer &server, const QByteArray &prefix)
{
    const QString base = server.baseUrl(); // "http://127.0.0.1:<port>/ols4"
    return base.left(base.lastIndexOf(u'/')) + QString::fromUtf8(prefix);
}
