#include "TemplateCommands.h"

#include "AutofillEngine.h"
#include "DiagnosticPrinter.h"
#include "TermIndex.h"
#include "omero/OmeroKeys.h"
#include "template/TemplateLoader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace metafill::cli {
namespace {

// The branch roots of term fields must name terms: a misspelt root would make
// every search in that field come back empty. Checked against the offline
// index for the ontologies it holds; roots of other ontologies are left to OLS.
Diagnostics checkTermRoots(const Template &t, const TermIndex &index, const QStringList &bundledOntologies)
{
    Diagnostics found;
    for (const SectionSpec &section : t.sections) {
        for (const FieldSpec &field : section.fields) {
            for (const QString &root : field.ontology.roots) {
                const QString ontology = root.section(u':', 0, 0).toLower();
                if (!bundledOntologies.contains(ontology))
                    continue;
                const Result<std::optional<OntologyTerm>> term = index.lookup(root);
                if (term && !*term) {
                    found.warning(field.origin(), TemplateCheckCommand::tr("%1.%2: the branch root %3 is not a term of %4 (offline index); "
                                                                          "searches in this field would find nothing")
                                                      .arg(section.key, field.key, root, ontology));
                } else if (term && (*term)->obsolete) {
                    found.warning(field.origin(), TemplateCheckCommand::tr("%1.%2: the branch root %3 (%4) is obsolete")
                                                      .arg(section.key, field.key, root, (*term)->label));
                }
            }
        }
    }
    return found;
}

} // namespace

QString TemplateCheckCommand::summary() const
{
    return tr("Check templates. Prints every problem as file:line:column: message and exits with 1 if any template has errors.");
}

int TemplateCheckCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    addTemplatePathOption(parser);
    parser.addPositionalArgument(u"FILE"_s, tr("Template files (or ids of installed templates)."), u"FILE..."_s);
    if (const int code = parse(parser, arguments, tr("[options] FILE..."), io); code >= 0)
        return code;
    if (parser.positionalArguments().isEmpty()) {
        io.err << tr("metafill-cli template check: name at least one template file") << '\n';
        return UsageError;
    }
    TemplateLoader loader(searchPath(parser));
    // Only the installed index: what a template names must hold on every
    // computer, not just where a pack was imported.
    TermIndex index;
    QStringList bundledOntologies;
    if (const QString installed = TermIndex::installedIndexPath(); QFileInfo::exists(installed) && index.open(installed, QString())) {
        if (const Result<TermIndexStatistics> stats = index.statistics()) {
            for (const TermOntologyStatistics &o : stats->ontologies) {
                if (o.installed > 0)
                    bundledOntologies.append(o.ontology.toLower());
            }
        }
    }
    int exitCode = Success;
    for (const QString &file : parser.positionalArguments()) {
        const auto outcome = loader.loadByNameOrPath(file);
        printDiagnostics(outcome.diagnostics, io.err);
        if (!outcome.result) {
            exitCode = Problems;
            continue;
        }
        const Template &t = *outcome.result;
        // Auto-fill queries are XPath; only the engine that runs them can say
        // whether they compile.
        const AutofillEngine engine(t);
        printDiagnostics(engine.problems(), io.err);
        if (!bundledOntologies.isEmpty())
            printDiagnostics(checkTermRoots(t, index, bundledOntologies), io.err);
        if (engine.problems().hasErrors()) {
            exitCode = Problems;
            continue;
        }
        io.out << tr("%1: ok (%2 %3, %n field(s)", nullptr, t.fieldCount()).arg(file, t.id, t.version);
        if (t.base)
            io.out << tr(", extends %1 %2").arg(t.base->id, t.base->version);
        io.out << u')' << '\n';
    }
    return exitCode;
}

QString TemplateFieldsCommand::summary() const
{
    return tr("List the fields of a template, one per line: path, type, requirement and OMERO key, separated by tabs.");
}

int TemplateFieldsCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    addTemplatePathOption(parser);
    parser.addPositionalArgument(u"FILE"_s, tr("A template file (or the id of an installed template)."), u"FILE"_s);
    if (const int code = parse(parser, arguments, tr("[options] FILE"), io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("metafill-cli template fields: name exactly one template") << '\n';
        return UsageError;
    }
    TemplateLoader loader(searchPath(parser));
    const auto outcome = loader.loadByNameOrPath(parser.positionalArguments().first());
    printDiagnostics(outcome.diagnostics, io.err);
    if (!outcome.result)
        return Problems;
    for (const SectionSpec &section : outcome.result->sections) {
        if (section.hidden)
            continue;
        for (const FieldSpec &field : section.fields) {
            if (field.hidden)
                continue;
            const QString path = section.isRepeatable() ? QString(section.key + u"[]."_s + field.key) : QString(section.key + u'.' + field.key);
            const QString key = OmeroKeys::keyPattern(section, field);
            io.out << path << '\t' << FieldTypes::name(field.type) << (field.multiple ? u"[]"_s : QString()) << '\t'
                   << Requirements::name(field.requirement) << '\t' << key << '\n';
        }
    }
    return Success;
}

} // namespace metafill::cli
