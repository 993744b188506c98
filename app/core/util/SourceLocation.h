#pragma once

#include <QString>

namespace metafill {

// A place in a file that a person can open in an editor: lines and columns
// count from 1, as editors and compilers show them.
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    bool hasPosition() const { return line > 0; }
    // "file:line:column", or just "file" when the position is unknown.
    QString toString() const;
};

} // namespace metafill
