#include "DiagnosticPrinter.h"

namespace metafill::cli {

void printDiagnostics(const Diagnostics &diagnostics, QTextStream &stream)
{
    if (!diagnostics.isEmpty())
        stream << diagnostics.toString() << '\n';
    stream.flush();
}

} // namespace metafill::cli
