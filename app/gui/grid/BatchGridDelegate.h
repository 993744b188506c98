#pragma once

#include <QStyledItemDelegate>

namespace metafill::gui {

class BatchGridModel;

// Edits one grid cell as text, read by the field's text rule. Choice and
// yes/no fields complete what people type; multi-line fields get a text box.
// Enter or Tab with text the field cannot take keeps the editor open and says
// why, so nothing typed is thrown away.
class BatchGridDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit BatchGridDelegate(const BatchGridModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

signals:
    // The editor holds text its field cannot take (shown in the status line).
    void textRejected(const QString &message);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    static QString editorText(const QWidget *editor);

    const BatchGridModel *m_model;
};

} // namespace metafill::gui
