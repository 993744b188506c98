#pragma once

#include "GridColumns.h"

#include "record/Record.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QMap>
#include <QStringList>

#include <memory>
#include <vector>

namespace metafill::gui {

class DocumentSession;
struct RecordChange;

// Images × fields of the session's record as a table: row 0 holds the values
// all images share ("All images"), row i + 1 image i; column 0 the image name,
// the others one field of one section instance each (see GridColumns).
//
// A cell shows the value the image ends up with. The model reads the record
// directly (a map lookup and a format per cell) and caches only what costs:
// each cell's state (own / inherited / header / problem), found by checking
// the value against its field, which may run regular expressions. Session
// changes clear just the cells their hint names, so typing in one cell of a
// 5,000-image batch touches one cell.
class BatchGridModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortKeyRole = Qt::UserRole + 1, // typed value for sorting (numbers as numbers)
        CellStateRole,                  // CellFlags
        ImageRole,                      // image index of the row, -1 for "All images"
    };
    enum CellFlag : quint16 {
        Computed = 1 << 0,
        Own = 1 << 1,             // the scope holds this value itself
        Inherited = 1 << 2,       // an image shows the value of "All images"
        TemplateDefault = 1 << 3, // nothing typed; the template's default applies
        FromHeader = 1 << 4,      // read from an image file header
        Problem = 1 << 5,         // the value breaks a rule of its field
        RequiredEmpty = 1 << 6,   // a required field of this image is empty
        Locked = 1 << 7,          // a header value the template does not let people change
    };
    static constexpr int NameColumn = 0;
    static constexpr int SharedRow = 0;

    // What a batch edit did: how many cells changed, and why others did not.
    struct BatchOutcome
    {
        int changed = 0;
        int skipped = 0;
        QString firstReason; // of the first skipped cell, for the status line
    };
    struct CellChange
    {
        int row = 0;
        int column = 0;
        FieldValue value; // empty: clear the cell (an image then shows "All images" again)
    };

    explicit BatchGridModel(DocumentSession *session, QObject *parent = nullptr);
    ~BatchGridModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    DocumentSession *session() const { return m_session; }

    // While the grid is not on screen it need not follow every change: with
    // thousands of images, rebuilding columns for a batch nobody looks at
    // would hold up the window. Not following, it only notes that it is
    // behind; following again, it catches up in one refresh.
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }
    static int imageOfRow(int row) { return row - 1; }
    static int rowOfImage(int image) { return image + 1; }
    // The field column, or nullptr for the name column and out of range.
    const GridColumn *gridColumn(int column) const;
    // -1 when no column shows this path.
    int columnOf(const FieldPath &path) const;
    QString rowName(int row) const;

    // What the cell shows, as typed (line breaks kept): what Copy writes.
    QString cellText(int row, int column) const;
    // The value the cell shows (own, inherited or the template default).
    FieldValue cellValue(int row, int column) const;
    // Reads typed text for a column with the one text rule (ValueText). Empty
    // text gives an empty value: the cell is cleared. A 'multiple' field takes
    // several values separated by ';'.
    Result<FieldValue> parseCell(int column, const QString &text) const;
    // Why a cell cannot be changed, or an empty string when it can.
    QString whyReadOnly(int row, int column) const;
    quint16 cellState(int row, int column) const;
    // The problems the tooltip lists (empty for a good cell).
    QStringList cellProblems(int row, int column) const;

    // Several cells as one undo step (fill down, paste, clear).
    BatchOutcome applyChanges(const QList<CellChange> &changes, const QString &undoText);

    // The filter: does the text occur in the row's name or any cell it shows?
    bool rowMatches(int row, const QString &needle) const;
    // A sort key per row for one column, computed once for a whole sort.
    QVariant sortKey(int row, int column) const;

signals:
    // Typed text could not be stored, and why (for the status line).
    void editRejected(const QString &message);

private:
    enum class Source { None, Own, Inherited, Default };
    struct Lookup
    {
        const QList<Value> *values = nullptr;
        const Provenance *provenance = nullptr;
        Source source = Source::None;
    };

    Lookup lookup(int row, const GridColumn &column) const;
    quint16 computeState(int row, const GridColumn &column) const;
    // How many instances of the section the image's values show (RecordValidator's rule).
    int instancesShown(const SectionSpec &section, int image) const;
    static QString joined(const QList<Value> &values);
    QString toolTip(int row, int column, const Lookup &found, quint16 state) const;
    QVariant background(int row, quint16 state) const;

    void onChanged(const RecordChange &change);
    void onTemplateChanged();
    // Rebuilds the columns; resets the model only when rows or columns differ.
    void refreshAll();
    void rebuildColumns(QList<GridColumn> columns);
    void forgetRow(int row);
    void forgetColumns(int first, int last, int row = -1); // row -1: every row
    std::pair<int, int> sectionSpan(int column) const;     // columns of the same section instance
    QMap<QString, int> extraInstances() const;
    const QString &ownText(int row) const;
    const QList<FieldPath> &sharedMatches(const QString &needle) const;

    DocumentSession *m_session;
    // Columns point into the template; holding it keeps them valid until rebuilt.
    std::shared_ptr<const Template> m_template;
    QList<GridColumn> m_columns; // m_columns[i] is model column i + 1
    QMap<FieldPath, int> m_columnOfPath;
    int m_rows = 1;

    // Per cell (row * columnCount + column): CellFlags, 0 until computed.
    mutable std::vector<quint16> m_state;
    // Per row: the texts of its own values, for the filter; null until built.
    mutable std::vector<QString> m_ownText;
    mutable QString m_sharedMatchNeedle;
    mutable QList<FieldPath> m_sharedMatches;
    mutable bool m_sharedMatchesValid = false;
    mutable QIcon m_problemIcon;
    bool m_following = true;
    bool m_behind = false; // changes came while not following
};

} // namespace metafill::gui
