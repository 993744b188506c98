#pragma once

#include <QTableView>

namespace metafill::gui {

// The grid's table, with the habits of a spreadsheet: the image name column
// stays in place while the fields scroll sideways, typing or F2 edits a cell,
// Enter edits (or, on a name, opens the image) and after editing moves down.
class BatchGridTable final : public QTableView
{
    Q_OBJECT

public:
    explicit BatchGridTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // The overlay that shows the name column while the rest scrolls.
    QTableView *frozenNames() const { return m_frozen; }
    bool isEditing() const { return state() == EditingState; }
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

signals:
    // Enter or a double click on an image name.
    void nameActivated(const QModelIndex &index);
    // F1 on a cell.
    void helpRequested(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;

private:
    void syncFrozenColumns();
    void updateFrozenGeometry();

    QTableView *m_frozen;
};

} // namespace metafill::gui
