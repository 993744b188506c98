#pragma once

#include "record/Record.h"
#include "template/Template.h"
#include "util/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QUndoStack;

namespace metafill::gui {

// What a change touched, so views refresh only what they show.
struct RecordChange
{
    enum class Kind {
        Value,     // one field of one scope: `path`, `image`
        Structure, // instances of a section were added or removed in `image`'s scope
        Images,    // images were added, removed or refilled (many scopes at once)
        Everything // a new record, undo across kinds, restore
    };
    Kind kind = Kind::Everything;
    FieldPath path;
    int image = -1; // -1: the values all images share

    static RecordChange value(const FieldPath &path, int image) { return {Kind::Value, path, image}; }
    static RecordChange structure(const QString &section, int instance, int image) { return {Kind::Structure, {section, instance, {}}, image}; }
    static RecordChange images() { return {Kind::Images, {}, -1}; }
    static RecordChange everything() { return {Kind::Everything, {}, -1}; }
};

// What undo restores: the record, and how many instances the form shows
// where a person added instances that hold no value yet (a record stores
// values only, so an empty instance exists only here).
struct DocumentState
{
    Record record;
    QMap<std::pair<int, QString>, int> addedInstances; // (scope, section) -> instances shown
};

// The document the window edits: one template, the record being filled and
// where it is saved. Every change goes through here, so it can be undone, be
// journalled and reach every view.
//
// A scope is -1 for the values all images share, or the index of an image in
// record().images for that image's own values, which win over the shared ones.
//
// Undo keeps snapshots of the record. Record's maps and lists are implicitly
// shared, so a snapshot costs a few reference counts until a change detaches
// the parts it touches: one typed value copies one scope's map, not the batch.
class DocumentSession final : public QObject
{
    Q_OBJECT

public:
    explicit DocumentSession(QObject *parent = nullptr);
    ~DocumentSession() override;

    // Starts an empty record for `t`; forgets the file and the undo history.
    void start(std::shared_ptr<const Template> t);
    // Takes a record read or restored elsewhere (its values bound to `t`).
    void adopt(std::shared_ptr<const Template> t, Record record, const QString &filePath, bool modified);

    const Template *templ() const { return m_template.get(); }
    std::shared_ptr<const Template> sharedTemplate() const { return m_template; }
    const Record &record() const { return m_state.record; }
    QString filePath() const { return m_filePath; }
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undo; }

    // The scope's own value (no overlay): what an editor of that scope shows as typed there.
    FieldValue ownValue(const FieldPath &path, int image) const;
    // What the image ends up with: its own value, else the shared one (for -1 the shared one).
    FieldValue effectiveValue(const FieldPath &path, int image) const;
    // The values of one scope, or the effective values of an image.
    const ValueMap &scopeValues(int image) const;
    ValueMap effectiveValues(int image) const { return m_state.record.effectiveValues(image); }
    int imageCount() const { return int(m_state.record.images.size()); }
    // How many instances the form shows for a section in a scope.
    int instanceCount(const QString &section, int image) const;
    // Per section, the most instances a person added without values in any
    // scope: a view of all scopes at once (the grid) shows that many.
    QMap<QString, int> addedInstancesInAnyScope() const;

    // Sets (or with an empty value clears) one field in one scope. Consecutive
    // edits of the same field merge into one undo step.
    void setValue(const FieldPath &path, int image, const FieldValue &value);
    void clearValue(const FieldPath &path, int image) { setValue(path, image, {}); }

    void addInstance(const QString &section, int image);
    void duplicateInstance(const QString &section, int instance, int image);
    void removeInstance(const QString &section, int instance, int image);

    // Any other change to the record, as one undo step named `text` (translated):
    // applying presets, auto-fill of a batch, fill down, pasting a block.
    void change(const QString &text, const std::function<void(Record &)> &edit, RecordChange hint = RecordChange::everything());

    // Writes the record atomically; on success the document is unmodified and has that path.
    Status save(const QString &path);
    // Marks the current state as saved without writing (after a restore that came from a saved file).
    void markSaved(const QString &path);

signals:
    void templateChanged();
    void changed(const metafill::gui::RecordChange &change);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class RecordSnapshotCommand;
    // Called by the undo commands: puts a snapshot in place and tells the views.
    void restoreSnapshot(const DocumentState &snapshot, const RecordChange &hint);
    void push(const QString &text, DocumentState before, const RecordChange &hint, int mergeId);
    // Names for undo steps ("Undo Edit Study title").
    QString sectionLabel(const QString &sectionKey) const;
    QString fieldLabel(const FieldPath &path) const;

    std::shared_ptr<const Template> m_template;
    DocumentState m_state;
    QString m_filePath;
    QUndoStack *m_undo = nullptr;
};

} // namespace metafill::gui

Q_DECLARE_METATYPE(metafill::gui::RecordChange)
