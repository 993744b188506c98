#pragma once

#include "PackIndex.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace metafill {

// Checks that a folder holds exactly what an index promises: every listed
// file present as a regular file (not a link), with the listed size and
// SHA-256. The first file that differs is named in the message.
class PackVerifier
{
    Q_DECLARE_TR_FUNCTIONS(PackVerifier)

public:
    static Status verify(const QString &folder, const PackIndex &index, const std::atomic<bool> &cancel);
    // Lower-case hex SHA-256 of a file, or an empty string if it cannot be read.
    static QString sha256Of(const QString &path);
};

} // namespace metafill
