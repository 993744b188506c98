#include "BatchGridTable.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace metafill::gui {

BatchGridTable::BatchGridTable(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
{
    setObjectName(u"batchGridTable"_s);
    setEditTriggers(AnyKeyPressed | EditKeyPressed | DoubleClicked);
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectItems);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerItem);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    // Every row is one line high: the view computes positions, not sizes.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(false);
    horizontalHeader()->setHighlightSections(true);

    m_frozen->setObjectName(u"batchGridNames"_s);
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setSectionsClickable(true);
    m_frozen->horizontalHeader()->setSortIndicatorShown(true);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerItem);
    m_frozen->setEditTriggers(NoEditTriggers);
    m_frozen->setSelectionMode(ExtendedSelection);
    m_frozen->setWordWrap(false);
    m_frozen->setTextElideMode(Qt::ElideMiddle);
    m_frozen->setFrameShape(QFrame::NoFrame);
    viewport()->stackUnder(m_frozen);

    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(), &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(), &QAbstractSlider::setValue);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical == 0) {
            m_frozen->setColumnWidth(0, size);
            updateFrozenGeometry();
        }
    });
    connect(m_frozen, &QAbstractItemView::doubleClicked, this, &BatchGridTable::nameActivated);
    // The name header sorts like any other.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int logical) {
        QHeaderView *header = horizontalHeader();
        const Qt::SortOrder order = header->sortIndicatorSection() == logical && header->sortIndicatorOrder() == Qt::AscendingOrder
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
        sortByColumn(logical, order);
    });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int logical, Qt::SortOrder order) {
        m_frozen->horizontalHeader()->setSortIndicator(logical == 0 ? 0 : -1, order);
    });
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == 0)
            emit nameActivated(index);
    });
}

void BatchGridTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    // A reset brings new columns, shown again in the overlay.
    connect(model, &QAbstractItemModel::modelReset, this, &BatchGridTable::syncFrozenColumns);
    connect(model, &QAbstractItemModel::columnsInserted, this, &BatchGridTable::syncFrozenColumns);
    syncFrozenColumns();
}

void BatchGridTable::syncFrozenColumns()
{
    if (!model())
        return;
    for (int column = 1; column < model()->columnCount(); ++column)
        m_frozen->setColumnHidden(column, true);
    m_frozen->setColumnWidth(0, columnWidth(0));
    updateFrozenGeometry();
}

void BatchGridTable::updateFrozenGeometry()
{
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), columnWidth(0) + 1,
                          viewport()->height() + horizontalHeader()->height());
}

void BatchGridTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void BatchGridTable::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozenGeometry();
}

QModelIndex BatchGridTable::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // A cell moved to from the right must not end up under the name column.
    if (cursorAction == MoveLeft && current.column() > 0 && visualRect(current).left() < m_frozen->columnWidth(0)) {
        const int value = horizontalScrollBar()->value() + visualRect(current).left() - m_frozen->columnWidth(0);
        horizontalScrollBar()->setValue(value);
    }
    return current;
}

void BatchGridTable::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid())
        return;
    if (index.column() == 0) {
        // Names are always in sight; only the rows scroll.
        const QModelIndex sameRowVisibleColumn = model()->index(index.row(), columnAt(m_frozen->columnWidth(0) + 1), index.parent());
        QTableView::scrollTo(sameRowVisibleColumn.isValid() ? sameRowVisibleColumn : index, hint);
        return;
    }
    QTableView::scrollTo(index, hint);
    if (const int left = visualRect(index).left(); left < m_frozen->columnWidth(0))
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + left - m_frozen->columnWidth(0));
}

void BatchGridTable::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier && state() != EditingState && currentIndex().isValid()) {
        if (currentIndex().column() == 0)
            emit nameActivated(currentIndex());
        else
            edit(currentIndex(), EditKeyPressed, event);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_F1 && currentIndex().isValid()) {
        emit helpRequested(currentIndex());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void BatchGridTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint);
    // Enter stores the value and goes to the next image, as in a spreadsheet.
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        const QModelIndex below = model()->index(currentIndex().row() + 1, currentIndex().column());
        if (below.isValid())
            setCurrentIndex(below);
    }
}

} // namespace metafill::gui
