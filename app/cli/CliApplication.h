#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace metafill::cli {

// Finds the command named by the first words of the arguments and runs it.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    // `arguments` without the program name.
    int run(const QStringList &arguments, CliIo &io);

private:
    void printHelp(CliIo &io) const;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace metafill::cli
