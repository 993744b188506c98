#include "PackCommands.h"

#include "PackBuilder.h"
#include "PackManager.h"
#include "TemplateCommands.h"
#include "TermFileReader.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace metafill::cli {
namespace {

// Options of the commands that fetch packs.
void addFetchOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"proxy"_s,
         QCoreApplication::translate(
             "PackCommands",
             "Proxy for fetching packs, e.g. http://proxy:3128, or 'none' (default: the https_proxy environment variable)."),
         QCoreApplication::translate("PackCommands", "URL")},
        {u"ca-certificates"_s,
         QCoreApplication::translate("PackCommands",
                                     "A PEM file of certificate authorities to trust besides the system's (an institution's own)."),
         QCoreApplication::translate("PackCommands", "FILE")},
        {u"user-store"_s,
         QCoreApplication::translate("PackCommands", "The store the packs' term packs are imported into (default %1).")
             .arg(QDir::toNativeSeparators(TermIndex::defaultUserStorePath())),
         QCoreApplication::translate("PackCommands", "FILE")},
    });
}

PackManager::Options managerOptions(const QCommandLineParser &parser, const QStringList &templateSearchPath)
{
    PackManager::Options options;
    options.fetch.proxy = parser.value(u"proxy"_s).trimmed();
    options.fetch.caCertificatesFile = parser.value(u"ca-certificates"_s);
    if (parser.isSet(u"user-store"_s))
        options.termStore = parser.value(u"user-store"_s);
    options.templateSearchPath = templateSearchPath;
    return options;
}

int exitCodeFor(PackManager::Failure failure)
{
    switch (failure) {
    case PackManager::Failure::None:
        return Success;
    case PackManager::Failure::Unreachable:
    case PackManager::Failure::Cancelled:
        return InputError;
    case PackManager::Failure::Refused:
        return Problems;
    case PackManager::Failure::Store:
        return OutputError;
    case PackManager::Failure::Usage:
        return UsageError;
    }
    return Problems;
}

void printWarnings(const QStringList &warnings, CliIo &io)
{
    for (const QString &warning : warnings)
        io.err << QCoreApplication::translate("Diagnostic", "warning") << u": "_s << warning << '\n';
}

void printUpdate(const PackUpdate &update, CliIo &io)
{
    for (const QString &line : update.describe())
        io.out << line << '\n';
    printWarnings(update.warnings, io);
    io.out.flush();
}

} // namespace

// --- pack add -----------------------------------------------------------------

QString PackAddCommand::summary() const
{
    return tr("Subscribe to a facility's template pack (an https address or a folder): fetch it, check every file's SHA-256 "
              "and keep a copy for offline use. Its templates join the template search path.");
}

int PackAddCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    addTemplatePathOption(parser);
    addFetchOptions(parser);
    parser.addPositionalArgument(u"SOURCE"_s, tr("The pack's https address or folder (the one holding metafill-pack.json)."),
                                 u"URL|FOLDER"_s);
    if (const int code = parse(parser, arguments, tr("[options] URL|FOLDER"), io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("metafill-cli pack add: name one pack address or folder") << '\n';
        return UsageError;
    }
    PackManager manager(managerOptions(parser, searchPath(parser)));
    const std::atomic<bool> never{false};
    const auto added = manager.add(parser.positionalArguments().first(), never);
    if (!added) {
        io.err << tr("metafill-cli pack add: %1").arg(added.error()) << '\n';
        return exitCodeFor(manager.lastFailure());
    }
    printUpdate(*added, io);
    return Success;
}

// --- pack update --------------------------------------------------------------

QString PackUpdateCommand::summary() const
{
    return tr("Fetch the newest version of subscribed template packs (all, or the one named) and print what changed. "
              "A pack with any altered file is refused whole; the version in use stays.");
}

int PackUpdateCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    addTemplatePathOption(parser);
    addFetchOptions(parser);
    parser.addPositionalArgument(u"ID"_s, tr("The pack to update; all subscribed packs without it."), u"[ID]"_s);
    if (const int code = parse(parser, arguments, tr("[options] [ID]"), io); code >= 0)
        return code;
    if (parser.positionalArguments().size() > 1) {
        io.err << tr("metafill-cli pack update: name at most one pack") << '\n';
        return UsageError;
    }
    PackManager manager(managerOptions(parser, searchPath(parser)));
    QStringList ids = parser.positionalArguments();
    if (ids.isEmpty()) {
        const auto subscribed = manager.store().subscriptions();
        if (!subscribed) {
            io.err << subscribed.error() << '\n';
            return OutputError;
        }
        for (const PackSubscription &s : *subscribed)
            ids.append(s.id);
        if (ids.isEmpty()) {
            io.out << tr("No template packs are subscribed; add one with 'metafill-cli pack add URL|FOLDER'.") << '\n';
            return Success;
        }
    }
    // One unreachable pack does not keep the others from their updates.
    int exitCode = Success;
    const std::atomic<bool> never{false};
    for (const QString &id : std::as_const(ids)) {
        const auto updated = manager.update(id, never);
        if (!updated) {
            io.err << tr("metafill-cli pack update: %1").arg(updated.error()) << '\n';
            exitCode = std::max(exitCode, exitCodeFor(manager.lastFailure()));
            continue;
        }
        printUpdate(*updated, io);
    }
    return exitCode;
}

// --- pack list ----------------------------------------------------------------

QString PackListCommand::summary() const
{
    return tr("List the subscribed template packs: version in use, source, templates, and the versions kept for older records.");
}

int PackListCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    if (const int code = parse(parser, arguments, QString(), io); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << tr("metafill-cli pack list: takes no arguments") << '\n';
        return UsageError;
    }
    PackManager manager(PackManager::Options{});
    const auto packs = manager.list();
    if (!packs) {
        io.err << packs.error() << '\n';
        return InputError;
    }
    io.out << tr("Template packs in %1").arg(QDir::toNativeSeparators(manager.store().root())) << '\n';
    if (packs->isEmpty()) {
        io.out << tr("No template packs are subscribed; add one with 'metafill-cli pack add URL|FOLDER'.") << '\n';
        return Success;
    }
    int exitCode = Success;
    for (const PackInfo &info : *packs) {
        const PackSubscription &s = info.subscription;
        io.out << u'\n' << s.id << u' ' << s.activeVersion << u"  "_s << s.title << u" — "_s << s.publisher << '\n';
        io.out << u"  "_s << tr("source: %1").arg(s.source) << '\n';
        io.out << u"  "_s << tr("checked: %1").arg(s.updated.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)) << '\n';
        io.out << u"  "_s << tr("kept versions: %1").arg(info.keptVersions.join(u", "_s)) << '\n';
        if (!info.index) {
            io.err << info.problem << '\n';
            exitCode = InputError;
            continue;
        }
        for (const PackFile &file : info.index->files) {
            if (file.kind() == PackFile::Kind::Template)
                io.out << u"  "_s << tr("template %1 %2").arg(file.templateId, file.templateVersion) << '\n';
            else
                io.out << u"  "_s << tr("term pack %1").arg(file.path) << '\n';
        }
    }
    return exitCode;
}

// --- pack remove --------------------------------------------------------------

QString PackRemoveCommand::summary() const
{
    return tr("End the subscription to a template pack and delete its kept versions and term packs from this computer.");
}

int PackRemoveCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    parser.addOption({u"user-store"_s,
                      tr("The store the pack's term packs were imported into (default %1).")
                          .arg(QDir::toNativeSeparators(TermIndex::defaultUserStorePath())),
                      tr("FILE")});
    parser.addPositionalArgument(u"ID"_s, tr("The pack's id, as 'metafill-cli pack list' shows it."), u"ID"_s);
    if (const int code = parse(parser, arguments, tr("ID"), io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("metafill-cli pack remove: name one pack") << '\n';
        return UsageError;
    }
    PackManager::Options options;
    if (parser.isSet(u"user-store"_s))
        options.termStore = parser.value(u"user-store"_s);
    PackManager manager(options);
    const auto removed = manager.remove(parser.positionalArguments().first());
    if (!removed) {
        io.err << tr("metafill-cli pack remove: %1").arg(removed.error()) << '\n';
        return exitCodeFor(manager.lastFailure());
    }
    io.out << tr("Removed the template pack %1 (%2).").arg(removed->pack.id, removed->pack.title) << '\n';
    if (!removed->templates.isEmpty()) {
        io.out << tr("These templates are no longer available: %1. Records made with them open again once the pack is added back.")
                      .arg(removed->templates.join(u", "_s))
               << '\n';
    }
    for (const QString &id : removed->termPacksRemoved)
        io.out << tr("term store: %1 removed").arg(id) << '\n';
    printWarnings(removed->warnings, io);
    return Success;
}

// --- pack build ---------------------------------------------------------------

QString PackBuildCommand::summary() const
{
    return tr("Write a pack's index (metafill-pack.json) for a facility's folder with templates/ and terms/: every file's size "
              "and SHA-256. Every template is checked as 'template check' does; on any error nothing is written.");
}

int PackBuildCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    addTemplatePathOption(parser);
    parser.addOptions({
        {u"id"_s, tr("The pack's id, e.g. de.uni-example.lmf (default: the one in the existing index)."), tr("ID")},
        {u"version"_s, tr("The pack's version, MAJOR.MINOR.PATCH; raise it whenever a file changes (default: the existing index's)."),
         tr("X.Y.Z")},
        {u"title"_s, tr("The pack's title (default: the existing index's)."), tr("TEXT")},
        {u"publisher"_s, tr("Who publishes the pack, e.g. the facility's name (default: the existing index's)."), tr("TEXT")},
        {u"description"_s, tr("A sentence about the pack (default: the existing index's)."), tr("TEXT")},
    });
    parser.addPositionalArgument(u"FOLDER"_s, tr("The pack's folder."), u"FOLDER"_s);
    if (const int code = parse(parser, arguments, tr("[options] FOLDER"), io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("metafill-cli pack build: name the pack's folder") << '\n';
        return UsageError;
    }
    const QString folder = parser.positionalArguments().first();
    const PackBuilder::About about{parser.value(u"id"_s), parser.value(u"version"_s), parser.value(u"title"_s),
                                   parser.value(u"publisher"_s), parser.value(u"description"_s)};
    const PackBuilder::Outcome built = PackBuilder::build(folder, about);
    for (const QString &note : built.notes)
        io.err << tr("note: %1").arg(note) << '\n';
    for (const QString &error : built.errors)
        io.err << QCoreApplication::translate("Diagnostic", "error") << u": "_s << error << '\n';
    if (!built.index) {
        io.err << tr("metafill-cli pack build: the index was not written") << '\n';
        return QFileInfo(folder).isDir() ? Problems : InputError;
    }
    const PackIndex &index = *built.index;

    // The same checks as 'template check', with the pack's own templates found first.
    int exitCode = Success;
    QStringList templates{u"template"_s, u"check"_s};
    for (const QString &dir : parser.values(u"template-path"_s))
        templates << u"--template-path"_s << dir;
    for (const PackFile &file : index.filesOfKind(PackFile::Kind::Template))
        templates.append(QDir(folder).filePath(file.path));
    if (templates.size() > 2 + 2 * parser.values(u"template-path"_s).size() && TemplateCheckCommand().run(templates, io) != Success)
        exitCode = Problems;
    // A term pack that does not read would fail on every subscriber's computer.
    for (const PackFile &file : index.filesOfKind(PackFile::Kind::Terms)) {
        const auto read = TermFileReader::read(QDir(folder).filePath(file.path), TermReadLimits::forPacks());
        if (!read) {
            io.err << QCoreApplication::translate("Diagnostic", "error") << u": "_s << read.error() << '\n';
            exitCode = Problems;
            continue;
        }
        printWarnings(read->warnings, io);
        io.out << tr("%1: ok (%n term(s))", nullptr, int(read->terms.size())).arg(file.path) << '\n';
    }
    if (exitCode != Success) {
        io.err << tr("metafill-cli pack build: the index was not written") << '\n';
        return exitCode;
    }
    if (const Status written = PackBuilder::write(folder, index); !written) {
        io.err << tr("metafill-cli pack build: %1").arg(written.error()) << '\n';
        return OutputError;
    }
    const QString contents = tr("%n template(s)", nullptr, int(index.filesOfKind(PackFile::Kind::Template).size())) + u", "_s +
                             tr("%n term pack(s)", nullptr, int(index.filesOfKind(PackFile::Kind::Terms).size()));
    io.out << tr("Wrote %1: %2 %3 with %4, %5 bytes.")
                  .arg(QDir::toNativeSeparators(QDir(folder).filePath(QString::fromUtf16(PackStore::IndexFileName))), index.id,
                       index.version, contents)
                  .arg(index.totalBytes())
           << '\n';
    return Success;
}

} // namespace metafill::cli
