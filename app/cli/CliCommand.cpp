#include "CliCommand.h"

#include "template/TemplateLoader.h"

using namespace Qt::StringLiterals;

namespace metafill::cli {

int CliCommand::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, CliIo &io) const
{
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const int words = int(name().count(u' ')) + 1;
    QStringList rest = arguments.mid(words);
    rest.prepend(u"metafill-cli "_s + name());
    if (!parser.parse(rest)) {
        io.err << tr("metafill-cli %1: %2").arg(name(), parser.errorText()) << '\n'
               << tr("Try 'metafill-cli %1 --help'.").arg(name()) << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Replace Qt's generic usage line with one that names the command.
        text = text.section(u'\n', 1);
        io.out << tr("Usage: metafill-cli %1 %2").arg(name(), usage) << '\n' << summary() << '\n' << text;
        return Success;
    }
    return -1;
}

void CliCommand::addTemplatePathOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"template-path"_s,
                                        tr("Also look for base templates (named in 'extends') and templates given by id in DIR."),
                                        tr("DIR")));
}

QStringList CliCommand::searchPath(const QCommandLineParser &parser)
{
    QStringList path = parser.values(u"template-path"_s);
    path.append(TemplateLoader::defaultSearchPath());
    return path;
}

} // namespace metafill::cli
