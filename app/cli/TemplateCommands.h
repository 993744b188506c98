#pragma once

#include "CliCommand.h"

namespace metafill::cli {

// metafill-cli template check FILE...
class TemplateCheckCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCheckCommand)

public:
    QString name() const override { return QStringLiteral("template check"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

// metafill-cli template fields FILE
class TemplateFieldsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TemplateFieldsCommand)

public:
    QString name() const override { return QStringLiteral("template fields"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

} // namespace metafill::cli
