#include "BatchGridView.h"

#include "BatchGridDelegate.h"
#include "BatchGridModel.h"
#include "BatchGridProxy.h"
#include "BatchGridTable.h"
#include "GridColors.h"
#include "TsvText.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QStyle>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace metafill::gui {

BatchGridView::BatchGridView(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_model(new BatchGridModel(session, this))
    , m_proxy(new BatchGridProxy(m_model, this))
    , m_table(new BatchGridTable(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"batchGridView"_s);

    m_table->setModel(m_proxy);
    auto *delegate = new BatchGridDelegate(m_model, m_table);
    m_table->setItemDelegate(delegate);
    // Unsorted at first: images in the order they were added.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAccessibleName(tr("Batch grid: images and their values"));
    m_table->frozenNames()->setAccessibleName(tr("Image names"));

    m_filter->setObjectName(u"gridFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by image name or any value (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_filter->setAccessibleName(tr("Filter images"));
    m_filter->setClearButtonEnabled(true);
    // Wide enough to show what it filters by, whatever the legend beside it takes.
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 30);
    m_filter->installEventFilter(this);

    m_count->setObjectName(u"gridCount"_s);
    m_legend->setObjectName(u"gridLegend"_s);
    m_legend->setTextFormat(Qt::RichText);
    m_message->setObjectName(u"gridMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide(); // until there is something to say

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, style()->pixelMetric(QStyle::PM_LayoutRightMargin) / 2, 0);
    top->addWidget(m_filter, 2);
    top->addWidget(m_count);
    top->addStretch(1);
    top->addWidget(m_legend);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    setTabOrder(m_filter, m_table);

    createActions();
    updateLegend();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(m_model, &BatchGridModel::editRejected, this, &BatchGridView::showMessage);
    connect(delegate, &BatchGridDelegate::textRejected, this, &BatchGridView::showMessage);
    connect(m_table, &BatchGridTable::nameActivated, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        emit currentImageChanged(current.isValid() ? BatchGridModel::imageOfRow(sourceRow(current.row())) : -1);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (const GridColumn *column = m_model->gridColumn(current.column()))
            emit currentFieldChanged(column->path, BatchGridModel::imageOfRow(sourceRow(current.row())));
    });
    connect(m_table, &BatchGridTable::helpRequested, this, &BatchGridView::showFieldHelp);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BatchGridView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BatchGridView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &BatchGridView::updateCount);

    fitColumns();
    updateCount();
}

BatchGridView::~BatchGridView() = default;

QTableView *BatchGridView::table() const
{
    return m_table;
}

QList<QAction *> BatchGridView::editActions() const
{
    return {m_copy, m_paste, m_fillDown, m_clear, m_showImage};
}

void BatchGridView::setMessageLineShown(bool shown)
{
    m_messageLineShown = shown;
    m_message->setVisible(shown && !m_lastMessage.isEmpty());
}

void BatchGridView::createActions()
{
    // The actions live on the table: their shortcuts work where the cells
    // are, and an open cell editor keeps its own Ctrl+C, Ctrl+V and Delete.
    const auto add = [this](const QString &objectName, const QString &text, const QKeySequence &key, void (BatchGridView::*slot)()) {
        auto *action = new QAction(text, m_table);
        action->setObjectName(objectName);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
        m_table->frozenNames()->addAction(action);
        return action;
    };
    m_copy = add(u"gridCopy"_s, tr("&Copy Cells"), QKeySequence::Copy, &BatchGridView::copy);
    m_copy->setStatusTip(tr("Copy the selected cells as tab-separated text for a spreadsheet"));
    m_paste = add(u"gridPaste"_s, tr("&Paste Cells"), QKeySequence::Paste, &BatchGridView::paste);
    m_paste->setStatusTip(tr("Paste cells copied from a spreadsheet, starting at the current cell"));
    m_fillDown = add(u"gridFillDown"_s, tr("Fill &Down"), QKeySequence(Qt::CTRL | Qt::Key_D), &BatchGridView::fillDown);
    m_fillDown->setStatusTip(tr("Copy the top selected value of each column into the selected cells below it"));
    m_clear = add(u"gridClear"_s, tr("C&lear Cells"), QKeySequence::Delete, &BatchGridView::clearCells);
    m_clear->setStatusTip(tr("Remove the values of the selected cells; images then show the value of “All images”"));
    m_showImage = new QAction(tr("&Show Image in Form"), m_table);
    m_showImage->setObjectName(u"gridShowImage"_s);
    m_showImage->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_showImage->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_showImage, &QAction::triggered, this, [this] {
        if (m_table->currentIndex().isValid())
            activateRow(m_table->currentIndex().row());
    });
    m_table->addAction(m_showImage);
    m_table->frozenNames()->addAction(m_showImage);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->frozenNames()->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *find = new QAction(tr("Filter Images"), this);
    find->setObjectName(u"gridFocusFilter"_s);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &BatchGridView::focusFilter);
    addAction(find);
}

int BatchGridView::sourceRow(int proxyRow) const
{
    return m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row();
}

int BatchGridView::currentImage() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? BatchGridModel::imageOfRow(sourceRow(current.row())) : -1;
}

void BatchGridView::activateRow(int proxyRow)
{
    if (proxyRow >= 0 && proxyRow < m_proxy->rowCount())
        emit imageActivated(BatchGridModel::imageOfRow(sourceRow(proxyRow)));
}

void BatchGridView::selectImage(int image)
{
    QModelIndex source = m_model->index(BatchGridModel::rowOfImage(image), std::max(0, m_table->currentIndex().column()));
    if (!source.isValid())
        return;
    QModelIndex target = m_proxy->mapFromSource(source);
    if (!target.isValid()) {
        // Hidden by the filter: people asked for this image, so show all again.
        m_filter->clear();
        target = m_proxy->mapFromSource(source);
    }
    m_table->setCurrentIndex(target);
    m_table->scrollTo(target);
}

void BatchGridView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void BatchGridView::showMessage(const QString &message)
{
    m_lastMessage = message;
    m_message->setText(message);
    m_message->setVisible(m_messageLineShown && !message.isEmpty());
    emit statusMessage(message);
}

void BatchGridView::showFieldHelp(const QModelIndex &index)
{
    const GridColumn *column = m_model->gridColumn(index.column());
    if (!column)
        return;
    const int image = BatchGridModel::imageOfRow(sourceRow(index.row()));
    emit fieldHelpRequested(column->path, image);
    const QRect cell = m_table->visualRect(index);
    QToolTip::showText(m_table->viewport()->mapToGlobal(cell.bottomLeft()), column->toolTip, m_table->viewport(), cell);
}

void BatchGridView::updateCount()
{
    const int images = m_model->rowCount() - 1;
    const int shown = m_proxy->rowCount() - 1;
    if (m_proxy->filterText().isEmpty())
        m_count->setText(tr("%n image(s)", nullptr, images));
    else
        m_count->setText(tr("%1 of %n image(s) shown", nullptr, images).arg(shown));
}

void BatchGridView::updateLegend()
{
    const QPalette p = palette();
    const auto swatch = [](const QColor &color) {
        return u"<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;"_s.arg(color.name());
    };
    const QString gap = u"&nbsp;&nbsp;&nbsp;"_s;
    const QColor grey = GridColors::inheritedText(p);
    m_legend->setText(swatch(GridColors::fromHeader(p)) + tr("read from the image file").toHtmlEscaped() + gap
                      + swatch(GridColors::problem(p)) + tr("problem").toHtmlEscaped() + gap
                      + swatch(GridColors::requiredEmpty(p)) + tr("required, but empty").toHtmlEscaped() + gap
                      + u"<i style=\"color:%1\">%2</i>"_s.arg(grey.name(), tr("grey italic").toHtmlEscaped()) + u": "_s
                      + tr("from “All images”").toHtmlEscaped() + gap + u"<b>*</b> "_s + tr("required").toHtmlEscaped());
    m_legend->setAccessibleName(tr("Legend: tinted cells were read from the image file, red cells have a problem, orange cells are "
                                   "required but empty, grey italic values come from “All images”, a star marks required fields."));
    m_legend->setToolTip(tr("Point at a cell to see where its value came from and what is wrong with it."));
}

void BatchGridView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateLegend();
}

bool BatchGridView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Escape) {
            // Back to the cells, on the first image the filter left.
            m_table->setFocus(Qt::OtherFocusReason);
            if (!m_table->currentIndex().isValid() || key->key() != Qt::Key_Escape) {
                const int row = m_proxy->rowCount() > 1 ? 1 : 0;
                const int column = std::max(1, m_table->currentIndex().column());
                m_table->setCurrentIndex(m_proxy->index(row, std::min(column, m_proxy->columnCount() - 1)));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BatchGridView::fitColumns()
{
    // Wide enough for the header and the values of the first rows, within
    // bounds: measuring thousands of cells would cost more than it helps,
    // and a long description should not push everything else out of sight.
    constexpr int SampleRows = 30;
    const QFontMetrics headerMetrics(m_table->horizontalHeader()->font());
    const QFontMetrics metrics(m_table->font());
    const int sampleRows = std::min(m_proxy->rowCount(), SampleRows);
    for (int column = 1; column < m_proxy->columnCount(); ++column) {
        int width = headerMetrics.horizontalAdvance(m_proxy->headerData(column, Qt::Horizontal).toString()) + 28;
        for (int row = 0; row < sampleRows; ++row)
            width = std::max(width, metrics.horizontalAdvance(m_proxy->index(row, column).data().toString()) + 16);
        m_table->setColumnWidth(column, std::clamp(width, 90, 260));
    }
    QFont bold = m_table->font();
    bold.setBold(true);
    int nameWidth = QFontMetrics(bold).horizontalAdvance(m_model->rowName(BatchGridModel::SharedRow));
    const int rows = std::min(m_model->rowCount(), 2000);
    for (int row = 1; row < rows; ++row)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(m_model->rowName(row)));
    m_table->setColumnWidth(BatchGridModel::NameColumn, std::clamp(nameWidth + 24, 120, 320));
}

void BatchGridView::copy()
{
    if (m_table->isEditing())
        return;
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (selected.isEmpty()) {
        showMessage(tr("Select the cells to copy first."));
        return;
    }
    int top = selected.first().row(), bottom = top, left = selected.first().column(), right = left;
    for (const QModelIndex &index : selected) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    // The rectangle around the selection, as spreadsheets copy; cells in it
    // that are not selected stay empty.
    QItemSelectionModel *selection = m_table->selectionModel();
    QList<QStringList> rows;
    for (int row = top; row <= bottom; ++row) {
        const int source = sourceRow(row);
        QStringList cells;
        for (int column = left; column <= right; ++column)
            cells.append(selection->isSelected(m_proxy->index(row, column)) ? m_model->cellText(source, column) : QString());
        rows.append(cells);
    }
    QGuiApplication::clipboard()->setText(TsvText::write(rows));
    showMessage(tr("Copied %n cell(s).", nullptr, int(selected.size())));
}

void BatchGridView::paste()
{
    if (m_table->isEditing())
        return;
    const QList<QStringList> block = TsvText::parse(QGuiApplication::clipboard()->text());
    if (block.isEmpty()) {
        showMessage(tr("The clipboard holds no text to paste."));
        return;
    }
    QModelIndex start = m_table->currentIndex();
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (!start.isValid() && !selected.isEmpty())
        start = selected.first();
    if (!start.isValid()) {
        showMessage(tr("Choose the cell to paste into first."));
        return;
    }

    QList<BatchGridModel::CellChange> changes;
    int unreadable = 0;
    int outside = 0;
    QString firstReason;
    const auto plan = [&](int proxyRow, int column, const QString &text) {
        const int row = sourceRow(proxyRow);
        if (column == BatchGridModel::NameColumn) {
            // Counted by applyChanges with its reason.
            changes.append({row, column, {}});
            return;
        }
        Result<FieldValue> value = m_model->parseCell(column, text);
        if (!value) {
            if (unreadable++ == 0 && firstReason.isEmpty())
                firstReason = tr("“%1” in %2, %3: %4")
                                  .arg(text.left(40), m_model->rowName(row), m_model->gridColumn(column)->title, value.error());
            return;
        }
        changes.append({row, column, std::move(value).value()});
    };

    const bool oneValueIntoSelection = block.size() == 1 && block.first().size() == 1 && selected.size() > 1;
    if (oneValueIntoSelection) {
        // One copied value goes into every selected cell.
        for (const QModelIndex &index : selected)
            plan(index.row(), index.column(), block.first().first());
    } else {
        for (int r = 0; r < block.size(); ++r) {
            for (int c = 0; c < block.at(r).size(); ++c) {
                const int proxyRow = start.row() + r;
                const int column = start.column() + c;
                if (proxyRow >= m_proxy->rowCount() || column >= m_proxy->columnCount())
                    ++outside;
                else
                    plan(proxyRow, column, block.at(r).at(c));
            }
        }
    }

    const BatchGridModel::BatchOutcome outcome = m_model->applyChanges(changes, tr("Paste %n cell(s)", nullptr, int(changes.size())));
    if (firstReason.isEmpty())
        firstReason = outcome.firstReason;
    QStringList message{tr("Pasted %n cell(s).", nullptr, outcome.changed)};
    if (const int skipped = unreadable + outcome.skipped; skipped > 0)
        message.append(tr("%n cell(s) not pasted; the first: %1", nullptr, skipped).arg(firstReason));
    if (outside > 0)
        message.append(tr("%n cell(s) fell outside the grid.", nullptr, outside));
    showMessage(message.join(u' '));

    if (!oneValueIntoSelection) {
        // The pasted block stays selected, to see (or undo) what came in.
        const int bottom = std::min(m_proxy->rowCount(), start.row() + int(block.size())) - 1;
        int widest = 0;
        for (const QStringList &row : block)
            widest = std::max(widest, int(row.size()));
        const int right = std::min(m_proxy->columnCount(), start.column() + widest) - 1;
        m_table->selectionModel()->select(QItemSelection(start, m_proxy->index(bottom, right)), QItemSelectionModel::ClearAndSelect);
    }
}

void BatchGridView::fillDown()
{
    if (m_table->isEditing())
        return;
    QMap<int, QList<int>> rowsByColumn;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
        if (index.column() != BatchGridModel::NameColumn)
            rowsByColumn[index.column()].append(index.row());
    }
    QList<BatchGridModel::CellChange> changes;
    bool fromShared = true;
    for (auto it = rowsByColumn.begin(); it != rowsByColumn.end(); ++it) {
        QList<int> &rows = it.value();
        std::sort(rows.begin(), rows.end());
        // One cell: take the value from the cell above, as spreadsheets do.
        if (rows.size() == 1 && rows.first() > 0)
            rows.prepend(rows.first() - 1);
        if (rows.size() < 2)
            continue;
        const int source = sourceRow(rows.first());
        FieldValue value;
        if (source == BatchGridModel::SharedRow) {
            // Filled from "All images": the images drop their own values and
            // follow it, also when it changes later. They show the same.
            value = {};
        } else {
            fromShared = false;
            value = m_model->cellValue(source, it.key());
            // Filled in by a person: a header value copied to other images
            // did not come from their headers.
            value.provenance = Provenance{};
        }
        for (qsizetype i = 1; i < rows.size(); ++i)
            changes.append({sourceRow(rows.at(i)), it.key(), value});
    }
    if (changes.isEmpty()) {
        showMessage(tr("Select a value and the cells below it to fill down (%1).").arg(m_fillDown->shortcut().toString(QKeySequence::NativeText)));
        return;
    }
    const BatchGridModel::BatchOutcome outcome = m_model->applyChanges(changes, tr("Fill down"));
    QString message = fromShared ? tr("%n cell(s) now follow “All images”.", nullptr, outcome.changed)
                                 : tr("Filled %n cell(s) down.", nullptr, outcome.changed);
    if (outcome.skipped > 0)
        message += u' ' + tr("%n cell(s) left as they were: %1", nullptr, outcome.skipped).arg(outcome.firstReason);
    showMessage(message);
}

void BatchGridView::clearCells()
{
    if (m_table->isEditing())
        return;
    QList<BatchGridModel::CellChange> changes;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
        if (index.column() != BatchGridModel::NameColumn)
            changes.append({sourceRow(index.row()), index.column(), {}});
    }
    if (changes.isEmpty())
        return;
    const BatchGridModel::BatchOutcome outcome = m_model->applyChanges(changes, tr("Clear %n cell(s)", nullptr, int(changes.size())));
    QString message = tr("Cleared %n cell(s).", nullptr, outcome.changed);
    if (outcome.skipped > 0)
        message += u' ' + tr("%n cell(s) left as they were: %1", nullptr, outcome.skipped).arg(outcome.firstReason);
    showMessage(message);
}

} // namespace metafill::gui
