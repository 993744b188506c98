#pragma once

#include <QCollator>
#include <QDate>
#include <QDateTime>
#include <QSortFilterProxyModel>

#include <optional>
#include <variant>
#include <vector>

namespace metafill::gui {

class BatchGridModel;

// Sorting and filtering for the batch grid. The "All images" row stays on top
// whatever the order and matches every filter; empty cells sort last in both
// directions, as in spreadsheets; text sorts the way people count
// ("cell 2" before "cell 10").
//
// Rows do not jump while people edit: the proxy sorts and filters when asked
// (a header click, the filter text, a new batch), not on every change.
class BatchGridProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BatchGridProxy(BatchGridModel *model, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    // Sorts and filters again by the current column and text.
    void refresh();

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    using Key = std::variant<std::monostate, double, QDate, QDateTime, QCollatorSortKey>;
    const Key &keyOf(int sourceRow, int column) const;
    void forgetKeys() const;

    BatchGridModel *m_model;
    QCollator m_collator;
    QString m_filterText;
    // Sort keys of one column per source row, made when first compared: a
    // 5,000-row sort compares some 60,000 pairs. Kept until the data changes.
    mutable std::vector<std::optional<Key>> m_keys;
    mutable int m_keyColumn = -1;
};

} // namespace metafill::gui
