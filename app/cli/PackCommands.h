#pragma once

#include "CliCommand.h"

namespace metafill::cli {

// metafill-cli pack add URL|FOLDER
class PackAddCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PackAddCommand)

public:
    QString name() const override { return QStringLiteral("pack add"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

// metafill-cli pack update [ID]
class PackUpdateCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PackUpdateCommand)

public:
    QString name() const override { return QStringLiteral("pack update"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

// metafill-cli pack list
class PackListCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PackListCommand)

public:
    QString name() const override { return QStringLiteral("pack list"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

// metafill-cli pack remove ID
class PackRemoveCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PackRemoveCommand)

public:
    QString name() const override { return QStringLiteral("pack remove"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

// metafill-cli pack build FOLDER [--id ID --version X.Y.Z --title TEXT --publisher TEXT]
class PackBuildCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PackBuildCommand)

public:
    QString name() const override { return QStringLiteral("pack build"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliIo &io) override;
};

} // namespace metafill::cli
