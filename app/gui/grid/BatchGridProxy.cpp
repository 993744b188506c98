#include "BatchGridProxy.h"

#include "BatchGridModel.h"

#include <QCollator>

namespace metafill::gui {
namespace {

// "img 9" -> "img 0000000000000009": digit runs padded to one width, so that
// any collation orders them as numbers. QCollator's numeric mode would do it,
// but only where Qt was built with ICU.
QString countingOrder(const QString &text)
{
    constexpr qsizetype Width = 16;
    QString out;
    out.reserve(text.size() + Width);
    const auto isDigit = [&text](qsizetype i) { return text.at(i) >= u'0' && text.at(i) <= u'9'; };
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isDigit(i)) {
            out += text.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isDigit(end))
            ++end;
        while (i + 1 < end && text.at(i) == u'0')
            ++i; // "007" counts as 7
        if (end - i < Width)
            out += QString(Width - (end - i), u'0');
        out += QStringView(text).mid(i, end - i);
        i = end;
    }
    return out.toCaseFolded();
}

} // namespace

BatchGridProxy::BatchGridProxy(BatchGridModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setDynamicSortFilter(false);
    setSourceModel(model);
    // Keys go stale with the data. (After a reset the proxy sorts the new
    // rows by the same column by itself.)
    connect(model, &QAbstractItemModel::dataChanged, this, &BatchGridProxy::forgetKeys);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &BatchGridProxy::forgetKeys);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &BatchGridProxy::forgetKeys);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &BatchGridProxy::forgetKeys);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &BatchGridProxy::forgetKeys);
}

void BatchGridProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    refresh();
}

void BatchGridProxy::refresh()
{
    // invalidate() rebuilds the rows in one pass (filtered, then sorted by
    // the current column) and tells the view once. invalidateFilter() would
    // remove and insert rows range by range: with a 5,000-row batch hundreds
    // of ranges, each making the view move its rows.
    invalidate();
}

void BatchGridProxy::sort(int column, Qt::SortOrder order)
{
    forgetKeys();
    m_collator = QCollator(); // the UI language's order, also after a switch
    QSortFilterProxyModel::sort(column, order);
}

void BatchGridProxy::forgetKeys() const
{
    m_keys.clear();
    m_keyColumn = -1;
}

const BatchGridProxy::Key &BatchGridProxy::keyOf(int sourceRow, int column) const
{
    if (column != m_keyColumn) {
        forgetKeys();
        m_keyColumn = column;
    }
    if (size_t(sourceRow) >= m_keys.size())
        m_keys.resize(std::max(size_t(sourceRow) + 1, size_t(m_model->rowCount())));
    std::optional<Key> &key = m_keys[size_t(sourceRow)];
    if (!key) {
        const QVariant value = m_model->sortKey(sourceRow, column);
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            key = std::monostate{};
            break;
        case QMetaType::Double:
            key = value.toDouble();
            break;
        case QMetaType::QDate:
            key = value.toDate();
            break;
        case QMetaType::QDateTime:
            key = value.toDateTime();
            break;
        default:
            if (const QString text = value.toString(); text.isEmpty())
                key = std::monostate{};
            else
                key = m_collator.sortKey(countingOrder(text));
        }
    }
    return *key;
}

bool BatchGridProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // For a descending sort Qt asks lessThan(right, left); answering by the
    // order keeps "All images" first and empty cells last either way.
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    if (left.row() == BatchGridModel::SharedRow)
        return ascending;
    if (right.row() == BatchGridModel::SharedRow)
        return !ascending;

    const Key &a = keyOf(left.row(), left.column());
    const Key &b = keyOf(right.row(), right.column());
    const bool aEmpty = std::holds_alternative<std::monostate>(a);
    const bool bEmpty = std::holds_alternative<std::monostate>(b);
    if (aEmpty || bEmpty) {
        if (aEmpty && bEmpty)
            return false;
        return aEmpty ? !ascending : ascending;
    }
    if (a.index() != b.index())
        return a.index() < b.index(); // values of different kinds: numbers before text
    if (const auto *x = std::get_if<double>(&a))
        return *x < std::get<double>(b);
    if (const auto *x = std::get_if<QDate>(&a))
        return *x < std::get<QDate>(b);
    if (const auto *x = std::get_if<QDateTime>(&a))
        return *x < std::get<QDateTime>(b);
    return std::get<QCollatorSortKey>(a).compare(std::get<QCollatorSortKey>(b)) < 0;
}

bool BatchGridProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return sourceRow == BatchGridModel::SharedRow || m_model->rowMatches(sourceRow, m_filterText);
}

void BatchGridProxy::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    // QSortFilterProxyModel answers role by role; the grid model answers all
    // roles of a painted cell with one lookup.
    m_model->multiData(mapToSource(index), roleDataSpan);
}

} // namespace metafill::gui
