#pragma once

#include "CliCommand.h"

namespace metafill::cli {

// metafill-cli terms search QUERY... [--ontology ID]... [--under CURIE]... [--offline] [--json] [--stdin]
class TermsSearchCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TermsSearchCommand)

public:
    QString name() const override { return QStringLiteral("terms search"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

// metafill-cli terms resolve RECORD [--template NAME] [-o OUT]
class TermsResolveCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TermsResolveCommand)

public:
    QString name() const override { return QStringLiteral("terms resolve"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

// metafill-cli terms import FILE | terms packs [--remove ID] | terms info
class TermsPackCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TermsPackCommand)

public:
    QString name() const override { return QStringLiteral("terms import"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

class TermsInfoCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TermsInfoCommand)

public:
    QString name() const override { return QStringLiteral("terms info"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

} // namespace metafill::cli
