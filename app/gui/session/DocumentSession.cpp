#include "DocumentSession.h"

#include "RecordSnapshotCommand.h"

#include "record/RecordFile.h"
#include "record/RecordValidator.h"

#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace metafill::gui {

namespace {

// Merge ids for undo: typing into one field is one step.
constexpr int MergeTyping = 1;

// Moves the instances of `section` at or above `from` by `by` (+1 or −1) in `values`.
void shiftInstances(ValueMap &values, const QString &section, int from, int by)
{
    ValueMap moved;
    for (auto it = values.begin(); it != values.end();) {
        if (it.key().section == section && it.key().instance >= from) {
            FieldPath path = it.key();
            path.instance += by;
            moved.insert(path, it.value());
            it = values.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = moved.cbegin(); it != moved.cend(); ++it)
        values.insert(it.key(), it.value());
}

void removeInstanceValues(ValueMap &values, const QString &section, int instance)
{
    values.removeIf([&](const ValueMap::iterator &it) { return it.key().section == section && it.key().instance == instance; });
}

ValueMap *scopeMap(Record &record, int image)
{
    if (image < 0)
        return &record.values;
    if (image >= record.images.size())
        return nullptr;
    return &record.images[image].values;
}

} // namespace

DocumentSession::DocumentSession(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    qRegisterMetaType<metafill::gui::RecordChange>();
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

DocumentSession::~DocumentSession() = default;

void DocumentSession::start(std::shared_ptr<const Template> t)
{
    Record record;
    if (t)
        record.templateRef = t->ref();
    adopt(std::move(t), std::move(record), {}, false);
}

void DocumentSession::adopt(std::shared_ptr<const Template> t, Record record, const QString &filePath, bool modified)
{
    const bool wasModified = isModified();
    m_template = std::move(t);
    m_state = DocumentState{std::move(record), {}};
    m_undo->clear();
    if (modified) {
        // A restored journal holds changes no file has: the document starts modified,
        // with nothing to undo. An obsolete clean index does that.
        m_undo->resetClean();
    }
    const bool pathChanged = m_filePath != filePath;
    m_filePath = filePath;
    emit templateChanged();
    emit changed(RecordChange::everything());
    if (pathChanged)
        emit filePathChanged(m_filePath);
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

bool DocumentSession::isModified() const
{
    return !m_undo->isClean();
}

const ValueMap &DocumentSession::scopeValues(int image) const
{
    if (image >= 0 && image < m_state.record.images.size())
        return m_state.record.images.at(image).values;
    return m_state.record.values;
}

FieldValue DocumentSession::ownValue(const FieldPath &path, int image) const
{
    return scopeValues(image).value(path);
}

FieldValue DocumentSession::effectiveValue(const FieldPath &path, int image) const
{
    if (image >= 0 && image < m_state.record.images.size()) {
        const ValueMap &own = m_state.record.images.at(image).values;
        if (const auto it = own.constFind(path); it != own.cend())
            return it.value();
    }
    return m_state.record.values.value(path);
}

int DocumentSession::instanceCount(const QString &sectionKey, int image) const
{
    const SectionSpec *section = m_template ? m_template->section(sectionKey) : nullptr;
    if (!section)
        return 0;
    const int fromValues = image < 0 ? RecordValidator::instancesShown(*section, m_state.record.values)
                                     : RecordValidator::instancesShown(*section, effectiveValues(image));
    int added = m_state.addedInstances.value({image, sectionKey}, 0);
    if (image >= 0)
        added = std::max(added, m_state.addedInstances.value({-1, sectionKey}, 0));
    return std::max(fromValues, added);
}

QMap<QString, int> DocumentSession::addedInstancesInAnyScope() const
{
    QMap<QString, int> most;
    for (auto it = m_state.addedInstances.cbegin(); it != m_state.addedInstances.cend(); ++it)
        most[it.key().second] = std::max(most.value(it.key().second), it.value());
    return most;
}

void DocumentSession::setValue(const FieldPath &path, int image, const FieldValue &value)
{
    DocumentState before = m_state;
    ValueMap *values = scopeMap(m_state.record, image);
    if (!values)
        return;
    const auto it = values->constFind(path);
    const bool had = it != values->cend();
    if (value.isEmpty()) {
        if (!had)
            return;
        values->remove(path);
    } else {
        if (had && it.value().values == value.values && it.value().provenance == value.provenance)
            return;
        values->insert(path, value);
    }
    push(tr("Edit %1").arg(fieldLabel(path)), std::move(before), RecordChange::value(path, image), MergeTyping);
}

void DocumentSession::addInstance(const QString &section, int image)
{
    if (!scopeMap(m_state.record, image))
        return;
    DocumentState before = m_state;
    const int count = instanceCount(section, image);
    if (count >= FieldPath::MaxInstances)
        return;
    m_state.addedInstances[{image, section}] = count + 1;
    push(tr("Add %1").arg(sectionLabel(section)), std::move(before), RecordChange::structure(section, count, image), -1);
}

void DocumentSession::duplicateInstance(const QString &section, int instance, int image)
{
    ValueMap *values = scopeMap(m_state.record, image);
    if (!values)
        return;
    const int count = instanceCount(section, image);
    if (instance < 0 || instance >= count || count >= FieldPath::MaxInstances)
        return;
    DocumentState before = m_state;
    values = scopeMap(m_state.record, image);
    // The copy goes right after the original, where people look for it.
    ValueMap copies;
    for (auto it = values->cbegin(); it != values->cend(); ++it) {
        if (it.key().section == section && it.key().instance == instance) {
            FieldPath path = it.key();
            path.instance = instance + 1;
            copies.insert(path, it.value());
        }
    }
    shiftInstances(*values, section, instance + 1, +1);
    for (auto it = copies.cbegin(); it != copies.cend(); ++it)
        values->insert(it.key(), it.value());
    m_state.addedInstances[{image, section}] = count + 1;
    push(tr("Duplicate %1").arg(sectionLabel(section)), std::move(before), RecordChange::structure(section, instance, image), -1);
}

void DocumentSession::removeInstance(const QString &section, int instance, int image)
{
    ValueMap *values = scopeMap(m_state.record, image);
    const int count = instanceCount(section, image);
    if (!values || instance < 0 || instance >= count)
        return;
    DocumentState before = m_state;
    values = scopeMap(m_state.record, image);
    removeInstanceValues(*values, section, instance);
    shiftInstances(*values, section, instance + 1, -1);
    m_state.addedInstances[{image, section}] = count - 1;
    push(tr("Remove %1").arg(sectionLabel(section)), std::move(before), RecordChange::structure(section, instance, image), -1);
}

QString DocumentSession::sectionLabel(const QString &sectionKey) const
{
    const SectionSpec *section = m_template ? m_template->section(sectionKey) : nullptr;
    return section && !section->label.isEmpty() ? section->label.localized() : sectionKey;
}

QString DocumentSession::fieldLabel(const FieldPath &path) const
{
    // As people know the field: its label, with the section's for a repeated instance ("Author 2: First name").
    const SectionSpec *section = m_template ? m_template->section(path.section) : nullptr;
    const FieldSpec *field = section ? section->field(path.field) : nullptr;
    if (!field || field->label.isEmpty())
        return m_template ? m_template->pathText(path) : path.toString(true);
    if (section->isRepeatable())
        return u"%1 %2: %3"_s.arg(sectionLabel(path.section)).arg(path.instance + 1).arg(field->label.localized());
    return field->label.localized();
}

void DocumentSession::change(const QString &text, const std::function<void(Record &)> &edit, RecordChange hint)
{
    DocumentState before = m_state;
    edit(m_state.record);
    push(text, std::move(before), hint, -1);
}

Status DocumentSession::save(const QString &path)
{
    if (!m_template)
        return Status::failure(tr("There is no template to save a record for."));
    if (Status written = RecordFile::write(m_state.record, *m_template, path); !written)
        return written;
    markSaved(path);
    return Done{};
}

void DocumentSession::markSaved(const QString &path)
{
    m_undo->setClean();
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(m_filePath);
    }
}

void DocumentSession::restoreSnapshot(const DocumentState &snapshot, const RecordChange &hint)
{
    m_state = snapshot;
    emit changed(hint);
}

void DocumentSession::push(const QString &text, DocumentState before, const RecordChange &hint, int mergeId)
{
    // The change is in place already; the command only remembers both states.
    m_undo->push(new RecordSnapshotCommand(*this, text, std::move(before), m_state, hint, mergeId));
    emit changed(hint);
}

} // namespace metafill::gui
