#include "PackBuilder.h"

#include "PackVerifier.h"
#include "packs/PackStore.h"
#include "yaml/YamlReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The id and version a template file gives itself, read the way the
// template loader's folder scan reads them.
std::optional<std::pair<QString, QString>> templateIdentity(const QString &path, QString *problem)
{
    QFile file(path);
    const YamlLimits limits;
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return std::nullopt;
    }
    YamlReader::Failure failure;
    const YamlNodePtr root = YamlReader::parse(file.read(limits.maxBytes + 1), limits, &failure);
    if (!root) {
        *problem = PackBuilder::tr("line %1: %2").arg(failure.line).arg(failure.message);
        return std::nullopt;
    }
    const YamlNode *id = root->isMap() ? root->get(u"id"_s) : nullptr;
    const YamlNode *version = root->isMap() ? root->get(u"version"_s) : nullptr;
    if (!id || !version || !id->isScalar() || !version->isScalar()) {
        *problem = PackBuilder::tr("the template has no 'id' and 'version'");
        return std::nullopt;
    }
    return std::make_pair(id->scalar, version->scalar);
}

} // namespace

PackBuilder::Outcome PackBuilder::build(const QString &folder, const About &given)
{
    Outcome outcome;
    const QDir root(folder);
    if (!QFileInfo(folder).isDir()) {
        outcome.errors.append(tr("%1 is not a folder").arg(native(folder)));
        return outcome;
    }
    const QString indexName = QString::fromUtf16(PackStore::IndexFileName);
    const QString templatesName = QString::fromUtf16(PackStore::TemplatesFolderName);
    const QString termsName = QString::fromUtf16(PackStore::TermsFolderName);

    if (QFile previous(root.filePath(indexName)); previous.exists()) {
        if (previous.open(QIODevice::ReadOnly)) {
            auto parsed = PackIndex::parse(previous.read(PackIndex::MaxIndexBytes + 1), native(previous.fileName()));
            if (parsed)
                outcome.previous = std::move(parsed).value();
            else
                outcome.notes.append(tr("the index there now cannot be read, so nothing is taken from it: %1").arg(parsed.error()));
        }
    }

    PackIndex index;
    const auto pick = [&](const QString &value, const QString &fromPrevious) {
        return !value.trimmed().isEmpty() ? value.trimmed() : fromPrevious;
    };
    const PackIndex *before = outcome.previous ? &*outcome.previous : nullptr;
    index.id = pick(given.id, before ? before->id : QString());
    index.version = pick(given.version, before ? before->version : QString());
    const QString title = pick(given.title, QString());
    index.title = !title.isEmpty() ? LocalizedText(title) : before ? before->title : LocalizedText();
    index.publisher = pick(given.publisher, before ? before->publisher : QString());
    const QString description = pick(given.description, QString());
    index.description = !description.isEmpty() ? LocalizedText(description) : before ? before->description : LocalizedText();
    if (!PackStore::isValidId(index.id))
        outcome.errors.append(tr("give the pack's id with --id, in lower-case reverse-domain form such as de.uni-example.lmf"));
    if (!PackStore::isValidVersion(index.version))
        outcome.errors.append(tr("give the pack's version with --version, as MAJOR.MINOR.PATCH such as 1.0.0"));
    if (index.title.isEmpty())
        outcome.errors.append(tr("give the pack's title with --title"));
    if (index.publisher.isEmpty())
        outcome.errors.append(tr("name the pack's publisher with --publisher"));

    // Whatever else lies in the folder is not published; say so, so nobody is surprised.
    for (const QFileInfo &entry : root.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString name = entry.fileName();
        if (name == indexName || ((name == templatesName || name == termsName) && entry.isDir() && !entry.isSymLink()))
            continue;
        outcome.notes.append(tr("%1: left out; a pack holds only the folders %2/ and %3/").arg(name, templatesName, termsName));
    }

    for (const QString &kindFolder : {templatesName, termsName}) {
        const QDir dir(root.filePath(kindFolder));
        if (!dir.exists())
            continue;
        if (QFileInfo(dir.path()).isSymLink()) {
            outcome.errors.append(tr("%1: a link to another folder; a pack holds real folders and files").arg(kindFolder));
            continue;
        }
        for (const QFileInfo &entry :
             dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString path = kindFolder + u'/' + entry.fileName();
            if (entry.isSymLink()) {
                outcome.errors.append(tr("%1: a link; a pack holds real files (copy the file here)").arg(path));
                continue;
            }
            if (entry.isDir()) {
                outcome.notes.append(tr("%1/: left out; templates and term packs lie directly in %2/").arg(path, kindFolder));
                continue;
            }
            if (const QString problem = PackIndex::pathProblem(path); !problem.isEmpty()) {
                // Editors' backup files and the like are expected; only names that look meant to be published are errors.
                if (entry.fileName().startsWith(u'.') || entry.fileName().endsWith(u'~'))
                    outcome.notes.append(tr("%1: left out (%2)").arg(path, problem));
                else
                    outcome.errors.append(tr("%1: %2").arg(path, problem));
                continue;
            }
            PackFile file;
            file.path = path;
            file.size = entry.size();
            if (file.size > PackIndex::maxFileBytes(file.kind())) {
                outcome.errors.append(tr("%1: %2 bytes is more than a file of this kind may hold (%3 bytes)")
                                          .arg(path)
                                          .arg(file.size)
                                          .arg(PackIndex::maxFileBytes(file.kind())));
                continue;
            }
            file.sha256 = PackVerifier::sha256Of(entry.filePath());
            if (file.sha256.isEmpty()) {
                outcome.errors.append(tr("%1: cannot be read").arg(path));
                continue;
            }
            if (file.kind() == PackFile::Kind::Template) {
                QString problem;
                const auto identity = templateIdentity(entry.filePath(), &problem);
                if (!identity) {
                    outcome.errors.append(tr("%1: %2").arg(path, problem));
                    continue;
                }
                file.templateId = identity->first;
                file.templateVersion = identity->second;
            }
            index.files.append(std::move(file));
        }
    }
    if (index.files.isEmpty())
        outcome.errors.append(
            tr("%1 holds no templates (%2/*.yaml) and no term packs (%3/*.obo, *.json)").arg(native(folder), templatesName, termsName));
    if (!outcome.errors.isEmpty())
        return outcome;

    // Records name their template by id and version, and clients keep every
    // version they fetched: changed files need new version numbers.
    if (before && before->id == index.id) {
        if (before->version == index.version && !before->sameContentAs(index)) {
            outcome.errors.append(
                tr("the files changed since version %1 was built; give the pack a new version with --version").arg(index.version));
        }
        for (const PackFile &now : std::as_const(index.files)) {
            for (const PackFile &was : before->files) {
                if (was.kind() == PackFile::Kind::Template && was.templateId == now.templateId &&
                    was.templateVersion == now.templateVersion && was.sha256 != now.sha256) {
                    outcome.errors.append(tr("%1: the template %2 %3 changed since the last build, but its version did not; raise "
                                             "'version' in the template (records made with the old content still name %3)")
                                              .arg(now.path, now.templateId, now.templateVersion));
                }
            }
        }
    }
    if (!outcome.errors.isEmpty())
        return outcome;

    // The limits a client applies, applied here first: what is written can be read.
    auto checked = PackIndex::parse(index.toJson(), indexName);
    if (!checked) {
        outcome.errors.append(checked.error());
        return outcome;
    }
    outcome.index = std::move(checked).value();
    return outcome;
}

Status PackBuilder::write(const QString &folder, const PackIndex &index)
{
    QSaveFile file(QDir(folder).filePath(QString::fromUtf16(PackStore::IndexFileName)));
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("cannot write %1: %2").arg(native(file.fileName()), file.errorString()));
    file.write(index.toJson());
    if (!file.commit())
        return Status::failure(tr("cannot write %1: %2").arg(native(file.fileName()), file.errorString()));
    return Done{};
}

} // namespace metafill
