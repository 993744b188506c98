#pragma once

#include "CliCommand.h"

namespace metafill::cli {

// metafill-cli export --template FILE [--record FILE] [--set PATH=VALUE]... -o OUT PATH...
class ExportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

// metafill-cli validate --template FILE RECORD...
class ValidateCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

// metafill-cli import --template FILE -o RECORD OMERO_CSV
class ImportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

} // namespace metafill::cli
