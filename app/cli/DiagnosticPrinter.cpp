#include "DiagnosticPrinter.h"

namespace metafill::cli {

void printDiagnostics(const Diagnostics &diagnostics, QTextStream &stream)
{
    for (const Diagnostic &d : diagnostics.items())
        stream << d.toString() << '\n';
    stream.flush();
}

} // namespace metafill::cli
