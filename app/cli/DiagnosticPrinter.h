#pragma once

#include "util/Diagnostic.h"

#include <QTextStream>

namespace metafill::cli {

// One line per finding: "file:line:column: error: message".
void printDiagnostics(const Diagnostics &diagnostics, QTextStream &stream);

} // namespace metafill::cli
