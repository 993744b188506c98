#pragma once

#include "CliCommand.h"

namespace metafill::cli {

// metafill-cli inspect [--json | --ome-xml] PATH...
class InspectCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

} // namespace metafill::cli
