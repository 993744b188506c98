#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace metafill {

// Writes several files so that they appear together: every file is written
// and synced under no name at all, and only then do they get their names, one
// rename after the other within microseconds. A crash or a kill before that
// leaves nothing (and the files they replace untouched); no file is ever cut.
//
// QSaveFile alone makes each file atomic, but it syncs each file just before
// renaming it, and a sync costs milliseconds: a kill between two of them left
// the first parts of a split export in place, a smaller export that looked
// whole. On Linux the files are unnamed O_TMPFILE inodes, linked into place
// with linkat(2); elsewhere, or on a file system without O_TMPFILE, each file
// is a QSaveFile, committed one after the other.
class FileSetWriter
{
    Q_DECLARE_TR_FUNCTIONS(FileSetWriter)

public:
    struct File
    {
        QString path;
        QByteArray bytes;
    };

    static Status write(const QList<File> &files);

private:
    static Status writeWithSaveFiles(const QList<File> &files);
};

} // namespace metafill
