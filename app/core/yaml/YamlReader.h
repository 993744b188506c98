#pragma once

#include "YamlNode.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace metafill {

// Bounds that keep a hostile or broken document from exhausting memory, stack
// or time. The defaults are far above what a hand-written template needs.
struct YamlLimits
{
    qint64 maxBytes = 4 * 1024 * 1024;
    int maxDepth = 64;
    qint64 maxNodes = 250'000;   // after expanding every alias
    qint64 maxScalarBytes = 1024 * 1024;
};

// Parses one YAML document into a YamlNode tree. Errors carry
// "file:line:column: message" text for the person who wrote the file.
class YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)

public:
    struct Failure
    {
        QString message;
        int line = 0;
        int column = 0;
    };

    static YamlNodePtr parse(const QByteArray &text, const YamlLimits &limits, Failure *failure);
};

} // namespace metafill
