#include "CliApplication.h"

#include "BuildInfo.h"
#include "ImageCommands.h"
#include "PackCommands.h"
#include "RecordCommands.h"
#include "TemplateCommands.h"
#include "TermCommands.h"

using namespace Qt::StringLiterals;

namespace metafill::cli {

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<TemplateCheckCommand>());
    m_commands.push_back(std::make_unique<TemplateFieldsCommand>());
    m_commands.push_back(std::make_unique<InspectCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<TermsSearchCommand>());
    m_commands.push_back(std::make_unique<TermsResolveCommand>());
    m_commands.push_back(std::make_unique<TermsPackCommand>());
    m_commands.push_back(std::make_unique<TermsInfoCommand>());
    m_commands.push_back(std::make_unique<PackAddCommand>());
    m_commands.push_back(std::make_unique<PackUpdateCommand>());
    m_commands.push_back(std::make_unique<PackListCommand>());
    m_commands.push_back(std::make_unique<PackRemoveCommand>());
    m_commands.push_back(std::make_unique<PackBuildCommand>());
}

int CliApplication::run(const QStringList &arguments, CliIo &io)
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h" || arguments.first() == u"help") {
        printHelp(io);
        return arguments.isEmpty() ? UsageError : Success;
    }
    if (arguments.first() == u"--version" || arguments.first() == u"-v") {
        io.out << u"metafill-cli "_s << BuildInfo::version() << '\n';
        for (const QString &line : BuildInfo::describe())
            io.out << line << '\n';
        return Success;
    }
    for (const auto &command : m_commands) {
        const QStringList words = command->name().split(u' ');
        if (arguments.mid(0, words.size()) == words)
            return command->run(arguments, io);
    }
    io.err << tr("metafill-cli: unknown command '%1'").arg(arguments.mid(0, 2).join(u' ')) << '\n'
           << tr("Try 'metafill-cli --help'.") << '\n';
    return UsageError;
}

void CliApplication::printHelp(CliIo &io) const
{
    io.out << tr("Usage: metafill-cli COMMAND [options]") << "\n\n"
           << tr("Fill microscopy metadata templates and export them as OMERO key-value CSV files.") << "\n\n"
           << tr("Commands:") << '\n';
    for (const auto &command : m_commands)
        io.out << u"  "_s << command->name().leftJustified(18) << command->summary().section(u". "_s, 0, 0) << '\n';
    io.out << '\n'
           << tr("Each command has --help. Options: --version, --help.") << "\n\n"
           << tr("Exit codes: 0 success; 1 the input has errors (template, record or value); 2 wrong options; "
                 "3 an input file could not be read; 4 the output could not be written.")
           << '\n';
}

} // namespace metafill::cli
