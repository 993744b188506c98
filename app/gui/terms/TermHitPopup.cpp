#include "TermHitPopup.h"

#include "TermHitDelegate.h"
#include "TermHitModel.h"

#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace metafill::gui {

TermHitPopup::TermHitPopup(QWidget *window) : QFrame(window)
{
    setObjectName(u"termPopup"_s);
    setAccessibleName(tr("Matching ontology terms"));
    setFrameStyle(QFrame::StyledPanel | QFrame::Plain);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::NoFocus);

    m_model = new TermHitModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(u"termHitList"_s);
    m_list->setAccessibleName(tr("Matching ontology terms"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new TermHitDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true); // hover highlight, as in any completer
    // The field keeps the focus; a click picks without taking it.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->viewport()->setFocusPolicy(Qt::NoFocus);
    m_list->verticalScrollBar()->setFocusPolicy(Qt::NoFocus);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) { emit hitClicked(index.row()); });

    m_status = new QLabel(this);
    m_status->setObjectName(u"termPopupStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    QFont small = m_status->font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);
    const int padding = fontMetrics().averageCharWidth();
    m_status->setContentsMargins(padding, padding / 2, padding, padding / 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(frameWidth(), frameWidth(), frameWidth(), frameWidth());
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    hide();
}

void TermHitPopup::setHits(const QList<OntologyTerm> &hits)
{
    const int chosen = currentRow();
    const QString chosenIri = chosen >= 0 ? m_model->hit(chosen).iri : QString();
    m_model->setHits(hits);
    m_list->setVisible(!hits.isEmpty());
    setCurrentRow(chosenIri.isEmpty() ? -1 : m_model->rowOfIri(chosenIri));
}

void TermHitPopup::setStatus(const QString &text, const QString &toolTip)
{
    m_status->setText(text);
    m_status->setToolTip(toolTip);
    m_status->setVisible(!text.isEmpty());
}

int TermHitPopup::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() && m_list->selectionModel()->isSelected(current) ? current.row() : -1;
}

void TermHitPopup::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_list->selectionModel()->clear();
        m_list->scrollToTop();
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void TermHitPopup::moveCurrent(int steps)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = currentRow();
    if (row < 0) {
        // Down enters the list at the top, Up at the bottom, as in a completer.
        setCurrentRow(steps > 0 ? 0 : rows - 1);
        return;
    }
    const int next = row + steps;
    setCurrentRow(next < 0 ? -1 : std::min(next, rows - 1));
}

int TermHitPopup::rowsPerPage() const
{
    const int rowHeight = std::max(1, m_list->sizeHintForRow(0));
    return std::max(1, m_list->viewport()->height() / rowHeight);
}

void TermHitPopup::movePage(int direction)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::max(0, currentRow());
    setCurrentRow(std::clamp(row + direction * rowsPerPage(), 0, rows - 1));
}

void TermHitPopup::popUpAt(QWidget *anchor)
{
    QWidget *window = anchor->window();
    if (parentWidget() != window)
        setParent(window); // the field moved to another window since the last time
    const int margin = 2;
    const int frame = frameWidth();
    const int width = std::min(std::max(anchor->width(), fontMetrics().averageCharWidth() * 64), window->width() - 2 * margin);
    // isHidden(), not isVisible(): while the popup itself is hidden, its children never count as visible.
    const bool hasStatus = !m_status->isHidden();
    const int statusHeight = hasStatus ? m_status->heightForWidth(width - 2 * frame) : 0;
    const int rows = std::min<int>(m_model->rowCount(), MaxVisibleRows);
    const int rowHeight = rows > 0 ? m_list->sizeHintForRow(0) : 0;
    const int listHeight = rows * rowHeight;

    const QPoint below = anchor->mapTo(window, QPoint(0, anchor->height()));
    const QPoint above = anchor->mapTo(window, QPoint(0, 0));
    const int spaceBelow = window->height() - below.y() - margin;
    const int spaceAbove = above.y() - margin;
    const int wanted = listHeight + statusHeight + 2 * frame;
    const bool fitsBelow = wanted <= spaceBelow || spaceBelow >= spaceAbove;
    const int height = std::max(0, std::min(wanted, fitsBelow ? spaceBelow : spaceAbove));
    // In a small window the list gives way (it scrolls), never the status line.
    m_list->setFixedHeight(std::max(rows > 0 ? rowHeight : 0, height - statusHeight - 2 * frame));
    const int x = std::clamp(below.x(), margin, std::max(margin, window->width() - width - margin));
    setGeometry(QRect(x, fitsBelow ? below.y() : above.y() - height, width, height));
    show();
    raise();
}

} // namespace metafill::gui
