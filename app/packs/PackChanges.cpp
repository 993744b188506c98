#include "PackChanges.h"

#include "yaml/YamlReader.h"

#include <QDir>
#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace metafill {
namespace {

constexpr int MaxPresetsListed = 1000;

struct Side
{
    const PackFile *file = nullptr;
    QString folder;
    bool matched = false;
};

QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList result;
    for (const QString &item : a) {
        if (!b.contains(item))
            result.append(item);
    }
    return result;
}

PackTemplateChange change(PackTemplateChange::Kind kind, const Side *before, const Side *after)
{
    PackTemplateChange c;
    c.kind = kind;
    c.id = after ? after->file->templateId : before->file->templateId;
    c.file = after ? after->file->path : before->file->path;
    if (before)
        c.oldVersion = before->file->templateVersion;
    if (after)
        c.newVersion = after->file->templateVersion;
    const QStringList old = before ? PackChanges::presetKeys(QDir(before->folder).filePath(before->file->path)) : QStringList();
    const QStringList now = after ? PackChanges::presetKeys(QDir(after->folder).filePath(after->file->path)) : QStringList();
    if (kind != PackTemplateChange::Kind::Removed)
        c.presetsAdded = minus(now, old);
    if (kind != PackTemplateChange::Kind::Added)
        c.presetsRemoved = minus(old, now);
    return c;
}

} // namespace

QStringList PackChanges::presetKeys(const QString &templateFile)
{
    QFile file(templateFile);
    const YamlLimits limits;
    if (!file.open(QIODevice::ReadOnly) || file.size() > limits.maxBytes)
        return {};
    const YamlNodePtr root = YamlReader::parse(file.read(limits.maxBytes), limits, nullptr);
    const YamlNode *presets = root && root->isMap() ? root->get(u"presets"_s) : nullptr;
    QStringList keys;
    if (!presets || !presets->isSequence())
        return keys;
    for (const YamlNodePtr &preset : presets->items) {
        const YamlNode *key = preset->isMap() ? preset->get(u"key"_s) : nullptr;
        if (key && key->isScalar() && keys.size() < MaxPresetsListed)
            keys.append(key->scalar);
    }
    return keys;
}

PackChanges PackChanges::between(const PackIndex *before, const QString &beforeFolder, const PackIndex &after, const QString &afterFolder)
{
    PackChanges changes;
    QList<Side> old;
    QList<Side> now;
    if (before) {
        for (const PackFile &f : before->files) {
            if (f.kind() == PackFile::Kind::Template)
                old.append(Side{&f, beforeFolder});
        }
    }
    for (const PackFile &f : after.files) {
        if (f.kind() == PackFile::Kind::Template)
            now.append(Side{&f, afterFolder});
    }

    // The same id and version on both sides: unchanged, or rewritten in place.
    for (Side &n : now) {
        for (Side &o : old) {
            if (o.matched || o.file->templateId != n.file->templateId || o.file->templateVersion != n.file->templateVersion)
                continue;
            o.matched = n.matched = true;
            if (o.file->sha256 != n.file->sha256)
                changes.templates.append(change(PackTemplateChange::Kind::Rewritten, &o, &n));
            break;
        }
    }
    // One left on each side with the same id: a new version of it.
    QHash<QString, int> oldCount;
    QHash<QString, int> newCount;
    for (const Side &o : std::as_const(old))
        oldCount[o.file->templateId] += o.matched ? 0 : 1;
    for (const Side &n : std::as_const(now))
        newCount[n.file->templateId] += n.matched ? 0 : 1;
    for (Side &n : now) {
        if (n.matched || newCount.value(n.file->templateId) != 1 || oldCount.value(n.file->templateId) != 1)
            continue;
        for (Side &o : old) {
            if (!o.matched && o.file->templateId == n.file->templateId) {
                o.matched = n.matched = true;
                changes.templates.append(change(PackTemplateChange::Kind::Upgraded, &o, &n));
                break;
            }
        }
    }
    for (const Side &n : std::as_const(now)) {
        if (!n.matched)
            changes.templates.append(change(PackTemplateChange::Kind::Added, nullptr, &n));
    }
    for (const Side &o : std::as_const(old)) {
        if (!o.matched)
            changes.templates.append(change(PackTemplateChange::Kind::Removed, &o, nullptr));
    }

    // Term packs by file: their content is many terms, the importer counts those.
    for (const PackFile &f : after.filesOfKind(PackFile::Kind::Terms)) {
        const PackFile *was = before ? before->file(f.path) : nullptr;
        if (!was)
            changes.terms.append(PackTermsChange{PackTermsChange::Kind::Added, f.path});
        else if (was->sha256 != f.sha256)
            changes.terms.append(PackTermsChange{PackTermsChange::Kind::Changed, f.path});
    }
    if (before) {
        for (const PackFile &f : before->filesOfKind(PackFile::Kind::Terms)) {
            if (!after.file(f.path))
                changes.terms.append(PackTermsChange{PackTermsChange::Kind::Removed, f.path});
        }
    }
    return changes;
}

QList<PackTemplateChange> PackChanges::rewritten() const
{
    QList<PackTemplateChange> result;
    for (const PackTemplateChange &c : templates) {
        if (c.kind == PackTemplateChange::Kind::Rewritten)
            result.append(c);
    }
    return result;
}

QStringList PackChanges::describe(const QString &indent) const
{
    QStringList lines;
    for (const PackTemplateChange &c : templates) {
        switch (c.kind) {
        case PackTemplateChange::Kind::Added:
            lines.append(indent + tr("template %1 %2: new").arg(c.id, c.newVersion));
            break;
        case PackTemplateChange::Kind::Removed:
            lines.append(indent + tr("template %1 %2: removed from the pack (kept here for records made with it)").arg(c.id, c.oldVersion));
            break;
        case PackTemplateChange::Kind::Upgraded:
            lines.append(indent + tr("template %1: %2 → %3").arg(c.id, c.oldVersion, c.newVersion));
            break;
        case PackTemplateChange::Kind::Rewritten:
            lines.append(indent + tr("template %1 %2: the content changed, but not the version").arg(c.id, c.newVersion));
            break;
        }
        if (!c.presetsAdded.isEmpty())
            lines.append(indent + u"    "_s + tr("presets added: %1").arg(c.presetsAdded.join(u", "_s)));
        if (!c.presetsRemoved.isEmpty())
            lines.append(indent + u"    "_s + tr("presets removed: %1").arg(c.presetsRemoved.join(u", "_s)));
    }
    for (const PackTermsChange &c : terms) {
        switch (c.kind) {
        case PackTermsChange::Kind::Added:
            lines.append(indent + tr("term pack %1: new").arg(c.file));
            break;
        case PackTermsChange::Kind::Removed:
            lines.append(indent + tr("term pack %1: removed").arg(c.file));
            break;
        case PackTermsChange::Kind::Changed:
            lines.append(indent + tr("term pack %1: changed").arg(c.file));
            break;
        }
    }
    return lines;
}

} // namespace metafill
