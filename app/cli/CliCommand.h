#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace metafill::cli {

// Exit codes of metafill-cli, documented in `metafill-cli --help` and README.md.
enum ExitCode {
    Success = 0,
    Problems = 1,   // the input was read, and it has errors (invalid template, record or value)
    UsageError = 2, // wrong options or arguments
    InputError = 3, // a file could not be read or holds no usable data
    OutputError = 4 // the result could not be written
};

// Where a command writes: the process's stdout/stderr, or buffers in tests.
struct CliIo
{
    QTextStream &out;
    QTextStream &err;
    QTextStream *in = nullptr; // standard input, for commands that read it (--stdin, questions)
    bool interactive = false;  // standard input and error are a terminal: questions may be asked
};

class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand() = default;

    // "template check", "export", …
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `arguments` start with the words of the command name.
    virtual int run(const QStringList &arguments, CliIo &io) = 0;

protected:
    // Parses the options after the command words. Returns -1 to go on, or an
    // exit code when --help was shown or the options were wrong.
    int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, CliIo &io) const;
    // Adds --template-path, shared by every command that loads templates.
    static void addTemplatePathOption(QCommandLineParser &parser);
    static QStringList searchPath(const QCommandLineParser &parser);
};

} // namespace metafill::cli
